import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Read-your-writes across replicas, per request: the position a client's reads must have reached
 * (the `Consistency-Token` it sent back, from an earlier write's answer), and the position this
 * request's own write committed at (sent in its answer). An engine with one node sets neither.
 */
export interface Consistency {
  /** A commit position the node that answers must have replayed. */
  after?: string
  /** Where this request's write committed. */
  wrote?: string
}

export const CONSISTENCY_HEADER = 'consistency-token'

const context = new AsyncLocalStorage<Consistency>()

/** Runs `next` (the rest of a request) with its own consistency record. */
export function withConsistency (record: Consistency, next: () => void): void {
  context.run(record, next)
}

/** The current request's consistency record; an empty one outside a request. */
export function consistency (): Consistency {
  return context.getStore() ?? {}
}
