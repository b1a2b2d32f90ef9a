import { fold } from '../../../lib/fold.js'
import { all, type Database } from '../connection.js'

/** The words of a text, folded (lower case, no accents): how the name index sees them. */
export function foldedWords (text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}

/**
 * The ids of the participants these references name, in one query: our id, a Wikidata id, or a
 * name or alias compared whole, case and accents aside (`Kim` does not stand for `Kim Jong Un`).
 * Names are found through the name index (an FTS phrase per reference), then compared folded.
 */
export function participantIdsFor (db: Database, refs: readonly string[]): string[] {
  const phrases = refs.map(foldedWords).filter((words) => words.length > 0).map((words) => `"${words.join(' ')}"`)
  const byName = phrases.length === 0
    ? ''
    : `union select p.id from participants p where p.rowid in (select rowid from participants_fts where participants_fts match ?)
        and (fold(p.name) in (select value from json_each(?))
          or exists (select 1 from participant_aliases a where a.participant_id = p.id and fold(a.name) in (select value from json_each(?))))`
  const refList = JSON.stringify(refs)
  const folded = JSON.stringify(refs.map(fold))
  const rows = all<{ id: string }>(db, `select id from participants
    where id in (select value from json_each(?)) or wikidata_id in (select value from json_each(?)) ${byName}`,
  phrases.length === 0 ? [refList, refList] : [refList, refList, phrases.join(' OR '), folded, folded])
  return rows.map((row) => row.id)
}
