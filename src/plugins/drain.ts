import { Server } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import fp from 'fastify-plugin'

/**
 * How long a connection that is idle when shutdown starts stays open: a request already on its way
 * on it is still read and answered (with `Connection: close`) instead of meeting a reset.
 */
export const IDLE_LINGER_MS = 1000

const openConnections = (server: Server) => new Promise<number>((resolve) => server.getConnections((err, count) => resolve(err === null ? count : 0)))

/**
 * Graceful shutdown over keep-alive connections. When the app closes, the server stops accepting
 * connections at once; from then on every answer says `Connection: close` and its connection ends
 * with it; idle connections get IDLE_LINGER_MS for a request already sent, then are closed; the
 * app's own resources (the database) close only once every connection has ended. Node's
 * `server.close()` alone would drop idle connections at once, resetting a request in flight on one,
 * and keep those that answer a request in flight open for their whole keep-alive timeout.
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** True from the moment the app starts closing. */
    draining: () => boolean
  }
}

export default fp(async (fastify) => {
  let draining = false
  fastify.decorate('draining', () => draining)

  fastify.addHook('preClose', async () => {
    draining = true
    const { server } = fastify
    if (!server.listening) return
    // net.Server's close: stop accepting, without http.Server's closing of the idle connections.
    const ended = new Promise((resolve) => Server.prototype.close.call(server, resolve))
    if (await openConnections(server) > 0) {
      await sleep(IDLE_LINGER_MS)
      server.closeIdleConnections()
    }
    await ended
  })

  fastify.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close')
  })

  // An answer whose headers left before shutdown (a long stream) could not say so: its connection,
  // idle once the answer is out, gets the same linger, then is closed with the other idle ones.
  fastify.addHook('onResponse', async (_request, reply) => {
    if (draining && reply.getHeader('connection') !== 'close') setTimeout(() => fastify.server.closeIdleConnections(), IDLE_LINGER_MS).unref()
  })
}, { name: 'drain' })
