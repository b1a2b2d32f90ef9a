import { extractStatements } from './extract.js'
import type { GoldDocument, GoldStatement } from './gold.js'
import { allLexicons } from './lexicon.js'
import { alternation, foldSameLength } from './text.js'
import type { ExtractedStatement, Speaker, StatementKind } from './types.js'

export const THRESHOLDS = [0.3, 0.8] as const
export const KINDS: ReadonlyArray<StatementKind | 'all'> = ['all', 'direct', 'partial', 'indirect']

export interface Scores {
  gold: number
  predicted: number
  /** Per threshold: matched pairs, precision, recall, F1. */
  at: Record<string, { matched: number, precision: number, recall: number, f1: number }>
  /** Right speaker among pairs matched at the lowest threshold. */
  speakerAccuracy: number
}

/**
 * Character overlap of two spans over the longer one, the Gender Gap Tracker's quote-matching
 * criterion: symmetric, so neither a too-long nor a too-short prediction passes a high threshold.
 */
export function overlap (a: { start: number, end: number }, b: { start: number, end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
  return shared / Math.max(a.end - a.start, b.end - b.start, 1)
}

/** Determiners and titles of every lexicon: `le président` and `président`, `Mr Reyes` and `Reyes` name the same. */
const LEADING = new RegExp(`^(?:(?:${alternation(allLexicons().flatMap((l) => [...l.determiners, ...l.titleGender.keys()]))})(?:\\s+|(?<=')))+`, 'u')

const bare = (name: string): string => foldSameLength(name).replace(LEADING, '').replace(/\s+/g, ' ').trim()

/** A known participant must have its id; a new candidate its name (a surname alone will do). */
export function sameSpeaker (gold: Speaker, predicted: Speaker | null): boolean {
  if (predicted === null) return false
  if (gold.id !== undefined) return predicted.id === gold.id
  if (predicted.id !== undefined) return false
  const [g, p] = [bare(gold.name), bare(predicted.name)]
  return g === p || g.endsWith(' ' + p) || p.endsWith(' ' + g)
}

interface Pair { gold: GoldStatement, predicted: ExtractedStatement, overlap: number }

/** Greedy one-to-one matching, best overlaps first. */
function match (gold: readonly GoldStatement[], predicted: readonly ExtractedStatement[], threshold: number): Pair[] {
  const candidates: Pair[] = []
  for (const g of gold) {
    for (const p of predicted) {
      const o = overlap(g, p)
      if (o >= threshold) candidates.push({ gold: g, predicted: p, overlap: o })
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap)
  const used = new Set<unknown>()
  return candidates.filter((c) => {
    if (used.has(c.gold) || used.has(c.predicted)) return false
    used.add(c.gold)
    used.add(c.predicted)
    return true
  })
}

const ratio = (n: number, d: number): number => d === 0 ? 1 : n / d

export interface DocumentResult { document: GoldDocument, predicted: ExtractedStatement[] }

export function runExtraction (documents: readonly GoldDocument[]): DocumentResult[] {
  return documents.map((document) => ({
    document,
    predicted: extractStatements({ body: document.body, language: document.language, participants: document.participants })
  }))
}

/** Scores for one kind (`all` ignores kinds when matching), summed over documents. */
export function score (results: readonly DocumentResult[], kind: StatementKind | 'all'): Scores {
  const keep = <T extends { kind: StatementKind }>(list: readonly T[]): T[] => list.filter((s) => kind === 'all' || s.kind === kind)
  const totals = { gold: 0, predicted: 0, right: 0, judged: 0 }
  const matched: Record<string, number> = {}
  for (const { document, predicted } of results) {
    const gold = keep(document.statements)
    const mine = keep(predicted)
    totals.gold += gold.length
    totals.predicted += mine.length
    THRESHOLDS.forEach((threshold, i) => {
      const pairs = match(gold, mine, threshold)
      matched[threshold] = (matched[threshold] ?? 0) + pairs.length
      if (i === 0) {
        totals.judged += pairs.length
        totals.right += pairs.filter((p) => sameSpeaker(p.gold.speaker, p.predicted.speaker)).length
      }
    })
  }
  const at: Scores['at'] = {}
  for (const threshold of THRESHOLDS) {
    const n = matched[threshold] ?? 0
    const precision = ratio(n, totals.predicted)
    const recall = ratio(n, totals.gold)
    at[threshold] = { matched: n, precision, recall, f1: precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }
  return { gold: totals.gold, predicted: totals.predicted, at, speakerAccuracy: ratio(totals.right, totals.judged) }
}

/** Gold statements the extractor missed or gave the wrong speaker, offsets or kind: the seed's bar. */
export function exactMisses (result: DocumentResult): GoldStatement[] {
  return result.document.statements.filter((g) => !result.predicted.some((p) =>
    p.start === g.start && p.end === g.end && p.kind === g.kind && sameSpeaker(g.speaker, p.speaker)))
}

/** The content of every pair of quotation marks, the bare-regex baseline quotes in marks are held to. */
const BARE_QUOTE = /«([^«»]+)»|“([^“”]+)”|"([^"\n]+)"/g

function bareQuotes (body: string): Array<{ start: number, end: number }> {
  return [...body.matchAll(BARE_QUOTE)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }))
}

export interface QuotedRecall {
  /** Gold direct and partial statements that lie inside quotation marks. */
  gold: number
  extractor: number
  regex: number
}

/** Recall at overlap 0.3 on the gold quotes in marks: the extractor's (any kind) against the bare regex's. */
export function quotedRecall (results: readonly DocumentResult[]): QuotedRecall {
  const totals = { gold: 0, extractor: 0, regex: 0 }
  for (const { document, predicted } of results) {
    const marks = bareQuotes(document.body)
    const quoted = document.statements.filter((g) => g.kind !== 'indirect' && marks.some((m) => m.start <= g.start && g.end <= m.end))
    totals.gold += quoted.length
    totals.extractor += match(quoted, predicted, 0.3).length
    totals.regex += match(quoted, marks.map((m) => ({ ...m, text: '', kind: 'direct' as const, cue: null, speakerMention: null, speaker: null, confidence: 0 })), 0.3).length
  }
  return { gold: totals.gold, extractor: ratio(totals.extractor, totals.gold), regex: ratio(totals.regex, totals.gold) }
}
