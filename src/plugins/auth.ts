import type { FastifyRequest } from 'fastify'
import { statSync } from 'node:fs'
import fp from 'fastify-plugin'
import { allows, findKey, readKeys, type ApiKey, type Scope } from '../auth/keys.js'
import { ForbiddenError, UnauthorizedError } from '../lib/errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The valid API key a request presents, if any: checked, never throws (for the rate limit). */
    presentedKey: (request: FastifyRequest) => ApiKey | undefined
  }
  interface FastifyRequest {
    /** The API key the request was made with, once checked. */
    apiKey: ApiKey | null
  }
  interface FastifyContextConfig {
    /** The scope a route needs; reads need `read` only when READS_REQUIRE_KEY is on. */
    scope?: Scope
    /** Open to everyone whatever the settings: probes, the index, the documentation. */
    public?: boolean
  }
}

export interface AuthOptions {
  apiKeysFile: string
  readsRequireKey: boolean
}

export const REALM = 'news-events-api'

function modified (file: string): number {
  try {
    return file === '' ? 0 : statSync(file).mtimeMs
  } catch {
    return 0
  }
}

/**
 * Bearer API keys (RFC 6750). The keys file is read once at start; a route declares the scope it
 * needs in its config. Only a hash of each key is held, and the header is never logged.
 */
export default fp<AuthOptions>(async (fastify, options) => {
  // Re-read when the file changes, so a key made with `npm run key:create` works without a restart.
  let keys = readKeys(options.apiKeysFile)
  let version = modified(options.apiKeysFile)
  const currentKeys = () => {
    const now = modified(options.apiKeysFile)
    if (now !== version) {
      keys = readKeys(options.apiKeysFile)
      version = now
    }
    return keys
  }
  fastify.decorateRequest('apiKey', null)

  const bearer = (request: FastifyRequest) => {
    const header = request.headers.authorization
    return header === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1]
  }
  const checked = new WeakMap<FastifyRequest, ApiKey | undefined>()
  const keyOf = (request: FastifyRequest, secret: string) => {
    if (!checked.has(request)) checked.set(request, findKey(currentKeys(), secret))
    return checked.get(request)
  }
  fastify.decorate('presentedKey', (request: FastifyRequest) => {
    const secret = bearer(request)
    return secret === undefined ? undefined : keyOf(request, secret)
  })

  function authenticate (request: FastifyRequest, needed: Scope): void {
    const secret = bearer(request)
    if (secret === undefined) {
      throw Object.assign(new UnauthorizedError(`This needs an API key with the '${needed}' scope: send Authorization: Bearer <key>`),
        { wwwAuthenticate: `Bearer realm="${REALM}"` })
    }
    const key = keyOf(request, secret)
    if (key === undefined) {
      throw Object.assign(new UnauthorizedError('The API key is not valid'),
        { wwwAuthenticate: `Bearer realm="${REALM}", error="invalid_token"` })
    }
    if (!allows(key.scope, needed)) {
      throw new ForbiddenError(`The key '${key.name}' has the '${key.scope}' scope; this needs '${needed}'`)
    }
    request.apiKey = key
  }

  fastify.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config
    const needed = config.scope ?? (options.readsRequireKey && config.public !== true && !request.url.startsWith('/docs') ? 'read' : undefined)
    if (needed === undefined) return
    try {
      authenticate(request, needed)
    } catch (err) {
      const challenge = (err as { wwwAuthenticate?: string }).wwwAuthenticate
      if (challenge !== undefined) reply.header('www-authenticate', challenge)
      throw err
    }
  })
}, { name: 'auth' })
