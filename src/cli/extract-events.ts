import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseArticleFile } from '../entities/articles/article-file.js'
import { extractEvents } from '../extraction/events/extract.js'
import type { Language } from '../extraction/types.js'
import { storedParticipants } from './stored-participants.js'

/**
 * Prints the events of an article file (seed format with a `date` header, or plain text with
 * `--published`) as a JSON array; offsets are into the body after the header. `--database`
 * resolves actors and places against the stored participants.
 * Usage: tsx src/cli/extract-events.ts <file> [--language fr|en] [--published YYYY-MM-DD] [--database <path>]
 */
const USAGE = 'usage: extract:events <file> [--language fr|en] [--published YYYY-MM-DD] [--database <path>]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { language: { type: 'string' }, published: { type: 'string' }, database: { type: 'string' } }
})
const [file] = positionals
const fail = (message: string): never => {
  console.error(message)
  process.exit(2)
}
if (file === undefined) fail(USAGE)
if (values.language !== undefined && values.language !== 'fr' && values.language !== 'en') fail('--language must be fr or en')
if (values.published !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(values.published)) fail('--published must be YYYY-MM-DD (or YYYY-MM, YYYY)')

const text = readFileSync(file as string, 'utf8')
const seedFormat = /^\s*date\s+\d{4}-\d{2}/.test(text)
const article = seedFormat ? parseArticleFile(text) : { body: text.trim(), published: undefined }
// --published wins over the header's date (which may give only the month)
const published = values.published ?? article.published ?? fail('--published is needed for a file without a `date` header')
const participants = values.database === undefined ? [] : await storedParticipants(values.database)
const events = extractEvents({
  body: article.body,
  published,
  participants,
  ...(values.language === undefined ? {} : { language: values.language as Language })
})
console.log(JSON.stringify(events.map((e) => ({
  title: e.title,
  type: e.type,
  cameo: e.cameo,
  trigger: e.trigger === null ? null : { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
  startDate: e.startDate,
  startPrecision: e.startPrecision,
  location: e.location === null ? null : { name: e.location.name, countryCode: e.location.countryCode },
  participants: e.participants.map((p) => ({ name: p.name, role: p.role })),
  main: e.main,
  confidence: e.confidence
})), null, 2))
