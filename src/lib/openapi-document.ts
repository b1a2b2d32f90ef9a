import { fileURLToPath } from 'node:url'

/** The committed copy of the generated OpenAPI document. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/** The exact text of the committed file, so the drift test compares like with like. */
export function renderOpenApi (document: unknown): string {
  return JSON.stringify(document, null, 2) + '\n'
}

/**
 * A filter that takes several values (lib/schemas.ts `Multi`) takes one as it is, too: `speaker=x`
 * arrives as `["x"]` (Ajv coerces it; plugins/list-parameters.ts splits commas). The route schema
 * stays an array, which is what handlers get; the document says "one value or several", so that
 * generated clients accept `speaker: 'x'` as well as `speaker: ['x', 'y']`.
 */
interface ParameterObject { in: string, schema?: { type?: unknown, items?: unknown, anyOf?: unknown[] } }

export function oneOrSeveralValues<D extends { paths?: Record<string, Record<string, { parameters?: ParameterObject[] }>> }> (document: D): D {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'query' && parameter.schema?.type === 'array') parameter.schema = { anyOf: [parameter.schema.items, parameter.schema] }
      }
    }
  }
  return document
}

/**
 * A copy of the document with `type: 'string'` beside every enum of strings, as linters and
 * generated clients expect. The route schemas leave it out on purpose: with a `type`, Ajv refuses a
 * wrong value as "must be string" instead of listing the values allowed. For the values accepted,
 * an enum of strings and the same with its type say the same.
 */
export function typedEnums<D> (document: D): D {
  return withEnumTypes(document) as D
}

function withEnumTypes (node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withEnumTypes)
  if (node === null || typeof node !== 'object') return node
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withEnumTypes(value)]))
  const strings = Array.isArray(copy.enum) && copy.enum.every((value) => typeof value === 'string')
  return strings && copy.type === undefined ? { type: 'string', ...copy } : copy
}
