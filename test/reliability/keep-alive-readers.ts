// Clients reading through kept-alive connections (node:http's Agent), each sending its next request
// as soon as the last answer is in, until one of its requests finds no server: what a busy client of
// a server that is shutting down sees.
import { Agent, request } from 'node:http'

export interface ReaderTally {
  /** Answers by status. */
  answered: Record<string, number>
  /** Answers that said `Connection: close`. */
  closing: number
  /**
   * Requests that got no answer, by error code (ECONNREFUSED: a new connection was refused); a
   * reset of a connection the request opened, rather than one kept alive, counts as NEW_CONNECTION_RESET.
   */
  unanswered: Record<string, number>
}

/** A new connection reset before its request was read: still in the kernel's queue when the listener closed. */
export const NEW_CONNECTION_RESET = 'ECONNRESET on a new connection'

const count = (tally: Record<string, number>, key: string) => { tally[key] = (tally[key] ?? 0) + 1 }

function get (agent: Agent, port: number, path: string): Promise<{ status: number, connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }))
      res.on('error', reject)
    })
    req.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ECONNRESET' && !req.reusedSocket ? Object.assign(err, { code: NEW_CONNECTION_RESET }) : err)).end()
  })
}

export function startKeepAliveReaders (port: number, clients: number, paths: readonly string[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const tally: ReaderTally = { answered: {}, closing: 0, unanswered: {} }
  let sent = 0
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = client; ; i += clients) {
      sent++
      try {
        const res = await get(agent, port, paths[i % paths.length] as string)
        count(tally.answered, String(res.status))
        if (res.connection === 'close') tally.closing++
      } catch (err) {
        const code = (err as { code?: string }).code ?? (err as Error).message
        count(tally.unanswered, code)
        if (code === 'ECONNREFUSED') return
      }
    }
  })
  return {
    tally,
    sent: () => sent,
    /** Resolves once every client has met a refused connection. */
    done: async () => {
      await Promise.all(loops)
      agent.destroy()
      return tally
    }
  }
}
