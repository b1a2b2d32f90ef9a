import fp from 'fastify-plugin'

interface QuerySchema { properties?: Record<string, { type?: string }> }

function decode (raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '))
}

/**
 * The values of the array parameters in a raw query string, each split on its literal commas:
 * `kind=direct,partial` is two values, but an encoded comma (`Seoul%2C%20Korea`) stays in its value.
 */
function arrayValues (rawQuery: string, arrays: Set<string>): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue
    const at = pair.indexOf('=')
    const name = decode(at === -1 ? pair : pair.slice(0, at))
    if (!arrays.has(name)) continue
    const parts = (at === -1 ? '' : pair.slice(at + 1)).split(',').map(decode)
    values.set(name, [...(values.get(name) ?? []), ...parts])
  }
  return values
}

/**
 * `speaker=a,b` means the same as `speaker=a&speaker=b`: before validation, every query parameter
 * the route declares as an array is re-read from the raw query string and split on commas, so each
 * value is validated on its own.
 */
export default fp(async (fastify) => {
  fastify.addHook('preValidation', async (request) => {
    const properties = (request.routeOptions.schema?.querystring as QuerySchema | undefined)?.properties
    const query = request.query as Record<string, unknown> | undefined
    const mark = request.url.indexOf('?')
    if (properties === undefined || query === undefined || mark === -1) return
    const rawQuery = request.url.slice(mark + 1)
    const arrays = new Set(Object.keys(properties).filter((name) => properties[name]?.type === 'array' && query[name] !== undefined))
    if (arrays.size === 0) return
    let values: Map<string, string[]>
    try {
      values = arrayValues(rawQuery, arrays)
    } catch {
      return // A malformed escape: leave the parsed values to validation.
    }
    for (const [name, list] of values) query[name] = list
  })
}, { name: 'list-parameters' })
