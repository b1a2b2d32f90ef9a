import { asc, count, desc, eq, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Database } from '../../db/connection.js'
import { idList, inIds, preparedQuery } from '../../db/prepared.js'
import { StatementNotFoundError } from '../../lib/errors.js'
import { allOf, anyOf, chooseSort, runListing, since, valuesFilter, type Filter, type Listing } from '../../lib/listing.js'
import { groupBy, type Page } from '../../lib/pagination.js'
import { byRelevance, ftsTable, hitColumns, joinSearch, rankedWindow, searchFilter, searching, withSnippets } from '../../lib/search.js'
import { getArticles } from '../articles/queries.js'
import { eventsOverlapping, getEvents } from '../events/queries.js'
import { events } from '../events/table.js'
import { getParticipants, participantIdsFor } from '../participants/queries.js'
import { participants } from '../participants/table.js'
import type { Statement, StatementQuery } from './schemas.js'
import { statementMentions, statements } from './table.js'

const speakers = alias(participants, 'speakers')
const statementsFts = ftsTable('statements_fts')

/** Statements with the names and titles they show, in one join; with the FTS table when searching. */
function selectStatements (db: Database, q?: string) {
  const columns = { statement: statements, speakerName: speakers.name, eventTitle: events.title, ...hitColumns(statementsFts, q) }
  return joinSearch(db.select(columns).from(statements), statementsFts, statements, q)
    .innerJoin(speakers, eq(speakers.id, statements.speakerId))
    .innerJoin(events, eq(events.id, statements.eventId))
}

type StatementRow = ReturnType<ReturnType<typeof selectStatements>['all']>[number]

/**
 * One page of a search by relevance, the ranking done on the search index alone (a subquery that
 * sorts and limits) and only the page joined to the statements, their speakers and events: joining
 * every match before sorting cost more than ranking them.
 */
function searchHits (db: Database, where: SQL | undefined, orderBy: SQL[], limit: Placeholder, descending: boolean) {
  const hits = db.select({ rowid: sql<number>`${statementsFts.rowid}`.as('hit_rowid'), rank: sql<number>`${statementsFts.rank}`.as('hit_rank') })
    .from(statementsFts).where(where).orderBy(...orderBy).limit(limit).as('hits')
  return db.select({ statement: statements, speakerName: speakers.name, eventTitle: events.title, snippet: sql<string | null>`null`, rank: hits.rank, hit: hits.rowid })
    .from(hits)
    .innerJoin(statements, sql`${statements}.rowid = ${hits.rowid}`)
    .innerJoin(speakers, eq(speakers.id, statements.speakerId))
    .innerJoin(events, eq(events.id, statements.eventId))
    .orderBy(...(descending ? [desc(hits.rank), desc(hits.rowid)] : [asc(hits.rank), asc(hits.rowid)]))
}

const statementsById = preparedQuery((db) => selectStatements(db).where(inIds(statements.id)).prepare())
const mentionsOfStatements = preparedQuery((db) => db.select({ statementId: statementMentions.statementId, id: participants.id, name: participants.name })
  .from(statementMentions)
  .innerJoin(participants, eq(participants.id, statementMentions.participantId))
  .where(inIds(statementMentions.statementId))
  .orderBy(asc(participants.name)).prepare())

function toStatements (db: Database, rows: StatementRow[]): Statement[] {
  const ids = rows.map((r) => r.statement.id)
  const mentionRows = ids.length === 0 ? [] : mentionsOfStatements(db).all(idList(ids))
  const mentions = groupBy(mentionRows, (m) => m.statementId, (m) => ({ id: m.id, name: m.name }))
  return rows.map(({ statement: s, speakerName, eventTitle, snippet }) => ({
    id: s.id,
    text: s.text,
    kind: s.kind,
    language: s.language,
    cue: s.cue,
    audience: s.audience,
    relayedBy: s.relayedBy,
    speaker: { id: s.speakerId, name: speakerName },
    event: { id: s.eventId, title: eventTitle },
    mentions: mentions.get(s.id) ?? [],
    source: { article: s.articleId, start: s.start, end: s.end },
    origin: s.origin,
    confidence: s.confidence,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    updatedBy: s.updatedBy,
    ...(snippet === null ? {} : { snippet })
  }))
}

export function getStatement (db: Database, id: string): Statement {
  const statement = getStatements(db, [id])[0]
  if (statement === undefined) throw new StatementNotFoundError(id)
  return statement
}

/** Statements by id, in the order given (missing ids are skipped): for embedding. */
export function getStatements (db: Database, ids: string[]): Statement[] {
  if (ids.length === 0) return []
  const found = new Map(toStatements(db, statementsById(db).all(idList(ids))).map((s) => [s.id, s]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export type StatementFilter = Omit<StatementQuery, 'include' | 'fields' | 'format' | 'all'>

function filters (db: Database, filter: StatementFilter): Array<Filter | undefined> {
  const participantsNamed = (refs: readonly string[] | undefined) => refs === undefined ? undefined : participantIdsFor(db, refs)
  return [
    searchFilter(statementsFts, filter.q),
    valuesFilter('speaker', participantsNamed(filter.speaker), (matches) => matches(statements.speakerId)),
    valuesFilter('mentioned', participantsNamed(filter.mentioned), (matches) =>
      inArray(statements.id, db.select({ id: statementMentions.statementId }).from(statementMentions).where(matches(statementMentions.participantId)))),
    anyOf('event', statements.eventId, filter.event),
    anyOf('article', statements.articleId, filter.article),
    anyOf('language', statements.language, filter.language),
    anyOf('kind', statements.kind, filter.kind),
    anyOf('origin', statements.origin, filter.origin),
    allOf('events', [anyOf('eventType', events.type, filter.eventType), ...eventsOverlapping(filter.from, filter.to)], (where) =>
      inArray(statements.eventId, db.select({ id: events.id }).from(events).where(where))),
    since(statements.updatedAt, filter.updatedSince, 'updatedSince')
  ]
}

/** Statements filtered with AND between fields and OR within one; by id unless sorted otherwise. */
export function listStatements (db: Database, filter: StatementFilter): Page<Statement> {
  const q = filter.q
  const sort = chooseSort(filter.sort, q, 'id')
  const given = filters(db, filter)
  // A search alone, by relevance: the page is picked from the search index first, then joined.
  const searchOnly = q !== undefined && sort.replace(/^-/, '') === 'relevance' && given.every((f) => f === undefined || f.shape === 'q')
  const listing: Listing<StatementRow> = {
    db,
    name: searchOnly ? 'statements-search' : 'statements',
    cached: q !== undefined,
    sorts: {
      id: { expression: statements.id, valueOf: (r) => r.statement.id },
      updatedAt: { expression: statements.updatedAt, valueOf: (r) => r.statement.updatedAt },
      relevance: byRelevance(statementsFts)
    },
    id: statements.id,
    idOf: (r) => r.statement.id,
    fetch: (where, orderBy, limit) => searchOnly
      ? searchHits(db, where, orderBy, limit, sort.startsWith('-')).prepare()
      : selectStatements(db, q).where(where).orderBy(...orderBy).limit(limit).prepare(),
    count: (where) => joinSearch(db.select({ n: count() }).from(statements), statementsFts, statements, q).where(where).prepare()
  }
  const page = searching(q, () => runListing(listing, [...given, rankedWindow(db, statementsFts, q, sort)], { ...filter, sort }))
  return { ...page, data: toStatements(db, withSnippets(db, statementsFts, statements, q, page.data, (r) => r.statement.id)) }
}

export type StatementInclude = NonNullable<StatementQuery['include']>[number]

/** Embeds the related records asked for, with one query per kind of record, not per statement. */
export function embedInStatements (db: Database, list: Statement[], include: StatementInclude[] | undefined): Statement[] {
  if (include === undefined || include.length === 0 || list.length === 0) return list
  const wants = new Set(include)
  const people = wants.has('speaker') || wants.has('mentions')
    ? new Map(getParticipants(db, [...new Set(list.flatMap((s) => [
      ...(wants.has('speaker') ? [s.speaker.id] : []),
      ...(wants.has('mentions') ? s.mentions.map((m) => m.id) : [])
    ]))]).map((p) => [p.id, p]))
    : new Map()
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]))
  const eventsById = wants.has('event') ? byId(getEvents(db, [...new Set(list.map((s) => s.event.id))])) : new Map()
  const articlesById = wants.has('article') ? byId(getArticles(db, [...new Set(list.map((s) => s.source.article))])) : new Map()
  return list.map((s) => ({
    ...s,
    embedded: {
      ...(wants.has('speaker') ? { speaker: people.get(s.speaker.id) } : {}),
      ...(wants.has('event') ? { event: eventsById.get(s.event.id) } : {}),
      ...(wants.has('article') ? { article: articlesById.get(s.source.article) } : {}),
      ...(wants.has('mentions') ? { mentions: s.mentions.flatMap((m) => people.get(m.id) ?? []) } : {})
    }
  }))
}
