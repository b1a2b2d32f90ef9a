import { execFile } from 'node:child_process'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { OPENAPI_FILE } from '../src/lib/openapi-document.js'

// The committed document (test/openapi.test.ts proves it is the generated one) through the linters
// our users run in their pipelines, each once, with the configs committed at the root: Redocly's
// recommended ruleset (redocly.yaml, .redocly.lint-ignore.yaml) and Spectral's spectral:oas
// (.spectral.yaml). Any error or warning fails.

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DOCUMENT = relative(ROOT, OPENAPI_FILE)

interface Run { stdout: string, stderr: string, ms: number }

/** Runs a linter from node_modules/.bin; a non-zero exit (findings) still gives its output. */
function lint (command: string, args: string[]): Promise<Run> {
  const started = performance.now()
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', command), args, {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      // No usage reports and no update check from a test run.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }
    }, (_error, stdout, stderr) => resolve({ stdout, stderr, ms: Math.round(performance.now() - started) }))
  })
}

function parsed<T> (t: Test, name: string, run: Run): T | undefined {
  try {
    return JSON.parse(run.stdout) as T
  } catch {
    t.fail(`${name} printed no JSON report`, { stdout: run.stdout.slice(0, 2000), stderr: run.stderr.slice(0, 2000) })
    return undefined
  }
}

// Both at once: each spends most of its time starting up.
const redocly = lint('redocly', ['lint', '--config', 'redocly.yaml', '--format', 'json', DOCUMENT])
const spectral = lint('spectral', ['lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--fail-severity', 'warn', '--quiet', DOCUMENT])

t.test('Redocly lint (recommended): no error, no warning', async (t) => {
  const run = await redocly
  t.comment(`redocly lint: ${run.ms} ms`)
  const report = parsed<{ totals: { errors: number, warnings: number }, problems: Array<{ ruleId: string, severity: string, message: string, location: Array<{ pointer: string }> }> }>(t, 'redocly', run)
  if (report === undefined) return
  for (const problem of report.problems) {
    t.fail(`${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`)
  }
  t.same(report.totals, { errors: 0, warnings: 0, ignored: 1 }, 'no errors or warnings; only the ignore file\'s one exception')
})

t.test('Spectral lint (spectral:oas): no error, no warning', async (t) => {
  const run = await spectral
  t.comment(`spectral lint: ${run.ms} ms`)
  const findings = parsed<Array<{ code: string, severity: number, message: string, path: string[] }>>(t, 'spectral', run)
  if (findings === undefined) return
  // Severities: 0 error, 1 warning, 2 information, 3 hint.
  const serious = findings.filter((finding) => finding.severity <= 1)
  for (const finding of serious) {
    t.fail(`${finding.severity === 0 ? 'error' : 'warning'} ${finding.code} at ${finding.path.join('.')}: ${finding.message}`)
  }
  t.equal(serious.length, 0, 'no errors or warnings')
})
