import { escapeRegExp, foldSameLength } from '../text.js'
import type { Span } from '../types.js'
import type { DatePrecision } from './types.js'
import { isMarker, type DateData, type EventLexicon } from './lexicon.js'

/** What the sentence's verbs say of when: a bare weekday is looked for on that side of publication. */
export type Tense = 'past' | 'future' | 'unknown'

export interface DateMention extends Span {
  /** ISO 8601 cut to the precision: `2024-06-19`, `2024-06`, `2024`. */
  date: string
  precision: DatePrecision
}

/** A publication date as parsed: the parts it gives. */
export interface Reference {
  year: number
  month?: number
  day?: number
}

export function parseReference (published: string): Reference | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published)
  if (match === null) return null
  const reference: Reference = { year: Number(match[1]) }
  if (match[2] !== undefined) reference.month = Number(match[2])
  if (match[3] !== undefined) reference.day = Number(match[3])
  return reference
}

export function referenceDate (reference: Reference): { date: string, precision: DatePrecision } {
  if (reference.month === undefined) return { date: String(reference.year), precision: 'year' }
  if (reference.day === undefined) return { date: format(reference.year, reference.month), precision: 'month' }
  return { date: format(reference.year, reference.month, reference.day), precision: 'day' }
}

const pad = (n: number): string => String(n).padStart(2, '0')
function format (year: number, month?: number, day?: number): string {
  return day !== undefined ? `${year}-${pad(month as number)}-${pad(day)}` : month !== undefined ? `${year}-${pad(month)}` : String(year)
}

const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day))
const ofDate = (d: Date, precision: DatePrecision): { date: string, precision: DatePrecision } =>
  ({ date: format(d.getUTCFullYear(), precision === 'year' ? undefined : d.getUTCMonth() + 1, precision === 'day' ? d.getUTCDate() : undefined), precision })

interface Pattern {
  regex: RegExp
  kind: 'dayMonth' | 'dayOfMonth' | 'monthYear' | 'monthAlone' | 'monthOfYear' | 'yearAlone' | 'numeric' | 'iso' | 'weekday' | 'relative' | 'anchored'
  /** For weekdays: which one (last, next, plain); for relative phrases: the offset (`-1d`); for a month of another year, in years (`-1`). */
  detail?: string
}

const BEFORE = '(?<![\\p{L}\\p{N}])'
const AFTER = '(?![\\p{L}\\p{N}])'

function patternsOf (data: DateData): Pattern[] {
  const alt = (values: string[]): string => values.map(foldSameLength).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  const months = alt(data.months.flat().flatMap((m) => [m, m + '.']))
  const weekdays = alt(data.weekdays)
  const day = `(?<day>\\d{1,2}|${alt(data.firstDay)})(?:st|nd|rd|th)?`
  const fill = (pattern: string): string => escapeRegExp(foldSameLength(pattern))
    .replace(/\\\{|\\\}/g, (m) => m.slice(1))
    .replace('{day}', day)
    // (`on 20 and 21 November`: a span of days starts on its first)
    .replace('{otherday}', '\\d{1,2}(?:st|nd|rd|th)?')
    .replace('{month}', `(?<month>${months})`)
    .replace('{year}', ',?\\s*(?<year>\\d{4})')
    .replace('{weekday}', `(?<weekday>${weekdays})`)
    .replace('{otherweekday}', `(?:${weekdays})`)
    .replace(/\\s\+,\?/g, ',?')
  const compile = (source: string): RegExp => new RegExp(`${BEFORE}${source}${AFTER}`, 'gu')
  const patterns: Pattern[] = []
  // a weekday written before an explicit date (`mercredi 19 juin`) belongs to it
  for (const p of data.dayMonth) patterns.push({ regex: compile(`(?:(?:${weekdays}),?\\s+)?${fill(p)}`), kind: 'dayMonth' })
  for (const p of data.monthYear) patterns.push({ regex: compile(fill(p)), kind: 'monthYear' })
  for (const p of data.dayOfMonth ?? []) patterns.push({ regex: compile(fill(p)), kind: 'dayOfMonth' })
  for (const p of data.monthAlone) patterns.push({ regex: compile(fill(p)), kind: 'monthAlone' })
  for (const [years, list] of Object.entries(data.monthOfYear ?? {})) {
    for (const p of list) patterns.push({ regex: compile(fill(p)), kind: 'monthOfYear', detail: years })
  }
  for (const p of data.yearAlone) patterns.push({ regex: compile(fill(p)), kind: 'yearAlone' })
  patterns.push({ regex: compile('(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})'), kind: 'iso' })
  patterns.push({ regex: compile('(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{4})'), kind: 'numeric' })
  for (const [which, list] of Object.entries(data.weekday)) {
    for (const p of list) patterns.push({ regex: compile(fill(p)), kind: 'weekday', detail: which })
  }
  for (const [offset, phrases] of Object.entries(data.relative)) {
    patterns.push({ regex: compile(`(?:${alt(phrases)})`), kind: 'relative', detail: offset })
  }
  for (const [offset, phrases] of Object.entries(data.anchored ?? {})) {
    patterns.push({ regex: compile(`(?:${alt(phrases)})`), kind: 'anchored', detail: offset })
  }
  return patterns
}

const compiled = new WeakMap<EventLexicon, Pattern[]>()

/**
 * Dates written in `span` of `body`, resolved against the publication date: explicit ones
 * (`19 juin 2024`, `June 19`, `2024-06-19`, `en mai`, `in 2023`) and relative ones (`hier`,
 * `mercredi`, `last week`, `next month`). A bare weekday is the most recent one on or before
 * publication in the past tense, the next one in the future, else the nearer of the two.
 * `la veille`, `the next day` count from the last day its sentence names before it
 * (`a revendiqué mercredi l'attaque qui a visé la veille`), else from `story` (the lead's day:
 * `La veille, le préfet avait réuni…` in a report of Tuesday's arrests), else from publication.
 */
export function findDates (body: string, span: Span, lexicon: EventLexicon, reference: Reference, tense: Tense, story?: DateMention): DateMention[] {
  let patterns = compiled.get(lexicon)
  if (patterns === undefined) { patterns = patternsOf(lexicon.data.dates); compiled.set(lexicon, patterns) }
  const text = foldSameLength(body.slice(span.start, span.end))
  const found: DateMention[] = []
  // `la veille`, `the next day`, by their offset from a day known only once all are found
  const anchored = new Map<DateMention, string>()
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern.regex)) {
      const at = { start: span.start + match.index, end: span.start + match.index + match[0].length }
      // (resolved once every date of the span is known: see below)
      if (pattern.kind === 'anchored') {
        const mention = { ...at, ...referenceDate(reference) }
        anchored.set(mention, pattern.detail ?? '0d')
        found.push(mention)
        continue
      }
      // (`maintient la vigilance orange jusqu'à mercredi`: an end is no start)
      if (endsAt(text.slice(0, match.index), lexicon.data.dates)) continue
      const resolved = resolve(pattern, match.groups ?? {}, lexicon.data.dates, reference, tenseBefore(body.slice(span.start, span.start + match.index), text.slice(0, match.index), lexicon) ?? tense)
      if (resolved === null) continue
      found.push({ ...at, ...resolved })
    }
  }
  // the longest reading of overlapping ones wins (`19 juin 2024` over `juin 2024`, `mars 2022` over `en mars`)
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  const kept: DateMention[] = []
  for (const d of found) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d)
  kept.sort((a, b) => a.start - b.start)
  return kept.map((d, i) => {
    const offset = anchored.get(d)
    if (offset === undefined) return d
    const anchor = kept.slice(0, i).findLast((k) => k.precision === 'day' && !anchored.has(k)) ?? story
    const from = anchor === undefined ? reference : parseReference(anchor.date) ?? reference
    return { ...d, ...(relative(offset, from) ?? referenceDate(reference)) }
  })
}

/**
 * `said on Monday it would close`: a date right after a verb dates that verb, whose tense is its
 * own (a past reporting verb before a future trigger), when the word is a tense marker.
 */
function tenseBefore (written: string, before: string, lexicon: EventLexicon): Tense | undefined {
  const match = /([\p{L}'’-]+)\s*$/u.exec(before)
  if (match === null) return undefined
  const word = match[1] as string
  // (folding keeps lengths: the word as written is at the same place)
  const asWritten = written.slice(match.index, match.index + word.length)
  // marker words only: a participle's ending is no tense (`will be signed on Tuesday`)
  if (isMarker(lexicon, lexicon.pastMarkers, asWritten, word)) return 'past'
  if (isMarker(lexicon, lexicon.futureMarkers, asWritten, word)) return 'future'
  return undefined
}

/** The text before a date ends with a word saying the date is an end (`jusqu'à`, `until`). */
function endsAt (before: string, data: DateData): boolean {
  const word = /([\p{L}'’-]+)\s*$/u.exec(before)?.[1]
  return word !== undefined && (data.until ?? []).some((u) => foldSameLength(u) === word)
}

function monthOf (name: string | undefined, data: DateData): number | undefined {
  if (name === undefined) return undefined
  const bare = name.replace(/\.$/, '')
  const index = data.months.findIndex((names) => names.some((n) => foldSameLength(n) === bare))
  return index < 0 ? undefined : index + 1
}

function resolve (pattern: Pattern, groups: Record<string, string | undefined>, data: DateData, reference: Reference, tense: Tense): { date: string, precision: DatePrecision } | null {
  const year = groups.year === undefined ? undefined : Number(groups.year)
  const future = tense === 'future'
  switch (pattern.kind) {
    case 'iso':
      return { date: format(Number(groups.year), Number(groups.month), Number(groups.day)), precision: 'day' }
    case 'numeric': {
      const [d, m] = data.numeric === 'dmy' ? [groups.a, groups.b] : [groups.b, groups.a]
      const month = Number(m)
      const day = Number(d)
      if (month < 1 || month > 12 || day < 1 || day > 31) return null
      return { date: format(year as number, month, day), precision: 'day' }
    }
    case 'dayMonth': {
      const month = monthOf(groups.month, data)
      const day = /^\d+$/.test(groups.day ?? '') ? Number(groups.day) : 1
      if (month === undefined || day < 1 || day > 31) return null
      return { date: format(year ?? nearestYear(reference, month, day, future), month, day), precision: 'day' }
    }
    case 'dayOfMonth': {
      const day = /^\d+$/.test(groups.day ?? '') ? Number(groups.day) : 1
      if (reference.month === undefined || day < 1 || day > 31) return null
      return ofDate(nearestMonth(reference, day, future), 'day')
    }
    case 'monthYear': {
      const month = monthOf(groups.month, data)
      return month === undefined ? null : { date: format(year as number, month), precision: 'month' }
    }
    case 'monthAlone': {
      const month = monthOf(groups.month, data)
      return month === undefined ? null : { date: format(nearestYear(reference, month, 15, future), month), precision: 'month' }
    }
    case 'monthOfYear': {
      const month = monthOf(groups.month, data)
      return month === undefined ? null : { date: format(reference.year + Number(pattern.detail ?? 0), month), precision: 'month' }
    }
    case 'yearAlone':
      return { date: String(year), precision: 'year' }
    case 'weekday':
      return weekday(groups.weekday, pattern.detail ?? 'plain', data, reference, tense)
    case 'relative':
    case 'anchored':
      return relative(pattern.detail ?? '0d', reference)
  }
}

/** The year that puts a day-and-month nearest the publication, on the side the tense says. */
function nearestYear (reference: Reference, month: number, day: number, future: boolean): number {
  if (reference.month === undefined) return reference.year
  const published = utc(reference.year, reference.month, reference.day ?? 15).getTime()
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
  const distance = (y: number): number => {
    const delta = utc(y, month, day).getTime() - published
    // a past event a few weeks "ahead" is more likely a slip than next year's
    return Math.abs(delta) + ((future ? delta < -7 * 86400_000 : delta > 7 * 86400_000) ? 200 * 86400_000 : 0)
  }
  return candidates.reduce((best, y) => distance(y) < distance(best) ? y : best)
}

/** The day of the publication's month, or of the month before or after, nearest the publication on the side the tense says. */
function nearestMonth (reference: Reference, day: number, future: boolean): Date {
  const month = reference.month as number
  const published = utc(reference.year, month, reference.day ?? 15).getTime()
  const candidates = [-1, 0, 1].map((offset) => utc(reference.year, month + offset, day))
    // (the 31st of a 30-day month rolls over: not that month's)
    .filter((d) => d.getUTCDate() === day)
  const distance = (d: Date): number => {
    const delta = d.getTime() - published
    return Math.abs(delta) + ((future ? delta < 0 : delta > 7 * 86400_000) ? 200 * 86400_000 : 0)
  }
  return candidates.reduce((best, d) => distance(d) < distance(best) ? d : best)
}

/** Days by which a bare weekday with no tense must be nearer ahead than behind to be the next one. */
const PAST_PREFERENCE = 1

function weekday (name: string | undefined, which: string, data: DateData, reference: Reference, tense: Tense): { date: string, precision: DatePrecision } | null {
  const index = data.weekdays.findIndex((w) => foldSameLength(w) === name)
  if (index < 0) return null
  if (reference.day === undefined) return referenceDate(reference)
  const published = utc(reference.year, reference.month as number, reference.day)
  const publishedIndex = (published.getUTCDay() + 6) % 7
  const back = index - publishedIndex > 0 ? index - publishedIndex - 7 : index - publishedIndex
  const ahead = index - publishedIndex < 0 ? index - publishedIndex + 7 : index - publishedIndex
  let delta: number
  if (which === 'last') delta = back === 0 ? -7 : back
  else if (which === 'next') delta = ahead === 0 ? 7 : ahead
  else if (tense === 'past') delta = back
  else if (tense === 'future') delta = ahead
  // with no tense, the nearer one, past by preference: news reports what happened more than what will
  else delta = ahead + PAST_PREFERENCE < -back ? ahead : back
  return ofDate(new Date(published.getTime() + delta * 86400_000), 'day')
}

function relative (offset: string, reference: Reference): { date: string, precision: DatePrecision } | null {
  const match = /^(-?\d+)([dwmy])$/.exec(offset)
  if (match === null) return null
  const n = Number(match[1])
  const unit = match[2] as 'd' | 'w' | 'm' | 'y'
  if (unit === 'y') return { date: String(reference.year + n), precision: 'year' }
  if (reference.month === undefined) return referenceDate(reference)
  if (unit === 'm') return ofDate(utc(reference.year, reference.month + n, 1), 'month')
  if (reference.day === undefined) return referenceDate(reference)
  const base = utc(reference.year, reference.month, reference.day)
  // a week is no day: it is given at the precision of the month it falls in
  if (unit === 'w') return ofDate(new Date(base.getTime() + n * 7 * 86400_000), 'month')
  return ofDate(new Date(base.getTime() + n * 86400_000), 'day')
}
