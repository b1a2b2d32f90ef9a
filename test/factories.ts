import { createHash } from 'node:crypto'
import type { Database } from '../src/db/sqlite/connection.js'
import {
  articles, eventParticipants, events, participantAliases, participants, statementMentions, statements
} from '../src/db/sqlite/schema.js'

// Rows for tests that need more or other data than the seed. Each call makes a new, valid row.
let counter = 0
const next = () => String(++counter).padStart(5, '0')

export function createArticle (db: Database, overrides: Partial<typeof articles.$inferInsert> = {}) {
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
  db.insert(articles).values({ ...row, bodyHash: createHash('sha256').update(row.body).digest('hex') }).run()
  return row
}

export function createParticipant (db: Database, overrides: Partial<typeof participants.$inferInsert> = {},
  aliases: Array<{ name: string, language: string }> = []) {
  const row = { id: `par_test-${next()}`, kind: 'person' as const, name: `Person ${next()}`, ...overrides }
  db.insert(participants).values(row).run()
  for (const alias of aliases) db.insert(participantAliases).values({ participantId: row.id, ...alias }).run()
  return row
}

export function createEvent (db: Database, overrides: Partial<typeof events.$inferInsert> = {},
  taking: Array<{ participantId: string, role: typeof eventParticipants.$inferInsert['role'] }> = []) {
  const row = { id: `evt_test-${next()}`, title: 'A test event', type: 'meeting' as const, startDate: '2024-06-19', ...overrides }
  db.insert(events).values(row).run()
  for (const p of taking) db.insert(eventParticipants).values({ eventId: row.id, ...p }).run()
  return row
}

/** A statement quoting `text`, which must occur in the article body. */
export function createStatement (db: Database, refs: { eventId: string, speakerId: string, article: { id: string, body: string } },
  overrides: Partial<typeof statements.$inferInsert> = {}, mentions: string[] = []) {
  const text = overrides.text ?? 'We will not give in.'
  const start = refs.article.body.indexOf(text)
  if (start === -1) throw new Error(`factory: "${text}" is not in the article body`)
  const row = {
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
  db.insert(statements).values(row).run()
  for (const participantId of mentions) db.insert(statementMentions).values({ statementId: row.id, participantId }).run()
  return row
}
