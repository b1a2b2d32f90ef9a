import { readFileSync } from 'node:fs'

/** A `curl` example of the README and the answer it documents: trimmed JSON, or the first CSV lines. */
export interface ReadmeExample {
  command: string
  path: string
  headers: Record<string, string>
  expected: { json: unknown } | { text: string }
}

const EXAMPLE = /```sh\n(curl -s ((?:-H '[^']+' )*)'http:\/\/localhost:3000(\/[^']*)')\n```\s*```(json|csv)\n([\s\S]*?)\n```/g

export function readmeExamples (): ReadmeExample[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  return [...readme.matchAll(EXAMPLE)].map(([, command, headers, path, language, body]) => ({
    command: command as string,
    path: path as string,
    headers: Object.fromEntries([...(headers as string).matchAll(/-H '([^:]+): ([^']+)'/g)].map((h) => [h[1] as string, h[2] as string])),
    expected: language === 'json' ? { json: JSON.parse(body as string) } : { text: (body as string).split('\n').join('\r\n') + '\r\n' }
  }))
}

/** Where an answer body departs from the README's example, or null. */
export function bodyDeparture (body: string, expected: ReadmeExample['expected']): string | null {
  if ('text' in expected) return body.startsWith(expected.text) ? null : `the answer starts ${JSON.stringify(body.slice(0, 200))}`
  return departure(JSON.parse(body), expected.json)
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
