import { createHash } from 'node:crypto'
import type {
  articles, eventParticipants, events, participants, statements
} from '../src/db/sqlite/schema.js'
import type { TestStore } from './store.js'

// Rows for tests that need more or other data than the seed, on either engine (the overrides are
// shaped like the Drizzle tables, the same on both). Each call makes a new, valid row.
let counter = 0
const next = () => String(++counter).padStart(5, '0')

export async function createArticle (store: TestStore, overrides: Partial<typeof articles.$inferInsert> = {}) {
  const n = next()
  const row = {
    id: `art_test-${n}`,
    title: 'A test article',
    language: 'en',
    published: '2024-06-19',
    // Every article's text is different: the same text is never stored twice.
    body: `The minister said: "We will not give in." Others disagreed. (${n})`,
    ...overrides
  }
  await store.insert('articles', [{ ...row, bodyHash: createHash('sha256').update(row.body).digest('hex') }])
  return row
}

export async function createParticipant (store: TestStore, overrides: Partial<typeof participants.$inferInsert> = {},
  aliases: Array<{ name: string, language: string }> = []) {
  const row = { id: `par_test-${next()}`, kind: 'person' as const, name: `Person ${next()}`, ...overrides }
  await store.insert('participants', [row])
  if (aliases.length > 0) await store.insert('participantAliases', aliases.map((alias) => ({ participantId: row.id, ...alias })))
  return row
}

export async function createEvent (store: TestStore, overrides: Partial<typeof events.$inferInsert> = {},
  taking: Array<{ participantId: string, role: typeof eventParticipants.$inferInsert['role'] }> = []) {
  const row = { id: `evt_test-${next()}`, title: 'A test event', type: 'meeting' as const, startDate: '2024-06-19', ...overrides }
  await store.insert('events', [row])
  if (taking.length > 0) await store.insert('eventParticipants', taking.map((p) => ({ eventId: row.id, ...p })))
  return row
}

interface StatementRefs { eventId: string, speakerId: string, article: { id: string, body: string } }
type StatementOverrides = Partial<typeof statements.$inferInsert>

/** A statement row quoting `text`, which must occur in the article body. */
function statementRow (refs: StatementRefs, overrides: StatementOverrides) {
  const text = overrides.text ?? 'We will not give in.'
  const start = refs.article.body.indexOf(text)
  if (start === -1) throw new Error(`factory: "${text}" is not in the article body`)
  return {
    id: `stm_test-${next()}`,
    eventId: refs.eventId,
    speakerId: refs.speakerId,
    articleId: refs.article.id,
    text,
    language: 'en',
    kind: 'direct' as const,
    start,
    end: start + text.length,
    ...overrides
  }
}

/** A statement quoting `text`, which must occur in the article body. */
export async function createStatement (store: TestStore, refs: StatementRefs, overrides: StatementOverrides = {}, mentions: string[] = []) {
  const row = statementRow(refs, overrides)
  await store.insert('statements', [row])
  if (mentions.length > 0) await store.insert('statementMentions', mentions.map((participantId) => ({ statementId: row.id, participantId })))
  return row
}

/** `n` statements alike, inserted a few hundred at a time: for tests that need thousands of them. */
export async function createStatements (store: TestStore, refs: StatementRefs, n: number, overrides: StatementOverrides = {}) {
  const rows = Array.from({ length: n }, () => statementRow(refs, overrides))
  for (let i = 0; i < n; i += 500) await store.insert('statements', rows.slice(i, i + 500))
  return rows
}

/** `n` rows made one after another, so that their ids (and insertion order) follow `i`. */
export async function many<T> (n: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const made: T[] = []
  for (let i = 0; i < n; i++) made.push(await make(i))
  return made
}
