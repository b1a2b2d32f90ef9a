import { eq } from 'drizzle-orm'
import type { Database } from '../connection.js'
import { LISTS, rows } from '../connection.js'
import { ArticleNotFoundError, EventNotFoundError } from '../../../lib/errors.js'
import { extractedSpeaker, extractedStatement } from '../../inputs.js'
import { candidateBatches, extractionLanguage } from '../../speaker-candidates.js'
import { eventOfStatement, extractedActor, extractFindings, extractedEventInput, mainFirst, newActorsOf, placedAt, placeReported, twinCandidates, twinOf, type ArticleText, type Findings, type Placed } from '../../event-extraction.js'
import { eventArticles, eventParticipants, events } from '../tables/events.js'
import { saveEvent } from './events.js'
import { getParticipants } from '../reads/participants.js'
import { participantIdsFor } from '../reads/names.js'
import { saveParticipant } from './participants.js'
import { getStatements } from '../reads/statements.js'
import type { Article } from '../../../entities/articles/schemas.js'
import type { ExtractedActor, ExtractedEvent } from '../../../extraction/events/types.js'
import type { ExtractionReport } from '../../../storage/storage.js'
import { statements } from '../tables/statements.js'
import { saveStatement } from './statements.js'
import { getArticles } from '../reads/articles.js'

/**
 * What the extractors find in an article: reads and CPU only, so it runs before (outside) the write
 * transaction. Speakers and actors are resolved against the participants the article's candidate
 * names find in the name index, never against every participant.
 */
export function findInArticle (db: Database, article: ArticleText): Findings {
  const language = extractionLanguage(article.language)
  const ids = new Set<string>()
  for (const names of candidateBatches(article.body, language)) {
    for (const id of participantIdsFor(db, names)) ids.add(id)
  }
  const participants = getParticipants(db, [...ids])
  return extractFindings(article, language, participants)
}

/**
 * Each actor as a participant id: the one the extractor matched, one a name or alias finds, or a
 * new `extracted` one (`named` keeps the names this article resolved, so one is made once).
 */
function actorIds (db: Database, actors: readonly ExtractedActor[], articleId: string, actor: string, named: Map<string, string>, created: string[]): string[] {
  return actors.map((found) => {
    let id = found.id ?? named.get(found.name) ?? participantIdsFor(db, [found.name])[0]
    if (id === undefined) {
      id = saveParticipant(db, extractedActor(found, articleId), actor)
      created.push(id)
    }
    named.set(found.name, id)
    return id
  })
}

/**
 * Stores the events found in a new article: the main one, then its sub-events under it, each linked
 * to the stored event it reports again (see isTwin) instead of made twice.
 */
function storeEvents (db: Database, article: Article, found: readonly ExtractedEvent[], actor: string): Placed {
  const placed = placedAt('')
  const named = new Map<string, string>()
  for (const event of mainFirst(found)) {
    const ids = actorIds(db, event.participants, article.id, actor, named, placed.participantsCreated)
    const input = extractedEventInput(event, article, ids, placed.main === '' ? null : placed.main)
    const { text, params } = twinCandidates(LISTS, 'json_group_array(ep.participant_id)', input, article.id)
    const twin = twinOf(rows(db, text, params), input)
    let id: string
    if (twin === undefined) {
      id = saveEvent(db, input, actor)
      placed.created.push(id)
    } else {
      db.insert(eventArticles).values({ eventId: twin.id, articleId: article.id }).onConflictDoNothing().run()
      const added = newActorsOf(twin, input)
      if (added.length > 0) db.insert(eventParticipants).values(added).onConflictDoNothing().run()
      id = twin.id
      placed.linked.push(id)
    }
    if (placed.main === '') placed.main = id
    placed.scopes.push({ scope: event.scope, id })
  }
  return placed
}

/**
 * The events extracted statements belong to: the one asked for; the events already reporting the
 * article (extracted again: found by their trigger, else the top one); the events found, stored;
 * or, when none is found, one `other` event titled and dated as the article.
 */
function placeEvents (db: Database, article: Article, found: readonly ExtractedEvent[], eventId: string | undefined, actor: string): Placed {
  if (eventId !== undefined) {
    if (db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get() === undefined) throw new EventNotFoundError(eventId)
    return placedAt(eventId)
  }
  const reported = db.select({ id: events.id, parentId: events.parentId, sourceArticleId: events.sourceArticleId, start: events.sourceStart, end: events.sourceEnd })
    .from(events).innerJoin(eventArticles, eq(eventArticles.eventId, events.id))
    .where(eq(eventArticles.articleId, article.id)).orderBy(events.startDate, events.id).all()
  if (reported.length > 0) return placeReported(reported, found, article.id)
  if (found.length > 0) return storeEvents(db, article, found, actor)
  const placeholder = saveEvent(db, { title: article.title, type: 'other', startDate: article.published, articles: [article.id] }, actor)
  return { ...placedAt(placeholder), created: [placeholder] }
}

/**
 * Stores what `findInArticle` found in a stored article: its events (see placeEvents) and its
 * statements as `extracted` statements with their confidence, each at the event whose sentence
 * holds it, else the main event; speakers matched to known participants by name or alias, or
 * created (as `extracted` participants) when new. Storing again adds only what is new. Call it
 * inside a transaction.
 */
export function storeFindings (db: Database, articleId: string, found: Findings, options: { eventId?: string }, actor: string): ExtractionReport {
  const [article] = getArticles(db, [articleId])
  if (article === undefined) throw new ArticleNotFoundError(articleId)
  const placed = placeEvents(db, article, found.events, options.eventId, actor)
  const stored = new Set(db.select({ start: statements.start, end: statements.end }).from(statements)
    .where(eq(statements.articleId, articleId)).all().map((s) => `${s.start}:${s.end}`))
  const report: ExtractionReport = {
    event: placed.main, created: [], participantsCreated: placed.participantsCreated, eventsCreated: placed.created, eventsLinked: placed.linked, alreadyStored: 0, withoutSpeaker: 0
  }
  const createdIds: string[] = []
  for (const statement of found.statements) {
    if (stored.has(`${statement.start}:${statement.end}`)) { report.alreadyStored++; continue }
    if (statement.speaker === null) { report.withoutSpeaker++; continue }
    let speakerId = statement.speaker.id ?? participantIdsFor(db, [statement.speaker.name])[0]
    if (speakerId === undefined) {
      speakerId = saveParticipant(db, extractedSpeaker(statement.speaker, articleId), actor)
      report.participantsCreated.push(speakerId)
    }
    const eventId = options.eventId ?? eventOfStatement(statement, placed.scopes, placed.main)
    createdIds.push(saveStatement(db, extractedStatement(statement, eventId, speakerId, articleId), actor))
    stored.add(`${statement.start}:${statement.end}`)
  }
  report.created = getStatements(db, createdIds)
  return report
}
