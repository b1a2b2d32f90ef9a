import { execFile, spawn } from 'node:child_process'
import { chmodSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { tempDir } from './helper.js'
import { bodyDeparture, readmeExamples } from './readme-examples.js'

// A new user's first ten minutes, for real: a clean clone of the committed tree, the README's two
// commands, then its curl examples against the running service. It installs from the registry and
// compiles better-sqlite3, so it runs in CI (CI=true) or when asked (QUICKSTART=1), and not again
// inside the clone's own `npm test`. The second command, `npm test` in the clone, runs only when asked:
// in CI it would repeat what `.ci/run` itself does on its own clean clone (`npm ci && npm test`),
// twelve minutes for no new fact.
const enabled = (process.env.CI === 'true' || process.env.QUICKSTART === '1') && process.env.QUICKSTART_NESTED !== '1'
const nestedTest = process.env.QUICKSTART === '1'
const run = promisify(execFile)
const repo = fileURLToPath(new URL('..', import.meta.url))
const MINUTE = 60_000

t.setTimeout(30 * MINUTE)

function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')))
    })
  })
}

async function waitUntilReady (url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} was not ready in time`)
}

t.test('a clean clone: npm install && npm start serves the README examples (and with QUICKSTART=1, npm test passes)',
  { skip: enabled ? false : 'set QUICKSTART=1 (CI does) to try the quick start on a clean clone' }, async (t) => {
    const clone = tempDir(t)
    // A temporary directory is private (0700); a checkout is not, and the storage tests run the
    // server as another user (nobody), who must be able to read it.
    chmodSync(clone, 0o755)
    await run('git', ['clone', '--quiet', repo, clone])
    const install = await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 })
    // Nothing a careful user would stop at: no engine the Node here lacks, no unreviewed install script.
    t.same(install.stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line)), [], 'npm install warns of nothing')

    const port = await freePort()
    const server = spawn('npm', ['start'], { cwd: clone, env: { ...process.env, PORT: String(port) }, detached: true })
    let log = ''
    server.stdout.on('data', (chunk: Buffer) => { log += chunk.toString() })
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
    t.after(() => { if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!, 'SIGKILL') })
    await waitUntilReady(`http://127.0.0.1:${port}/readyz`, Date.now() + 5 * MINUTE)

    for (const example of readmeExamples()) {
      const url = `http://127.0.0.1:${port}${example.path}`
      const headers = Object.entries(example.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
      const { stdout } = await run('curl', ['-s', ...headers, url])
      t.equal(bodyDeparture(stdout, example.expected), null, example.command)
    }

    // SIGTERM to the group, as a terminal's Ctrl-C or an orchestrator would: the server closes.
    process.kill(-server.pid!, 'SIGTERM')
    await exited
    t.match(log, /"msg":"closing"/, 'the server closed gracefully on SIGTERM')

    if (!nestedTest) return
    const test = await run('npm', ['test'], {
      cwd: clone, env: { ...process.env, QUICKSTART_NESTED: '1' }, maxBuffer: 64 * 1024 * 1024
    }).then(() => ({ code: 0, output: '' }), (err: { code?: number, stdout?: string, stderr?: string }) =>
      ({ code: err.code ?? 1, output: `${err.stdout ?? ''}\n${err.stderr ?? ''}` }))
    // What failed in there, so that a failure here can be read without running it again.
    const failures = test.output.split('\n').filter((line) => /^\s*not ok\b|error/i.test(line)).slice(0, 40).join('\n')
    t.equal(test.code, 0, `npm test passes in the clone${test.code === 0 ? '' : `\n${failures}\n${test.output.slice(-3000)}`}`)
  })
