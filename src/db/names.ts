// How references to participants are read, for every engine: our ids taken as they are, the
// rest (Wikidata ids, names, aliases) looked up, names compared whole, case and accents aside.
import { fold } from '../lib/fold.js'

/** The words of a text, folded (lower case, no accents): how the name index sees them. */
export function foldedWords (text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}

/** Our participant ids: no name or Wikidata id looks like one. */
const PARTICIPANT_ID = /^par_[a-z0-9][a-z0-9-]*$/

/** The references that are not our ids: they name participants by Wikidata id, name or alias, and are looked up. */
export const otherRefs = (refs: readonly string[]) => refs.filter((ref) => !PARTICIPANT_ID.test(ref))

/**
 * The ids of the participants these references name: our own ids as they are (one that names
 * nobody matches nothing, as it would resolved), and the ids the engine `found` for the others.
 */
export function participantIdsFor (refs: readonly string[], found: readonly string[]): string[] {
  return [...new Set([...refs.filter((ref) => PARTICIPANT_ID.test(ref)), ...found])]
}

/** The references' non-empty names as phrases of folded words (for a name index), and the folded references (to compare whole). */
export function namePhrases (refs: readonly string[]): { phrases: string[][], folded: string[] } {
  return { phrases: refs.map(foldedWords).filter((words) => words.length > 0), folded: refs.map(fold) }
}
