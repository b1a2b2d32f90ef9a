import { readFileSync } from 'node:fs'

/** A `curl` example of the README and the (trimmed) JSON it documents as the answer. */
export interface ReadmeExample {
  command: string
  path: string
  expected: unknown
}

const EXAMPLE = /```sh\n(curl -s '(http:\/\/localhost:3000(\/[^']*))')\n```\s*```json\n([\s\S]*?)\n```/g

export function readmeExamples (): ReadmeExample[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  return [...readme.matchAll(EXAMPLE)].map((m) => ({
    command: m[1] as string,
    path: m[3] as string,
    expected: JSON.parse(m[4] as string)
  }))
}

/**
 * Where `actual` departs from what the README documents, or null when it does not. Documented
 * answers are trimmed: an object lists some of the keys, an array its first elements.
 */
export function departure (actual: unknown, documented: unknown, path = '$'): string | null {
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return `${path} is not an array`
    if (actual.length < documented.length) return `${path} has ${actual.length} elements, the README shows ${documented.length}`
    for (const [i, item] of documented.entries()) {
      const found = departure(actual[i], item, `${path}[${i}]`)
      if (found) return found
    }
    return null
  }
  if (documented !== null && typeof documented === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path} is not an object`
    for (const [key, value] of Object.entries(documented)) {
      const found = departure((actual as Record<string, unknown>)[key], value, `${path}.${key}`)
      if (found) return found
    }
    return null
  }
  return Object.is(actual, documented) ? null : `${path} is ${JSON.stringify(actual)}, the README shows ${JSON.stringify(documented)}`
}
