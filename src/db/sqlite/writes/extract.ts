import { eq } from 'drizzle-orm'
import type { Database } from '../connection.js'
import { extractStatements } from '../../../extraction/extract.js'
import type { ExtractedStatement } from '../../../extraction/types.js'
import { ArticleNotFoundError, EventNotFoundError } from '../../../lib/errors.js'
import { extractedSpeaker, extractedStatement } from '../../inputs.js'
import { candidateBatches, extractionLanguage } from '../../speaker-candidates.js'
import { eventArticles, events } from '../tables/events.js'
import { saveEvent } from './events.js'
import { getParticipants } from '../reads/participants.js'
import { participantIdsFor } from '../reads/names.js'
import { saveParticipant } from './participants.js'
import { getStatements } from '../reads/statements.js'
import type { Article } from '../../../entities/articles/schemas.js'
import type { ExtractionReport } from '../../../storage/storage.js'
import { statements } from '../tables/statements.js'
import { saveStatement } from './statements.js'
import { getArticles } from '../reads/articles.js'

/** The event extracted statements belong to: the one asked for, the article's top event, or a new one. */
function eventFor (db: Database, article: Article, eventId: string | undefined, actor: string): string {
  if (eventId !== undefined) {
    if (db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get() === undefined) throw new EventNotFoundError(eventId)
    return eventId
  }
  const reported = db.select({ id: events.id, parentId: events.parentId }).from(events)
    .innerJoin(eventArticles, eq(eventArticles.eventId, events.id))
    .where(eq(eventArticles.articleId, article.id)).orderBy(events.startDate, events.id).all()
  const ids = new Set(reported.map((e) => e.id))
  const top = reported.find((e) => e.parentId === null || !ids.has(e.parentId))
  if (top !== undefined) return top.id
  return saveEvent(db, { title: article.title, type: 'other', startDate: article.published, articles: [article.id] }, actor)
}

/**
 * What the extractor finds in an article: reads and CPU only, so it runs before (outside) the write
 * transaction. Speakers are resolved against the participants the article's candidate names find
 * in the name index, never against every participant.
 */
export function findStatements (db: Database, article: { body: string, language: string }): ExtractedStatement[] {
  const language = extractionLanguage(article.language)
  const ids = new Set<string>()
  for (const names of candidateBatches(article.body, language)) {
    for (const id of participantIdsFor(db, names)) ids.add(id)
  }
  return extractStatements({ body: article.body, language, participants: getParticipants(db, [...ids]) })
}

/**
 * Stores what `findStatements` found in a stored article as `extracted` statements with their
 * confidence: speakers matched to known participants by name or alias, or created (as `extracted`
 * participants) when new. Storing again adds only what is new. Call it inside a transaction.
 */
export function storeStatements (db: Database, articleId: string, found: readonly ExtractedStatement[], options: { eventId?: string }, actor: string): ExtractionReport {
  const [article] = getArticles(db, [articleId])
  if (article === undefined) throw new ArticleNotFoundError(articleId)
  const eventId = eventFor(db, article, options.eventId, actor)
  const stored = new Set(db.select({ start: statements.start, end: statements.end }).from(statements)
    .where(eq(statements.articleId, articleId)).all().map((s) => `${s.start}:${s.end}`))
  const report: ExtractionReport = { event: eventId, created: [], participantsCreated: [], alreadyStored: 0, withoutSpeaker: 0 }
  const createdIds: string[] = []
  for (const statement of found) {
    if (stored.has(`${statement.start}:${statement.end}`)) { report.alreadyStored++; continue }
    if (statement.speaker === null) { report.withoutSpeaker++; continue }
    let speakerId = statement.speaker.id ?? participantIdsFor(db, [statement.speaker.name])[0]
    if (speakerId === undefined) {
      speakerId = saveParticipant(db, extractedSpeaker(statement.speaker, articleId), actor)
      report.participantsCreated.push(speakerId)
    }
    createdIds.push(saveStatement(db, extractedStatement(statement, eventId, speakerId, articleId), actor))
    stored.add(`${statement.start}:${statement.end}`)
  }
  report.created = getStatements(db, createdIds)
  return report
}
