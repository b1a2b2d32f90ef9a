import type { Span } from './types.js'

/**
 * The blocks of an article that are not running prose: headlines, standfirsts without a full stop,
 * live-blog section titles (`08h12 - …`, `9:05 a.m.: …`). Quotes in them are titles, not
 * statements, and each one starts a new section: a speaker is never carried across it.
 */
export interface Layout {
  headlines: Span[]
  /** Start offsets of the sections, in order (0 first). */
  sections: number[]
}

const MAX_HEADLINE_WORDS = 30

export function layoutOf (body: string): Layout {
  const headlines: Span[] = []
  for (const match of body.matchAll(/[^\n]+/g)) {
    const line = match[0].trim()
    if (line === '' || !isHeadline(body, match.index, match.index + match[0].length, line)) continue
    headlines.push({ start: match.index, end: match.index + match[0].length })
  }
  return { headlines, sections: [0, ...headlines.map((h) => h.start).filter((s) => s > 0)] }
}

/** A line of its own (blank lines or the text's edges around it), short, ending without a full stop. */
function isHeadline (body: string, start: number, end: number, line: string): boolean {
  const standsAlone = (start === 0 || /\n\s*\n\s*$/.test(body.slice(Math.max(0, start - 4), start)) || start <= 1) &&
    (end >= body.length || /^\s*\n\s*\n/.test(body.slice(end, end + 4)) || body.slice(end).trim() === '')
  if (!standsAlone) return false
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS) return false
  // a full stop, question or exclamation mark, possibly inside closing quotation marks
  return !/[.!?…:]\s*[»”"’)]*$/.test(line)
}

export function sectionStartOf (layout: Layout, offset: number): number {
  let start = 0
  for (const s of layout.sections) if (s <= offset) start = s
  return start
}

export const within = (spans: readonly Span[], span: Span): boolean => spans.some((s) => s.start <= span.start && span.end <= s.end)
