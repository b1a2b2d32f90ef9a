/**
 * A throw-away PostgreSQL primary with streaming replicas, for tests outside tap (the container
 * test): prints one JSON line `{ "primaryUrl", "replicaUrls" }` for a new database `news` (C
 * collation), then keeps the cluster up until its stdin closes or it gets SIGTERM/SIGINT, and
 * removes it.
 *
 *   tsx test/postgres/cluster-cli.ts [--replicas N]
 */
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { startCluster } from './cluster.js'

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '1' } } })
const replicas = Number(values.replicas)
if (!Number.isInteger(replicas) || replicas < 0) throw new Error(`--replicas must be a whole number, not ${values.replicas}`)

const cluster = await startCluster({ replicas: Array.from({ length: replicas }, () => ({})) })
const primaryUrl = await cluster.createDatabase('news')
// A database made on the primary reaches the replicas through the log: the same name answers there.
const replicaUrls = cluster.replicaUrls.map((url) => url.replace(/\/[^/]*$/, '/news'))
console.log(JSON.stringify({ primaryUrl, replicaUrls }))

const ended = Promise.race([once(process.stdin.resume(), 'end'), once(process, 'SIGTERM'), once(process, 'SIGINT')])
await ended
await cluster.stop()
process.exit(0)
