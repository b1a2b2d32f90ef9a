import { and, eq } from 'drizzle-orm'
import type { TObject } from 'typebox'
import { ArticleInputSchema } from '../../entities/articles/inputs.js'
import { EventInputSchema } from '../../entities/events/inputs.js'
import { ParticipantInputSchema } from '../../entities/participants/inputs.js'
import { StatementInputSchema } from '../../entities/statements/inputs.js'
import { checkIfMatch } from '../../lib/concurrency.js'
import {
  ArticleNotFoundError, ConflictError, EventNotFoundError, ParticipantNotFoundError, ParticipationNotFoundError, StatementNotFoundError, UnprocessableError
} from '../../lib/errors.js'
import { checkMerged } from '../../lib/input.js'
import { mergePatch } from '../../lib/merge-patch.js'
import type { Event } from '../../entities/events/schemas.js'
import type { Page } from '../../lib/pagination.js'
import type { EventInclude, Storage, WriteOptions } from '../../storage/storage.js'
import { EMBEDDED_STATEMENTS_PER_EVENT } from '../../entities/events/schemas.js'
import { embedInStatements, embedInEvents as embedding, participantTimeline, withRolesInEvent, withRolesOfParticipant } from '../related.js'
import { get, openDatabase, type Database } from './connection.js'
import { pendingMigrations } from './migrate.js'
import { getArticles, listArticles } from './reads/articles.js'
import { listDeletions } from './reads/deletions.js'
import { eventExists, getEvents, listEvents } from './reads/events.js'
import { getParticipants, listParticipants, participantExists } from './reads/participants.js'
import { participantInEvent, relatedSource } from './reads/related.js'
import { getStatements, listStatements } from './reads/statements.js'
import { eventParticipants, events } from './tables/events.js'
import { articleInput, deleteArticle, saveArticle } from './writes/articles.js'
import { deleteEvent, eventInput, saveEvent } from './writes/events.js'
import { extractIntoArticle } from './writes/extract.js'
import { createOnce } from './writes/idempotency.js'
import { exportLines, importRecords } from './writes/interchange.js'
import { deleteParticipant, participantInput, saveParticipant } from './writes/participants.js'
import { deleteStatement, saveStatement, statementInput } from './writes/statements.js'

/** The first of a list of records by id, or the type's 404. */
function found<T> (records: T[], NotFound: new (id: string) => Error, id: string): T {
  const [record] = records
  if (record === undefined) throw new NotFound(id)
  return record
}

/** How to read and write one record type, for the changes every type makes alike. */
interface Kind<Input, Record> {
  schema: TObject
  get: (id: string) => Record
  input: (db: Database, id: string) => Input
  save: (db: Database, input: Input, actor: string, existingId?: string) => string
}

/**
 * The storage verbs on one SQLite file. Everything inside is synchronous (better-sqlite3), each
 * write one transaction; the verbs answer Promises for the engines that are not.
 */
export function sqliteStorage (path: string, options: { readonly?: boolean } = {}): Storage & { db: Database } {
  const db = openDatabase(path, options)

  const getEvent = (id: string) => found(getEvents(db, [id]), EventNotFoundError, id)
  const getParticipant = (id: string) => found(getParticipants(db, [id]), ParticipantNotFoundError, id)
  const getStatement = (id: string) => found(getStatements(db, [id]), StatementNotFoundError, id)
  const getArticle = (id: string) => found(getArticles(db, [id]), ArticleNotFoundError, id)
  const mustExist = (exists: boolean, NotFound: new (id: string) => Error, id: string) => { if (!exists) throw new NotFound(id) }

  /** A merge patch applied in one transaction, after `If-Match` is checked against the record as stored. */
  const update = <Input, Record extends object>(kind: Kind<Input, Record>, id: string, patch: unknown, { actor, ifMatch }: WriteOptions) =>
    db.transaction(() => {
      checkIfMatch(ifMatch, kind.get(id))
      kind.save(db, checkMerged<Input>(kind.schema, mergePatch(kind.input(db, id), patch)), actor, id)
      return kind.get(id)
    })
  const remove = (get: (id: string) => object, id: string, { ifMatch }: WriteOptions, deleteIt: () => void) =>
    db.transaction(() => {
      checkIfMatch(ifMatch, get(id))
      deleteIt()
    })

  const eventKind = { schema: EventInputSchema, get: getEvent, input: eventInput, save: saveEvent }
  const participantKind = { schema: ParticipantInputSchema, get: getParticipant, input: participantInput, save: saveParticipant }
  const statementKind = { schema: StatementInputSchema, get: getStatement, input: statementInput, save: saveStatement }
  const articleKind = { schema: ArticleInputSchema, get: getArticle, input: articleInput, save: saveArticle }
  const single = <T>(page: { data: T[] }) => page.data[0] as T
  const related = relatedSource(db)
  const embedInEvents = <E extends Event>(page: Page<E>, include: EventInclude[] | undefined) =>
    embedding(related, page, include, EMBEDDED_STATEMENTS_PER_EVENT)

  return {
    db,

    getEvent: async (id, include) => single(await embedInEvents({ data: [getEvent(id)], nextCursor: null }, include)),
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

    getParticipant: async (id) => getParticipant(id),
    listParticipants: async (query) => listParticipants(db, query),
    listParticipantEvents: async (id, query) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      return withRolesOfParticipant(related, id, await embedInEvents(listEvents(db, query, { participant: id }), query.include))
    },
    listParticipantStatements: async (id, query) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      return embedInStatements(related, listStatements(db, query, { speaker: id }), query.include)
    },
    participantTimeline: async (id, page) => {
      mustExist(participantExists(db, id), ParticipantNotFoundError, id)
      return participantTimeline(related, id, page)
    },

    getStatement: async (id, include) => single(await embedInStatements(related, { data: [getStatement(id)], nextCursor: null }, include)),
    listStatements: async (query) => embedInStatements(related, listStatements(db, query), query.include),

    getArticle: async (id) => getArticle(id),
    listArticles: async (query) => listArticles(db, query),

    search: async (query) => ({
      statements: listStatements(db, query),
      events: listEvents(db, query),
      articles: listArticles(db, query)
    }),
    listDeletions: async (query) => listDeletions(db, query),

    createEvent: async (input, { actor }, once) => createOnce(db, once, () => getEvent(saveEvent(db, input, actor))),
    updateEvent: async (id, patch, options) => update(eventKind, id, patch, options),
    deleteEvent: async (id, options) => remove(getEvent, id, options, () => deleteEvent(db, id, options.cascade)),
    addEventParticipant: async (id, { participantId, role }, { actor }) => db.transaction(() => {
      mustExist(eventExists(db, id), EventNotFoundError, id)
      const current = participantInEvent(db, id, participantId)
      if (current === undefined) throw new UnprocessableError([{ in: 'body', name: 'participantId', reason: `names no participant ('${participantId}')` }])
      if (current.roles.includes(role)) throw new ConflictError(`'${participantId}' already takes part in '${id}' as ${role}`)
      db.insert(eventParticipants).values({ eventId: id, participantId, role }).run()
      db.update(events).set({ updatedBy: actor }).where(eq(events.id, id)).run()
      return participantInEvent(db, id, participantId) as NonNullable<typeof current>
    }),
    removeEventParticipant: async (id, { participantId, role }, { actor }) => db.transaction(() => {
      mustExist(eventExists(db, id), EventNotFoundError, id)
      const removed = db.delete(eventParticipants).where(and(
        eq(eventParticipants.eventId, id),
        eq(eventParticipants.participantId, participantId),
        role === undefined ? undefined : eq(eventParticipants.role, role)
      )).run()
      if (removed.changes === 0) throw new ParticipationNotFoundError(participantId, id, role === undefined ? '' : ` as ${role}`)
      db.update(events).set({ updatedBy: actor }).where(eq(events.id, id)).run()
    }),

    createParticipant: async (input, { actor }, once) => createOnce(db, once, () => getParticipant(saveParticipant(db, input, actor))),
    updateParticipant: async (id, patch, options) => update(participantKind, id, patch, options),
    deleteParticipant: async (id, options) => remove(getParticipant, id, options, () => deleteParticipant(db, id, options.cascade)),

    createStatement: async (input, { actor }, once) => createOnce(db, once, () => getStatement(saveStatement(db, input, actor))),
    updateStatement: async (id, patch, options) => update(statementKind, id, patch, options),
    deleteStatement: async (id, options) => remove(getStatement, id, options, () => deleteStatement(db, id)),

    createArticle: async (input, { actor, extract }, once) => createOnce(db, once, () => {
      const id = saveArticle(db, input, actor)
      if (extract === true) extractIntoArticle(db, id, {}, actor)
      return getArticle(id)
    }),
    updateArticle: async (id, patch, options) => update(articleKind, id, patch, options),
    deleteArticle: async (id, options) => remove(getArticle, id, options, () => deleteArticle(db, id, options.cascade)),
    extractStatements: async (articleId, { actor, eventId }) => db.transaction(() => extractIntoArticle(db, articleId, { eventId }, actor)),

    exportLines: () => exportLines(db),
    importRecords: async (records, { actor }) => importRecords(db, records, actor),

    readiness: async () => {
      get(db, 'select 1')
      return { pendingMigrations: pendingMigrations(db) }
    },
    close: async () => { db.$client.close() }
  }
}
