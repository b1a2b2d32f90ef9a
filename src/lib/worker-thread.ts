// The worker's side of worker-pool.ts: serves a module's verbs to the pool, one message at a time.
import { parentPort } from 'node:worker_threads'
import { plainError, type Answer, type Verbs } from './worker-pool.js'

interface Message { id: number, verb: string, args: unknown[] }

/**
 * Says the worker is ready, then answers each `{id, verb, args}` with the verb's result or its
 * error (as a PlainError), after telling `beforeTask` the task's number (what the pool writes into
 * the worker's Stop to stop it). `null` ends the worker: `close` (its connection, say) runs, then
 * the port closes. Messages are handled in order: a verb that awaits (a module loaded on first use)
 * answers before a `null` sent meanwhile closes what it uses.
 */
export function serveVerbs<V extends Verbs<V>> (verbs: V, close: () => void = () => {}, beforeTask: (task: number) => void = () => {}): void {
  const port = parentPort as NonNullable<typeof parentPort>
  port.postMessage({ ready: true } satisfies Answer)

  async function handle (message: Message | null): Promise<void> {
    if (message === null) {
      close()
      port.close()
      return
    }
    let answer: Answer
    beforeTask(message.id)
    try {
      answer = { result: await (verbs[message.verb as keyof V] as unknown as (...args: unknown[]) => Promise<unknown>)(...message.args) }
    } catch (err) {
      answer = { error: plainError(err) }
    }
    port.postMessage(answer)
  }

  let done: Promise<void> = Promise.resolve()
  port.on('message', (message: Message | null) => {
    done = done.then(async () => await handle(message))
  })
}
