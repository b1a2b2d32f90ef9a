import { and, eq } from 'drizzle-orm'
import type { TObject } from 'typebox'
import { ArticleInputSchema } from '../../entities/articles/inputs.js'
import { EventInputSchema } from '../../entities/events/inputs.js'
import { ParticipantInputSchema } from '../../entities/participants/inputs.js'
import { StatementInputSchema } from '../../entities/statements/inputs.js'
import { checkIfMatch } from '../../lib/concurrency.js'
import { articleText, type ArticleText } from '../event-extraction.js'
import {
  ArticleNotFoundError, ConflictError, EventNotFoundError, ParticipantNotFoundError, ParticipationNotFoundError, StatementNotFoundError, UnprocessableError
} from '../../lib/errors.js'
import { checkMerged } from '../../lib/input.js'
import { mergePatch } from '../../lib/merge-patch.js'
import type { Storage, WriteOptions } from '../../storage/storage.js'
import { get, openDatabase, type Database } from './connection.js'
import { pendingMigrations } from './migrate.js'
import { ReadPool } from './read-pool.js'
import { OverBudgetError, withinBudget } from './read-budget.js'
import { BUDGETED_VERBS, found, PAGE_VERBS, readVerbs, type PageVerb, type ReadVerbs } from './read-verbs.js'
import { getArticles } from './reads/articles.js'
import { eventExists, getEvents } from './reads/events.js'
import { getParticipants } from './reads/participants.js'
import { participantInEvent } from './reads/related.js'
import { getStatements } from './reads/statements.js'
import { eventParticipants, events } from './tables/events.js'
import { articleInput, deleteArticle, saveArticle } from './writes/articles.js'
import { deleteEvent, eventInput, saveEvent } from './writes/events.js'
import { storeFindings } from './writes/extract.js'
import { createOnce } from './writes/idempotency.js'
import { exportLines, importRecords } from './writes/interchange.js'
import { deleteParticipant, participantInput, saveParticipant } from './writes/participants.js'
import { deleteStatement, saveStatement, statementInput } from './writes/statements.js'

/** How to read and write one record type, for the changes every type makes alike. */
interface Kind<Input, Record> {
  schema: TObject
  get: (id: string) => Record
  input: (db: Database, id: string) => Input
  save: (db: Database, input: Input, actor: string, existingId?: string) => string
}

export interface SqliteOptions {
  /** Open the file read-only. */
  readonly?: boolean
  /**
   * Worker threads for the verbs that answer pages (lists, sub-lists, timelines, search), whose cost
   * grows with the data, and for the extractors, whose cost grows with the article; 0 or undefined
   * runs them here, as does `:memory:` (which workers cannot share).
   */
  readWorkers?: number
  /** How long a read in a worker may run before it is stopped (a 503); none, no limit. */
  readTimeoutMs?: number
  /**
   * With workers, a list whose scan visits at most this many rows answers here, without a worker's
   * round trip; past it, and for searches and counts, a worker answers. 0 or undefined: workers only.
   */
  readLoopRows?: number
}

/**
 * The storage verbs on one SQLite file. Everything inside is synchronous (better-sqlite3), each
 * write one transaction; the verbs answer Promises for the engines that are not.
 * Pages and extraction may run in read workers (read-pool.ts), so that a costly list, search or
 * long article never holds the event loop, and are stopped past `readTimeoutMs`.
 */
export function sqliteStorage (path: string, options: SqliteOptions = {}): Storage & { db: Database } {
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

  // Pages run in the read workers when there are any, unless they are found cheap here first (a
  // scan within its budget of rows); lookups by id stay here (see SqliteOptions).
  const reads = readVerbs(db)
  const pool = path === ':memory:' || options.readWorkers === undefined || options.readWorkers === 0
    ? undefined
    : new ReadPool({ path, size: options.readWorkers, timeoutMs: options.readTimeoutMs })
  const inWorker = (verb: PageVerb) => async (...args: unknown[]) => await (pool as ReadPool).run(verb, args as never)
  const loopRows = options.readLoopRows ?? 0
  let closing = false
  const hereFirst = (verb: PageVerb) => {
    const here = reads[verb] as (...args: unknown[]) => Promise<unknown>
    // Once closing, the pool answers (a 503) for the connection about to close.
    return async (...args: unknown[]) => closing
      ? await inWorker(verb)(...args)
      : await withinBudget(db.$client, loopRows, () => here(...args))
        .catch(async (err: unknown) => { if (err instanceof OverBudgetError) return await inWorker(verb)(...args); throw err })
  }
  const pages = pool === undefined
    ? {}
    : Object.fromEntries(PAGE_VERBS.map((verb) => [verb, loopRows > 0 && BUDGETED_VERBS.has(verb) ? hereFirst(verb) : inWorker(verb)])) as Partial<ReadVerbs>
  // The extractors too: what they read of the participants, then CPU work that grows with the article.
  const findInArticle = (article: ArticleText) => {
    const text = articleText(article)
    return pool === undefined ? reads.findInArticle(text) : pool.run('findInArticle', [text])
  }

  return {
    db,
    ...reads,
    ...pages,

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

    createArticle: async (input, { actor, extract }, once) => {
      // extraction is CPU work: done before the write transaction, which only stores its result
      const found = extract === true ? await findInArticle(input) : undefined
      return createOnce(db, once, () => {
        const id = saveArticle(db, input, actor)
        if (found !== undefined) storeFindings(db, id, found, {}, actor)
        return getArticle(id)
      })
    },
    updateArticle: async (id, patch, options) => update(articleKind, id, patch, options),
    deleteArticle: async (id, options) => remove(getArticle, id, options, () => deleteArticle(db, id, options.cascade)),
    extractStatements: async (articleId, { actor, eventId }) => {
      const [article] = getArticles(db, [articleId])
      if (article === undefined) throw new ArticleNotFoundError(articleId)
      const found = await findInArticle(article)
      return db.transaction(() => storeFindings(db, articleId, found, { eventId }, actor))
    },

    exportLines: () => exportLines(db),
    importRecords: async (records, { actor }) => importRecords(db, records, actor),

    readiness: async () => {
      get(db, 'select 1')
      // Ready once the read workers are: the first lists do not wait for a thread to start.
      await pool?.whenReady()
      return { pendingMigrations: pendingMigrations(db) }
    },
    replicated: false,
    close: async () => {
      closing = true
      await pool?.close()
      db.$client.close()
    }
  }
}
