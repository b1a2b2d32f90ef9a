import { visit } from 'jsonc-parser'

/**
 * Every string of a JSON text, in order, and whether a colon follows (a key). In valid JSON each
 * quote outside a string opens one, so scanning from string to string is exact.
 */
const STRINGS = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g

function keysInText (text: string): number {
  let keys = 0
  STRINGS.lastIndex = 0
  for (let match = STRINGS.exec(text); match !== null; match = STRINGS.exec(text)) if (match[1] !== undefined) keys++
  return keys
}

/** Keys in every object of a parsed value; a loop rather than recursion, as JSON.parse takes any depth. */
function keysInValue (value: unknown): number {
  let keys = 0
  const open: object[] = typeof value === 'object' && value !== null ? [value] : []
  for (let next = open.pop(); next !== undefined; next = open.pop()) {
    const isArray = Array.isArray(next)
    const children: unknown[] = isArray ? next as unknown[] : Object.values(next)
    if (!isArray) keys += children.length
    for (const child of children) if (typeof child === 'object' && child !== null) open.push(child)
  }
  return keys
}

/** Where the first key given twice in one object is, by a full walk of the text (jsonc-parser). */
function findDuplicate (text: string): string | undefined {
  const open: Array<Set<string>> = []
  let duplicate: string | undefined
  visit(text, {
    onObjectBegin: () => { open.push(new Set()) },
    onObjectEnd: () => { open.pop() },
    onObjectProperty: (key, _offset, _length, _line, _column, path) => {
      const seen = open.at(-1)
      if (seen?.has(key) === true) duplicate ??= [...path(), key].join('.')
      seen?.add(key)
    }
  })
  return duplicate
}

/**
 * The dotted path of a key given twice in one object of `text`, which JSON.parse read as `value`
 * (keeping the last of them, silently); undefined when every key is unique. Counting the keys in the
 * text and in the value costs about what JSON.parse does (bench/request-parsing.ts); only a text
 * that has a duplicate is walked to say where.
 */
export function duplicateKey (text: string, value: unknown): string | undefined {
  return keysInText(text) === keysInValue(value) ? undefined : findDuplicate(text)
}
