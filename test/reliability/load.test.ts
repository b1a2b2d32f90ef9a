// Sustained mixed read/write load on the real server over loopback: no error, no timeout, no
// failed answer, and every write the server acknowledged is in the file afterwards.
//   npm test:              LOAD_SECONDS=5,  LOAD_CONNECTIONS=64
//   npm run test:load:     LOAD_SECONDS=60, LOAD_CONNECTIONS=64 (RELIABILITY=long)
import { readFileSync } from 'node:fs'
import t from 'tap'
import { tempDir } from '../helper.js'
import { inspect } from './integrity.js'
import { mixedLoad } from './mixed-load.js'
import { startServer, serverFiles, terminate } from './server.js'
import { sizes } from './sizes.js'
import { Acknowledged } from './writes.js'

const { loadSeconds, loadConnections } = sizes
t.setTimeout((loadSeconds + 240) * 1000)

t.test(`${loadConnections} connections of mixed reads and writes for ${loadSeconds} s: no failure, no lost write`, async (t) => {
  const files = serverFiles(tempDir(t))
  const server = await startServer(t, files)
  const acknowledged = new Acknowledged()

  const load = await mixedLoad(server.port, files.key, loadSeconds, loadConnections, acknowledged)
  t.comment(`load: ${load.requests} requests in ${load.seconds} s (${Math.round(load.rps)} req/s, p99 ${load.p99} ms) over ${load.connections} connections; ` +
    `statuses ${JSON.stringify(load.statuses)}`)
  t.equal(load.errors, 0, 'no connection error')
  t.equal(load.timeouts, 0, 'no timeout')
  t.equal(load.non2xx, 0, `every answer 2xx (${JSON.stringify(load.statuses)})`)
  t.same(acknowledged.malformed, [], 'every 201 names its record and says where it is')
  t.ok(acknowledged.total > 0, 'writes were acknowledged')

  // A clean stop, then the file itself: everything acknowledged is there, whole.
  t.equal(await terminate(server), 0, 'the server stops cleanly afterwards')
  const findings = inspect(files.databasePath, acknowledged)
  t.comment(`writes acknowledged: ${acknowledged.total} (${acknowledged.summary()}); writes lost: ${findings.missing.length}`)
  t.same(findings.missing, [], 'every acknowledged write is in the database')
  t.same(findings.partial, [], 'no record written in part')
  t.equal(findings.integrity, 'ok', 'PRAGMA integrity_check')
  t.equal(findings.foreignKeyViolations, 0, 'PRAGMA foreign_key_check')
  t.same(findings.search, [], 'full-text indexes agree with their tables')
  const errors = readFileSync(files.logFile, 'utf8').split('\n').filter((line) => /"level":(50|60)/.test(line))
  t.same(errors.slice(0, 3), [], 'nothing logged at error level')
})
