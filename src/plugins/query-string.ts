import fp from 'fastify-plugin'
import { InvalidParameterError } from '../lib/errors.js'

type Parameters = Record<string, string | string[]>

/** Percent-escapes in a row: the bytes of whole UTF-8 characters, when they are UTF-8 at all. */
const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A key or value as sent: `+` is a space and escapes are UTF-8; a `%` without two hex digits is
 * kept as it is (as URLSearchParams keeps it). Undefined when the escaped bytes are not UTF-8.
 */
function decodeComponent (text: string): string | undefined {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text
  if (!spaced.includes('%')) return spaced
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A lone `%`, or escapes that are not UTF-8: only the second is an error.
    try {
      return spaced.replace(ESCAPES, (run) => utf8.decode(Buffer.from(run.replaceAll('%', ''), 'hex')))
    } catch {
      return undefined
    }
  }
}

/** The first parameter of a parsed query string that was not UTF-8, as the client wrote its name. */
const notUtf8 = new WeakMap<Parameters, string>()

/**
 * The router's query string parser. Fastify's own keeps a value whose bytes are not UTF-8
 * undecoded (`speaker=%C3%28` looked for a speaker named "%C3%28"), and the parser cannot answer
 * the request itself (a throw there escapes the router): it notes the parameter for the hook below.
 */
export function parseQueryString (query: string): Parameters {
  const parameters: Parameters = Object.create(null)
  for (const pair of query.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const rawKey = equals === -1 ? pair : pair.slice(0, equals)
    const key = decodeComponent(rawKey)
    const value = equals === -1 ? '' : decodeComponent(pair.slice(equals + 1))
    if (key === undefined || value === undefined) {
      if (!notUtf8.has(parameters)) notUtf8.set(parameters, key ?? rawKey)
      continue
    }
    const previous = parameters[key]
    if (previous === undefined) parameters[key] = value
    else if (Array.isArray(previous)) previous.push(value)
    else parameters[key] = [previous, value]
  }
  return parameters
}

/**
 * A query parameter that is not UTF-8 is a 400 naming it, before anything reads it, on every route
 * that takes a query string; the others (the probes, the documents) ignore theirs, whatever it is.
 */
export default fp(async (fastify) => {
  fastify.addHook('onRequest', async (request) => {
    if (request.routeOptions.schema?.querystring === undefined) return
    const name = notUtf8.get(request.query as Parameters)
    if (name !== undefined) throw new InvalidParameterError('querystring', name, 'is not valid UTF-8')
  })
}, { name: 'query-string' })
