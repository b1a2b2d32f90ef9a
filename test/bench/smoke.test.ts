import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

interface QuickResults {
  scenarios: Array<{ key: string, mode: string, bodyBytes: number, ceiling?: string, runs: Array<{ rps: number, non2xx: number, errors: number, ratioToCeiling: number | null }> }>
  server: { coldStartMs: number, peakRssMb: number }
}

// About a minute on an idle machine: not part of `npm test` (the inner loop); CI runs it with `npm run test:bench`.
t.setTimeout(300_000)

t.test('npm run bench -- --quick: the harness runs end to end on the seed data', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const out = join(dir, 'RESULTS.md')
  const json = join(dir, 'results.json')

  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out, '--json', json], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  // The runner kills its own children when it is told to stop.
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM') })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
  const timer = setTimeout(() => child.kill('SIGTERM'), 270_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  clearTimeout(timer)
  t.equal(code, 0, `the bench exits 0\n${stderr.slice(-3000)}`)
  if (code !== 0) return

  const results = JSON.parse(readFileSync(json, 'utf8')) as QuickResults
  const expected = ['event-by-id', 'events-participant-dates', 'statements-first-page', 'statements-deep-page',
    'statements-fts', 'statements-fts-cold', 'event-include', 'statements-csv-export', 'write-participants']
  const ceilings = results.scenarios.filter((s) => s.key.startsWith('ceiling-'))
  t.ok(ceilings.length >= 2, `ceilings at several answer sizes (${ceilings.map((c) => c.bodyBytes).join(', ')} bytes)`)
  t.same(results.scenarios.map((s) => s.key), [...ceilings.map((c) => c.key), ...expected], 'the ceilings, then every scenario, in order')
  for (const scenario of results.scenarios.filter((s) => s.mode === 'load' && !ceilings.includes(s))) {
    const ceiling = ceilings.find((c) => c.key === scenario.ceiling)
    t.ok(ceiling, `${scenario.key}: compared with a ceiling that was measured`)
    t.ok(ceiling !== undefined && ceiling.bodyBytes <= Math.max(scenario.bodyBytes, ceilings[0]?.bodyBytes ?? 0) * 1.01,
      `${scenario.key}: its ceiling answers no more bytes than it does (${ceiling?.bodyBytes} for ${scenario.bodyBytes})`)
    t.type(scenario.runs[0]?.ratioToCeiling, 'number', `${scenario.key}: a ratio to its ceiling`)
  }
  for (const scenario of results.scenarios) {
    t.equal(scenario.runs.length, 1, `${scenario.key}: one connection count`)
    for (const run of scenario.runs) {
      t.ok(run.rps > 0, `${scenario.key}: positive req/s (${run.rps})`)
      t.equal(run.non2xx + run.errors, 0, `${scenario.key}: no failed request`)
    }
  }
  t.ok(results.server.coldStartMs > 0, 'cold start measured')
  t.ok(results.server.peakRssMb > 0, 'peak RSS measured')

  const markdown = readFileSync(out, 'utf8')
  for (const heading of ['# Benchmark results', '## Ceiling', '## Event by id', '## CSV export']) t.match(markdown, heading)
})
