import en from './lexicons/en.json' with { type: 'json' }
import fr from './lexicons/fr.json' with { type: 'json' }
import { AFTER_WORD, BEFORE_WORD, alternation, foldSameLength } from './text.js'
import type { Language } from './types.js'

/** The shape of `lexicons/<language>.json`: plain data, so adding a verb or a title is a one-line edit. */
export interface LexiconData {
  language: string
  auxiliaries: string[]
  invertedSubjects: string[]
  reflexive: { auxiliaries: string[], participles: string[], present: string[] }
  adverbs: string[]
  /** `present`: the forms without an auxiliary, present and past (`glisse`, `glissait`, `said`). */
  verbs: Array<{ lemma: string, participle: string, present: string[], nonFinite: string[] }>
  /** Lemmas whose object clause may drop the complementizer (`said the committee would…`). */
  thatlessVerbs: string[]
  /** Lemmas that take an object, often a person (`warned both sides about…`, `conceded the race to…`): a preposition right after it opens no clause. */
  objectVerbs: string[]
  according: string[]
  /** `a-t-on appris (mercredi) de`, `apprend-on auprès de`: the source follows the preposition, a few words on. */
  learntFrom: { verbs: string[], prepositions: string[] }
  complementizers: string[]
  coordinators: string[]
  /** Words that join clauses: a verb after one shares the subject before it (`… and said`). */
  conjunctions: string[]
  titles: { male: string[], female: string[], neutral: string[] }
  /** Words written with a full stop that ends no sentence (`M.`, `Sen.`, `a.m.`); single capitals (initials) always. */
  abbreviations: string[]
  pronouns: { male: string[], female: string[], plural: string[] }
  /** `qui`, `who`: the subject is the phrase before it. */
  relativePronouns: string[]
  determiners: { male: string[], female: string[], neutral: string[] }
  /** `le`, `the`: a role they introduce may be someone already named; `un`, `a` bring someone new. */
  definiteDeterminers: string[]
  /** `a`, `an`: an apposition they open describes the person before it (`Collins, a Maine Republican,`), never names them. */
  indefiniteDeterminers?: string[]
  /** `ce`, `this`: what they introduce was named before (`ce spécialiste de la région`). */
  demonstratives: string[]
  /** `les`, `several`: the phrase they introduce is more than one, never a person's anaphor. */
  pluralDeterminers: string[]
  prepositions: string[]
  /** Prepositions that introduce whose view a sentence gives (`Pour Cho Han-bum, …`), not a place. */
  sourcePrepositions: string[]
  /** `À Londres Keir Starmer`: a preposition after which a place may run into a person's name, no comma between. */
  placePrepositions: string[]
  /** `de`, `of`: they link a head noun to its complement inside one noun phrase (`le ministre de la Défense`). */
  genitives: string[]
  clitics: string[]
  /** `signs reading "…"`, `un plan baptisé « … »`: the quotation after them is a name or a title, not words said. */
  namingWords: string[]
  /** `Thursday`, `lundi`: said between a verb and what it reports (`said Thursday the vote…`). */
  timeWords: string[]
  nameParticles: string[]
  roleWords: string[]
  /** `l'élue`, `the spokeswoman`: role nouns that tell the gender when the determiner does not. */
  roleGender: { male: string[], female: string[] }
  /** Names of the same post (`chef de la diplomatie`, `ministre des Affaires étrangères`): someone called by one is known by the others. */
  roleEquivalents: string[][]
  /** `le dirigeant chinois`, `the Russian official`: role nouns that stand for any role (`le président chinois`). */
  genericRoleWords: string[]
  organizationWords: string[]
  /** `the agency`, `l'administration`: nouns that stand for the organization named last, whatever its name. */
  genericOrganizationWords: string[]
  relayMarkers: string[]
  /** `was`, `were`: before a speech verb's participle, the subject was spoken to (`was asked`), it did not speak. */
  passiveAuxiliaries?: string[]
  /** `would`, `could`: a verb that resumes a clause after an attribution set inside it (`The vote, officials said, could come …`). */
  modals?: string[]
  /** `not`, `never`: right before a speech verb, nothing was said (`would not say whether`). */
  negations?: string[]
  /** `though`, `because`: after a comma they open a clause of their own, never an attribution (`…, though some Democrats worried`). */
  subordinators?: string[]
  /** Prepositions that may open a clause (`after Trump said`): a name right after one and right before the verb is its subject. */
  clausePrepositions?: string[]
  /** `lui`, `him`: a stressed pronoun after `selon`/`according to` stands for a person named before, as a subject pronoun does. */
  stressedPronouns?: { male: string[], female: string[], plural: string[] }
  /** `them`, `him`: an audience pronoun a clause without `that` may follow (`told them the trial would run…`). */
  objectPronouns?: string[]
  /** Lemmas whose audience may be followed by a clause without `that` when a subject pronoun opens it (`told the board he understood…`). */
  audienceClauseVerbs?: string[]
  /**
   * Lemmas that also take a plain object in a sense that reports nothing (`wrote last year's tax cut`,
   * `wrote the 2019 law that created…`, `posted a video`): a clause after them needs a verb of its own
   * within a few words, and the words before `that` must say how or when, not what was written.
   */
  plainObjectVerbs?: string[]
  /** `banderole`, `sign`: a quotation after one, with no speech verb, is what the sign says, no statement. */
  signWords?: string[]
  /** `député`, `senator`: roles whose complement naming a place is a constituency (`le député de la Nièvre`), not a post of its own. */
  constituencyRoles?: string[]
  /** `l'accusé`, `the defendant`: roles that stand for the person the article is about, its first person named (`Le procès de X…`). */
  protagonistRoles?: string[]
  /** `the statement`, `the letter`: documents that speak for whoever issued them (`…," the statement said`). */
  documentWords?: string[]
  /** `s`: how a plural noun ends where no determiner tells the number (`the plaintiffs`); never a doubled `ss`. */
  pluralSuffixes?: string[]
  /** `the lawsuit`, `the poll`: documents cited as sources in their own right, never anyone named before. */
  sourceDocuments?: string[]
  /** A word and the preposition that goes on with it inside a noun phrase (`familiar with`: `a person familiar with the talks`). */
  phraseComplements?: string[]
  /**
   * `syndical`, `union`: words that say what kind of body a role serves, not which post it is. A role
   * they qualify (`le délégué syndical`, `the union president`) that no one is described by in full is
   * the one person the article gave its post to (`Le délégué CGT du site, X`).
   */
  sectorWords?: string[]
  /** `shadow`, `former`, `ancien`: a word that makes a role another post (`shadow chancellor` is no chancellor). */
  postQualifiers?: string[]
  /** `Republican`, `Democrat`: a party's member, who `the Idaho Republican` describes (someone named before). */
  partyWords?: string[]
  /** `chez`: a preposition after which a name is a body's premises (`Chez Hanbit Electronics, on…`), not a person. */
  premisesPrepositions?: string[]
  /** `declined to`, `a refusé de`: words before a speech verb that say it was not spoken. */
  refusals?: string[]
  /** `for` in `Office for Budget Responsibility`: words besides the genitives that an organization's name goes on after. */
  organizationConnectors?: string[]
  /**
   * `indique-t-on dans son entourage`: the phrases after an impersonal speech verb that make the
   * speaker the circle of the person the possessive stands for, named `entourage de Charles Dayot`
   * (`name`, then the genitive each determiner takes before a role: `entourage du maire`).
   */
  entourage?: { phrases: string[], name: string, genitives: Record<string, string> }
  /** `délégué` → `syndical`, `syndicaliste`: what a role followed by a body's name (`délégué CGT`, `déléguée Sud Santé`) is also called. */
  affiliatedRoles?: Record<string, string[]>
  /** `R`, `D` in `Sen. Jane Doe, D-Ore.,`: a party's letter before a hyphen and a state, set off after a name. */
  affiliationTags?: string[]
  /** Lemmas that report a request: an addressee, then an infinitive marker opens what was asked (`urged colleagues to hold the line`). */
  requestVerbs?: string[]
  /** `to`: the word that opens a requested action after its addressee. */
  infinitiveMarkers?: string[]
  /** Lemmas that report a question: any addressee, then a question word opens it (`asked the minister whether …`, `a demandé si …`). */
  questionVerbs?: string[]
  /** `whether`, `si`: the words that open an indirect question. */
  questionComplementizers?: string[]
  /** `à`, `au`: prepositions that introduce whom a request or question addresses (`a demandé à la ministre si …`). */
  addresseePrepositions?: string[]
  /**
   * `le premier` / `la seconde`, `the former` / `the latter`: the first or second of the last two people
   * named; `ce dernier`, `l'intéressée`: the person named last.
   */
  referenceOrder?: { first: string[], second: string[], last: string[] }
  /** `one of`, `l'un des`: a phrase they open names a member of a group named before, who speaks for it. */
  partitives?: string[]
  /** `spokesperson`: nouns of someone unnamed who speaks for a body or a person (`A Treasury spokesperson`, `his spokesman`). */
  voiceWords?: string[]
  /** `his`, `her`; `its` (neutral): possessives that tell whose voice a `voiceWords` noun is. */
  possessives?: { male: string[], female: string[], neutral: string[] }
  /** How a person's own body is named after its owner (`{owner}'s {thing}`: `Lisa Carrow's office`). */
  possessedBody?: string
  /** Kin nouns whose holder bears the family name of whom they are kin to (`son frère Erwan`, `his daughter Maya`). */
  kinWords?: string[]
  /** Plural nouns for people that are no role (`sources`, `critics`): named bare, several people, no he nor she. */
  groupNouns?: string[]
  /** Paragraph prefixes of a question-and-answer interview (`Q:`, `R :`). */
  interviewMarkers: { question: string[], answer: string[] }
  stopwords: string[]
}

export type Gender = 'male' | 'female'

/** A lexicon compiled once per language: regular expressions and folded word sets. */
export interface Lexicon {
  language: Language
  data: LexiconData
  /** Each with the `d` flag for group indices; group `pro` is an inverted subject pronoun. */
  finite: RegExp[]
  nonFinite: RegExp
  /** Any verb with an inverted subject right after a closing quote and a comma (`», glisse-t-elle`). */
  invertedAfterQuote: RegExp[]
  /** Inside a quotation, after a comma, an auxiliary and any participle (`« A, a tranché le chef de la délégation. B »`). */
  auxiliaryInQuote: RegExp | null
  according: RegExp
  complementizer: RegExp
  titles: RegExp
  /** Text ending with an abbreviation and its full stop: the sentence goes on. */
  abbreviation: RegExp
  determiners: Set<string>
  definiteDeterminers: Set<string>
  demonstratives: Set<string>
  pluralDeterminers: Set<string>
  relativePronouns: Set<string>
  prepositions: Set<string>
  sourcePrepositions: Set<string>
  placePrepositions: Set<string>
  genitives: Set<string>
  conjunctions: Set<string>
  thatlessVerbs: Set<string>
  clitics: Set<string>
  namingWords: Set<string>
  timeWords: Set<string>
  adverbs: Set<string>
  /** `a`, `avait`, `has`: where a subject's noun phrase ends. */
  auxiliaries: Set<string>
  roleWords: Set<string>
  genericRoleWords: Set<string>
  organizationWords: Set<string>
  genericOrganizationWords: Set<string>
  particles: Set<string>
  stopwords: Set<string>
  relay: RegExp
  pronounGender: Map<string, Gender | 'plural'>
  stressedPronounGender: Map<string, Gender | 'plural'>
  titleGender: Map<string, Gender | undefined>
  determinerGender: Map<string, Gender | undefined>
  roleGender: Map<string, Gender | undefined>
}

const folded = (values: Iterable<string>): Set<string> => new Set([...values].map(foldSameLength))
const words = (source: string): RegExp => new RegExp(`${BEFORE_WORD}(?:${source})${AFTER_WORD}`, 'giud')

/** Words between `a-t-on appris` and the preposition that names the source (`mercredi`, `lundi soir`). */
const LEARNT_FROM_GAP = 3

function learntFrom (data: LexiconData): string[] {
  const { verbs, prepositions } = data.learntFrom
  if (verbs.length === 0 || prepositions.length === 0) return []
  return [`(?:${alternation(verbs)})(?:\\s+[\\p{L}\\p{N}]+){0,${LEARNT_FROM_GAP}}?\\s+(?:${alternation(prepositions)})`]
}

function compile (data: LexiconData): Lexicon {
  const language = data.language as Language
  const participles = data.verbs.map((v) => v.participle)
  const present = data.verbs.flatMap((v) => v.present)
  const adverbs = `(?:\\s+(?:${alternation(data.adverbs)}))*`
  const pronoun = data.invertedSubjects.length > 0 ? `(?:-t)?-(?<pro>${alternation(data.invertedSubjects)})` : '(?!)'
  const finite = [
    // a déclaré, a-t-il averti, a dit en retour, has also said
    words(`(?:${alternation(data.auxiliaries)})(?:${pronoun})?${adverbs}\\s+(?:${alternation(participles)})`),
    // estime, dit-il, ajoute-t-elle, said, warns
    words(`(?:${alternation(present)})(?:${pronoun})?`)
  ]
  const afterQuote = (source: string): RegExp => new RegExp(`(?<=[»”"]\\s*,\\s*)(?:${source})${AFTER_WORD}`, 'giud')
  const invertedAfterQuote = data.invertedSubjects.length === 0
    ? []
    : [afterQuote(`(?:${alternation(data.auxiliaries)})${pronoun}\\s+\\p{Ll}[\\p{L}'’-]*`), afterQuote(`\\p{Ll}[\\p{L}'’]*${pronoun}`)]
  if (data.reflexive.auxiliaries.length > 0) {
    finite.push(words(`(?:${alternation(data.reflexive.auxiliaries)})${adverbs}\\s+(?:${alternation(data.reflexive.participles)})`))
    finite.push(words(alternation(data.reflexive.present)))
  }
  const gendered = <T extends string>(groups: Record<T, string[]>, map: Map<string, T | undefined>, neutral?: string[]): void => {
    for (const [gender, list] of Object.entries(groups) as Array<[T, string[]]>) for (const w of list) map.set(foldSameLength(w), gender)
    for (const w of neutral ?? []) map.set(foldSameLength(w), undefined)
  }
  const pronounGender = new Map<string, Gender | 'plural'>()
  gendered({ male: data.pronouns.male, female: data.pronouns.female, plural: data.pronouns.plural }, pronounGender as Map<string, Gender | 'plural' | undefined>)
  const stressedPronounGender = new Map<string, Gender | 'plural'>()
  gendered(data.stressedPronouns ?? { male: [], female: [], plural: [] }, stressedPronounGender as Map<string, Gender | 'plural' | undefined>)
  const titleGender = new Map<string, Gender | undefined>()
  gendered({ male: data.titles.male, female: data.titles.female }, titleGender, data.titles.neutral)
  const determinerGender = new Map<string, Gender | undefined>()
  gendered({ male: data.determiners.male, female: data.determiners.female }, determinerGender, data.determiners.neutral)
  const roleGender = new Map<string, Gender | undefined>()
  gendered({ male: data.roleGender.male, female: data.roleGender.female }, roleGender)
  const allTitles = [...data.titles.male, ...data.titles.female, ...data.titles.neutral]
  return {
    language,
    data,
    finite,
    nonFinite: words(alternation(data.verbs.flatMap((v) => v.nonFinite))),
    invertedAfterQuote,
    auxiliaryInQuote: data.invertedSubjects.length === 0
      ? null
      : new RegExp(`(?<=,\\s*)(?:${alternation(data.auxiliaries)})(?:${pronoun})?\\s+\\p{Ll}[\\p{L}'’-]*${AFTER_WORD}`, 'giud'),
    // (not glued to a hyphen: `en début d'après-midi` is no `d'après`)
    according: new RegExp(`${BEFORE_WORD}(?:${[alternation(data.according), ...learntFrom(data)].join('|')})(?![\\p{L}\\p{N}-])`, 'giud'),
    complementizer: new RegExp(`^\\s*(?:${alternation(data.complementizers)})(?![\\p{L}])\\s*`, 'iu'),
    // `M.` ends with a dot, so no word boundary after it
    abbreviation: new RegExp(`(?:^|[\\s(])(?:${alternation(data.abbreviations)}|\\p{Lu})\\.\\s*$`, 'u'),
    titles: new RegExp(`(?<![\\p{L}])(?:${alternation(allTitles)})(?=\\s)`, 'gu'),
    determiners: folded([...data.determiners.male, ...data.determiners.female, ...data.determiners.neutral]),
    prepositions: folded(data.prepositions),
    definiteDeterminers: folded(data.definiteDeterminers),
    demonstratives: folded(data.demonstratives),
    pluralDeterminers: folded(data.pluralDeterminers),
    relativePronouns: folded(data.relativePronouns),
    sourcePrepositions: folded(data.sourcePrepositions),
    placePrepositions: folded(data.placePrepositions),
    genitives: folded(data.genitives),
    conjunctions: folded(data.conjunctions),
    thatlessVerbs: new Set(data.thatlessVerbs),
    clitics: folded(data.clitics),
    namingWords: folded(data.namingWords),
    timeWords: folded(data.timeWords),
    adverbs: folded(data.adverbs),
    auxiliaries: folded(data.auxiliaries),
    roleWords: folded(data.roleWords),
    genericRoleWords: folded(data.genericRoleWords),
    organizationWords: folded(data.organizationWords),
    genericOrganizationWords: folded(data.genericOrganizationWords),
    particles: folded(data.nameParticles),
    stopwords: folded(data.stopwords),
    relay: words(alternation(data.relayMarkers)),
    pronounGender,
    stressedPronounGender,
    titleGender,
    determinerGender,
    roleGender
  }
}

/** The lemma of a speech verb as a cue wrote it, whatever its form (`urged`, `has urged`, `a demandé`). */
export function verbLemma (lexicon: Lexicon, text: string): string | undefined {
  const said = text.toLowerCase()
  return lexicon.data.verbs.find((v) => v.present.includes(said) || v.nonFinite.includes(said) || said.endsWith(' ' + v.participle))?.lemma
}

/**
 * A value computed once per lexicon (a compiled pattern), for the finders that need one beyond
 * `Lexicon`: compiling it per call cost more than the matching.
 */
export function derived<T> (build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>()
  return (lexicon) => {
    if (!cache.has(lexicon)) cache.set(lexicon, build(lexicon))
    return cache.get(lexicon) as T
  }
}

/** Every language the extractor knows: a third one is its lexicon file and a line here. */
const LEXICONS: Record<Language, Lexicon> = { en: compile(en), fr: compile(fr) }

export const LANGUAGES = Object.keys(LEXICONS) as Language[]

/** All the lexicons, for what must not depend on the language (scoring names). */
export function allLexicons (): Lexicon[] {
  return Object.values(LEXICONS)
}

export function lexiconFor (language: Language): Lexicon {
  return LEXICONS[language]
}
