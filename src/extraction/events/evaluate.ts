import { fold } from '../../lib/fold.js'
import type { Span } from '../types.js'
import type { GoldActor, GoldEvent, GoldEventDocument } from './gold.js'
import type { DatePrecision, EventExtractionInput, ExtractedEvent } from './types.js'

/**
 * Scores an event extractor against gold documents (issue 17, "How it is measured"). Pure: the
 * extractor is a parameter, so the scorer is tested on hand-made extractors and run on the real one.
 */
export type EventExtractor = (input: EventExtractionInput) => ExtractedEvent[]

export interface DocumentRun { document: GoldEventDocument, predicted: ExtractedEvent[] }

/** Each document as ingestion would give it: body, language, publication date and headline. */
export function runEvents (documents: readonly GoldEventDocument[], extract: EventExtractor): DocumentRun[] {
  return documents.map((document) => ({
    document,
    predicted: extract({ body: document.body, language: document.language, published: document.published, title: document.title })
  }))
}

/** How many characters of an ISO date each precision keeps. */
const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 }

interface Dated { startDate: string | null, startPrecision: DatePrecision | null }

/**
 * Right at the gold precision: `2025-03` is matched by any day of March 2025, while a day is not
 * matched by its month (a prediction less precise than the gold is wrong). No gold date, no judgement.
 */
export function sameDate (gold: Dated, predicted: Dated): boolean {
  if (gold.startDate === null || gold.startPrecision === null) return predicted.startDate === null
  if (predicted.startDate === null) return false
  const kept = LENGTH[predicted.startPrecision ?? gold.startPrecision]
  const needed = LENGTH[gold.startPrecision]
  return kept >= needed && predicted.startDate.slice(0, needed) === gold.startDate
}

/** Words that never identify an actor alone: determiners and titles. */
const FILLERS = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'the', 'of', 'and', 'a', 'an', 'm', 'mme', 'me', 'mr', 'mrs', 'ms', 'dr', 'sir'])

const words = (name: string): string[] => fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** True when `inner` appears as whole consecutive words in `outer` and says more than `le` or `Mr`. */
function contains (outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.every((w) => FILLERS.has(w))) return false
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true
  }
  return false
}

/**
 * Names match ignoring case and accents, and one may contain the other as whole words: a surname
 * (`Macron` for `Emmanuel Macron`), a determiner (`la Russie`), or one of the gold's aliases (`Moscou`).
 */
export function sameActor (gold: Pick<GoldActor, 'name' | 'aliases'>, predicted: string): boolean {
  const p = words(predicted)
  return [gold.name, ...gold.aliases].some((name) => {
    const g = words(name)
    return contains(g, p) || contains(p, g)
  })
}

export interface Counts { matched: number, gold: number, predicted: number }

/** Greedy one-to-one pairing in gold order; each predicted name used once. */
export function matchActors (gold: readonly GoldActor[], predicted: ReadonlyArray<{ name: string }>): number {
  const used = new Set<number>()
  let matched = 0
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && sameActor(g, p.name))
    if (i !== -1) { used.add(i); matched++ }
  }
  return matched
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

export interface EventPair { gold: GoldEvent, predicted: ExtractedEvent }

/**
 * Pairs gold and predicted events one to one: first by trigger overlap with any mention of the
 * gold event (the same type preferred, then the wider overlap); then, where either side has no
 * trigger, by same type, same date at the gold precision and at least one shared actor.
 */
export function matchEvents (gold: readonly GoldEvent[], predicted: readonly ExtractedEvent[]): EventPair[] {
  const candidates: Array<EventPair & { rank: number }> = []
  for (const g of gold) {
    for (const p of predicted) {
      if (p.trigger === null) continue
      const trigger = p.trigger
      const shared = Math.max(0, ...g.mentions.filter((m) => overlaps(m, trigger))
        .map((m) => Math.min(m.end, trigger.end) - Math.max(m.start, trigger.start)))
      if (shared > 0) candidates.push({ gold: g, predicted: p, rank: (g.type === p.type ? 1e6 : 0) + shared })
    }
  }
  candidates.sort((a, b) => b.rank - a.rank)
  const pairs: EventPair[] = []
  const used = new Set<unknown>()
  const take = (pair: EventPair): void => { pairs.push(pair); used.add(pair.gold); used.add(pair.predicted) }
  for (const c of candidates) if (!used.has(c.gold) && !used.has(c.predicted)) take({ gold: c.gold, predicted: c.predicted })
  for (const g of gold) {
    if (used.has(g)) continue
    const p = predicted.find((p) => !used.has(p) && (g.trigger === null || p.trigger === null) &&
      g.type === p.type && g.startDate !== null && sameDate(g, p) && matchActors(g.participants, p.participants) > 0)
    if (p !== undefined) take({ gold: g, predicted: p })
  }
  return pairs
}

/** What the extractor says the article is about: its main event, the first if it flags several. */
export const mainOf = (events: readonly ExtractedEvent[]): ExtractedEvent | null => events.find((e) => e.main) ?? null

export interface Ratio { right: number, judged: number }

export interface EventScores {
  documents: number
  main: {
    /** Documents where the extractor flagged a main event, and where that event is the gold main's mention. */
    found: number
    located: number
    type: Ratio
    cameo: Ratio
    /** Judged where the gold main has a date, at its precision. */
    date: Ratio
    /** Judged where the gold main has a country. */
    country: Ratio
    actors: Counts
  }
  /** Every event: detection counts; `sameType` among the matched pairs. */
  all: Counts & { sameType: number }
}

const tally = (ratio: Ratio, right: boolean): void => { ratio.judged++; if (right) ratio.right++ }

/** Scores summed over documents (micro averages): the main event per document, then all events. */
export function scoreEvents (runs: readonly DocumentRun[]): EventScores {
  const ratio = (): Ratio => ({ right: 0, judged: 0 })
  const main = { found: 0, located: 0, type: ratio(), cameo: ratio(), date: ratio(), country: ratio(), actors: { matched: 0, gold: 0, predicted: 0 } }
  const all = { matched: 0, gold: 0, predicted: 0, sameType: 0 }
  for (const { document, predicted } of runs) {
    const gold = document.events.find((e) => e.main)
    if (gold === undefined) throw new Error(`${document.id}: no gold main event`)
    const mine = mainOf(predicted)
    if (mine !== null) main.found++
    if (mine?.trigger != null && gold.mentions.some((m) => mine.trigger !== null && overlaps(m, mine.trigger))) main.located++
    tally(main.type, mine?.type === gold.type)
    tally(main.cameo, mine !== null && mine.cameo === gold.cameo)
    if (gold.startDate !== null) tally(main.date, mine !== null && sameDate(gold, mine))
    const country = gold.location?.countryCode ?? null
    if (country !== null) tally(main.country, mine?.location?.countryCode?.toUpperCase() === country)
    main.actors.gold += gold.participants.length
    main.actors.predicted += mine?.participants.length ?? 0
    main.actors.matched += mine === null ? 0 : matchActors(gold.participants, mine.participants)

    const pairs = matchEvents(document.events, predicted)
    all.gold += document.events.length
    all.predicted += predicted.length
    all.matched += pairs.length
    all.sameType += pairs.filter((p) => p.gold.type === p.predicted.type).length
  }
  return { documents: runs.length, main, all }
}

/** Share right; 1 when nothing was judged (nothing to get wrong). */
export const share = (r: Ratio): number => r.judged === 0 ? 1 : r.right / r.judged

export function prf (c: Counts): { precision: number, recall: number, f1: number } {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted
  const recall = c.gold === 0 ? 1 : c.matched / c.gold
  return { precision, recall, f1: precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

export interface EventSummary {
  documents: number
  /** Shares in 0–1. */
  main: { found: number, located: number, type: number, cameo: number, date: number, country: number, actors: { precision: number, recall: number, f1: number } }
  all: Counts & { precision: number, recall: number, f1: number, sameType: number }
}

/** The scores as the issue states its goals: shares of documents for the main event, P/R/F1 for all events. */
export function summarize (s: EventScores): EventSummary {
  const of = (n: number): number => s.documents === 0 ? 1 : n / s.documents
  return {
    documents: s.documents,
    main: {
      found: of(s.main.found),
      located: of(s.main.located),
      type: share(s.main.type),
      cameo: share(s.main.cameo),
      date: share(s.main.date),
      country: share(s.main.country),
      actors: prf(s.main.actors)
    },
    all: { ...s.all, ...prf(s.all), sameType: s.all.matched === 0 ? 1 : s.all.sameType / s.all.matched }
  }
}
