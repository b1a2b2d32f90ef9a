import { and, eq } from 'drizzle-orm'
import type { TObject } from 'typebox'
import { ArticleInputSchema } from '../../entities/articles/inputs.js'
import { EMBEDDED_STATEMENTS_PER_EVENT, type Event } from '../../entities/events/schemas.js'
import { EventInputSchema } from '../../entities/events/inputs.js'
import { ParticipantInputSchema } from '../../entities/participants/inputs.js'
import { StatementInputSchema } from '../../entities/statements/inputs.js'
import { checkIfMatch } from '../../lib/concurrency.js'
import {
  ArticleNotFoundError, ConflictError, EventNotFoundError, ParticipantNotFoundError, ParticipationNotFoundError, StatementNotFoundError, UnprocessableError
} from '../../lib/errors.js'
import { checkMerged } from '../../lib/input.js'
import { mergePatch } from '../../lib/merge-patch.js'
import type { Page } from '../../lib/pagination.js'
import type { EventInclude, Storage, WriteOptions } from '../../storage/storage.js'
import { articleText, extractFindings, type ArticleText, type Findings } from '../event-extraction.js'
import { ExtractionPool } from '../extraction-pool.js'
import { extractionLanguage } from '../speaker-candidates.js'
import { embedInEvents as embedding, embedInStatements, participantTimeline, withRolesInEvent, withRolesOfParticipant } from '../related.js'
import { get, serializable, type Queryable, type Tx } from './connection.js'
import { pendingPgMigrations } from './migrate.js'
import { Nodes, type NodeSettings } from './nodes.js'
import { getArticles, listArticles } from './reads/articles.js'
import { listDeletions } from './reads/deletions.js'
import { eventExists, getEvents, listEvents } from './reads/events.js'
import { getParticipants, listParticipants, participantExists } from './reads/participants.js'
import { links, relatedSource } from './reads/related.js'
import { getStatements, listStatements } from './reads/statements.js'
import { searchCache } from './search-cache.js'
import { eventParticipants, events } from './tables/events.js'
import { articleInput, deleteArticle, saveArticle } from './writes/articles.js'
import { deleteEvent, eventInput, saveEvent } from './writes/events.js'
import { participantsNamedIn, storeFindings } from './writes/extract.js'
import { createOnce } from './writes/idempotency.js'
import { exportLines, importRecords } from './writes/interchange.js'
import { deleteParticipant, participantInput, saveParticipant } from './writes/participants.js'
import { deleteStatement, saveStatement, statementInput } from './writes/statements.js'

/** The first of a list of records by id, or the type's 404. */
async function found<T> (records: Promise<T[]>, NotFound: new (id: string) => Error, id: string): Promise<T> {
  const [record] = await records
  if (record === undefined) throw new NotFound(id)
  return record
}

/** How to read and write one record type, for the changes every type makes alike. */
interface Kind<Input, Record> {
  schema: TObject
  get: (db: Queryable, id: string) => Promise<Record>
  input: (tx: Tx, id: string) => Promise<Input>
  save: (tx: Tx, input: Input, actor: string, existingId?: string) => Promise<string>
}

const getEvent = async (db: Queryable, id: string) => await found(getEvents(db, [id]), EventNotFoundError, id)
const getParticipant = async (db: Queryable, id: string) => await found(getParticipants(db, [id]), ParticipantNotFoundError, id)
const getStatement = async (db: Queryable, id: string) => await found(getStatements(db, [id]), StatementNotFoundError, id)
const getArticle = async (db: Queryable, id: string) => await found(getArticles(db, [id]), ArticleNotFoundError, id)
const mustExist = (exists: boolean, NotFound: new (id: string) => Error, id: string) => { if (!exists) throw new NotFound(id) }

const eventKind = { schema: EventInputSchema, get: getEvent, input: eventInput, save: saveEvent }
const participantKind = { schema: ParticipantInputSchema, get: getParticipant, input: participantInput, save: saveParticipant }
const statementKind = { schema: StatementInputSchema, get: getStatement, input: statementInput, save: saveStatement }
const articleKind = { schema: ArticleInputSchema, get: getArticle, input: articleInput, save: saveArticle }

export interface PostgresOptions {
  /** Worker threads that run the extractors off the event loop (extraction-pool.ts); 0 or none: on it. */
  extractWorkers?: number
  /** An extraction that runs longer in its worker is stopped and answered with a 503. */
  extractTimeoutMs?: number
}

/**
 * The storage verbs on PostgreSQL: reads on a node that has the client's last write (a replica,
 * else the primary: nodes.ts), each write one SERIALIZABLE transaction on the primary, retried
 * when it could not be serialized, so that Idempotency-Key, If-Match and uniqueness checks hold
 * under any number of concurrent writers. The extractors' CPU work runs in extraction workers.
 */
export function postgresStorage (settings: NodeSettings, options: PostgresOptions = {}): Storage & { nodes: Nodes } {
  const nodes = new Nodes(settings)
  const pool = options.extractWorkers === undefined || options.extractWorkers === 0
    ? undefined
    : new ExtractionPool({ size: options.extractWorkers, timeoutMs: options.extractTimeoutMs })
  /**
   * What the extractors find in an article: the participants its names find, read here (a few
   * bounded queries), then the CPU work, which grows with the article, in a worker. Before, and
   * outside, the write transaction (and once, not again on each serialization retry).
   */
  const findInArticle = async (article: ArticleText): Promise<Findings> => {
    const text = articleText(article)
    const language = extractionLanguage(text.language)
    const participants = await participantsNamedIn(nodes.primary, text.body, language)
    return pool === undefined ? extractFindings(text, language, participants) : await pool.run('extractFindings', [text, language, participants])
  }
  const cache = searchCache()
  const write = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => await nodes.wrote(await serializable(nodes.primary, work))
  const single = <T>(page: { data: T[] }) => page.data[0] as T
  const embedInEvents = async <E extends Event>(db: Queryable, page: Page<E>, include: EventInclude[] | undefined) =>
    await embedding(relatedSource(db), page, include, EMBEDDED_STATEMENTS_PER_EVENT)

  /** A merge patch applied in one transaction, after `If-Match` is checked against the record as stored. */
  const update = async <Input, Record extends object>(kind: Kind<Input, Record>, id: string, patch: unknown, { actor, ifMatch }: WriteOptions) =>
    await write(async (tx) => {
      checkIfMatch(ifMatch, await kind.get(tx.client, id))
      await kind.save(tx, checkMerged<Input>(kind.schema, mergePatch(await kind.input(tx, id), patch)), actor, id)
      return await kind.get(tx.client, id)
    })
  const remove = async (get: (db: Queryable, id: string) => Promise<object>, id: string, { ifMatch }: WriteOptions, deleteIt: (tx: Tx) => Promise<void>) =>
    await write(async (tx) => {
      checkIfMatch(ifMatch, await get(tx.client, id))
      await deleteIt(tx)
    })
  const create = async <T extends object>(once: Parameters<typeof createOnce>[1], make: (tx: Tx) => Promise<T>) =>
    await write(async (tx) => await createOnce(tx, once, async () => await make(tx)))

  return {
    nodes,

    getEvent: async (id, include) => await nodes.read(async (db) => single(await embedInEvents(db, { data: [await getEvent(db, id)], nextCursor: null }, include))),
    listEvents: async (query) => await nodes.read(async (db) => await embedInEvents(db, await listEvents(db, cache, query), query.include)),
    eventTimeline: async (id, query) => await nodes.read(async (db) => {
      mustExist(await eventExists(db, id), EventNotFoundError, id)
      return await embedInEvents(db, await listEvents(db, cache, { ...query, sort: query.sort ?? 'startDate' }, { within: id }), query.include)
    }),
    listEventParticipants: async (id, query) => await nodes.read(async (db) => {
      mustExist(await eventExists(db, id), EventNotFoundError, id)
      return await withRolesInEvent(relatedSource(db), id, await listParticipants(db, query, { event: id }))
    }),
    listEventStatements: async (id, query) => await nodes.read(async (db) => {
      mustExist(await eventExists(db, id), EventNotFoundError, id)
      return await embedInStatements(relatedSource(db), await listStatements(db, cache, query, { event: id }), query.include)
    }),

    getParticipant: async (id) => await nodes.read(async (db) => await getParticipant(db, id)),
    listParticipants: async (query) => await nodes.read(async (db) => await listParticipants(db, query)),
    listParticipantEvents: async (id, query) => await nodes.read(async (db) => {
      mustExist(await participantExists(db, id), ParticipantNotFoundError, id)
      return await withRolesOfParticipant(relatedSource(db), id, await embedInEvents(db, await listEvents(db, cache, query, { participant: id }), query.include))
    }),
    listParticipantStatements: async (id, query) => await nodes.read(async (db) => {
      mustExist(await participantExists(db, id), ParticipantNotFoundError, id)
      return await embedInStatements(relatedSource(db), await listStatements(db, cache, query, { speaker: id }), query.include)
    }),
    participantTimeline: async (id, page) => await nodes.read(async (db) => {
      mustExist(await participantExists(db, id), ParticipantNotFoundError, id)
      return await participantTimeline(relatedSource(db), id, page)
    }),

    getStatement: async (id, include) => await nodes.read(async (db) =>
      single(await embedInStatements(relatedSource(db), { data: [await getStatement(db, id)], nextCursor: null }, include))),
    listStatements: async (query) => await nodes.read(async (db) => await embedInStatements(relatedSource(db), await listStatements(db, cache, query), query.include)),

    getArticle: async (id) => await nodes.read(async (db) => await getArticle(db, id)),
    listArticles: async (query) => await nodes.read(async (db) => await listArticles(db, cache, query)),

    search: async (query) => await nodes.read(async (db) => ({
      statements: await listStatements(db, cache, query),
      events: await listEvents(db, cache, query),
      articles: await listArticles(db, cache, query)
    })),
    listDeletions: async (query) => await nodes.read(async (db) => await listDeletions(db, query)),

    createEvent: async (input, { actor }, once) => await create(once, async (tx) => await getEvent(tx.client, await saveEvent(tx, input, actor))),
    updateEvent: async (id, patch, options) => await update(eventKind, id, patch, options),
    deleteEvent: async (id, options) => { await remove(getEvent, id, options, async (tx) => { await deleteEvent(tx, id, options.cascade) }) },
    addEventParticipant: async (id, { participantId, role }, { actor }) => await write(async (tx) => {
      mustExist(await eventExists(tx.client, id), EventNotFoundError, id)
      const [participant] = await getParticipants(tx.client, [participantId])
      if (participant === undefined) throw new UnprocessableError([{ in: 'body', name: 'participantId', reason: `names no participant ('${participantId}')` }])
      const roles = async () => (await links(tx.client, [id], [participantId])).map((l) => l.role)
      if ((await roles()).includes(role)) throw new ConflictError(`'${participantId}' already takes part in '${id}' as ${role}`)
      await tx.orm.insert(eventParticipants).values({ eventId: id, participantId, role })
      await tx.orm.update(events).set({ updatedBy: actor }).where(eq(events.id, id))
      return { ...(await getParticipants(tx.client, [participantId]))[0] ?? participant, roles: await roles() }
    }),
    removeEventParticipant: async (id, { participantId, role }, { actor }) => await write(async (tx) => {
      mustExist(await eventExists(tx.client, id), EventNotFoundError, id)
      const removed = await tx.orm.delete(eventParticipants).where(and(
        eq(eventParticipants.eventId, id),
        eq(eventParticipants.participantId, participantId),
        role === undefined ? undefined : eq(eventParticipants.role, role)
      ))
      if (removed.rowCount === 0) throw new ParticipationNotFoundError(participantId, id, role === undefined ? '' : ` as ${role}`)
      await tx.orm.update(events).set({ updatedBy: actor }).where(eq(events.id, id))
    }),

    createParticipant: async (input, { actor }, once) => await create(once, async (tx) => await getParticipant(tx.client, await saveParticipant(tx, input, actor))),
    updateParticipant: async (id, patch, options) => await update(participantKind, id, patch, options),
    deleteParticipant: async (id, options) => { await remove(getParticipant, id, options, async (tx) => { await deleteParticipant(tx, id, options.cascade) }) },

    createStatement: async (input, { actor }, once) => await create(once, async (tx) => await getStatement(tx.client, await saveStatement(tx, input, actor))),
    updateStatement: async (id, patch, options) => await update(statementKind, id, patch, options),
    deleteStatement: async (id, options) => { await remove(getStatement, id, options, async (tx) => { await deleteStatement(tx, id) }) },

    createArticle: async (input, { actor, extract }, once) => {
      // extraction is CPU work and reads: done before the write transaction, which only stores its result
      const found = extract === true ? await findInArticle(input) : undefined
      return await create(once, async (tx) => {
        const id = await saveArticle(tx, input, actor)
        if (found !== undefined) await storeFindings(tx, id, found, {}, actor)
        return await getArticle(tx.client, id)
      })
    },
    updateArticle: async (id, patch, options) => await update(articleKind, id, patch, options),
    deleteArticle: async (id, options) => { await remove(getArticle, id, options, async (tx) => { await deleteArticle(tx, id, options.cascade) }) },
    extractStatements: async (articleId, { actor, eventId }) => {
      const found = await findInArticle(await getArticle(nodes.primary, articleId))
      return await write(async (tx) => await storeFindings(tx, articleId, found, { eventId }, actor))
    },

    exportLines: () => exportLines(nodes.primary),
    importRecords: async (records, { actor }) => await write(async (tx) => await importRecords(tx, records, actor)),

    readiness: async () => {
      await get(nodes.primary, 'select 1')
      await pool?.whenReady()
      return { pendingMigrations: await pendingPgMigrations(nodes.primary), nodes: await nodes.status() }
    },
    close: async () => {
      await pool?.close()
      await nodes.close()
    },
    replicated: nodes.replicated
  }
}
