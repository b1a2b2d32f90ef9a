// The interchange format for every engine: the order an export writes records in (every parent
// before its children), in batches that give the event loop a turn, and how an import's failures
// are told apart (the line's fault, or the database's).
import type { RecordType } from '../entities/deletions/vocabulary.js'
import { UnprocessableError } from '../lib/errors.js'
import { BODIES, type BodyKind, type CreateBody, type Selection } from './create-bodies.js'
import type { ListDialect } from './list.js'

/**
 * Records per export batch: one query each. Between batches the export gives the event loop a
 * turn (setImmediate), so other requests are served while it runs.
 */
const EXPORT_BATCH = 100

/** Event ids in export order: depth first, then id, so that every parent is written before its children. */
export const EVENT_IDS_IN_ORDER = `with recursive tree(id, depth) as (
    select id, 0 from events where parent_id is null
    union all select e.id, tree.depth + 1 from events e join tree on e.parent_id = tree.id)
  select id from tree order by depth, id`

/** What an engine answers for an export. */
export interface ExportSource {
  lists: ListDialect
  bodies: <T>(kind: BodyKind<T>, selection: Selection) => Promise<Array<CreateBody<T>>>
  eventIdsInOrder: () => Promise<string[]>
}

const lines = (type: RecordType, bodies: Array<CreateBody<{ id?: string }>>) =>
  bodies.map(({ input, stamps }) => JSON.stringify({ type, data: { ...input, ...stamps } }) + '\n').join('')

/** Lets the event loop serve other requests before the next batch. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

/** Every record, as interchange lines, a batch of records at a time, in bounded memory. */
export async function * exportLines (source: ExportSource): AsyncGenerator<string> {
  for (const type of ['article', 'participant', 'event', 'statement'] as const) {
    const kind = BODIES[type] as BodyKind<{ id?: string }>
    if (type === 'event') {
      const ids = await source.eventIdsInOrder()
      for (let at = 0; at < ids.length; at += EXPORT_BATCH) {
        const batch = ids.slice(at, at + EXPORT_BATCH)
        const found = new Map((await source.bodies(kind, { where: source.lists.anyOf('e.id'), params: [source.lists.value(batch)] }))
          .map((body) => [body.input.id, body]))
        yield lines(type, batch.flatMap((id) => found.get(id) ?? []))
        await turn()
      }
      continue
    }
    // By id, a page at a time (every id sorts after '').
    for (let after = ''; ;) {
      const bodies = await source.bodies(kind, { where: `${kind.alias}.id > ?`, params: [after], limit: EXPORT_BATCH })
      if (bodies.length > 0) yield lines(type, bodies)
      if (bodies.length < EXPORT_BATCH) break
      after = bodies.at(-1)?.input.id ?? ''
      await turn()
    }
  }
}

/**
 * What a line can be blamed for: a client error (4xx) or data that breaks a constraint (as the
 * engine tells). A full or read-only database, or a bug, is not the line's fault: it fails the
 * whole import as what it is (503, 500).
 */
export function isLineProblem (err: unknown, breaksConstraint: boolean): boolean {
  const { statusCode } = err as { statusCode?: unknown }
  return (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) || breaksConstraint
}

/** What a line's failure says, one reason per problem. */
export function lineProblems (err: unknown): string[] {
  return err instanceof UnprocessableError ? err.errors.map((e) => `${e.name} ${e.reason}`) : [(err as Error).message]
}

/** The stamps an imported record keeps, as given: applied last, so the link triggers' touches do not overwrite them. */
export function importedStamps (data: { createdAt?: string, updatedAt?: string, updatedBy?: string | null }): Record<string, unknown> {
  return {
    ...(data.createdAt === undefined ? {} : { createdAt: data.createdAt }),
    ...(data.updatedAt === undefined ? {} : { updatedAt: data.updatedAt }),
    ...(data.updatedBy === undefined ? {} : { updatedBy: data.updatedBy })
  }
}
