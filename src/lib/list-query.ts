import { InvalidParameterError } from './errors.js'
import { LATEST } from './partial-date.js'

/** A list's order as asked: the sort's name and its direction (`-title`: descending). */
export interface SortOrder<Name extends string = string> {
  name: Name
  descending: boolean
  /** As the client wrote it, `-` included: what a cursor is issued for. */
  asked: string
}

/** The sort to use: as asked, else by relevance when searching, else the list's own default. */
export function chooseSort<Name extends string> (sort: string | undefined, q: string | undefined, fallback: Name, names: readonly Name[]): SortOrder<Name> {
  const asked = sort ?? (q === undefined ? fallback : 'relevance')
  const name = asked.replace(/^-/, '') as Name
  if (!names.includes(name)) throw new InvalidParameterError('querystring', 'sort', `must be one of ${names.join(', ')}`)
  if (name === 'relevance' && q === undefined) throw new InvalidParameterError('querystring', 'sort', 'relevance needs a search: give q too')
  return { name, descending: asked.startsWith('-'), asked }
}

/**
 * An instant from an `updatedSince`-style parameter, as timestamps are stored
 * (`2024-06-19T10:00:00.000Z`, comparable as text); one that names no real instant (a leap second,
 * which RFC 3339 allows) is refused.
 */
export function storedInstant (value: string | undefined, parameter: string): string | undefined {
  if (value === undefined) return undefined
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) throw new InvalidParameterError('querystring', parameter, 'is not an instant this service can compare')
  return instant.toISOString()
}

/**
 * The bounds of a date range over partial dates: an event overlaps [from, to] when it ends on or
 * after `from` and starts on or before the last instant `to` covers.
 */
export function dateRange (from: string | undefined, to: string | undefined): { from?: string, toLatest?: string } {
  if (from !== undefined && to !== undefined && from > to + LATEST) {
    throw new InvalidParameterError('querystring', 'to', `must not be before 'from' (${from})`)
  }
  return { from, toLatest: to === undefined ? undefined : to + LATEST }
}
