import { derived, type Gender, type Lexicon } from './lexicon.js'
import { isComplement, phraseFrom, roleGenderOf, tokenize, type Mention, type Token } from './mentions.js'
import { escapeRegExp, firstFrom, foldSameLength, spanOf } from './text.js'
import type { KnownParticipant, ParticipantKind, Span, Speaker } from './types.js'

interface Entity {
  speaker: Speaker
  gender?: Gender
  /** Folded names that identify the entity outright: full names, surnames, aliases. */
  keys: Set<string>
  /** Folded words of every way it was named: what a role noun (`le ministre`) is matched against. */
  words: Set<string>
  /** Known so far only by a definite role (`le ministre du Travail`): a name may still come. */
  unnamed?: boolean
  /** A role with a complement (`le président du tribunal`): a post of its own, someone else than the last speaker. */
  complement?: boolean
  /** Named with a plural determiner (`les syndicats`): no singular pronoun stands for it. */
  plural?: boolean
  /** Roles written as a capitalised title right before the name (`President Daniel Ellis`): who `the president` is first. */
  titles?: Set<string>
  /** A one-word name set off as a person's (`Laura, 29 ans,`): no place nor body, whatever a role noun or pronoun looks back for. */
  person?: boolean
}

export interface ResolvedSpeaker {
  speaker: Speaker
  /** How the speaker was found, for the confidence. */
  via: 'participant' | 'name' | 'coreference' | 'phrase'
}

export interface SpeakerResolver {
  /** Alias matches over the body, for the mention finder. */
  aliases: Mention[]
  /**
   * `sectionStart`: where the live-blog section (or the article) starts; pronouns never look before
   * it. `subject` false for a person named as an object (`pressed Powell`): a pronoun prefers a
   * subject. `primed` for a role met before extraction starts (see `byPhrase`). `before`: a pronoun's
   * antecedent is named before it (`<clause naming X>, a-t-elle conclu`: not X). `person`: a one-word
   * name known to be a person's by its apposition (`Laura, 29 ans,`).
   */
  resolve: (mention: Mention, sectionStart?: number, how?: { subject?: boolean, primed?: boolean, before?: number, person?: boolean }) => ResolvedSpeaker | null
  /**
   * Learns a name written in passing, as a complement (`a répondu à M. Girard`): known by name later,
   * not a pronoun's antecedent. With `role`, the words it was described by (`aux côtés du chef de la
   * diplomatie omanaise, Badr al-Harthi`): a role noun later (`le ministre omanais`) may be them.
   */
  register: (mention: Mention, role?: string) => void
  /** Learns the role a person is described by after their name (`Laurent Vignal, ministre de l'Intérieur,`): `le ministre de l'Intérieur` later is them. */
  describe: (mention: Mention, role: string) => void
  /** Whether a one-word name is someone already met (`Evans` after `Malik Evans`). */
  knows: (name: string) => boolean
  /**
   * A person named as a subject right after a role in the same paragraph (`Le ministre du Travail a
   * tenté de rassurer. … Olivier Dussopt s'exprimait`): the role was them all along.
   */
  names: (mention: Mention) => void
  /**
   * The person last named as a subject in the paragraph before `at` (`Une habitante, qui a requis
   * l'anonymat, décrit une nuit d'angoisse. « … »`): who a quotation with no attribution is likeliest
   * from, unless someone already spoke in the paragraph.
   */
  subjectBefore: (at: number) => ResolvedSpeaker | null
  /**
   * Once the article is read: a role that never got a name (`Selon le président russe, …`) is the one
   * person described by all its words anywhere in the article (`le président russe Vladimir Poutine`);
   * failing that, with `at` (where it spoke) and its section, the person who spoke last before it in
   * the paragraph or the one before, when nothing in their description says another post
   * (`« … », a lancé Hervé Lemoine. … Le député de la Nièvre a prévenu que…`).
   */
  settle: (speaker: Speaker, at?: number, sectionStart?: number) => Speaker
  /** Records who spoke last, and where: a pronoun with no person named before it in its section falls back on them. */
  spoke: (resolved: ResolvedSpeaker, at: number) => void
  /**
   * An organization opening a sentence as its subject (`La SNCF a suspendu…`, `L'agence régionale de
   * santé a annoncé…`): a pronoun later in the paragraph, with no person named in between, is it.
   */
  opens: (mention: Mention) => void
}

/** Most letters an inflection adds to a word (`iranien`, `iranienne`; `chinois`, `chinoise`). */
const MAX_INFLECTION = 2
const MIN_STEM = 4

/** Whether `word` is one of the entity's words, or the same word inflected for gender or number. */
function describes (entity: Entity, word: string): boolean {
  if (entity.words.has(word)) return true
  if (word.length < MIN_STEM) return false
  for (const w of entity.words) {
    const [short, long] = w.length < word.length ? [w, word] : [word, w]
    if (short.length >= MIN_STEM && long.length - short.length <= MAX_INFLECTION && long.startsWith(short)) return true
  }
  return false
}

const firstWordOf = (text: string): string => tokenize(text, 0, text.length)[0]?.folded ?? ''

/** Folded word tokens: how an alias and the text are compared, token by token. */
const wordsOf = (text: string, from = 0, to = text.length): Array<{ start: number, end: number, folded: string }> =>
  tokenize(text, from, to).filter((t) => /[\p{L}\p{N}]/u.test(t.text))

/**
 * Where the participants' names and aliases occur in the body, longest first: an index from each
 * alias's first word, walked once over the text's words. Its cost follows the text, not the number
 * of participants (no alternation of every alias compiled per article).
 */
function aliasMentions (body: string, aliasNames: ReadonlyMap<string, Entity>): Mention[] {
  const byFirstWord = new Map<string, Array<{ words: string[], entity: Entity }>>()
  for (const [alias, entity] of aliasNames) {
    if (entity.speaker.id === undefined) continue
    const words = wordsOf(alias).map((t) => t.folded)
    const first = words[0]
    if (first === undefined) continue
    const list = byFirstWord.get(first) ?? []
    list.push({ words, entity })
    byFirstWord.set(first, list.sort((a, b) => b.words.length - a.words.length))
  }
  const mentions: Mention[] = []
  if (byFirstWord.size === 0) return mentions
  const tokens = wordsOf(body)
  for (let i = 0; i < tokens.length; i++) {
    const found = byFirstWord.get((tokens[i] as { folded: string }).folded)?.find(({ words }) => words.every((w, k) => tokens[i + k]?.folded === w))
    if (found === undefined) continue
    const start = (tokens[i] as { start: number }).start
    const end = (tokens[i + found.words.length - 1] as { end: number }).end
    mentions.push({ start, end, text: body.slice(start, end), type: 'alias', participantId: found.entity.speaker.id as string })
    i += found.words.length - 1
  }
  return mentions
}

const compatible = (entity: Entity, gender: Mention['gender']): boolean =>
  entity.speaker.kind === 'person' && entity.plural !== true && (gender === undefined || gender === 'plural' ? gender === undefined : entity.gender === undefined || entity.gender === gender)

/**
 * Resolves speaker mentions against the known participants (aliases folded for case and accents)
 * and against the people the text introduced itself, so that `Kim Jong Un` … `M. Kim`, `Claire
 * Fontaine` … `la ministre` and `il` after a quote land on the same speaker.
 */
export function createSpeakerResolver (body: string, participants: readonly KnownParticipant[], lexicon: Lexicon): SpeakerResolver {
  const entities: Entity[] = []
  const byKey = new Map<string, Entity>()
  const byParticipant = new Map<string, Entity>()
  /** Every mention resolved, in text order; `subject` when it was a clause's subject, not an object. */
  const history: Array<{ at: number, entity: Entity, subject: boolean }> = []
  let lastSpeaker: { entity: Entity, at: number } | undefined
  /** Everyone who spoke, in text order, and the people unnamed roles were found to be (see `settle`). */
  const spoken: Array<{ at: number, entity: Entity }> = []
  const settledRoles = new Map<Entity, Speaker>()
  /** People named in passing (see `register`), in text order; with their role, `described`. */
  const passing: Array<{ at: number, entity: Entity, described?: boolean }> = []
  /** Organizations opening a sentence, in text order (see `opens`). */
  const openers: Array<{ at: number, entity: Entity }> = []

  const contentWords = (text: string): string[] =>
    tokenize(text, 0, text.length).map((t) => t.folded).filter((w) => /\p{L}/u.test(w) && !lexicon.determiners.has(w) && !lexicon.stopwords.has(w))
  const stripTitle = (name: string): string => name.replace(leadingTitle(lexicon), '')
  const equivalents = lexicon.data.roleEquivalents.map((group) => group.map(contentWords))
  const affiliated = new Map(Object.entries(lexicon.data.affiliatedRoles ?? {}).map(([role, words]) => [foldSameLength(role), words.map(foldSameLength)]))
  const learn = (entity: Entity, text: string, asKey: boolean): void => {
    for (const w of contentWords(text)) entity.words.add(w)
    // `déléguée Sud Santé`, `délégué CGT`: a role followed by a body's name says what kind of body it is (`la syndicaliste`)
    const tokens = tokenize(text, 0, text.length)
    tokens.forEach((t, k) => {
      if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) for (const w of affiliated.get(t.folded) ?? []) entity.words.add(w)
    })
    // `le ministre iranien des Affaires étrangères` is also `le chef de la diplomatie iranienne`
    for (const group of equivalents) {
      if (group.some((post) => post.every((w) => entity.words.has(w)))) for (const post of group) for (const w of post) entity.words.add(w)
    }
    if (!asKey) return
    const name = foldSameLength(stripTitle(text)).trim()
    for (const key of [name, name.split(/\s+/).at(-1) ?? '']) {
      if (key.length > 1 && !byKey.has(key)) { byKey.set(key, entity); entity.keys.add(key) }
    }
  }
  const addEntity = (speaker: Speaker): Entity => {
    const entity: Entity = { speaker, keys: new Set(), words: new Set() }
    entities.push(entity)
    return entity
  }
  const genderOf = (text: string): Gender | undefined => {
    const first = tokenize(text, 0, text.length)[0]?.folded ?? ''
    return lexicon.titleGender.get(first) ?? lexicon.determinerGender.get(first)
  }

  // In the order of their ids, whatever order an engine read them in: the same text resolves alike.
  const known = [...participants].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  for (const p of known) {
    const entity = addEntity({ id: p.id, name: p.name, kind: p.kind })
    byParticipant.set(p.id, entity)
    for (const name of [p.name, ...p.aliases.map((a) => a.name)]) {
      const capitalised = /^\p{Lu}/u.test(stripTitle(name))
      learn(entity, name, p.kind === 'person' && capitalised)
      entity.gender ??= p.kind === 'person' ? genderOf(name) : undefined
    }
  }
  // A name written in the text is first the participant's whose own name it is, then the one whose
  // alias it is: `Pyongyang` is the city, not North Korea's alias for its government.
  const aliasNames = new Map<string, Entity>()
  const claim = (name: string, id: string) => {
    const folded = foldSameLength(name)
    if (!aliasNames.has(folded)) aliasNames.set(folded, byParticipant.get(id) as Entity)
  }
  for (const p of known) claim(p.name, p.id)
  for (const p of known) for (const alias of p.aliases) claim(alias.name, p.id)
  const aliases = aliasMentions(body, aliasNames)

  // `Gaëlle Nicolas, conseillère écologiste`, `Rudy Martin, le porte-parole`: a role noun in apposition tells the gender
  const apposedGender = (mention: Mention): Gender | undefined => {
    const [comma, first, second] = tokenize(body, mention.end, Math.min(body.length, mention.end + 40))
    if (comma?.text !== ',' || first === undefined || body.slice(mention.end, comma.start).trim() !== '') return undefined
    const role = lexicon.determiners.has(first.folded) ? second : first
    return role === undefined ? undefined : lexicon.roleGender.get(role.folded)
  }

  // the start of the sentence around `at`: after the last full stop that does not end an abbreviation (`Sen.`)
  const sentenceStartOf = (at: number): number => {
    let from = at
    for (;;) {
      const stop = Math.max(body.lastIndexOf('. ', from - 1), body.lastIndexOf('\n', from - 1), body.lastIndexOf('? ', from - 1), body.lastIndexOf('! ', from - 1))
      if (stop < 0) return 0
      if (body[stop] !== '.' || !lexicon.abbreviation.test(body.slice(Math.max(0, stop - 12), stop + 1))) return stop + 1
      from = stop
    }
  }
  const seen = (entity: Entity, at: number, subject = true): Entity => {
    const i = history.findIndex((h) => h.at > at)
    history.splice(i < 0 ? history.length : i, 0, { at, entity, subject })
    return entity
  }
  // (`la porte-parole du gouvernement` is a person: the head, before any complement, says which)
  const guessKind = (text: string): ParticipantKind => {
    const words = tokenize(text, 0, text.length)
    const complement = words.findIndex((t, k) => k > 0 && lexicon.genitives.has(t.folded))
    const head = contentWords(complement < 0 ? text : text.slice(0, words[complement]?.start))
    if (head.some((w) => lexicon.roleWords.has(w) && !lexicon.organizationWords.has(w))) return 'person'
    // (`SNCF`, `FNSEA`: an acronym names a body)
    if (/^\p{Lu}{2,}$/u.test(stripTitle(text).trim())) return 'organization'
    return contentWords(text).some((w) => lexicon.organizationWords.has(w)) ? 'organization' : 'person'
  }

  const byName = (mention: Mention): Entity => {
    const name = familyName(mention) ?? mention.name ?? mention.text
    const folded = foldSameLength(name)
    const known = byKey.get(folded) ?? byKey.get(folded.split(/\s+/).at(-1) ?? '')
    // `Nora Belkadi` after `Sofiane Belkadi`: a full name that shares only the surname is someone else
    const otherFirstName = known !== undefined && !known.keys.has(folded) && /\s/.test(folded) && /\s/.test(known.speaker.name) &&
      foldSameLength(stripTitle(known.speaker.name)).split(/\s+/)[0] !== folded.split(/\s+/)[0]
    if (known !== undefined && !otherFirstName) {
      // `Mr Ellison` primed first, `Mark Ellison` later: keep the fuller name
      if (known.speaker.id === undefined && name.length > known.speaker.name.length && name.endsWith(known.speaker.name)) known.speaker.name = name
      return known
    }
    const byFirstName = /\s/.test(folded) ? undefined : firstNamed(folded)
    if (byFirstName !== undefined) return byFirstName
    const entity = addEntity({ name, kind: mention.type === 'titled' ? 'person' : guessKind(name) })
    learn(entity, name, true)
    // (`Officials said…`, `Critics say…`, `Aides to both leaders said…`: a bare plural noun names several people, whom
    // no he nor she stands for, and that `One of them` belongs to)
    if (!/\s/.test(folded) && (pluralRole(lexicon, folded) || groupNouns.has(folded))) entity.plural = true
    return entity
  }
  const groupNouns = new Set((lexicon.data.groupNouns ?? []).map(foldSameLength))
  // `Son frère Erwan`, `his daughter Maya`: a first name after a possessive and a kin noun bears the
  // family name of the person named last in the paragraph
  const kinWords = new Set((lexicon.data.kinWords ?? []).map(foldSameLength))
  const familyName = (mention: Mention): string | undefined => {
    const name = mention.name ?? mention.text
    if (/\s/.test(name.trim()) || mention.type !== 'name') return undefined
    // (`Her husband, Ray,`: also in apposition)
    const nameStart = mention.end - name.trimEnd().length
    const before = tokenize(body, Math.max(0, nameStart - 30), nameStart)
    const [determiner, kin] = before.slice(before.at(-1)?.text === ',' ? -3 : -2)
    if (determiner === undefined || kin === undefined || !lexicon.determiners.has(determiner.folded) || !kinWords.has(kin.folded)) return undefined
    // (in the paragraph, or the one before: `… said Denise Albright. ¶ Her husband, Ray, was…`)
    const paragraph = body.lastIndexOf('\n', mention.start) + 1
    const previous = body.lastIndexOf('\n', body.slice(0, paragraph).trimEnd().length - 1) + 1
    const relative = history.filter((h) => h.at >= previous && h.at < mention.start && h.entity.speaker.kind === 'person' && /\s/.test(h.entity.speaker.name.trim())).at(-1)?.entity
    const family = relative === undefined ? [] : stripTitle(relative.speaker.name).trim().split(/\s+/).slice(1)
    return family.length === 0 ? undefined : `${name.trim()} ${family.join(' ')}`
  }
  // `Rodolphe` after `Rodolphe Chabanel`: a lone first name is the one person named before with it
  const firstNamed = (folded: string): Entity | undefined => {
    const people = entities.filter((e) => e.speaker.kind === 'person' && foldSameLength(stripTitle(e.speaker.name)).split(/\s+/).length > 1 &&
      foldSameLength(stripTitle(e.speaker.name)).split(/\s+/)[0] === folded)
    return people.length === 1 ? people[0] : undefined
  }

  // the person named last before the pronoun, in its section; else whoever spoke last there (`la
  // préfecture … a-t-elle ajouté`)
  const byPronoun = (mention: Mention, sectionStart: number, before = mention.start): Entity | undefined => {
    const candidates = history.filter((h) => h.at < before && h.at >= sectionStart && compatible(h.entity, mention.gender))
    const last = candidates.at(-1)
    const paragraph = body.lastIndexOf('\n', mention.start) + 1
    // (in an earlier sentence: `Le club n'a pas dépassé le budget, a-t-il assuré` reports the club's words, not its own)
    const opener = openers.filter((o) => o.at < sentenceStartOf(mention.start) && o.at >= Math.max(paragraph, sectionStart)).at(-1)
    // (an impersonal pronoun, `précise-t-on dans l'entourage de…`, is the body the paragraph opened on, or no one known)
    if (!lexicon.pronounGender.has(foldSameLength(mention.text)) && !lexicon.stressedPronounGender.has(foldSameLength(mention.text))) {
      // (`…, indique-t-on dans son entourage, où l'on assure que…`: the same circle, in the same sentence)
      if (lastSpeaker !== undefined && lastSpeaker.at >= sentenceStartOf(mention.start) && lastSpeaker.at < mention.start) return lastSpeaker.entity
      return opener?.entity ?? history.filter((h) => h.subject && h.entity.speaker.kind !== 'person' && h.at >= Math.max(paragraph, sectionStart) &&
        h.at < sentenceStartOf(mention.start)).at(-1)?.entity
    }
    if (opener !== undefined && (last === undefined || last.at < opener.at) && mention.gender !== 'plural' &&
      (opener.entity.gender === undefined || opener.entity.gender === mention.gender)) return opener.entity
    // `Sen. Elizabeth Warren … pressed Powell on housing costs. "…," she said`: the subject of the
    // sentence that named them last, rather than its object
    // `Dunn said Lind expected to act "within days." … she said`: a person named inside what the last
    // speaker said, in an earlier sentence, is no antecedent; the speaker is
    if (last !== undefined && lastSpeaker !== undefined && lastSpeaker.at <= last.at && lastSpeaker.at >= sentenceStartOf(last.at) &&
      /[.!?]["”»]?\s/.test(body.slice(last.at, mention.start)) && lastSpeaker.entity !== last.entity && compatible(lastSpeaker.entity, mention.gender) &&
      // (`…, a insisté Berlin, par la voix du porte-parole, Steffen Kühn. « … », a-t-il déclaré`: a place speaks through the person)
      !placeLike(lastSpeaker.entity)) return lastSpeaker.entity
    if (last !== undefined) return last.subject ? last.entity : (candidates.find((h) => h.subject && h.at >= sentenceStartOf(last.at)) ?? last).entity
    if (lastSpeaker === undefined || lastSpeaker.at < sectionStart || mention.gender === 'plural') return undefined
    const { entity } = lastSpeaker
    return entity.plural !== true && (entity.gender === undefined || entity.gender === mention.gender) ? entity : undefined
  }

  // (`Ankara a indiqué… Le porte-parole de la présidence turque`: a bare one-word name with no
  // role nor gender is likelier a place or a body than the person a role or a pronoun stands for)
  const placeLike = (entity: Entity): boolean => entity.person !== true && entity.gender === undefined && !/\s/.test(entity.speaker.name) &&
    ![...entity.words].some((w) => lexicon.roleWords.has(w) || lexicon.roleGender.has(w))

  const sourceDocuments = new Set((lexicon.data.sourceDocuments ?? []).map(foldSameLength))
  // (`plaintiffs`, not `witness` nor `boss`: a doubled letter ends a singular)
  const pluralNoun = (word: string): boolean => word.length > MIN_STEM &&
    (lexicon.data.pluralSuffixes ?? []).some((suffix) => word.endsWith(suffix) && !word.endsWith(suffix + suffix))
  // `ce spécialiste de la région`, `l'élue socialiste`, `le technicien`: someone named before in the
  // section; with a complement (`le chef de l'État`), in the paragraph; `un conseiller`, `an EU
  // official`, an organization are someone new
  const anaphor = (mention: Mention, head: string | undefined, sectionStart: number): Entity | undefined => {
    const tokens = tokenize(mention.text, 0, mention.text.length)
    const first = tokens[0]?.folded ?? ''
    if (head === undefined) return undefined
    // (`l'entreprise publique`, `le groupe allemand`: an adjective after the noun qualifies the same body)
    const adjectives = tokens.slice(2).every((t) => /^\p{Ll}/u.test(t.text) && !lexicon.genitives.has(t.folded) && !lexicon.prepositions.has(t.folded) &&
      !lexicon.roleWords.has(t.folded) && !lexicon.organizationWords.has(t.folded))
    if (lexicon.organizationWords.has(head)) {
      return lexicon.genericOrganizationWords.has(head) && tokens.length <= 3 && adjectives && tokens[1]?.folded === head ? organizationAnaphor(mention, first, 2, true) : undefined
    }
    // (`according to the lawsuit`, `the poll found`: a source document is nobody named before; nor are
    // several people a plural noun names, `the plaintiffs argued`)
    if (sourceDocuments.has(head) || pluralNoun(head)) return undefined
    // (`le Rassemblement national`: a body's proper name after the determiner is nobody named before)
    if (/^\p{Lu}/u.test(tokens[1]?.text ?? '') && !lexicon.roleWords.has(head)) return undefined
    // `les garde-côtes philippins`: several people are nobody named before
    if (lexicon.pluralDeterminers.has(first)) return undefined
    const demonstrative = lexicon.demonstratives.has(first)
    if (!demonstrative && !lexicon.definiteDeterminers.has(first)) return undefined
    const complement = tokens.some((t) => lexicon.genitives.has(t.folded))
    if (complement && !demonstrative && !lexicon.roleWords.has(head)) return undefined
    const paragraph = body.lastIndexOf('\n', mention.start) + 1
    const from = complement && !demonstrative ? Math.max(paragraph, sectionStart) : sectionStart
    // `le maire Jean-Marc Le Goff … le ministre de l'Intérieur`: someone known by another post is not this one
    const specific = lexicon.roleWords.has(head) && !lexicon.genericRoleWords.has(head)
    // (`ce député centriste` right after `le rapporteur général du budget, Jean-Baptiste Morvan`: a
    // demonstrative points back to them whatever else they were called)
    const otherPost = (entity: Entity): boolean => specific && !demonstrative && !describes(entity, head) &&
      [...entity.words].some((w) => lexicon.roleWords.has(w) && !lexicon.genericRoleWords.has(w))
    return history.filter((h) => h.at < mention.start && h.at >= from && compatible(h.entity, mention.gender) && !otherPost(h.entity) && !placeLike(h.entity))
      .at(-1)?.entity
  }

  // `The Office of Management and Budget has instructed… the agency estimated`, `The White House… the
  // administration said`: a bare definite organization noun is the organization named last, close by
  // `loose`: also a name not known to be a person's (`11h45 - Air France maintient… La compagnie a précisé`)
  const organizationAnaphor = (mention: Mention, first: string, words: number, loose = false): Entity | undefined => {
    if (words !== 2 || !lexicon.definiteDeterminers.has(first)) return undefined
    const lineStart = (offset: number): number => body.lastIndexOf('\n', offset - 1) + 1
    let back = lineStart(mention.start)
    while (back > 0 && /\s/.test(body[back - 1] ?? '')) back--
    const paragraph = back === 0 ? 0 : lineStart(back)
    const organization = (entity: Entity): boolean => entity.speaker.kind === 'organization' ||
      (loose && entity.gender === undefined && ![...entity.words].some((w) => lexicon.roleWords.has(w) || lexicon.titleGender.has(w)))
    const sentence = sentenceStartOf(mention.start)
    return [...history, ...openers.filter((o) => o.at < sentence), ...passing.filter((p) => p.entity.speaker.kind === 'organization')].filter((h) => h.at < mention.start && h.at >= paragraph && organization(h.entity))
      .sort((a, b) => a.at - b.at).at(-1)?.entity
  }

  // `le dirigeant chinois` after `le président chinois Xi Jinping`: a role that stands for any role,
  // with the same qualifiers, is the person last named with them anywhere in the article
  const qualifiedRole = (mention: Mention, described: readonly string[]): Entity | undefined => {
    const qualifiers = described.filter((w) => !lexicon.roleWords.has(w) && !lexicon.genericRoleWords.has(w))
    if (qualifiers.length === 0 || !described.some((w) => lexicon.genericRoleWords.has(w))) return undefined
    return history.filter((h) => h.at < mention.start && compatible(h.entity, mention.gender === 'plural' ? undefined : mention.gender) &&
      qualifiers.every((w) => describes(h.entity, w))).at(-1)?.entity
  }

  const constituencyRoles = new Set((lexicon.data.constituencyRoles ?? []).map(foldSameLength))
  const namesPlace = (complement: readonly Token[]): boolean => {
    const words = complement.filter((t) => !lexicon.determiners.has(t.folded))
    return words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text)) && !words.some((t) => lexicon.organizationWords.has(t.folded))
  }

  // the capitalised name a document phrase ends on, after its genitive (`le dernier bilan d'Enedis`)
  const documents = new Set((lexicon.data.documentWords ?? []).map(foldSameLength))
  const issuerOf = (mention: Mention): Mention | undefined => {
    const tokens = tokenize(body, mention.start, mention.end)
    const of = tokens.findIndex((t, k) => k > 0 && lexicon.genitives.has(t.folded) && documents.has((tokens[k - 1] as Token).folded))
    const name = tokens.slice(of + 1).filter((t) => !lexicon.determiners.has(t.folded))
    if (of < 0 || name.length === 0 || !name.every((t) => /^\p{Lu}/u.test(t.text))) return undefined
    const span = spanOf(body, (name[0] as Token).start, (name.at(-1) as Token).end)
    return { ...span, type: 'name', name: span.text }
  }

  // `one of the officials`, `one of them`: a member of a group named before in the section speaks for
  // the group (the group's own words, if any are given, must describe it)
  const partitives = (lexicon.data.partitives ?? []).map(foldSameLength)
  const objectPronouns = new Set((lexicon.data.objectPronouns ?? []).map(foldSameLength))
  const groupOf = (mention: Mention, sectionStart: number): Entity | undefined => {
    const folded = foldSameLength(mention.text)
    // (`The other said that…` after `one of them said`: the rest of the pair is the group too)
    const partitive = partitives.find((p) => folded.startsWith(p + ' ') || folded === p)
    if (partitive === undefined) return undefined
    const members = contentWords(mention.text.slice(partitive.length)).filter((w) => !objectPronouns.has(w))
    return history.filter((h) => h.at < mention.start && h.at >= sectionStart && h.entity.plural === true && members.every((w) => describes(h.entity, w)))
      .at(-1)?.entity
  }

  // `A Treasury spokesperson`, `a department spokesperson`, `his spokesman`, `a department memo reviewed
  // by …`: an unnamed voice or a document speaks for the body or person its modifier or possessive
  // names (a name in apposition still wins, see `names`)
  const voices = new Set([...(lexicon.data.voiceWords ?? []).map(foldSameLength), ...documents])
  const possessor = new Map<string, Gender | 'body'>(Object.entries(lexicon.data.possessives ?? {})
    .flatMap(([gender, list]) => list.map((w) => [foldSameLength(w), gender === 'neutral' ? 'body' : gender as Gender] as const)))
  const voiceOf = (mention: Mention, sectionStart: number): Entity | undefined => {
    const tokens = tokenize(body, mention.start, mention.end)
    const voice = tokens.findIndex((t, k) => k > 0 && voices.has(t.folded))
    const [determiner, ...modifiers] = tokens.slice(0, voice)
    if (determiner === undefined || voice < 0) return undefined
    const earlier = history.filter((h) => h.at < mention.start && h.at >= sectionStart)
    if (modifiers.length === 0) {
      const owner = possessor.get(determiner.folded)
      // (a body named in an earlier section of a live blog still is: only people change with sections)
      if (owner === undefined) return bodyAfterVoice(mention, history.filter((h) => h.at < mention.start))
      return earlier.filter((h) => owner === 'body' ? h.entity.speaker.kind === 'organization' : h.entity.speaker.kind === 'person' && h.subject && compatible(h.entity, owner)).at(-1)?.entity
    }
    if (modifiers.every((t) => /^\p{Lu}/u.test(t.text))) {
      const span = spanOf(body, (modifiers[0] as Token).start, (modifiers.at(-1) as Token).end)
      const isNew = !byKey.has(foldSameLength(span.text))
      const entity = byName({ ...span, type: 'name', name: span.text })
      if (isNew && entity.speaker.id === undefined) entity.speaker.kind = 'organization'
      return entity
    }
    const [noun] = modifiers
    if (modifiers.length !== 1 || noun === undefined || !lexicon.organizationWords.has(noun.folded)) return undefined
    return earlier.filter((h) => h.entity.speaker.kind === 'organization' && describes(h.entity, noun.folded)).at(-1)?.entity
  }

  // `Her office said`: a person's own body (`Lisa Carrow's office`), named as the lexicon's
  // `possessedBody` writes it, as it would be had the article named its owner
  const ownBody = (mention: Mention, sectionStart: number): Entity | undefined => {
    const template = lexicon.data.possessedBody
    const [determiner, ...rest] = tokenize(body, mention.start, mention.end)
    const owner = determiner === undefined ? undefined : possessor.get(determiner.folded)
    const head = rest.at(-1)
    if (template === undefined || owner === undefined || owner === 'body' || head === undefined || !lexicon.organizationWords.has(head.folded) ||
      !rest.every((t) => /^\p{Ll}/u.test(t.text))) return undefined
    const person = history.filter((h) => h.at < mention.start && h.at >= sectionStart && h.subject && h.entity.speaker.kind === 'person' &&
      h.entity.unnamed === undefined && compatible(h.entity, owner)).at(-1)?.entity
    if (person === undefined) return undefined
    const name = template.replace('{owner}', stripTitle(person.speaker.name)).replace('{thing}', body.slice((rest[0] as Token).start, head.end))
    const isNew = !byKey.has(foldSameLength(name))
    const entity = byName({ ...spanOf(body, mention.start, mention.end), type: 'name', name })
    if (isNew) entity.speaker.kind = 'organization'
    return entity
  }

  // `A spokesman for the alliance`, `un porte-parole du syndicat`: the body the complement after the
  // voice names, by name or by a noun of its name (`United States Maritime Alliance`)
  const bodyAfterVoice = (mention: Mention, earlier: ReadonlyArray<{ entity: Entity }>): Entity | undefined => {
    const [of, first, second] = tokenize(body, mention.end, Math.min(body.length, mention.end + 60))
    const linking = (t: Token | undefined): boolean => t !== undefined && (lexicon.genitives.has(t.folded) || (lexicon.data.organizationConnectors ?? []).includes(t.folded))
    if (!linking(of) || first === undefined || /\S/.test(body.slice(mention.end, of?.start).trim())) return undefined
    const noun = lexicon.definiteDeterminers.has(first.folded) || lexicon.determiners.has(first.folded) ? second : first
    if (noun === undefined || /^\p{Lu}/u.test(noun.text)) return undefined
    const named = earlier.filter((h) => h.entity.speaker.kind === 'organization' && describes(h.entity, noun.folded)).at(-1)?.entity
    // (`A spokesperson for the company` after `Western Power`: a generic noun after a definite
    // determiner is the body named last close by, as `the company said` would be)
    const generic = noun !== first && lexicon.genericOrganizationWords.has(noun.folded)
    const spokenFor = named ?? (generic ? organizationAnaphor(mention, first.folded, 2, true) : undefined)
    // (someone speaks for it: a body, whatever its name looked like)
    if (spokenFor !== undefined && spokenFor.speaker.id === undefined) spokenFor.speaker.kind = 'organization'
    return spokenFor
  }

  // `Lacombe et Cabrol… juge le premier ; réplique la seconde`, `Ce dernier a assuré`: the first or
  // second of the last two people named in the section, or the last one (a person an ordinal stood
  // for is not named again by it: `la seconde` still counts from the pair)
  const order = lexicon.data.referenceOrder
  const ordinals = new Map<string, 'first' | 'second' | 'last'>(order === undefined
    ? []
    : (['first', 'second', 'last'] as const).flatMap((place) => order[place].map((phrase) => [foldSameLength(phrase), place] as const)))
  const ordinalAt = new Set<number>()
  const byOrder = (mention: Mention, sectionStart: number): Entity | undefined => {
    const place = ordinals.get(foldSameLength(mention.text).replace(/’/g, "'"))
    if (place === undefined) return undefined
    ordinalAt.add(mention.start)
    const gender = mention.gender === 'plural' ? undefined : mention.gender
    const people: Entity[] = []
    for (const h of [...history].reverse()) {
      if (h.at >= mention.start || h.at < sectionStart || ordinalAt.has(h.at) || !compatible(h.entity, place === 'last' ? gender : undefined) || placeLike(h.entity)) continue
      if (!people.includes(h.entity)) people.unshift(h.entity)
      if (people.length === (place === 'last' ? 1 : 2)) break
    }
    const [earlier, later] = people.length === 2 ? people : [undefined, people[0]]
    const entity = place === 'first' ? earlier : later
    return entity !== undefined && compatible(entity, gender) ? entity : undefined
  }

  // `la FNSEA locale`, `la CGT départementale`: an acronym is the body's whole name, the adjectives
  // after it only place it
  const placedAcronym = (mention: Mention): Mention | undefined => {
    const [determiner, acronym, ...rest] = tokenize(body, mention.start, mention.end)
    if (determiner === undefined || acronym === undefined || rest.length === 0 || !lexicon.determiners.has(determiner.folded) ||
      !/^\p{Lu}{2,}$/u.test(acronym.text) || !rest.every((t) => /^\p{Ll}+$/u.test(t.text) && !lexicon.genitives.has(t.folded) && !lexicon.roleWords.has(t.folded))) return undefined
    return { ...spanOf(body, acronym.start, acronym.end), type: 'name', name: acronym.text }
  }

  // `primed`: a role opening a sentence, met before extraction: someone already described the same
  // way, or someone new, not yet anyone's anaphor nor a key for later phrases, as the people before
  // it are not all known then
  const byPhrase = (mention: Mention, sectionStart: number, primed = false): { entity: Entity, via: ResolvedSpeaker['via'] } => {
    const ordered = byOrder(mention, sectionStart)
    if (ordered !== undefined) return { entity: ordered, via: 'coreference' }
    const words = contentWords(mention.text)
    // `La compagnie a précisé que…`: the organization its sentence opens on (see `opens`)
    const opener = primed ? undefined : openers.find((o) => o.at === mention.start)
    if (opener !== undefined) return { entity: opener.entity, via: 'coreference' }
    // `selon le dernier bilan d'Enedis`: a document speaks for the body that issued it
    const issuer = primed ? undefined : issuerOf(mention) ?? placedAcronym(mention)
    if (issuer !== undefined) return { entity: byName(issuer), via: 'name' }
    const group = primed ? undefined : groupOf(mention, sectionStart)
    if (group !== undefined) return { entity: group, via: 'coreference' }
    const voice = primed ? undefined : voiceOf(mention, sectionStart) ?? ownBody(mention, sectionStart)
    if (voice !== undefined) return { entity: voice, via: 'coreference' }
    const exact = aliasNames.get(foldSameLength(mention.text)) ??
      entities.find((e) => e.keys.has(words.join(' ')) && (mention.gender === undefined || e.gender === undefined || e.gender === mention.gender))
    if (exact !== undefined) return { entity: exact, via: 'participant' }
    // the head is before any complement: `le bureau du Premier ministre` is no minister
    const complementAt = tokenize(mention.text, 0, mention.text.length).findIndex((t, k) => k > 0 && lexicon.genitives.has(t.folded))
    const headWords = complementAt < 0 ? words : contentWords(mention.text.slice(0, tokenize(mention.text, 0, mention.text.length)[complementAt]?.start))
    const head = headWords.find((w) => lexicon.roleWords.has(w) || lexicon.organizationWords.has(w)) ?? words[0]
    // `le ministre` is whoever was called a ministre; `le chef de l'État` is not `le chef de la diplomatie`
    // (`cette même source`: an adverb describes nobody)
    const described = words.filter((w) => !lexicon.genitives.has(w) && !lexicon.adverbs.has(w))
    if (head !== undefined) {
      // (the same phrase primed before extraction counts once a name was found for it)
      // (`plusieurs diplomates` are not the one `diplomate européen` named before)
      const plural = lexicon.pluralDeterminers.has(tokenize(mention.text, 0, mention.text.length)[0]?.folded ?? '')
      // (`le délégué syndical` is no body the words of its delegate's role were learnt for: `La CGT`)
      const personRole = lexicon.roleWords.has(head) && !lexicon.organizationWords.has(head)
      const fits = (entity: Entity): boolean => described.every((w) => describes(entity, w)) && (entity.plural === true) === plural &&
        (!personRole || entity.speaker.kind === 'person') &&
        (mention.gender === undefined || entity.gender === undefined || entity.gender === mention.gender)
      // (`glisse un diplomate turc`: an indefinite role is someone new, not the Turkish minister named before)
      const indefinite = (lexicon.data.indefiniteDeterminers ?? []).some((d) => foldSameLength(d) === firstWordOf(mention.text))
      const fitting = history.filter((h) => (h.at === mention.start ? h.entity.unnamed === false : h.at < mention.start && !indefinite) && fits(h.entity))
      // `the president` after `President Daniel Ellis` and `Hector Salinas, president of a federation`: the one titled so
      const titled = complementAt < 0 && described.length === 1 ? fitting.filter((h) => h.entity.titles?.has(described[0] as string)).at(-1) : undefined
      const recent = titled ?? fitting.at(-1)
      const inPassing = indefinite ? undefined : passing.filter((p) => p.described === true && p.at < mention.start && fits(p.entity)).at(-1)
      if (inPassing !== undefined && (recent === undefined || recent.at < inPassing.at)) return { entity: inPassing.entity, via: 'coreference' }
      if (recent !== undefined) return { entity: recent.entity, via: 'coreference' }
      const qualified = indefinite ? undefined : qualifiedRole(mention, described)
      if (qualified !== undefined) return { entity: qualified, via: 'coreference' }
    }
    // `…," the statement said`: a document named again is the voice of whoever last spoke through it
    const firstWord = tokenize(mention.text, 0, mention.text.length)[0]?.folded ?? ''
    if (!primed && words.length === 1 && lexicon.definiteDeterminers.has(firstWord) && (lexicon.data.documentWords ?? []).includes(words[0] as string) &&
      lastSpeaker !== undefined && lastSpeaker.at >= sectionStart && lastSpeaker.at < mention.start) return { entity: lastSpeaker.entity, via: 'coreference' }
    const named = primed ? undefined : anaphor(mention, head, sectionStart)
    if (named !== undefined) return { entity: named, via: 'coreference' }
    const entity = addEntity({ name: mention.text, kind: guessKind(mention.text) })
    learn(entity, mention.text, false)
    if (!primed) entity.keys.add(words.join(' '))
    const first = tokenize(mention.text, 0, mention.text.length)[0]?.folded ?? ''
    if (lexicon.pluralDeterminers.has(first)) entity.plural = true
    // (`the union president`: a compound's last word is its head)
    const roleHead = head !== undefined && (lexicon.roleWords.has(head) || lexicon.roleWords.has(headWords.at(-1) ?? ''))
    // (`Britain's Treasury chief`: a possessive makes a role as definite as a determiner)
    if ((lexicon.definiteDeterminers.has(first) || lexicon.demonstratives.has(first) || POSSESSOR.test(first)) && roleHead) entity.unnamed = true
    // (`Britain's energy regulator`: a body a possessive place qualifies is one the article may name after)
    // (not `Sen. Thornbury's office`, `Coastal's board`: the body of someone the article knows is named by them)
    else if (POSSESSOR.test(first) && !ownerNamed(mention) &&
      lexicon.organizationWords.has(headWords.at(-1) ?? '') &&
      tokenize(mention.text, 0, mention.text.length).slice(1).every((t) => /^\p{Ll}/u.test(t.text))) entity.unnamed = true
    // (`Le député de la Nièvre`: a complement naming a place is a constituency, not a post of its own)
    if (complementAt > 0) entity.complement = !(constituencyRoles.has(head ?? '') && namesPlace(tokenize(mention.text, 0, mention.text.length).slice(complementAt + 1)))
    return { entity, via: 'phrase' }
  }

  // (`Sen. Thornbury's office`, `Coastal's board` after `Coastal Air`: the owner is a name the article
  // knows, or a word of one, and their body is named after them)
  const ownerNamed = (mention: Mention): boolean => {
    const owner = (tokenize(mention.text, 0, mention.text.length)[0]?.text ?? '').replace(/['’]s$/u, '')
    const known = byKey.get(foldSameLength(owner))
    // (`Sen. Thornbury's`: a capitalised word before it, not one ending the sentence before, `Saturday.`)
    const previous = tokenize(body, Math.max(0, mention.start - 30), mention.start).at(-1)
    const before = previous === undefined ? '' : body.slice(previous.start, mention.start).trimEnd()
    return (known !== undefined && !placeLike(known)) || (/^\p{Lu}/u.test(before) && (!/[.!?\n]/u.test(before) || lexicon.abbreviation.test(before))) ||
      new RegExp(`(?<![\\p{L}])${escapeRegExp(owner)}\\s+\\p{Lu}`, 'u').test(body.slice(0, mention.start))
  }

  // `Britain's budget watchdog cut its forecast… The Office for Fiscal Scrutiny said`: the first body
  // the article names after an unnamed one, by the end of the next paragraph
  const bodyNamedAfter = (role: Entity): Entity | undefined => {
    const introduced = history.find((h) => h.entity === role)?.at
    if (introduced === undefined) return undefined
    const paragraphEnd = (from: number): number => {
      const end = body.indexOf('\n', from)
      return end < 0 ? body.length : end
    }
    const end = paragraphEnd(introduced)
    let next = end
    while (next < body.length && /\s/.test(body[next] ?? '')) next++
    // (in its paragraph, or opening the next one: `The Office for Fiscal Scrutiny, the independent body…`)
    const opening = tokenize(body, next, paragraphEnd(next))
    const nextSubject = (lexicon.definiteDeterminers.has(opening[0]?.folded ?? '') ? opening[1] : opening[0])?.start ?? next
    // (a subject: not `told The Associated Press`)
    // (a lone word that may be a body, `Ofgem added`, only close by: `Okoro shot back` opening the next paragraph is someone)
    return [...history.filter((h) => h.subject), ...openers].filter((h) => h.at > introduced && h.entity !== role && h.entity.unnamed === undefined &&
      h.entity.keys.size > 0 && ((h.at < end && placeLike(h.entity)) ||
        (h.entity.speaker.kind === 'organization' && (h.at < end || h.at === nextSubject || h.at === next))))
      .sort((a, b) => a.at - b.at)[0]?.entity
  }

  const sectorWords = new Set((lexicon.data.sectorWords ?? []).map(foldSameLength))
  const postQualifiers = new Set((lexicon.data.postQualifiers ?? []).map(foldSameLength))

  // `Le procès de Kévin Marchetti s'est ouvert… l'accusé a pris la parole`: the first person the body
  // names (below its title line), when nothing else describes them by another post
  const protagonists = new Set((lexicon.data.protagonistRoles ?? []).map(foldSameLength))
  const protagonistOf = (role: Entity, sameGender: (e: Entity) => boolean): Entity | undefined => {
    if (![...role.words].some((w) => protagonists.has(w))) return undefined
    const first = [...history, ...passing].filter((h) => h.at > body.indexOf('\n') && h.entity !== role && h.entity.keys.size > 0 && h.entity.speaker.kind === 'person')
      .sort((a, b) => a.at - b.at)[0]?.entity
    return first !== undefined && sameGender(first) && /\s/.test(first.speaker.name) ? first : undefined
  }

  // `{Le maire sera entendu jeudi}, indique-t-on dans son entourage`: the circle of the role the
  // reported clause opens on, or else of the person named last (`Le président, X, ne s'est pas
  // exprimé. {…}, indique-t-on dans son entourage`), named after them
  const entourage = lexicon.data.entourage
  // (`La Première ministre « ira jusqu'au bout », indique-t-on dans son entourage` after `La Première
  // ministre Hélène Marchal`: the one person named with all the role's words)
  const holderOf = (role: string): Entity | undefined => {
    const words = contentWords(role)
    const holders = entities.filter((e) => e.unnamed === undefined && e.speaker.kind === 'person' && e.keys.size > 0 && words.every((w) => describes(e, w)))
    return holders.length === 1 ? holders[0] : undefined
  }
  const circleOf = (mention: Mention, sectionStart: number, clause?: number): Entity | undefined => {
    if (entourage === undefined) return undefined
    const [determiner, ...words] = clause === undefined ? [] : tokenize(body, clause, Math.min(body.length, clause + 40))
    // (`La Première ministre`: an adjective may come before the role noun)
    const noun = words.slice(0, 2).find((t) => lexicon.roleWords.has(t.folded))
    const role = determiner !== undefined && noun !== undefined && words[0] !== undefined && lexicon.definiteDeterminers.has(determiner.folded)
      ? { determiner: determiner.folded, noun: body.slice(words[0].start, noun.end) }
      : undefined
    const owner = role !== undefined
      ? holderOf(role.noun)
      : history.filter((h) => h.at < mention.start && h.at >= sectionStart && compatible(h.entity, undefined) && !placeLike(h.entity) && h.entity.unnamed !== true).at(-1)?.entity
    if (role === undefined && owner === undefined) return undefined
    const of = role === undefined || owner !== undefined ? `${entourage.genitives[''] ?? ''} ${owner?.speaker.name ?? ''}` : `${entourage.genitives[role.determiner] ?? ''} ${role.noun}`
    const name = `${entourage.name} ${of.trim()}`.replace(/['’] /g, "'")
    const known = byKey.get(foldSameLength(name))
    if (known !== undefined) return known
    const entity = addEntity({ name, kind: 'person' })
    entity.plural = true
    byKey.set(foldSameLength(name), entity)
    entity.keys.add(foldSameLength(name))
    return entity
  }

  // `"…," the Idaho Republican said`: a definite party member, with their state, describes the person
  // named last in the section, not someone new
  const parties = new Set((lexicon.data.partyWords ?? []).map(foldSameLength))
  const partyMember = (mention: Mention, sectionStart: number): Entity | undefined => {
    const words = tokenize(body, mention.start, mention.end)
    const before = tokenize(body, Math.max(0, mention.start - 12), mention.start).at(-1)
    if (!parties.has(words.at(-1)?.folded ?? '') || before === undefined || !lexicon.definiteDeterminers.has(before.folded)) return undefined
    return history.filter((h) => h.at < mention.start && h.at >= sectionStart && compatible(h.entity, undefined) && !placeLike(h.entity) && /\s/.test(h.entity.speaker.name))
      .at(-1)?.entity
  }

  return {
    aliases,
    resolve (mention, sectionStart = 0, { subject = true, primed = false, before, person = false } = {}) {
      let entity: Entity | undefined
      let via: ResolvedSpeaker['via'] = 'name'
      if (mention.circle === true) {
        entity = circleOf(mention, sectionStart, before)
        via = 'coreference'
      } else if (mention.type === 'alias') {
        entity = byParticipant.get(mention.participantId as string)
        via = 'participant'
      } else if (mention.type === 'pronoun') {
        entity = byPronoun(mention, sectionStart, Math.min(mention.start, before ?? mention.start))
        via = 'coreference'
      } else if (mention.type === 'phrase') {
        ({ entity, via } = byPhrase(mention, sectionStart, primed))
      } else {
        entity = partyMember(mention, sectionStart)
        via = entity === undefined ? 'name' : 'coreference'
        entity ??= byName(mention)
      }
      if (entity === undefined) return null
      if (person) entity.person = true
      if (entity.speaker.id !== undefined && via === 'name') via = 'participant'
      if (mention.gender === 'male' || mention.gender === 'female') entity.gender ??= mention.gender
      if (mention.type === 'name' || mention.type === 'titled') entity.gender ??= apposedGender(mention)
      if (mention.type !== 'pronoun') learn(entity, mention.text, false)
      if (mention.type === 'name') {
        // (`President Daniel Ellis`: a capitalised role right before the name is their title)
        const nameStart = mention.end - (mention.name ?? mention.text).length
        const title = tokenize(body, Math.max(0, nameStart - 40), nameStart).at(-1)
        if (title !== undefined && /^\p{Lu}/u.test(title.text) && lexicon.roleWords.has(title.folded) && !/\S/.test(body.slice(title.end, nameStart))) {
          (entity.titles ??= new Set()).add(title.folded)
        }
      }
      seen(entity, mention.start, subject)
      return { speaker: entity.speaker, via }
    },
    names (mention) {
      const paragraph = body.lastIndexOf('\n', mention.start) + 1
      const role = history.filter((h) => h.at < mention.start && h.at >= paragraph && h.entity.speaker.kind === 'person').at(-1)?.entity
      if (role?.unnamed !== true) return
      const person = byName(mention)
      if (person === role || (role.gender !== undefined && person.gender !== undefined && role.gender !== person.gender)) return
      role.unnamed = false
      role.speaker = person.speaker
      for (const w of role.words) person.words.add(w)
      person.gender ??= role.gender
    },
    describe (mention, role) {
      learn(byName(mention), role, false)
    },
    knows (name) {
      return byKey.has(foldSameLength(name))
    },
    register (mention, role) {
      if (mention.type !== 'titled' && mention.type !== 'name') return
      const isNew = !byKey.has(foldSameLength(mention.name ?? mention.text))
      const entity = byName(mention)
      if (role !== undefined) learn(entity, role, false)
      // (`n'ont pas convaincu l'association Plouvenez Air Pur`: a name after a body's noun is the body's)
      const [determiner, noun] = tokenize(body, Math.max(0, mention.start - 40), mention.start).slice(-2)
      if (isNew && entity.speaker.id === undefined && noun !== undefined && determiner !== undefined && lexicon.determiners.has(determiner.folded) &&
        lexicon.organizationWords.has(noun.folded) && !lexicon.roleWords.has(noun.folded)) {
        entity.speaker.kind = 'organization'
        entity.words.add(noun.folded)
      }
      passing.push({ at: mention.start, entity, described: role !== undefined })
    },
    opens (mention) {
      const known = mention.type !== 'phrase' && byKey.has(foldSameLength(mention.name ?? mention.text))
      const tokens = tokenize(mention.text, 0, mention.text.length)
      const generic = mention.type === 'phrase' && tokens.length === 2 && lexicon.genericOrganizationWords.has(tokens[1]?.folded ?? '')
      const entity = generic ? organizationAnaphor(mention, tokens[0]?.folded ?? '', 2, true) : mention.type === 'phrase' ? byPhrase(mention, 0, true).entity : byName(mention)
      if (entity === undefined) return
      // (`Le Pen a déclaré`: someone already known as a person is no organization)
      if (known && entity.speaker.kind === 'person') return
      // (a name a generic noun stands for may still be a person's: its kind stays)
      if (entity.speaker.id === undefined && !generic) entity.speaker.kind = 'organization'
      if (mention.gender === 'male' || mention.gender === 'female') entity.gender ??= mention.gender
      openers.push({ at: mention.start, entity })
    },
    subjectBefore (at) {
      const paragraph = body.lastIndexOf('\n', at) + 1
      // someone who spoke in the paragraph goes on speaking (`"…," Hart told BBC Radio Bristol. "…"`)
      if (lastSpeaker !== undefined && lastSpeaker.at >= paragraph) return null
      const found = history.filter((h) => h.at < at && h.at >= paragraph && h.subject && h.entity.speaker.kind === 'person').at(-1)
      return found === undefined ? null : { speaker: found.entity.speaker, via: 'coreference' }
    },
    settle (speaker, at, sectionStart = 0) {
      const role = entities.find((e) => e.speaker === speaker)
      if (role?.unnamed !== true) return speaker
      // (a possessor says whose post it is, as a nationality does, but no holder is described by it: `Britain's`)
      const described = [...role.words].filter((w) => !lexicon.genitives.has(w) && !POSSESSOR.test(w))
      const sameGender = (e: Entity): boolean => role.gender === undefined || e.gender === undefined || e.gender === role.gender
      // (`Shadow chancellor Oliver Danvers` holds no chancellor's post: a qualifier of another post the role lacks)
      const qualifiedOtherwise = (e: Entity): boolean => [...e.words].some((w) => postQualifiers.has(w) && !role.words.has(w))
      const holding = (words: readonly string[]): Entity[] => entities.filter((e) => e !== role && e.unnamed === undefined && e.speaker.kind === 'person' &&
        e.keys.size > 0 && sameGender(e) && words.every((w) => describes(e, w)) && !qualifiedOtherwise(e))
      let holders = holding(described)
      // (`le délégué syndical` after `Le délégué CGT du site, X`: the kind of body is no other post)
      if (holders.length === 0 && described.some((w) => sectorWords.has(w))) {
        const posts = described.filter((w) => lexicon.roleWords.has(w) && !lexicon.genericRoleWords.has(w) && !sectorWords.has(w))
        if (posts.length > 0) holders = holding(posts)
      }
      // (before the holders: `L'avocat du prévenu, Me Olivier Brassac` is described by `prévenu` too)
      const protagonist = protagonistOf(role, sameGender)
      if (protagonist !== undefined) return protagonist.speaker
      if (holders.length === 1) return (holders[0] as Entity).speaker
      if (role.speaker.kind === 'organization') return bodyNamedAfter(role)?.speaker ?? speaker
      if (at === undefined || role.speaker.kind !== 'person') return speaker
      // (once a role is found to be someone, it stays them: `L'élue, … a-t-elle estimé … écrit l'élue`)
      const settled = settledRoles.get(role)
      if (settled !== undefined) return settled
      const paragraph = body.lastIndexOf('\n', at) + 1
      const previousParagraph = paragraph < 2 ? 0 : body.lastIndexOf('\n', body.slice(0, paragraph).trimEnd().length - 1) + 1
      // (`la porte-parole du syndicat` after its secretary spoke: speaking for a body is no post of its own)
      // (nor is belonging to a kind of body: `la syndicaliste`)
      const posts = described.filter((w) => lexicon.roleWords.has(w) && !lexicon.genericRoleWords.has(w) && !voices.has(w) && !sectorWords.has(w))
      const otherPost = (e: Entity): boolean => posts.length > 0 && !posts.some((w) => describes(e, w)) &&
        [...e.words].some((w) => lexicon.roleWords.has(w) && !lexicon.genericRoleWords.has(w))
      const before = spoken.filter((s) => s.entity !== role && s.at < at && s.at >= Math.max(sectionStart, role.complement === true ? paragraph : previousParagraph)).at(-1)
      // (a role already there before that speaker spoke is someone else: `Le ministre du Travail a tenté… Anne
      // Morel, son opposante, a estimé… « … », a ajouté le ministre`)
      const introduced = history.find((h) => h.entity === role)?.at ?? at
      const previous = before !== undefined && before.at < introduced ? before.entity : undefined
      // (someone surely a person: `Kiev`, `Pyongyang` speak too)
      const person = (e: Entity): boolean => e.speaker.kind === 'person' && (e.gender !== undefined || /\s/.test(e.speaker.name))
      if (previous === undefined || previous === role || previous.unnamed === true || previous.keys.size === 0 ||
        !person(previous) || !sameGender(previous) || otherPost(previous)) return speaker
      settledRoles.set(role, previous.speaker)
      return previous.speaker
    },
    spoke (resolved, at) {
      const entity = entities.find((e) => e.speaker === resolved.speaker)
      if (entity === undefined) return
      lastSpeaker = { entity, at }
      spoken.push({ at, entity })
    }
  }
}

/** `britain's`: a folded word that is a possessor. */
const POSSESSOR = /\p{L}['’]s$/u

/**
 * A determiner-led phrase ending in a comma right before a name: `…, le ministre de l'Intérieur, `;
 * within its paragraph (a headline above is no role).
 */
const rolePattern = derived((lexicon) =>
  // (a determiner is a word of its own, or elided: `At one point` holds no `a`)
  new RegExp(`(?:^|[.,;:]\\s+|\\n\\s*)((?:${[...lexicon.determiners].map(escapeRegExp).join('|')})(?:(?<=['’])\\s*|\\s+)[^,.;:«»"“”\\n]{2,60}),\\s*$`, 'iu'))

/** `, 67 ans,`, `, a nurse,`: an apposition right after a name. */
const appositionAfter = derived((lexicon) => new RegExp(`^,\\s*(?:\\d|(?:${[...lexicon.determiners].join('|')})\\s)`, 'iu'))

/** A comma, a few words, and the comma that closes them. */
const CLOSED_APPOSITION = /^,[^,.;:!?«»"“”\n]{1,70},/u

/** `, infirmière,`, `, infirmière à Chartres,`, `, retired teacher,`: a short lowercase descriptor between commas. */
const DESCRIPTOR_AFTER = /^,\s*\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}(?:\s+\p{Ll}+\s+\p{Lu}[\p{L}'’-]*)?,/u

/** `, qui`, `, who`: a relative clause right after a name. */
const relativeAfter = derived((lexicon) => new RegExp(`^,\\s*(?:${[...lexicon.relativePronouns].join('|')})\\s`, 'iu'))

const leadingTitle = derived((lexicon) => new RegExp(`^(?:${lexicon.titles.source})\\s+`, 'u'))

/**
 * Registers the people named in passing (`Mme Martin a répondu à M. Girard`, `Le numéro un de la CGT,
 * Sophie Binet, a appelé…`) before extraction starts, so that a later pronoun finds the person named
 * last. Only titled names and names of two words or more that are not a complement (`à Saint-Omer`,
 * `at JPMorgan`): places are mostly named after a preposition. With `prose` (the sentences and speech
 * verbs), also the roles that open a sentence with no name (`Un diplomate européen …`), whether a
 * name is a subject or an object, and a role named just before its person.
 */
export function primeResolver (resolver: SpeakerResolver, found: readonly Mention[], body: string, lexicon: Lexicon, prose?: { sentences: readonly Span[], verbs: readonly Span[] }): void {
  // (the first subject found, from the sentence's start or past an opening clause)
  const first = <T>(find: (s: Span) => T[]) => (s: Span): T[] => {
    for (const from of clauseStarts(body, lexicon, s)) {
      const found = find(from)
      if (found.length > 0) return found
    }
    return []
  }
  const subjects = prose === undefined ? [] : prose.sentences.flatMap(first((s) => roleSubject(body, lexicon, s, found, prose.verbs)))
  const openers = new Set(prose === undefined ? [] : prose.sentences.flatMap(first((s) => organizationSubject(body, lexicon, s, found, prose.verbs))))
  const mentions = [...found, ...subjects, ...openers].sort((a, b) => a.start - b.start)
  for (const m of mentions) {
    if (openers.has(m)) { resolver.opens(m); continue }
    if (m.type === 'phrase') { resolver.resolve(m, 0, { primed: true }); continue }
    const before = tokenize(body, Math.max(0, m.start - 30), m.end).filter((t) => t.end <= m.start)
    const previous = before.at(-1)
    // `Sen. Susan Collins, the Maine Republican who chairs…`: a descriptor in apposition, not someone else
    const next = tokenize(body, m.end, Math.min(body.length, m.end + 30))[0]
    // (`…, a Massachusetts Democrat,`: an indefinite article never introduces a name)
    if (m.type === 'name' && previous !== undefined && lexicon.determiners.has(previous.folded) && before.at(-2)?.text === ',' &&
      ((next !== undefined && /^\p{Ll}/u.test(next.text)) || !lexicon.definiteDeterminers.has(previous.folded))) continue
    // `déléguée Sud Santé, Nathalie Cabrol`: a name right after a bare role noun, with a person's name in
    // apposition after it, is the role's affiliation, no one's name
    if (m.type === 'name' && previous !== undefined && lexicon.roleWords.has(previous.folded) &&
      found.some((o) => o.type === 'name' && o.start > m.end && /^\s*,\s*$/.test(body.slice(m.end, o.start)) && /\s/.test(o.name ?? o.text))) continue
    const complement = isComplement({ body, lexicon, aliases: [] }, m) || (previous !== undefined && lexicon.nonFinite.test(previous.text))
    lexicon.nonFinite.lastIndex = 0
    // `Joëlle, 67 ans,`, `Evans, 43,`, `Olena, a nurse,`: a one-word name with an apposition is a person
    // `His wife, Brenda, nodded`: a one-word name in apposition to a role
    // `Sabrina, qui a perdu sa sœur, …`, `Sur le quai, Karima, infirmière, attend`: a one-word name
    // opening a clause, with a relative clause or a lowercase descriptor in apposition
    // (closed by a comma: `Contactée, la métropole de Lyon a fait savoir` opens on a participle, no one's name)
    const apposed = (appositionAfter(lexicon).test(body.slice(m.end, m.end + 12)) && CLOSED_APPOSITION.test(body.slice(m.end, m.end + 80))) ||
      (/^\s*,/.test(body.slice(m.end, m.end + 2)) && rolePattern(lexicon).test(body.slice(Math.max(0, m.start - 70), m.start))) ||
      (prose !== undefined && (opensSentence(body, m, prose.sentences) || /,\s*$/.test(body.slice(Math.max(0, m.start - 3), m.start))) &&
        (relativeAfter(lexicon).test(body.slice(m.end, m.end + 12)) || DESCRIPTOR_AFTER.test(body.slice(m.end, m.end + 40))))
    // (`Chez Hanbit Electronics, on se veut rassurant. …, a indiqué le groupe`: a name after a
    // preposition of premises is a body an organization noun may stand for)
    if (m.type === 'name' && previous !== undefined && (lexicon.data.premisesPrepositions ?? []).includes(previous.folded)) {
      const resolved = resolver.resolve(m, 0, { subject: false })
      if (resolved !== null && resolved.speaker.id === undefined) resolved.speaker.kind = 'organization'
      continue
    }
    const person = m.type === 'titled' || m.type === 'alias' ||
      (m.type === 'name' && (/\s/.test(m.name ?? m.text) || apposed || resolver.knows(m.name ?? m.text)))
    // (`publiées par la SNCF … prévient l'entreprise`: a body named in passing is one an organization noun may stand for)
    // (not the short name in brackets of the body just named: `l'agence régionale de santé (ARS)`)
    if (!person && m.type === 'name' && /^\p{Lu}{2,}$/u.test(m.name ?? m.text) && !/\(\s*$/.test(body.slice(Math.max(0, m.start - 2), m.start))) resolver.resolve(m, 0, { subject: false })
    if (!person) continue
    if (complement || inRelativeClause(body, m, lexicon)) {
      // (`…, who met with Transport Minister Eluned Rhys,`: a role glued before the name is theirs too)
      const roleStart = apposedRoleStart(body, m, lexicon) ?? roleBefore(body, m, lexicon)
      resolver.register(m, roleStart === undefined ? undefined : body.slice(roleStart, m.start))
      continue
    }
    // `le ministre de l'Intérieur, Laurent Nuñez,`: the role is learnt with the name, for `le ministre` later
    const window = Math.max(0, m.start - 70)
    const role = rolePattern(lexicon).exec(body.slice(window, m.start))
    let start = m.type === 'alias' ? undefined : role === null ? roleBefore(body, m, lexicon) ?? apposedRoleStart(body, m, lexicon) : window + role.index + role[0].indexOf(role[1] as string)
    // (`Interrogé par la présidente, Gilles Arnaudet a assuré`: a role in an opening complement, then a
    // name its verb follows, is someone else; `à l'invitation de la présidente, Hélène Vasseur.` names her)
    // (`piling pressure on finance minister Helen Marsh weeks before`: a role glued to the name is theirs)
    if (start !== undefined && isComplement({ body, lexicon, aliases: [] }, { start, end: m.start }) && /^\s+\p{L}/u.test(body.slice(m.end, m.end + 3)) &&
      /,/.test(body.slice(start, m.start))) start = undefined
    const subject = !isObject(body, start ?? m.start, lexicon, prose?.verbs ?? [])
    if (start === undefined) {
      // (not someone who speaks in their own sentence: `Anne Morel, son opposante, a dénoncé…` is someone new)
      if (m.type !== 'alias' && prose !== undefined && isSubject(body, m, prose) && !speaksInSentence(m, prose)) resolver.names(m)
      const resolved = resolver.resolve(m, 0, { subject, person: apposed && !/\s/.test(m.name ?? m.text) })
      const after = apposedRoleAfter(body, m, lexicon)
      if (resolved !== null && after !== undefined && m.type !== 'alias') resolver.describe(m, after)
      continue
    }
    const named: Mention = { ...m, ...spanOf(body, start, m.end), name: m.name ?? m.text }
    const roleWords = tokenize(body, start, m.start)
    // `la ministre de l'Économie, Claire Fontaine`: the determiner agrees with the person, unless the
    // role is a generic noun of its own gender (`Le numéro un de la CGT, Sophie Binet`, `le chef de…`)
    const head = roleWords.find((t) => lexicon.roleWords.has(t.folded) || lexicon.genericRoleWords.has(t.folded))
    const agrees = head !== undefined && !lexicon.genericRoleWords.has(head.folded)
    const gender = m.gender ?? (agrees ? lexicon.determinerGender.get(roleWords[0]?.folded ?? '') : undefined) ?? roleGenderOf(lexicon, roleWords)
    if (gender !== undefined) named.gender = gender
    resolver.resolve(named, 0, { subject })
  }
}

/** Most commas of opening clauses looked past for a subject. */
const OPENING_CLAUSES = 3
/** Most words of an opening clause (`Saisie du dossier`, `Vêtu d'un pull gris`, `À Genève`). */
const OPENING_WORDS = 8

/**
 * Where a sentence's subject may start: at its start, or past an opening clause led by a preposition
 * or a time, or a capitalised participle before one (`Saisie du dossier, l'agence régionale de santé a annoncé`,
 * `Vêtu d'un pull gris, le regard baissé, l'accusé a pris la parole`), and the short clauses after it.
 */
function clauseStarts (body: string, lexicon: Lexicon, sentence: Span): Span[] {
  const starts: Span[] = [sentence]
  const [lead, next] = tokenize(body, sentence.start, Math.min(sentence.end, sentence.start + 40))
  // (`Mercredi soir, le ministre a durci le ton`: a time opens a clause too)
  if (lead === undefined || !(lexicon.prepositions.has(lead.folded) || lexicon.timeWords.has(lead.folded) ||
    (/^\p{Lu}\p{Ll}/u.test(lead.text) && next !== undefined && lexicon.prepositions.has(next.folded)))) return starts
  let from = sentence.start
  for (let k = 0; k < OPENING_CLAUSES; k++) {
    const comma = body.indexOf(',', from)
    const clause = tokenize(body, from, comma)
    if (comma < 0 || comma >= sentence.end || clause.length > OPENING_WORDS) break
    // (after a name, what follows its comma is its apposition: `Interrogé par Me Julien Ferracci, l'avocat de la défense, le commandant…`)
    // (`Cité par Le Progrès, un ancien employé … a décrit`: unless it is closed by a comma of its own, the subject)
    const apposition = /^\p{Lu}/u.test(clause.at(-1)?.text ?? '') && CLOSED_APPOSITION.test(body.slice(comma, comma + 80))
    if (!apposition) starts.push({ start: comma + 1, end: sentence.end })
    from = comma + 1
  }
  return starts
}

/** Most words of a role written right before a name (`le ministre russe des Affaires étrangères`). */
const MAX_ROLE_BEFORE = 8

/**
 * `l'avocat général Damien Ferrand`, `Spanish Foreign Minister José Manuel Albares`: a role written
 * before the name with no comma; where it starts (a determiner or a capitalised word), so that the
 * role is learnt with the name.
 */
function roleBefore (body: string, m: Mention, lexicon: Lexicon): number | undefined {
  const tokens = tokenize(body, Math.max(0, m.start - 90), m.start)
  const run: Token[] = []
  for (let k = tokens.length - 1; k >= 0 && run.length < MAX_ROLE_BEFORE; k--) {
    const t = tokens[k] as Token
    // (a full stop is no token of its own after a word: `an increase.\n\nPresident Donald Trump`)
    if (/[.!?\n]/.test(body.slice(t.end, (run[0] ?? m).start))) break
    const linking = lexicon.determiners.has(t.folded) || lexicon.genitives.has(t.folded)
    if (!/[\p{L}\p{N}]/u.test(t.text) || (!linking && (lexicon.stopwords.has(t.folded) || lexicon.prepositions.has(t.folded) ||
      lexicon.pronounGender.has(t.folded) || lexicon.conjunctions.has(t.folded)))) break
    run.unshift(t)
  }
  if (!run.some((t) => lexicon.roleWords.has(t.folded))) return undefined
  // (`on finance minister Helen Marsh`: a bare role right after a preposition starts where it does)
  const preposition = tokens[tokens.length - 1 - run.length]
  const bare = preposition !== undefined && lexicon.prepositions.has(preposition.folded) && lexicon.roleWords.has((run.at(-1) as Token).folded) &&
    run.every((t) => /^\p{Ll}/u.test(t.text) && !lexicon.determiners.has(t.folded) && !lexicon.genitives.has(t.folded))
  return run.find((t) => lexicon.determiners.has(t.folded) || /^\p{Lu}/u.test(t.text))?.start ?? (bare ? run[0]?.start : undefined)
}

/**
 * `La SNCF a suspendu…`, `L'agence régionale de santé a annoncé…`: a definite determiner opening the
 * sentence, then a capitalised name that is no person's (one word) or a phrase headed by an
 * organization noun. The mention carries the determiner's gender, for the pronoun that may follow.
 */
function organizationSubject (body: string, lexicon: Lexicon, sentence: Span, mentions: readonly Mention[], verbs: readonly Span[]): Mention[] {
  const [determiner, next] = tokenize(body, sentence.start, Math.min(sentence.end, sentence.start + 200))
  if (determiner === undefined || next === undefined || !lexicon.definiteDeterminers.has(determiner.folded) ||
    body.slice(sentence.start, determiner.start).trim() !== '') return []
  const gender = lexicon.determinerGender.get(determiner.folded)
  const withGender = (m: Mention): Mention => gender === undefined ? m : { ...m, gender }
  const named = mentions.find((m) => m.start === next.start)
  // (`La Direction générale de l'aviation civile`: a capitalised organization noun heads a phrase)
  if (!lexicon.organizationWords.has(next.folded)) return named?.type === 'name' && !/\s/.test(named.name ?? named.text) ? [withGender({ ...named })] : []
  // up to its verb: a speech verb, or an auxiliary (`L'agence officielle nord-coréenne KCNA a publié`)
  const verb = verbs[firstFrom(verbs, sentence.start)]
  const auxiliary = tokenize(body, next.end, sentence.end).find((t) => lexicon.auxiliaries.has(t.folded))
  const end = Math.min(sentence.end, verb?.start ?? sentence.end, auxiliary?.start ?? sentence.end)
  const phrase = phraseFrom({ body, lexicon, aliases: [] }, determiner.start, end)
  if (phrase === null) return []
  // the organization's own name, when the phrase ends on it after its description (`… nord-coréenne KCNA`)
  const name = mentions.find((m) => m.type === 'name' && m.start > next.start && m.end === phrase.end)
  const before = name === undefined ? undefined : tokenize(body, next.start, name.start).at(-1)
  const described = before !== undefined && /^\p{Ll}/u.test(before.text) && !lexicon.genitives.has(before.folded) &&
    !lexicon.conjunctions.has(before.folded) && !lexicon.stopwords.has(before.folded) && !lexicon.determiners.has(before.folded)
  return [withGender(name === undefined || !described ? phrase : { ...name })]
}

/** Most characters of a role written before a name in apposition. */
const MAX_APPOSED_ROLE = 80

/**
 * `…, qui s'exprimait aux côtés du chef de la diplomatie omanaise, Badr al-Harthi`: where a role
 * written before a name and its comma starts, after the last punctuation, at its first role word
 * (or the determiner before it).
 */
function apposedRoleStart (body: string, m: Span, lexicon: Lexicon): number | undefined {
  const comma = body.slice(0, m.start).trimEnd()
  if (!comma.endsWith(',')) return undefined
  const end = comma.length - 1
  const tokens = tokenize(body, Math.max(0, end - MAX_APPOSED_ROLE), end)
  let from = tokens.length
  // (past a short name in brackets: `Secrétaire général de l'Union syndicale des routiers (USRI), Karim Belkacem`)
  const bracketed = (k: number): number => {
    const open = tokens.slice(0, k).map((t) => t.text).lastIndexOf('(')
    return (tokens[k - 1] as Token).text === ')' && open >= 0 && !tokens.slice(open + 1, k - 1).some((t) => /^[,.;:()]$/.test(t.text)) ? open : k
  }
  while (from > 0) {
    from = bracketed(from)
    if (from === 0 || /^[,.;:«»"“”()]$/.test((tokens[from - 1] as Token).text) || /\n/.test(body.slice((tokens[from - 1] as Token).end, (tokens[from] ?? { start: end }).start))) break
    from--
  }
  const at = tokens.findIndex((t, k) => k >= from && (lexicon.roleWords.has(t.folded) || lexicon.genericRoleWords.has(t.folded)))
  if (at < 0) return undefined
  // with its determiner, which tells the gender (`la ministre de l'Économie, Claire Fontaine`)
  const determiner = tokens[at - 1]
  return (at > from && determiner !== undefined && lexicon.determiners.has(determiner.folded) ? determiner : tokens[at] as Token).start
}

/** `, ministre de l'Intérieur,`, `, the committee's chairman.`: a role set off by commas right after a name. */
const APPOSED_ROLE_AFTER = /^,\s*([^,.;:!?«»"“”()\n]{3,70})[,.]/u

/** The role written in apposition right after a name, led by a role noun (maybe after a determiner). */
function apposedRoleAfter (body: string, m: Span, lexicon: Lexicon): string | undefined {
  const role = APPOSED_ROLE_AFTER.exec(body.slice(m.end, m.end + 80))?.[1]
  if (role === undefined) return undefined
  const [first, second] = tokenize(role, 0, role.length)
  const head = first !== undefined && lexicon.determiners.has(first.folded) ? second : first
  return head !== undefined && lexicon.roleWords.has(head.folded) ? role : undefined
}

/** The rest of a role's words, then the comma before the name in apposition. */
const APPOSED_AFTER = /^[^,;:.!?«»"“”\n]{0,40},\s*$/

/**
 * `Un diplomate européen qui a assisté aux échanges … se montre moins optimiste. « … », résume-t-il`:
 * a sentence opening on a role with no name after it is someone a later pronoun may stand for.
 */
function roleSubject (body: string, lexicon: Lexicon, sentence: Span, mentions: readonly Mention[], verbs: readonly Span[]): Mention[] {
  const ctx = { body, lexicon, aliases: [] }
  const verb = verbs[firstFrom(verbs, sentence.start)]
  const found = phraseFrom(ctx, sentence.start, verb === undefined ? sentence.end : Math.min(sentence.end, verb.start))
  if (found === null) return []
  const end = roleNounPhraseEnd(lexicon, tokenize(body, found.start, found.end))
  if (end === undefined) return []
  const phrase: Mention = { ...found, ...spanOf(body, found.start, end) }
  // `Le chef de file de l'opposition, Thomas Arnaud,`, `le ministre … Sergueï Lavrov`: the name says who
  // (`La ministre de la Transition écologique, Claire Lavergne,`: the phrase stops short of the comma)
  // (`Two Defense Department officials`: a name the role noun follows is its modifier, not who the role is)
  const modifier = (m: Mention): boolean => m.end < phrase.end && tokenize(body, m.end, phrase.end).some((t) => lexicon.roleWords.has(t.folded) || pluralRole(lexicon, t.folded))
  const named = mentions.some((m) => m.type !== 'pronoun' && phrase.start < m.end && !isComplement(ctx, m) && !modifier(m) &&
    (m.start < phrase.end + 4 || APPOSED_AFTER.test(body.slice(phrase.end, m.start)) ||
      (m.start < phrase.end + MAX_ROLE_BEFORE * 12 && roleBefore(body, m, lexicon) === phrase.start)))
  return named ? [] : [phrase]
}

/**
 * `… qui a assisté aux échanges entre Sergueï Lavrov et Ignazio Cassis`, `Marco Rubio, who met
 * Albares,`: a name inside a relative clause is no subject, so no pronoun's antecedent.
 */
export function inRelativeClause (body: string, m: Span, lexicon: Lexicon): boolean {
  const tokens = tokenize(body, Math.max(0, m.start - 120), m.start)
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token
    if (lexicon.relativePronouns.has(t.folded)) return true
    // (a full stop is no token of its own after a word: `Une sortie qui ne passera pas inaperçue. Le milieu Baptiste Rouvière`)
    if (/^[,;:.!?«»"“”()]$/.test(t.text) || /[\n.!?]/.test(body.slice(t.end, (tokens[k + 1] ?? m).start))) return false
  }
  return false
}

function opensSentence (body: string, m: Span, sentences: readonly Span[]): boolean {
  const sentence = sentences[firstFrom(sentences, m.start + 1) - 1]
  return sentence !== undefined && body.slice(sentence.start, m.start).trim() === ''
}

/** A speech verb after the name in its sentence. */
function speaksInSentence (m: Span, prose: { sentences: readonly Span[], verbs: readonly Span[] }): boolean {
  const sentence = prose.sentences[firstFrom(prose.sentences, m.start + 1) - 1]
  const verb = prose.verbs[firstFrom(prose.verbs, m.end)]
  return sentence !== undefined && verb !== undefined && verb.end <= sentence.end
}

/** A name opening its sentence, or right after a speech verb (`a affirmé Grégory Doucet`). */
function isSubject (body: string, m: Mention, prose: { sentences: readonly Span[], verbs: readonly Span[] }): boolean {
  if (opensSentence(body, m, prose.sentences)) return true
  const verb = prose.verbs[firstFrom(prose.verbs, m.start) - 1]
  return verb !== undefined && body.slice(verb.end, m.start).trim() === ''
}

/**
 * `pressed Powell on housing costs`, `avait entendu Nadia Ferhat`: a name right after a verb that is
 * not a speech verb it is the inverted subject of (`a affirmé Grégory Doucet`) is that verb's object.
 */
function isObject (body: string, start: number, lexicon: Lexicon, verbs: readonly Span[]): boolean {
  const previous = tokenize(body, Math.max(0, start - 40), start).at(-1)
  if (previous === undefined || !/^\p{Ll}/u.test(previous.text) || /[.!?\n]/.test(body.slice(previous.end, start))) return false
  if (lexicon.determiners.has(previous.folded) || lexicon.roleWords.has(previous.folded) || lexicon.conjunctions.has(previous.folded) ||
    lexicon.relativePronouns.has(previous.folded) || lexicon.adverbs.has(previous.folded) || lexicon.timeWords.has(previous.folded) ||
    lexicon.prepositions.has(previous.folded) || lexicon.titleGender.has(previous.folded)) return false
  const verb = verbs[firstFrom(verbs, start) - 1]
  return verb === undefined || body.slice(verb.end, start).trim() !== ''
}

/** `officials`: a role noun with a plural suffix of the lexicon. */
const pluralRole = (lexicon: Lexicon, word: string): boolean =>
  (lexicon.data.pluralSuffixes ?? []).some((suffix) => word.endsWith(suffix) && lexicon.roleWords.has(word.slice(0, -suffix.length)))

/** Most capitalised words between a determiner and the role noun they modify (`Two Defense Department officials`). */
const MAX_ROLE_MODIFIERS = 3

/**
 * Where a role's noun phrase ends, not the verb after it: a determiner, the role, maybe one word
 * qualifying it, maybe one complement (`Un diplomate européen`, `La ministre française`, `L'avocat
 * général`, `Le ministre du Travail`, `La porte-parole du gouvernement`); undefined if no role leads.
 */
function roleNounPhraseEnd (lexicon: Lexicon, words: readonly Token[]): number | undefined {
  const determiner = words[0]
  // (after capitalised modifiers: `Two Defense Department officials`)
  let at = 1
  while (at <= MAX_ROLE_MODIFIERS && /^\p{Lu}/u.test(words[at]?.text ?? '') && !lexicon.roleWords.has(words[at]?.folded ?? '')) at++
  // (or lowercase ones before a plural role: `Two senior government officials`)
  if (at === 1 && lexicon.pluralDeterminers.has(determiner?.folded ?? '')) {
    const plain = words.slice(1, MAX_ROLE_MODIFIERS + 2).findIndex((t) => !/^\p{Ll}[\p{L}-]*$/u.test(t.text) || lexicon.stopwords.has(t.folded) ||
      lexicon.prepositions.has(t.folded) || lexicon.auxiliaries.has(t.folded) || pluralRole(lexicon, t.folded))
    if (plain > 0 && pluralRole(lexicon, words[plain + 1]?.folded ?? '')) at = plain + 1
  }
  const role = words[at]
  // (a noun that tells a person's gender is a role too: `Une habitante de l'immeuble voisin`; so is a
  // role in the plural after a plural determiner: `Two … officials`)
  const plural = (w: string): boolean => lexicon.pluralDeterminers.has(determiner?.folded ?? '') && pluralRole(lexicon, w)
  if (determiner === undefined || role === undefined || !lexicon.determiners.has(determiner.folded) ||
    (!lexicon.roleWords.has(role.folded) && !lexicon.roleGender.has(role.folded) && !plural(role.folded)) ||
    (at > 1 && !plural(role.folded))) return undefined
  const functional = (t: Token | undefined): boolean => t === undefined || lexicon.stopwords.has(t.folded) || lexicon.auxiliaries.has(t.folded) ||
    lexicon.clitics.has(t.folded) || lexicon.adverbs.has(t.folded) || lexicon.determiners.has(t.folded) || lexicon.prepositions.has(t.folded)
  const qualifier = (t: Token | undefined): boolean => t !== undefined && !functional(t) && /^\p{Ll}/u.test(t.text)
  // a second qualifier, or one after the complement, only where the verb or a comma follows it
  // (`Le Premier ministre hongrois a menacé`, `Le ministre des Affaires étrangères a appelé`)
  // (not before a clitic: `La ministre française devait s'entretenir`)
  const closes = (t: Token | undefined): boolean => t === undefined || !/[\p{L}\p{N}]/u.test(t.text) || lexicon.auxiliaries.has(t.folded) ||
    lexicon.adverbs.has(t.folded) || lexicon.genitives.has(t.folded)
  // (an English role's modifiers come before it: `Two Defense Department officials disputed`)
  if (at > 1) return role.end
  let k = 2
  if (qualifier(words[k])) k++
  if (k === 3 && qualifier(words[k]) && closes(words[k + 1])) k++
  if (words[k] !== undefined && lexicon.genitives.has((words[k] as Token).folded)) {
    let c = k + 1
    if (words[c] !== undefined && lexicon.determiners.has((words[c] as Token).folded)) c++
    if (words[c] !== undefined && !functional(words[c])) {
      k = c + 1
      while (words[k] !== undefined && /^\p{Lu}/u.test((words[k] as Token).text)) k++
      if (qualifier(words[k]) && closes(words[k + 1])) k++
    }
  }
  return (words[k - 1] as Token).end
}
