import type { Server as HttpServer } from 'node:http'
import { Server } from 'node:net'
import { setImmediate as afterPoll, setTimeout as sleep } from 'node:timers/promises'
import fp from 'fastify-plugin'

/**
 * How long a connection that is idle when the listener closes stays open: a request already on its
 * way on it is still read and answered (with `Connection: close`) instead of meeting a reset.
 */
export const IDLE_LINGER_MS = 1000

/**
 * Node accepts one queued connection per turn of its event loop: under load the kernel's accept
 * queue holds dozens, and closing the listener resets them all. Turns the loop (each turn polls)
 * until one accepts nothing, or IDLE_LINGER_MS has passed (clients that keep connecting regardless).
 */
async function acceptQueued (server: HttpServer): Promise<void> {
  let accepted = 0
  const count = () => { accepted++ }
  server.on('connection', count)
  try {
    const deadline = performance.now() + IDLE_LINGER_MS
    for (let before = -1; accepted !== before && performance.now() < deadline;) {
      before = accepted
      await afterPoll()
    }
  } finally {
    server.off('connection', count)
  }
}

const openConnections = (server: Server) => new Promise<number>((resolve) => server.getConnections((err, count) => resolve(err === null ? count : 0)))

/**
 * Graceful shutdown over keep-alive connections, in two steps.
 *
 * `announceShutdown(delayMs)` (the server calls it on SIGTERM): from then on /readyz answers 503,
 * so a balancer stops sending here, and every answer says `Connection: close`, so clients leave;
 * the server still accepts and answers for `delayMs`, the time the balancer takes to notice.
 *
 * Then closing the app stops accepting, once the connections the kernel has already queued are
 * accepted (closing the listener would reset them); idle
 * connections get IDLE_LINGER_MS for a request already sent, then are closed; the app's own
 * resources (the database) close only once every connection has ended. Node's `server.close()`
 * alone would drop idle connections at once, resetting a request in flight on one, and keep those
 * that answer a request in flight open for their whole keep-alive timeout.
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** True from the moment shutdown is announced, or the app starts closing. */
    draining: () => boolean
    /** Not ready from now on, still serving; resolves after `delayMs`, when closing may stop accepting. */
    announceShutdown: (delayMs: number) => Promise<void>
  }
}

export default fp(async (fastify) => {
  let draining = false
  let listenerClosed = false
  fastify.decorate('draining', () => draining)
  fastify.decorate('announceShutdown', async (delayMs: number) => {
    draining = true
    await sleep(delayMs)
  })

  fastify.addHook('preClose', async () => {
    draining = true
    const { server } = fastify
    if (!server.listening) return
    await acceptQueued(server)
    // net.Server's close: stop accepting, without http.Server's closing of the idle connections.
    const ended = new Promise((resolve) => Server.prototype.close.call(server, resolve))
    listenerClosed = true
    if (await openConnections(server) > 0) {
      await sleep(IDLE_LINGER_MS)
      server.closeIdleConnections()
    }
    await ended
  })

  fastify.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close')
  })

  // An answer whose headers left before shutdown (a long stream) could not say so: once the
  // listener is closed its connection, idle once the answer is out, gets the same linger, then is
  // closed with the other idle ones. Before that (during the announced delay) closing idle
  // connections could reset one just accepted whose request is not read yet.
  fastify.addHook('onResponse', async (_request, reply) => {
    if (listenerClosed && reply.getHeader('connection') !== 'close') setTimeout(() => fastify.server.closeIdleConnections(), IDLE_LINGER_MS).unref()
  })
}, { name: 'drain' })
