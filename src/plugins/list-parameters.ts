import fp from 'fastify-plugin'

interface QuerySchema { properties?: Record<string, { type?: string }> }

/**
 * `speaker=a,b` means the same as `speaker=a&speaker=b`: before validation, every query parameter
 * the route declares as an array is split on commas, so each value is validated on its own.
 */
export default fp(async (fastify) => {
  fastify.addHook('preValidation', async (request) => {
    const properties = (request.routeOptions.schema?.querystring as QuerySchema | undefined)?.properties
    const query = request.query as Record<string, unknown> | undefined
    if (properties === undefined || query === undefined) return
    for (const [name, property] of Object.entries(properties)) {
      if (property.type === 'array' && query[name] !== undefined) {
        query[name] = [query[name]].flat().flatMap((value) => String(value).split(','))
      }
    }
  })
}, { name: 'list-parameters' })
