import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import Value from 'typebox/value'
import { hasDateHeader } from '../entities/articles/article-file.js'
import { articleFromText, ArticleInputSchema, type ArticleInput } from '../entities/articles/inputs.js'
import { duplicateKey } from '../lib/json-duplicates.js'
import type { BacklogFile } from './files.js'

/** What the command line gives for the articles that do not say it themselves. */
export interface ArticleDefaults {
  /** The date of plain-text files (no `date` header), and of NDJSON lines without `published`. */
  published?: string
  /** The language of text files (else detected) and of NDJSON lines without `language`. */
  language?: string
}

/** One article of the backlog, or why it cannot be one; `where` is `file` or `file:line`. */
export type BacklogItem = { where: string, input: ArticleInput } | { where: string, problem: string }

async function * lines (path: string): AsyncGenerator<{ number: number, text: string }> {
  const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let number = 0
  for await (const line of reader) {
    number++
    // A byte-order mark, as some editors write, is no part of the first line's JSON.
    const text = number === 1 ? line.replace(/^\uFEFF/, '') : line
    if (text.trim() !== '') yield { number, text }
  }
}

/** How many articles the files hold (a text file, one; an NDJSON file, its non-blank lines): the progress bar's total. */
export async function countArticles (files: readonly BacklogFile[]): Promise<number> {
  let total = 0
  for (const file of files) {
    if (file.format === 'text') {
      total++
      continue
    }
    try {
      for (const found = lines(file.path); (await found.next()).done !== true;) total++
    } catch {
      total++ // unreadable: one failure, reported when it is read
    }
  }
  return total
}

/** Every article of the files, in order, each checked against the article schema of `POST /articles`. */
export async function * readArticles (files: readonly BacklogFile[], defaults: ArticleDefaults): AsyncGenerator<BacklogItem> {
  for (const file of files) {
    try {
      if (file.format === 'text') {
        yield textArticle(file.name, readFileSync(file.path, 'utf8'), defaults)
      } else {
        for await (const line of lines(file.path)) yield ndjsonArticle(`${file.name}:${line.number}`, line.text, defaults)
      }
    } catch (err) {
      yield { where: file.name, problem: `cannot be read (${(err as Error).message})` }
    }
  }
}

/** The seed format (a `date` header), or plain text dated by `--published`; title and language as `POST /articles` with `text/plain` sets them. */
function textArticle (where: string, text: string, defaults: ArticleDefaults): BacklogItem {
  let file = text
  if (!hasDateHeader(text)) {
    if (defaults.published === undefined) return { where, problem: 'no `date YYYY-MM` header: give --published YYYY-MM-DD for plain text files' }
    file = `date ${defaults.published}\n${text}`
  }
  try {
    return checked(where, articleFromText(file, defaults.language === undefined ? {} : { language: defaults.language }))
  } catch (err) {
    return { where, problem: (err as Error).message }
  }
}

function ndjsonArticle (where: string, line: string, defaults: ArticleDefaults): BacklogItem {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { where, problem: `not JSON (${(err as Error).message})` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { where, problem: 'not a JSON object' }
  const duplicate = duplicateKey(line, value)
  if (duplicate !== undefined) return { where, problem: `gives '${duplicate}' more than once` }
  return checked(where, { ...defaults, ...value })
}

/** The first reason the article schema refuses a value, said with the field's name. */
function checked (where: string, value: object): BacklogItem {
  const errors = [...Value.Errors(ArticleInputSchema, value)]
  // A nullable field's "must be null" and the union's own error hide the reason that matters.
  const error = errors.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'boolean' && !(e.keyword === 'type' && (e.params as { type?: string }).type === 'null')) ?? errors[0]
  if (error === undefined) return { where, input: value as ArticleInput }
  const field = error.instancePath.slice(1).replaceAll('/', '.')
  const params = error.params as { requiredProperties?: string[], additionalProperties?: string[] }
  if (error.keyword === 'required') {
    const names = params.requiredProperties ?? []
    return { where, problem: `'${names.join("', '")}' ${names.length > 1 ? 'are' : 'is'} required` }
  }
  if (error.keyword === 'additionalProperties') return { where, problem: `'${params.additionalProperties?.join("', '")}' is not an article field` }
  return { where, problem: `'${field}' ${error.message}` }
}
