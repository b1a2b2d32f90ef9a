import { existsSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadConfig, postgresSettings } from '../config.js'
import { preparePostgres } from '../db/postgres/prepare.js'
import { prepareDatabase } from '../db/sqlite/prepare.js'
import { count, Progress, type ProgressStream } from '../generate/progress.js'
import { openStorage } from '../storage/open.js'
import type { Storage } from '../storage/storage.js'
import { countArticles, readArticles, type ArticleDefaults } from './articles.js'
import { listBacklog } from './files.js'
import { ingestArticles, type IngestReport } from './ingest.js'

export const USAGE = `usage: npm run ingest -- DIR [--published YYYY-MM-DD] [--language fr|en] [--database PATH]
  DIR                  a folder of article files, subfolders included:
                         *.txt             the seed format (a \`date YYYY-MM\` header, then the body), or plain text
                         *.ndjson, *.jsonl one {title, body, published, language, url} per line
  --published DATE     the date of plain-text files; of NDJSON lines without one
  --language fr|en     the language of text files (default: detected); of NDJSON lines without one
  --database PATH      SQLite file (default DATABASE_PATH; DATABASE_URL selects PostgreSQL)
Stored articles are skipped, so a run stopped with Ctrl-C resumes when run again.`

/** Where the command writes: the summary on stdout, progress and problems on stderr. */
export interface IngestIo {
  env: NodeJS.ProcessEnv
  stdout: ProgressStream
  stderr: ProgressStream
  /** Ctrl-C: finish the current article, print the summary, answer 130. */
  signal?: AbortSignal
}

export const EXIT = { ok: 0, failures: 1, usage: 2, interrupted: 130 } as const

class UsageError extends Error {}

/** At most this many failures are listed again in the summary (all are printed as they happen). */
const LISTED_FAILURES = 50

function options (argv: string[]): { folder: string, database?: string, defaults: ArticleDefaults } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { published: { type: 'string' }, language: { type: 'string' }, database: { type: 'string' } }
  })
  const [folder, ...rest] = positionals
  if (folder === undefined || rest.length > 0) throw new UsageError('give one folder')
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`)
  if (values.published !== undefined && !/^\d{4}-\d{2}(-\d{2})?$/.test(values.published)) {
    throw new UsageError(`--published must be YYYY-MM-DD (or YYYY-MM), not "${values.published}"`)
  }
  if (values.language !== undefined && values.language !== 'fr' && values.language !== 'en') {
    throw new UsageError(`--language must be fr or en, not "${values.language}"`)
  }
  const defaults: ArticleDefaults = {
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.language === undefined ? {} : { language: values.language })
  }
  return { folder, defaults, ...(values.database === undefined ? {} : { database: values.database }) }
}

/** The database as the server opens it: migrated first (and a new SQLite file seeded); PostgreSQL when DATABASE_URL names one and --database does not say otherwise. */
async function open (env: NodeJS.ProcessEnv, database: string | undefined): Promise<{ storage: Storage, name: string }> {
  const config = loadConfig(env)
  const url = database === undefined ? config.DATABASE_URL : undefined
  if (url !== undefined) {
    await preparePostgres(url)
    return { storage: openStorage({ databasePath: '', postgres: postgresSettings(config, url) }), name: 'PostgreSQL' }
  }
  const path = database ?? config.DATABASE_PATH
  prepareDatabase(path)
  return { storage: openStorage({ databasePath: path }), name: path }
}

function summary (report: IngestReport, total: number, database: string): string {
  const rate = report.seconds > 0 ? (report.stored + report.skipped + report.failed.length) / report.seconds : 0
  const lines = [
    `${database}: ${report.interrupted ? 'interrupted' : 'done'} — ${count(report.stored + report.skipped + report.failed.length)} of ${count(total)} articles`,
    `  stored            ${count(report.stored)}`,
    `  skipped           ${count(report.skipped)} (already stored)`,
    `  failed            ${count(report.failed.length)}`,
    ...report.failed.slice(0, LISTED_FAILURES).map((f) => `    ${f.where}: ${f.reason}`),
    ...(report.failed.length > LISTED_FAILURES ? [`    … and ${count(report.failed.length - LISTED_FAILURES)} more, printed above`] : []),
    `  statements added  ${count(report.statements)}`,
    `  events added      ${count(report.events)}`,
    `  elapsed           ${report.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s`
  ]
  if (report.interrupted) lines.push('Run the same command again to go on: stored articles are skipped.')
  return lines.join('\n') + '\n'
}

/** `npm run ingest -- DIR …`: answers the exit code (0, 1 when an article failed, 2 for bad usage, 130 when interrupted). */
export async function runIngest (argv: string[], io: IngestIo): Promise<number> {
  let parsed
  try {
    parsed = options(argv)
  } catch (err) {
    if (!(err instanceof UsageError) && !((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true)) throw err
    io.stderr.write(`ingest: ${(err as Error).message}\n\n${USAGE}\n`)
    return EXIT.usage
  }
  const { files, ignored } = listBacklog(parsed.folder)
  if (ignored.length > 0) io.stderr.write(`ingest: ${ignored.length} file(s) that are not .txt, .ndjson or .jsonl left aside (${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', …' : ''})\n`)
  const total = await countArticles(files)
  const { storage, name } = await open(io.env, parsed.database)
  try {
    const progress = total > 0 ? new Progress(io.stderr, total, 'articles') : null
    const report = await ingestArticles(storage, readArticles(files, parsed.defaults), {
      actor: 'ingest',
      ...(io.signal === undefined ? {} : { signal: io.signal }),
      onArticle: (outcome) => {
        if (typeof outcome === 'object') io.stderr.write(`${io.stderr.isTTY === true ? '\r\x1b[K' : ''}${outcome.where}: ${outcome.reason}\n`)
        progress?.add()
      }
    })
    progress?.finish()
    io.stdout.write(summary(report, total, name))
    return report.interrupted ? EXIT.interrupted : report.failed.length > 0 ? EXIT.failures : EXIT.ok
  } finally {
    await storage.close()
  }
}
