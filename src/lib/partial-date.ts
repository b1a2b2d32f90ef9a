import Type from 'typebox'
import Format from 'typebox/format'

export const PARTIAL_DATE_FORMAT = 'partial-date'
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const
export type DatePrecision = typeof DATE_PRECISIONS[number]

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` naming a real calendar year, month or day. */
export function isPartialDate (value: string): boolean {
  const match = SHAPE.exec(value)
  if (!match) return false
  const [, year, month, day] = match
  if (month === undefined) return true
  const m = Number(month)
  if (m < 1 || m > 12) return false
  if (day === undefined) return true
  const d = Number(day)
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate()
  return d >= 1 && d <= daysInMonth
}

// TypeBox's own checks (seed files, merged PATCH bodies) know the format as Ajv does.
Format.Set(PARTIAL_DATE_FORMAT, isPartialDate)

export function precisionOf (date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day'
}

/**
 * Partial dates compare as strings: `2024-06` sorts before every day of June 2024, and
 * `2024-06` + this suffix sorts after all of them. So the last instant a partial date covers is
 * `date + LATEST`, which lets overlap filters work on the stored text without conversion.
 */
export const LATEST = '~'

export const PartialDate = (options: { description?: string, examples?: string[] } = {}) =>
  Type.String({
    format: PARTIAL_DATE_FORMAT,
    pattern: SHAPE.source,
    description: 'ISO 8601 calendar date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.',
    ...options
  })

export const DatePrecisionSchema = Type.Enum(DATE_PRECISIONS, {
  description: 'How much of the date is known: `year`, `month` or `day`.'
})
