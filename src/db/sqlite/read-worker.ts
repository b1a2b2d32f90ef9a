// A read worker (read-pool.ts): the storage's page verbs, and the extractors that run before an
// article is stored (their gazetteer loaded here, not on the event loop), on a read-only connection
// of its own, one at a time, in a thread of its own; `null` closes the connection and ends the thread.
import { workerData } from 'node:worker_threads'
import { serveVerbs } from '../../lib/worker-thread.js'
import { openDatabase } from './connection.js'
import { readVerbs } from './read-verbs.js'

const db = openDatabase((workerData as { path: string }).path, { readonly: true })
serveVerbs(readVerbs(db), () => db.$client.close())
