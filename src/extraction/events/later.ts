import { mentionsIn, phraseFrom, subjectBefore, tokenize, type Mention, type Token } from '../mentions.js'
import { foldSameLength, spanOf } from '../text.js'
import { foldedPhrase, foldedWords, wordsAt } from './lexicon.js'
import type { Span } from '../types.js'
import { actorsOf, asWritten, bareCompletive, coordinatedAfter, institutionOf, longNameOf, mediator, pluralOfPeople, reportingClause, resolveActor, sayingIn, saysAfter } from './actors.js'
import type { ActorContext } from './context.js'
import { placeOf, placesIn } from './places.js'
import { findTriggers, type Trigger } from './triggers.js'
import { describesNoun, firstVerbal, isPersonName, nationalityBefore, openingBody, sameActor, smallCount } from './holders.js'
import type { ActorRole, ExtractedActor } from './types.js'

/** Actors an article names only after its lead, by what it says of them there. */

/** Sentences, the lead's and the ones after it, in which an attack is put on someone. */
const BLAME_SENTENCES = 4

/**
 * `The army blamed the attack on the Allied Democratic Forces`, `Le gouverneur a attribué
 * l'assassinat à une faction dissidente des FARC`, `police suspect fighters of the TTP`: wire copy
 * often names who carried out an attack only when it says who is blamed for it, in its lead or a
 * sentence or two after (`sentences` opens on the lead). The first name after a verb of attribution
 * (lexicon `actors.attribution`), in its clause, that is no place and no party yet, joins the
 * attack's sources; so does the subject of a claim (lexicon `actors.claims`) when the lead names no
 * one acting.
 */
export function blamedLater (sentences: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const attribution = new Set(ctx.lexicon.data.actors?.attribution ?? [])
  const claims = (ctx.lexicon.data.actors?.claims ?? []).map(foldedWords)
  const kindOnly = actors.some((a) => a.role === 'source') && actors.every((a) => a.role !== 'source' || a.generic === true)
  for (const sentence of sentences.slice(0, BLAME_SENTENCES)) {
    const tokens = tokenize(body, sentence.start, sentence.end)
    // `L'armée israélienne a confirmé avoir mené l'opération`, `The group claimed responsibility`: who owns to it is its subject
    // (`Jihadists linked to Al-Qaeda ambushed … JNIM claimed the ambush`: a group named as claiming it names the attackers told by their kind)
    const at = actors.some((a) => a.role === 'source' && a.generic !== true) ? -1 : tokens.findIndex((_, i) => claims.some((c) => wordsAt(tokens, i, c)))
    const claim = tokens[at]
    // (`L'assaut a été revendiqué par l'EIGS`: in the passive, its agent, as after a verb of attribution)
    const passive = claim !== undefined && passiveEnds(ctx).has(tokens[at - 1]?.folded ?? '')
    const claimant = claim === undefined || passive ? null : subjectBefore(ctx.mentions, sentence.start, claim.start)
    // (never an event's noun: `L'assaut a été revendiqué` names no one)
    const eventNoun = (m: Mention): boolean => m.type === 'phrase' && foldedWords(m.text).some((w) => ctx.lexicon.forms.get(w)?.some((f) => !f.verb) === true)
    const owns = claimant !== null && claimant !== 'inherit' && claimant.type !== 'pronoun' && placeOf(claimant, ctx) === null && !eventNoun(claimant) &&
      (!kindOnly || claimant.type === 'name')
    const owner = owns ? resolveActor(claimant, 'source', ctx) : null
    if (owner !== null) return [...actors.filter((a) => !kindOnly || a.role !== 'source'), owner]
    const verb = passive && !kindOnly ? claim : tokens.find((t) => /^\p{Ll}/u.test(t.text) && attribution.has(t.text.toLowerCase()))
    if (verb === undefined) continue
    const clauseEnd = sentence.start + (/^[^;:]*/u.exec(body.slice(sentence.start, sentence.end))?.[0].length ?? 0)
    const named = mentionsIn(ctx.mentions, verb.end, Math.max(verb.end, clauseEnd)).find((m) => (m.type === 'name' || m.type === 'titled') && placeOf(m, ctx) === null &&
      !ctx.excluded.some((x) => x.start < m.end && m.start < x.end))
    const actor = named === undefined ? null : resolveActor(named, 'source', ctx)
    if (actor === null) continue
    return actors.some((a) => sameActor(a, actor)) ? [...actors] : [...actors, actor]
  }
  return [...actors]
}

/** The last words of the passive auxiliaries (`été`, `been`, `was`): what a passive participle follows. */
function passiveEnds (ctx: ActorContext): Set<string> {
  return new Set(ctx.lexicon.auxiliaries.filter((a) => a.passive).map((a) => a.words.at(-1) ?? ''))
}

/** Sentences after the lead in which the court of a ruling is looked for. */
const COURT_SENTENCES = 3

/**
 * `He has been jailed for eight years. … Sentencing him on Thursday, Judge Anne Hollis said`,
 * `… a été condamné lundi. Le tribunal correctionnel de Quimper a estimé`: the court or judge of a
 * ruling told in the passive is often named only a sentence or two on: the first judge's name
 * (after a court noun, lexicon `actors.courts.nouns`) and the court's name there, else the court's
 * noun phrase, are who ruled, when the lead names no one acting.
 */
export function courtNamedLater (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (actors.some((a) => a.role === 'source')) return [...actors]
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const court = (w: string): boolean => ctx.lexicon.courtNouns.has(w)
  // found by rank: a judge by name, then a court by name, then a court's noun phrase
  const found: Array<Mention | undefined> = [undefined, undefined, undefined]
  for (const sentence of following.slice(0, COURT_SENTENCES)) {
    const tokens = tokenize(body, sentence.start, sentence.end)
    for (const [k, t] of tokens.entries()) {
      if (!court(t.folded)) continue
      // `Judge Anne Hollis`, `la juge Claire Martin`: the name right after the court noun
      found[0] ??= nameRightAfter(t, sentence.end, ctx)
      // `Birmingham Crown Court`: a name ending on the court noun
      found[1] ??= courtNameEndingOn(t, sentence, ctx)
      // `le tribunal correctionnel de Quimper`, not a role of it (`a court spokesman`)
      const determiner = tokens[k - 1]
      // (up to a clitic, where the court's verb begins: `Les juges d'instruction le soupçonnent`)
      const clitic = tokens.slice(k + 1).find((w) => statement.clitics.has(w.folded))
      const phrase = determiner !== undefined && statement.determiners.has(determiner.folded) ? phraseFrom(ctx.mentions, determiner.start, clitic?.start ?? sentence.end) : null
      if (phrase !== null && !foldedWords(phrase.text).some((w) => statement.roleWords.has(w) && !court(w))) found[2] ??= phrase
    }
  }
  const named: ExtractedActor[] = []
  for (const mention of found) {
    // (a court's noun phrase is as written: `Les juges d'instruction`)
    const actor = mention === undefined || placeOf(mention, ctx) !== null ? null : mention.type === 'phrase' ? asWritten(mention, 'source', ctx) : resolveActor(mention, 'source', ctx)
    // (`Manchester Crown Court heard … Sentencing her, Judge Alan Prestwick said`: a judge and the court they sit in both ruled; a court's noun phrase only when neither is named)
    if (actor !== null && ![...actors, ...named].some((a) => sameActor(a, actor)) && (mention?.type !== 'phrase' || named.length === 0)) named.push(actor)
  }
  return [...actors, ...named]
}

/**
 * `A German court on Thursday convicted … The Higher Regional Court in Dresden found`: a court the
 * lead gives by its country or its kind only (a lowercase court noun, lexicon `actors.courts.nouns`)
 * is the court whose name, ending on a court noun, the next sentence gives.
 */
export function courtNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const last = (a: ExtractedActor): string => a.name.split(/\s+/).at(-1) ?? ''
  const described = actors.find((a) => a.role === 'source' && /^\p{Ll}/u.test(last(a)) && ctx.lexicon.courtNouns.has(foldSameLength(last(a))))
  if (next === undefined || described === undefined) return [...actors]
  const noun = tokenize(body, next.start, next.end).find((t) => /^\p{Lu}/u.test(t.text) && ctx.lexicon.courtNouns.has(t.folded))
  const named = noun === undefined ? undefined : courtNameEndingOn(noun, next, ctx)
  const court = named === undefined ? null : resolveActor(named, 'source', ctx)
  if (court === null || actors.some((a) => sameActor(a, court))) return [...actors]
  return actors.map((a) => a === described ? court : a)
}

/** `Birmingham Crown Court`: the name in `sentence` that ends on a capitalised court noun. */
function courtNameEndingOn (noun: Token, sentence: Span, ctx: ActorContext): Mention | undefined {
  return /^\p{Lu}/u.test(noun.text) ? mentionsIn(ctx.mentions, sentence.start, noun.end).find((m) => m.end === noun.end && m.start < noun.start) : undefined
}

/**
 * `Pennine Water Ltd was fined at Leeds Crown Court. Judge Margaret Holroyd said`, `… by the Colombo
 * High Court. Judge Anoma Perera ruled`: the judge a ruling's next sentences name by a judge's title
 * (lexicon `actors.courts.judges`) ruled too, beside the court; the judge takes the place of one the
 * lead gives by office only (`sentenced by a Toronto judge`).
 */
export function judgeNamedLater (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const remarks = (ctx.lexicon.data.actors?.courts?.remarks ?? []).map(foldedWords)
  // (`Sentencing him, Judge Catrin Howells said`: the sentencing remarks, however far on)
  const sentencing = (s: Span): boolean => remarks.some((r) => wordsAt(tokenize(body, s.start, s.end), 0, r))
  for (const sentence of following.filter((s, k) => k < COURT_SENTENCES || sentencing(s))) {
    for (const t of tokenize(body, sentence.start, sentence.end)) {
      const named = ctx.lexicon.judgeTitles.has(t.folded) ? nameRightAfter(t, sentence.end, ctx) : undefined
      const judge = named === undefined || !isPersonName(named, ctx) ? null : resolveActor(named, 'source', ctx)
      if (judge === null) continue
      if (actors.some((a) => sameActor(a, judge))) return [...actors]
      const office = actors.find((a) => a.role === 'source' && /^\p{Ll}/u.test(a.name.split(/\s+/).at(-1) ?? '') && ctx.lexicon.judgeTitles.has(foldedWords(a.name).at(-1) ?? ''))
      return office === undefined ? [...actors, judge] : actors.map((a) => a === office ? judge : a)
    }
  }
  return [...actors]
}

/** The name written right after a word (`Judge Anne Hollis`, `la juge Claire Martin`), before `end`. */
function nameRightAfter (word: Token, end: number, ctx: ActorContext): Mention | undefined {
  return mentionsIn(ctx.mentions, word.end, end).find((m) => m.type !== 'pronoun' && /^\s+$/.test(ctx.mentions.body.slice(word.end, m.end - (m.name ?? m.text).length)))
}

/**
 * `L'ancien directeur a été placé en garde à vue mardi. Il a été interpellé à son domicile par des
 * agents de la police judiciaire`: a lead in the passive that names no one acting often gives its
 * agent in the next sentence, told again by a passive verb of the same kind of event: that verb's
 * agent is who acted.
 */
export function agentNamedNext (next: Span | undefined, trigger: Trigger, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined || !trigger.passive || actors.some((a) => a.role === 'source')) return [...actors]
  const { body } = ctx.mentions
  const again = findTriggers(body, next, ctx.lexicon).find((t) => t.passive && !t.negated && t.family.type === trigger.family.type)
  if (again === undefined) {
    const questioner = trigger.family.type === 'arrest' ? questionedBy(next, ctx) : null
    return questioner === null || actors.some((a) => sameActor(a, questioner)) ? [...actors] : [...actors, questioner]
  }
  const agents = actorsOf(again, next, ctx, placesIn(body, next, ctx)).filter((a) => a.role === 'source').map((a) => {
    // (`par des agents de la Direction de la police judiciaire (DPJ)`: the body whose men they are, by the long name of its acronym)
    const { mention } = a
    const acronym = mention === null ? undefined : mentionsIn(ctx.mentions, mention.end, next.end).find((m) => m.type === 'name')
    const long = acronym === undefined || body[acronym.start - 1] !== '(' ? null : longNameOf(acronym.text, ctx)
    return long !== null && mention !== null && body.slice(mention.start, acronym?.start).includes(long) ? { ...a, name: long } : a
  })
  return [...actors, ...agents.filter((a) => !actors.some((b) => sameActor(a, b)))]
}

/**
 * `Fraud charges … were brought on Thursday against a former official. The National Prosecuting
 * Authority (NPA) said …`: an arrest, a charge or a ruling whose lead names no one acting is often
 * told next by the body that acted: the body whose name opens the next sentence, right before a verb
 * of saying (maybe after its acronym in brackets), is its source.
 */
export function reporterNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined || actors.some((a) => a.role === 'source')) return [...actors]
  const named = openingBody(next, ctx)
  if (named === null) return [...actors]
  const reporter = saysAfter(named.end, next.end, ctx) ? resolveActor({ ...named, type: 'name', name: named.text }, 'source', ctx) : null
  return reporter === null || actors.some((a) => sameActor(a, reporter)) ? [...actors] : [...actors, reporter]
}

/**
 * `Kipruto has been banned for four years, the Athletics Integrity Unit (AIU) announced`: a passive
 * lead naming no one acting may close on the body that acted, as the subject of its reporting clause
 * (or, naming no one, on the generic actor that did: `…, police said`).
 */
export function reporterInLead (lead: Span, trigger: Trigger, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  // (`Detectives searched …, Cleveland Police has confirmed`: or done by a generic actor, lexicon `actors.generic`, whose body tells of it)
  const members = actors.some((a) => a.role === 'source') && actors.every((a) => a.role !== 'source' || a.generic === true)
  if (!members && (!trigger.passive || actors.some((a) => a.role === 'source'))) return [...actors]
  const clause = reportingClause(ctx.mentions.body, lead, ctx)
  if (clause === null || clause.start < trigger.end || ctx.mentions.body[clause.start - 1] !== ',') return reporterBefore(lead, trigger, actors, ctx)
  const { body } = ctx.mentions
  // (the subject opening the clause, past its determiner)
  const named = mentionsIn(ctx.mentions, clause.start, clause.end).find((m) => m.type === 'name')
  const opens = named !== undefined && tokenize(body, clause.start, named.start).every((t) => ctx.mentions.lexicon.determiners.has(t.folded))
  // (a body: by an organisation noun or the acronym it is given, not a person saying it)
  // (`…, Spanish police said`: or a nationality's institution)
  const isBody = named !== undefined && (foldedWords(named.text).some((w) => ctx.mentions.lexicon.organizationWords.has(w)) || /^\s*\(\p{Lu}{2,}\)/u.test(body.slice(named.end)) ||
    (ctx.lexicon.demonyms.has(foldSameLength(named.text)) && institutionOf(named, ctx) !== null))
  const reporter = named === undefined ? (members ? null : genericReporter(clause, ctx)) : opens && isBody ? resolveActor(named, 'source', ctx) : null
  if (reporter === null) return [...actors]
  // (the body stands for its members)
  const kept = members ? actors.filter((a) => a.role !== 'source') : actors
  return kept.some((a) => sameActor(a, reporter)) ? [...kept] : [...kept, reporter]
}

/**
 * `Georgia's Interior Ministry says 43 people have been detained`: or open on the body that acted, as the
 * subject of a verb of saying whose clause, with no `that`, tells of it.
 */
function reporterBefore (lead: Span, trigger: Trigger, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const said = bareCompletive(tokenize(body, lead.start, trigger.start), ctx)
  if (said === undefined) return [...actors]
  const named = mentionsIn(ctx.mentions, lead.start, said.start).filter((m) => m.type !== 'pronoun').at(-1)
  const isBody = named !== undefined && named.end + 1 >= said.start && foldedWords(named.text).some((w) => ctx.mentions.lexicon.organizationWords.has(w))
  const reporter = isBody ? resolveActor(named, 'source', ctx) : null
  if (reporter === null) return [...actors]
  // (named beside the event as another party, it is the one that acted)
  return [...actors.filter((a) => !(a.role === 'other' && sameActor(a, reporter))), ...actors.some((a) => a.role !== 'other' && sameActor(a, reporter)) ? [] : [reporter]]
}

/** `…, police said`: the generic actor (lexicon `actors.generic`) a reporting clause naming no one opens on, past its determiners. */
function genericReporter (clause: Span, ctx: ActorContext): ExtractedActor | null {
  const { body } = ctx.mentions
  const words = tokenize(body, clause.start, clause.end).filter((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  const said = words.findIndex((t) => sayingIn(t, ctx).length > 0)
  if (said <= 0) return null
  const subject = spanOf(body, (words[0] as Token).start, (words[said - 1] as Token).end)
  return ctx.lexicon.genericActors.has(foldedPhrase(subject.text)) ? resolveActor({ ...subject, type: 'phrase' }, 'source', ctx) : null
}

/** Sentences, the lead's and the one after it, in which who runs what an accident befell is looked for. */
const OPERATOR_SENTENCES = 2

/**
 * `The bus, operated by the company Transportes Wari Express`, `rail operator Trenord said`, `a
 * rockfall at Sibanye-Stillwater's Kloof gold mine`: an accident's lead or the sentence after it names
 * who runs the vehicle or the site (lexicon `actors.operators`); they are its other party.
 */
export function operatorNamed (sentences: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { operatorBefore, operatorSite } = ctx.lexicon
  if (operatorBefore === null || operatorSite === null || actors.length > 0) return [...actors]
  const { body } = ctx.mentions
  for (const sentence of sentences.slice(0, OPERATOR_SENTENCES)) {
    const text = body.slice(sentence.start, sentence.end)
    const found = operatorBefore.exec(text) ?? operatorSite.exec(text)
    if (found === null) continue
    const start = sentence.start + found.index + found[0].indexOf(found[1] as string)
    const name = found[1] as string
    const operator = resolveActor({ ...spanOf(body, start, start + name.length), type: 'name', name }, 'other', ctx)
    if (operator !== null) return [...actors, { ...operator, kind: 'organization' }]
  }
  return [...actors]
}

/** Sentences, the lead's and the one after it, in which a body voting the decision is looked for. */
const VOTE_SENTENCES = 2
/** Words between a voting body's name and its verb (`had`, an acronym in brackets). */
const VOTER_WORDS = 4

/**
 * `The Reserve Bank of India lowered its repo rate … The six-member Monetary Policy Committee (MPC)
 * voted 5-1 for the cut`: the body a decision's lead or the sentence after it says voted (lexicon
 * `actors.votes`), right before the verb, decided with its source.
 */
export function votersNamed (sentences: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (!actors.some((a) => a.role === 'source' && a.kind === 'organization')) return [...actors]
  const { body } = ctx.mentions
  const found: ExtractedActor[] = []
  for (const sentence of sentences.slice(0, VOTE_SENTENCES)) {
    for (const verb of tokenize(body, sentence.start, sentence.end).filter((t) => ctx.lexicon.votes.has(t.folded))) {
      // (past its acronym in brackets: `The six-member Monetary Policy Committee (MPC) voted`)
      const voter = mentionsIn(ctx.mentions, sentence.start, verb.start).filter((m) => m.type === 'name' && body[m.start - 1] !== '(').at(-1)
      if (voter === undefined || tokenize(body, voter.end, verb.start).length > VOTER_WORDS || placeOf(voter, ctx) !== null) continue
      if (!foldedWords(voter.name ?? voter.text).some((w) => ctx.mentions.lexicon.organizationWords.has(w))) continue
      const actor = resolveActor(voter, 'source', ctx)
      if (actor !== null && ![...actors, ...found].some((a) => sameActor(a, actor))) found.push(actor)
    }
  }
  return [...actors, ...found]
}

/** Words between an operation noun opening a sentence and its agent's preposition (`was carried out by`). */
const OPERATION_AGENT_WORDS = 4

/**
 * `Two men have been arrested after a seizure … The search was carried out by the Garda National
 * Drugs and Organised Crime Bureau`: an arrest whose lead names no one acting is often told next by
 * its operation (a definite operation noun, lexicon `actors.operations`, opening the sentence), and
 * who carried that out (the name after the agent preposition) made the arrest.
 */
export function operationAgentNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined || actors.some((a) => a.role === 'source')) return [...actors]
  const { body } = ctx.mentions
  const tokens = tokenize(body, next.start, next.end)
  const opening = tokens.findIndex((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  const operation = opening <= 0 ? undefined : ctx.lexicon.operations.find((o) => wordsAt(tokens, opening, o))
  const by = operation === undefined ? undefined : tokens.slice(opening + operation.length, opening + operation.length + OPERATION_AGENT_WORDS + 1).find((t) => ctx.lexicon.agents.has(t.folded))
  if (by === undefined) return [...actors]
  const clauseEnd = by.end + (/^[^,;:]*/u.exec(body.slice(by.end, next.end))?.[0].length ?? 0)
  const named = mentionsIn(ctx.mentions, by.end, clauseEnd).find((m) => m.type === 'name' && placeOf(m, ctx) === null)
  const agent = named === undefined ? null : resolveActor(named, 'source', ctx)
  return agent === null || actors.some((a) => sameActor(a, agent)) ? [...actors] : [...actors, agent]
}

/** Words between a questioning participle and its agent's preposition (`entendu depuis mardi par`). */
const QUESTIONED_WORDS = 3

/**
 * `Gérald Pujol, 58 ans, est entendu par les enquêteurs de la brigade financière`: after an arrest,
 * who questions the detained in the next sentence (a participle of lexicon `actors.questioning`,
 * then the agent preposition) arrested them: a name there, or the noun phrase as written.
 */
function questionedBy (next: Span, ctx: ActorContext): ExtractedActor | null {
  const { body } = ctx.mentions
  const questioning = new Set(ctx.lexicon.data.actors?.questioning ?? [])
  const tokens = tokenize(body, next.start, next.end)
  const at = tokens.findIndex((t) => questioning.has(t.text))
  const by = at < 0 ? undefined : tokens.slice(at + 1, at + 2 + QUESTIONED_WORDS).find((t) => ctx.lexicon.agents.has(t.folded))
  const opening = by === undefined ? undefined : tokens[tokens.indexOf(by) + 1]
  if (by === undefined || opening === undefined) return null
  const clauseEnd = by.end + (/^[^,;:]*/u.exec(body.slice(by.end, next.end))?.[0].length ?? 0)
  // (`by detectives from West Yorkshire Police`: with no determiner, no phrase; the name in it)
  const phrase = phraseFrom(ctx.mentions, opening.start, clauseEnd, QUESTIONER_WORDS)
  const named = mentionsIn(ctx.mentions, by.end, clauseEnd)[0]
  if (phrase !== null && (named === undefined || named.start > opening.start)) return asWritten(phrase, 'source', ctx)
  return named !== undefined && named.type === 'name' && placeOf(named, ctx) === null ? resolveActor(named, 'source', ctx) : null
}

/** Words of a questioner's noun phrase (`les enquêteurs de la brigade financière de la direction`). */
const QUESTIONER_WORDS = 8

/**
 * `X a remporté l'élection. La candidate a obtenu 46 % des voix, contre 38 % pour l'ancien ministre
 * Jean Dupont`, `… won the vote. He finished ahead of Anna Berg`, `Le Parti socialiste a remporté les
 * législatives, devant l'Alliance démocratique`: an election's runner-up is named after a runner-up
 * word (lexicon `actors.runnersUp`), in the lead past its trigger or in the sentence after: the first
 * person there, or the first party's name, is the winner's opponent.
 */
export function runnerUpNamed (lead: Span, trigger: Span, next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext, teams = false): ExtractedActor[] {
  const { body } = ctx.mentions
  const cues = (ctx.lexicon.data.actors?.runnersUp ?? []).map(foldedWords)
  for (const sentence of [{ start: trigger.end, end: lead.end }, ...(next === undefined ? [] : [next])]) {
    const tokens = tokenize(body, sentence.start, sentence.end)
    const at = tokens.findIndex((_, i) => cues.some((c) => wordsAt(tokens, i, c)))
    const cue = tokens[at]
    if (cue === undefined) continue
    const clauseEnd = cue.end + (/^[^;:]*/u.exec(body.slice(cue.end, sentence.end))?.[0].length ?? 0)
    // (`devant le candidat du pouvoir, Marc Adjovi`: a person, else a party by its name, never a place or a count)
    const named = mentionsIn(ctx.mentions, cue.end, clauseEnd)
    // (`devant sa compatriote Lara Imhasly et l'Autrichienne Katharina Pfeiffenberger`: a person written after a nationality noun too)
    const person = (m: Mention): boolean => {
      const written = nationalityBefore(m.name ?? m.text, ctx)
      return isPersonName(m, ctx) || (written !== null && isPersonName({ ...m, name: written.name }, ctx))
    }
    const first = named.findIndex(person)
    // (not what is played for: `to beat England in the Ashes`)
    const competition = (m: Mention): boolean => foldedWords(m.text).some((w) => ctx.lexicon.competitions.has(w))
    // (`beating Canada 3-2`: between teams, a country or a town is a side)
    const opponent = named[first] ?? named.find((m) => m.type === 'name' && (teams || placeOf(m, ctx) === null) && !competition(m) && !actors.some((a) => a.mention !== null && a.mention.start < m.end && m.start < a.mention.end))
    // (and the person coordinated right after the first: the third of a race or a vote)
    const third = first < 0 ? undefined : named[first + 1]
    const coordinated = third !== undefined && person(third) && tokenize(body, (opponent as Mention).end, third.start).some((t) => ctx.lexicon.comitatives.has(t.folded))
    const found = [opponent, ...(coordinated ? [third] : [])].flatMap((m) => m === undefined ? [] : [resolveActor(m, 'target', ctx)]).filter((a) => a !== null)
    if (found.length > 0) return [...actors, ...found.filter((a) => !actors.some((b) => sameActor(b, a)))]
  }
  return [...actors]
}

/** Words between a commander's participle and the agent preposition before the commander (`commandés sur ce front par`). */
const LEADER_WORDS = 4

/**
 * `Les FSR ont lancé un assaut contre El-Obeid. Les paramilitaires, commandés sur ce front par le
 * général Abdelrahim Kabbashi, ont attaqué…`: the commander of those who attacked, named in the
 * sentence after the lead after a participle of leading (lexicon `actors.leaders`) and the agent
 * preposition, is one of its sources.
 */
export function leaderNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined || !actors.some((a) => a.role === 'source')) return [...actors]
  const { body } = ctx.mentions
  const leaders = new Set(ctx.lexicon.data.actors?.leaders ?? [])
  const tokens = tokenize(body, next.start, next.end)
  const at = tokens.findIndex((t) => leaders.has(t.text))
  const by = at < 0 ? undefined : tokens.slice(at + 1, at + 2 + LEADER_WORDS).find((t) => ctx.lexicon.agents.has(t.folded))
  if (by === undefined) return [...actors]
  return withPersonAfter(by.end, next.end, /^[^,;:]*/u, 'source', actors, ctx)
}

/** The first person's full name after `from` in its clause (the text `clause` matches from there), joined to `actors` as `role` unless it is one of them already. */
function withPersonAfter (from: number, sentenceEnd: number, clause: RegExp, role: ActorRole, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const clauseEnd = from + (clause.exec(ctx.mentions.body.slice(from, sentenceEnd))?.[0].length ?? 0)
  const person = mentionsIn(ctx.mentions, from, clauseEnd).find((m) => isPersonName(m, ctx))
  const actor = person === undefined ? null : resolveActor(person, role, ctx)
  return actor === null || actors.some((a) => sameActor(a, actor)) ? [...actors] : [...actors, actor]
}

/** Words between a hand-over's participle and the preposition of whom the freed are handed to (`remis en fin d'après-midi à`). */
const HANDOVER_WORDS = 5

/**
 * `Quarante otages ont été relâchés dimanche. Ils ont été remis à des représentants de l'Église
 * catholique, qui avaient mené les tractations`, `They were handed over to the Red Cross`: whom
 * the freed are handed to in the sentence after the lead (lexicon `actors.handovers`, then a
 * preposition) mediated their release: a party of it (`other`).
 */
export function handedToNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined) return [...actors]
  const { body } = ctx.mentions
  const handovers = new Set(ctx.lexicon.data.actors?.handovers ?? [])
  const tokens = tokenize(body, next.start, next.end)
  const at = tokens.findIndex((t) => handovers.has(t.text))
  const to = at < 0 ? undefined : tokens.slice(at + 1, at + 2 + HANDOVER_WORDS).find((t) => ctx.mentions.lexicon.prepositions.has(t.folded) && !ctx.lexicon.agents.has(t.folded))
  if (to === undefined) return [...actors]
  const clauseEnd = to.end + (/^[^,;:]*/u.exec(body.slice(to.end, next.end))?.[0].length ?? 0)
  const named = mentionsIn(ctx.mentions, to.end, clauseEnd).find((m) => m.type === 'name' && placeOf(m, ctx) === null)
  const actor = named === undefined ? null : resolveActor(named, 'other', ctx)
  return actor === null || actors.some((a) => sameActor(a, actor)) ? [...actors] : [...actors, actor]
}

/** Unions a strike names at most: more are a list of reactions. */
const MAX_UNIONS = 3
/** Words between a name and the union noun of its apposition (`le SNCTA, premier syndicat`). */
const APPOSED_UNION_WORDS = 2

/**
 * `…, the GDL union said.`, `Le préavis a été déposé par le SNCTA, premier syndicat de la
 * profession`, `a déclaré Karine Le Goff, déléguée de la CGT`: a strike's unions are often named
 * only in a closing attribution or a later sentence. A name written right before or after a union
 * noun (lexicon `actors.unions`), or set off by a comma before one, or whose members the strikers are
 * (`Members of the Royal College of Nursing`), is a union: it leads the strike.
 */
export function unionsNamed (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const unions = new Set(ctx.lexicon.data.actors?.unions ?? [])
  const members = new Set(ctx.lexicon.data.actors?.unionMembers ?? [])
  const employers = new Set((ctx.lexicon.data.actors?.employers ?? []).map(foldSameLength))
  const statement = ctx.mentions.lexicon
  const found: ExtractedActor[] = []
  for (const sentence of following) {
    for (const m of mentionsIn(ctx.mentions, sentence.start, sentence.end)) {
      if (found.length >= MAX_UNIONS || m.type !== 'name' || placeOf(m, ctx) !== null) continue
      const after = tokenize(body, m.end, Math.min(sentence.end, m.end + 40))
      const before = tokenize(body, Math.max(sentence.start, m.start - 40), m.start).filter((t) => t.end <= m.start)
        .filter((t) => !statement.determiners.has(t.folded) || statement.genitives.has(t.folded))
      const union = (t: { text: string } | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text) && unions.has(t.text)
      const apposed = after[0]?.text === ',' && after.slice(1, 2 + APPOSED_UNION_WORDS).some(union)
      // (`The Ontario Public Service Employees Union (OPSEU)`: or a name that ends on the union noun)
      // (`the Canadian Union of Postal Workers`: or on the union noun before `of` and whom it unites)
      const words = foldedWords(m.text)
      const ownName = /\s/.test(m.text) && (unions.has(words.at(-1) ?? '') || words.some((w, k) => unions.has(w) && statement.genitives.has(words[k + 1] ?? '')))
      // (`Members of the Royal College of Nursing formed picket lines`: or the body whose members the strikers are, lexicon `actors.unionMembers`)
      const ofMembers = statement.genitives.has(before.at(-1)?.folded ?? '') && members.has(before.at(-2)?.folded ?? '')
      const named = union(after[0]) || union(before.at(-1)) || (statement.genitives.has(before.at(-1)?.folded ?? '') && union(before.at(-2))) || apposed || ownName || ofMembers
      // (`the municipal employers' association VKA`: an association of employers is the side struck against)
      if (!named || employers.has(before.filter((t) => /\p{L}/u.test(t.text)).at(-2)?.folded ?? '')) continue
      const resolved = resolveActor(m, 'source', ctx)
      // (`the Unite union`: a name the union noun follows is the union's, whatever kind its one word looks)
      const actor = resolved !== null && union(after[0]) ? { ...resolved, kind: 'organization' as const } : resolved
      // (`Karine Le Goff, déléguée de la CGT`: the delegate speaks for the union, who is the party)
      // (`the Canadian Union of Public Employees (CUPE)`: a party already by its acronym)
      const acronym = /^\s*\(([^()]{2,12})\)/u.exec(body.slice(m.end, m.end + 16))?.[1]
      const known = (a: ExtractedActor): boolean => actor !== null && (sameActor(a, actor) || a.name === acronym)
      if (actor !== null && actor.kind !== 'person' && ![...actors, ...found].some(known)) found.push(actor)
    }
  }
  return [...actors, ...found]
}

/**
 * `La Commission a infligé une amende au groupe Norvalis. Deux autres entreprises, l'allemande
 * Hartkamp Chemie et la belge Solventa, ont écopé…`, `Two other firms, X and Y, were also fined`:
 * a sentence right after the lead opening on a count of others (lexicon `actors.cardinals`, then
 * `actors.others`) names, in apposition, as many more parties on the side the lead's was done to.
 */
export function othersNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined) return [...actors]
  const { body } = ctx.mentions
  const tokens = tokenize(body, next.start, next.end)
  const count = smallCount(tokens[0]?.folded ?? '', ctx)
  if (count === undefined || !(ctx.lexicon.data.actors?.others ?? []).includes(tokens[1]?.folded ?? '')) return [...actors]
  const comma = tokens.findIndex((t) => t.text === ',')
  const verb = comma < 0 ? undefined : firstVerbal(tokens.slice(comma + 1), ctx)
  if (verb === undefined) return [...actors]
  const named = mentionsIn(ctx.mentions, (tokens[comma] as Token).end, verb.start).filter((m) => m.type === 'name' && placeOf(m, ctx) === null)
  if (named.length !== count) return [...actors]
  const role: ActorRole = actors.some((a) => a.role === 'target') ? 'target' : actors.find((a) => a.role !== 'source')?.role ?? 'target'
  const found = named.map((m) => resolveActor(m, role, ctx)).filter((a) => a !== null && !actors.some((b) => foldSameLength(b.name).includes(foldSameLength(a.name))))
  return [...actors, ...found as ExtractedActor[]]
}

/**
 * `L'accord a été conclu … sous l'égide du Qatar et de la Turquie`: who the sentence after the lead
 * says mediated (after a mediator noun, lexicon `actors.mediators`), and the names coordinated with
 * the first, are parties of the main event (`other`).
 */
export function mediatorsNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined) return [...actors]
  const { body } = ctx.mentions
  const first = mentionsIn(ctx.mentions, next.start, next.end).find((m) => m.type !== 'pronoun' && mediator(body, m, ctx))
  if (first === undefined) return [...actors]
  const found = coordinatedAfter(first.start, next.end, ctx).map((m) => resolveActor(m, 'other', ctx)).filter((a) => a !== null)
  return [...actors, ...found.filter((a, k) => !actors.some((b) => sameActor(a, b)) && !found.slice(0, k).some((b) => sameActor(a, b)))]
}

/**
 * `began an indefinite nationwide strike over the Federal Government's failure to implement`,
 * `their fight against the government's pension reform`: the institution whose measure a walkout
 * is over or against (lexicon `actors.grievances`) is what it is against, when it has no target yet.
 */
export function opposedInstitution (sentences: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (actors.some((a) => a.role === 'target')) return [...actors]
  const { body } = ctx.mentions
  const grievances = new Set(ctx.lexicon.data.actors?.grievances ?? [])
  for (const sentence of sentences) {
    const tokens = tokenize(body, sentence.start, sentence.end)
    for (let i = 0; i < tokens.length; i++) {
      if (!grievances.has((tokens[i] as Token).folded)) continue
      // (past a determiner, up to three words describing it, `federal`, `Federal`, and the institution's noun with its possessive
      // mark; or the noun describing the measure, `against a government plan`)
      let k = i + 1
      if (ctx.mentions.lexicon.determiners.has(tokens[k]?.folded ?? '')) k++
      const from = k
      const institution = (t: Token | undefined): boolean => t !== undefined && ctx.lexicon.institutions.has(foldSameLength(t.text.replace(/['’]s$/u, '')).toLowerCase())
      while (k < tokens.length && k - from < OPPOSED_NAME_WORDS && !institution(tokens[k]) && /^\p{L}+$/u.test((tokens[k] as Token).text) && !ctx.mentions.lexicon.stopwords.has((tokens[k] as Token).folded)) k++
      const noun = tokens[k]
      if (noun === undefined || !institution(noun)) continue
      const owned = /['’]s$/u.test(noun.text)
      const measure = tokens[k + 1]
      if (!owned && (measure === undefined || !/^\p{Ll}/u.test(measure.text) || !describesNoun(measure, ctx))) continue
      const start = (tokens[from] as Token).start
      const name = body.slice(start, noun.end - (owned ? 2 : 0))
      const actor: ExtractedActor = { name, kind: 'organization', role: 'target', mention: spanOf(body, start, start + name.length), generic: from === k }
      if (!actors.some((a) => sameActor(a, actor))) return [...actors, actor]
    }
  }
  return [...actors]
}

/** Words describing an institution before its noun (`Federal Government's`, `the federal government's`). */
const OPPOSED_NAME_WORDS = 3

/** Sentences after a strike's lead in which its employer is looked for. */
const EMPLOYER_SENTENCES = 3
/** Lowercase words between an employer noun and the genitive before its name (`direction régionale de la`). */
const EMPLOYER_ADJECTIVES = 1

/**
 * `selon l'exploitant Keolis Bordeaux Métropole Mobilités`, `La direction régionale de la SNCF, qui juge
 * le mouvement disproportionné`: a strike whose lead names no employer often names it a sentence or
 * two on, after an employer noun (lexicon `actors.employers`): it is struck against.
 */
export function employerNamedLater (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (actors.some((a) => a.role === 'target')) return [...actors]
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const employers = new Set((ctx.lexicon.data.actors?.employers ?? []).map(foldSameLength))
  for (const sentence of following.slice(0, EMPLOYER_SENTENCES)) {
    const tokens = tokenize(body, sentence.start, sentence.end)
    for (const t of tokens) {
      if (!employers.has(t.folded) || !/^\p{Ll}/u.test(t.text)) continue
      const name = mentionsIn(ctx.mentions, t.end, sentence.end)[0]
      if (name === undefined || name.type !== 'name' || placeOf(name, ctx) !== null) continue
      const between = tokenize(body, t.end, name.start)
      // (`employed by AeroServe Ground Handling`: or the agent's preposition)
      const joining = between.filter((w) => statement.genitives.has(w.folded) || statement.determiners.has(w.folded) || ctx.lexicon.agents.has(w.folded))
      const adjectives = between.filter((w) => !joining.includes(w))
      if (adjectives.length > EMPLOYER_ADJECTIVES || adjectives.some((w) => !/^\p{Ll}+$/u.test(w.text)) || (adjectives.length > 0 && joining.length === 0)) continue
      const actor = resolveActor(name, 'target', ctx)
      if (actor !== null && !actors.some((a) => sameActor(a, actor))) return [...actors, actor]
    }
  }
  return [...actors]
}

/** Lowercase words between a workplace's name and its site noun (`copper mine`). */
const SITE_WORDS = 2

/**
 * `Unionized workers at Kia staged a four-hour strike`: a strike's lead naming its strikers by a
 * plural of people, then a workplace preposition (lexicon `actors.workplaces`) and a name, names
 * whom they work for: struck against, when it has no target yet.
 */
export function workplaceOfStrikers (lead: Span, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (actors.some((a) => a.role === 'target')) return [...actors]
  const { body } = ctx.mentions
  // (`workers at the Cerro Blanco copper mine`: a name before a site noun, lexicon `actors.operators.sites`, is where they work)
  const site = (name: Span): boolean => tokenize(body, name.end, Math.min(body.length, name.end + 40)).slice(0, SITE_WORDS + 1).some((w) => ctx.lexicon.sites.has(w.folded))
  const tokens = tokenize(body, lead.start, lead.end)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const at = tokens[i + 1] as Token
    if (!ctx.lexicon.workplaces.has(at.folded) || !pluralOfPeople((tokens[i] as Token).folded, ctx)) continue
    const name = mentionsIn(ctx.mentions, at.end, lead.end)[0]
    if (name === undefined || name.type !== 'name' || placeOf(name, ctx) !== null || site(name) ||
      !tokenize(body, at.end, name.start).every((w) => ctx.mentions.lexicon.determiners.has(w.folded))) continue
    const employer = resolveActor(name, 'target', ctx)
    if (employer !== null && !actors.some((a) => sameActor(a, employer))) return [...actors, employer]
  }
  return [...actors]
}

/** A capitalised name with its possessive mark, right before a person's name (`McLaren's `). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})['’]s\s+$/u

/** `McLaren's Oskar Lindqvist won`: the name owning a person who wins, when it is no place or nationality, is their team, a side too. */
export function teamsOfWinners (actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const teams: ExtractedActor[] = []
  for (const a of actors) {
    if (a.role !== 'source' || a.kind !== 'person' || a.mention === null) continue
    // (the owner before the mention, or opening it when the mention holds the whole phrase)
    const at = body.indexOf(a.name, a.mention.start)
    const from = at >= a.mention.start && at < a.mention.end ? at : a.mention.start
    const owner = OWNER_BEFORE.exec(body.slice(Math.max(0, from - 40), from))
    if (owner === null) continue
    const name = owner[1] as string
    const start = from - owner[0].length
    const mention: Mention = { ...spanOf(body, start, start + name.length), type: 'name', name }
    if (placeOf(mention, ctx) !== null || ctx.lexicon.demonyms.has(foldSameLength(name))) continue
    const team = resolveActor(mention, 'source', ctx)
    if (team !== null && ![...actors, ...teams].some((b) => sameActor(b, team))) teams.push({ ...team, kind: 'organization' })
  }
  return [...actors, ...teams]
}

/** Words after a verb of speech within which `its` and its people are looked for (`said on Wednesday its members`). */
const OWN_PEOPLE_WORDS = 12
/** Sentences after the lead in which a body may tell of its own people taking part. */
const OWN_PEOPLE_SENTENCES = 3

/**
 * `The Canadian Union of Postal Workers … said its members would stay out`, `The Islamic State group
 * said … that its fighters were behind the raid`: a body the next sentences name as telling what its
 * own people (lexicon `actors.ownPeople`, after `its`) did or will do is a party of a walkout, a
 * protest, an attack or a military action: the first name of a body opening the clause before the
 * verb of speech joins the sources.
 */
export function ownPeopleTold (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const people = new Set(ctx.lexicon.data.actors?.ownPeople ?? [])
  const possessive = new Set(ctx.mentions.lexicon.data.possessives?.neutral ?? [])
  const ownPeopleAfter = (verb: Span, sentence: Span): boolean => tokenize(body, verb.end, sentence.end).slice(0, OWN_PEOPLE_WORDS)
    .some((t, k, after) => possessive.has(t.folded) && people.has(after[k + 1]?.folded ?? ''))
  for (const sentence of following.slice(0, OWN_PEOPLE_SENTENCES)) {
    const verb = sayingIn(sentence, ctx).find((v) => ownPeopleAfter(v, sentence))
    if (verb === undefined) continue
    const subject = mentionsIn(ctx.mentions, sentence.start, verb.start).find((m) => m.type === 'name' && placeOf(m, ctx) === null)
    const actor = subject === undefined ? null : resolveActor(subject, 'source', ctx)
    // (a body by its name, not by a description: `the al-Qaida-linked group`)
    if (actor === null || actor.kind === 'person' || /^\p{Ll}/u.test(actor.name.split(/\s+/).at(-1) ?? '') ||
      actors.some((a) => /^\p{Lu}/u.test(a.name) && sameActor(a, actor))) continue
    return [...actors, actor]
  }
  return [...actors]
}

/** Words before a retelling noun that opens a sentence (`The three-hour meeting`). */
const RETELLING_OPENING_WORDS = 3
/** Words from the retelling noun to its agent's preposition (`, signed on Saturday by`). */
const RETELLING_AGENT_WORDS = 8

/**
 * `The agreement, signed by Congolese envoy Sylvie Mbuyi-Kalala and M23 negotiator Bertrand
 * Kanyamuhanga`, `The assault was carried out by members of the Viv Ansanm gang coalition`: the
 * sentence after the lead, opening on a noun of the main event's type again, names by its agent
 * preposition who did it (in a symmetric event, the first named acts and the others are met); a
 * mediator's participle (`brokered by`) names its mediator. An announcement's (`announced by`) names
 * only who told of it.
 */
export function agentsOfRetelling (next: Span | undefined, event: { type: string, cameo: string | null }, symmetric: boolean, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined) return [...actors]
  const { body } = ctx.mentions
  const tokens = tokenize(body, next.start, next.end)
  if (!ctx.mentions.lexicon.determiners.has(tokens[0]?.folded ?? '')) return [...actors]
  const noun = findTriggers(body, next, ctx.lexicon).find((t) => !t.verb && (t.family.type === event.type || (event.cameo !== null && t.family.cameo === event.cameo)))
  const at = noun === undefined ? -1 : tokens.findIndex((t) => t.start === noun.head.start)
  if (noun === undefined || at < 1 || at > RETELLING_OPENING_WORDS) return [...actors]
  const after = tokens.slice(at + 1, at + 1 + RETELLING_AGENT_WORDS)
  const by = after.findIndex((t) => ctx.lexicon.agents.has(t.folded))
  const participle = after[by - 1]
  if (by < 1 || participle === undefined || !/^\p{Ll}/u.test(participle.text) || ctx.lexicon.announcing.has(participle.folded)) return [...actors]
  const from = (after[by] as Token).end
  const clauseEnd = from + (/^[^,;:]*/u.exec(body.slice(from, next.end))?.[0].length ?? 0)
  const role: ActorRole = ctx.lexicon.mediators.has(participle.folded) ? 'other' : 'source'
  const found: ExtractedActor[] = []
  for (const m of mentionsIn(ctx.mentions, from, clauseEnd)) {
    // (`the Tehrik-e-Taliban Pakistan (TTP)`: an acronym in brackets names the party before it again;
    // `Chadian government envoy Abakar Moussa`: a nationality describes who comes next)
    if (m.type === 'pronoun' || body[m.start - 1] === '(' || placeOf(m, ctx) !== null || ctx.lexicon.demonyms.has(foldSameLength(m.text))) continue
    const resolved = resolveActor(m, role === 'source' && symmetric && found.length > 0 ? 'target' : role, ctx)
    // (`the TTP`: by the long name the body gives its acronym)
    const actor = resolved === null ? null : { ...resolved, name: longNameOf(resolved.name, ctx) ?? resolved.name }
    if (actor !== null && !found.some((b) => sameActor(actor, b))) found.push(actor)
  }
  // (a party named already takes the role the retelling gives it: `chaired by` a mediator)
  const again = (a: ExtractedActor): ExtractedActor | undefined => found.find((b) => sameActor(a, b))
  return [...actors.map((a) => ({ ...a, role: again(a)?.role ?? a.role })), ...found.filter((b) => !actors.some((a) => sameActor(a, b)))]
}
