import type { CameoRoot, EventType } from '../../entities/events/vocabulary.js'
import { tokenize, type Token } from '../mentions.js'
import { AFTER_WORD, BEFORE_WORD, alternation, foldSameLength } from '../text.js'
import type { Language } from '../types.js'
import { readCommonWords, type CommonWordsData } from './dictionary.js'
import en from './lexicons/en.json' with { type: 'json' }
import fr from './lexicons/fr.json' with { type: 'json' }

/** One family of trigger words: every form of it codes the same type and CAMEO root. */
export interface TriggerData {
  type: EventType
  cameo: CameoRoot | null
  /** 0–1: how surely a form names an event that happened (`frappes` more than `accord`). */
  weight: number
  /** Verb forms: `stem:paradigm` (`sign:er` → signe, signé, signées…), maybe with words after it (`appel:er à`), or a literal form (`s'est entretenu`). */
  verbs?: string[]
  /** Event nouns; a one-word noun also matches its plural through the `noun` paradigm. */
  nouns?: string[]
  /** Only when one of these words is in the sentence (`condamné` … `prison`; `strike` … `missile`). */
  near?: string[]
  /** With `near`: a score in the sentence (`beat New Zealand 24-19`) is near enough. */
  nearScore?: boolean
  /** Never when one of these words is in the sentence (`tariffs` in `a deal on whisky tariffs` is what the deal is about, no sanction). */
  unlessNear?: string[]
  /** Forms that capitalised are another word (`March`, the month): matched only as written in lower case. */
  lowercase?: boolean
  /** Never when one of these words is among the four after the form: what it is done to says it is no event (`a reçu plusieurs menaces`, `to meet the terms`, `fighting corruption`). */
  unlessObject?: string[]
  /** Its verbs name the event only with words after them in their sentence (`Les éleveurs ont encore frappé.`: struck again, no strike). */
  transitive?: boolean
  /** `false` for events nobody does (`séisme`, `derailment`): names near them are places and victims. */
  actors?: boolean
  /** Each mention is an event of its own (a death in a storm), never another sentence's event told again. */
  apart?: boolean
  /** Only in a sentence that names no event of another family (`will open a campus …, the vice-chancellor announced`: what was announced is no event of ours). */
  sole?: boolean
  /** Never one event with a mention of another kind of its type, even in one sentence (a summons is no sanctions package, nor the expulsion it answers). */
  alone?: boolean
  /** Words that follow a bare form only when it describes a noun (`officials accused of`: the active voice has its object first). */
  describing?: string[]
  /** Words before whom this kind of event is done, beyond the lexicon's `opponents` (`sanctions on Belarus`). */
  against?: string[]
  /** A town that is its verb's subject or object is a side, not where (`Brisbane beat Geelong`: English names teams by their towns, French by their clubs). */
  townSubjects?: boolean
  /** Its verbs undo what their object names (`quashed his conviction`): their own CAMEO root, not the object noun's. */
  undoes?: boolean
  /** The noun's complement undergoes it (`l'arrestation de X`, `the appointment of X`: X the target), rather than doing it (`l'attaque du Hamas`). */
  undergoer?: boolean
}

/** The shape of `lexicons/<language>.json`: adding a trigger, a month or an exonym is a data edit. */
export interface EventLexiconData {
  language: string
  /** Endings added to a stem: `{ "er": ["e", "é", "ée", …] }`. */
  paradigms: Record<string, string[]>
  /**
   * Words before a verb form that belong to its trigger: perfect (`a`, `has`) or passive (`a été`,
   * `was`); and an auxiliary's own infinitive (`d'avoir ouvert`), where a noun phrase ends though it
   * is no trigger's auxiliary.
   */
  auxiliaries: { active: string[], passive: string[], infinitive?: string[] }
  /** Words allowed between an auxiliary and its participle (`a également signé`). */
  adverbs: string[]
  /** How the other adverbs between an auxiliary and its participle end (`has been provisionally suspended`), lowercase. */
  adverbEndings?: string[]
  negations: string[]
  /** The preposition of a passive's agent (`par`, `by`): who acted. */
  agents: string[]
  /** Words that join a co-actor (`avec`, `with`). */
  comitatives: string[]
  /** Words that join names of one list (`and`, `or`): the names they join play one part. */
  coordinators?: string[]
  /** The preposition of the partner an event is had with (`avec`, `with`): a capital after it stands for its government. */
  partners?: string[]
  /**
   * Words and verb endings that date an event before or after publication (`sera`, `will`; `a`,
   * `was`, `-ed`): a bare weekday is then the next one or the last one. `pluperfect`: the
   * auxiliaries of a past before the news (`qui avait démissionné lundi`). `perfect`: the auxiliaries
   * of a present perfect where it tells of now only (`has been charged`, English), never with a past month.
   */
  tense: { future: string[], past: string[], futureEndings: string[], pastEndings: string[], pluperfect?: string[], perfect?: string[] }
  /** In order: the first family whose form matches (and whose `near` words are present) wins. */
  triggers: TriggerData[]
  /** Names whose words are no trigger there (`chargé d'affaires`, `appeals court`: no charge, no appeal). */
  notTriggers?: string[]
  /**
   * True where common nouns are written in lower case inside a sentence (French): an event noun
   * capitalised after a word there opens a name (`du Rassemblement national`, `en Conseil des ministres`).
   */
  lowercaseNouns?: boolean
  /** True where participles may stand before the noun they describe (English): `the release of jailed opposition leaders`. */
  participlesBeforeNouns?: boolean
  /** Words a body's name goes on through to its lower-case words (`Armée de libération`, `Union pour le renouveau`). */
  nameLinks?: string[]
  /**
   * True where a sentence may open on a bare plural noun as its subject (English: `Dockworkers will
   * walk off`). Where subjects take a determiner (French), a bare capitalised word opening a sentence
   * before no auxiliary is a nominal lead's word (`Marée rouge à Varsovie :`, `Lancée lundi, la grève`).
   */
  bareSubjects?: boolean
  dates: DateData
  /** Words that make what follows the cause or background of the news (`après des mois de manifestations`, `amid protests`): no main event. */
  background?: string[]
  /** Words that make the event noun after them only talked about, not reported (`hopes for a deal`, `sans accord`, `oppose new negotiations`): no event. */
  topics?: string[]
  /** `on`, `sur`: after a talk, the event noun they introduce is what is talked about (`talks on a trade agreement`). */
  topicPrepositions?: string[]
  /** Words that open another clause after a comma (`, qui`, `, after`): an actor of one clause is none of the next's. */
  clauseOpeners?: string[]
  /** Conjunctions whose clause has its own subject, comma or not (`closed on Tuesday after gunmen kidnapped`, `lorsque des hommes armés ont ouvert le feu`). */
  subordinators?: string[]
  /** Words opening a clause that tells when something began (`the first visit since a row soured relations last year`): its dates are not the event's. */
  sinceWords?: string[]
  /** Relative pronouns of possession opening a clause (`dont`, `whose`): an event noun in it belongs to the name before. */
  possessiveRelatives?: string[]
  /** Words right before an event noun that make it another event of its kind (`the next summit`, `le prochain sommet`). */
  otherInstance?: string[]
  /** Adverbs that add a like event done to others (`also`, `également`): a sentence with one tells no event again. */
  additives?: string[]
  /** Words before an infinitive (`pour`, `to`): a verb trigger after one tells what another verb is done for or agreed to. */
  infinitiveMarkers?: string[]
  /** Adjectives written between a determiner and its noun (`l'ancien élu`, `the newly elected`): a participle after them is a noun or an adjective. */
  nounAdjectives?: string[]
  /** Where the language's common words are listed (`src/extraction/events/dictionary.ts`): a capitalised one opening a sentence is no name. */
  commonWords?: CommonWordsData
  /** Words before whom an event is done against (`frappes contre des positions du Hezbollah`, `sanctions against Russia`, a match `sur la pelouse du Bayern`). */
  opponents?: string[]
  actors?: {
    /** Nouns a nationality makes an actor of its own (`l'armée libanaise`, `Indonesian police`), not the country. */
    institutions: string[]
    /** Names that describe rather than name (`le gouvernement`, `officials`): no participant is made or matched from them. */
    generic: string[]
    /** Capitalised words or names that never name an actor (`Tens of thousands`, `Analysts said`, `Grand Slam`). */
    notActors: string[]
    /** Counts a crowd opens on (`thousands of`, `des milliers de`): the actor is what is counted. */
    quantities?: string[]
    /** Number words in order from two (`deux`, `trois`…; the order gives small counts): a group they count is named with its count (`Cinq hommes`, `six hostages`). */
    cardinals?: string[]
    /** Nouns of people counted among an attack's dead or wounded by no function of theirs (`trois civils`, `four people`): no party. */
    bystanders?: string[]
    /** `parmi`, `among`: a name the sentence after the lead gives with one is one of the group the lead counted. */
    among?: string[]
    /** Words before whoever called an event (`à l'appel de`, `called by`): its organiser. */
    organisers?: string[]
    /** Nouns whose complement is the event's mediator, a party though a complement (`sous l'égide de l'Union africaine`). */
    mediators?: string[]
    /** Nouns for a partner of the same rank (`homologue`, `counterpart`): the name right after them is the partner, no comma needed. */
    counterparts?: string[]
    /** Verbs that lend their subject to the event noun of their complement (`ont procédé à un échange`): light verbs. */
    lightVerbs?: string[]
    /** Nouns of what is said (`accusations`, `demands`): a capital as their author stands for its government. */
    utterances?: string[]
    /** Genitives with no article (`de`, `d'`) through which an institution's name goes on (`Conseil de sécurité`). */
    bareGenitives?: string[]
    /** Nouns before a venue's name, a place and no party (`au stade Vélodrome`). */
    venues?: string[]
    /**
     * Words before the court a justice event goes before (`devant`, `before`), the nouns that say a court (`tribunal`, `judge`),
     * the titles of a judge before a name (`Justice`, `juge`) and the words opening the sentencing remarks (`Sentencing him,`),
     * which name the judge however far on.
     */
    courts?: { prepositions: string[], nouns: string[], judges?: string[], remarks?: string[] }
    /** Words of an office's time or rank (`former`, `acting`, `ancien`) that no name opens on. */
    officeModifiers?: string[]
    /** Last words of a compound adjective after a name (`Dublin-based`, `Chinese-backed`). */
    compoundEndings?: string[]
    /** Words that give another name of the party before them (`known as`, `surnommé`): what follows is no party of its own. */
    aliasMarkers?: string[]
    /** Words of a minister's portfolio written capitalised before the holder's name (`Minister for Trade and Industry Lim Wei Jie`). */
    portfolios?: string[]
    /** Verbs of a body's vote (`voted`, `voté`): the body that voted a decision took it. */
    votes?: string[]
    /** Nouns that give a company by its trade (`supplier`, `insurer`, `fabricant`). */
    companyNouns?: string[]
    /** Nouns of a text a name may end on (`Bill`, `Act`, `Loi`): the text, no party. */
    textNouns?: string[]
    /** Words of capacity before an office (`as`, `comme`): a name between says whose office it is. */
    capacity?: string[]
    /** Prepositions before the town a match is played at, which names the home side (`battu à Lens`, `won at Leeds`). */
    homeGround?: string[]
    /** Units of time a count may measure (`Two days of fighting`, `deux jours de grève`): no crowd. */
    durations?: string[]
    /** Units of weight, volume or area a quantity of goods is counted in, jobs and buildings (`Plusieurs tonnes de pommes de terre`, `400 kilos of cocaine`, `Quatre cent douze postes`, `Thousands of schools`): nobody. */
    units?: string[]
    /** Seats of government named for the institution they house (`le Quai d'Orsay`, `the Kremlin`): an organisation, no place nor person. */
    seats?: string[]
    /** Members that stand for their assembly when named alone (`les députés` → `Assemblée nationale`). */
    members?: Record<string, string>
    /** Nouns that stand for the countries their nationalities name (`les délégations égyptienne et soudanaise` → Égypte, Soudan). */
    delegates?: string[]
    /** Endings of the lowercase adjectives an institution's name goes on with (`Conseil constitutionnel`); none in English. */
    nameAdjectiveEndings?: string[]
    /** Endings of a participle that makes `with X …ing` a clause of its own, X no partner of the event; none in French. */
    absoluteEndings?: string[]
    /** Words right before an event noun whose subject undergoes it (`a vu sa condamnation confirmée`, `had his conviction overturned`). */
    undergone?: string[]
    /** Verbs that put a deed on someone (`a attribué l'attaque à`, `blamed the attack on`): who they name is its perpetrator. */
    attribution?: string[]
    /** Words by which one owns to a deed (`a revendiqué`, `claimed responsibility`): their subject is its perpetrator. */
    claims?: string[]
    /** Participles of a hand-over (`remis`, `handed over`): to whom the freed are handed, named in the sentence after the lead, mediated their release. */
    handovers?: string[]
    /** Participles before a commander (`commandés … par`, `led by`): whom the attackers follow, named in the sentence after the lead, acted too. */
    leaders?: string[]
    /** `autres`, `other` after a count (`Deux autres entreprises`): more parties of the lead's kind. */
    others?: string[]
    /** Words before an election's runner-up (`devance`, `devant`, `defeating`): the person or party first named after them, past the lead's trigger or in the next sentence, is its opponent. */
    runnersUp?: string[]
    /** Words opening a sentence that only identify whom it names (`Il s'agit de`): the name after them opens the sentence. */
    identifying?: string[]
    /** Words before what a walkout opposes (`over`, `against`): the institution owning it (`the government's reform`) is its target. */
    grievances?: string[]
    /** Words before where goods come from (`duties on sewing machines from China`): a country after them, past the word the event is done against, undergoes it. */
    origins?: string[]
    /** Words right before the names of a group the lead counted (`The accused, identified as`): those names are its members. */
    namedAs?: string[]
    /** Nouns of a police or military operation (`opération`, `raid`): after a passive verb, the institution of their complement carried it out. */
    operations?: string[]
    /** Nouns a party's or a movement's name ends on before its adjectives (`Front`, `Alliance`): the name runs on through them (`Nouveau Front populaire`). */
    nameHeads?: string[]
    /** Words of an age set before a name (`Âgé de 57 ans,`): a description of the person, like an office. */
    ages?: string[]
    /** Endings of a compound that tells an age (`34-year-old`): it describes the person it opens, no measure. */
    ageCompounds?: string[]
    /**
     * Endings of past participles (`menés`): one opening a sentence before a preposition fronts a phrase, no name;
     * a trigger's, fronted before a comma, is said of the subject after it (`Interpellé mardi, un homme…`).
     */
    participleEndings?: string[]
    /** English endings of a modifier opening a sentence before its noun (`Armed gangs`, `Fishing boats`): no name. */
    modifierEndings?: string[]
    /** `Kenya Medical Practitioners, Pharmacists and Dentists Union`: nouns of a body whose name lists its members' trades, commas and `and` inside it. */
    listedNameNouns?: string[]
    /** Prepositions from strikers to whom they work for (`workers at Kia`). */
    workplaces?: string[]
    /** Nouns of a body's members before `of` and its name (`Members of the National Union of Teachers`): the body acts for them. */
    memberNouns?: string[]
    /** Nouns of the forces a country sends (`Soldiers from Nigeria, Chad and Cameroon`): like delegates, they are their countries'. */
    contingents?: string[]
    /** Nouns of an assembly's members and the prepositions before it (`Lawmakers in Kenya's National Assembly`, `Councillors at Leeds City Council`): the assembly acts for them. */
    seatedMembers?: { nouns: string[], prepositions: string[] }
    /** Nouns of a person the other lists lack (`bomber`, `suspect`): a phrase holding one, or a noun of the other lists or a plural, may name a party. */
    people?: string[]
    /** Verbs by which a person opening the sentence after the lead makes its event known (`Treasurer Michael Dunphy announced the decision`). */
    announcing?: string[]
    /** A body's own people, after `its`, whose deeds it tells (`said its members would stay out`): it takes part. */
    ownPeople?: string[]
    /** Words a count may open on (`au moins`, `at least`). */
    approximations?: string[]
    /** Titles written before a person's name besides the statement lexicon's role words (`Justice Helen Marlow`). */
    titles?: string[]
    /** Words a name in quote marks is what something is called after (`l'exercice « Iron Wolf Shield »`, `dit « Gwo Dan »`). */
    calling?: string[]
    /** Words of a competition's name (`Coupe`, `Cup`, `Saladier`): in a match, a name with one is what is played for, no side. */
    competitions?: string[]
    /** Words only a tournament's name holds (`Cup`, `Marathon`, `Test`): a name with one is what is played, never a party of any event. */
    tournaments?: string[]
    /** Participles of questioning in custody (`entendu`, `questioned`): after an arrest, their agent in the next sentence arrested. */
    questioning?: string[]
    /** Nouns before an employer's name (`l'exploitant`, `la direction de`): a strike's target named after its lead. */
    employers?: string[]
    /**
     * Who runs what an accident befell: words before its name (`operated by`, `rail operator`) and
     * nouns of the site its possessive owns (`Sibanye-Stillwater's Kloof gold mine`).
     */
    operators?: { before: string[], sites: string[] }
    /** Nouns of a workforce (`salariés`, `agents`, `workers`): in a strike, the name of their complement is the employer struck against. */
    workers?: string[]
    /** Nouns that say a name is a union's (`the GDL union`, `le syndicat SNCTA`, `déléguée de la CGT`). */
    unions?: string[]
    /** Nouns of a union's members before `of` and its name (`Members of the Royal College of Nursing`): in a strike, that body is the union. */
    unionMembers?: string[]
    /**
     * Words opening a clause about something else than the lead's event (`tandis que`, `while`), and
     * purpose markers when a verb follows (`pour relancer`): names after them are no bystanders of it.
     */
    asides?: { clauses: string[], purposes: string[] }
  }
  places: {
    /** Words that introduce a place (`à`, `in`). */
    prepositions: string[]
    /** Parts of a place after a place preposition (`dans l'est du Liban`, `in northern Iraq`): what follows is a place too. */
    directions?: string[]
    /** Nouns that name a place by its kind before its name (`la ville de Kharkiv`, `the port city of Odesa`). */
    nouns?: string[]
    /** Words for the whole of a place between its preposition and its determiner (`dans toute la France`). */
    wholes?: string[]
    /** Capitalised words that end a natural or a built feature's name (`Scarborough Shoal`, `Frieda River`, `Parliament Road`): a place, no party. */
    features?: string[]
    /** Exonyms to the gazetteer's name (`Pékin` → `Beijing`). */
    aliases: Record<string, string>
    /** Country names the country package lacks in this language (`États-Unis` → `US`). */
    countries?: Record<string, string>
    /** Adjectives and nouns of nationality to the country's name in this language (`russes` → `Russie`). */
    demonyms?: Record<string, string>
  }
}

export interface DateData {
  /** Twelve lists of names, January first. */
  months: string[][]
  /** Seven names, Monday first. */
  weekdays: string[]
  /** Patterns with `{day}`, `{month}`, `{year}`, longest first. */
  dayMonth: string[]
  monthYear: string[]
  /** How the first of a month may be written (`1er`, `1st`). */
  firstDay: string[]
  /** The order of all-numeric dates (`19/06/2024`). */
  numeric: 'dmy' | 'mdy'
  monthAlone: string[]
  /** A day of the month named by its number alone (`le 12 courant`, `on the 3rd`): of the publication's month, or the one before or after it. */
  dayOfMonth?: string[]
  /** A month in a year counted from publication's, by offset (`-1`: `in March last year`, `en mars de l'an dernier`). */
  monthOfYear?: Record<string, string[]>
  yearAlone: string[]
  /** With `{weekday}`, the day meant; `{otherweekday}` matches any day and is not the date (`nuit de lundi à {weekday}`). */
  weekday: { last: string[], next: string[], plain: string[] }
  /** Phrases by offset from publication: `-1d` yesterday, `-1w` last week, `1m` next month, `0y` this year. */
  relative: Record<string, string[]>
  /** Words after which a date is when something ends, not when it starts (`jusqu'à mercredi`, `until Friday`). */
  until?: string[]
  /** Phrases by offset from the day of the event told before them (`la veille`, `the next day`), not from publication. */
  anchored?: Record<string, string[]>
}

export interface TriggerForm {
  /** Folded words, in order. */
  words: string[]
  /** The words in lower case with their accents: `rencontré` (a verb) is not `rencontre` (a noun). */
  exact: string[]
  family: TriggerData
  /** A verb form: auxiliaries before it belong to the trigger and tell the voice. */
  verb: boolean
  /** Written in capitals by the lexicon (`IPO`): an acronym that is the event's own word, not a name's. */
  acronym: boolean
}

export interface EventLexicon {
  language: Language
  data: EventLexiconData
  /** Trigger forms by their first folded word, longest first. */
  forms: Map<string, TriggerForm[]>
  /** Names that hold no trigger, as folded words. */
  notTriggers: string[][]
  /** Auxiliary sequences, as folded words, longest first, each with its voice. */
  auxiliaries: Array<{ words: string[], exact: string[], passive: boolean }>
  /** Whole adverbs, as folded words joined by a space (`a nouveau`): the `à` of `à nouveau` alone is no adverb. */
  adverbs: Set<string>
  adverbEndings: string[]
  negations: Set<string>
  agents: Set<string>
  comitatives: Set<string>
  coordinators: Set<string>
  partners: Set<string>
  futureMarkers: Set<string>
  pastMarkers: Set<string>
  /** `tense.pluperfect`, folded. */
  pluperfect: Set<string>
  /** `tense.perfect`, folded. */
  perfect: Set<string>
  /** The tense words as written, in lower case with their accents: `a` is one, `à` is not. */
  writtenMarkers: Set<string>
  placePrepositions: Set<string>
  placeDirections: Set<string>
  placeNouns: Set<string>
  placeWholes: Set<string>
  /** Nationality words, as one expression (`russes`, `U.S.`), and each one's country by its folded form. */
  demonym: RegExp
  demonyms: Map<string, string>
  background: Set<string>
  topics: Set<string>
  /** Where a trigger's clause ends: punctuation, or a comma and a word that opens another clause. */
  clauseBreak: RegExp
  /** A conjunction opening a clause with a subject of its own; null when the lexicon lists none (an empty alternation would match everywhere). */
  subordinator: RegExp | null
  possessiveRelatives: Set<string>
  opponents: Set<string>
  otherInstance: Set<string>
  additives: Set<string>
  infinitiveMarkers: Set<string>
  nounAdjectives: Set<string>
  /** Lower-case common words, read on first use and kept (`commonWords`). */
  readonly commonWords: ReadonlySet<string>
  institutions: Set<string>
  /** Whole names, as folded words joined by a space. */
  genericActors: Set<string>
  /** Whole names, as folded words joined by a space. */
  notActors: Set<string>
  competitions: Set<string>
  tournaments: Set<string>
  /** Every count a crowd or a group opens on: crowd counts and number words. */
  quantities: Set<string>
  /** Number words alone. */
  cardinals: Set<string>
  bystanders: Set<string>
  delegates: Set<string>
  /** Whom a country sends, whose country they stand for after `of` or `from`: delegates and contingents (`actors.contingents`). */
  sent: Set<string>
  /** Person nouns the other lists lack (`actors.people`) and members' nouns (`actors.memberNouns`), as folded words. */
  people: Set<string>
  memberNouns: Set<string>
  /** Organiser markers, as folded words. */
  organisers: string[][]
  /** Aside clause openers and purpose markers, as folded words. */
  asideClauses: string[][]
  purposes: string[][]
  /** Mediator nouns, as folded words. */
  mediators: Set<string>
  /** Verbs of announcing, as folded words. */
  announcing: Set<string>
  /** Workplace prepositions and site nouns (`actors.operators.sites`), as folded words. */
  workplaces: Set<string>
  sites: Set<string>
  /** Counterpart nouns, as folded words. */
  counterparts: Set<string>
  /** Light verbs, as folded words. */
  lightVerbs: Set<string>
  /** Nouns of what is said, as folded words. */
  utterances: Set<string>
  /** Genitives with no article, as folded words. */
  bareGenitives: Set<string>
  /** Head nouns of parties' and movements' names, as folded words. */
  nameHeads: Set<string>
  /** Venue nouns, as folded words. */
  venues: Set<string>
  /** Seats of government, as folded words joined by a space. */
  seats: Set<string>
  /** Units of time and of goods, court prepositions and nouns, home-ground prepositions, as folded words. */
  durations: Set<string>
  units: Set<string>
  homeGround: Set<string>
  courtPrepositions: Set<string>
  courtNouns: Set<string>
  /** Titles of a judge before a name (`Justice Priya Raman`). */
  judgeTitles: Set<string>
  /** The lexicon's `actors` word lists read by a lookup, as folded words: company nouns (`supplier`), office
   * modifiers (`former`), nouns of a text (`bill`), words of capacity (`as`), vote verbs (`voted`), compound-adjective
   * endings (`based`), portfolio words (`trade`). */
  companyNouns: Set<string>
  officeModifiers: Set<string>
  textNouns: Set<string>
  capacity: Set<string>
  votes: Set<string>
  compoundEndings: Set<string>
  portfolios: Set<string>
  /** Alias markers (`known as`) and operation nouns (`police raid`), as folded word lists. */
  aliasMarkers: string[][]
  operations: string[][]
  /** Every month's names, folded: no place of that name (`in March`). */
  months: Set<string>
  /** Words ending a natural feature's name, folded. */
  features: Set<string>
  /** Conjunctions opening a clause with a subject of its own, as written: an entry of one word matches a token (`after`, `while`, `quand`). */
  subordinators: Set<string>
  sinceWords: Set<string>
  /** Who runs what an accident befell (`actors.operators`): the name after its words, past `the` and up to two lower-case words (`operated by the domestic carrier Summit Air`) (group 1); the owner of its site (group 1); null when the lexicon lists none. */
  operatorBefore: RegExp | null
  operatorSite: RegExp | null
  /** Members' nouns, as folded words joined by a space, to their assembly's name. */
  members: Map<string, string>
}

/** Folded words, cut as the article is (`s'est` → `s'`, `est`). */
export const foldedWords = (text: string): string[] =>
  tokenize(text, 0, text.length).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.folded)

/** Whether the folded `words` of a lexicon entry are written from `tokens[i]` on. */
export const wordsAt = (tokens: readonly Token[], i: number, words: readonly string[]): boolean => words.every((w, k) => tokens[i + k]?.folded === w)

/** A phrase as one key of folded words (`À nouveau` → `a nouveau`): how whole names and adverbs are looked up. */
export const foldedPhrase = (text: string): string => foldedWords(text).join(' ')

/**
 * A word of `markers` (the lexicon's past or future words) as written: folded for unaccented copy,
 * but an accent the marker lacks makes another word (`appellent à une grève`: `à` is not `a`).
 */
export function isMarker (lexicon: EventLexicon, markers: ReadonlySet<string>, written: string, folded: string): boolean {
  const lower = written.toLowerCase().replace(/’/g, "'")
  return markers.has(folded) && (lower === folded || lexicon.writtenMarkers.has(lower))
}

/** Whether a folded word ends as the lexicon's past forms do (`tense.pastEndings`: `accepted`, `suspected`). */
export const hasPastEnding = (lexicon: EventLexicon, folded: string): boolean => lexicon.data.tense.pastEndings.some((e) => folded.endsWith(e))

/** A folded noun in the other numbers the lexicon's noun endings make (`train` → `trains`; `workers` → `worker`). */
export function otherNumbers (lexicon: EventLexicon, folded: string): string[] {
  return (lexicon.data.paradigms.noun ?? []).filter((e) => e !== '').flatMap((e) => [folded + e, ...(folded.endsWith(e) ? [folded.slice(0, -e.length)] : [])])
}

/** Words in lower case, accents kept, cut as `foldedWords` cuts them. */
export const lowerWords = (text: string): string[] =>
  tokenize(text, 0, text.length).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.text.toLowerCase().replace(/’/g, "'"))

/** `sign:er` → every ending of the `er` paradigm on `sign`; words after it follow each form (`appel:er à`). */
function expand (item: string, paradigms: Record<string, string[]>): string[] {
  const [head = '', ...rest] = item.split(' ')
  const [stem, paradigm] = head.split(':')
  if (paradigm === undefined) return [item]
  const endings = paradigms[paradigm]
  if (endings === undefined) throw new Error(`unknown paradigm ${paradigm} in ${item}`)
  return endings.map((ending) => [(stem as string) + ending, ...rest].join(' '))
}

/** A name written capitalised word by word, maybe with `of` or `&` inside (`Transportes Wari Express`, `Sibanye-Stillwater`). */
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*`

function compile (data: EventLexiconData): EventLexicon {
  // (read on first use, then kept with the lexicon: `commonWords`)
  let common: ReadonlySet<string> | undefined
  const operators = data.actors?.operators
  const forms = new Map<string, TriggerForm[]>()
  const add = (text: string, family: TriggerData, verb: boolean): void => {
    const words = foldedWords(text)
    const first = words[0]
    if (first === undefined) return
    const list = forms.get(first) ?? []
    list.push({ words, exact: lowerWords(text), family, verb, acronym: /^\p{Lu}{2,}s?$/u.test(text) })
    forms.set(first, list)
  }
  const nounEndings = data.paradigms.noun ?? ['']
  for (const source of data.triggers) {
    const family = { ...source, near: source.near?.flatMap(foldedWords), unlessNear: source.unlessNear?.flatMap(foldedWords), unlessObject: source.unlessObject?.flatMap(foldedWords), against: source.against?.flatMap(foldedWords), describing: source.describing?.flatMap(foldedWords) }
    // nouns first: `frappes`, `attacks` are read as nouns rather than as `tu frappes`, `he attacks`
    for (const noun of family.nouns ?? []) {
      const plurals = /\s/.test(noun) || /[sxz]$/.test(noun) ? [noun] : nounEndings.map((e) => noun + e)
      for (const form of plurals) add(form, family, false)
    }
    for (const item of family.verbs ?? []) for (const form of expand(item, data.paradigms)) add(form, family, true)
  }
  // longest first; among equals, file order (a stable sort keeps it)
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length)
  const auxiliaries = [
    ...data.auxiliaries.passive.map((a) => ({ words: foldedWords(a), exact: lowerWords(a), passive: true })),
    ...data.auxiliaries.active.map((a) => ({ words: foldedWords(a), exact: lowerWords(a), passive: false }))
  ].sort((a, b) => b.words.length - a.words.length)
  const set = (values: string[]): Set<string> => new Set(values.flatMap(foldedWords))
  return {
    language: data.language as Language,
    data,
    forms,
    notTriggers: (data.notTriggers ?? []).map(foldedWords),
    auxiliaries,
    adverbs: new Set(data.adverbs.map(foldedPhrase)),
    adverbEndings: data.adverbEndings ?? [],
    negations: new Set(data.negations.map(foldedPhrase)),
    agents: set(data.agents),
    partners: set(data.partners ?? []),
    comitatives: set(data.comitatives),
    coordinators: set(data.coordinators ?? []),
    futureMarkers: set(data.tense.future),
    pastMarkers: set(data.tense.past),
    pluperfect: set(data.tense.pluperfect ?? []),
    perfect: set(data.tense.perfect ?? []),
    writtenMarkers: new Set([...data.tense.future, ...data.tense.past].flatMap(lowerWords)),
    placePrepositions: set(data.places.prepositions),
    placeDirections: set(data.places.directions ?? []),
    placeNouns: set(data.places.nouns ?? []),
    placeWholes: set(data.places.wholes ?? []),
    demonym: new RegExp(`${BEFORE_WORD}(?:${alternation(Object.keys(data.places.demonyms ?? {}))})${AFTER_WORD}`, 'gu'),
    demonyms: new Map(Object.entries(data.places.demonyms ?? {}).map(([word, country]) => [foldSameLength(word), country])),
    background: set(data.background ?? []),
    topics: set(data.topics ?? []),
    opponents: set(data.opponents ?? []),
    otherInstance: set(data.otherInstance ?? []),
    additives: set(data.additives ?? []),
    infinitiveMarkers: set(data.infinitiveMarkers ?? []),
    nounAdjectives: set(data.nounAdjectives ?? []),
    get commonWords () { return (common ??= readCommonWords(data.commonWords)) },
    clauseBreak: new RegExp(`[;:«»"“”—–]|,\\s+(?:${alternation(data.clauseOpeners ?? [])})${AFTER_WORD}`, 'u'),
    // (an elided one, `après qu'`, runs into the next word)
    subordinator: (data.subordinators ?? []).length === 0 ? null : new RegExp(`${BEFORE_WORD}(?:${alternation(data.subordinators ?? [])})(?:(?<=['’])|${AFTER_WORD})`, 'gu'),
    possessiveRelatives: set(data.possessiveRelatives ?? []),
    institutions: set(data.actors?.institutions ?? []),
    genericActors: new Set((data.actors?.generic ?? []).map(foldedPhrase)),
    notActors: new Set((data.actors?.notActors ?? []).map(foldedPhrase)),
    competitions: new Set((data.actors?.competitions ?? []).map(foldedPhrase)),
    tournaments: set(data.actors?.tournaments ?? []),
    quantities: set([...data.actors?.quantities ?? [], ...data.actors?.cardinals ?? []]),
    cardinals: set(data.actors?.cardinals ?? []),
    bystanders: set(data.actors?.bystanders ?? []),
    delegates: set(data.actors?.delegates ?? []),
    sent: set([...(data.actors?.delegates ?? []), ...(data.actors?.contingents ?? [])]),
    people: set(data.actors?.people ?? []),
    memberNouns: set(data.actors?.memberNouns ?? []),
    organisers: (data.actors?.organisers ?? []).map(foldedWords),
    asideClauses: (data.actors?.asides?.clauses ?? []).map(foldedWords),
    purposes: (data.actors?.asides?.purposes ?? []).map(foldedWords),
    mediators: set(data.actors?.mediators ?? []),
    announcing: set(data.actors?.announcing ?? []),
    workplaces: set(data.actors?.workplaces ?? []),
    sites: set(data.actors?.operators?.sites ?? []),
    counterparts: set(data.actors?.counterparts ?? []),
    lightVerbs: set(data.actors?.lightVerbs ?? []),
    utterances: set(data.actors?.utterances ?? []),
    bareGenitives: set(data.actors?.bareGenitives ?? []),
    nameHeads: set(data.actors?.nameHeads ?? []),
    venues: set(data.actors?.venues ?? []),
    seats: new Set((data.actors?.seats ?? []).map(foldedPhrase)),
    durations: set(data.actors?.durations ?? []),
    units: set(data.actors?.units ?? []),
    homeGround: set(data.actors?.homeGround ?? []),
    courtPrepositions: set(data.actors?.courts?.prepositions ?? []),
    courtNouns: set(data.actors?.courts?.nouns ?? []),
    judgeTitles: set(data.actors?.courts?.judges ?? []),
    companyNouns: set(data.actors?.companyNouns ?? []),
    officeModifiers: set(data.actors?.officeModifiers ?? []),
    textNouns: set(data.actors?.textNouns ?? []),
    capacity: set(data.actors?.capacity ?? []),
    votes: set(data.actors?.votes ?? []),
    compoundEndings: set(data.actors?.compoundEndings ?? []),
    portfolios: set(data.actors?.portfolios ?? []),
    aliasMarkers: (data.actors?.aliasMarkers ?? []).map(foldedWords),
    operations: (data.actors?.operations ?? []).map(foldedWords),
    months: set(data.dates.months.flat()),
    features: set(data.places.features ?? []),
    subordinators: new Set(data.subordinators ?? []),
    sinceWords: new Set(data.sinceWords ?? []),
    operatorBefore: operators === undefined ? null : new RegExp(`${BEFORE_WORD}(?:${alternation(operators.before)})\\s+(?:the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})?(${CAPITALISED_NAME})`, 'u'),
    operatorSite: operators === undefined ? null : new RegExp(`(${CAPITALISED_NAME})['’]s\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:\\p{Ll}+\\s+){0,2}(?:${alternation(operators.sites)})${AFTER_WORD}`, 'u'),
    members: new Map(Object.entries(data.actors?.members ?? {}).map(([noun, assembly]) => [foldedPhrase(noun), assembly]))
  }
}

/** The raw lexicon files; a third language is its file and a line here. */
const DATA: Record<Language, EventLexiconData> = { en: en as EventLexiconData, fr: fr as EventLexiconData }
const compiled: Partial<Record<Language, EventLexicon>> = {}

export function eventLexiconFor (language: Language): EventLexicon {
  return (compiled[language] ??= compile(DATA[language]))
}
