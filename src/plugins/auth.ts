import type { FastifyRequest } from 'fastify'
import { statSync } from 'node:fs'
import fp from 'fastify-plugin'
import Type from 'typebox'
import { allows, findKey, readKeys, type ApiKey, type Scope } from '../auth/keys.js'
import { ForbiddenError, UnauthorizedError } from '../lib/errors.js'
import { problemResponse } from '../lib/schemas.js'

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

const CHALLENGE = {
  'WWW-Authenticate': Type.String({ description: `\`Bearer realm="${REALM}"\`, with \`error="invalid_token"\` when the key sent is not valid.` })
}
const needsKey = (scope: Scope) => `This needs an API key with the '${scope}' scope: send Authorization: Bearer <key>`

/**
 * What the auth plugin answers, as the route's documentation: a route with a scope needs a key
 * (401) that holds it (403); a read takes a key, needs one only under READS_REQUIRE_KEY (401, and
 * any key may read), and a valid one is its own rate-limit budget; a public route takes none.
 */
function documentedAuth (config: { scope?: Scope, public?: boolean }): { security: Array<Record<string, string[]>>, responses: object } {
  const { scope } = config
  if (scope !== undefined) {
    return {
      security: [{ bearerAuth: [] }],
      responses: {
        401: problemResponse(401, { detail: needsKey(scope), headers: CHALLENGE }),
        403: problemResponse(403, { detail: `The key 'reader' has the 'read' scope; this needs '${scope}'` })
      }
    }
  }
  if (config.public === true) return { security: [{}], responses: {} }
  return {
    security: [{}, { bearerAuth: [] }],
    responses: {
      401: problemResponse(401, {
        description: 'Only when the server runs with `READS_REQUIRE_KEY`: no valid API key; send `Authorization: Bearer <key>` (see `WWW-Authenticate`).',
        detail: needsKey('read'),
        headers: CHALLENGE
      })
    }
  }
}

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

  // Documented on every route added after this plugin.
  fastify.addHook('onRoute', (route) => {
    if (route.schema === undefined || route.schema.hide === true) return
    const { security, responses } = documentedAuth(route.config ?? {})
    route.schema = { ...route.schema, security, response: { ...responses, ...route.schema.response as object } }
  })

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
