// Clients writing through the API, each in a loop, until told to stop: a participant, an event
// linking it, a statement by it, and now and then a whole article with extraction. Each 201 goes
// into the ledger; a request that got no answer (the server died under it) is only counted.
import { Acknowledged, articleQuery, articleText, eventBody, participantBody, statementBody, type Kind } from './writes.js'

export interface WriterTally {
  /** Requests that got no answer: their outcome is unknown, committed or not. */
  unanswered: number
  /** Answers other than 201, by status: there should be none. */
  refused: Record<string, number>
}

export function startWriters (url: (path: string) => string, key: string, clients: number, tag: string, acknowledged: Acknowledged) {
  let stopped = false
  const tally: WriterTally = { unanswered: 0, refused: {} }

  async function post (kind: Kind, path: string, type: string, body: string): Promise<string | undefined> {
    if (stopped) return undefined
    let res: Response
    let text: string
    try {
      res = await fetch(url(path), {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': type },
        body,
        signal: AbortSignal.timeout(60_000)
      })
      text = await res.text()
    } catch {
      tally.unanswered++
      return undefined
    }
    if (res.status !== 201) {
      tally.refused[res.status] = (tally.refused[res.status] ?? 0) + 1
      return undefined
    }
    return acknowledged.add(kind, text, res.headers.get('location') ?? undefined)
  }

  async function client (c: number) {
    const json = 'application/json'
    for (let n = 1; ; n++) {
      if (stopped) return
      const t = `${tag}-c${c}-${n}`
      const participant = await post('participant', '/participants', json, JSON.stringify(participantBody(t)))
      if (participant === undefined) continue
      const event = await post('event', '/events', json, JSON.stringify(eventBody(t, participant)))
      if (event !== undefined) await post('statement', '/statements', json, JSON.stringify(statementBody(t, n * 7 + c, event, participant)))
      if ((n + c) % 3 === 0) await post('article', `/articles${articleQuery(t)}`, 'text/plain; charset=utf-8', articleText(t))
    }
  }

  const running = Array.from({ length: clients }, (_, c) => client(c))
  return {
    /** Stops every loop (a request in flight finishes or fails first) and gives the tally. */
    async stop (): Promise<WriterTally> {
      stopped = true
      await Promise.all(running)
      return tally
    }
  }
}
