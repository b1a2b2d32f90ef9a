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
