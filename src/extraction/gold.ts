import { readFileSync } from 'node:fs'
import type { KnownParticipant, Language, Speaker, StatementKind } from './types.js'

/** One annotated statement of a gold set: `body.slice(start, end) === text`. */
export interface GoldStatement {
  text: string
  start: number
  end: number
  kind: StatementKind
  speaker: Speaker
  cue?: string
}

export interface GoldDocument {
  id: string
  language: Language
  body: string
  participants: KnownParticipant[]
  statements: GoldStatement[]
}

/** The annotation format of `test/fixtures/extraction/*.json`. */
export interface GoldSet {
  language: Language
  documents: GoldDocument[]
}

export function readGoldSet (path: string): GoldSet {
  const set = JSON.parse(readFileSync(path, 'utf8')) as GoldSet
  for (const document of set.documents) {
    for (const s of document.statements) {
      if (document.body.slice(s.start, s.end) !== s.text) throw new Error(`${path}: ${document.id}: offsets ${s.start}-${s.end} do not give ${JSON.stringify(s.text)}`)
    }
  }
  return set
}

const ANNOTATION = /\{([dpi]):([^|{}]+)\|([^{}]*)\}/g
const KIND_OF: Record<string, StatementKind> = { d: 'direct', p: 'partial', i: 'indirect' }

/** `Name`, `Name=par_id` (a known participant) or `Name/organization` (a kind other than person). */
function speakerOf (spec: string): Speaker {
  const [name = '', id] = spec.split('=').map((s) => s.trim())
  const [bare = name, kind = 'person'] = name.split('/').map((s) => s.trim())
  return { ...(id === undefined ? {} : { id }), name: bare, kind: kind as Speaker['kind'] }
}

/**
 * A gold set written as marked-up text, easier to write and review than offsets: documents start
 * with `# doc <id> <language>`, `@participant id | name | kind | alias; alias` lines declare known
 * participants, and each statement is written in place as `{d|p|i:speaker|text}`.
 */
export function readMarkedSet (path: string): GoldSet {
  const text = readFileSync(path, 'utf8')
  const documents: GoldDocument[] = []
  for (const chunk of text.split(/^# doc /m).slice(1)) {
    const [header = '', ...lines] = chunk.split('\n')
    const [id = '', language = 'en'] = header.trim().split(/\s+/)
    const participants: KnownParticipant[] = []
    const bodyLines: string[] = []
    for (const line of lines) {
      if (!line.startsWith('@participant ')) { bodyLines.push(line); continue }
      const [pid = '', name = '', kind = 'person', aliases = ''] = line.slice(13).split('|').map((s) => s.trim())
      participants.push({ id: pid, name, kind: kind as KnownParticipant['kind'], aliases: aliases.split(';').map((a) => a.trim()).filter(Boolean).map((a) => ({ name: a, language })) })
    }
    const marked = bodyLines.join('\n').trim()
    const statements: GoldStatement[] = []
    let body = ''
    let from = 0
    for (const match of marked.matchAll(ANNOTATION)) {
      body += marked.slice(from, match.index)
      const content = match[3] as string
      statements.push({ text: content, start: body.length, end: body.length + content.length, kind: KIND_OF[match[1] as string] as StatementKind, speaker: speakerOf(match[2] as string) })
      body += content
      from = match.index + match[0].length
    }
    body += marked.slice(from)
    if (/[{}]/.test(body)) throw new Error(`${path}: ${id}: unbalanced annotation near ${JSON.stringify(body.slice(body.search(/[{}]/) - 30, body.search(/[{}]/) + 30))}`)
    documents.push({ id, language: language as Language, body, participants, statements })
  }
  return { language: (documents[0]?.language ?? 'en'), documents }
}
