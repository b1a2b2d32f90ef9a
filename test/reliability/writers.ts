// Clients writing through the API, each in a loop, until told to stop: a participant, an event
// linking it, a statement by it, and now and then a whole article with extraction. Each 201 goes
// into the ledger; the others are tallied, with the id the write would have created.
import { Acknowledged, articleQuery, articleText, eventBody, participantBody, statementBody, type Kind } from './writes.js'

export interface WriterTally {
  /** Requests that got no answer, by error code (ECONNREFUSED: a new connection was refused). */
  unanswered: Record<string, number>
  /** Answers other than 201, by status. */
  refused: Record<string, number>
  /** Writes of our own id that got no 201, and what they got instead. */
  notAcknowledged: Array<{ kind: Kind, id: string, outcome: string }>
}

const count = (tally: Record<string, number>, key: string) => { tally[key] = (tally[key] ?? 0) + 1 }
const errorCode = (err: Error) => (err.cause as { code?: string } | undefined)?.code ?? err.name

export function startWriters (url: (path: string) => string, key: string, clients: number, tag: string, acknowledged: Acknowledged) {
  let stopped = false
  const tally: WriterTally = { unanswered: {}, refused: {}, notAcknowledged: [] }

  async function post (kind: Kind, path: string, type: string, body: string, ownId?: string): Promise<string | undefined> {
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
    } catch (err) {
      count(tally.unanswered, errorCode(err as Error))
      if (ownId !== undefined) tally.notAcknowledged.push({ kind, id: ownId, outcome: errorCode(err as Error) })
      return undefined
    }
    if (res.status !== 201) {
      count(tally.refused, String(res.status))
      if (ownId !== undefined) tally.notAcknowledged.push({ kind, id: ownId, outcome: String(res.status) })
      return undefined
    }
    return acknowledged.add(kind, text, res.headers.get('location') ?? undefined)
  }
  const json = <T extends { id: string }>(kind: Kind, path: string, body: T) => post(kind, path, 'application/json', JSON.stringify(body), body.id)

  async function client (c: number) {
    for (let n = 1; ; n++) {
      if (stopped) return
      const t = `${tag}-c${c}-${n}`
      const participant = await json('participant', '/participants', participantBody(t))
      // No answer: the server is gone or going; do not spin on refused connections.
      if (participant === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        continue
      }
      const event = await json('event', '/events', eventBody(t, participant))
      if (event !== undefined) await json('statement', '/statements', statementBody(t, n * 7 + c, event, participant))
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
