// A read worker (read-pool.ts): the storage's page verbs, and the extractors that run before an
// article is stored (their gazetteer loaded here, not on the event loop), on a read-only connection of its own,
// one at a time, in a thread of its own. It says when it is ready (its connection open); `null`
// closes the connection and ends the thread. The pool stops a read past its deadline through
// `stop` (read-budget.ts `stoppable`).
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from './connection.js'
import { stoppable } from './read-budget.js'
import { plainError, type Answer, type ReadWorkerData } from './read-pool.js'
import { readVerbs, type PooledVerb } from './read-verbs.js'

const port = parentPort as NonNullable<typeof parentPort>
const { path, stop } = workerData as ReadWorkerData
const db = openDatabase(path, { readonly: true })
const running = stoppable(db.$client, stop)
const verbs = readVerbs(db)
port.postMessage({ ready: true } satisfies Answer)

interface Message { id: number, verb: PooledVerb, args: unknown[] }

async function handle (message: Message | null): Promise<void> {
  if (message === null) {
    db.$client.close()
    port.close()
    return
  }
  let answer: Answer
  running(message.id)
  try {
    answer = { result: await (verbs[message.verb] as (...args: unknown[]) => Promise<unknown>)(...message.args) }
  } catch (err) {
    answer = { error: plainError(err) }
  }
  port.postMessage(answer)
}

// One message at a time, in order: a verb that awaits (the extractors' modules load on first use)
// answers before a `null` sent meanwhile closes the connection.
let done: Promise<void> = Promise.resolve()
port.on('message', (message: Message | null) => {
  done = done.then(async () => await handle(message))
})
