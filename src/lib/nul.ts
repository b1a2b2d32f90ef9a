/**
 * Why text with U+0000 (NUL) is refused: PostgreSQL's text cannot hold it (the query fails), while
 * SQLite stores it; refused on input, every engine gives the same answer (a 400 naming the field).
 */
export const NUL_REASON = 'must not contain the character U+0000 (NUL)'

/**
 * Where the first string with a NUL is in a parsed value, as a JSON Pointer (Ajv's instancePath:
 * '' for the value itself, `/aliases/0/name` inside it); undefined when there is none.
 */
export function nulAt (value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (typeof value !== 'object' || value === null) return undefined
  for (const [key, inner] of Object.entries(value)) {
    const found = nulAt(inner, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    if (found !== undefined) return found
  }
  return undefined
}
