/**
 * CSV (RFC 4180) from the same TypeBox schemas that describe the JSON responses, so the columns
 * follow the API shape without a second list to keep in step. Written by hand: quoting and
 * flattening are all we need, and a CSV library would be larger than this file.
 */

/** What we read of a JSON schema: TypeBox object schemas are plain JSON schema objects. */
export interface ObjectSchema {
  properties: Record<string, unknown>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The object schema behind a property, whether plain or nullable (`anyOf: [object, null]`). */
function objectSchemaOf (schema: unknown): ObjectSchema | undefined {
  if (!isRecord(schema)) return undefined
  if (schema.type === 'object' && isRecord(schema.properties)) return schema as unknown as ObjectSchema
  if (!Array.isArray(schema.anyOf)) return undefined
  const others = schema.anyOf.filter((member) => !(isRecord(member) && member.type === 'null'))
  // A union of several object shapes has no single set of columns: it stays one (JSON) column.
  return others.length === 1 ? objectSchemaOf(others[0]) : undefined
}

const columnsOf = (schema: ObjectSchema, prefix: string): string[] =>
  Object.entries(schema.properties).flatMap(([name, property]) => {
    const nested = objectSchemaOf(property)
    // An object without declared properties would otherwise vanish from the file.
    return nested !== undefined && Object.keys(nested.properties).length > 0
      ? columnsOf(nested, `${prefix}${name}.`)
      : [`${prefix}${name}`]
  })

/**
 * Column names in property order, nested objects flattened to dotted names (`location.name`).
 * Arrays and `$ref`s stay one column each: their width varies from row to row.
 */
export function csvColumns (schema: ObjectSchema): string[] {
  return columnsOf(schema, '')
}

const scalarText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)

/** The text of one field, before quoting. */
function fieldText (value: unknown): string {
  if (!Array.isArray(value)) return scalarText(value)
  // References (`[{ id, name }]`) read best as their ids; other object lists keep all their data.
  if (value.every((element) => isRecord(element) && 'id' in element)) {
    return value.map((element) => scalarText(element.id)).join('|')
  }
  if (value.some((element) => typeof element === 'object' && element !== null)) return JSON.stringify(value)
  return value.map(scalarText).join('|')
}

/** Follows a dotted column name into nested objects; a missing or null parent gives undefined. */
function valueAt (item: object, column: string): unknown {
  let current: unknown = item
  for (const key of column.split('.')) {
    if (!isRecord(current)) return undefined
    current = current[key]
  }
  return current
}

// Only these characters need quoting (RFC 4180 §2.6). A leading `=` is left alone on purpose:
// this is a data export, and prefixing values would change the data people receive.
const NEEDS_QUOTES = /[",\r\n]/

const quote = (text: string): string =>
  NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvLine (values: readonly string[]): string {
  return values.map(quote).join(',') + '\r\n'
}

export function csvHeader (columns: readonly string[]): string {
  return csvLine(columns)
}

/** One item as a CSV line, its fields in the order of `columns`. */
export function csvRecord (columns: readonly string[], item: object): string {
  return csvLine(columns.map((column) => fieldText(valueAt(item, column))))
}
