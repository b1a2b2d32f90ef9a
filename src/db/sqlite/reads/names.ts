import { namePhrases, otherRefs, participantIdsFor as resolve } from '../../names.js'
import { all, type Database } from '../connection.js'

/**
 * The ids of the participants these references name (see src/db/names.ts). The others are looked
 * up in one query, names through the name index (an FTS phrase per reference), then compared folded.
 */
export function participantIdsFor (db: Database, refs: readonly string[]): string[] {
  const others = otherRefs(refs)
  return resolve(refs, others.length === 0 ? [] : lookUp(db, others))
}

/** The ids of the participants that Wikidata ids, names or aliases name, in one query. */
function lookUp (db: Database, refs: readonly string[]): string[] {
  const { phrases: words, folded } = namePhrases(refs)
  const phrases = words.map((phrase) => `"${phrase.join(' ')}"`)
  const byName = phrases.length === 0
    ? ''
    : `union select p.id from participants p where p.rowid in (select rowid from participants_fts where participants_fts match ?)
        and (fold(p.name) in (select value from json_each(?))
          or exists (select 1 from participant_aliases a where a.participant_id = p.id and fold(a.name) in (select value from json_each(?))))`
  const refList = JSON.stringify(refs)
  const foldedList = JSON.stringify(folded)
  const rows = all<{ id: string }>(db, `select id from participants where wikidata_id in (select value from json_each(?)) ${byName}`,
    phrases.length === 0 ? [refList] : [refList, phrases.join(' OR '), foldedList, foldedList])
  return rows.map((row) => row.id)
}
