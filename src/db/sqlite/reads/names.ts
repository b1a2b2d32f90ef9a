import { fold } from '../../../lib/fold.js'
import { all, type Database } from '../connection.js'

/** The words of a text, folded (lower case, no accents): how the name index sees them. */
export function foldedWords (text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}

/** Our participant ids: no name or Wikidata id looks like one. */
const PARTICIPANT_ID = /^par_[a-z0-9][a-z0-9-]*$/

/**
 * The ids of the participants these references name: our id, a Wikidata id, or a name or alias
 * compared whole, case and accents aside (`Kim` does not stand for `Kim Jong Un`). Our own ids are
 * taken as they are (one that names nobody matches nothing, as it would resolved); the others are
 * looked up in one query, names through the name index (an FTS phrase per reference), then
 * compared folded.
 */
export function participantIdsFor (db: Database, refs: readonly string[]): string[] {
  const ours = refs.filter((ref) => PARTICIPANT_ID.test(ref))
  const others = refs.filter((ref) => !PARTICIPANT_ID.test(ref))
  return others.length === 0 ? [...new Set(ours)] : [...new Set([...ours, ...lookUp(db, others)])]
}

/** The ids of the participants that Wikidata ids, names or aliases name, in one query. */
function lookUp (db: Database, refs: readonly string[]): string[] {
  const phrases = refs.map(foldedWords).filter((words) => words.length > 0).map((words) => `"${words.join(' ')}"`)
  const byName = phrases.length === 0
    ? ''
    : `union select p.id from participants p where p.rowid in (select rowid from participants_fts where participants_fts match ?)
        and (fold(p.name) in (select value from json_each(?))
          or exists (select 1 from participant_aliases a where a.participant_id = p.id and fold(a.name) in (select value from json_each(?))))`
  const refList = JSON.stringify(refs)
  const folded = JSON.stringify(refs.map(fold))
  const rows = all<{ id: string }>(db, `select id from participants where wikidata_id in (select value from json_each(?)) ${byName}`,
    phrases.length === 0 ? [refList] : [refList, phrases.join(' OR '), folded, folded])
  return rows.map((row) => row.id)
}
