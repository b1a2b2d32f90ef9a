// A read worker (read-pool.ts): the storage's page verbs, and the extractors that run before an
// article is stored (their gazetteer loaded here, not on the event loop), on a read-only connection of its own,
// one at a time, in a thread of its own. It says when it is ready (its connection open); `null`
// closes the connection and ends the thread.
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from './connection.js'
import { plainError, type Answer } from './read-pool.js'
import { readVerbs, type PooledVerb } from './read-verbs.js'

const port = parentPort as NonNullable<typeof parentPort>
const db = openDatabase((workerData as { path: string }).path, { readonly: true })
const verbs = readVerbs(db)
port.postMessage({ ready: true } satisfies Answer)

async function handle (message: { verb: PooledVerb, args: unknown[] } | null): Promise<void> {
  if (message === null) {
    db.$client.close()
    port.close()
    return
  }
  let answer: Answer
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
port.on('message', (message: { verb: PooledVerb, args: unknown[] } | null) => {
  done = done.then(async () => await handle(message))
})
