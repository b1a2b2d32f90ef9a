import { eq } from 'drizzle-orm'
import type { Article } from '../../../entities/articles/schemas.js'
import { extractStatements } from '../../../extraction/extract.js'
import type { Language } from '../../../extraction/types.js'
import { ArticleNotFoundError, EventNotFoundError } from '../../../lib/errors.js'
import { extractedSpeaker, extractedStatement } from '../../inputs.js'
import type { ExtractionReport } from '../../../storage/storage.js'
import type { Tx } from '../connection.js'
import { getArticles } from '../reads/articles.js'
import { participantIdsFor } from '../reads/names.js'
import { getParticipants } from '../reads/participants.js'
import { getStatements } from '../reads/statements.js'
import { eventArticles, events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
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

/** See SQLite's writes/extract.ts: the extractor's finds stored as `extracted` statements, only what is new. */
export async function extractIntoArticle (tx: Tx, articleId: string, options: { eventId?: string }, actor: string): Promise<ExtractionReport> {
  const [article] = await getArticles(tx.client, [articleId])
  if (article === undefined) throw new ArticleNotFoundError(articleId)
  const eventId = await eventFor(tx, article, options.eventId, actor)
  const known = await getParticipants(tx.client, (await tx.orm.select({ id: participants.id }).from(participants)).map((p) => p.id))
  const language = article.language === 'fr' || article.language === 'en' ? article.language as Language : undefined
  const found = extractStatements({ body: article.body, language, participants: known })
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
