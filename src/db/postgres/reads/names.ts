import { fold } from '../../../lib/fold.js'
import { namePhrases, otherRefs, participantIdsFor as resolve } from '../../names.js'
import { all, type Queryable } from '../connection.js'
import { toTsquery } from '../../../lib/search-query.js'

/**
 * The ids of the participants these references name (see src/db/names.ts): Wikidata ids, and
 * names or aliases found through the `names` document (every word of a reference), then compared
 * whole and folded as SQLite compares them (the same fold(), in JavaScript). Words, not a phrase:
 * the index only narrows the candidates, the whole-name comparison decides.
 */
export async function participantIdsFor (db: Queryable, refs: readonly string[]): Promise<string[]> {
  const others = otherRefs(refs)
  if (others.length === 0) return resolve(refs, [])
  const { phrases, folded } = namePhrases(others)
  const byWikidata = await all<{ id: string }>(db, 'select id from participants where wikidata_id = any(?)', [others])
  const wanted = new Set(folded)
  const candidates = phrases.length === 0
    ? []
    : await all<{ id: string, names: string[] }>(db, `select p.id, array_prepend(p.name, array(select a.name from participant_aliases a where a.participant_id = p.id)) as names
      from participants p where p.names @@ to_tsquery('news_search', ?)`,
    [toTsquery({ type: 'or', operands: phrases.map((tokens) => ({ type: 'and', operands: tokens.map((token) => ({ type: 'phrase', tokens: [token], prefix: false })) })) })])
  const byName = candidates.filter((p) => p.names.some((name) => wanted.has(fold(name))))
  return resolve(refs, [...byWikidata, ...byName].map((p) => p.id))
}
