// npm run bench:ingest [-- --articles 1000 --seed 42 --keep]
//
// `npm run ingest` of generated articles: writes N articles (src/generate: the synthetic world's
// events, each article quoting its participants) into a temporary folder in the three formats
// (seed-format .txt, plain .txt, NDJSON), ingests them into a new SQLite file as a child process,
// then ingests them again (every article already stored: the resume path). Prints the figures as a
// Markdown section for bench/RESULTS.md. Temporary files are removed unless --keep.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { extractStatements } from '../src/extraction/extract.js'
import { writeArticle } from '../src/generate/articles.js'
import { dayWithin, format } from '../src/generate/dates.js'
import { Random } from '../src/generate/random.js'
import { makeEvents, makeParticipants, pad } from '../src/generate/world.js'
import { killAll, onInterrupt, run } from './processes.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false }
  }
})
const total = Number(opts.articles)
const PUBLISHED = '2024-05-07'
/** NDJSON lines per file, and files per subfolder. */
const PER_FILE = 100

interface Written { body: string, language: 'fr' | 'en', bytes: number }

/** A third of the articles in each format, a hundred files to a subfolder. */
function writeBacklog (dir: string, count: number, seed: number): Written[] {
  const random = new Random(seed)
  const participants = makeParticipants(random, 2000)
  const events = makeEvents(random, count, participants)
  const written: Written[] = []
  const lines: string[] = []
  let ndjsonFiles = 0
  const flush = () => {
    if (lines.length === 0) return
    writeFileSync(join(dir, `wire-${pad(ndjsonFiles++, 4)}.ndjson`), lines.join('\n') + '\n')
    lines.length = 0
  }
  events.forEach((event, i) => {
    const article = writeArticle(random, event.language, event, i, random.int(1, 6), participants)
    const published = format(dayWithin(random, event.startDate), 2)
    const folder = join(dir, `part-${pad(Math.floor(i / PER_FILE), 3)}`)
    mkdirSync(folder, { recursive: true })
    if (i % 3 === 0) writeFileSync(join(folder, `${pad(i, 6)}.txt`), `date ${published}\n\n${article.body}\n`)
    else if (i % 3 === 1) writeFileSync(join(folder, `${pad(i, 6)}.txt`), `${article.body}\n`)
    else {
      lines.push(JSON.stringify({ title: article.title, body: article.body, published, language: article.language, url: `https://example.com/${i}` }))
      if (lines.length === PER_FILE) flush()
    }
    written.push({ body: article.body, language: article.language, bytes: Buffer.byteLength(article.body) })
  })
  flush()
  return written
}

/** The figures of an ingest summary (src/ingest/command.ts). */
function parseSummary (stdout: string) {
  const number = (label: string) => Number(new RegExp(`${label} +([\\d,]+)`).exec(stdout)?.[1]?.replaceAll(',', '') ?? NaN)
  const elapsed = / elapsed +([\d.]+) s, ([\d.]+) articles\/s/.exec(stdout)
  return {
    stored: number('stored'),
    skipped: number('skipped'),
    failed: number('failed'),
    statements: number('statements added'),
    events: number('events added'),
    seconds: Number(elapsed?.[1]),
    rate: Number(elapsed?.[2])
  }
}

/** GNU time, when installed, gives the child's CPU seconds: a figure a busy machine disturbs less than the wall clock. */
const TIME = '/usr/bin/time'

async function ingest (dir: string, database: string) {
  const command = [process.execPath, '--import', 'tsx', 'src/cli/ingest.ts', dir, '--published', PUBLISHED, '--database', database]
  const usage = `${database}.time`
  const timed = existsSync(TIME)
  const started = performance.now()
  const stdout = timed
    ? await run(TIME, ['-o', usage, '-f', '%U %S', ...command], { cwd: root, timeoutMs: 3_600_000 })
    : await run(command[0] as string, command.slice(1), { cwd: root, timeoutMs: 3_600_000 })
  const wall = (performance.now() - started) / 1000
  const cpu = timed ? readFileSync(usage, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : NaN
  return { ...parseSummary(stdout), wall, cpu }
}

const work = mkdtempSync(join(tmpdir(), 'news-events-bench-ingest-'))
onInterrupt(async () => {
  await killAll()
  if (!opts.keep) rmSync(work, { recursive: true, force: true })
})
try {
  const backlog = join(work, 'backlog')
  mkdirSync(backlog)
  const written = writeBacklog(backlog, total, Number(opts.seed))
  const megabytes = written.reduce((sum, w) => sum + w.bytes, 0) / 1024 / 1024
  const database = join(work, 'ingest.db')
  const loadBefore = loadavg()[0] ?? NaN

  const first = await ingest(backlog, database)
  const again = await ingest(backlog, database)

  // The statement extractor alone on the same bodies, in this process, with no participants to
  // resolve: the share of the ingest that is extraction CPU, which pipelining could overlap.
  const extractionStarted = performance.now()
  for (const w of written) extractStatements({ body: w.body, language: w.language, participants: [] })
  const extractionSeconds = (performance.now() - extractionStarted) / 1000

  const f = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  console.log(`## Ingesting a backlog

- **Date:** ${new Date().toISOString()}
- **Command:** \`npm run bench:ingest -- --articles ${total} --seed ${opts.seed}\`, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node.js ${process.version}
- **Backlog:** ${total.toLocaleString('en-US')} generated articles (src/generate), ${f(megabytes, 2)} MiB of text, a third each as seed-format .txt, plain .txt (\`--published\`) and NDJSON lines (${PER_FILE} per file), in ${Math.ceil(total / PER_FILE)} subfolders; into a new SQLite file (migrated and seeded first), one transaction per article, sequential.
- **Machine load:** 1-minute load average ${f(loadBefore, 2)} before, ${f(loadavg()[0] ?? NaN, 2)} after (other work on the machine slows the wall-clock figures; CPU seconds are the child's own, start-up included).

| Run | Stored | Skipped | Failed | Statements added | Events added | Ingest time (s) | Articles/s | Wall time with start-up (s) | CPU (s) | Articles per CPU second |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| First run (new database) | ${first.stored} | ${first.skipped} | ${first.failed} | ${first.statements} | ${first.events} | ${f(first.seconds)} | ${f(first.rate)} | ${f(first.wall)} | ${f(first.cpu)} | ${f(total / first.cpu)} |
| Same command again (all stored: resume path) | ${again.stored} | ${again.skipped} | ${again.failed} | ${again.statements} | ${again.events} | ${f(again.seconds)} | ${f(again.rate)} | ${f(again.wall)} | ${f(again.cpu)} | ${f(total / again.cpu)} |

Statement extractor alone on the same bodies (no participants to resolve): ${f(extractionSeconds)} s, ${f(total / extractionSeconds)} articles/s, ${f(megabytes / extractionSeconds, 2)} MiB/s.
`)
} finally {
  if (!opts.keep) rmSync(work, { recursive: true, force: true })
  else console.error(`kept ${work}`)
}
