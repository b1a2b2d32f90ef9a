// Clients of a server that is being shut down, each request noted with the moment it was on an
// established connection: kept-alive clients (node:http's Agent; they reconnect whenever an answer
// says `Connection: close`) and clients that open a new connection for every request. Each sends its
// next request as soon as the last one is settled, until a new connection is refused or `stopAt`.
import { Agent, request } from 'node:http'

export interface Outcome {
  /** `performance.now()` once the request's connection was established (for a new one, its handshake done). */
  connectedAt: number
  /** An answer's status, or the error that came instead. */
  status?: number
  /** The answer's Content-Type. */
  type?: string
  error?: string
}

function get (port: number, path: string, agent: Agent | false): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { connectedAt: Infinity }
    const req = request({ host: '127.0.0.1', port, path, agent, headers: agent === false ? { connection: 'close' } : {} }, (res) => {
      outcome.status = res.statusCode
      outcome.type = res.headers['content-type']
      res.resume()
      res.on('end', () => resolve(outcome))
      res.on('error', (err) => resolve({ ...outcome, status: undefined, error: (err as { code?: string }).code ?? err.message }))
    })
    req.on('socket', (socket) => {
      if (!socket.connecting) outcome.connectedAt = performance.now()
      else socket.once('connect', () => { outcome.connectedAt = performance.now() })
    })
    req.on('error', (err) => resolve({ ...outcome, error: (err as { code?: string }).code ?? err.message }))
    req.end()
  })
}

export function startConnectingClients (port: number, options: { keptAlive: number, connecting: number, paths: readonly string[], stopAt: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: options.keptAlive })
  const outcomes: Outcome[] = []
  const loop = async (client: number, via: Agent | false) => {
    for (let i = client; performance.now() < options.stopAt; i++) {
      const outcome = await get(port, options.paths[i % options.paths.length] as string, via)
      outcomes.push(outcome)
      if (outcome.error === 'ECONNREFUSED') return
    }
  }
  const loops = [
    ...Array.from({ length: options.keptAlive }, async (_, client) => await loop(client, agent)),
    ...Array.from({ length: options.connecting }, async (_, client) => await loop(client, false))
  ]
  return {
    outcomes,
    /** Resolves once every client has met a refused connection (or `stopAt` has passed). */
    done: async () => {
      await Promise.all(loops)
      agent.destroy()
      return outcomes
    }
  }
}
