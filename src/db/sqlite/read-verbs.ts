import { ArticleNotFoundError, EventNotFoundError, ParticipantNotFoundError, StatementNotFoundError } from '../../lib/errors.js'
import { EMBEDDED_STATEMENTS_PER_EVENT, type Event } from '../../entities/events/schemas.js'
import type { Page, SerializedPage } from '../../lib/pagination.js'
import type { EventInclude, Storage } from '../../storage/storage.js'
import { embedInEvents as embedding, embedInStatements, participantTimeline, withRolesInEvent, withRolesOfParticipant } from '../related.js'
import type { ArticleText, Findings } from '../event-extraction.js'
import type { Database } from './connection.js'
import { getArticles, listArticles } from './reads/articles.js'
import { listDeletions } from './reads/deletions.js'
import { eventExists, getEvents, listEvents } from './reads/events.js'
import { getParticipants, listParticipants, participantExists } from './reads/participants.js'
import { relatedSource } from './reads/related.js'
import { getStatements, listStatements } from './reads/statements.js'

/** The first of a list of records by id, or the type's 404. */
export function found<T> (records: T[], NotFound: new (id: string) => Error, id: string): T {
  const [record] = records
  if (record === undefined) throw new NotFound(id)
  return record
}

const mustExist = (exists: boolean, NotFound: new (id: string) => Error, id: string) => { if (!exists) throw new NotFound(id) }
const single = <T>(page: { data: T[] }) => page.data[0] as T

/** The verbs that answer a page (lists, sub-lists, timelines, search): their cost grows with the data. */
export const PAGE_VERBS = [
  'listEvents', 'eventTimeline', 'listEventParticipants', 'listEventStatements',
  'listParticipants', 'listParticipantEvents', 'listParticipantStatements', 'participantTimeline',
  'listStatements', 'listArticles', 'search', 'listDeletions'
] as const satisfies ReadonlyArray<keyof Storage>
export type PageVerb = typeof PAGE_VERBS[number]

/**
 * The page verbs whose every scan counts the rows it visits (read-budget.ts `scanWhere`), so that
 * they can be tried on the event loop under a budget before a worker is asked.
 */
export const BUDGETED_VERBS = new Set<PageVerb>([
  'listEvents', 'eventTimeline', 'listEventParticipants', 'listEventStatements',
  'listParticipants', 'listParticipantEvents', 'listParticipantStatements', 'listStatements', 'listArticles'
])

/** A record by id (with what `include` embeds): a few index lookups whatever the size of the data. */
export type LookupVerb = 'getEvent' | 'getParticipant' | 'getStatement' | 'getArticle'

/**
 * The extractors on an article's text, before it is stored (writes/extract.ts): reads of the
 * participants its names find, then CPU work that grows with the article (and the gazetteer,
 * loaded on first use).
 */
export interface ExtractVerbs { findInArticle: (article: ArticleText) => Promise<Findings> }

/** What a read worker runs: the pages, and the extractors. */
export type PooledVerb = PageVerb | keyof ExtractVerbs

export type ReadVerbs = Pick<Storage, PageVerb | LookupVerb> & ExtractVerbs

/**
 * Every read of the storage boundary on one connection: the app's own, or a read worker's
 * (read-worker.ts), which runs the same verbs on its own read-only connection.
 */
export function readVerbs (db: Database): ReadVerbs {
  const related = relatedSource(db)
  const embedInEvents = <P extends Page<Event> | SerializedPage>(page: P, include: EventInclude[] | undefined) =>
    embedding(related, page, include, EMBEDDED_STATEMENTS_PER_EVENT)
  return {
    getEvent: async (id, include) => single(await embedInEvents({ data: [found(getEvents(db, [id]), EventNotFoundError, id)], nextCursor: null }, include)),
    listEvents: async (query) => embedInEvents(listEvents(db, query), query.include),
    eventTimeline: async (id, query) => {
      mustExist(eventExists(db, id), EventNotFoundError, id)
      return embedInEvents(listEvents(db, { ...query, sort: query.sort ?? 'startDate' }, { within: id }), query.include)
    },
    listEventParticipants: async (id, query) => {
      mustExist(eventExists(db, id), EventNotFoundError, id)
      return withRolesInEvent(related, id, listParticipants(db, query, { event: id }))
    },
    listEventStatements: async (id, query) => {
      mustExist(eventExists(db, id), EventNotFoundError, id)
      return embedInStatements(related, listStatements(db, query, { event: id }), query.include)
    },

    getParticipant: async (id) => found(getParticipants(db, [id]), ParticipantNotFoundError, id),
    listParticipants: async (query) => listParticipants(db, query),
    listParticipantEvents: async (id, query) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      // Each event with the participant's roles in it: records, never serialised.
      return withRolesOfParticipant(related, id, await embedInEvents(listEvents(db, { ...query, json: false }, { participant: id }), query.include))
    },
    listParticipantStatements: async (id, query) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      return embedInStatements(related, listStatements(db, query, { speaker: id }), query.include)
    },
    participantTimeline: async (id, page) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      return participantTimeline(related, id, page)
    },

    getStatement: async (id, include) => single(await embedInStatements(related, { data: [found(getStatements(db, [id]), StatementNotFoundError, id)], nextCursor: null }, include)),
    listStatements: async (query) => embedInStatements(related, listStatements(db, query), query.include),

    getArticle: async (id) => found(getArticles(db, [id]), ArticleNotFoundError, id),
    listArticles: async (query) => listArticles(db, query),

    search: async (query) => ({
      statements: listStatements(db, query),
      events: listEvents(db, query),
      articles: listArticles(db, query)
    }),
    listDeletions: async (query) => listDeletions(db, query),

    // loaded on first use: a read worker that never extracts starts without the extractors' modules
    findInArticle: async (article) => (await import('./writes/extract.js')).findInArticle(db, article)
  }
}
