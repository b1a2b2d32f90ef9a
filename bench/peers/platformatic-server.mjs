// The peer for bench/peers/platformatic.ts: Platformatic DB's SQL-to-REST layer alone (sql-mapper
// + sql-openapi on Fastify) over a SQLite file, logging off.
//
// Plain JavaScript, run by plain node: its packages come from the temporary install named by
// PLATFORMATIC_PREFIX, never from the repo's node_modules (the project does not depend on them).
//   PLATFORMATIC_PREFIX=DIR DATABASE_PATH=FILE HOST=127.0.0.1 PORT=N node bench/peers/platformatic-server.mjs
import { createRequire } from 'node:module'
import { join } from 'node:path'

const { PLATFORMATIC_PREFIX, DATABASE_PATH, HOST = '127.0.0.1', PORT = '3042' } = process.env
if (!PLATFORMATIC_PREFIX || !DATABASE_PATH) throw new Error('PLATFORMATIC_PREFIX and DATABASE_PATH are required')

const require = createRequire(join(PLATFORMATIC_PREFIX, 'package.json'))
const app = require('fastify')({ logger: false })
await app.register(require('@platformatic/sql-mapper'), { connectionString: `sqlite://${DATABASE_PATH}` })
await app.register(require('@platformatic/sql-openapi'))
await app.listen({ host: HOST, port: Number(PORT) })

for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => app.close().then(() => process.exit(0)))
