// A tour of the typed client, without a single cast: test/client.test.ts type-checks it under
// `strict` and runs it against a real server (`tour('http://127.0.0.1:3000')`).
import { createNewsEventsClient, type FieldError, type Problem } from './index.js'

/** A failed request, carrying its problem details. */
export class ProblemError extends Error {
  constructor (readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail ?? problem.title}`)
  }
}

/** What the tour found, in the types the client gives (none of them `any`, none of them cast). */
export interface Tour {
  statementIds: string[]
  pages: number
  bySpeaker: { ids: string[], total: number | undefined }
  byEitherSpeaker: { ids: string[], total: number | undefined }
  titles: Array<{ id: string, title: string | undefined, startDate: string | undefined }>
  notFound: Problem | undefined
  invalid: FieldError | undefined
  csv: string | undefined
}

export async function tour (baseUrl: string): Promise<Tour> {
  const client = createNewsEventsClient({ baseUrl })

  // Every statement, a page at a time: pass each page's nextCursor until it is null.
  const statementIds: string[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const { data: page, error } = await client.GET('/statements', { params: { query: { limit: 4, cursor } } })
    if (error !== undefined) throw new ProblemError(error)
    statementIds.push(...page.data.map((statement) => statement.id))
    cursor = page.nextCursor ?? undefined
    pages++
  } while (cursor !== undefined)

  // A filter takes one value, or several (any of them matches).
  const bySpeaker = await client.GET('/statements', { params: { query: { speaker: 'par_vladimir-putin', count: true } } })
  const byEitherSpeaker = await client.GET('/statements', { params: { query: { speaker: ['par_vladimir-putin', 'par_kim-jong-un'], count: true } } })
  if (bySpeaker.error !== undefined) throw new ProblemError(bySpeaker.error)
  if (byEitherSpeaker.error !== undefined) throw new ProblemError(byEitherSpeaker.error)

  // A projection: only the fields asked for (and the id); the others are absent.
  const projection = await client.GET('/events', { params: { query: { fields: ['title'], limit: 100 } } })
  if (projection.error !== undefined) throw new ProblemError(projection.error)
  const titles = projection.data.data.map((event) => ({ id: event.id, title: event.title, startDate: event.startDate }))

  // Errors are problem details, typed: status, code, and for a 400 which parameter and why.
  const notFound = await client.GET('/events/{id}', { params: { path: { id: 'evt_nope' } } })
  const invalid = await client.GET('/statements', { params: { query: { limit: 500 } } })

  // CSV, asked for explicitly, read as text.
  const { data: csv } = await client.GET('/events', { params: { query: { format: 'csv' } }, parseAs: 'text' })

  return {
    statementIds,
    pages,
    bySpeaker: { ids: bySpeaker.data.data.map((statement) => statement.id), total: bySpeaker.data.total },
    byEitherSpeaker: { ids: byEitherSpeaker.data.data.map((statement) => statement.id), total: byEitherSpeaker.data.total },
    titles,
    notFound: notFound.error,
    invalid: invalid.error?.errors?.[0],
    csv
  }
}
