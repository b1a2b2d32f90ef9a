import { eq, inArray, sql } from 'drizzle-orm'
import type { EventInput } from '../../../entities/events/inputs.js'
import { ConflictError, EventNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkEvent, eventRow, type EventFacts } from '../../inputs.js'
import { all, type Tx } from '../connection.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { eventArticles, eventParticipants, events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statements } from '../tables/statements.js'

/** The event as a create body: what a PATCH is merged into. */
export async function eventInput (tx: Tx, id: string): Promise<EventInput> {
  const input = await createBodyOf(tx.client, BODIES.event, id)
  if (input === undefined) throw new EventNotFoundError(id)
  return input
}

/** Which of these ids the table does not have. */
export async function missing (tx: Tx, table: typeof articles | typeof participants | typeof events, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const found = new Set((await tx.orm.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id))
  return new Set(ids.filter((id) => !found.has(id)))
}

/** What checkEvent needs to know. */
async function facts (tx: Tx, input: EventInput): Promise<EventFacts> {
  const parentExists = input.parentId != null && (await missing(tx, events, [input.parentId])).size === 0
  const ancestors = parentExists
    ? (await all<{ id: string }>(tx.client, `with recursive up(id) as (select ?::text union
        select e.parent_id from events e join up on e.id = up.id where e.parent_id is not null) select id from up`, [input.parentId])).map((a) => a.id)
    : []
  return {
    parentExists,
    ancestors,
    absentArticles: await missing(tx, articles, input.articles ?? []),
    absentParticipants: await missing(tx, participants, [...new Set((input.participants ?? []).map((p) => p.id))]),
    sourceBody: input.source == null
      ? undefined
      : (await tx.orm.select({ body: articles.body }).from(articles).where(eq(articles.id, input.source.article)))[0]?.body
  }
}

/** Creates the event, or replaces all of it (PATCH merges first), links included. */
export async function saveEvent (tx: Tx, input: EventInput, actor: string, existingId?: string): Promise<string> {
  const id = existingId ?? input.id ?? newId('evt', input.title)
  if (existingId === undefined && (await missing(tx, events, [id])).size === 0) throw new ConflictError(`An event with id '${id}' already exists`)
  checkEvent(id, input, await facts(tx, input))
  const row = eventRow(input, actor)
  if (existingId === undefined) await tx.orm.insert(events).values({ id, ...row })
  else await tx.orm.update(events).set({ ...row, updatedAt: NOW }).where(eq(events.id, id))
  await tx.orm.delete(eventArticles).where(eq(eventArticles.eventId, id))
  if (input.articles !== undefined && input.articles.length > 0) {
    await tx.orm.insert(eventArticles).values(input.articles.map((articleId) => ({ eventId: id, articleId })))
  }
  await tx.orm.delete(eventParticipants).where(eq(eventParticipants.eventId, id))
  if (input.participants !== undefined && input.participants.length > 0) {
    await tx.orm.insert(eventParticipants).values(input.participants.map((p) => ({ eventId: id, participantId: p.id, role: p.role })))
  }
  return id
}

/** Deletes an event (see SQLite's writes/events.ts): sub-events and statements only with `cascade`. */
export async function deleteEvent (tx: Tx, id: string, cascade: boolean): Promise<void> {
  const subtree = (await tx.orm.execute<{ id: string }>(sql`with recursive down(id) as (select ${id}::text union
    select e.id from ${events} e join down on e.parent_id = down.id) select id from down`)).rows.map((r) => r.id)
  const below = subtree.filter((e) => e !== id)
  const said = await tx.orm.select({ id: statements.id }).from(statements).where(inArray(statements.eventId, subtree))
  if (!cascade && (below.length > 0 || said.length > 0)) {
    throw new ConflictError(`Event '${id}' has ${below.length} sub-event(s) and ${said.length} statement(s); ` +
      'delete with ?cascade=true to delete them too')
  }
  if (said.length > 0) await tx.orm.delete(statements).where(inArray(statements.id, said.map((s) => s.id)))
  // Children first, so no row ever points at a deleted parent.
  for (const eventId of subtree.reverse()) await tx.orm.delete(events).where(eq(events.id, eventId))
}
