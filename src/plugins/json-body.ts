import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { InvalidParameterError } from '../lib/errors.js'
import { duplicateKey } from '../lib/json-duplicates.js'

type Done = (error: Error | null, body?: unknown) => void

/**
 * JSON bodies, as application/json and as merge patches (RFC 7396, JSON with its own media type):
 * Fastify's own parser (secure-json-parse refuses prototype poisoning; the body limit holds), then
 * a key given twice in one object is a 400 naming it — JSON.parse would keep the last silently,
 * and a client meant one of them. Many clients send `Content-Type: application/json` on every
 * request: a DELETE with it and no body is no error.
 */
export default fp(async (fastify) => {
  const json = fastify.getDefaultJsonParser('error', 'error')
  function parse (request: FastifyRequest, text: string, done: Done) {
    json(request, text, (error: Error | null, body?: unknown) => {
      if (error !== null) return done(error)
      const key = duplicateKey(text, body)
      if (key === undefined) return done(null, body)
      done(new InvalidParameterError('body', key, 'is given more than once in the same object'))
    })
  }

  fastify.removeContentTypeParser('application/json')
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) =>
    request.method === 'DELETE' && text === '' ? done(null, undefined) : parse(request, text as string, done))
  fastify.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, (request, text, done) =>
    parse(request, text as string, done))
}, { name: 'json-body' })
