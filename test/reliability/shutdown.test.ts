// Graceful shutdown of the real server: on SIGTERM it stops accepting connections, lets a slow
// streaming export finish whole, closes the database (SQLite folds the WAL back into the file and
// deletes it when the last connection closes) and exits 0; under write load every request is
// either answered or never run; clients busy on kept-alive connections get every answer, the last
// ones with `Connection: close`, and never a reset; a request that never finishes cannot hold the
// process past SHUTDOWN_GRACE_MS; with a drain delay, /readyz fails at once while new connections
// are still accepted and answered, and no request on a connection made before the delay ended is
// reset.
import { existsSync, readFileSync } from 'node:fs'
import t from 'tap'
import Database from 'better-sqlite3'
import { generateDatabase } from '../../src/generate/generate.js'
import { tempDir } from '../helper.js'
import { inspect } from './integrity.js'
import { startConnectingClients } from './connecting-clients.js'
import { NEW_CONNECTION_RESET, startKeepAliveReaders } from './keep-alive-readers.js'
import { startServer, serverFiles } from './server.js'
import { sizes } from './sizes.js'
import { startSlowRead } from './slow-reader.js'
import { startWriters } from './writers.js'
import { Acknowledged } from './writes.js'

t.setTimeout(300_000)

/** A database whose export is far bigger than what socket buffers hold. */
function bigDatabase (path: string) {
  const statements = sizes.shutdownStatements
  generateDatabase({ path, statements, events: statements / 20, participants: statements / 30, articles: statements / 20, seed: 7, progress: null })
}

/** Polls until a new connection is refused: the server has stopped listening. Bounded, not timed. */
async function refusedAfterClose (url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const outcome = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(async (res) => { await res.arrayBuffer(); return 'answered' }, (err: Error) => {
      const code = (err.cause as { code?: string } | undefined)?.code
      return code === 'ECONNREFUSED' ? 'refused' : code ?? err.message
    })
    if (outcome === 'refused') return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const counts = (path: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return { article: count('articles'), participant: count('participants'), event: count('events'), statement: count('statements') }
  } finally {
    db.close()
  }
}

t.test('SIGTERM during a slow export: no new connections, the export arrives whole, the database closes, exit 0', async (t) => {
  const files = serverFiles(tempDir(t))
  bigDatabase(files.databasePath)
  const server = await startServer(t, files, { SHUTDOWN_GRACE_MS: '120000', LOG_LEVEL: 'info' })

  const exporting = await startSlowRead(server.port, '/export')
  t.equal(exporting.status, 200, 'the export has started')
  const receivedAtSignal = exporting.received()
  const signalledAt = performance.now()
  server.child.kill('SIGTERM')

  t.ok(await refusedAfterClose(server.url('/healthz')), 'new connections are refused once the signal has arrived')
  t.equal(server.child.exitCode, null, 'the server is still running: the export holds it open')

  const body = (await exporting.finish()).toString('utf8')
  const readAt = performance.now()
  const code = await server.exited
  const exitedAt = performance.now()
  t.equal(code, 0, 'exit code 0')
  // Checked before anything here opens the file: SQLite deletes these when its last connection closes.
  t.notOk(existsSync(`${files.databasePath}-wal`), 'no -wal file left: the database was closed and checkpointed')
  t.notOk(existsSync(`${files.databasePath}-shm`), 'no -shm file left')
  t.ok(receivedAtSignal < Buffer.byteLength(body), `the export was in flight at the signal (${receivedAtSignal} of ${Buffer.byteLength(body)} bytes received)`)

  t.ok(body.endsWith('\n'), 'the export ends with a whole line')
  const exported = { article: 0, participant: 0, event: 0, statement: 0 }
  let unparsable = 0
  for (const line of body.split('\n')) {
    if (line === '') continue
    try {
      const record = JSON.parse(line) as { type: keyof typeof exported }
      exported[record.type]++
    } catch {
      unparsable++
    }
  }
  t.equal(unparsable, 0, 'every line is JSON')
  t.same(exported, counts(files.databasePath), 'every record of the database is in the export')
  t.comment(`shutdown: exit ${code} ${Math.round(exitedAt - signalledAt)} ms after SIGTERM and ${Math.round(exitedAt - readAt)} ms after ` +
    `the last byte of the ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB export in flight (${exported.statement} statements)`)

  const log = readFileSync(files.logFile, 'utf8')
  t.match(log, /"signal":"SIGTERM"[^\n]*"msg":"closing"/, 'the server logged why it closed')
  t.notMatch(log, /"level":(50|60)/, 'nothing logged at error level')
})

t.test('a client that stops reading cannot hold the process past SHUTDOWN_GRACE_MS', async (t) => {
  const files = serverFiles(tempDir(t))
  bigDatabase(files.databasePath)
  const graceMs = 2000
  const server = await startServer(t, files, { SHUTDOWN_GRACE_MS: String(graceMs) })

  const stalled = await startSlowRead(server.port, '/export')
  t.teardown(() => stalled.abort())
  const signalledAt = performance.now()
  server.child.kill('SIGTERM')
  const code = await server.exited
  const shutdownMs = Math.round(performance.now() - signalledAt)
  t.equal(code, 1, 'the deadline passed: exit code 1 (close-with-grace), not a hang')
  t.ok(shutdownMs >= graceMs, `it waited for the grace period first (${shutdownMs} ms)`)
  t.comment(`shutdown with a stalled client: exit ${code} after ${shutdownMs} ms (SHUTDOWN_GRACE_MS=${graceMs})`)
  t.match(readFileSync(files.logFile, 'utf8'), /killed by timeout/, 'the log says why')

  // Exiting with the database open is a crash as far as SQLite is concerned: nothing is damaged.
  const findings = inspect(files.databasePath, new Acknowledged())
  t.equal(findings.integrity, 'ok', 'PRAGMA integrity_check after the forced exit')
  t.same(findings.search, [], 'full-text indexes agree with their tables')
})

t.test('SIGTERM under write load: every write is answered or never run, the acknowledged ones are kept, exit 0', async (t) => {
  const files = serverFiles(tempDir(t))
  const server = await startServer(t, files, { SHUTDOWN_GRACE_MS: '60000' })
  const acknowledged = new Acknowledged()
  const writers = startWriters(server.url, files.key, 16, 'term', acknowledged)
  // The signal must find the writers going (bounded: on with the test after 30 s whatever the count).
  for (let waited = 0; acknowledged.total < 100 && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))

  const signalledAt = performance.now()
  server.child.kill('SIGTERM')
  const code = await server.exited
  const shutdownMs = Math.round(performance.now() - signalledAt)
  const tally = await writers.stop()
  t.equal(code, 0, 'exit code 0')
  t.comment(`shutdown under load: exit ${code} ${shutdownMs} ms after SIGTERM; ${acknowledged.total} writes acknowledged, answers refused ` +
    `${JSON.stringify(tally.refused)}, no answer ${JSON.stringify(tally.unanswered)}`)
  t.same(Object.keys(tally.refused).filter((status) => status !== '503'), [], 'any answer but a 201 is a 503 (closing), never another error')

  t.notOk(existsSync(`${files.databasePath}-wal`), 'no -wal file left')
  const findings = inspect(files.databasePath, acknowledged)
  t.same(findings.missing, [], 'every acknowledged write is in the database')
  t.same(findings.partial, [], 'no record written in part')
  t.equal(findings.integrity, 'ok', 'PRAGMA integrity_check')
  // A write the server ran must have had its answer delivered: shutdown cut off no request it had read.
  const ranUnanswered = tally.notAcknowledged.filter((write) => findings.stored[write.kind].has(write.id))
  t.same(ranUnanswered, [], `no write without a 201 is in the database (${tally.notAcknowledged.length} got none)`)
})

t.test('SIGTERM with clients busy on kept-alive connections: every request sent is answered or refused, none reset; exit 0', async (t) => {
  const files = serverFiles(tempDir(t))
  const server = await startServer(t, files, { SHUTDOWN_GRACE_MS: '60000' })
  // Lists and searches (read workers) and lookups (the event loop), answered at different speeds.
  const paths = ['/events?limit=5', '/statements?q=Pyongyang&count=true', '/events/evt_putin-kim-talks-2024', '/participants?limit=20', '/search?q=talks']
  const readers = startKeepAliveReaders(server.port, 16, paths)
  for (let waited = 0; readers.sent() < 300 && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))

  const signalledAt = performance.now()
  server.child.kill('SIGTERM')
  const code = await server.exited
  const shutdownMs = Math.round(performance.now() - signalledAt)
  const tally = await readers.done()
  t.comment(`shutdown with 16 busy keep-alive clients: exit ${code} ${shutdownMs} ms after SIGTERM; answers ${JSON.stringify(tally.answered)}, ` +
    `${tally.closing} with Connection: close; no answer ${JSON.stringify(tally.unanswered)}`)
  t.equal(code, 0, 'exit code 0')
  t.same(Object.keys(tally.answered), ['200'], 'every answer is a 200: requests on open connections are served to the end')
  // With no drain delay (DRAIN_DELAY_MS=0 here) these clients, told `Connection: close`, connect
  // again at once: a connection still in the kernel's queue when the listener closes is reset
  // before its request is read. A request on a kept-alive connection never is.
  const unanswered = Object.keys(tally.unanswered).filter((code) => code !== NEW_CONNECTION_RESET)
  t.same(unanswered, ['ECONNREFUSED'], 'a request either got its answer, found the port closed, or was still queued when the listener closed: none on a kept-alive connection was reset or cut off')
  t.ok(tally.closing >= 1, `the answers given while shutting down said Connection: close (${tally.closing})`)
  t.ok(shutdownMs < 30_000, 'the open connections did not hold the process for their keep-alive timeout')
  t.notOk(existsSync(`${files.databasePath}-wal`), 'no -wal file left: every connection, the read workers\' too, was closed')
})

t.test('SIGTERM with a drain delay: /readyz fails at once, new connections are accepted and answered until the delay ends, none made before then is reset; exit 0', async (t) => {
  const files = serverFiles(tempDir(t))
  const drainDelayMs = 3000
  const server = await startServer(t, files, { SHUTDOWN_GRACE_MS: '60000', DRAIN_DELAY_MS: String(drainDelayMs) })
  const paths = ['/events?limit=5', '/statements?q=Pyongyang&count=true', '/events/evt_putin-kim-talks-2024', '/participants?limit=20', '/search?q=talks']
  // Kept-alive clients, and clients that connect anew for every request: some connection is
  // always being made, or waiting in the kernel's accept queue, when the listener closes.
  const clients = startConnectingClients(server.port, { keptAlive: 24, connecting: 8, paths, stopAt: performance.now() + 120_000 })
  for (let waited = 0; clients.outcomes.length < 300 && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))

  const signalledAt = performance.now()
  server.child.kill('SIGTERM')
  // The server starts closing no sooner than the delay after it got the signal (timers never fire
  // early; 50 ms allows for clocks counted in whole milliseconds), and first accepts every
  // connection the kernel has queued: one made before then has been, or will be, accepted. After
  // that (clients that keep connecting despite /readyz and Connection: close) it accepts for at
  // most a second more, then closes the listener: a connection still queued then is reset.
  const closingFrom = signalledAt + drainDelayMs - 50
  let notReadyAt = Infinity
  for (let attempt = 0; attempt < 100 && notReadyAt === Infinity; attempt++) {
    const res = await fetch(server.url('/readyz'), { headers: { connection: 'close' } })
    const body = await res.json() as { code?: string }
    if (res.status === 503 && body.code === 'NEWS_NOT_READY' && /problem\+json/.test(res.headers.get('content-type') ?? '')) notReadyAt = performance.now()
    else await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const code = await server.exited
  const shutdownMs = Math.round(performance.now() - signalledAt)
  const outcomes = await clients.done()

  const early = outcomes.filter((o) => o.connectedAt < closingFrom)
  const late = outcomes.filter((o) => o.connectedAt >= closingFrom)
  const tally = (list: typeof outcomes) => list.reduce<Record<string, number>>((counts, o) => {
    const key = o.error ?? String(o.status)
    counts[key] = (counts[key] ?? 0) + 1
    return counts
  }, {})
  const servedWhileNotReady = early.filter((o) => o.connectedAt > notReadyAt && o.status === 200).length
  t.comment(`drain: exit ${code} ${shutdownMs} ms after SIGTERM (DRAIN_DELAY_MS=${drainDelayMs}); /readyz 503 after ${Math.round(notReadyAt - signalledAt)} ms; ` +
    `on connections made before closing started ${JSON.stringify(tally(early))} (${servedWhileNotReady} on new connections after /readyz failed), after ${JSON.stringify(tally(late))}`)
  t.equal(code, 0, 'exit code 0')
  t.ok(notReadyAt < closingFrom, '/readyz answered a 503 problem while the server still accepted connections')
  t.ok(servedWhileNotReady > 0, `connections made after /readyz failed were accepted and answered (${servedWhileNotReady})`)
  t.same(early.filter((o) => o.error !== undefined), [], 'no request on a connection made before the server started closing was reset or left unanswered')
  const answers = outcomes.filter((o) => o.status !== undefined)
  t.same(answers.filter((o) => o.status !== 200 && !(o.status === 503 && /^application\/problem\+json/.test(o.type ?? ''))), [], 'every answer is a 200 or a 503 problem')
  t.same(Object.keys(tally(late)).filter((key) => !/^(200|503|ECONNREFUSED|ECONNRESET|socket hang up)$/.test(key)), [], 'later, a connection is answered, refused, or (still queued when the listener closed) reset')
})
