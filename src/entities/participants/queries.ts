import { asc, count, eq, inArray, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { idList, inIds, preparedQuery } from '../../db/prepared.js'
import { ParticipantNotFoundError } from '../../lib/errors.js'
import { fold } from '../../lib/fold.js'
import { anyOf, runListing, since, valueFilter, valuesFilter, type Filter, type Listing } from '../../lib/listing.js'
import { groupBy, type Page } from '../../lib/pagination.js'
import { roleKey, rolesHeld } from '../events/queries.js'
import { eventParticipants } from '../events/table.js'
import type { EventParticipant, Participant, ParticipantQuery } from './schemas.js'
import { participantAliases, participants } from './table.js'

type ParticipantRow = typeof participants.$inferSelect

const participantsById = preparedQuery((db) => db.select().from(participants).where(inIds(participants.id)).prepare())
const participantIdById = preparedQuery((db) => db.select({ id: participants.id }).from(participants)
  .where(eq(participants.id, sql.placeholder('id'))).prepare())
const aliasesOfParticipants = preparedQuery((db) => db.select().from(participantAliases).where(inIds(participantAliases.participantId))
  .orderBy(asc(participantAliases.language), asc(participantAliases.name)).prepare())

const participantIdsByIdOrWikidata = preparedQuery((db) => db.select({ id: participants.id }).from(participants)
  .where(or(inIds(participants.id), inIds(participants.wikidataId))).prepare())
const participantsByNameWords = preparedQuery((db) => db.select().from(participants)
  .where(sql`${participants}.rowid in (select rowid from participants_fts where participants_fts match ${sql.placeholder('phrase')})`).prepare())

function toParticipants (db: Database, rows: ParticipantRow[]): Participant[] {
  const ids = rows.map((r) => r.id)
  const aliasRows = ids.length === 0 ? [] : aliasesOfParticipants(db).all(idList(ids))
  const aliases = groupBy(aliasRows, (a) => a.participantId, (a) => ({ name: a.name, language: a.language }))
  return rows.map((row) => ({ ...row, aliases: aliases.get(row.id) ?? [] }))
}

export function participantExists (db: Database, id: string): boolean {
  return participantIdById(db).get({ id }) !== undefined
}

export function getParticipant (db: Database, id: string): Participant {
  const participant = getParticipants(db, [id])[0]
  if (participant === undefined) throw new ParticipantNotFoundError(id)
  return participant
}

/** Participants by id, in the order given (missing ids are skipped): for embedding. */
export function getParticipants (db: Database, ids: string[]): Participant[] {
  if (ids.length === 0) return []
  const found = new Map(toParticipants(db, participantsById(db).all(idList(ids))).map((p) => [p.id, p]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

/**
 * The ids of the participants these references name: our id, a Wikidata id, or a name or alias
 * (case and accents aside). Names are looked up through the name index (an FTS phrase query), then
 * compared whole, so `Kim` does not stand for `Kim Jong Un`.
 */
export function participantIdsFor (db: Database, refs: readonly string[]): string[] {
  const ids = new Set(participantIdsByIdOrWikidata(db).all(idList(refs)).map((r) => r.id))
  for (const ref of refs) {
    const words = foldedWords(ref)
    if (words.length === 0) continue
    const candidates = toParticipants(db, participantsByNameWords(db).all({ phrase: `"${words.join(' ')}"` }))
    const wanted = fold(ref)
    for (const p of candidates) {
      if ([p.name, ...p.aliases.map((a) => a.name)].some((name) => fold(name) === wanted)) ids.add(p.id)
    }
  }
  return [...ids]
}

/** The words of a text, folded (lower case, no accents): how the name index sees them. */
function foldedWords (text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}

/**
 * A name search as an FTS5 query: every word of the text, folded, must begin a word of the
 * participant's name or one of its aliases (`poutine`, `nord-coreen`, `kim jong`). Words are quoted,
 * so nothing the user types is read as FTS5 syntax. Null when the text has no word at all.
 */
function nameQuery (text: string): string | null {
  const words = foldedWords(text)
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ')
}

export type ParticipantFilter = Omit<ParticipantQuery, 'fields' | 'format' | 'all'> & { event?: string }

function filters (db: Database, filter: ParticipantFilter): Array<Filter | undefined> {
  const names = filter.q === undefined ? undefined : nameQuery(filter.q)
  return [
    anyOf('kind', participants.kind, filter.kind),
    anyOf('wikidata', participants.wikidataId, filter.wikidata),
    names === null
      ? valuesFilter('q', [], () => sql`0`)
      : valueFilter('q', names, (search) => sql`${participants}.rowid in (select rowid from participants_fts where participants_fts match ${search})`),
    valueFilter('event', filter.event, (event) => inArray(participants.id, db.select({ id: eventParticipants.participantId }).from(eventParticipants)
      .where(eq(eventParticipants.eventId, event)))),
    since(participants.updatedAt, filter.updatedSince, 'updatedSince')
  ]
}

/** Participants by name (then id) unless sorted otherwise, filtered with AND between fields. */
export function listParticipants (db: Database, filter: ParticipantFilter): Page<Participant> {
  const listing: Listing<ParticipantRow> = {
    db,
    name: 'participants',
    sorts: {
      name: { expression: participants.name, valueOf: (r) => r.name },
      updatedAt: { expression: participants.updatedAt, valueOf: (r) => r.updatedAt }
    },
    id: participants.id,
    idOf: (r) => r.id,
    fetch: (where, orderBy, limit) => db.select().from(participants).where(where).orderBy(...orderBy).limit(limit).prepare(),
    count: (where) => db.select({ n: count() }).from(participants).where(where).prepare()
  }
  const page = runListing(listing, filters(db, filter), { ...filter, sort: filter.sort ?? 'name' })
  return { ...page, data: toParticipants(db, page.data) }
}

/** The participants of an event, each with their roles in it. */
export function listParticipantsOfEvent (db: Database, eventId: string, filter: ParticipantFilter): Page<EventParticipant> {
  const page = listParticipants(db, { ...filter, event: eventId })
  const roles = rolesHeld(db, [eventId], page.data.map((p) => p.id))
  return { ...page, data: page.data.map((p) => ({ ...p, roles: roles.get(roleKey(eventId, p.id)) ?? [] })) }
}
