// Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) drawn and moved within what they cover.
import type { Random } from './random.js'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const DAY = 86_400_000

export const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The first and last day a partial date covers, as UTC milliseconds. */
export function span (date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)]
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)]
  const day = Date.UTC(y, m - 1, d)
  return [day, day]
}

/** A date with the given precision: 0 year, 1 month, 2 day. */
export function format (ms: number, precision: number): string {
  const date = new Date(ms)
  const year = pad(date.getUTCFullYear(), 4)
  if (precision === 0) return year
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`
  return precision === 1 ? month : `${month}-${pad(date.getUTCDate())}`
}

export const precision = (date: string) => (date.length === 4 ? 0 : date.length === 7 ? 1 : 2)

/** A random day inside what `date` covers, plus up to `slackDays` after it. */
export function dayWithin (random: Random, date: string, slackDays = 0): number {
  const [first, last] = span(date)
  return first + random.int(0, Math.round((last - first) / DAY) + slackDays) * DAY
}

/** A start date over the decades, more of them recent, mostly to the day. */
export function startDate (random: Random, firstYear: number, lastYear: number): string {
  const year = lastYear - Math.floor((lastYear - firstYear + 1) * random.next() ** 2)
  const ms = Date.UTC(year, 0, 1) + random.int(0, 364) * DAY
  const roll = random.next()
  return format(ms, roll < 0.1 ? 0 : roll < 0.3 ? 1 : 2)
}

/** An end date after `start`, at the same precision. */
export function endDate (random: Random, start: string): string {
  const p = precision(start)
  const [, last] = span(start)
  const days = p === 0 ? random.int(1, 3) * 365 : p === 1 ? random.int(1, 6) * 31 : random.int(1, 14)
  return format(last + days * DAY, p)
}

export { DAY }
