// What a write checks and stores, for every engine: the checks the schemas cannot make (given
// the facts each engine looks up) and the row a create body becomes.
import { createHash } from 'node:crypto'
import type { ArticleInput } from '../entities/articles/inputs.js'
import type { EventInput } from '../entities/events/inputs.js'
import type { ParticipantInput } from '../entities/participants/inputs.js'
import type { StatementInput } from '../entities/statements/inputs.js'
import type { ExtractedStatement } from '../extraction/types.js'
import { ConflictError } from '../lib/errors.js'
import { FieldErrors } from '../lib/input.js'
import { LATEST } from '../lib/partial-date.js'

/** What an event's check needs to know of the database. */
export interface EventFacts {
  parentExists: boolean
  /** The parent and every event above it (when the parent exists). */
  ancestors: string[]
  absentArticles: Set<string>
  absentParticipants: Set<string>
  /** The body of the article `source` names, when it exists. */
  sourceBody?: string
}

/** What the schema cannot check: dates in order, references that exist, no cycle of parents. */
export function checkEvent (id: string, input: EventInput, facts: EventFacts): void {
  const errors = new FieldErrors()
  if (input.endDate != null && input.endDate + LATEST < input.startDate) errors.add('endDate', `is before startDate (${input.startDate})`)
  if (input.parentId != null) {
    if (input.parentId === id) errors.add('parentId', 'is the event itself')
    else if (!facts.parentExists) errors.add('parentId', `names no event ('${input.parentId}')`)
    else if (facts.ancestors.includes(id)) errors.add('parentId', 'would make the event its own ancestor')
  }
  if (input.source != null) {
    const { article, start, end } = input.source
    if (facts.sourceBody === undefined) errors.add('source.article', `names no article ('${article}')`)
    else if (end <= start) errors.add('source.end', 'must be after source.start')
    else if (end > facts.sourceBody.length) errors.add('source.end', `is past the end of the article (${facts.sourceBody.length} characters)`)
  }
  input.articles?.forEach((a, i) => { if (facts.absentArticles.has(a)) errors.add(`articles.${i}`, `names no article ('${a}')`) })
  input.participants?.forEach((p, i) => { if (facts.absentParticipants.has(p.id)) errors.add(`participants.${i}.id`, `names no participant ('${p.id}')`) })
  const pairs = (input.participants ?? []).map((p) => `${p.id} ${p.role}`)
  pairs.forEach((pair, i) => { if (pairs.indexOf(pair) !== i) errors.add(`participants.${i}`, 'repeats a participant with the same role') })
  errors.throwIfAny()
}

export function eventRow (input: EventInput, actor: string) {
  return {
    title: input.title,
    summary: input.summary ?? null,
    type: input.type,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    locationName: input.location?.name ?? null,
    locationCountry: input.location?.countryCode?.toUpperCase() ?? null,
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    parentId: input.parentId ?? null,
    origin: input.origin ?? 'curated',
    confidence: input.confidence ?? null,
    cameo: input.cameo ?? null,
    sourceArticleId: input.source?.article ?? null,
    sourceStart: input.source?.start ?? null,
    sourceEnd: input.source?.end ?? null,
    enrichedFields: input.enrichedFields ?? [],
    updatedBy: actor
  }
}

/** Aliases given twice in one language; then a Wikidata id that is already someone else's (`wikidataOwner`). */
export function checkParticipant (input: ParticipantInput, wikidataOwner: string | undefined): void {
  const errors = new FieldErrors()
  const seen = (input.aliases ?? []).map((a) => `${a.language}\u0000${a.name}`)
  seen.forEach((key, i) => { if (seen.indexOf(key) !== i) errors.add(`aliases.${i}`, 'repeats a name already given in that language') })
  errors.throwIfAny()
  if (wikidataOwner !== undefined) throw new ConflictError(`Wikidata id ${input.wikidataId ?? ''} is already '${wikidataOwner}'`)
}

export function participantRow (input: ParticipantInput, actor: string) {
  return {
    kind: input.kind,
    name: input.name,
    description: input.description ?? null,
    countryCode: input.countryCode?.toUpperCase() ?? null,
    wikidataId: input.wikidataId ?? null,
    origin: input.origin ?? 'curated',
    enrichedFields: input.enrichedFields ?? [],
    updatedBy: actor
  }
}

/** What a statement's check needs to know of the database. */
export interface StatementFacts {
  eventExists: boolean
  speakerExists: boolean
  knownMentions: Set<string>
  article?: { body: string, language: string }
}

/** Where a quote and its claimed source part ways, for an editor to fix. */
function sliceMismatch (body: string, input: StatementInput): string {
  const slice = body.slice(input.source.start, input.source.end)
  let at = 0
  while (at < slice.length && at < input.text.length && slice[at] === input.text[at]) at++
  const found = body.indexOf(input.text)
  return `differs from the article at character ${input.source.start + at}: the article has ${JSON.stringify(slice.slice(at, at + 30))}, ` +
    `the text ${JSON.stringify(input.text.slice(at, at + 30))}; ` +
    (found === -1 ? 'the text does not occur in the article' : `the text occurs at start ${found}, end ${found + input.text.length}`)
}

/** References that exist, and a text that is exactly its source slice. */
export function checkStatement (input: StatementInput, facts: StatementFacts): void {
  const errors = new FieldErrors()
  if (!facts.eventExists) errors.add('eventId', `names no event ('${input.eventId}')`)
  if (!facts.speakerExists) errors.add('speakerId', `names no participant ('${input.speakerId}')`)
  ;(input.mentions ?? []).forEach((id, i) => { if (!facts.knownMentions.has(id)) errors.add(`mentions.${i}`, `names no participant ('${id}')`) })
  const { article } = facts
  if (article === undefined) errors.add('source.article', `names no article ('${input.source.article}')`)
  else if (input.source.end <= input.source.start) errors.add('source.end', 'must be after source.start')
  else if (input.source.end > article.body.length) errors.add('source.end', `is past the end of the article (${article.body.length} characters)`)
  else if (article.body.slice(input.source.start, input.source.end) !== input.text) errors.add('text', sliceMismatch(article.body, input))
  errors.throwIfAny()
}

export function statementRow (input: StatementInput, articleLanguage: string | undefined, actor: string) {
  return {
    eventId: input.eventId,
    speakerId: input.speakerId,
    text: input.text,
    kind: input.kind,
    language: input.language ?? articleLanguage ?? 'und',
    cue: input.cue ?? null,
    audience: input.audience ?? null,
    relayedBy: input.relayedBy ?? null,
    articleId: input.source.article,
    start: input.source.start,
    end: input.source.end,
    origin: input.origin ?? 'curated',
    confidence: input.confidence ?? null,
    updatedBy: actor
  }
}

export const bodyHashOf = (body: string) => createHash('sha256').update(body).digest('hex')

/** The article's id: the one given, else one derived from its text. */
export const articleIdOf = (input: ArticleInput, bodyHash: string, existingId?: string) => existingId ?? input.id ?? `art_${bodyHash.slice(0, 16)}`

export function articleRow (input: ArticleInput, bodyHash: string, actor: string) {
  return {
    title: input.title,
    publisher: input.publisher ?? null,
    language: input.language,
    published: input.published,
    url: input.url ?? null,
    body: input.body,
    bodyHash,
    enrichedFields: input.enrichedFields ?? [],
    updatedBy: actor
  }
}

/** What keeps an article from being stored: the same text under another id, an id taken, a cited body changed. */
export function checkArticle (id: string, input: ArticleInput, creating: boolean,
  facts: { twin?: string, existingBody?: string, citing: number }): void {
  if (facts.twin !== undefined && facts.twin !== id) throw new ConflictError(`The same text is already stored as article '${facts.twin}'`)
  if (creating && facts.existingBody !== undefined) throw new ConflictError(`An article with id '${id}' already exists`)
  if (facts.existingBody !== undefined && facts.existingBody !== input.body) {
    if (facts.citing > 0) throw new ConflictError(`The body of article '${id}' is cited by ${facts.citing} statement(s) through offsets; it cannot change`)
  }
}

/** A speaker the extractor found and no participant matched, as a new `extracted` participant. */
export function extractedSpeaker (speaker: { kind: ParticipantInput['kind'], name: string }, articleId: string): ParticipantInput {
  return { kind: speaker.kind, name: speaker.name, description: `Found by the statement extractor in ${articleId}`, origin: 'extracted' }
}

/** A statement the extractor found, as an `extracted` statement with its confidence. */
export function extractedStatement (statement: ExtractedStatement, eventId: string, speakerId: string, articleId: string): StatementInput {
  return {
    eventId,
    speakerId,
    text: statement.text,
    kind: statement.kind,
    cue: statement.cue?.text ?? null,
    source: { article: articleId, start: statement.start, end: statement.end },
    origin: 'extracted',
    confidence: Math.round(statement.confidence * 1000) / 1000
  }
}
