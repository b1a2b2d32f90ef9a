// The writes the reliability tests send, each with a unique body and an id of our own (`*_rel-…`)
// so the records they create can be told apart from the seed, and the ledger of the writes the
// server acknowledged: a 201 means committed, so each must be found afterwards, whole.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticleFile } from '../../src/entities/articles/article-file.js'
import { root } from './server.js'

/** The seed article (seeds/): new events cite it, new statements quote it. */
export const SEED_ARTICLE = 'art_af1a277ce4d4aaad'
const seedFile = readFileSync(join(root, 'seeds', `000_${SEED_ARTICLE.slice(4)}.txt`), 'utf8')
const seedBody = parseArticleFile(seedFile).body

/** The shape every test event and statement has, checked after a crash for half-written records. */
export const EVENT_PARTICIPANTS = 2
export const EVENT_ARTICLES = 1
export const STATEMENT_MENTIONS = 1

export function participantBody (tag: string) {
  return { id: `par_rel-${tag}`, kind: 'person', name: `Reliability person ${tag}`, aliases: [{ name: `Témoin ${tag}`, language: 'fr' }] }
}

/** An event with its participant links and article link, all written by one request. */
export function eventBody (tag: string, participantId: string) {
  return {
    id: `evt_rel-${tag}`,
    title: `Reliability meeting ${tag}`,
    summary: `Written under test (${tag}).`,
    type: 'meeting',
    startDate: '2024-06-19',
    location: { name: 'Pyongyang', countryCode: 'KP' },
    articles: [SEED_ARTICLE],
    participants: [{ id: participantId, role: 'guest' }, { id: 'par_kim-jong-un', role: 'host' }]
  }
}

/** A statement quoting a slice of the seed article (which one depends on `n`), with one mention. */
export function statementBody (tag: string, n: number, eventId: string, speakerId: string) {
  const start = n % (seedBody.length - 120)
  const end = start + 20 + (n % 100)
  return {
    id: `stm_rel-${tag}`,
    eventId,
    speakerId,
    text: seedBody.slice(start, end),
    kind: 'direct',
    source: { article: SEED_ARTICLE, start, end },
    mentions: ['par_russia']
  }
}

/**
 * A new article as `text/plain` (the seed text with a line of its own, so its body and id are new),
 * to be posted with `?extract=true`: the article, its event and its extracted statements are
 * written by one transaction.
 */
export function articleText (tag: string): string {
  return `date 2024-06\n${seedBody}\n\nDépêche de contrôle ${tag}.\n`
}
export const articleQuery = (tag: string) => `?extract=true&title=${encodeURIComponent(`Reliability article ${tag}`)}`

export type Kind = 'participant' | 'event' | 'statement' | 'article'
export const KINDS: readonly Kind[] = ['participant', 'event', 'statement', 'article']
export const TABLES: Record<Kind, string> = { participant: 'participants', event: 'events', statement: 'statements', article: 'articles' }
export const PATHS: Record<Kind, string> = { participant: '/participants', event: '/events', statement: '/statements', article: '/articles' }

/** Every write the server answered 201 to, by kind. */
export class Acknowledged {
  readonly ids: Record<Kind, string[]> = { participant: [], event: [], statement: [], article: [] }
  /** Answers that were a 201 but did not say where the record is. */
  readonly malformed: string[] = []

  /** Records a 201 answer, checking its body names the record and Location points at it. */
  add (kind: Kind, body: string, location: string | undefined): string | undefined {
    let id: unknown
    try {
      id = (JSON.parse(body) as { id?: unknown }).id
    } catch {}
    if (typeof id !== 'string' || location !== `${PATHS[kind]}/${encodeURIComponent(id)}`) {
      this.malformed.push(`${kind}: id ${String(id)}, Location ${location}`)
      return undefined
    }
    this.ids[kind].push(id)
    return id
  }

  get total (): number {
    return KINDS.reduce((sum, kind) => sum + this.ids[kind].length, 0)
  }

  summary (): string {
    return KINDS.map((kind) => `${this.ids[kind].length} ${TABLES[kind]}`).join(', ')
  }
}
