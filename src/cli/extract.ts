import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseArticleFile } from '../entities/articles/article-file.js'
import { extractStatements } from '../extraction/extract.js'
import type { Language } from '../extraction/types.js'
import { storedParticipants } from './stored-participants.js'

/**
 * Prints the statements of an article file (seed format with a `date` header, or plain text) as a
 * JSON array. `--database` resolves speakers against the stored participants.
 * Usage: tsx src/cli/extract.ts <file> [--language fr|en] [--database <path>]
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { language: { type: 'string' }, database: { type: 'string' } }
})
const [file] = positionals
if (file === undefined) {
  console.error('usage: extract <file> [--language fr|en] [--database <path>]')
  process.exit(2)
}
if (values.language !== undefined && values.language !== 'fr' && values.language !== 'en') {
  console.error('--language must be fr or en')
  process.exit(2)
}

const text = readFileSync(file, 'utf8')
const body = /^\s*date\s+\d{4}-\d{2}/.test(text) ? parseArticleFile(text).body : text.trim()
const participants = values.database === undefined ? [] : await storedParticipants(values.database)
const statements = extractStatements({ body, participants, ...(values.language === undefined ? {} : { language: values.language as Language }) })
console.log(JSON.stringify(statements.map(({ text, start, end, kind, cue, speakerMention, speaker, confidence }) =>
  ({ text, start, end, kind, cue, speakerMention, speaker, confidence })), null, 2))
