// The fast path of an import on PostgreSQL: new records inserted many at a time (multi-row inserts
// through json_populate_recordset, as db:generate loads), with the same checks as one at a time.
//
// Each record type says what its checks read (facts fetched for a whole window of lines in a few
// queries) and which keys a line reads and writes. A line takes the fast path when its id is new and
// its check passes on those facts; any other line (a replacement, a line with a problem) goes the way
// it always went, alone, after the fast lines before it are written. A line that reads a key an
// earlier line of the window wrote (an event under one imported just before, an id twice) starts a
// new window, so that every fact is read as the line-by-line import would have read it.
import { getTableColumns, getTableName } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { ArticleInput } from '../../../entities/articles/inputs.js'
import type { RecordType } from '../../../entities/deletions/vocabulary.js'
import type { EventInput } from '../../../entities/events/inputs.js'
import type { ParticipantInput } from '../../../entities/participants/inputs.js'
import type { StatementInput } from '../../../entities/statements/inputs.js'
import { articleRow, bodyHashOf, checkEvent, checkParticipant, checkStatement, eventRow, participantRow, statementRow } from '../../inputs.js'
import { all, type Tx } from '../connection.js'
import { insertRecordset } from '../recordset.js'
import { articles } from '../tables/articles.js'
import { eventArticles, eventParticipants, events } from '../tables/events.js'
import { participantAliases, participants } from '../tables/participants.js'
import { statementMentions, statements } from '../tables/statements.js'

/** Lines whose facts are fetched together. */
export const WINDOW = 1000

/** A line's rows: the record's own, then its links, as Drizzle rows of these tables. */
export interface Rows { main: Record<string, unknown>, links: Array<[PgTable, Array<Record<string, unknown>>]> }

/** What the fast path knows of one record type. */
export interface BatchKind<I, F> {
  table: PgTable & { id: unknown }
  /** The facts the checks of these lines read, as the database has them now. */
  facts: (tx: Tx, inputs: I[]) => Promise<F>
  /** Keys of what the line's check reads (its own id included): `type:id`, `hash:…`. */
  reads: (input: I, facts: F) => string[]
  /** Keys of what storing it changes. */
  writes: (input: I) => string[]
  /** Its rows when it is new and passes its check; undefined sends it the line-by-line way. */
  rows: (input: I, facts: F, actor: string) => Rows | undefined
}

const ids = async (tx: Tx, table: string, wanted: Iterable<string>): Promise<Set<string>> =>
  new Set((await all<{ id: string }>(tx.client, `select id from ${table} where id = any(?)`, [[...new Set(wanted)]])).map((r) => r.id))

/** A check's verdict: passes or not (what is wrong is for the line-by-line way to say). */
const passes = (check: () => void): boolean => {
  try {
    check()
    return true
  } catch {
    return false
  }
}

const article: BatchKind<ArticleInput & { id: string }, { taken: Set<string>, hashes: Set<string> }> = {
  table: articles,
  facts: async (tx, inputs) => ({
    taken: await ids(tx, 'articles', inputs.map((i) => i.id)),
    hashes: new Set((await all<{ h: string }>(tx.client, 'select body_hash as h from articles where body_hash = any(?)',
      [inputs.map((i) => bodyHashOf(i.body))])).map((r) => r.h))
  }),
  reads: (input) => [`article:${input.id}`, `hash:${bodyHashOf(input.body)}`],
  writes: (input) => [`article:${input.id}`, `hash:${bodyHashOf(input.body)}`],
  rows: (input, facts, actor) => {
    const hash = bodyHashOf(input.body)
    // checkArticle passes a new id whose text is nowhere else.
    if (facts.taken.has(input.id) || facts.hashes.has(hash)) return undefined
    return { main: { id: input.id, ...articleRow(input, hash, actor) }, links: [] }
  }
}

const participant: BatchKind<ParticipantInput & { id: string }, { taken: Set<string>, owned: Set<string> }> = {
  table: participants,
  facts: async (tx, inputs) => ({
    taken: await ids(tx, 'participants', inputs.map((i) => i.id)),
    owned: new Set((await all<{ w: string }>(tx.client, 'select wikidata_id as w from participants where wikidata_id = any(?)',
      [inputs.flatMap((i) => i.wikidataId ?? [])])).map((r) => r.w))
  }),
  reads: (input) => [`participant:${input.id}`, ...(input.wikidataId == null ? [] : [`wikidata:${input.wikidataId}`])],
  writes: (input) => [`participant:${input.id}`, ...(input.wikidataId == null ? [] : [`wikidata:${input.wikidataId}`])],
  rows: (input, facts, actor) => {
    if (facts.taken.has(input.id) || (input.wikidataId != null && facts.owned.has(input.wikidataId))) return undefined
    if (!passes(() => checkParticipant(input, undefined))) return undefined
    return {
      main: { id: input.id, ...participantRow(input, actor) },
      links: [[participantAliases, (input.aliases ?? []).map((a) => ({ participantId: input.id, ...a }))]]
    }
  }
}

interface EventBatchFacts { events: Set<string>, ancestors: Map<string, string[]>, articles: Set<string>, bodies: Map<string, string>, participants: Set<string> }

const event: BatchKind<EventInput & { id: string }, EventBatchFacts> = {
  table: events,
  facts: async (tx, inputs) => {
    const parents = [...new Set(inputs.flatMap((i) => i.parentId ?? []))]
    const ancestors = new Map<string, string[]>()
    // Every event above each parent, as the line-by-line check walks it.
    for (const { start, id } of await all<{ start: string, id: string }>(tx.client, `with recursive up(start, id) as (
        select p, p from unnest(?::text[]) p join events e on e.id = p
        union select up.start, e.parent_id from events e join up on e.id = up.id where e.parent_id is not null)
      select start, id from up`, [parents])) ancestors.set(start, [...(ancestors.get(start) ?? []), id])
    const sources = [...new Set(inputs.flatMap((i) => i.source?.article ?? []))]
    return {
      events: await ids(tx, 'events', [...inputs.map((i) => i.id), ...parents]),
      ancestors,
      articles: await ids(tx, 'articles', inputs.flatMap((i) => i.articles ?? [])),
      bodies: new Map((await all<{ id: string, body: string }>(tx.client, 'select id, body from articles where id = any(?)', [sources])).map((r) => [r.id, r.body])),
      participants: await ids(tx, 'participants', inputs.flatMap((i) => (i.participants ?? []).map((p) => p.id)))
    }
  },
  reads: (input, facts) => [`event:${input.id}`, ...(input.parentId == null ? [] : [`event:${input.parentId}`, ...(facts.ancestors.get(input.parentId) ?? []).map((a) => `event:${a}`)])],
  writes: (input) => [`event:${input.id}`],
  rows: (input, facts, actor) => {
    if (facts.events.has(input.id)) return undefined
    const parentExists = input.parentId != null && facts.events.has(input.parentId)
    const sourceBody = input.source == null ? undefined : facts.bodies.get(input.source.article)
    const known = {
      parentExists,
      ancestors: parentExists ? facts.ancestors.get(input.parentId as string) ?? [] : [],
      absentArticles: new Set((input.articles ?? []).filter((a) => !facts.articles.has(a))),
      absentParticipants: new Set((input.participants ?? []).map((p) => p.id).filter((p) => !facts.participants.has(p))),
      ...(sourceBody === undefined ? {} : { sourceBody })
    }
    if (!passes(() => checkEvent(input.id, input, known))) return undefined
    return {
      main: { id: input.id, ...eventRow(input, actor) },
      links: [
        [eventArticles, (input.articles ?? []).map((articleId) => ({ eventId: input.id, articleId }))],
        [eventParticipants, (input.participants ?? []).map((p) => ({ eventId: input.id, participantId: p.id, role: p.role }))]
      ]
    }
  }
}

interface StatementBatchFacts { taken: Set<string>, events: Set<string>, participants: Set<string>, articles: Map<string, { body: string, language: string }> }

const statement: BatchKind<StatementInput & { id: string }, StatementBatchFacts> = {
  table: statements,
  facts: async (tx, inputs) => ({
    taken: await ids(tx, 'statements', inputs.map((i) => i.id)),
    events: await ids(tx, 'events', inputs.map((i) => i.eventId)),
    participants: await ids(tx, 'participants', inputs.flatMap((i) => [i.speakerId, ...(i.mentions ?? [])])),
    articles: new Map((await all<{ id: string, body: string, language: string }>(tx.client, 'select id, body, language from articles where id = any(?)',
      [[...new Set(inputs.map((i) => i.source.article))]])).map(({ id, ...article }) => [id, article]))
  }),
  reads: (input) => [`statement:${input.id}`],
  writes: (input) => [`statement:${input.id}`],
  rows: (input, facts, actor) => {
    if (facts.taken.has(input.id)) return undefined
    const mentioned = [...new Set(input.mentions ?? [])]
    const article = facts.articles.get(input.source.article)
    const known = {
      eventExists: facts.events.has(input.eventId),
      speakerExists: facts.participants.has(input.speakerId),
      knownMentions: new Set(mentioned.filter((id) => facts.participants.has(id))),
      ...(article === undefined ? {} : { article })
    }
    if (!passes(() => checkStatement(input, known))) return undefined
    return {
      main: { id: input.id, ...statementRow(input, article?.language, actor) },
      links: [[statementMentions, (input.mentions ?? []).map((participantId) => ({ statementId: input.id, participantId }))]]
    }
  }
}

export const BATCH_KINDS: Record<RecordType, BatchKind<any, any>> = { article, participant, event, statement }

/** Inserts Drizzle rows of one table (every row with the same keys) in multi-row statements. */
export async function insertRows (tx: Tx, table: PgTable, rows: Array<Record<string, unknown>>): Promise<void> {
  const first = rows[0]
  if (first === undefined) return
  const columns = getTableColumns(table)
  const keys = Object.keys(first)
  const named = keys.map((key) => {
    const column = columns[key]
    if (column === undefined) throw new Error(`${key} is no column of the table`)
    return column.name
  })
  await insertRecordset(tx.client, getTableName(table), named, rows.map((row) => Object.fromEntries(keys.map((key, i) => [named[i], row[key] ?? null]))))
}
