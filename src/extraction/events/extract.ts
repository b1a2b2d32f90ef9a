import { detectLanguage } from '../language.js'
import { layoutOf, within } from '../layout.js'
import { lexiconFor } from '../lexicon.js'
import { findQuotes } from '../quotes.js'
import { splitSentences } from '../sentences.js'
import { createSpeakerResolver } from '../speakers.js'
import { spanOf } from '../text.js'
import type { Span } from '../types.js'
import { actorsOf, type ActorContext } from './actors.js'
import { findDates, parseReference, referenceDate, type DateMention } from './dates.js'
import { eventLexiconFor, foldedWords } from './lexicon.js'
import { datelineOf, placesIn, type PlaceMention } from './places.js'
import { titleOf } from './title.js'
import { findTriggers, type Trigger } from './triggers.js'
import type { EventExtractionInput, ExtractedEvent, ExtractedLocation } from './types.js'

/** Below this a trigger family is too vague to open an event on its own (`annonce`, `accord`). */
const MAIN_WEIGHT = 0.8

interface Draft {
  trigger: Trigger
  sentence: Span
  /** In a headline or the lead sentence: where the main event is named. */
  lead: boolean
  date: DateMention | null
  place: PlaceMention | null
  event: ExtractedEvent
}

/**
 * The events an article reports: each trigger word of the lexicon (`a signé`, `sommet`, `frappes`,
 * `arrested`) opens one, typed and CAMEO-coded by its family, dated from the dates of its
 * sentence (resolved against `published`), placed by the places of its sentence or the dateline,
 * with its actors in their roles. Mentions of one type and date are one event. The main event is
 * the first strong trigger of the headline, else of the lead sentence. Pure and deterministic.
 */
export function extractEvents (input: EventExtractionInput): ExtractedEvent[] {
  const { body } = input
  const language = input.language ?? detectLanguage(body)
  const lexicon = eventLexiconFor(language)
  const statementLexicon = lexiconFor(language)
  const reference = parseReference(input.published)
  const quotes = findQuotes(body)
  const layout = layoutOf(body)
  const sentences = splitSentences(body, language, quotes)
  const resolver = createSpeakerResolver(body, input.participants ?? [], statementLexicon)
  const ctx: ActorContext = {
    mentions: { body, lexicon: statementLexicon, aliases: resolver.aliases },
    lexicon,
    resolver,
    participants: input.participants ?? []
  }
  const dateline = datelineOf(body, ctx)
  const leadSentence = sentences.find((s) => !within(layout.headlines, s))

  const drafts: Draft[] = []
  for (const sentence of sentences) {
    const triggers = findTriggers(body, sentence, lexicon)
    if (triggers.length === 0) continue
    const words = new Set(foldedWords(body.slice(sentence.start, sentence.end)))
    const future = [...lexicon.futureMarkers].some((w) => words.has(w))
    const dates = reference === null ? [] : findDates(body, sentence, lexicon, reference, future)
    const places = placesIn(body, sentence, ctx)
    const lead = within(layout.headlines, sentence) || sentence === leadSentence
    for (const trigger of triggers) {
      const participants = actorsOf(trigger, sentence, ctx, places)
      const date = nearest(dates, trigger)
      const place = places.find((p) => !participants.some((a) => a.mention !== null && a.mention.start === p.start)) ?? null
      drafts.push({
        trigger,
        sentence,
        lead,
        date,
        place,
        event: {
          title: titleOf(body, sentence, trigger, participants, within(layout.headlines, sentence)),
          type: trigger.family.type,
          cameo: trigger.family.cameo,
          trigger: spanOf(body, trigger.start, trigger.end),
          startDate: date?.date ?? null,
          startPrecision: date?.precision ?? null,
          location: place === null ? null : locationOf(place),
          participants,
          main: false,
          confidence: 0,
          scope: { ...sentence }
        }
      })
    }
  }
  const merged = mergeMentions(drafts)
  if (merged.length === 0) return []
  const main = merged.find((d) => d.lead && d.trigger.family.weight >= MAIN_WEIGHT) ??
    merged.find((d) => d.trigger.family.weight >= MAIN_WEIGHT) ?? merged[0] as Draft
  main.event.main = true
  // the main event's date and place, when its sentence gives none: the lead's, the dateline's, the
  // publication's (news reports what happened on or just before the day it is published)
  if (main.event.startDate === null) {
    const leadDates = leadSentence === undefined || reference === null ? [] : findDates(body, leadSentence, lexicon, reference, false)
    const fallback = leadDates[0] ?? (reference === null ? null : referenceDate(reference))
    if (fallback !== null) { main.event.startDate = fallback.date; main.event.startPrecision = fallback.precision }
  }
  main.event.location ??= dateline === null ? null : locationOf(dateline)
  for (const draft of merged) {
    const { event } = draft
    if (draft !== main) {
      // a sub-event with no date or place of its own happened at the main event's
      if (event.startDate === null) { event.startDate = main.event.startDate; event.startPrecision = main.event.startPrecision }
      event.location ??= main.event.location ?? (dateline === null ? null : locationOf(dateline))
    }
    event.confidence = confidenceOf(draft, draft === main)
  }
  return merged.map((d) => d.event)
}

function nearest (dates: readonly DateMention[], trigger: Span): DateMention | null {
  let best: DateMention | null = null
  let distance = Infinity
  for (const d of dates) {
    const gap = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end
    if (gap < distance) { best = d; distance = gap }
  }
  return best
}

function locationOf (place: PlaceMention): ExtractedLocation {
  return { name: place.place.name, countryCode: place.place.countryCode, latitude: place.place.latitude, longitude: place.place.longitude, mention: { start: place.start, end: place.end } }
}

/**
 * Mentions of one event (`le sommet` in the headline, `ce sommet` three paragraphs on) become one:
 * the same type with no conflicting date. The first mention keeps its trigger; later ones add
 * their date, place and actors when it has none.
 */
function mergeMentions (drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = []
  for (const draft of drafts) {
    const same = kept.find((k) => k.event.type === draft.event.type && k.event.cameo === draft.event.cameo &&
      (k.date === null || draft.date === null || compatible(k.date.date, draft.date.date)))
    if (same === undefined) { kept.push(draft); continue }
    same.lead ||= draft.lead
    if (same.date === null && draft.date !== null) {
      same.date = draft.date
      same.event.startDate = draft.date.date
      same.event.startPrecision = draft.date.precision
    }
    if (same.event.location === null && draft.event.location !== null) { same.event.location = draft.event.location; same.place = draft.place }
    for (const actor of draft.event.participants) {
      if (!same.event.participants.some((a) => a.name === actor.name || (a.id !== undefined && a.id === actor.id))) same.event.participants.push(actor)
    }
    if (draft.trigger.family.weight > same.trigger.family.weight) same.trigger = { ...same.trigger, family: draft.trigger.family }
  }
  return kept
}

const compatible = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a)

function confidenceOf (draft: Draft, main: boolean): number {
  let value = draft.trigger.family.weight
  if (draft.event.participants.length === 0) value *= 0.8
  if (draft.date === null) value *= 0.9
  if (main && !draft.lead) value *= 0.8
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100
}
