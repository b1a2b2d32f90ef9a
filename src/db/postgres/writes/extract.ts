import { eq } from 'drizzle-orm'
import type { Article } from '../../../entities/articles/schemas.js'
import type { ExtractedActor, ExtractedEvent } from '../../../extraction/events/types.js'
import type { Language } from '../../../extraction/types.js'
import type { Participant } from '../../../entities/participants/schemas.js'
import { ArticleNotFoundError, EventNotFoundError } from '../../../lib/errors.js'
import { eventOfStatement, extractedActor, extractedEventInput, mainFirst, newActorsOf, placedAt, placeReported, twinCandidates, twinOf, type Findings, type Placed } from '../../event-extraction.js'
import { extractedSpeaker, extractedStatement } from '../../inputs.js'
import { candidateBatches } from '../../speaker-candidates.js'
import type { ExtractionReport } from '../../../storage/storage.js'
import { LISTS, rows, type Queryable, type Tx } from '../connection.js'
import { getArticles } from '../reads/articles.js'
import { participantIdsFor } from '../reads/names.js'
import { getParticipants } from '../reads/participants.js'
import { getStatements } from '../reads/statements.js'
import { eventArticles, eventParticipants, events } from '../tables/events.js'
import { statements } from '../tables/statements.js'
import { missing, saveEvent } from './events.js'
import { saveParticipant } from './participants.js'
import { saveStatement } from './statements.js'

/**
 * The participants an article's candidate names find (see SQLite's writes/extract.ts): what its
 * speakers and actors are resolved against, never every participant. Reads only; the extractors'
 * CPU work (extractFindings) runs apart from it, in an extraction worker when there is one.
 */
export async function participantsNamedIn (db: Queryable, body: string, language: Language | undefined): Promise<Participant[]> {
  const ids = new Set<string>()
  for (const names of candidateBatches(body, language)) {
    for (const id of await participantIdsFor(db, names)) ids.add(id)
  }
  return await getParticipants(db, [...ids])
}

/** Each actor as a participant id: matched, found by name or alias, or a new `extracted` one (made once per article). */
async function actorIds (tx: Tx, actors: readonly ExtractedActor[], articleId: string, actor: string, named: Map<string, string>, created: string[]): Promise<string[]> {
  const ids: string[] = []
  for (const found of actors) {
    let id = found.id ?? named.get(found.name) ?? (await participantIdsFor(tx.client, [found.name]))[0]
    if (id === undefined) {
      id = await saveParticipant(tx, extractedActor(found, articleId), actor)
      created.push(id)
    }
    named.set(found.name, id)
    ids.push(id)
  }
  return ids
}

/** Stores the events found in a new article: the main one, then its sub-events under it, each linked to its stored twin instead of made twice. */
async function storeEvents (tx: Tx, article: Article, found: readonly ExtractedEvent[], actor: string): Promise<Placed> {
  const placed = placedAt('')
  const named = new Map<string, string>()
  for (const event of mainFirst(found)) {
    const ids = await actorIds(tx, event.participants, article.id, actor, named, placed.participantsCreated)
    const input = extractedEventInput(event, article, ids, placed.main === '' ? null : placed.main)
    const { text, params } = twinCandidates(LISTS, 'json_agg(ep.participant_id)', input, article.id)
    const twin = twinOf(await rows(tx.client, text, params), input)
    let id: string
    if (twin === undefined) {
      id = await saveEvent(tx, input, actor)
      placed.created.push(id)
    } else {
      await tx.orm.insert(eventArticles).values({ eventId: twin.id, articleId: article.id }).onConflictDoNothing()
      const added = newActorsOf(twin, input)
      if (added.length > 0) await tx.orm.insert(eventParticipants).values(added).onConflictDoNothing()
      id = twin.id
      placed.linked.push(id)
    }
    if (placed.main === '') placed.main = id
    placed.scopes.push({ scope: event.scope, id })
  }
  return placed
}

/** The events extracted statements belong to (see SQLite's writes/extract.ts). */
async function placeEvents (tx: Tx, article: Article, found: readonly ExtractedEvent[], eventId: string | undefined, actor: string): Promise<Placed> {
  if (eventId !== undefined) {
    if ((await missing(tx, events, [eventId])).size > 0) throw new EventNotFoundError(eventId)
    return placedAt(eventId)
  }
  const reported = await tx.orm.select({ id: events.id, parentId: events.parentId, sourceArticleId: events.sourceArticleId, start: events.sourceStart, end: events.sourceEnd })
    .from(events).innerJoin(eventArticles, eq(eventArticles.eventId, events.id))
    .where(eq(eventArticles.articleId, article.id)).orderBy(events.startDate, events.id)
  if (reported.length > 0) return placeReported(reported, found, article.id)
  if (found.length > 0) return await storeEvents(tx, article, found, actor)
  const placeholder = await saveEvent(tx, { title: article.title, type: 'other', startDate: article.published, articles: [article.id] }, actor)
  return { ...placedAt(placeholder), created: [placeholder] }
}

/** Stores what `findInArticle` found: its events, then its statements, only what is new; inside the write transaction. */
export async function storeFindings (tx: Tx, articleId: string, found: Findings, options: { eventId?: string }, actor: string): Promise<ExtractionReport> {
  const [article] = await getArticles(tx.client, [articleId])
  if (article === undefined) throw new ArticleNotFoundError(articleId)
  const placed = await placeEvents(tx, article, found.events, options.eventId, actor)
  const stored = new Set((await tx.orm.select({ start: statements.start, end: statements.end }).from(statements)
    .where(eq(statements.articleId, articleId))).map((s) => `${s.start}:${s.end}`))
  const report: ExtractionReport = {
    event: placed.main, created: [], participantsCreated: placed.participantsCreated, eventsCreated: placed.created, eventsLinked: placed.linked, alreadyStored: 0, withoutSpeaker: 0
  }
  const createdIds: string[] = []
  for (const statement of found.statements) {
    if (stored.has(`${statement.start}:${statement.end}`)) { report.alreadyStored++; continue }
    if (statement.speaker === null) { report.withoutSpeaker++; continue }
    let speakerId = statement.speaker.id ?? (await participantIdsFor(tx.client, [statement.speaker.name]))[0]
    if (speakerId === undefined) {
      speakerId = await saveParticipant(tx, extractedSpeaker(statement.speaker, articleId), actor)
      report.participantsCreated.push(speakerId)
    }
    const eventId = options.eventId ?? eventOfStatement(statement, placed.scopes, placed.main)
    createdIds.push(await saveStatement(tx, extractedStatement(statement, eventId, speakerId, articleId), actor))
    stored.add(`${statement.start}:${statement.end}`)
  }
  report.created = await getStatements(tx.client, createdIds)
  return report
}
