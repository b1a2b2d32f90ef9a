// A sustained mix of reads and writes with autocannon: every connection goes round the same cycle,
// and each record it creates is read back by id on the same connection right after the 201.
import autocannon from 'autocannon'
import { Acknowledged, articleQuery, articleText, eventBody, participantBody, statementBody, type Kind } from './writes.js'

export interface LoadFigures {
  seconds: number
  connections: number
  requests: number
  rps: number
  p99: number
  errors: number
  timeouts: number
  non2xx: number
  /** Responses by status code. */
  statuses: Record<string, number>
}

/** What one connection remembers within a cycle: the records it created, to refer to and read back. */
interface Context { participant?: string, event?: string, statement?: string }

const JSON_TYPE = 'application/json'
const TEXT_TYPE = 'text/plain; charset=utf-8'

export async function mixedLoad (port: number, key: string, seconds: number, connections: number, acknowledged: Acknowledged): Promise<LoadFigures> {
  const run = Date.now().toString(36)
  let n = 0

  /** A POST with a new tag each time; the id of what it created goes into the connection's context. */
  const write = (kind: Kind, type: string, make: (tag: string, context: Context) => { path: string, body: string }): autocannon.Request => ({
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': type },
    setupRequest: (request, context: Context) => ({ ...request, ...make(`${run}-${++n}`, context) }),
    onResponse: (status, body, context: Context, headers) => {
      if (status !== 201) return
      const id = acknowledged.add(kind, body, headers?.location as string | undefined)
      if (kind !== 'article') context[kind] = id
    }
  })
  const readBack = (kind: keyof Context, collection: string): autocannon.Request => ({
    method: 'GET',
    setupRequest: (request, context: Context) => ({ ...request, path: `${collection}/${encodeURIComponent(context[kind] ?? 'none')}` })
  })

  const requests: autocannon.Request[] = [
    { method: 'GET', path: '/events' },
    write('participant', JSON_TYPE, (tag) => ({ path: '/participants', body: JSON.stringify(participantBody(tag)) })),
    readBack('participant', '/participants'),
    { method: 'GET', path: '/statements?limit=20' },
    write('event', JSON_TYPE, (tag, context) => ({ path: '/events', body: JSON.stringify(eventBody(tag, context.participant ?? 'none')) })),
    readBack('event', '/events'),
    { method: 'GET', path: `/search?q=${encodeURIComponent('traité')}` },
    write('statement', JSON_TYPE, (tag, context) => ({
      path: '/statements', body: JSON.stringify(statementBody(tag, n, context.event ?? 'none', context.participant ?? 'none'))
    })),
    readBack('statement', '/statements'),
    { method: 'GET', path: '/events/evt_putin-kim-talks-2024?include=participants,statements,articles' },
    { method: 'GET', path: `/statements?q=${encodeURIComponent('Corée')}&limit=10` },
    // A whole article with extraction: the article, an event and its statements in one transaction.
    write('article', TEXT_TYPE, (tag) => ({ path: `/articles${articleQuery(tag)}`, body: articleText(tag) })),
    { method: 'GET', path: '/participants?limit=50' }
  ]

  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections, pipelining: 1, duration: seconds, timeout: 30, requests })
  const duration = result.duration > 0 ? result.duration : seconds
  return {
    seconds: duration,
    connections,
    requests: result.requests.total,
    rps: result.requests.total / duration,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]))
  }
}
