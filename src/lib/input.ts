import Type, { type TObject, type TSchema } from 'typebox'
import Value from 'typebox/value'
import { UnprocessableError, type FieldError } from './errors.js'

/**
 * The body of a PATCH: any field of the create body (but the id), each of which may be null to
 * remove it (JSON Merge Patch). Whether the merged record is whole is checked after merging.
 */
export function PatchOf (schema: TObject, description: string) {
  const properties = Object.fromEntries(Object.entries(schema.properties)
    .filter(([name]) => name !== 'id')
    .map(([name, property]) => [name, patchOfProperty(property)]))
  return Type.Object(properties, { additionalProperties: false, description })
}

/** Nested objects merge member by member too, so each of their fields is optional and removable. */
function patchOfProperty (property: TSchema): TSchema {
  const object = objectIn(property)
  const shape = object === undefined
    ? property
    : Type.Object(Object.fromEntries(Object.entries(object.properties).map(([name, inner]) => [name, patchOfProperty(inner as TSchema)])),
      { additionalProperties: false })
  return Type.Optional(Type.Union([Type.Null(), shape]))
}

function objectIn (schema: TSchema): TObject | undefined {
  const plain = schema as { type?: unknown, properties?: unknown, anyOf?: TSchema[] }
  if (plain.type === 'object' && typeof plain.properties === 'object') return schema as TObject
  return plain.anyOf?.map(objectIn).find((found) => found !== undefined)
}

/** Checks a merged record against the create schema, answering 422 with each field and why. */
export function checkMerged<T> (schema: TSchema, value: unknown): T {
  const errors: FieldError[] = Value.Errors(schema, value).flatMap((error) => {
    const path = error.instancePath.split('/').slice(1)
    const required = (error.params as { requiredProperties?: string[] }).requiredProperties
    if (error.keyword === 'required' && required !== undefined) {
      return required.map((name) => ({ in: 'body' as const, name: [...path, name].join('.'), reason: 'is required: it cannot be removed' }))
    }
    return [{ in: 'body' as const, name: path.join('.') || 'body', reason: error.message }]
  })
  if (errors.length > 0) throw new UnprocessableError(errors)
  return value as T
}

/** Collects the problems of one body, to answer them all at once. */
export class FieldErrors {
  readonly list: FieldError[] = []
  add (name: string, reason: string): void {
    this.list.push({ in: 'body', name, reason })
  }

  throwIfAny (): void {
    if (this.list.length > 0) throw new UnprocessableError(this.list)
  }
}
