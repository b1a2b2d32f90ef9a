import { eq, inArray, sql } from 'drizzle-orm'
import type { EventInput } from '../../../entities/events/inputs.js'
import { ConflictError, EventNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkEvent, eventRow, type EventFacts } from '../../inputs.js'
import type { Database } from '../connection.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { eventArticles, eventParticipants, events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statements } from '../tables/statements.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'

/** The event as a create body: what a PATCH is merged into. */
export function eventInput (db: Database, id: string): EventInput {
  const input = createBodyOf(db, BODIES.event, id)
  if (input === undefined) throw new EventNotFoundError(id)
  return input
}

function missing (db: Database, table: typeof articles | typeof participants | typeof events, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set()
  const found = new Set(db.select({ id: table.id }).from(table).where(inArray(table.id, ids)).all().map((r) => r.id))
  return new Set(ids.filter((id) => !found.has(id)))
}

/** What checkEvent needs to know. */
function facts (db: Database, input: EventInput): EventFacts {
  const parentExists = input.parentId != null && missing(db, events, [input.parentId]).size === 0
  const ancestors = parentExists
    ? db.all<{ id: string }>(sql`with recursive up(id) as (select ${input.parentId} union
        select e.parent_id from ${events} e join up on e.id = up.id where e.parent_id is not null) select id from up`).map((a) => a.id)
    : []
  return {
    parentExists,
    ancestors,
    absentArticles: missing(db, articles, input.articles ?? []),
    absentParticipants: missing(db, participants, [...new Set((input.participants ?? []).map((p) => p.id))]),
    sourceBody: input.source == null
      ? undefined
      : db.select({ body: articles.body }).from(articles).where(eq(articles.id, input.source.article)).get()?.body
  }
}

/** Creates the event, or replaces all of it (PATCH merges first), links included. Call inside a transaction. */
export function saveEvent (db: Database, input: EventInput, actor: string, existingId?: string): string {
  const id = existingId ?? input.id ?? newId('evt', input.title)
  if (existingId === undefined && db.select({ id: events.id }).from(events).where(eq(events.id, id)).get() !== undefined) {
    throw new ConflictError(`An event with id '${id}' already exists`)
  }
  checkEvent(id, input, facts(db, input))
  const row = eventRow(input, actor)
  if (existingId === undefined) db.insert(events).values({ id, ...row }).run()
  else db.update(events).set({ ...row, updatedAt: NOW }).where(eq(events.id, id)).run()
  db.delete(eventArticles).where(eq(eventArticles.eventId, id)).run()
  if (input.articles !== undefined && input.articles.length > 0) {
    db.insert(eventArticles).values(input.articles.map((articleId) => ({ eventId: id, articleId }))).run()
  }
  db.delete(eventParticipants).where(eq(eventParticipants.eventId, id)).run()
  if (input.participants !== undefined && input.participants.length > 0) {
    db.insert(eventParticipants).values(input.participants.map((p) => ({ eventId: id, participantId: p.id, role: p.role }))).run()
  }
  return id
}

/**
 * Deletes an event. Statements made at it, or sub-events, keep it unless `cascade`, which deletes
 * the whole subtree and its statements. Links to articles and participants go with it.
 */
export function deleteEvent (db: Database, id: string, cascade: boolean): void {
  const subtree = db.all<{ id: string }>(sql`with recursive down(id) as (select ${id} union
    select e.id from ${events} e join down on e.parent_id = down.id) select id from down`).map((r) => r.id)
  const below = subtree.filter((e) => e !== id)
  const said = db.select({ id: statements.id }).from(statements).where(inArray(statements.eventId, subtree)).all()
  if (!cascade && (below.length > 0 || said.length > 0)) {
    throw new ConflictError(`Event '${id}' has ${below.length} sub-event(s) and ${said.length} statement(s); ` +
      'delete with ?cascade=true to delete them too')
  }
  if (said.length > 0) db.delete(statements).where(inArray(statements.id, said.map((s) => s.id))).run()
  // Children first, so no row ever points at a deleted parent.
  for (const eventId of subtree.reverse()) db.delete(events).where(eq(events.id, eventId)).run()
}
