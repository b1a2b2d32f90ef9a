// Crash safety: clients write concurrently while the server is SIGKILLed at a random moment (seeded:
// CRASH_SEED gives the same moments again), then the server is restarted on the same file and the
// file is checked: SQLite's integrity check, foreign keys, full-text indexes consistent with their
// tables, every write that was answered 201 present, and no record written in part.
//
// What this proves about the database settings (src/db/connection.ts): in WAL mode with
// synchronous=NORMAL a commit is in the -wal file (the OS page cache) before the answer leaves, and
// SQLite syncs only at checkpoints. Losing the process loses nothing committed; only an OS crash
// or power loss could take back the last commits, which a process kill cannot simulate.
//   npm test:                   CRASH_ROUNDS=3
//   npm run test:reliability:   CRASH_ROUNDS=20 (RELIABILITY=long)
import t from 'tap'
import { Random } from '../../src/generate/random.js'
import { tempDir } from '../helper.js'
import { inspect } from './integrity.js'
import { crash, startServer, serverFiles, terminate } from './server.js'
import { sizes } from './sizes.js'
import { startWriters } from './writers.js'
import { Acknowledged, KINDS, PATHS } from './writes.js'

const { crashRounds, crashClients, crashSeed } = sizes
t.setTimeout(crashRounds * 60_000 + 120_000)

/** How long the writers run before the kill: long enough to cover first requests and checkpoints alike. */
const KILL_AFTER_MS = { min: 100, max: 2500 }

t.test(`${crashRounds} SIGKILLs under ${crashClients} concurrent writers (seed ${crashSeed}): nothing acknowledged is lost, nothing is half-written`, async (t) => {
  const files = serverFiles(tempDir(t))
  const random = new Random(crashSeed)
  const acknowledged = new Acknowledged()
  let unanswered = 0
  let server = await startServer(t, files)

  for (let round = 1; round <= crashRounds; round++) {
    const before = acknowledged.total
    const afterMs = random.int(KILL_AFTER_MS.min, KILL_AFTER_MS.max)
    const writers = startWriters(server.url, files.key, crashClients, `r${round}`, acknowledged)
    await new Promise((resolve) => setTimeout(resolve, afterMs))
    const killing = crash(server)
    const tally = await writers.stop()
    await killing
    const inFlight = Object.values(tally.unanswered).reduce((sum, n) => sum + n, 0)
    unanswered += inFlight
    t.same(tally.refused, {}, `round ${round}: every answer was a 201`)

    server = await startServer(t, files)
    const findings = inspect(files.databasePath, acknowledged)
    const problems = [
      ...(findings.integrity === 'ok' ? [] : [`integrity_check: ${findings.integrity}`]),
      ...(findings.journalMode === 'wal' ? [] : [`journal_mode ${findings.journalMode}`]),
      ...(findings.foreignKeyViolations === 0 ? [] : [`${findings.foreignKeyViolations} foreign key violations`]),
      ...findings.search,
      ...findings.missing.map((write) => `lost: ${write}`),
      ...findings.partial.map((record) => `partial: ${record}`)
    ]
    t.same(problems, [], `round ${round}: killed after ${afterMs} ms with ${acknowledged.total - before} writes acknowledged ` +
      `and ${inFlight} in flight; restarted: the file is sound and whole`)

    // The restarted server serves what it acknowledged before the kill.
    const unread: string[] = []
    for (const kind of KINDS) {
      for (const id of acknowledged.ids[kind].slice(-20)) {
        const res = await fetch(server.url(`${PATHS[kind]}/${encodeURIComponent(id)}`))
        await res.arrayBuffer()
        if (res.status !== 200) unread.push(`${kind} ${id}: ${res.status}`)
      }
    }
    t.same(unread, [], `round ${round}: the latest acknowledged records read back through the API`)
  }

  t.same(acknowledged.malformed, [], 'every 201 named its record and where it is')
  t.ok(acknowledged.total > 0, 'writes were acknowledged')
  t.comment(`crash: ${crashRounds} rounds survived; writes acknowledged ${acknowledged.total} (${acknowledged.summary()}), ` +
    `lost 0 of them; ${unanswered} requests in flight at the kills`)
  t.equal(await terminate(server), 0, 'the last server stops cleanly')
})
