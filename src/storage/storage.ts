import type { Article, ArticleQuery } from '../entities/articles/schemas.js'
import type { DeletionQuery, Tombstone } from '../entities/deletions/schemas.js'
import type { Event, EventQuery, ParticipantEvent } from '../entities/events/schemas.js'
import type { RecordType } from '../entities/deletions/vocabulary.js'
import type { ParticipantRole } from '../entities/events/vocabulary.js'
import type { EventParticipant, Participant, ParticipantQuery } from '../entities/participants/schemas.js'
import type { Statement, StatementQuery } from '../entities/statements/schemas.js'
import type { Page, SerializedPage } from '../lib/pagination.js'
import type { ArticleInput, EventInput, ParticipantInput, StatementInput } from './inputs.js'

/**
 * What a list verb takes: the route's query, less what only shapes the answer (format, all). The
 * `fields` stay: an engine need not read what the answer leaves out (the representation projects).
 */
type ListOf<Query> = Omit<Query, 'format' | 'all'>
interface MaySerialize {
  /**
   * The answer is whole records in JSON (no `fields`): an engine may answer them serialised by its
   * database (SerializedPage) when nothing is embedded and no snippet is asked for.
   */
  json?: boolean
}
export type StatementList = ListOf<StatementQuery> & MaySerialize
export type EventList = ListOf<EventQuery> & MaySerialize
/** A page of records, or serialised when the list was asked for `json`. */
export type StatementPage = Page<Statement> | SerializedPage
export type EventPage = Page<Event> | SerializedPage
export type ParticipantList = ListOf<ParticipantQuery>
export type ArticleList = ListOf<ArticleQuery>
export type StatementInclude = NonNullable<StatementQuery['include']>[number]
export type EventInclude = NonNullable<EventQuery['include']>[number]

export interface PageRequest { cursor?: string, limit?: number }

export interface TimelineEntry {
  type: 'event' | 'statement'
  date: string
  event?: Event
  statement?: Statement
}

export interface SearchGroups {
  statements: Page<Statement>
  events: Page<Event>
  articles: Page<Article>
}

/** A POST made safe to retry: the first answer is kept under the client's key (per API key). */
export interface Once {
  owner: string
  key: string
  /** What the request was (method, URL, body): the same key with another request is refused. */
  fingerprint: string
}

export interface WriteOptions {
  /** The API key (by name) making the change: `updatedBy`. */
  actor: string
  /** The ETag the client last read (`If-Match`): the change is refused (412) if the record has changed since. */
  ifMatch?: string
}

export interface Created<T> {
  record: T
  /** True when an `Idempotency-Key` had been seen: the first answer, nothing written again. */
  replayed: boolean
}

export interface ExtractionReport {
  /** The article's main event: where statements go that no other event holds. */
  event: string
  created: Statement[]
  /** Speakers and actors the extractors named who were not known yet. */
  participantsCreated: string[]
  /** Events found and stored (`origin: extracted`), or the one made for the statements when none was found. */
  eventsCreated: string[]
  /** Events already stored that the article reports again: linked to it instead of made twice. */
  eventsLinked: string[]
  /** Found again: a statement with the same span is already stored. */
  alreadyStored: number
  /** Found, but with no speaker to attribute it to: left for an editor. */
  withoutSpeaker: number
}

export interface ImportRecord { line: number, type: RecordType, data: Record<string, unknown> }
export interface ImportReport { imported: Record<RecordType, number> }

/** One database node as /readyz reports it (engines with several nodes). */
export interface NodeStatus {
  /** `primary`, or `replica 1`, `replica 2`… in the configured order. */
  node: string
  ok: boolean
  /** How far a replica has replayed the primary's log (its commit position). */
  replayed?: string
}

export interface Readiness {
  /** Migrations the database has not applied yet. */
  pendingMigrations: number
  /** Each node, when there are several. */
  nodes?: NodeStatus[]
}

/**
 * The storage boundary: every read and write the API makes, as verbs that take plain data and
 * answer Promises, so that each engine (SQLite in src/db/sqlite/, PostgreSQL next) implements
 * them its own way. Missing records are typed errors (404s); bad values, 400s and 422s. List verbs
 * answer finished pages, with what `include` asks for embedded; sub-lists (`…Statements(id, query)`)
 * combine the path's record with the client's own filters.
 */
export interface Storage {
  getEvent: (id: string, include?: EventInclude[]) => Promise<Event>
  listEvents: (query: EventList) => Promise<EventPage>
  /** The event and every event below it, with the filters of the query. */
  eventTimeline: (id: string, query: EventList) => Promise<EventPage>
  listEventParticipants: (id: string, query: ParticipantList) => Promise<Page<EventParticipant>>
  listEventStatements: (id: string, query: StatementList) => Promise<StatementPage>

  getParticipant: (id: string) => Promise<Participant>
  listParticipants: (query: ParticipantList) => Promise<Page<Participant>>
  listParticipantEvents: (id: string, query: EventList) => Promise<Page<ParticipantEvent>>
  listParticipantStatements: (id: string, query: StatementList) => Promise<StatementPage>
  participantTimeline: (id: string, page: PageRequest) => Promise<Page<TimelineEntry>>

  getStatement: (id: string, include?: StatementInclude[]) => Promise<Statement>
  listStatements: (query: StatementList) => Promise<StatementPage>

  getArticle: (id: string) => Promise<Article>
  listArticles: (query: ArticleList) => Promise<Page<Article>>

  /** The best hits of each type for one search. */
  search: (query: { q: string, limit?: number, count?: boolean }) => Promise<SearchGroups>
  listDeletions: (query: DeletionQuery) => Promise<Page<Tombstone>>

  createEvent: (input: EventInput, options: WriteOptions, once?: Once) => Promise<Created<Event>>
  updateEvent: (id: string, patch: unknown, options: WriteOptions) => Promise<Event>
  deleteEvent: (id: string, options: WriteOptions & { cascade: boolean }) => Promise<void>
  addEventParticipant: (id: string, link: { participantId: string, role: ParticipantRole }, options: WriteOptions) => Promise<EventParticipant>
  removeEventParticipant: (id: string, link: { participantId: string, role?: ParticipantRole }, options: WriteOptions) => Promise<void>

  createParticipant: (input: ParticipantInput, options: WriteOptions, once?: Once) => Promise<Created<Participant>>
  updateParticipant: (id: string, patch: unknown, options: WriteOptions) => Promise<Participant>
  deleteParticipant: (id: string, options: WriteOptions & { cascade: boolean }) => Promise<void>

  createStatement: (input: StatementInput, options: WriteOptions, once?: Once) => Promise<Created<Statement>>
  updateStatement: (id: string, patch: unknown, options: WriteOptions) => Promise<Statement>
  deleteStatement: (id: string, options: WriteOptions & { cascade: boolean }) => Promise<void>

  /** With `extract`, the extractors run on it first (outside the write transaction) and its events and statements are stored with the article, atomically. */
  createArticle: (input: ArticleInput, options: WriteOptions & { extract?: boolean }, once?: Once) => Promise<Created<Article>>
  updateArticle: (id: string, patch: unknown, options: WriteOptions) => Promise<Article>
  deleteArticle: (id: string, options: WriteOptions & { cascade: boolean }) => Promise<void>
  extractStatements: (articleId: string, options: WriteOptions & { eventId?: string }) => Promise<ExtractionReport>

  /** Every record, in an order `importRecords` takes back: NDJSON lines, streamed. */
  exportLines: () => Iterable<string> | AsyncIterable<string>
  /** All applied in one transaction, or none (a 422 listing each problem by line). */
  importRecords: (records: ImportRecord[], options: WriteOptions) => Promise<ImportReport>

  readiness: () => Promise<Readiness>
  close: () => Promise<void>
  /**
   * Whether a read may be answered by a replica: only then does a request carry a consistency
   * record (src/storage/consistency.ts), whose per-request context costs every request on Node 20.
   */
  readonly replicated: boolean
}
