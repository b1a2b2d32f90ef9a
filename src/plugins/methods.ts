import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods routes take at a concrete path (`/events/evt_x`), sorted; none for an unknown path. */
    methodsOf: (path: string) => string[]
  }
}

/**
 * What each path takes, from the routes as they are added: a known path asked with another method
 * is a 405 with Allow (problems.ts), and an OPTIONS answer says Allow too (RFC 9110 §9.3.7).
 * Wildcard routes (the CORS preflight, static files) name no path of their own.
 */
export default fp(async (fastify) => {
  const routes: Array<{ pattern: RegExp, methods: string[] }> = []
  fastify.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return
    const parts = route.url.split('/').map((part) => part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    routes.push({ pattern: new RegExp(`^${parts.join('/')}/?$`), methods: [route.method].flat() })
  })
  fastify.decorate('methodsOf', (path: string) =>
    [...new Set(routes.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods))].sort())

  // CORS answers every OPTIONS; a bare one for a path no route has is still a 404.
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] !== undefined) return
    if (fastify.methodsOf(request.url.split('?')[0] as string).length === 0) {
      reply.callNotFound()
      return reply
    }
  })

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'OPTIONS' || reply.hasHeader('allow')) return payload
    const methods = fastify.methodsOf(request.url.split('?')[0] as string)
    if (methods.length > 0) reply.header('allow', [...methods, 'OPTIONS'].join(', '))
    return payload
  })
}, { name: 'methods' })
