import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { isPartialDate, PARTIAL_DATE_FORMAT } from '../../src/lib/partial-date.js'
import { OPENAPI_FILE } from '../../src/lib/openapi-document.js'

/** The OpenAPI document as the fuzzer reads it: only what it needs. */
export interface Schema { [keyword: string]: any }
export interface Parameter { name: string, in: 'query' | 'path' | 'header', required?: boolean, schema: Schema }
export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** `/events/{id}` */
  path: string
  /** `GET /events/{id}`, the name used in messages. */
  name: string
  parameters: Parameter[]
  /** Media type → schema of the request body, when there is one. */
  body: Record<string, Schema> | undefined
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
  secured: boolean
}

export interface Answer {
  statusCode: number
  headers: Record<string, string | string[] | number | undefined>
  body: string
}

export const loadSpec = (): Schema => JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'))

/** Every operation of the document, in document order. */
export function operationsOf (spec: Schema): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries<Schema>(spec.paths)) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      if (typeof op !== 'object' || op.responses === undefined) continue
      const body = op.requestBody?.content as Record<string, { schema: Schema }> | undefined
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        name: `${method.toUpperCase()} ${path}`,
        parameters: op.parameters ?? [],
        body: body === undefined ? undefined : Object.fromEntries(Object.entries(body).map(([type, media]) => [type, media.schema])),
        responses: op.responses,
        // A key is required when every way in names a scheme; an empty requirement (`{}`) lets anyone in.
        secured: Array.isArray(op.security) && op.security.length > 0 && op.security.every((requirement: object) => Object.keys(requirement).length > 0)
      })
    }
  }
  return operations
}

const JSON_TYPES = /^application\/(?:[a-z.+-]+\+)?json$/
const mediaType = (header: unknown) => String(header ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * Checks answers against the document: the status must be documented for the operation, the
 * Content-Type among those documented for that status, and a JSON body valid against its schema.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12; the whole document is added to Ajv once, so the
 * `#/components/schemas/…` references resolve inside it exactly as a client's tooling would.
 */
export function contractChecker (spec: Schema) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  const addFormats = (formats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default
  addFormats(ajv)
  ajv.addFormat(PARTIAL_DATE_FORMAT, isPartialDate)
  ajv.addSchema(spec, 'openapi.json')
  const validators = new Map<string, ValidateFunction>()
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

  function validatorFor (op: Operation, status: string, type: string): ValidateFunction {
    const ref = `openapi.json#/${pointer('paths', op.path, op.method.toLowerCase(), 'responses', status, 'content', type, 'schema')}`
    let validate = validators.get(ref)
    if (validate === undefined) {
      validate = ajv.compile({ $ref: ref })
      validators.set(ref, validate)
    }
    return validate
  }

  /** The first way the answer breaks the contract, or undefined if it keeps it. */
  return function check (op: Operation, answer: Answer): string | undefined {
    const status = String(answer.statusCode)
    const documented = op.responses[status]
    if (documented === undefined) return `status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`
    const content = documented.content
    const type = mediaType(answer.headers['content-type'])
    if (content === undefined || Object.keys(content).length === 0) {
      return answer.body === '' ? undefined : `status ${status} documents no body, got ${type} ${answer.body.slice(0, 200)}`
    }
    if (content[type] === undefined) return `status ${status} answered ${type || 'no Content-Type'}, documented: ${Object.keys(content).join(', ')}`
    let value: unknown = answer.body
    if (JSON_TYPES.test(type)) {
      try {
        value = JSON.parse(answer.body)
      } catch {
        return `status ${status} ${type} is not JSON: ${answer.body.slice(0, 200)}`
      }
    } else if (type === 'application/x-ndjson') {
      const bad = answer.body.split('\n').filter((line) => line !== '').find((line) => { try { JSON.parse(line); return false } catch { return true } })
      if (bad !== undefined) return `status ${status} NDJSON has a line that is not JSON: ${bad.slice(0, 200)}`
    }
    const validate = validatorFor(op, status, type)
    if (!validate(value)) {
      return `status ${status} ${type} does not match its schema: ${ajv.errorsText(validate.errors?.slice(0, 3))}; body ${answer.body.slice(0, 300)}`
    }
    if (answer.statusCode >= 400) return problemShape(answer, type, value)
    return undefined
  }
}

/** RFC 9457: a 4xx is problem+json whose members agree with the HTTP answer. */
function problemShape (answer: Answer, type: string, value: any): string | undefined {
  if (type !== 'application/problem+json') return `status ${answer.statusCode} is ${type}, not application/problem+json`
  if (typeof value !== 'object' || value === null) return 'the problem is not an object'
  if (value.status !== answer.statusCode) return `the problem says status ${value.status}, the answer ${answer.statusCode}`
  for (const member of ['type', 'title', 'code']) {
    if (typeof value[member] !== 'string' || value[member] === '') return `the problem has no '${member}'`
  }
  if (value.detail !== undefined && typeof value.detail !== 'string') return 'the problem\'s detail is not a string'
  return undefined
}
