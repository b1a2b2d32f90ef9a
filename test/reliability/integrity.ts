// What a database file must look like after anything the tests do to the server: SQLite's own
// checks, search indexes that agree with their tables, every acknowledged write present, and no
// record that one request wrote only in part.
import Database from 'better-sqlite3'
import { Acknowledged, EVENT_ARTICLES, EVENT_PARTICIPANTS, KINDS, STATEMENT_MENTIONS, TABLES, type Kind } from './writes.js'

/** The full-text tables whose content is another table (migrations/0001): checked against it. */
const EXTERNAL_CONTENT_FTS = ['statements_fts', 'events_fts', 'articles_fts']

export interface Findings {
  /** `PRAGMA integrity_check`: `ok`, or what is wrong. */
  integrity: string
  journalMode: string
  foreignKeyViolations: number
  /** Each full-text index that failed its check, with SQLite's message. */
  search: string[]
  /** Acknowledged writes not in the file: `kind id`. */
  missing: string[]
  /** The id of every record in the file, by kind. */
  stored: Record<Kind, Set<string>>
  /** Records written by one request and found in part. */
  partial: string[]
}

const rows = <T>(db: Database.Database, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[]

/**
 * Opens the file (the server may still have it open: WAL lets both read), checks it and closes it.
 * The file is opened read-write only because FTS5 runs its integrity check as an INSERT that
 * changes nothing.
 */
export function inspect (path: string, acknowledged: Acknowledged): Findings {
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 10000')
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ')
    const journalMode = db.pragma('journal_mode', { simple: true }) as string
    const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length
    const search = searchProblems(db)
    const stored = storedIds(db)
    const missing = KINDS.flatMap((kind) => acknowledged.ids[kind].filter((id) => !stored[kind].has(id)).map((id) => `${kind} ${id}`))
    return { integrity, journalMode, foreignKeyViolations, search, missing, stored, partial: partialRecords(db) }
  } finally {
    db.close()
  }
}

function searchProblems (db: Database.Database): string[] {
  const problems: string[] = []
  const check = (table: string, sql: string) => {
    try {
      db.exec(sql)
    } catch (err) {
      problems.push(`${table}: ${(err as Error).message}`)
    }
  }
  // With rank = 1 the check also compares the index with the content table, row by row.
  for (const table of EXTERNAL_CONTENT_FTS) check(table, `INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`)
  check('participants_fts', "INSERT INTO participants_fts(participants_fts) VALUES ('integrity-check')")
  // participants_fts keeps its own copy of the names: one row per participant, none left over.
  const [unindexed] = rows<{ n: number }>(db, 'SELECT count(*) AS n FROM participants p WHERE NOT EXISTS (SELECT 1 FROM participants_fts f WHERE f.rowid = p.rowid)')
  const [orphans] = rows<{ n: number }>(db, 'SELECT count(*) AS n FROM participants_fts f WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.rowid = f.rowid)')
  if ((unindexed?.n ?? 0) + (orphans?.n ?? 0) > 0) problems.push(`participants_fts: ${unindexed?.n} participants unindexed, ${orphans?.n} index rows without a participant`)
  return problems
}

function storedIds (db: Database.Database): Record<Kind, Set<string>> {
  const ids = (kind: Kind) => new Set(rows<{ id: string }>(db, `SELECT id FROM ${TABLES[kind]}`).map((r) => r.id))
  return { participant: ids('participant'), event: ids('event'), statement: ids('statement'), article: ids('article') }
}

/**
 * Every record the tests create has a known shape (test/reliability/writes.ts); one written in
 * part would show as an event short of its links, a statement without its mention, or an
 * extracted article without the statements the same transaction stored.
 */
function partialRecords (db: Database.Database): string[] {
  const partial: string[] = []
  for (const r of rows<{ id: string, links: number, reports: number }>(db, `
    SELECT e.id,
      (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id) AS links,
      (SELECT count(*) FROM event_articles a WHERE a.event_id = e.id) AS reports
    FROM events e WHERE e.id LIKE 'evt_rel-%'`)) {
    if (r.links !== EVENT_PARTICIPANTS || r.reports !== EVENT_ARTICLES) partial.push(`event ${r.id}: ${r.links} participant links, ${r.reports} article links`)
  }
  for (const r of rows<{ id: string, mentions: number }>(db, `
    SELECT s.id, (SELECT count(*) FROM statement_mentions m WHERE m.statement_id = s.id) AS mentions
    FROM statements s WHERE s.id LIKE 'stm_rel-%'`)) {
    if (r.mentions !== STATEMENT_MENTIONS) partial.push(`statement ${r.id}: ${r.mentions} mentions`)
  }
  const participants = rows<{ id: string, aliases: number }>(db, `
    SELECT p.id, (SELECT count(*) FROM participant_aliases a WHERE a.participant_id = p.id) AS aliases
    FROM participants p WHERE p.id LIKE 'par_rel-%'`)
  for (const r of participants) if (r.aliases !== 1) partial.push(`participant ${r.id}: ${r.aliases} aliases`)
  // Extraction stores the same statements from every copy of the text: all counts equal, none zero.
  const extracted = rows<{ id: string, statements: number }>(db, `
    SELECT a.id, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements
    FROM articles a WHERE a.title LIKE 'Reliability article %'`)
  const counts = new Set(extracted.map((r) => r.statements))
  if (counts.has(0) || counts.size > 1) partial.push(`extracted articles with differing statement counts: ${[...counts].join(', ')}`)
  return partial
}
