import { fileURLToPath } from 'node:url'

/** The committed copy of the generated OpenAPI document. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/** The exact text of the committed file, so the drift test compares like with like. */
export function renderOpenApi (document: unknown): string {
  return JSON.stringify(document, null, 2) + '\n'
}

interface ParameterSchema { type?: unknown, items?: unknown, anyOf?: ParameterSchema[] }
interface ParameterObject { in: string, schema?: ParameterSchema }
type Document = { paths?: Record<string, Record<string, { parameters?: ParameterObject[] }>> }

function queryParameters (document: Document): ParameterObject[] {
  return Object.values(document.paths ?? {}).flatMap((item) => Object.values(item).flatMap((operation) => operation.parameters ?? []))
    .filter((parameter) => parameter.in === 'query')
}

/**
 * A filter that takes several values (lib/schemas.ts `Multi`) takes one as it is, too: `speaker=x`
 * arrives as `["x"]` (Ajv coerces it; plugins/list-parameters.ts splits commas). The route schema
 * stays an array, which is what handlers get; the document says "one value or several", so that
 * generated clients accept `speaker: 'x'` as well as `speaker: ['x', 'y']`.
 */
export function oneOrSeveralValues<D extends Document> (document: D): D {
  for (const parameter of queryParameters(document)) {
    if (parameter.schema?.type === 'array') parameter.schema = { anyOf: [parameter.schema.items as ParameterSchema, parameter.schema] }
  }
  return document
}

/**
 * The same filters shown as arrays again, for Swagger UI (at /docs/json): it draws a parameter by its
 * `type`, so "one value or several" would be a plain text box where an array is a list of values.
 */
export function severalValuesAsArrays<D extends Document> (document: D): D {
  for (const parameter of queryParameters(document)) {
    const array = parameter.schema?.anyOf?.find((branch) => branch.type === 'array')
    if (array !== undefined) parameter.schema = array
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
