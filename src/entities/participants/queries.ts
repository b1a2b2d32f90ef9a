import { and, asc, eq, exists, inArray, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { ParticipantNotFoundError } from '../../lib/errors.js'
import { fold } from '../../lib/fold.js'
import { groupBy, keysetPage, type Page, type PageRequest } from '../../lib/pagination.js'
import { roleKey, rolesHeld } from '../events/queries.js'
import { eventParticipants } from '../events/table.js'
import type { EventParticipant, Participant, ParticipantFilter } from './schemas.js'
import { participantAliases, participants } from './table.js'

type ParticipantRow = typeof participants.$inferSelect

function toParticipants (db: Database, rows: ParticipantRow[]): Participant[] {
  const ids = rows.map((r) => r.id)
  const aliasRows = ids.length === 0
    ? []
    : db.select().from(participantAliases).where(inArray(participantAliases.participantId, ids))
      .orderBy(asc(participantAliases.language), asc(participantAliases.name)).all()
  const aliases = groupBy(aliasRows, (a) => a.participantId, (a) => ({ name: a.name, language: a.language }))
  return rows.map((row) => ({ ...row, aliases: aliases.get(row.id) ?? [] }))
}

export function participantExists (db: Database, id: string): boolean {
  return db.select({ id: participants.id }).from(participants).where(eq(participants.id, id)).get() !== undefined
}

export function getParticipant (db: Database, id: string): Participant {
  const row = db.select().from(participants).where(eq(participants.id, id)).get()
  if (!row) throw new ParticipantNotFoundError(id)
  return toParticipants(db, [row])[0] as Participant
}

/** A LIKE pattern for "contains", on folded text, with LIKE's wildcards escaped. */
function containsPattern (text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Participants by name (then id), filtered by kind and by a name-or-alias match. */
export function listParticipants (db: Database, filter: ParticipantFilter & { event?: string }): Page<Participant> {
  const pattern = filter.q === undefined ? undefined : containsPattern(filter.q)
  const conditions = [
    filter.kind === undefined ? undefined : eq(participants.kind, filter.kind),
    pattern === undefined
      ? undefined
      : or(
        sql`fold(${participants.name}) like ${pattern} escape '\\'`,
        exists(db.select({ one: sql`1` }).from(participantAliases).where(and(
          eq(participantAliases.participantId, participants.id),
          sql`fold(${participantAliases.name}) like ${pattern} escape '\\'`
        )))
      ),
    filter.event === undefined
      ? undefined
      : inArray(participants.id, db.select({ id: eventParticipants.participantId }).from(eventParticipants)
        .where(eq(eventParticipants.eventId, filter.event)))
  ]
  const page = keysetPage(filter, [participants.name, participants.id], (r: ParticipantRow) => [r.name, r.id],
    (after, limit) => db.select().from(participants)
      .where(and(...conditions, after))
      .orderBy(asc(participants.name), asc(participants.id))
      .limit(limit).all())
  return { ...page, data: toParticipants(db, page.data) }
}

/** The participants of an event, each with their roles in it. */
export function listParticipantsOfEvent (db: Database, eventId: string, request: PageRequest): Page<EventParticipant> {
  const page = listParticipants(db, { ...request, event: eventId })
  const roles = rolesHeld(db, [eventId], page.data.map((p) => p.id))
  return { ...page, data: page.data.map((p) => ({ ...p, roles: roles.get(roleKey(eventId, p.id)) ?? [] })) }
}
