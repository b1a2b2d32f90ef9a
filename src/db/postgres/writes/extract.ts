import { eq } from 'drizzle-orm'
import type { Article } from '../../../entities/articles/schemas.js'
import { extractStatements } from '../../../extraction/extract.js'
import type { ExtractedStatement } from '../../../extraction/types.js'
import { ArticleNotFoundError, EventNotFoundError } from '../../../lib/errors.js'
import { extractedSpeaker, extractedStatement } from '../../inputs.js'
import { candidateBatches, extractionLanguage } from '../../speaker-candidates.js'
import type { ExtractionReport } from '../../../storage/storage.js'
import type { Queryable, Tx } from '../connection.js'
import { getArticles } from '../reads/articles.js'
import { participantIdsFor } from '../reads/names.js'
import { getParticipants } from '../reads/participants.js'
import { getStatements } from '../reads/statements.js'
import { eventArticles, events } from '../tables/events.js'
import { statements } from '../tables/statements.js'
import { missing, saveEvent } from './events.js'
import { saveParticipant } from './participants.js'
import { saveStatement } from './statements.js'

/** The event extracted statements belong to: the one asked for, the article's top event, or a new one. */
async function eventFor (tx: Tx, article: Article, eventId: string | undefined, actor: string): Promise<string> {
  if (eventId !== undefined) {
    if ((await missing(tx, events, [eventId])).size > 0) throw new EventNotFoundError(eventId)
    return eventId
  }
  const reported = await tx.orm.select({ id: events.id, parentId: events.parentId }).from(events)
    .innerJoin(eventArticles, eq(eventArticles.eventId, events.id))
    .where(eq(eventArticles.articleId, article.id)).orderBy(events.startDate, events.id)
  const ids = new Set(reported.map((e) => e.id))
  const top = reported.find((e) => e.parentId === null || !ids.has(e.parentId))
  if (top !== undefined) return top.id
  return await saveEvent(tx, { title: article.title, type: 'other', startDate: article.published, articles: [article.id] }, actor)
}

/**
 * What the extractor finds in an article (see SQLite's writes/extract.ts): reads and CPU only, so it
 * runs before the write transaction (and once, not again on each serialization retry). Speakers are
 * resolved against the participants the article's candidate names find, never against every one.
 */
export async function findStatements (db: Queryable, article: { body: string, language: string }): Promise<ExtractedStatement[]> {
  const language = extractionLanguage(article.language)
  const ids = new Set<string>()
  for (const names of candidateBatches(article.body, language)) {
    for (const id of await participantIdsFor(db, names)) ids.add(id)
  }
  return extractStatements({ body: article.body, language, participants: await getParticipants(db, [...ids]) })
}

/** Stores what `findStatements` found as `extracted` statements, only what is new; inside the write transaction. */
export async function storeStatements (tx: Tx, articleId: string, found: readonly ExtractedStatement[], options: { eventId?: string }, actor: string): Promise<ExtractionReport> {
  const [article] = await getArticles(tx.client, [articleId])
  if (article === undefined) throw new ArticleNotFoundError(articleId)
  const eventId = await eventFor(tx, article, options.eventId, actor)
  const stored = new Set((await tx.orm.select({ start: statements.start, end: statements.end }).from(statements)
    .where(eq(statements.articleId, articleId))).map((s) => `${s.start}:${s.end}`))
  const report: ExtractionReport = { event: eventId, created: [], participantsCreated: [], alreadyStored: 0, withoutSpeaker: 0 }
  const createdIds: string[] = []
  for (const statement of found) {
    if (stored.has(`${statement.start}:${statement.end}`)) { report.alreadyStored++; continue }
    if (statement.speaker === null) { report.withoutSpeaker++; continue }
    let speakerId = statement.speaker.id ?? (await participantIdsFor(tx.client, [statement.speaker.name]))[0]
    if (speakerId === undefined) {
      speakerId = await saveParticipant(tx, extractedSpeaker(statement.speaker, articleId), actor)
      report.participantsCreated.push(speakerId)
    }
    createdIds.push(await saveStatement(tx, extractedStatement(statement, eventId, speakerId, articleId), actor))
    stored.add(`${statement.start}:${statement.end}`)
  }
  report.created = await getStatements(tx.client, createdIds)
  return report
}
