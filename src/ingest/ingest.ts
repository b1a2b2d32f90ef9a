import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ArticleInput } from '../storage/inputs.js'
import type { Storage } from '../storage/storage.js'
import type { BacklogItem } from './articles.js'

export interface Failure { where: string, reason: string }

export interface IngestReport {
  stored: number
  /** Already in the database (the same body, found by its unique hash): a re-run skips what an earlier one stored. */
  skipped: number
  failed: Failure[]
  /** Statements and events the run added to the database. */
  statements: number
  events: number
  seconds: number
  /** Stopped by the signal before the end. */
  interrupted: boolean
}

export interface IngestOptions {
  /** `updatedBy` of what is stored. */
  actor: string
  /** Aborted: the article being stored is finished, then the run stops. */
  signal?: AbortSignal
  /** Called after each article, whatever became of it. */
  onArticle?: (outcome: 'stored' | 'skipped' | Failure) => void
}

const statusOf = (err: unknown) => (err as { statusCode?: number }).statusCode

/**
 * Whether a 409 says the article's own `id` is taken by a different text, rather than that this
 * text is stored already (under its id derived from the body, or another one).
 */
async function idTakenByOtherText (storage: Storage, input: ArticleInput): Promise<boolean> {
  if (input.id === undefined) return false
  try {
    return (await storage.getArticle(input.id)).body !== input.body
  } catch {
    return false
  }
}

/** The statements and events in the database: counted before and after, which tells what the run added. */
async function totals (storage: Storage): Promise<{ statements: number, events: number }> {
  const [statements, events] = await Promise.all([storage.listStatements({ limit: 1, count: true }), storage.listEvents({ limit: 1, count: true })])
  return { statements: statements.total ?? 0, events: events.total ?? 0 }
}

/**
 * Stores each article with its extracted statements and events (`createArticle` with `extract`:
 * one transaction per article). The same text twice is the storage's 409 (articles have a unique
 * body hash), counted as skipped: so a run stopped half-way is resumed by running it again, with
 * no state file. A bad article is a failure with its reason and the run goes on; a 503 (the
 * database cannot take writes) stops it, as every later write would fail the same way.
 */
export async function ingestArticles (storage: Storage, items: AsyncIterable<BacklogItem>, options: IngestOptions): Promise<IngestReport> {
  const started = performance.now()
  const before = await totals(storage)
  const report: IngestReport = { stored: 0, skipped: 0, failed: [], statements: 0, events: 0, seconds: 0, interrupted: false }
  for await (const item of items) {
    if (options.signal?.aborted === true) {
      report.interrupted = true
      break
    }
    let outcome: 'stored' | 'skipped' | Failure
    if ('problem' in item) {
      outcome = { where: item.where, reason: item.problem }
    } else {
      try {
        await storage.createArticle(item.input, { actor: options.actor, extract: true })
        outcome = 'stored'
      } catch (err) {
        const status = statusOf(err)
        if (status === 503) throw err
        outcome = status === 409 && !await idTakenByOtherText(storage, item.input)
          ? 'skipped'
          : { where: item.where, reason: (err as Error).message }
      }
    }
    if (outcome === 'stored') report.stored++
    else if (outcome === 'skipped') report.skipped++
    else report.failed.push(outcome)
    options.onArticle?.(outcome)
    // SQLite's verbs run synchronously: let a signal (and the terminal) through between articles.
    await nextTurn()
  }
  const after = await totals(storage)
  report.statements = after.statements - before.statements
  report.events = after.events - before.events
  report.seconds = (performance.now() - started) / 1000
  return report
}
