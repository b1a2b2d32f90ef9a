// A read worker (read-pool.ts): the storage's page verbs, and the extractors that run before an
// article is stored (their gazetteer loaded here, not on the event loop), on a read-only connection
// of its own, one at a time, in a thread of its own; `null` closes the connection and ends the thread.
// The pool stops a read past its deadline through `stop` (read-budget.ts `stoppable`).
import { workerData } from 'node:worker_threads'
import type { Stop } from '../../lib/worker-pool.js'
import { serveVerbs } from '../../lib/worker-thread.js'
import { openDatabase } from './connection.js'
import { stoppable } from './read-budget.js'
import { readVerbs } from './read-verbs.js'

const { path, stop } = workerData as { path: string } & Stop
const db = openDatabase(path, { readonly: true })
serveVerbs(readVerbs(db), () => db.$client.close(), stoppable(db.$client, stop))
