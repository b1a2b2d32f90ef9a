import { isComplement, mentionsIn, phraseFrom, subjectAfter, subjectBefore, tokenize, type Mention, type Token } from '../mentions.js'
import { AFTER_WORD, BEFORE_WORD, escapeRegExp, foldSameLength, spanOf } from '../text.js'
import { agedOne, describesNoun, firstVerbal, isAge, nationalityBefore, opensOffice, titleLength, withoutPortfolio } from './holders.js'
import type { ParticipantKind, Span } from '../types.js'
import { BIG_CITY, type ActorContext } from './context.js'
import { foldedPhrase, foldedWords, hasPastEnding, lowerWords, otherNumbers, wordsAt, type EventLexicon } from './lexicon.js'
import { countryNameIn } from './gazetteer.js'
import { placeOf, type PlaceMention } from './places.js'
import type { Trigger } from './triggers.js'
import type { ActorRole, ExtractedActor } from './types.js'

/** Words between an event and the country it is done against (`sanctions imposées mardi à la Russie`). */
const AGAINST_WORDS = 8

/** More actors than this on one side are a list, not the event's parties. */
const MAX_PER_ROLE = 4

/**
 * Who takes part in the event of `trigger`, named in its clause: the subject of a verb acts
 * (`source`; for a passive, `target`), its object or a name after `avec`/`with` is acted upon or
 * with (`target`), the agent of a passive (`par`, `by`) acts. After an event noun, its complement
 * (`l'attaque du Hamas`) acts. Places named as places (`à Séoul`) are the event's location.
 */
export function actorsOf (trigger: Trigger, sentence: Span, ctx: ActorContext, places: readonly PlaceMention[]): ExtractedActor[] {
  const { body } = ctx.mentions
  if (trigger.family.actors === false) return []
  const around = clauseAround(body, sentence, trigger, ctx)
  // (`…, the union said`: who tells of it is no party of it)
  const source = reportingClause(body, sentence, ctx)
  const clause = source !== null && trigger.end <= source.start && source.start < around.end ? { ...around, end: source.start } : around
  // (`Washington et Pékin ont signé`: a capital as the subject stands for its government)
  // (`l'expulsion de deux diplomates par Alger`: so does a capital as the agent)
  // (`a rompu ses relations avec Kigali`: and the partner an event is had with; `les accusations de Washington`: and who says what it answers)
  // (`A Dublin man has been acquitted`: not one that describes someone; `A Dhaka court sentenced`: nor one that says which court)
  const ofCourt = (p: PlaceMention): boolean => ctx.lexicon.courtNouns.has(tokenize(body, p.end, Math.min(body.length, p.end + 20))[0]?.folded ?? '') && /^\s+\p{Ll}/u.test(body.slice(p.end, p.end + 3))
  const governing = (p: PlaceMention): boolean => p.place.capital === true && !p.prepositional && !describesSomeone(body, p, ctx) && !ofCourt(p) &&
    (p.end <= trigger.start || ctx.lexicon.agents.has(wordBefore(body, p, ctx)) || ctx.lexicon.partners.has(wordBefore(body, p, ctx)) || utters(body, p, ctx))
  const competing = trigger.family.type === 'sport'
  // (`sanctions on Belarus`: a country after what the event is done against is its target, not where)
  // (`sanctions à la Russie`, not `sanctions contre l'Iran, visant … la fourniture de drones à la Russie`: right after the event)
  // (`a win over Galway`: in a match, any place after it is the side beaten, a county's or a town's)
  const against = (p: PlaceMention): boolean => (p.place.kind === 'country' || competing) && trigger.family.against?.includes(wordBefore(body, p, ctx)) === true &&
    (p.start < trigger.end || tokenize(body, trigger.end, p.start).length <= AGAINST_WORDS)
  // (`duties … on industrial sewing machines from China`: nor is the country goods come from, past the word it is done against)
  const origin = (p: PlaceMention): boolean => p.place.kind === 'country' && (ctx.lexicon.data.actors?.origins ?? []).includes(wordBefore(body, p, ctx)) && fromGoods(body, trigger, p)
  // (`Brisbane beat Geelong`: in a match, a town that is the verb's subject or its object is a side)
  const townSide = (p: PlaceMention): boolean => trigger.family.townSubjects === true && trigger.verb && !p.prepositional &&
    (p.end <= trigger.start || tokenize(body, trigger.end, p.start).length === 0)
  // (`Winnipeg police have charged`: nor a town that names its institution)
  const institution = (p: PlaceMention): boolean => !p.prepositional && localInstitution(p, ctx) !== null
  // (`Delegations from Sudan and Chad`: nor the country delegates come from)
  // (`sanctions on Iran, Syria and Russia`, `steel from China and Vietnam`: and so is each country listed after one of these)
  const ordered = [...places].sort((a, b) => a.start - b.start)
  const listed = inList(ordered, ctx)
  const delegated = new Set(ordered.filter((p) => delegatesOf(body, p, ctx)))
  const parties = new Set<Span>()
  ordered.forEach((p, k) => { if (against(p) || origin(p) || delegated.has(p) || (listed[k] === true && parties.has(ordered[k - 1] as Span))) parties.add(p) })
  const located = new Set(places.filter((p) => ((p.place.kind === 'city' && !governing(p) && !townSide(p) && !institution(p)) || p.prepositional) && !parties.has(p)).map((p) => p.start))
  // (`Une descente de police`: the event's own words name no party)
  const inRelative = (m: Span): boolean => around.relative !== null && around.relative.start <= m.start && m.end <= around.relative.end
  const usable = (m: Mention): boolean => !located.has(m.start) && !compoundAdjective(m, ctx) && !modelNumber(m, body) && !inRelative(m) && !(m.start < trigger.end && trigger.start < m.end) && !isCount(body, m, ctx) && !isMeasure(body, m, ctx) && !isDuration(body, m, ctx) && !ctx.excluded.some((x) => x.start < m.end && m.start < x.end) &&
    !isNotActor(m, ctx) && !opensOnModifier(body, m, sentence, ctx) && !opensOffice(body, m, ctx) && !isEventNoun(body, m, ctx) && !namedDisaster(body, m, ctx) && !stateAbbreviation(body, m) && !afterPlaceNoun(body, m, ctx) && !placePhrase(body, m, ctx) && !beforePlaceNoun(body, m, ctx) && !describesSomeone(body, m, ctx) && !apposedNationality(body, m, ctx) &&
    // (`Première visite au Liban pour…`: an adjective is no name right before its noun either)
    // (`Reprise des pourparlers`: a common noun governing the event noun through `de` heads it, no actor of it)
    // (`Rescuers on Saturday pulled`: unless the word is itself a generic actor, lexicon `actors.generic`)
    !(isCommonWord(body, m, sentence, ctx) && !ctx.lexicon.genericActors.has(foldedPhrase(m.text)) && (!adjacent(body, m, trigger) || ctx.lexicon.nounAdjectives.has(foldedWords(m.text)[0] ?? '') || headsTrigger(body, m, trigger, ctx))) && !aside(body, m, ctx) &&
    // (`a remporté la Coupe Davis`, `won the FA Cup`: in a match, a competition is what is played for, no side; `the Singapore Grand Prix` with the words before it)
    !(competing && [...foldedWords(m.text), ...capitalisedAfter(body, m)].some((w) => ctx.lexicon.competitions.has(w))) &&
    // (`Heavy fighting broke out`, `Drones launched by … struck`: nor a word of the dictionary opening the sentence, unless one of people)
    !(dictionaryWord(body, m, sentence, ctx) && !ctx.lexicon.genericActors.has(foldedPhrase(m.text)) && !pluralOfPeople(foldedPhrase(m.text), ctx))
  const candidates: Array<{ mention: Mention, role: ActorRole }> = []
  // `of the NATO summit`: a name right before an event noun is its actor, inside a complement too
  const inClause = coordinatedNames(mentionsIn(ctx.mentions, clause.start, trigger.start), ctx).map((m) => describingGeneric(m, sentence, ctx))
  // `Qualifiant M. Poutine de « meilleur ami », il a salué`: a subject pronoun right before the verb is its subject, not the names before it
  const pronoun = trigger.verb ? inClause.at(-1) : undefined
  const pronounSubject = pronoun?.type === 'pronoun' && adjacent(body, pronoun, trigger) && !/[,;:]/.test(body.slice(pronoun.end, trigger.start)) ? pronoun : undefined
  const before = pronounSubject !== undefined
    ? []
    : withoutModifiers(body, ctx, inClause.filter((m) => m.type !== 'pronoun' && usable(m) &&
      (!isComplement(ctx.mentions, m) || (!trigger.verb && adjacent(body, m, trigger)) || ofMembers(body, m, ctx) || places.some((p) => p.start === m.start && parties.has(p)))))
  // (`Lawmakers in Kenya's National Assembly voted`: members whose body is named right after them are that body)
  // (`Delegations from Sudan and Chad`: so are delegates whose countries are)
  const sentFrom = (m: Span): boolean => places.some((p) => p.start === m.start && delegated.has(p))
  const membersOfNamed = (members: Span, names: readonly Mention[]): boolean => names.some((m) => m.start >= members.end && tokenize(body, members.end, m.start).length <= 2 && (seatedIn(m, ctx) || sentFrom(m)))
  before.splice(0, before.length, ...before.filter((m) => !membersOfNamed(m, before)))
  // (`SEBI barred Arcot Securities … and imposed a penalty on them`: the names an earlier verb the trigger is coordinated with takes as objects are no subjects of it)
  const earlier = earlierVerb(trigger, clause, before, ctx)
  if (earlier !== null) before.splice(0, before.length, ...before.filter((m) => m.end <= earlier.start))
  const subjectRole: ActorRole = trigger.passive || undergone(trigger, ctx) ? 'target' : 'source'
  // a noun inside a complement (`dans des frappes`, `after the attack`) has no subject of its own,
  // unless it completes a noun (`a package of sanctions`, `une journée de grève`)
  const hasSubject = trigger.verb || !isComplement(ctx.mentions, trigger.head) ||
    ctx.mentions.lexicon.genitives.has(wordBefore(body, trigger.head, ctx)) || afterLightVerb(trigger, clause, ctx)
  // (`begins Japan visit`: a country right before a visit's noun is where it goes, the host)
  const visited = (m: Mention): boolean => trigger.family.type === 'state-visit' && !trigger.verb && adjacent(body, m, trigger) && placeOf(m, ctx)?.place.kind === 'country'
  if (before.length > 0 && (hasSubject || adjacent(body, before.at(-1) as Mention, trigger))) {
    for (const m of before) candidates.push({ mention: m, role: visited(m) ? 'target' : subjectRole })
  }
  // `M. Poutine, dont c'était la première visite`: an event noun in a relative clause of possession is the owner's
  const owner = trigger.verb || before.length > 0 ? null : possessor(clause, sentence, ctx)
  if (owner !== null && usable(owner)) candidates.push({ mention: owner, role: subjectRole })
  const antecedent = pronounSubject === undefined ? null : antecedentOf(sentence, ctx)
  if (antecedent !== null) candidates.push({ mention: antecedent, role: subjectRole })
  if (hasSubject) {
    // `L'armée soudanaise et les Forces de soutien rapide ont accepté…`: a phrase opening the clause
    // (`Le chef de l'État effectue mardi une visite`: an event noun's is the subject of the verb whose object it is)
    const governing = trigger.verb ? null : subjectOfGoverningVerb(trigger, clause, ctx)
    const opening = upToCoordinator(body, subjectAfter(ctx.mentions, clause.start, trigger.start), ctx)
    if (opening !== null && opening.type === 'phrase' && usable(opening) && !membersOfNamed(opening, before) && !before.some((m) => m.start < opening.end && opening.start < m.end) &&
      tokenize(body, clause.start, opening.start).length === 0 && (governing === null || opening.end <= governing.end)) candidates.unshift({ mention: opening, role: subjectRole })
    const subject = candidates.length > 0 ? null : trigger.verb ? subjectBefore(ctx.mentions, clause.start, trigger.start) : governing
    if (subject !== null && subject !== 'inherit' && usable(subject)) candidates.push({ mention: subject, role: subjectRole })
    // `two days after gunmen kidnapped`: a bare plural that is all the clause has before its verb is its subject
    const bare = trigger.verb && candidates.length === 0 ? bareSubject(clause.start, trigger, ctx) : null
    if (bare !== null && usable(bare)) candidates.push({ mention: bare, role: subjectRole })
  }
  // `Kerry are back in the final after a three-point win over Galway`: a match's noun in a clause of its own is the win of the name opening the sentence, a town's or a county's too
  const adjunct = clause.start > sentence.start && ctx.mentions.lexicon.prepositions.has(tokenize(body, sentence.start, clause.start).at(-1)?.folded ?? '')
  const side = competing && adjunct && !candidates.some((c) => c.role === 'source') ? subjectAfter(ctx.mentions, sentence.start, clause.start) : null
  if (side !== null && side.type === 'name' && tokenize(body, sentence.start, side.start).every((t) => ctx.mentions.lexicon.determiners.has(t.folded)) &&
    (usable(side) || located.has(side.start))) {
    candidates.unshift({ mention: side, role: 'source' })
  }
  // `Tens of thousands of students … marched`, `Des milliers de manifestants ont défilé`: who the crowd is
  const crowd = hasSubject ? counted(body, clause.start, trigger.start, ctx) : null
  // (it stands for the phrase that counts it: `milliers d'agriculteurs` → `agriculteurs`)
  // (`Six Indian diplomats were expelled`, `Two Chinese hostages`: and so does a name inside it, its nationality)
  const counting = (c: { mention: Mention }): boolean => (c.mention.type === 'phrase' && c.mention.start <= (crowd as Mention).start && (crowd as Mention).end <= c.mention.end) ||
    ((crowd as Mention).start <= c.mention.start && c.mention.end < (crowd as Mention).end)
  if (crowd !== null && (candidates.some(counting) || !candidates.some((c) => c.role === subjectRole))) {
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !counting(c)), { mention: crowd, role: subjectRole })
  }
  // `Au moins dix-sept soldats ont été tués dimanche dans l'attaque`: who an attack's passive verb tells of undergoes the attack
  const victims = VICTIMS.has(trigger.family.type) && !trigger.verb ? victimsBefore(body, clause, trigger, ctx) : null
  if (victims !== null && usable(victims)) {
    // (`Trois civils ont été tués … dans une embuscade`: the dead counted by no function of theirs are no party, nor by their nationality alone,
    // `quinze Palestiniens`; `douze soldats` are)
    const words = foldedWords(victims.text).filter((w) => !ctx.lexicon.quantities.has(w))
    const bystanders = words.some((w) => ctx.lexicon.bystanders.has(w)) || (words.length > 0 && words.every((w) => ctx.lexicon.demonyms.has(w)))
    candidates.splice(0, candidates.length, ...candidates.filter((c) => c.mention.end <= victims.start || victims.end <= c.mention.start),
      ...(bystanders ? [] : [{ mention: victims, role: 'target' as const }]))
    // (`Un policier a été blessé par des manifestants lors d'affrontements`: the agent of that passive did it)
    const assailants = phraseAfterFirst(ctx.lexicon.agents, victims, { start: victims.end, end: trigger.start }, ctx)
    if (assailants !== null && (usable(assailants) || isEventNoun(body, assailants, ctx)) && !candidates.some((c) => c.mention.start < assailants.end && assailants.start < c.mention.end)) {
      candidates.push({ mention: assailants, role: 'source' })
    }
  }
  // `freed six hostages`, `a interpellé trois hommes`: a counted group right after a verb done to someone undergoes it
  // (`expelled six Indian diplomats`: a counted group of a nationality is done to, whatever the verb)
  const countedGroup = trigger.verb && !trigger.passive ? countedObject(body, trigger, clause, ctx, VICTIMS.has(trigger.family.type) && trigger.family.undergoer !== true) : null
  // (`imposed asset freezes and travel bans on 14 Georgian officials`: or one after the word the event is done against by)
  const object = trigger.family.undergoer === true || VICTIMS.has(trigger.family.type) || (countedGroup !== null && demonymsIn(body, countedGroup, ctx).length > 0) ? countedGroup : null
  const targeted = object === null && trigger.verb && !trigger.passive ? countedAgainst(body, trigger, clause, ctx) : null
  if (targeted !== null && usable(targeted)) candidates.push({ mention: targeted, role: 'target' })
  // (`des centaines de manifestants`: a word that also names an event is its people here)
  if (object !== null && (usable(object) || isEventNoun(body, object, ctx))) candidates.push({ mention: object, role: 'target' })
  // (a nationality inside the counted group describes it: `six Indian diplomats` is no `India`; so inside the victims, `quinze Palestiniens`, or the crowd, `Quatre diplomates russes`)
  const inGroup = (m: Span): boolean => [object, victims, crowd].some((g) => g !== null && g.start <= m.start && m.end <= g.end)
  const after = coordinatedNames(mentionsIn(ctx.mentions, trigger.end, clause.end), ctx).filter((m) => m.type !== 'pronoun' && usable(m) && !inGroup(m))
  // (`to buy Australian craft beer maker Tasman Ridge Brewing`: a nationality before the nouns that describe a name is no party of its own)
  const describing = (m: Mention): boolean => ctx.lexicon.demonyms.has(foldSameLength(m.text)) && after.some((n) => n.start > m.end && describedBy(body, m, n, ctx))
  // (`sanctions on Iran and Russia`, `members of Unison, Unite and the GMB`: a name listed after one that has its part has that part too)
  const listedAfter = inList(after, ctx)
  const parts = new Map<Mention, ActorRole>()
  after.forEach((m, k) => {
    // `Chile's presidential runoff`: a possessive describes the event noun it owns
    if (ownsEvent(body, m, ctx) || describing(m)) return
    const role = roleAfter(m, trigger, ctx) ?? (m === after.find((a) => !isComplement(ctx.mentions, a) && !describing(a)) && describedObject(m, trigger, ctx) ? 'target' : null) ??
      (listedAfter[k] === true && placeOf(m, ctx)?.place.kind !== 'city' ? parts.get(after[k - 1] as Mention) ?? null : null)
    if (role === null) return
    parts.set(m, role)
    candidates.push({ mention: m, role })
  })
  // `a convoqué jeudi l'ambassadeur d'Iran`, `a arrêté le maire de Grenoble`: an object named by its office alone
  const office = trigger.verb && !trigger.passive && !candidates.some((c) => c.role === 'target') ? officeObject(trigger, clause, ctx) : null
  if (office !== null && usable(office) && !candidates.some((c) => c.mention.start < office.end && office.start < c.mention.end)) candidates.push({ mention: office, role: 'target' })
  // `affrontements entre l'armée libanaise et des hommes armés`: an unnamed second party joined to the first
  const joined = trigger.verb ? null : secondParty(trigger, clause, ctx)
  // (`avec des manifestants`: a word that also names an event, `manifestants`, is its people here)
  if (joined !== null && (usable(joined) || isEventNoun(body, joined, ctx)) && !candidates.some((c) => c.mention.start < joined.end && joined.start < c.mention.end)) candidates.push({ mention: joined, role: 'target' })
  // `frappes de drones russes`, `U.S. and Iranian negotiators held talks`: a nationality stands for its country
  const isDemonym = (m: Mention): boolean => ctx.lexicon.demonyms.has(foldSameLength(m.text))
  const named = candidates.some((c) => c.role === subjectRole && c.mention.type !== 'phrase' && !isDemonym(c.mention))
  for (const d of demonymsIn(body, clause, ctx)) {
    // (`Le chef de l'État ivoirien a nommé`: the nationality of an office describes its holder, no party of its own)
    // (`Kenyan detectives arrested`: nor that of a generic actor, lexicon `actors.generic`)
    const office = (c: { mention: Mention }): boolean => c.mention.type === 'phrase' && (tokenize(body, c.mention.start, d.start).some((t) => ctx.mentions.lexicon.roleWords.has(t.folded)) ||
      tokenize(body, d.end, c.mention.end).some((t) => ctx.lexicon.genericActors.has(t.folded) || pluralOfPeople(t.folded, ctx)))
    if (inGroup(d) || candidates.some((c) => c.mention.start < d.end && d.start < c.mention.end && (c.mention.type !== 'phrase' || office(c)))) continue
    // a nationality that describes a named person or firm (`le confiseur italien Dolcezza`) is not a party
    if (modifiesName(body, d, [...before, ...after], ctx)) continue
    // (`des responsables saoudiens`: a nationality describing the partner or target already taken is no party of its own)
    if (candidates.some((c) => c.role === 'target' && c.mention.start <= d.start && d.end <= c.mention.end)) continue
    // (`des sanctions contre trois entreprises américaines`: what the event is done against is its target)
    const between = tokenize(body, trigger.end, d.start)
    if (!trigger.verb && d.start >= trigger.end && between.length <= 4 && between.some((t) => ctx.lexicon.opponents.has(t.folded) || trigger.family.against?.includes(t.folded) === true)) {
      candidates.push({ mention: d, role: 'target' })
      continue
    }
    // (`an emergency meeting on Wednesday after Israeli air strikes`: not past a word that opens another clause, lexicon `subordinators`)
    const afterNoun = !trigger.verb && d.start >= trigger.end && between.length <= 3 && !between.some((t) => ctx.lexicon.subordinators.has(t.folded))
    if ((d.end <= trigger.start && hasSubject && !trigger.passive && !named) || afterNoun) candidates.push({ mention: d, role: 'source' })
    // `par la police tunisienne`, `by Israeli forces`: a nationality's institution as the agent of a passive or an event noun
    else if (d.start >= trigger.end && (trigger.passive || !trigger.verb) && ctx.lexicon.agents.has(wordBefore(body, institutionOf(d, ctx) ?? d, ctx))) candidates.push({ mention: d, role: 'source' })
    // `s'est entretenu avec le secrétaire d'État américain`: an unnamed partner's nationality is the partner
    else if (d.start >= trigger.end && !candidates.some((c) => c.role === 'target') && partnerWords(body, trigger, d, ctx)) candidates.push({ mention: d, role: 'target' })
    // `l'attaque qui a visé la veille un camp de l'armée malienne`: the nationality of what it was aimed at
    // (`dix-sept soldats ont été tués lors d'une attaque contre le camp de l'armée malienne`: beside the victims it counted)
    else if (d.start >= trigger.end && !candidates.some((c) => c.role === 'target' && c.mention !== victims) && aimedAt(body, trigger, d, ctx)) candidates.push({ mention: d, role: 'target' })
  }
  // `a été condamné … par la cour d'appel de Dakar`: an agent no capital names, a noun phrase after the agent's preposition
  const agentPhrase = trigger.passive || !trigger.verb ? unnamedAgent(trigger, clause, ctx) : null
  if (agentPhrase !== null && usable(agentPhrase) && !candidates.some((c) => c.mention.start < agentPhrase.end && agentPhrase.start < c.mention.end)) candidates.push({ mention: agentPhrase, role: 'source' })
  // `Interpellé mardi à Tourcoing, un homme de 23 ans a été placé en garde à vue`: a participle fronted before its subject
  const fronted = trigger.verb && !candidates.some((c) => c.role === subjectRole) ? frontedSubject(trigger, sentence, ctx) : null
  if (fronted !== null && usable(fronted)) candidates.push({ mention: fronted, role: PATIENT_TYPES.has(trigger.family.type) || trigger.family.undergoer === true ? 'target' : 'source' })
  // `Cessez-le-feu à la frontière : Islamabad et Kaboul se sont engagés…`: a nominal lead's parties, told after its colon
  if (!candidates.some((c) => c.role === subjectRole)) {
    for (const m of subjectAfterColon(trigger, sentence, ctx)) {
      if (!candidates.some((c) => c.mention.start < m.end && m.start < c.mention.end)) candidates.push({ mention: m, role: subjectRole })
    }
  }
  // `Quatre personnes ont été arrêtées lors d'une opération antidrogue de la police fédérale`: the institution whose operation it was
  const operator = trigger.passive && !candidates.some((c) => c.role === 'source') ? operationOf(trigger, clause, ctx) : null
  if (operator !== null && usable(operator)) candidates.push({ mention: operator, role: 'source' })
  // `Le procès … s'est ouvert lundi devant le tribunal correctionnel de Paris`, `appeared before a judge`: the court tries it
  const court = trigger.family.cameo === '17' ? courtBefore(trigger, clause, ctx) : null
  if (court !== null && usable(court) && !candidates.some((c) => c.mention.start < court.end && court.start < c.mention.end)) candidates.push({ mention: court, role: 'source' })
  // `la grève des contrôleurs`, `la manifestation des agriculteurs`: a walkout's or a march's complement phrase is who holds it
  const complement = !trigger.verb && WALKOUTS.has(trigger.family.type) ? complementPhrase(trigger, clause, ctx) : null
  if (complement !== null && usable(complement) && !candidates.some((c) => c.role === 'source' || (c.mention.start < complement.end && complement.start < c.mention.end))) candidates.push({ mention: complement, role: 'source' })
  // `Les salariés de l'usine Renault Trucks sont en grève`, `appelé les agents de la SNCF à la grève`: the workforce's employer is struck against
  const employer = trigger.family.type === 'strike' ? employerIn(clause, ctx) : null
  if (employer !== null) {
    const named = candidates.findIndex((c) => c.mention.start === employer.name.start && c.mention.end === employer.name.end)
    // (the name that stood for the strikers gives way to their workforce: `salariés de l'usine Renault Trucks`)
    if (named >= 0) candidates.splice(named, 1, { mention: employer.workforce, role: (candidates[named] as { role: ActorRole }).role })
    if (!candidates.some((c) => c.mention.start <= employer.name.start && employer.name.end <= c.mention.end && c.mention.type !== 'phrase')) candidates.push({ mention: employer.name, role: 'target' })
  }
  // `Le PSG a été battu vendredi à Lens`, `won at Leeds`: in a match, the town it was played in names the home side
  const home = trigger.family.type === 'sport' && candidates.length === 1 ? homeSide(trigger, clause, places, ctx) : null
  if (home !== null) candidates.push({ mention: home, role: trigger.passive ? 'source' : 'target' })
  // (`Anders Lindqvist made 34 saves, and the Toronto Maple Leafs beat`: a match's verb is told of the side right before it)
  if (competing && trigger.verb && !trigger.passive) candidates.splice(0, candidates.length, ...verbSubjects(candidates, trigger, subjectRole, ctx))
  const actors: ExtractedActor[] = []
  for (const { mention, role } of candidates) {
    if (actors.filter((a) => a.role === role).length >= MAX_PER_ROLE) continue
    if (standsForCountries(mention, ctx)) continue
    // (`Slovakia votes in snap election`, `Malawi presidential run-off`: the country an election is held in is where, no party)
    if (trigger.family.type === 'election' && placeOf(mention, ctx)?.place.kind === 'country') continue
    const owned = mention.end <= trigger.start ? ownedActor(mention, trigger, role, ctx) : null
    // `Chile's presidential runoff`: the owner and its words describe the event noun
    if (owned === 'describes') continue
    const resolved = owned ?? resolveActor(mention, role, ctx)
    // (`Le Quai d'Orsay a convoqué l'ambassadeur d'Iran`: a description is no party of the other side it would refer back to)
    const actor = resolved !== null && mention.type === 'phrase' && actors.some((a) => a.name === resolved.name && a.role !== role) ? asWritten(mention, role, ctx) : resolved
    if (actor === null || actors.some((a) => a.name === actor.name || (a.id !== undefined && a.id === actor.id))) continue
    // (`une frappe de missiles russes a touché`: a phrase cut to its event noun names the event, no party; `manifestants` are people)
    if (actor.mention !== null && !ctx.lexicon.genericActors.has(foldedPhrase(actor.name)) &&
      isEventNoun(body, { ...actor.mention, type: 'phrase', text: body.slice(actor.mention.start, actor.mention.end) }, ctx)) continue
    // (the home side is its club, not its town)
    actors.push(mention === home ? { ...actor, kind: 'organization' } : actor)
  }
  if (SYMMETRIC.has(trigger.family.type)) firstNamedActs(actors, trigger)
  return withoutAffiliations(withoutDescribedBodies(withoutHeldOffices(actors, body), ctx), ctx)
}

/**
 * For names in text order, whether each is listed with the one before it (`Iran, Syria and
 * Russia`): nothing but commas, coordinators and determiners between them, and a coordinator
 * between them or further down the list (`Iran, Syria` alone may be an apposition).
 */
function inList (names: readonly Span[], ctx: ActorContext): boolean[] {
  const { body } = ctx.mentions
  const listed: boolean[] = []
  for (let k = names.length - 1; k > 0; k--) {
    const between = tokenize(body, (names[k - 1] as Span).end, (names[k] as Span).start)
    const joining = between.length > 0 && between.every((t) => t.text === ',' || ctx.lexicon.coordinators.has(t.folded) || ctx.mentions.lexicon.determiners.has(t.folded))
    listed[k] = joining && (between.some((t) => ctx.lexicon.coordinators.has(t.folded)) || (between.some((t) => t.text === ',') && listed[k + 1] === true))
  }
  return listed
}

/**
 * `Anders Lindqvist made 34 saves, and the Toronto Maple Leafs beat`, `A composed century from
 * opener Faraz Ahmed … helped Pakistan beat`: when a name stands right before the verb, its subject
 * is that name and the names joined to it (`Celtic and Rangers drew`); the names before them are
 * the subjects of verbs of their own.
 */
function verbSubjects<C extends { mention: Mention, role: ActorRole }> (candidates: readonly C[], trigger: Trigger, role: ActorRole, ctx: ActorContext): C[] {
  const { body } = ctx.mentions
  const before = candidates.filter((c) => c.role === role && c.mention.end <= trigger.start).sort((a, b) => a.mention.start - b.mention.start)
  const last = before.at(-1)
  if (last === undefined || last.mention.type === 'phrase' || tokenize(body, last.mention.end, trigger.start).length > 0) return [...candidates]
  let from = last.mention.start
  for (const c of before.slice(0, -1).reverse()) {
    const between = tokenize(body, c.mention.end, from)
    if (!between.every((t) => ctx.lexicon.comitatives.has(t.folded) || ctx.mentions.lexicon.determiners.has(t.folded))) break
    from = c.mention.start
  }
  return candidates.filter((c) => c.role !== role || c.mention.end > trigger.start || c.mention.start >= from)
}

/**
 * `The regulator on Friday barred Arcot Securities … and imposed a penalty`: the past verb (lexicon
 * `tense.pastEndings`) right after the first name of the clause, past prepositions and their dates,
 * when the trigger is a verb coordinated with it (`and`): the names after it are its objects.
 */
function earlierVerb (trigger: Trigger, clause: Span, names: readonly Mention[], ctx: ActorContext): Token | null {
  const first = names[0]
  if (!trigger.verb || trigger.passive || first === undefined) return null
  const { body } = ctx.mentions
  const lexicon = ctx.mentions.lexicon
  if (!ctx.lexicon.comitatives.has(tokenize(body, clause.start, trigger.start).filter((t) => !ctx.lexicon.adverbs.has(t.folded)).at(-1)?.folded ?? '')) return null
  // (`Turkey's football federation … ordered`: past the lowercase words the subject's possessive opens)
  const possessive = /^\s*['’]s\s/u.test(body.slice(first.end, first.end + 4))
  const possessed = (t: Token): boolean => possessive && !/[,;]/u.test(body.slice(first.end, t.start)) &&
    tokenize(body, first.end, t.start).every((w) => !/^\p{L}/u.test(w.text) || w.folded === 's' || /^\p{Ll}/u.test(w.text))
  const verb = tokenize(body, first.end, trigger.start).find((t) => /^\p{Ll}/u.test(t.text) && !lexicon.prepositions.has(t.folded) && !lexicon.determiners.has(t.folded) &&
    !ctx.lexicon.adverbs.has(t.folded) && !ctx.lexicon.comitatives.has(t.folded) && (hasPastEnding(ctx.lexicon, t.folded) || !possessed(t)))
  return verb !== undefined && hasPastEnding(ctx.lexicon, verb.folded) && names.some((m) => m.start >= verb.end) ? verb : null
}

/** Lowercase words of an office between a body's name and its holder's (`PTI leader and former federal minister`). */
const AFFILIATION_WORDS = 6

/** `arrested senior PTI leader Sherbaz Niazi`: a name opening the office of a person who is a party says whose office it is, no party. */
function withoutAffiliations (actors: ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  // (no verb between: `Zambia's president has appointed economist Chileshe Mwansa`)
  const verbal = (t: Token): boolean => ctx.lexicon.forms.has(t.folded) || ctx.lexicon.auxiliaries.some((x) => x.words[0] === t.folded)
  const opens = (a: ExtractedActor, holder: ExtractedActor): boolean => {
    if (a.mention === null || holder.mention === null || holder === a || holder.kind !== 'person' || holder.mention.start <= a.mention.end) return false
    const between = tokenize(body, a.mention.end, holder.mention.start)
    return between.length > 0 && between.length <= AFFILIATION_WORDS && between.every((t) => /^\p{Ll}+$/u.test(t.text) && !verbal(t)) && /^\s/u.test(body.slice(a.mention.end)) &&
      ctx.mentions.lexicon.roleWords.has((between.at(-1) as Token).folded)
  }
  return actors.filter((a) => a.kind === 'person' || !actors.some((holder) => opens(a, holder)))
}

/** Characters between a body's description and the name set off after it (`Le parti au pouvoir aux Comores, la`). */
const DESCRIBED_BODY_REACH = 50

/**
 * `Le parti au pouvoir aux Comores, la Convention pour le renouveau des Comores (CRC), a remporté`:
 * a phrase opening on an organisation's noun (the statement lexicon's `organizationWords`: `parti`,
 * `groupe`…) set off by a comma before a named body describes it; the body is the party.
 */
function withoutDescribedBodies (actors: ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const describes = (phrase: ExtractedActor, named: ExtractedActor): boolean => phrase.mention !== null && named.mention !== null &&
    phrase.mention.end <= named.mention.start && named.mention.start - phrase.mention.end <= DESCRIBED_BODY_REACH &&
    /^[^,;:.«»()]*,\s*(?:\p{Ll}+['’]?\s*)?$/u.test(body.slice(phrase.mention.end, named.mention.start))
  return actors.filter((phrase) => !/^\p{Ll}/u.test(phrase.name) || !statement.organizationWords.has(foldedWords(phrase.name)[0] ?? '') ||
    !actors.some((named) => named !== phrase && named.role === phrase.role && /^\p{Lu}/u.test(named.name) && describes(phrase, named)))
}

/**
 * `Le maire de Saillans (Drôme), Philippe Arnaud, a remis sa démission`: an office set off by a comma
 * against its holder's name, before or after it, describes the holder; the holder is the party.
 */
function withoutHeldOffices (actors: ExtractedActor[], body: string): ExtractedActor[] {
  const apposed = (a: Span, b: Span): boolean => a.end <= b.start && /^(?:\s*\([^()]*\))?\s*,\s*$/u.test(body.slice(a.end, b.start))
  return actors.filter((office) => office.mention === null || !/^\p{Ll}/u.test(office.name) || !actors.some((holder) =>
    holder !== office && holder.kind === 'person' && /^\p{Lu}/u.test(holder.name) && holder.mention !== null &&
    (apposed(office.mention as Span, holder.mention as Span) || apposed(holder.mention as Span, office.mention as Span))))
}

/**
 * `lors d'une opération de police`, `a police raid`: the institution (lexicon `institutions`) the
 * event noun's own words name is who carried it out, when its clause names no one acting.
 */
export function agentWithin (trigger: Trigger, ctx: ActorContext): ExtractedActor | null {
  if (trigger.verb || trigger.family.actors === false) return null
  const { body } = ctx.mentions
  const word = tokenize(body, trigger.head.start, trigger.head.end).find((t) => ctx.lexicon.institutions.has(t.folded))
  if (word === undefined) return null
  const actor = resolveActor({ ...spanOf(body, word.start, word.end), type: 'phrase', name: word.text }, 'source', ctx)
  return actor === null ? null : { ...actor, generic: true }
}

/** Characters before a sentence in which a subject pronoun's antecedent is looked for. */
const ANTECEDENT_REACH = 400

/**
 * `Kim Jong Un a précisé … Qualifiant M. Poutine de « meilleur ami », il a salué`: a subject
 * pronoun stands for the last person named before its sentence (a full name, no place, no body),
 * not for a name its own sentence gives before it.
 */
function antecedentOf (sentence: Span, ctx: ActorContext): Mention | null {
  const statement = ctx.mentions.lexicon
  const earlier = mentionsIn(ctx.mentions, Math.max(0, sentence.start - ANTECEDENT_REACH), sentence.start)
  const person = (m: Mention): boolean => (m.type === 'name' || m.type === 'titled') && /\s/.test((m.name ?? m.text).trim()) && placeOf(m, ctx) === null &&
    !foldedWords(m.name ?? m.text).some((w) => statement.organizationWords.has(w)) && !ctx.excluded.some((x) => x.start < m.end && m.start < x.end)
  return earlier.findLast(person) ?? null
}

/** The relative pronoun of possession that opens a clause (`, dont`, `, whose`), and what ends right before its comma. */
const POSSESSIVE_RELATIVE = /,\s+([\p{L}]+)\s*$/u

/** `Putin, whose first visit…`: the name the clause of possession hangs on, or null. */
function possessor (clause: Span, sentence: Span, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const opener = POSSESSIVE_RELATIVE.exec(body.slice(sentence.start, clause.start))
  if (opener === null || !ctx.lexicon.possessiveRelatives.has(foldSameLength(opener[1] as string))) return null
  const comma = sentence.start + opener.index
  const owner = mentionsIn(ctx.mentions, sentence.start, comma).filter((m) => m.type !== 'pronoun').at(-1)
  return owner !== undefined && body.slice(owner.end, comma).trim() === '' ? owner : null
}

/** Words between a comitative and the nationality of the partner it introduces (`avec le secrétaire d'État américain`). */
const PARTNER_WORDS = 5

function partnerWords (body: string, trigger: Span, demonym: Span, ctx: ActorContext): boolean {
  const { between, comitative } = wordsBetween(body, trigger, demonym, ctx)
  return comitative >= 0 && between.length - comitative <= PARTNER_WORDS && !/[,;]/.test(body.slice(trigger.end, demonym.start))
}

/** Words between what an event is aimed at (lexicon `opponents`: `visé`, `targeting`) and the nationality of its target (`un camp de l'armée malienne`). */
const AIMED_WORDS = 6

function aimedAt (body: string, trigger: Span, demonym: Span, ctx: ActorContext): boolean {
  const words = tokenize(body, trigger.end, demonym.start).filter((t) => /\p{L}/u.test(t.text) && !ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end))
  const opponent = words.findLastIndex((t) => ctx.lexicon.opponents.has(t.folded))
  return opponent >= 0 && words.length - opponent - 1 <= AIMED_WORDS && !/[,;:]/.test(body.slice(trigger.end, demonym.start))
}

/** The words from a trigger to a name after it, and where the last comitative among them is (-1: none). */
function wordsBetween (body: string, trigger: Span, mention: Span, ctx: ActorContext): { between: Token[], comitative: number } {
  const between = tokenize(body, trigger.end, mention.start).filter((t) => /\p{L}/u.test(t.text))
  return { between, comitative: between.findLastIndex((t) => ctx.lexicon.comitatives.has(t.folded)) }
}

/** Event types whose parties act together (talks, signings, truces): no one is done to by the others. */
export const SYMMETRIC: ReadonlySet<string> = new Set(['meeting', 'negotiation', 'agreement', 'treaty-signing'])

/**
 * `L'Égypte, le Soudan et l'Éthiopie se sont réunis`, `U.S. and Iranian negotiators held talks`:
 * CAMEO codes a joint event from the first party named (`source`) to the others (`target`), the
 * parties named together before it (not a mediator after it: `talks mediated by Qatar`).
 */
function firstNamedActs (actors: ExtractedActor[], trigger: Span): void {
  const sources = actors.filter((a) => a.role === 'source' && a.mention !== null && a.mention.end <= trigger.start)
    .sort((a, b) => (a.mention as Span).start - (b.mention as Span).start)
  const [first] = sources
  // (`le président américain`: a nationality inside the first party's name is that party)
  const inside = (a: ExtractedActor): boolean => first?.mention != null && a.mention != null && first.mention.start <= a.mention.start && a.mention.end <= first.mention.end
  for (const later of sources.slice(1)) if (!inside(later)) later.role = 'target'
}

/** `Chile's presidential runoff`, not `Belarus's state airline`: an owner whose lowercase words name an event. */
function ownsEvent (body: string, owner: Span, ctx: ActorContext): boolean {
  const owned = OWNED.exec(body.slice(owner.end, owner.end + 60))
  if (owned === null) return false
  return foldedWords(owned[1] as string).some((w) => (ctx.lexicon.forms.get(w) ?? []).some((f) => !f.verb && f.words.length === 1))
}

/** `Kenya's interior minister`, `Ghana's parliament`: an owner, then the lowercase noun it owns. */
const OWNED = /^['’]s((?:\s+\p{Ll}[\p{L}-]*){1,3})/u
/** A name set off by commas after a description, maybe after its determiner (`, the Hawks,`). */
const APPOSED_NAME = /^\s*,\s*(?:\p{Ll}+\s+|\p{Ll}['’])?\p{Lu}[^,]*,/u
/** A name of two or three capitalised words. */
const FULL_NAME = /^,?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u

/**
 * `Kenya's interior minister suspended…`, `Ghana's parliament approved…`: the subject is the
 * office or body the owner has, not the owner. Named as the person the text gives that office
 * elsewhere (`Interior Minister Grace Wanjiru`, `interior minister, Grace Wanjiru`), else as written.
 */
function ownedActor (owner: Mention, trigger: Trigger, role: ActorRole, ctx: ActorContext): ExtractedActor | 'describes' | null {
  const { body } = ctx.mentions
  const owned = OWNED.exec(body.slice(owner.end, trigger.start))
  // (`U.S. officials`: a country's letters are its nationality too, but an owner's in `the UK's competition watchdog`)
  if (owned === null || (ctx.lexicon.demonyms.has(foldSameLength(owner.text)) && !/^[\p{Lu}.]+$/u.test(owner.text))) return null
  // (`South Africa's elite police unit, the Hawks, arrested`: the name set off after it is the party)
  if (APPOSED_NAME.test(body.slice(owner.end + owned[0].length, trigger.start))) return 'describes'
  const words: string[] = []
  // (`Kazakhstan's president accepted the resignation`: a past form after the office's first word is the verb, lexicon `tense.pastEndings`)
  const past = (folded: string): boolean => words.length > 0 && hasPastEnding(ctx.lexicon, folded)
  const written = (owned[1] as string).trim().split(/\s+/)
  // (`Britain's police watchdog`: a trigger's form written whole, not only its first word, `police operation`)
  const form = (k: number): boolean => (ctx.lexicon.forms.get(foldSameLength(written[k] as string)) ?? []).some((f) => f.words.every((w, j) => foldSameLength(written[k + j] ?? '') === w))
  for (const [k, word] of written.entries()) {
    const folded = foldSameLength(word)
    if (ctx.mentions.lexicon.prepositions.has(folded) || ctx.mentions.lexicon.stopwords.has(folded) || ctx.lexicon.adverbs.has(folded) || form(k) || past(folded)) break
    words.push(word)
  }
  if (words.length === 0) return null
  const office = words.join(' ')
  const end = body.indexOf(office, owner.end) + office.length
  const phrase = { start: owner.start, end }
  if (!trigger.verb && body.slice(end, trigger.start).trim() === '') return 'describes'
  const holder = holderOf(body, office)
  if (holder !== null) {
    const person = resolveActor({ ...spanOf(body, holder.start, holder.end), type: 'name', name: body.slice(holder.start, holder.end) }, role, ctx)
    if (person !== null) return { ...person, mention: phrase }
  }
  return { name: body.slice(phrase.start, phrase.end), kind: 'organization', role, mention: phrase }
}

/** The full name written right after an office (`Interior Minister Grace Wanjiru`, `economy minister, Katrin Vogel`) anywhere in the text. */
function holderOf (body: string, office: string): Span | null {
  const folded = foldSameLength(body)
  const wanted = foldSameLength(office)
  for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
    if (at > 0 && /\p{L}/u.test(body.charAt(at - 1))) continue
    const name = FULL_NAME.exec(body.slice(at + wanted.length, at + wanted.length + 60))
    if (name === null) continue
    const start = at + wanted.length + name[0].length - (name[1] as string).length
    return { start, end: start + (name[1] as string).length }
  }
  return null
}

/**
 * `Kenya's Employment and Labour Relations Court`: after a determiner or an owner, a lone
 * capitalised word, a coordinator, then a name ending on an organisation noun are one body's name,
 * not two parties (`Britain and South Korea`: a place is a party of its own).
 */
function coordinatedNames (found: readonly Mention[], ctx: ActorContext): Mention[] {
  const { body } = ctx.mentions
  const mentions = found.flatMap((m) => afterCountry(m, ctx))
  const statement = ctx.mentions.lexicon
  const joined: Mention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const [first, second] = [mentions[i] as Mention, mentions[i + 1]]
    const between = second === undefined ? [] : tokenize(body, first.end, second.start)
    const opens = tokenize(body, Math.max(0, first.start - 20), first.start).filter((t) => t.end <= first.start).at(-1)
    // (`Kenya's Employment`: the owner may be inside the first name)
    const core = first.text.replace(/^.*['’]s\s+/u, '')
    const owned = core !== first.text || /['’]s\s+$/u.test(body.slice(Math.max(0, first.start - 4), first.start))
    if (second !== undefined && first.type === 'name' && second.type === 'name' && !/\s/.test(core) && between.length === 1 &&
      ctx.lexicon.comitatives.has((between[0] as Token).folded) && statement.organizationWords.has(foldedWords(second.text).at(-1) ?? '') &&
      (owned || (opens !== undefined && statement.determiners.has(opens.folded))) && placeOf(first, ctx) === null) {
      joined.push({ ...first, ...spanOf(body, first.start, second.end), name: body.slice(first.start, second.end) })
      i++
    } else joined.push(first)
  }
  return joined
}

/**
 * `German` in `a German court`, `a Dutch appeals court`: a word followed by a lowercase word that is
 * no coordinator describes that word (`describesNoun` would stop at `appeals`, a verb's form too).
 */
function describesNext (mention: Span, ctx: ActorContext): boolean {
  const next = tokenize(ctx.mentions.body, mention.end, Math.min(ctx.mentions.body.length, mention.end + 30))[0]
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !ctx.lexicon.comitatives.has(next.folded)
}

/** `le Quai d'Orsay`, `the White House`: a seat of government of the lexicon's. */
function isSeat (mention: Mention, ctx: ActorContext): boolean {
  return namesPhraseOf(mention, ctx.lexicon.seats, ctx)
}

/** Words of a country's name a capitalised run may open on (`Maroc`, `Corée du Sud`). */
const COUNTRY_WORDS = 3

/**
 * `le roi du Maroc Mohammed VI`: a run of capitalised words that opens on a country's name and
 * goes on with a person's is two mentions, the country (a complement) and the person.
 */
function afterCountry (mention: Mention, ctx: ActorContext): Mention[] {
  if (mention.type !== 'name') return [mention]
  const { body } = ctx.mentions
  const words = tokenize(body, mention.start, mention.end)
  for (let k = Math.min(COUNTRY_WORDS, words.length - 1); k >= 1; k--) {
    const [last, next] = [words[k - 1] as Token, words[k] as Token]
    if (!/^\p{Lu}/u.test(next.text)) continue
    const country: Mention = { ...spanOf(body, mention.start, last.end), type: 'name', name: body.slice(mention.start, last.end) }
    if (placeOf(country, ctx)?.place.kind !== 'country') continue
    // (`U.S. Treasury Department`: a country's body keeps its country)
    if (foldedWords(body.slice(next.start, mention.end)).some((w) => ctx.mentions.lexicon.organizationWords.has(w))) return [mention]
    const person: Mention = { ...spanOf(body, next.start, mention.end), type: 'name', name: body.slice(next.start, mention.end) }
    return [country, person]
  }
  return [mention]
}

/** `Tens`, `Le texte a été paraphé`: words of the lexicon's `notActors` name no party. */
function isNotActor (mention: Mention, ctx: ActorContext): boolean {
  return namesPhraseOf(mention, ctx.lexicon.notActors, ctx)
}

/** A mention whose words, with or without their determiner, are one of `phrases` (folded). */
function namesPhraseOf (mention: Mention, phrases: ReadonlySet<string>, ctx: ActorContext): boolean {
  const words = foldedWords(mention.text)
  return phrases.has(words.join(' ')) || (ctx.mentions.lexicon.determiners.has(words[0] ?? '') && phrases.has(words.slice(1).join(' ')))
}

/**
 * `Adelaide-based`, `Chinese-brokered`: a name joined by a hyphen to a lowercase word is an adjective, no name;
 * not a full name whose given name is written so (`Choi Dong-wook`, `Lin Cheng-hao`), unless its ending says a
 * participle (`Hong Kong-based`, `Sinn Féin-controlled`).
 */
function compoundAdjective (mention: Mention, ctx: ActorContext): boolean {
  if (mention.type !== 'name' || !/-\p{Ll}+$/u.test(mention.text)) return false
  const ending = foldSameLength(mention.text.split('-').at(-1) ?? '')
  const participle = hasPastEnding(ctx.lexicon, ending) || (ctx.lexicon.data.actors?.absoluteEndings ?? []).some((e) => ending.endsWith(e))
  return !/\s/.test(mention.text) || ctx.lexicon.compoundEndings.has(ending) || participle
}

/** `the Tier-1 lender`, `F-16 jets`: a name of letters, a hyphen and a figure right before a lowercase word describes it, no party. */
const modelNumber = (mention: Mention, body: string): boolean => mention.type === 'name' && /^\p{L}+-\d+$/u.test(mention.text) && /^\s+\p{Ll}/u.test(body.slice(mention.end, mention.end + 3))

/** `a Dublin-based lender`, `a Chinese-backed consortium`: a compound adjective by its ending (lexicon `actors.compoundEndings`), no bystander of the event. */
function describingCompound (mention: Mention, ctx: ActorContext): boolean {
  return compoundAdjective(mention, ctx) && ctx.lexicon.compoundEndings.has(foldSameLength(mention.text.split('-').at(-1) ?? ''))
}

/** `Le traité … signé`, `Visite d'État de trois jours…`: an event noun of the lexicon is what happened, not who did it. */
function isEventNoun (body: string, mention: Mention, ctx: ActorContext): boolean {
  const words = tokenize(body, mention.start, mention.end).filter((t) => /\p{L}/u.test(t.text) && !ctx.mentions.lexicon.determiners.has(t.folded))
  const [word] = words
  return word !== undefined && (ctx.lexicon.forms.get(word.folded) ?? []).some((f) => !f.verb && f.words.length === words.length && wordsAt(words, 0, f.words))
}

/** `Collingwood, Ont.,`, `Fresno, Calif.`: an abbreviation set off after a place's name is its state or province, where. */
function stateAbbreviation (body: string, mention: Span): boolean {
  return /^\p{Lu}[\p{L}.]{0,5}$/u.test(body.slice(mention.start, mention.end)) && body[mention.end] === '.' && /\p{L},\s$/u.test(body.slice(Math.max(0, mention.start - 3), mention.start))
}

/** `Cyclone Ravana`, `Storm Bram`, `la tempête Ciarán`: a name opened by the noun of an event nobody does (`actors: false`) is that event, no party. */
function namedDisaster (body: string, mention: Mention, ctx: ActorContext): boolean {
  const words = tokenize(body, mention.start, mention.end).filter((t) => /\p{L}/u.test(t.text) && !ctx.mentions.lexicon.determiners.has(t.folded))
  return mention.type !== 'phrase' && words.length > 1 && (ctx.lexicon.forms.get(words[0]?.folded ?? '') ?? []).some((f) => !f.verb && f.words.length === 1 && f.family.actors === false)
}

/** `L'armée soudanaise et les Forces…` → `L'armée soudanaise`: a phrase stops at `et`, `and`. */
function upToCoordinator (body: string, mention: Mention | null, ctx: ActorContext): Mention | null {
  if (mention === null || mention.type !== 'phrase') return mention
  const cut = tokenize(body, mention.start, mention.end).find((t) => ctx.lexicon.comitatives.has(t.folded))
  return cut === undefined ? mention : { ...mention, ...spanOf(body, mention.start, body.slice(mention.start, cut.start).trimEnd().length + mention.start) }
}

function demonymsIn (body: string, clause: Span, ctx: ActorContext): Mention[] {
  const text = body.slice(clause.start, clause.end)
  return [...text.matchAll(ctx.lexicon.demonym)].map((m) => {
    const start = clause.start + m.index
    return { ...spanOf(body, start, start + m[0].length), type: 'name' as const, name: m[0] }
  })
}

/**
 * The clause an actor and its trigger share: up to punctuation, or a comma and a word that opens
 * another (lexicon `clauseOpeners`). A relative clause set off by commas between the subject and its
 * verb (`Quarante otages, dont onze enfants, ont été relâchés`) is no break: it is the clause's `relative`.
 */
function clauseAround (body: string, sentence: Span, trigger: Trigger, ctx: ActorContext): Span & { relative: Span | null } {
  const before = body.slice(sentence.start, trigger.start)
  const breaks = [...before.matchAll(new RegExp(ctx.lexicon.clauseBreak.source, 'gu'))].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }))
  let relative: Span | null = null
  const last = breaks.at(-1)
  if (last !== undefined) {
    const opener = tokenize(body, last.start, last.end).at(-1)
    const closing = body.lastIndexOf(',', trigger.start)
    const relativeWord = (w: string): boolean => ctx.mentions.lexicon.relativePronouns.has(w) || ctx.lexicon.possessiveRelatives.has(w)
    if (opener !== undefined && relativeWord(opener.folded) && closing >= last.end) {
      relative = { start: last.start, end: closing }
      breaks.pop()
    }
  }
  const after = ctx.lexicon.clauseBreak.exec(body.slice(trigger.end, sentence.end))
  const start = Math.max(breaks.at(-1)?.end ?? sentence.start, completiveAfter(sentence.start, trigger.start, ctx, trigger.verb), trigger.verb ? subordinateAfter(body, sentence.start, trigger.start, ctx) : 0)
  return { start, end: after === null ? sentence.end : trigger.end + after.index, relative }
}

/**
 * `Schools stayed closed on Tuesday after gunmen kidnapped five police officers`: a verb after a
 * subordinating conjunction (lexicon `subordinators`), with no comma between, has its subject after
 * it; the end of the last such conjunction, or `from`.
 */
function subordinateAfter (body: string, from: number, to: number, ctx: ActorContext): number {
  const conjunction = ctx.lexicon.subordinator === null ? undefined : [...body.slice(from, to).matchAll(ctx.lexicon.subordinator)].at(-1)
  // (`After months of talks Kenya signed`: opening the sentence, it is a preposition as often)
  if (conjunction === undefined || body.slice(from, from + conjunction.index).trim() === '') return from
  const end = from + conjunction.index + conjunction[0].length
  // (`said after meeting Putin`: with no word before it, the verb shares the main clause's subject)
  return body.slice(end, to).includes(',') || body.slice(end, to).trim() === '' ? from : end
}

const sayingCache = new WeakMap<object, Set<string>>()
/** The folded forms of the statement lexicon's verbs of saying (`announced`, `a annoncé`), once per lexicon. */
function sayingWords (ctx: ActorContext): Set<string> {
  const { data } = ctx.mentions.lexicon
  let said = sayingCache.get(data)
  if (said === undefined) {
    said = new Set(data.verbs.flatMap((v) => [v.participle, ...v.present]).map(foldSameLength))
    sayingCache.set(data, said)
  }
  return said
}

/**
 * `L'état-major a annoncé que la Corée du Nord avait tiré`: after a verb of saying (the statement
 * lexicon's `verbs`) and its `que`, dates and adverbs aside, a clause of its own opens; the end of
 * its complementizer, or, for a verb's clause, of the verb of saying itself when a name or a count
 * follows it with no complementizer; or `from` when there is neither before `to`.
 */
function completiveAfter (from: number, to: number, ctx: ActorContext, verb: boolean): number {
  const statement = ctx.mentions.lexicon
  const said = sayingWords(ctx)
  const words = tokenize(ctx.mentions.body, from, to).filter((t) => !circumstantial(t, ctx))
  const that = words.findLastIndex((t, k) => statement.data.complementizers.includes(t.text.toLowerCase()) && said.has(words[k - 1]?.folded ?? ''))
  if (that >= 0) return (words[that] as Token).end
  // (`Georgia's Interior Ministry says 43 people have been detained`)
  const bare = verb ? bareCompletive(words, ctx) : undefined
  return bare === undefined ? from : bare.end
}

/** The verb of saying, in lower case, right before a capitalised word or a number, that opens a clause with no complementizer. */
export function bareCompletive (words: readonly Token[], ctx: ActorContext): Token | undefined {
  const said = sayingWords(ctx)
  return words.findLast((t, k) => said.has(t.folded) && /^\p{Ll}/u.test(t.text) && /^(?:\p{Lu}|\d)/u.test(words[k + 1]?.text ?? ''))
}

/** Events whose fronted participle says what was done to its subject (`Interpellé mardi, un homme…`, `Condamné en 2019, l'ancien maire…`). */
const PATIENT_TYPES: ReadonlySet<string> = new Set(['arrest', 'court-ruling', 'appointment', 'sanctions', 'resignation'])

/** True when nothing but the dateline, dates and a determiner comes before `at` in its sentence. */
function opensSentence (sentence: Span, at: number, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  return tokenize(ctx.mentions.body, sentence.start, at)
    .filter((t) => /\p{L}/u.test(t.text) && !statement.determiners.has(t.folded) && !ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end)).length === 0
}

/**
 * `Interpellé mardi dans un appartement de Tourcoing, un homme de 23 ans … a été placé en garde à
 * vue`: a participle with no auxiliary opening its sentence is said of the main clause's subject,
 * the noun phrase or name right after the first comma.
 */
function frontedSubject (trigger: Trigger, sentence: Span, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const comma = body.indexOf(',', trigger.end)
  // (a past participle by its ending, lexicon `actors.participleEndings`: `Shelling by the RSF killed…` is a noun)
  const participle = (ctx.lexicon.data.actors?.participleEndings ?? []).some((e) => body.slice(trigger.head.start, trigger.head.end).endsWith(e))
  if (!participle || trigger.start !== trigger.head.start || !opensSentence(sentence, trigger.start, ctx) || comma < 0 || comma >= sentence.end) return null
  const next = tokenize(body, comma + 1, sentence.end)[0]
  if (next === undefined) return null
  const named = mentionsIn(ctx.mentions, comma + 1, sentence.end)[0]
  if (named !== undefined && named.start === next.start && named.type !== 'pronoun') return named
  return phraseFrom(ctx.mentions, next.start, sentence.end, AGENT_WORDS)
}

/**
 * `Cessez-le-feu à la frontière afghano-pakistanaise : Islamabad et Kaboul se sont engagés…`,
 * `Mise en examen de l'ancien maire : Gérard Lhermitte a été présenté…`: an event noun opening its
 * sentence (past the dateline) before a colon is told by the clause after the colon; the names of that
 * clause's subject, up to its first verb, are the noun's parties.
 */
function subjectAfterColon (trigger: Trigger, sentence: Span, ctx: ActorContext): Mention[] {
  const { body } = ctx.mentions
  const colon = body.indexOf(':', trigger.end)
  if (trigger.verb || !opensSentence(sentence, trigger.start, ctx) || colon < 0 || colon >= sentence.end) return []
  const verb = firstVerbal(tokenize(body, colon + 1, sentence.end), ctx)
  if (verb === undefined) return []
  return coordinatedNames(mentionsIn(ctx.mentions, colon + 1, verb.start), ctx)
    .filter((m) => m.type !== 'pronoun' && !ctx.excluded.some((x) => x.start < m.end && m.start < x.end) && !isNotActor(m, ctx) && !aside(body, m, ctx))
}

/** Characters a bracket around a mention is looked for on either side. */
const BRACKET_REACH = 60

/** `(FSR)` after its name, `selon les sources`, `according to Reuters`, `au stade Vélodrome`: no party to the event. */
function aside (body: string, mention: Span, ctx: ActorContext): boolean {
  // (`(GSIM, ou JNIM selon son acronyme arabe)`: anything in a bracket)
  if (/\([^()]*$/.test(body.slice(Math.max(0, mention.start - BRACKET_REACH), mention.start)) && /^[^()]*\)/.test(body.slice(mention.end, mention.end + BRACKET_REACH))) return true
  // (`l'exercice « Iron Wolf Shield »`, `dit « Gwo Dan »`: a name in quote marks after a word of calling, lexicon `actors.calling`, is what something is called)
  const quoted = /«\s*$/u.test(body.slice(Math.max(0, mention.start - 3), mention.start)) && /^\s*»/u.test(body.slice(mention.end, mention.end + 3))
  if (quoted && (ctx.lexicon.data.actors?.calling ?? []).map(foldSameLength).includes(tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => /\p{L}/u.test(t.text)).at(-1)?.folded ?? '')) return true
  const statement = ctx.mentions.lexicon
  const word = wordBefore(body, mention, ctx)
  if (statement.sourcePrepositions.has(word) || ctx.lexicon.venues.has(word)) return true
  statement.according.lastIndex = 0
  const window = body.slice(Math.max(0, mention.start - 20), mention.start)
  if ([...window.matchAll(statement.according)].some((m) => window.slice(m.index + m[0].length).trim().split(/\s+/).length <= 2)) return true
  // (`According to Kalat Deputy Commissioner Jamil Ahmed Baloch, around 20 militants … attacked`: a source's name after its title, up to the clause's comma)
  statement.according.lastIndex = 0
  const clause = body.slice(Math.max(0, mention.start - ACCORDING_REACH), mention.start)
  return [...clause.matchAll(statement.according)].some((m) => {
    const words = clause.slice(m.index + m[0].length)
    return !/[,;:.()]/.test(words) && words.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
  })
}

/** Characters before a name within which `according to` may open the clause naming it as a source. */
const ACCORDING_REACH = 80

/**
 * `Conservative former senator Tomás Arancibia`, `Czech teenager Klara Novakova`: a capitalised
 * word a few lowercase words before a name describes it.
 */
function withoutModifiers (body: string, ctx: ActorContext, mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1]
    if (next === undefined || /\s/.test(m.text)) return true
    const between = body.slice(m.end, next.start)
    const words = between.trim().split(/\s+/).filter((w) => w !== '')
    // (`Poutine et Kim Jong Un`: two names joined are two parties; `from Egypt and Qatar in Cairo`: so are two names a preposition other than a genitive parts)
    return !(/^[\s\p{Ll}'’-]*$/u.test(between) && words.length <= 3 && !words.some((w) => ctx.lexicon.comitatives.has(foldSameLength(w)) || (ctx.mentions.lexicon.prepositions.has(foldSameLength(w)) && !ctx.mentions.lexicon.genitives.has(foldSameLength(w)))))
  })
}

function modifiesName (body: string, demonym: Span, names: readonly Mention[], ctx: ActorContext): boolean {
  return names.some((n) => {
    if (n.start < demonym.end || ctx.lexicon.demonyms.has(foldSameLength(n.text))) return false
    const between = tokenize(body, demonym.end, n.start)
    return between.length <= 1 && !between.some((t) => ctx.lexicon.comitatives.has(t.folded) || ctx.mentions.lexicon.prepositions.has(t.folded))
  })
}

/**
 * `Suspected rebels killed…`, `Unidentified gunmen opened fire`: a lone capitalised word opening
 * the sentence right before a noun of the lexicon's generic actors describes it; the actor is both.
 */
function describingGeneric (mention: Mention, sentence: Span, ctx: ActorContext): Mention {
  const { body } = ctx.mentions
  if (mention.type !== 'name' || /\s/.test(mention.text) || body.slice(sentence.start, mention.start).trim() !== '') return mention
  const words = tokenize(body, mention.end, Math.min(body.length, mention.end + 40)).slice(0, GENERIC_WORDS)
  // (`Bangladeshi garment workers clashed`, `Kenyan nurses went on strike`: or, a word on, a plural of people)
  const noun = words.findIndex((t) => ctx.lexicon.genericActors.has(t.folded) || pluralOfPeople(t.folded, ctx))
  const next = words[noun]
  if (next === undefined || (noun > 0 && !pluralOfPeople(next.folded, ctx)) || !words.slice(0, noun + 1).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) ||
    !/^[\s\p{Ll}-]+$/u.test(body.slice(mention.end, next.start))) return mention
  return { ...spanOf(body, mention.start, next.end), type: 'phrase', name: body.slice(mention.start, next.end) }
}

/** Lowercase words from a nationality to the plural of people it describes (`Bangladeshi garment workers`). */
const GENERIC_WORDS = 2

/** A plural of people (`nurses`, `workers`): lexicon `actors.memberNouns`, the plurals of `actors.people`, the statement lexicon's group nouns. */
export function pluralOfPeople (folded: string, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  return ctx.lexicon.memberNouns.has(folded) || (statement.data.groupNouns ?? []).includes(folded) ||
    (statement.data.pluralSuffixes ?? []).some((suffix) => folded.endsWith(suffix) && ctx.lexicon.people.has(folded.slice(0, -suffix.length)))
}

/** Words between a trigger and the agent's preposition (`a été condamné mardi à deux ans de prison avec sursis par`). */
const AGENT_WITHIN = 12
/** Words after a trial's trigger within which its court's preposition is looked for (`devant`, `before`). */
const COURT_WITHIN = 24
/** Words of an unnamed agent (`la cour d'appel de Dakar`). */
const AGENT_WORDS = 6

/** The noun phrase, opening on a determiner or a count (`par quelque 250 agriculteurs`), right after the first agent preposition (`par`, `by`) of the trigger's clause. */
function unnamedAgent (trigger: Span, clause: Span, ctx: ActorContext): Mention | null {
  const phrase = phraseAfterFirst(ctx.lexicon.agents, trigger, clause, ctx)
  if (phrase !== null) return phrase
  const agent = tokenize(ctx.mentions.body, trigger.end, clause.end).slice(0, AGENT_WITHIN + 1).find((t) => ctx.lexicon.agents.has(t.folded))
  return agent === undefined ? null : counted(ctx.mentions.body, agent.end, clause.end, ctx)
}

/** Lowercase words between an operation noun and the `de` of its institution (`opération antidrogue de`). */
const OPERATION_ADJECTIVES = 2

/**
 * `lors d'une opération antidrogue de la police fédérale`, `in a raid by the border police`: after a
 * passive verb, the noun phrase an operation noun (lexicon `actors.operations`) takes as its complement,
 * when it names an institution (lexicon `actors.institutions`), carried it out.
 */
function operationOf (trigger: Span, clause: Span, ctx: ActorContext): Mention | null {
  const operations = ctx.lexicon.operations
  const words = tokenize(ctx.mentions.body, trigger.end, clause.end)
  const at = words.findIndex((_, i) => operations.some((o) => wordsAt(words, i, o)))
  const operation = at < 0 ? undefined : operations.find((o) => wordsAt(words, at, o))
  if (operation === undefined) return null
  const rest = words.slice(at + operation.length)
  const of = rest.findIndex((t) => ctx.mentions.lexicon.genitives.has(t.folded) || ctx.lexicon.agents.has(t.folded))
  const next = rest[of + 1]
  if (of < 0 || of > OPERATION_ADJECTIVES || next === undefined || rest.slice(0, of).some((t) => !/^\p{Ll}+$/u.test(t.text))) return null
  // (`du GIGN`: a genitive that is its determiner too opens the phrase)
  const joint = rest[of] as Token
  const opening = ctx.mentions.lexicon.genitives.has(joint.folded) && ctx.mentions.lexicon.determiners.has(joint.folded) ? joint : next
  const phrase = phraseFrom(ctx.mentions, opening.start, clause.end, AGENT_WORDS)
  return phrase !== null && foldedWords(phrase.text).some((w) => ctx.lexicon.institutions.has(w)) ? phrase : null
}

/** The court named after the first of the lexicon's court prepositions in the trigger's clause (`devant le tribunal`, `before the High Court`). */
function courtBefore (trigger: Span, clause: Span, ctx: ActorContext): Mention | null {
  // (`Le procès d'un ancien directeur d'établissement … s'est ouvert lundi devant le tribunal`: past a long description of who is tried)
  const phrase = phraseAfterFirst(ctx.lexicon.courtPrepositions, trigger, clause, ctx, COURT_WITHIN)
  return phrase !== null && foldedWords(phrase.text).some((w) => ctx.lexicon.courtNouns.has(w)) ? phrase : null
}

/** The noun phrase right after the first of `prepositions` within the words after the trigger in its clause. */
function phraseAfterFirst (prepositions: ReadonlySet<string>, trigger: Span, clause: Span, ctx: ActorContext, within = AGENT_WITHIN): Mention | null {
  const words = tokenize(ctx.mentions.body, trigger.end, clause.end).slice(0, within + 1)
  const at = words.findIndex((t) => prepositions.has(t.folded))
  const next = words[at + 1]
  return at < 0 || next === undefined ? null : phraseFrom(ctx.mentions, next.start, clause.end, AGENT_WORDS)
}

/** Events whose noun's complement is who takes part in them (`la grève des contrôleurs`, `la marche des enseignants`). */
const WALKOUTS: ReadonlySet<string> = new Set(['strike', 'protest'])
/** Adjectives an event noun may take before its complement (`la grève illimitée des contrôleurs`). */
const COMPLEMENT_ADJECTIVES = 2

/** The noun phrase of an event noun's complement (`des contrôleurs`, `de trois militants`), past up to two adjectives. */
function complementPhrase (trigger: Span, clause: Span, ctx: ActorContext): Mention | null {
  const statement = ctx.mentions.lexicon
  const words = tokenize(ctx.mentions.body, trigger.end, clause.end)
  const at = words.findIndex((t) => statement.genitives.has(t.folded))
  if (at < 0 || at > COMPLEMENT_ADJECTIVES || words.slice(0, at).some((t) => !/^\p{Ll}+$/u.test(t.text))) return null
  const genitive = words[at] as Token
  const opening = statement.determiners.has(genitive.folded) ? genitive : words[at + 1]
  return opening === undefined ? null : phraseFrom(ctx.mentions, opening.start, clause.end, AGENT_WORDS)
}

/** Lowercase words a workforce's employer may come after (`de l'usine`, `de la raffinerie`), determiners aside. */
const WORKPLACE_WORDS = 1

/**
 * `Les salariés de l'usine Renault Trucks de Vénissieux`, `les agents de la SNCF`: the first name a
 * workforce noun (lexicon `actors.workers`) takes as its complement, past a workplace noun, and the
 * workforce's phrase up to it.
 */
function employerIn (clause: Span, ctx: ActorContext): { name: Mention, workforce: Mention } | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const workers = new Set((ctx.lexicon.data.actors?.workers ?? []).map(foldSameLength))
  const tokens = tokenize(body, clause.start, clause.end)
  for (const [i, t] of tokens.entries()) {
    if (!workers.has(t.folded) || !statement.genitives.has(tokens[i + 1]?.folded ?? '')) continue
    const name = mentionsIn(ctx.mentions, (tokens[i + 1] as Token).end, clause.end)[0]
    if (name === undefined || name.type !== 'name') continue
    const between = tokenize(body, (tokens[i + 1] as Token).end, name.start).filter((w) => !statement.determiners.has(w.folded))
    if (between.length > WORKPLACE_WORDS || between.some((w) => !/^\p{Ll}+$/u.test(w.text) || ctx.lexicon.forms.has(w.folded))) continue
    const determiner = tokens[i - 1]
    const start = determiner !== undefined && statement.determiners.has(determiner.folded) ? determiner.start : t.start
    return { name, workforce: { ...spanOf(body, start, name.end), type: 'phrase', name: body.slice(start, name.end) } }
  }
  return null
}

/** Words between an event and the partner after its comitative (`avec`, `entre`); for a joint event's noun, past its object. */
const PARTNER_REACH = 8
const JOINT_PARTNER_WORDS = 14

/** Words of an unnamed party after `et`, `and` (`des hommes armés`). */
const PARTY_WORDS = 4

/**
 * `des affrontements entre l'armée libanaise et des hommes armés`, `clashes between troops and
 * armed men`: after an event noun and the comitative that opens its complement, the noun phrase
 * after the next coordinator is a party too, named or not; with no coordinator, the noun phrase
 * right after the comitative is (`affrontements avec des manifestants`).
 */
function secondParty (trigger: Span, clause: Span, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const words = tokenize(body, trigger.end, clause.end)
  const [opener] = words
  if (opener === undefined || !ctx.lexicon.comitatives.has(opener.folded)) return null
  // (`affrontements avec des manifestants`: with no coordinator, the phrase right after the comitative)
  const and = words.findIndex((t, k) => k > 1 && ctx.lexicon.comitatives.has(t.folded))
  const next = words[and < 0 ? 1 : and + 1]
  if (next === undefined || /[,;]/.test(body.slice(trigger.end, next.start))) return null
  return phraseFrom(ctx.mentions, next.start, clause.end, PARTY_WORDS)
}

/** `Reprise des pourparlers`: a word right before the event noun, joined to it by a genitive. */
function headsTrigger (body: string, mention: Span, trigger: Span, ctx: ActorContext): boolean {
  const between = tokenize(body, mention.end, trigger.start)
  return mention.end <= trigger.start && between.length === 1 && ctx.mentions.lexicon.genitives.has((between[0] as Token).folded)
}

/** The folded capitalised words (no acronym) written right after a mention, before any other word (`Grand Prix` after `Singapore`). */
function capitalisedAfter (body: string, mention: Span): string[] {
  const words = /^(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)+/u.exec(body.slice(mention.end, mention.end + 60))?.[0] ?? ''
  return foldedWords(words)
}

/** `le village de Mabasele`, `la localité de Kimbi`: a name right after a place noun and its `de` is a place the gazetteer may not know, no party. */
function afterPlaceNoun (body: string, mention: Span, ctx: ActorContext): boolean {
  const before = tokenize(body, Math.max(0, mention.start - 60), mention.start).filter((t) => t.end <= mention.start)
  // (`parts of England and Wales`: a name joined to one after the place noun too)
  const joined = before.length - 1 - before.slice(0, -1).reverse().findIndex((t) => !/^\p{Lu}/u.test(t.text))
  if (ctx.mentions.lexicon.conjunctions.has(before.at(-1)?.folded ?? '') && joined > 1 && joined < before.length - 1) before.splice(joined)
  const [noun, genitive] = before.slice(-2)
  return noun !== undefined && genitive !== undefined && /^\p{Ll}/u.test(noun.text) && ctx.lexicon.placeNouns.has(noun.folded) && ctx.mentions.lexicon.genitives.has(genitive.folded)
}

/** `the northeastern city of Kharkiv`, `la ville de Goma`: a phrase of a place noun and its place's name is where, no party. */
function placePhrase (body: string, mention: Mention, ctx: ActorContext): boolean {
  if (mention.type !== 'phrase') return false
  const tokens = tokenize(body, mention.start, mention.end)
  return tokens.some((t, k) => /^\p{Ll}/u.test(t.text) && ctx.lexicon.placeNouns.has(t.folded) && ctx.mentions.lexicon.genitives.has(tokens[k + 1]?.folded ?? ''))
}

/**
 * `a former United Nations envoy`: a name between an indefinite determiner and a role noun says what someone unnamed is, no party;
 * so does one a capitalised adjective opens (`Former Arequipa mayor Rosa Huamán`).
 */
function describesSomeone (body: string, mention: Span, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  // (`A former Illinois state senator`: a lowercase word or two may come before the role word)
  const after = tokenize(body, mention.end, Math.min(body.length, mention.end + 40)).slice(0, DESCRIBING_NOUNS)
  // (`A Dublin man`: or a word of the people an event befalls)
  const role = after.findIndex((t) => /^\p{Ll}/u.test(t.text) && (statement.roleWords.has(t.folded) || ctx.lexicon.companyNouns.has(t.folded) || ctx.lexicon.bystanders.has(t.folded)))
  if (role < 0 || !/^\s+$/u.test(body.slice(mention.end, (after[0] as Token).start)) || !after.slice(0, role).every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !ctx.lexicon.auxiliaries.some((a) => a.words[0] === t.folded))) return false
  const before = tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => t.end <= mention.start).slice(-2)
  // (`resigned as Northern Ireland secretary`: after a word of capacity, lexicon `actors.capacity`, too)
  const capacity = ctx.lexicon.capacity.has(before.at(-1)?.folded ?? '')
  return capacity || before.some((t) => (statement.data.indefiniteDeterminers ?? []).includes(t.folded)) || ctx.lexicon.nounAdjectives.has(foldedWords(body.slice(mention.start, mention.end))[0] ?? '')
}

/** Lowercase words after a nationality in an apposition (`, the Dutch specialty chemicals maker,`). */
const APPOSED_WORDS = 4

/** `Vantera NV, the Dutch specialty chemicals maker, agreed`: a nationality opening an apposition of lowercase nouns says who the name before it is. */
function apposedNationality (body: string, mention: Span, ctx: ActorContext): boolean {
  if (!ctx.lexicon.demonyms.has(foldSameLength(body.slice(mention.start, mention.end)))) return false
  const before = tokenize(body, Math.max(0, mention.start - 10), mention.start).filter((t) => t.end <= mention.start).slice(-2)
  if (before[0]?.text !== ',' || !ctx.mentions.lexicon.determiners.has(before[1]?.folded ?? '')) return false
  const after = tokenize(body, mention.end, Math.min(body.length, mention.end + 60))
  const comma = after.findIndex((t) => t.text === ',')
  return comma >= 1 && comma <= APPOSED_WORDS && after.slice(0, comma).every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text))
}

/** `Nigeria's Kaduna state`, `in Sofala province`: a name before a place noun in lower case is the place, unless the noun heads a body's name (`Kaduna state government`). */
function beforePlaceNoun (body: string, mention: Span, ctx: ActorContext): boolean {
  const [noun, next] = tokenize(body, mention.end, Math.min(body.length, mention.end + 40))
  const statement = ctx.mentions.lexicon
  return noun !== undefined && /^\s+$/u.test(body.slice(mention.end, noun.start)) && /^\p{Ll}/u.test(noun.text) && ctx.lexicon.placeNouns.has(noun.folded) &&
    !(next !== undefined && (statement.organizationWords.has(next.folded) || statement.roleWords.has(next.folded)))
}

/** A noun's actor written right before it (`Boeing strike`, `la grève SNCF`): at most a word between. */
function adjacent (body: string, mention: Span, trigger: Span): boolean {
  return tokenize(body, mention.end, trigger.start).length <= 1
}

/** `a vu sa condamnation confirmée`, `had his conviction overturned`: the subject undergoes the event noun after the lexicon's `undergone` words (`a vu jeudi sa`: past a day's words). */
function undergone (trigger: Trigger, ctx: ActorContext): boolean {
  if (trigger.verb) return false
  const before = tokenize(ctx.mentions.body, Math.max(0, trigger.start - 45), trigger.start).filter((t) => t.end <= trigger.start && !ctx.mentions.lexicon.timeWords.has(t.folded))
  return (ctx.lexicon.data.actors?.undergone ?? []).some((w) => {
    const words = foldedWords(w)
    return wordsAt(before, before.length - words.length, words)
  })
}

/** The word before a mention, skipping a determiner (`avec la Chine` → `avec`). */
function wordBefore (body: string, mention: Span, ctx: ActorContext, pastDeterminer = true): string {
  const statement = ctx.mentions.lexicon
  const preceding = tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => t.end <= mention.start && /\p{L}/u.test(t.text))
  // (`with visiting Chinese Vice Premier Liu Zhenhua`: past an adjective a noun takes after `with`, lexicon `nounAdjectives`)
  const adjective = preceding.at(-1) !== undefined && ctx.lexicon.nounAdjectives.has((preceding.at(-1) as Token).folded) && ctx.lexicon.comitatives.has(preceding.at(-2)?.folded ?? '')
  const skipped = adjective ? preceding.slice(0, -1) : preceding
  let previous = skipped.at(-1)
  if (pastDeterminer && previous !== undefined && statement.determiners.has(previous.folded) && !statement.prepositions.has(previous.folded)) previous = skipped.at(-2)
  return previous?.folded ?? ''
}

/** `les accusations de Washington`, `Beijing's demands`: a place named as the author of what is said (lexicon `actors.utterances`). */
function utters (body: string, place: Span, ctx: ActorContext): boolean {
  const preceding = tokenize(body, Math.max(0, place.start - 40), place.start).filter((t) => t.end <= place.start && /\p{L}/u.test(t.text))
  const genitive = preceding.findLastIndex((t) => ctx.mentions.lexicon.genitives.has(t.folded))
  const words = preceding.slice(genitive + 1).filter((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  return genitive > 0 && words.length === 0 && ctx.lexicon.utterances.has((preceding[genitive - 1] as Token).folded)
}

/** `par les gendarmes`, `by police`: a mention introduced as a passive's or an event noun's agent. */
export function isAgent (mention: Span, ctx: ActorContext): boolean {
  return ctx.lexicon.agents.has(wordBefore(ctx.mentions.body, mention, ctx))
}

/** Lowercase words of a description set before a name (`la compagnie indienne`). */
const DESCRIPTION_BEFORE_NAME = 3

/**
 * `avec la compagnie indienne IndiGo`, `de la société danoise Ørsted`: the comitative or genitive that opens a
 * determiner and a short lowercase description (no office: `l'ambassadeur d'Iran`) right before the name.
 */
function describedAfter (body: string, between: readonly Token[], mention: Span, ctx: ActorContext): string | null {
  const statement = ctx.mentions.lexicon
  const at = between.findLastIndex((t) => ctx.lexicon.comitatives.has(t.folded) || statement.genitives.has(t.folded))
  const opener = between[at]
  const [determiner, ...description] = between.slice(at + 1)
  if (opener === undefined || determiner === undefined || !statement.determiners.has(determiner.folded) || statement.genitives.has(determiner.folded) ||
    description.length === 0 || description.length > DESCRIPTION_BEFORE_NAME || /[,;:()]/.test(body.slice(opener.end, mention.start))) return null
  return description.every((t) => /^\p{Ll}/u.test(t.text) && !statement.determiners.has(t.folded) && !statement.prepositions.has(t.folded) && !statement.roleWords.has(t.folded)) ? opener.folded : null
}

/** Words of a title between an agent's preposition and its name (`par le roi`, `by Prime Minister`). */
const AGENT_TITLE_WORDS = 4
/** Words of an agent's title a comma sets its name after (`par le ministre indonésien de l'Économie, Budi Santoso`). */
const APPOSED_TITLE_WORDS = 8
/** Words of the names coordinated after an agent's title before the one at hand (`Leila Benali et`). */
const APPOSED_NAME_WORDS = 6

/** Words from the word an event is done against to the country its goods come from (`on industrial sewing machines from China`). */
const ORIGIN_WORDS = 8

/** `imposed duties … on industrial sewing machines from China`: a word the event is done against, a few words before `place`. */
function fromGoods (body: string, trigger: Trigger, place: Span): boolean {
  const between = tokenize(body, trigger.end, place.start)
  const at = between.findLastIndex((t) => trigger.family.against?.includes(t.folded) === true)
  return at >= 0 && between.length - at <= ORIGIN_WORDS
}

function roleAfter (mention: Mention, trigger: Trigger, ctx: ActorContext): ActorRole | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const { between, comitative } = wordsBetween(body, trigger, mention, ctx)
  // (`avec la compagnie indienne IndiGo`, `le rachat de la société danoise Ørsted`: a name after its description stands where the description does)
  const described = describedAfter(body, between, mention, ctx)
  const word = described ?? wordBefore(body, mention, ctx)
  // the agent of a passive acts (`a été arrêté par la police`, `par le roi Mohammed VI`); after an active verb, `by` begins another clause
  if (ctx.lexicon.agents.has(word)) {
    // (`air strikes on two sites used by Kataib Hezbollah`: the agent of a participle describing the object owns what was struck)
    const describing = between[between.findLastIndex((t) => ctx.lexicon.agents.has(t.folded)) - 1]
    const endings = ctx.lexicon.data.actors?.participleEndings ?? []
    if (describing !== undefined && describing !== between[0] && /^\p{Ll}/u.test(describing.text) && endings.some((e) => describing.folded.endsWith(foldSameLength(e)))) {
      return VICTIMS.has(trigger.family.type) ? 'target' : null
    }
    return trigger.passive || !trigger.verb ? 'source' : null
  }
  const agent = between.findLastIndex((t) => ctx.lexicon.agents.has(t.folded))
  const title = between.slice(agent + 1)
  if (trigger.passive && agent >= 0 && title.length <= AGENT_TITLE_WORDS && title.every((t) => /^\p{Ll}/u.test(t.text) && !statement.prepositions.has(t.folded))) return 'source'
  // `par les enquêteurs de l'Office central…`, `by officers of the Anti-Corruption Commission`: the body whose members acted
  if (agent >= 0 && (trigger.passive || !trigger.verb) && membersOf(title, ctx)) return 'source'
  // `a été paraphé par le commissaire européen au Commerce, Matteo Ferrante`: the name set after the agent's title
  // (`par les ministres de l'Énergie, Leila Benali et Mohamed Ould Khalifa`: and each name coordinated after it)
  const apposed = agent < 0 ? null : /^[^,;]*,(.*)$/su.exec(body.slice((between[agent] as Token).end, mention.start))?.[1]
  const coordinated = apposed != null && tokenize(apposed, 0, apposed.length).every((t) => /^\p{Lu}/u.test(t.text) || t.text === ',' || ctx.lexicon.comitatives.has(t.folded))
  if (trigger.passive && title.length <= APPOSED_TITLE_WORDS + APPOSED_NAME_WORDS && coordinated) return 'source'
  // (`Signature, mercredi à Rabat, d'un contrat de 2,4 milliards de dirhams entre X et Y`: a joint event's noun reaches further, past its object)
  const reach = SYMMETRIC.has(trigger.family.type) ? JOINT_PARTNER_WORDS : PARTNER_REACH
  if (ctx.lexicon.comitatives.has(word) && between.length <= reach) return absolute(mention, ctx) ? null : 'target'
  // `frappes contre des positions du Hezbollah`, `sanctions against Russia`: who it is done against
  const opponent = between.findLastIndex((t) => ctx.lexicon.opponents.has(t.folded) || trigger.family.against?.includes(t.folded) === true)
  // (`contre le ministre des Mines, Patrice Lukusa Ilunga`: the complement of an office describes it; the name apposed to it is the target)
  const office = opponent >= 0 && between.slice(opponent + 1).some((t) => statement.roleWords.has(t.folded))
  // (`a win over Galway at Croke Park`: not past the name it was done against and a preposition, which opens where or when; `en battant en finale l'Américain Ethan Brooks` is)
  const aimed = between.slice(opponent + 1)
  // (`…, halting flights at Aeroparque`: nor past a comma before a present participle (lexicon `actors.absoluteEndings`), which opens a clause of its own)
  const endings = ctx.lexicon.data.actors?.absoluteEndings ?? []
  const participle = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && t.text.length > 4 && endings.some((e) => t.folded.endsWith(e)) && /,\s*$/.test(body.slice(trigger.end, t.start))
  const elsewhere = between.slice(0, Math.max(opponent, 0)).some(participle) || aimed.some((t, k) => statement.prepositions.has(t.folded) && !statement.genitives.has(t.folded) && aimed.slice(0, k).some((n) => /^\p{Lu}/u.test(n.text)))
  if (opponent >= 0 && between.length - opponent <= 4 && !(office && statement.genitives.has(word)) && !elsewhere) return 'target'
  // (`duties of up to 58 percent on industrial sewing machines from China`: the country the goods it is done against come from)
  if ((ctx.lexicon.data.actors?.origins ?? []).includes(word) && fromGoods(body, trigger, mention) && placeOf(mention, ctx)?.place.kind === 'country') return 'target'
  if (office && between.length - opponent <= 6 && /,\s*$/.test(body.slice(trigger.end, mention.start))) return 'target'
  // `avec son homologue chinois, Wang Lixin`: the name in apposition to the co-actor's description
  if (comitative >= 0 && between.length - comitative <= 6 && /,\s*$/.test(body.slice(trigger.end, mention.start))) return 'target'
  // (`avec son homologue chinois Wang Yi`, `with his Chinese counterpart Wang Yi`: so is the name right after a counterpart, with no comma)
  const partner = between.slice(comitative + 1)
  if (comitative >= 0 && between.length - comitative <= PARTNER_WORDS && partner.some((t) => ctx.lexicon.counterparts.has(t.folded)) &&
    partner.every((t) => /^\p{Ll}/u.test(t.text) || ctx.lexicon.demonyms.has(t.folded)) && !/[,;:]/.test(body.slice(trigger.end, mention.start))) return 'target'
  // (`l'expulsion de l'imam Mahjoubi`, `la visite du président Lula`: so is the name after its complement's title, `l'ancien diplomate`)
  const [genitive, ...complement] = between.filter((t) => (!statement.determiners.has(t.folded) || statement.genitives.has(t.folded)) && !ctx.lexicon.nounAdjectives.has(t.folded))
  const titled = genitive !== undefined && statement.genitives.has(genitive.folded) && complement.length === 1 && /^\p{Ll}/u.test(complement[0]?.text ?? '') && !statement.prepositions.has(complement[0]?.folded ?? '') &&
    !/[,;:]/.test(body.slice(trigger.end, mention.start))
  // (`Visite surprise, mardi, de Katrin Albers`: a date between is no word of the noun's)
  const close = between.filter((t) => !circumstantial(t, ctx)).length
  if (!trigger.verb && ((statement.genitives.has(word) && (close <= 2 || (described !== null && trigger.family.undergoer === true))) || (titled && between.length <= 4))) {
    return trigger.family.undergoer === true ? 'target' : 'source'
  }
  // the object right after the verb (`a nommé Jean Dupont`, `attacked Kharkiv`), not the subject of the next clause (`démissionne, Claire Jaouen lui succède`)
  if (trigger.verb && !trigger.passive && between.length <= 3 && !between.some((t) => statement.prepositions.has(t.folded)) &&
    !/[,;:]/.test(body.slice(trigger.end, mention.start))) return 'target'
  // `a frappé dans la nuit des positions du Hezbollah`, `a reçu les représentants du syndicat`: the owner of the verb's object
  if (trigger.verb && !trigger.passive && ownsObject(body, trigger, mention, ctx)) return 'target'
  return null
}

/**
 * The words between an active verb and a name, dates and adverbs aside, are an object and its genitive
 * (`des positions du`); not an office, whose complement says whose office it is (`l'ambassadeur d'Iran`, `the mayor of Sisli`).
 */
function ownsObject (body: string, trigger: Span, mention: Span, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  if (/[,;:]/.test(body.slice(trigger.end, mention.start))) return false
  const words = tokenize(body, trigger.end, mention.start)
    .filter((t) => /\p{L}/u.test(t.text) && !ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end) && !ctx.lexicon.adverbs.has(t.folded))
  const [determiner, noun, genitive, last] = words
  return (words.length === 3 || (words.length === 4 && last !== undefined && statement.determiners.has(last.folded))) &&
    determiner !== undefined && statement.determiners.has(determiner.folded) && noun !== undefined && /^\p{Ll}/u.test(noun.text) &&
    !statement.prepositions.has(noun.folded) && !statement.roleWords.has(noun.folded) && genitive !== undefined && statement.genitives.has(genitive.folded)
}

/**
 * `les enquêteurs de l'`, `officers of the`: the words between an agent's preposition and a body's
 * name are a determiner, a noun of the lexicon's generic actors (members of a body: `policiers`,
 * `investigators`), then `de`/`of` and a determiner: the members stand for their body.
 */
function membersOf (title: readonly Token[], ctx: ActorContext, nouns: ReadonlySet<string> = ctx.lexicon.genericActors, from = false): boolean {
  const statement = ctx.mentions.lexicon
  const words = title.filter((t) => !statement.determiners.has(t.folded) || statement.genitives.has(t.folded))
  const [noun, genitive] = words
  return words.length === 2 && noun !== undefined && genitive !== undefined && nouns.has(noun.folded) &&
    (statement.genitives.has(genitive.folded) || (from && (ctx.lexicon.data.actors?.origins ?? []).includes(genitive.folded)))
}

/** `Members of the National Union of Teachers went on strike`: a body's name after its members' noun (lexicon `actors.memberNouns`) and `of` is who acts. */
function ofMembers (body: string, mention: Span, ctx: ActorContext): boolean {
  const before = tokenize(body, Math.max(0, mention.start - 40), mention.start).filter((t) => t.end <= mention.start).slice(-3)
  const at = before.findLastIndex((t) => ctx.lexicon.memberNouns.has(t.folded))
  return (at >= 0 && membersOf(before.slice(at), ctx, ctx.lexicon.memberNouns)) || seatedIn(mention, ctx)
}

/** `Lawmakers in Kenya's National Assembly`, `Councillors at Leeds City Council`: the assembly its members sit in (lexicon `actors.seatedMembers`), by a name of an organisation's. */
function seatedIn (mention: Span, ctx: ActorContext): boolean {
  const seated = ctx.lexicon.data.actors?.seatedMembers
  const before = tokenize(ctx.mentions.body, Math.max(0, mention.start - 40), mention.start).filter((t) => t.end <= mention.start).slice(-3)
  const words = before.filter((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  const [noun, preposition] = words.slice(-2)
  const body = foldedWords(ctx.mentions.body.slice(mention.start, mention.end))
  return seated !== undefined && noun !== undefined && preposition !== undefined && seated.nouns.includes(noun.folded) && seated.prepositions.includes(preposition.folded) &&
    body.some((w) => ctx.mentions.lexicon.organizationWords.has(w))
}

/**
 * `Delegations from Sudan and Chad`, `negotiators of Armenia`, `Soldiers from Nigeria`: delegates and
 * contingents (lexicon `actors.contingents`) are their country's, whether `of` or `from` it (a
 * portfolio is no country: `ministers of Foreign Affairs`).
 */
function delegatesOf (body: string, place: PlaceMention, ctx: ActorContext): boolean {
  const before = tokenize(body, Math.max(0, place.start - 40), place.start).filter((t) => t.end <= place.start).slice(-3)
  const at = before.findLastIndex((t) => ctx.lexicon.sent.has(t.folded))
  return place.place.kind === 'country' && at >= 0 && membersOf(before.slice(at), ctx, ctx.lexicon.sent, true)
}

/** Words after a name within which a participle makes `with X …ing` a clause of its own. */
const ABSOLUTE_WITHIN = 6

/** `…, with Poland and the Baltic states pushing for joint borrowing`: the name is the subject of its own clause, no partner. */
function absolute (mention: Span, ctx: ActorContext): boolean {
  const endings = ctx.lexicon.data.actors?.absoluteEndings ?? []
  const { body } = ctx.mentions
  const after = tokenize(body, mention.end, Math.min(body.length, mention.end + 60)).slice(0, ABSOLUTE_WITHIN)
  const stop = after.findIndex((t) => !/[\p{L}\p{N}'’-]/u.test(t.text))
  const words = stop < 0 ? after : after.slice(0, stop)
  const statement = ctx.mentions.lexicon
  // right after the name or a lowercase noun of its own (`the Baltic states pushing`); a noun in -ing after
  // a determiner, a preposition or another name is no participle (`during a meeting`, `Monday morning`)
  const subject = (k: number): boolean => {
    const previous = words[k - 1]
    return previous === undefined || (/^\p{Ll}/u.test(previous.text) && !statement.determiners.has(previous.folded) && !statement.prepositions.has(previous.folded))
  }
  return words.some((t, k) => /^\p{Ll}/u.test(t.text) && t.text.length > 4 && endings.some((e) => t.text.endsWith(e)) && subject(k) &&
    !statement.prepositions.has(t.folded) && !statement.stopwords.has(t.folded) &&
    !ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end))
}

/** Words of the description an object's name may follow (`l'ancien ministre du Logement`). */
const DESCRIPTION_WORDS = 8

/** `Mise en examen de l'ancien maire :`: a capitalised word opening an event noun of several words is that noun, no name. */
function opensEventNoun (body: string, mention: Mention, ctx: ActorContext): boolean {
  const words = tokenize(body, mention.start, Math.min(body.length, mention.start + 60)).filter((t) => /\p{L}/u.test(t.text))
  return mention.end === words[0]?.end && (ctx.lexicon.forms.get(words[0].folded) ?? []).some((f) => !f.verb && f.words.length > 1 && wordsAt(words, 0, f.words))
}

/**
 * `a condamné jeudi l'ancien ministre du Logement Lucien Varenne`: the first name after an active
 * verb is its object when only a date and a noun phrase opening on a determiner describe it first,
 * the name maybe set off by a comma (`l'ancien maire de Montauban, Gérard Pujol,`).
 */
function describedObject (mention: Mention, trigger: Trigger, ctx: ActorContext): boolean {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  // (`l'ancien maire de Lunel (Hérault), Gérard Poulain`: a bracket in the description is an aside of it)
  const description = body.slice(trigger.end, mention.start).replace(/,\s*$/u, '')
  const brackets = [...description.matchAll(/\([^()]*\)/gu)].map((m) => ({ start: trigger.end + m.index, end: trigger.end + m.index + m[0].length }))
  if (!trigger.verb || trigger.passive || /[,;:()]/.test(description.replace(/\([^()]*\)/gu, ''))) return false
  const words = tokenize(body, trigger.end, mention.start)
    .filter((t) => /\p{L}/u.test(t.text) && ![...ctx.excluded, ...brackets].some((x) => x.start <= t.start && t.end <= x.end) && !ctx.lexicon.adverbs.has(t.folded))
  const skip = pastPlace(words, ctx)
  // (`to buy Australian craft beer maker Tasman Ridge Brewing`: or a nationality)
  const opensObject = (t: Token | undefined): boolean => t !== undefined && ((statement.determiners.has(t.folded) && !statement.prepositions.has(t.folded)) || (/^\p{Lu}/u.test(t.text) && ctx.lexicon.demonyms.has(t.folded)))
  let between = words.slice(skip)
  // (`a condamné mercredi à deux ans de prison un ancien policier, Marc Durand`: a complement, then the object)
  if (between[0] !== undefined && statement.prepositions.has(between[0].folded)) {
    const object = between.findLastIndex((t, k) => k > 1 && opensObject(t) && !statement.prepositions.has((between[k - 1] as Token).folded))
    if (object > 0) between = between.slice(object)
  }
  return opensObject(between[0]) && between.length <= DESCRIPTION_WORDS
}

/** Lowercase nouns a nationality may stand before, ahead of the name they describe (`Australian craft beer maker`). */
const DESCRIBING_NOUNS = 3

/** `Australian copper producer Tamarind Resources`: a nationality, then only lowercase nouns (no verb nor function word), then the name. */
function describedBy (body: string, demonym: Span, name: Mention, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  const between = tokenize(body, demonym.end, name.start)
  return name.type === 'name' && between.length >= 1 && between.length <= DESCRIBING_NOUNS && between.every((t) => /^\p{Ll}[\p{L}-]*$/u.test(t.text) && !ctx.lexicon.forms.has(t.folded) &&
    !ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end) && ![statement.stopwords, statement.determiners, statement.genitives, statement.prepositions, ctx.lexicon.comitatives].some((set) => set.has(t.folded)))
}

/** The words the text writes in lower case somewhere, once per article. */
export function lowercaseWords (body: string, ctx: ActorContext): Set<string> {
  ctx.lowercase ??= new Set(tokenize(body, 0, body.length).filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text))
  return ctx.lowercase
}

/** Whether `mention` opens its sentence, or what a quote mark, a colon or a dash opens in it. */
function startsSentence (body: string, sentence: Span, mention: Span): boolean {
  return body.slice(sentence.start, mention.start).trim() === '' || /[«"“:—–-]\s*$/.test(body.slice(Math.max(0, mention.start - 3), mention.start))
}

/**
 * A capitalised word that is a common word at the start of a sentence (`Police`, `Suivez`,
 * `Most`): the text writes it in lower case elsewhere, or it is a function word.
 */
/** Tokens after a word within which the end of a list it opens is looked for (`Trains, buses and flights`). */
const LIST_WORDS = 7

function isCommonWord (body: string, mention: Mention, sentence: Span, ctx: ActorContext, bystander = false): boolean {
  if (mention.type !== 'name' || /\s/.test(mention.text)) return false
  if (mention.text.replace(/\./g, '').length <= 1) return true
  const lexicon = ctx.mentions.lexicon
  const folded = mention.text.toLowerCase()
  if (lexicon.stopwords.has(folded) || lexicon.determiners.has(folded)) return true
  const starts = startsSentence(body, sentence, mention)
  const next = tokenize(body, mention.end, Math.min(body.length, mention.end + 20))[0]
  // `Follow our live coverage`, `Suivez notre direct`: an imperative
  if (starts && next !== undefined && lexicon.determiners.has(next.folded)) return true
  if (!starts) return false
  // (`Later in the day, …`, `Only 98 lawmakers…`: an adverb opening the sentence; `Plans to close…`, `Hopes for…`: a word of tense or topic)
  if (ctx.lexicon.adverbs.has(folded) || ctx.lexicon.futureMarkers.has(folded) || ctx.lexicon.topics.has(folded)) return true
  // (`Menés de dix points à la pause, les Bleus…`, `Ancien directeur des douanes, Ousmane Diagne Sarr…`: a participle before its complement or agent, or an adjective, opening a fronted phrase)
  if (next !== undefined && /^\p{Ll}/u.test(next.text) && (lexicon.genitives.has(next.folded) || ctx.lexicon.agents.has(next.folded) || ctx.lexicon.nounAdjectives.has(foldedWords(folded)[0] ?? ''))) return true
  // (`Menés au score à la pause, les Guingampais…`: a participle by its ending before any preposition)
  const participle = (ctx.lexicon.data.actors?.participleEndings ?? []).some((e) => folded.endsWith(e))
  if (participle && next !== undefined && /^\p{Ll}/u.test(next.text) && lexicon.prepositions.has(next.folded)) return true
  // (`Train drivers` … `regional trains`: in lower case elsewhere in another number, by the lexicon's noun endings)
  const lowercase = lowercaseWords(body, ctx)
  if (lowercase.has(folded) || otherNumbers(ctx.lexicon, folded).some((w) => lowercase.has(w))) return true
  // (`Marée rouge et blanche …`, `Lancée lundi dernier, la grève…`: where subjects take a determiner (lexicon `bareSubjects`), a word
  // the text capitalises only where a sentence opens, before a word that is no verb's auxiliary, no count, acronym nor place, is a common one)
  // (`Schools, shops and the town hall stayed closed`: a word listed as a bystander may open a list)
  // (`Fraud and corruption charges were brought…`: where subjects may be bare, a word joined to a lowercase word is a common one, not `Hamas and Israel`)
  const joinedLowercase = next !== undefined && ctx.lexicon.comitatives.has(next.folded) && /^\p{Ll}/u.test(tokenize(body, next.end, Math.min(body.length, next.end + 30))[0]?.text ?? '')
  // (`Trains, buses and flights ground to a halt`: so is the first word of a list of lowercase words)
  const list = tokenize(body, mention.end, Math.min(body.length, mention.end + 60)).slice(0, LIST_WORDS)
  const and = list.findIndex((t) => ctx.lexicon.comitatives.has(t.folded))
  const listed = list[0]?.text === ',' && and > 1 && list.slice(1, and + 2).every((t) => t.text === ',' || /^\p{Ll}/u.test(t.text))
  if ((joinedLowercase || listed) && placeOf(mention, ctx) === null) return true
  if ((ctx.lexicon.data.bareSubjects === true && !bystander) || next === undefined || !(/^\p{Ll}/u.test(next.text) || (bystander && next.text === ','))) return false
  const auxiliary = ctx.lexicon.auxiliaries.some((a) => a.words[0] === next.folded)
  // (`Poutine et Kim Jong Un signent`: a name coordinated with another is one)
  const afterNext = tokenize(body, next.end, Math.min(body.length, next.end + 30))[0]
  const coordinated = ctx.lexicon.comitatives.has(next.folded) && /^\p{Lu}/u.test(afterNext?.text ?? '')
  const count = ctx.lexicon.quantities.has(folded.split('-')[0] ?? folded)
  return !auxiliary && !coordinated && !count && !/^\p{Lu}+$/u.test(mention.text) && placeOf(mention, ctx) === null && !capitalisedInside(body, mention.text)
}

/**
 * `Heavy fighting broke out`, `Good morning and welcome`: a capitalised word opening a sentence that
 * the language's dictionary lists in lower case (lexicon `commonWords`), and that the text capitalises
 * nowhere inside a sentence, is a common word, whatever follows it.
 */
function dictionaryWord (body: string, mention: Mention, sentence: Span, ctx: ActorContext): boolean {
  if (mention.type !== 'name' || /\s/.test(mention.text) || !ctx.lexicon.commonWords.has(mention.text.toLowerCase())) return false
  const starts = startsSentence(body, sentence, mention)
  return starts && !capitalisedInside(body, mention.text) && placeOf(mention, ctx) === null
}

/**
 * `Armed gangs stormed…`, `Fishing boats stayed in port`: a word opening a sentence with a modifier's
 * ending (lexicon `actors.modifierEndings`), before a lowercase word that is no auxiliary nor
 * preposition, describes that word: no one's name.
 */
function opensOnModifier (body: string, mention: Mention, sentence: Span, ctx: ActorContext): boolean {
  const folded = mention.text.toLowerCase()
  if (mention.type !== 'name' || /\s/.test(mention.text) || body.slice(sentence.start, mention.start).trim() !== '' ||
    !(ctx.lexicon.data.actors?.modifierEndings ?? []).some((e) => folded.length > e.length + 2 && folded.endsWith(e))) return false
  const next = tokenize(body, mention.end, Math.min(body.length, mention.end + 20))[0]
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !ctx.mentions.lexicon.prepositions.has(next.folded) &&
    !ctx.lexicon.auxiliaries.some((a) => a.words[0] === next.folded) && placeOf(mention, ctx) === null
}

/** Whether the text writes `word` capitalised somewhere a sentence does not open. */
function capitalisedInside (body: string, word: string): boolean {
  for (const m of body.matchAll(new RegExp(`${BEFORE_WORD}${escapeRegExp(word)}${AFTER_WORD}`, 'gu'))) {
    // (`…," Arsenal captain Callum Reeve said`: a quote mark closing on a comma opens no sentence; `BELGRADE - Well over`: a dateline's spaced hyphen opens one)
    if (!/(?:^|[.!?«“:—–\n]\s*|\s-\s+|(?<!,)"\s*|[.!?]\s*»\s*)$/u.test(body.slice(Math.max(0, m.index - 4), m.index))) return true
  }
  return false
}

/**
 * The name as the text gives it, without what only describes it: a leading determiner (`le parquet
 * national financier`), an owner (`South Africa's Constitutional Court`), a compound adjective
 * (`London-listed Corvex Mining`).
 */
function writtenName (mention: Mention, ctx: ActorContext): string {
  let name = (mention.name ?? mention.text).replace(/\s+/g, ' ').trim()
  const tokens = tokenize(name, 0, name.length)
  const first = tokens[0]
  // (`Trois syndicats`: a number word is the group's count, no determiner to drop)
  if (first !== undefined && tokens.length > 1 && ctx.mentions.lexicon.determiners.has(first.folded) && !ctx.lexicon.cardinals.has(first.folded)) name = name.slice((tokens[1] as { start: number }).start)
  // (`le Français Mathis Lacroix`: a nationality written as a noun before a person's name says who they are)
  name = nationalityBefore(name, ctx)?.name ?? name
  name = name.replace(/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, '').replace(/^\p{Lu}\p{L}*-\p{Ll}+\s+(?=\p{Lu})/u, '')
  return name.trim()
}

/** An unnamed party as the text describes it (`ambassadeur d'Iran`): a person by a role noun, else a body. */
export function asWritten (mention: Mention, role: ActorRole, ctx: ActorContext): ExtractedActor {
  const statement = ctx.mentions.lexicon
  const person = foldedWords(mention.text).some((w) => statement.roleWords.has(w) && !statement.organizationWords.has(w))
  return { name: writtenName(mention, ctx), kind: person ? 'person' : 'organization', role, mention: { start: mention.start, end: mention.end } }
}

/** `Democratic Republic` + ` of Congo`: a name the gazetteer knows as a country once its `of` complement is added. */
function withCountryComplement (mention: Mention, ctx: ActorContext): Mention {
  return asLongerCountry(mention, /^\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?\p{Lu}[\p{L}-]*/u, ctx)
}

/** `Arabie` + ` saoudite`: a name the gazetteer knows as a country once the lowercase words after it are added. */
function withCountryAdjective (mention: Mention, ctx: ActorContext): Mention {
  const named = withCountryComplement(mention, ctx)
  const oneWord = asLongerCountry(named, /^\s+\p{Ll}+/u, ctx)
  return oneWord !== named ? oneWord : asLongerCountry(named, /^\s+\p{Ll}+\s+\p{Ll}+/u, ctx)
}

function asLongerCountry (mention: Mention, continuation: RegExp, ctx: ActorContext): Mention {
  const { body } = ctx.mentions
  if (mention.type !== 'name') return mention
  const complement = continuation.exec(body.slice(mention.end, mention.end + 40))
  if (complement === null) return mention
  const longer: Mention = { ...mention, ...spanOf(body, mention.start, mention.end + complement[0].length) }
  longer.name = longer.text
  return placeOf(longer, ctx)?.place.kind === 'country' ? longer : mention
}

export function resolveActor (mention: Mention, role: ActorRole, ctx: ActorContext): ExtractedActor | null {
  const listed = withListedWords(mention, ctx)
  const found = listed === mention ? withJoinedWords(mention, ctx) : listed
  if (opensOnOfficeModifier(found, ctx) || namesText(found, ctx)) return null
  const actor = namedActor(found, role, ctx)
  // `Les députés ont adopté`: the members named alone act as their assembly
  const assembly = actor === null ? undefined : ctx.lexicon.members.get(foldedPhrase(actor.name))
  if (actor !== null && assembly !== undefined) return { ...actor, name: assembly, kind: 'organization' }
  // (`a 34-year-old man`: someone told by their age alone is a description the article may name later, like a generic actor)
  if (actor !== null && (ctx.lexicon.genericActors.has(foldedPhrase(actor.name)) || agedOne(actor, ctx))) actor.generic = true
  return actor
}

/** Capitalised words, maybe joined by `of` (`National Union of Rail`). */
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*`
/** A list of capitalised items right before a name: `Kenya Medical Practitioners, Pharmacists and ` (up to four items before `and`). */
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${CAPITALISED_WORDS}(?:,\s+${CAPITALISED_WORDS}){1,3}),?\s+and\s+$`, 'u')

/**
 * `Kenya Medical Practitioners, Pharmacists and Dentists Union`, `National Union of Rail, Maritime and
 * Transport Workers`: a name right after a list of capitalised items (with a comma) is the end of one body's
 * name when the list's first item holds a body's noun or the name ends on one (lexicon `actors.listedNameNouns`),
 * and neither the name nor any item is a place.
 */
function withListedWords (mention: Mention, ctx: ActorContext): Mention {
  const nouns = ctx.lexicon.data.actors?.listedNameNouns ?? []
  if (mention.type !== 'name' || nouns.length === 0) return mention
  const { body } = ctx.mentions
  const listed = LISTED_BEFORE.exec(body.slice(Math.max(0, mention.start - 120), mention.start))
  if (listed === null) return mention
  const items = (listed[1] as string).split(/,\s+/)
  // (`European Union and Australia`: two names joined by `and` alone are two parties; a name's list has a comma)
  if (items.length < 2 || placeOf(mention, ctx) !== null) return mention
  const bodyNoun = foldedWords(items[0] as string).some((w) => nouns.includes(w)) || nouns.includes(foldedWords(mention.text).at(-1) ?? '')
  if (!bodyNoun) return mention
  const start = mention.start - listed[0].length + listed[0].indexOf(listed[1] as string)
  const place = (text: string, at: number): boolean => placeOf({ ...spanOf(body, at, at + text.length), type: 'name', name: text }, ctx) !== null
  let at = start
  for (const item of items) {
    if (place(item, body.indexOf(item, at))) return mention
    at = body.indexOf(item, at) + item.length
  }
  return { ...mention, ...spanOf(body, start, mention.end), name: body.slice(start, mention.end) }
}

/** A capitalised run right before a name, joined to it by `and` alone (`Food and `). */
const JOINED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${CAPITALISED_WORDS})\s+and\s+$`, 'u')

/**
 * `the Philippine Food and Drug Administration`, `the Department of Trade and Industry`: two
 * capitalised runs joined by `and` alone are one body's name when one says a body (an organisation
 * word ends the second, or the first names one before `of`) and the others are common words of the
 * dictionary (lexicon `commonWords`) or nationalities. `European Union and Australia`, `the Bank of
 * England and Barclays` stay two.
 */
function withJoinedWords (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'name' || ctx.lexicon.commonWords.size === 0) return mention
  const { body } = ctx.mentions
  const joined = JOINED_BEFORE.exec(body.slice(Math.max(0, mention.start - 80), mention.start))
  if (joined === null) return mention
  const first = joined[1] as string
  const organisation = (w: string): boolean => ctx.mentions.lexicon.organizationWords.has(w)
  const common = (w: string): boolean => ctx.lexicon.commonWords.has(w) && !organisation(w)
  const described = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => common(w) || ctx.lexicon.demonyms.has(w))
  const firstWords = foldedWords(first)
  const secondWords = foldedWords(mention.text)
  // (`Food` … `Drug Administration`: the body's word ends the second run)
  const endsOnBody = organisation(secondWords.at(-1) ?? '') && described(firstWords) && described(secondWords.slice(0, -1).filter((w) => w !== 'of'))
  // (`Department of Trade` … `Industry`: or opens the first, before `of`)
  const of = firstWords.indexOf('of')
  const opensOnBody = of > 0 && firstWords.slice(0, of).some(organisation) && described(firstWords.slice(of + 1)) && described(secondWords)
  if (!endsOnBody && !opensOnBody) return mention
  const start = mention.start - joined[0].length + joined[0].indexOf(first)
  return { ...mention, ...spanOf(body, start, mention.end), name: body.slice(start, mention.end) }
}

/** `the Finance Bill 2026`, `the Paris Agreement`: a name ending on a noun of a text (lexicon `actors.textNouns`), maybe before its year, is what is passed or signed, no party. */
function namesText (found: Mention, ctx: ActorContext): boolean {
  const words = found.text.trim().split(/\s+/).filter((w) => !/^\d+$/u.test(w))
  const last = words.at(-1) ?? ''
  return found.type === 'name' && words.length >= 2 && /^\p{Lu}/u.test(last) && ctx.lexicon.textNouns.has(foldSameLength(last).toLowerCase())
}

/**
 * `Former Nyandarua governor Peter Kamau Wanjiru`, `Former South Korean vice minister jailed`, `Second
 * Finance Minister Siti Mariam Yusof`: a word of an office's time or rank (lexicon `actors.officeModifiers`)
 * capitalised before a place, a nationality or nothing names no one; the office and its holder follow.
 */
function opensOnOfficeModifier (found: Mention, ctx: ActorContext): boolean {
  if (found.type !== 'name') return false
  const [first = '', ...rest] = found.text.trim().split(/[\s-]+/)
  return /^\p{Lu}/u.test(first) && ctx.lexicon.officeModifiers.has(foldSameLength(first).toLowerCase()) && (rest.length <= 1 || ctx.lexicon.demonyms.has(foldSameLength(rest.join(' '))))
}

/**
 * `l'armée libanaise`, `Indonesian police`: a nationality next to an institution noun (before it in
 * English, after it in French) is that country's institution, named as the text names it.
 */
export function institutionOf (demonym: Span, ctx: ActorContext): Span | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  // `Ethiopian federal troops`, `les forces armées soudanaises`: one lowercase word may come between
  const adjective = (t: Token): boolean => /^\p{Ll}+$/u.test(t.text) && !statement.determiners.has(t.folded) && !statement.genitives.has(t.folded) && !statement.prepositions.has(t.folded)
  const joined = (words: readonly Token[], from: number, to: number): boolean => words.every((w, k) => /^\s+$/.test(body.slice(k === 0 ? from : (words[k - 1] as Token).end, w.start))) && /^\s+$/.test(body.slice(words.at(-1)?.end ?? from, to))
  const before = tokenize(body, Math.max(0, demonym.start - 40), demonym.start).filter((t) => t.end <= demonym.start).slice(-2).reverse()
  // the farthest noun first: `forces armées soudanaises`, not `armées soudanaises`
  for (const [k, noun] of [...before.entries()].reverse()) {
    const between = before.slice(0, k).reverse()
    if (ctx.lexicon.institutions.has(noun.folded) && between.every(adjective) && joined(between, noun.end, demonym.start)) return { start: noun.start, end: demonym.end }
  }
  const after = tokenize(body, demonym.end, Math.min(body.length, demonym.end + 40)).slice(0, 2)
  for (const [k, noun] of [...after.entries()].reverse()) {
    const between = after.slice(0, k)
    if (ctx.lexicon.institutions.has(noun.folded) && between.every(adjective) && joined(between, demonym.end, noun.start)) return { start: demonym.start, end: noun.end }
  }
  return null
}

/**
 * `Winnipeg police have charged`: a place's name before an institution noun is that institution,
 * named as the text names it; not `a Winnipeg police constable`, one of its people.
 */
function localInstitution (place: Span, ctx: ActorContext): Span | null {
  const { body } = ctx.mentions
  const named = institutionOf(place, ctx)
  if (named === null || named.start !== place.start) return null
  const next = tokenize(body, named.end, Math.min(body.length, named.end + 30))[0]
  return next !== undefined && ctx.mentions.lexicon.roleWords.has(next.folded) ? null : named
}

/** Lowercase words between a nationality and the office noun it qualifies (`Philippine defence secretary`). */
const OFFICE_WORDS = 2

/**
 * `The Philippine defence secretary resigned`: a nationality before an office noun (statement
 * lexicon `roleWords`) is who holds that office, not the country; named as the person the text gives
 * it to elsewhere (`defence secretary Ramon Villareal`), else as written.
 */
function officeOf (demonym: Span, ctx: ActorContext): (Span & { holder: Mention | null }) | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const after = tokenize(body, demonym.end, Math.min(body.length, demonym.end + 50)).slice(0, OFFICE_WORDS + 1)
  let noun = after.findIndex((t) => statement.roleWords.has(t.folded) && !statement.genericRoleWords.has(t.folded))
  if (noun < 0) return null
  // (`prime minister`: an office of two role words)
  while (after[noun + 1] !== undefined && statement.roleWords.has((after[noun + 1] as Token).folded) && /^\p{Ll}/u.test((after[noun + 1] as Token).text)) noun++
  const words = after.slice(0, noun + 1)
  if (!words.every((t) => /^\p{Ll}+$/u.test(t.text) && !statement.determiners.has(t.folded) && !statement.prepositions.has(t.folded)) ||
    !/^[\s\p{L}]*$/u.test(body.slice(demonym.end, (words.at(-1) as Token).end))) return null
  const end = (words.at(-1) as Token).end
  const held = holderOf(body, body.slice((words[0] as Token).start, end))
  const holder = held === null ? null : { ...spanOf(body, held.start, held.end), type: 'name' as const, name: body.slice(held.start, held.end) }
  return { start: demonym.start, end, holder }
}

/** `les délégations égyptienne, soudanaise et éthiopienne`: the delegates are their countries, named by their nationalities. */
function standsForCountries (mention: Mention, ctx: ActorContext): boolean {
  if (mention.type !== 'phrase') return false
  const words = foldedWords(mention.text)
  return words.some((w) => ctx.lexicon.delegates.has(w)) && words.some((w) => ctx.lexicon.demonyms.has(w))
}

/** `a 48-hour strike`, `une grève de 24 heures`: a length or a size opening on a figure is nobody; so are goods counted in a unit (lexicon `actors.units`). */
function isMeasure (body: string, mention: Span, ctx: ActorContext): boolean {
  // (`A 34-year-old man`: an age opening a phrase describes someone)
  const words = tokenize(body, mention.start, mention.end).filter((t) => !isAge(t.folded, ctx))
  const first = words.find((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  // (`Plusieurs tonnes de pommes de terre`: so is a quantity of goods, past its count)
  const unit = words.find((t) => !ctx.mentions.lexicon.determiners.has(t.folded) && !ctx.lexicon.quantities.has(t.folded) && !ctx.mentions.lexicon.genitives.has(t.folded))
  // (`R1.2 billion`, `RM2.1m`, `N4.3bn`: a currency's letters before a figure with decimals or a magnitude; not `G7`)
  // (`Rs 2,300 crore`, `Sh 4.5 billion`, `Rs 900-crore`, `Sh80 billion`: a currency's abbreviation before its figure)
  const money = /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}{1,2}\.?\s?)\d+(?:[.,]\d|[\s-]*(?:bn|m|k|million|billion|trillion|crore|lakh)(?!\p{L}))/u.test(body.slice(mention.start, mention.end + 16))
  // (`a three-point win`, `a bruising 31-17 win`, `a six-wicket victory`: so is a phrase opening on a margin or a score, a compound opening on a figure)
  // (not a number written in words: `dix-sept soldats`, `twenty-one`)
  const figure = (part: string): boolean => /^\d+$/.test(part) || ctx.lexicon.cardinals.has(part)
  const content = words.filter((t) => !ctx.mentions.lexicon.determiners.has(t.folded))
  const opening = content.slice(0, 2)
  const score = !content.some((t) => /^\p{Lu}/u.test(t.text)) && opening.some((t) => {
    const [count, ...rest] = t.folded.split('-')
    return count !== undefined && figure(count) && rest.length > 0 && (/^\d+-\d+$/.test(t.folded) || rest.some((p) => /^\p{L}{2,}$/u.test(p) && !figure(p) && !ctx.mentions.lexicon.conjunctions.has(p)))
  })
  return money || score || (first !== undefined && /^\d/.test(first.text)) || (unit !== undefined && ctx.lexicon.units.has(unit.folded))
}

/** `Two days of fighting`, `deux jours de grève`: a count of units of time is a length, nobody. */
function isDuration (body: string, mention: Span, ctx: ActorContext): boolean {
  const counts = (t: Token): boolean => ctx.lexicon.quantities.has(t.folded) || /^\d/.test(t.text)
  const words = tokenize(body, mention.start, mention.end).filter((t) => /\p{L}|\d/u.test(t.text) && (counts(t) || !ctx.mentions.lexicon.determiners.has(t.folded)))
  const [count, unit] = words
  return count !== undefined && unit !== undefined && counts(count) && ctx.lexicon.durations.has(unit.folded)
}

/** `Tens`, `milliers de`: a count alone is nobody. */
function isCount (body: string, mention: Span, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  const words = tokenize(body, mention.start, mention.end).filter((t) => /\p{L}/u.test(t.text))
  return words.some((t) => ctx.lexicon.quantities.has(t.folded)) &&
    words.every((t) => ctx.lexicon.quantities.has(t.folded) || statement.genitives.has(t.folded) || statement.determiners.has(t.folded))
}

/** Events whose undergoers a passive verb before them may tell of (`ont été tués dans l'attaque`, `were killed in the strikes`). */
export const VICTIMS: ReadonlySet<string> = new Set(['attack', 'military-action'])

/** The subject of a passive verb between the clause's start and an event noun (`dix-sept soldats` in `dix-sept soldats ont été tués … dans l'attaque`). */
function victimsBefore (body: string, clause: Span, trigger: Span, ctx: ActorContext): Mention | null {
  const tokens = tokenize(body, clause.start, trigger.start).filter((t) => /\p{L}/u.test(t.text))
  const passive = ctx.lexicon.auxiliaries.filter((a) => a.passive)
  for (let i = 1; i < tokens.length; i++) {
    const auxiliary = passive.find((a) => wordsAt(tokens, i, a.words) && tokens[i + a.words.length] !== undefined)
    if (auxiliary === undefined) continue
    const at = (tokens[i] as Token).start
    const subject = counted(body, clause.start, at, ctx) ?? subjectBefore(ctx.mentions, clause.start, at)
    return subject === 'inherit' || subject?.type === 'pronoun' ? null : subject
  }
  return null
}

/** The group a count right after a verb opens on (`six hostages`, `trois hommes`); for an attack, not the dead it counts by no function (`four people`). */
function countedObject (body: string, trigger: Span, clause: Span, ctx: ActorContext, killing: boolean): Mention | null {
  const statement = ctx.mentions.lexicon
  const all = tokenize(body, trigger.end, clause.end).filter((t) => !circumstantial(t, ctx))
  // (`abducted at least 37 worshippers`, `a enlevé au moins 37 fidèles`: a count may open on an approximation, lexicon `actors.approximations`)
  const approximation = (ctx.lexicon.data.actors?.approximations ?? []).map(foldedWords).find((a) => wordsAt(all, 0, a))
  const words = all.slice(approximation?.length ?? 0)
  const count = (t: Token | undefined): boolean => t !== undefined && (ctx.lexicon.quantities.has(t.folded) || /^\d[\d.,]*$/.test(t.text))
  // (`a dispersé samedi à coups de gaz lacrymogène des centaines de manifestants`: a manner complement, then the counted object after its determiner)
  const after = count(words[0]) || words[0] === undefined || !statement.prepositions.has(words[0].folded)
    ? 0
    : words.findIndex((t, k) => k > 1 && k <= COMPLEMENT_BEFORE_COUNT && count(t) && statement.determiners.has((words[k - 1] as Token).folded) &&
      // (`sur les véhicules à une quinzaine de kilomètres`: a count a preposition opens is its complement, no object)
      !statement.prepositions.has((words[k - 2] as Token).folded) && !/[,;]/.test(body.slice(trigger.end, t.start)))
  const first = words[after < 0 ? 0 : after]
  // (`have arrested a man in his 30s`: one someone, by an indefinite determiner and a bystander's noun, is no count but undergoes it too)
  const one = words[1]
  // (`arrested a 29-year-old man`: past the age that describes them)
  const aged = one !== undefined && isAge(one.folded, ctx) ? words[2] : one
  if (!killing && after === 0 && (statement.data.indefiniteDeterminers ?? []).includes(first?.folded ?? '') && one !== undefined && aged !== undefined && ctx.lexicon.bystanders.has(aged.folded)) {
    return { ...spanOf(body, one.start, aged.end), type: 'phrase', name: body.slice(one.start, aged.end) }
  }
  if (!count(first)) return null
  // (after a manner complement, from the count's determiner; else from the verb: `counted` reads past a date itself, `a libéré samedi trois otages`)
  const group = counted(body, after > 0 ? (words[after - 1] as Token).start : trigger.end, clause.end, ctx)
  // (`plus de quarante drones`: what no party is, counted, is none either)
  return group === null || (killing && foldedWords(group.text).some((w) => ctx.lexicon.bystanders.has(w))) || foldedWords(group.text).some((w) => ctx.lexicon.notActors.has(w)) ? null : group
}

/** The counted group right after the first word of `trigger`'s family's `against` in its clause (`sanctions on 14 Georgian officials`). */
function countedAgainst (body: string, trigger: Trigger, clause: Span, ctx: ActorContext): Mention | null {
  const against = trigger.family.against ?? []
  const words = tokenize(body, trigger.end, clause.end).slice(0, AGAINST_WORDS)
  const at = words.findIndex((t) => against.includes(t.folded))
  const next = at < 0 ? undefined : words[at + 1]
  if (next === undefined || !(ctx.lexicon.quantities.has(next.folded) || /^\d[\d.,]*$/.test(next.text))) return null
  return counted(body, (words[at] as Token).end, clause.end, ctx)
}

/** Words of a complement between a verb and the count of its object (`à coups de gaz lacrymogène des centaines`). */
const COMPLEMENT_BEFORE_COUNT = 8

/** `à l'Élysée`, `in Dakar`: where the verb happened, written before its object; the index of the word after it (0: none). */
function pastPlace (words: readonly Token[], ctx: ActorContext): number {
  if (words[0] === undefined || !ctx.lexicon.placePrepositions.has(words[0].folded)) return 0
  let skip = 1
  while (words[skip] !== undefined && ctx.mentions.lexicon.determiners.has((words[skip] as Token).folded) && !/^\p{Lu}/u.test((words[skip] as Token).text)) skip++
  const named = skip
  while (words[skip] !== undefined && /^\p{Lu}/u.test((words[skip] as Token).text)) skip++
  return skip === named ? 0 : skip
}

/** A word of a date, an adverb or a time of day (`mercredi matin`): no part of a verb's subject or object. */
function circumstantial (t: Token, ctx: ActorContext): boolean {
  return ctx.excluded.some((x) => x.start <= t.start && t.end <= x.end) || ctx.lexicon.adverbs.has(t.folded) || ctx.mentions.lexicon.timeWords.has(t.folded)
}

/** Adjectives between an event noun's determiner and the noun. */
const NOUN_ADJECTIVES = 2

/**
 * `Moscou et Kiev ont procédé samedi à un échange`: an event noun in the complement of a light verb
 * (lexicon `actors.lightVerbs`), dates and adverbs aside, has the verb's subject for its own.
 */
function afterLightVerb (trigger: Trigger, clause: Span, ctx: ActorContext): boolean {
  if (trigger.verb) return false
  const statement = ctx.mentions.lexicon
  const words = tokenize(ctx.mentions.body, clause.start, trigger.start).filter((t) => /\p{L}/u.test(t.text) && !circumstantial(t, ctx))
  // (`à un échange`, or one word for both: `aux arrestations`)
  const article = words.findLastIndex((t) => statement.determiners.has(t.folded) || statement.prepositions.has(t.folded))
  if (article < 0 || words.length - article > NOUN_ADJECTIVES + 1) return false
  const governs = (verb: Token | undefined, preposition: Token | undefined): boolean =>
    verb !== undefined && preposition !== undefined && ctx.lexicon.lightVerbs.has(verb.folded) && statement.prepositions.has(preposition.folded)
  return governs(words[article - 2], words[article - 1]) || governs(words[article - 1], words[article])
}

/**
 * `Le chef de l'État effectue mardi une visite`, `The president began a tour`: a noun phrase opening
 * the clause, then one lowercase word (the verb, in a tense with no auxiliary to tell it), then dates,
 * adverbs and the event noun's determiner: the phrase is the verb's subject.
 */
function subjectOfGoverningVerb (trigger: Trigger, clause: Span, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const words = tokenize(body, clause.start, trigger.start).filter((t) => !circumstantial(t, ctx))
  // (the event noun's determiner and up to two adjectives before it: `a three-day visit`, `une nouvelle visite`)
  const determiner = words.findLastIndex((t) => statement.determiners.has(t.folded))
  if (determiner < 0 || words.length - determiner > NOUN_ADJECTIVES + 1) return null
  words.splice(determiner)
  const verb = words.pop()
  if (verb === undefined || words.length < 2 || !/^\p{Ll}+$/u.test(verb.text) || [statement.prepositions, statement.genitives, statement.stopwords].some((set) => set.has(verb.folded))) return null
  const phrase = phraseFrom(ctx.mentions, (words[0] as Token).start, verb.start)
  return phrase !== null && phrase.end === (words.at(-1) as Token).end ? phrase : null
}

/** Words between a match's verb and the town it was played in. */
const HOME_WORDS = 4

/** The town a match's verb was played at (lexicon `actors.homeGround`: `à Lens`, `at Leeds`), dates and adverbs aside, as a name. */
function homeSide (trigger: Trigger, clause: Span, places: readonly PlaceMention[], ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const town = places.find((p) => p.prepositional && p.place.kind === 'city' && p.start >= trigger.end && p.end <= clause.end)
  // (`à Lens`, `at Leeds`; a record broken `in Berlin` was run there against no one)
  if (town === undefined || !ctx.lexicon.homeGround.has(wordBefore(body, town, ctx)) || tokenize(body, trigger.end, town.start).filter((t) => !circumstantial(t, ctx)).length > HOME_WORDS) return null
  return { ...spanOf(body, town.start, town.end), type: 'name', name: body.slice(town.start, town.end) }
}

/** Words after a determiner among which an office's noun is looked for (`l'ancien Premier ministre`). */
const OFFICE_NOUN_WORDS = 3

/**
 * The object an active verb names by an office or a body (`l'ambassadeur d'Iran`, `the former
 * minister`, `la société`), dates and adverbs aside: who the verb is done to when no name is.
 */
function officeObject (trigger: Trigger, clause: Span, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const words = tokenize(body, trigger.end, clause.end).filter((t) => !circumstantial(t, ctx))
  const first = words[pastPlace(words, ctx)]
  if (first === undefined || !statement.determiners.has(first.folded) || statement.prepositions.has(first.folded)) return null
  const phrase = phraseFrom(ctx.mentions, first.start, clause.end)
  if (phrase === null) return null
  const nouns = tokenize(body, first.end, phrase.end)
  // (`the official cash rate`: a role word describing the noun after it names no one)
  const office = (t: Token, k: number): boolean => (statement.roleWords.has(t.folded) || statement.organizationWords.has(t.folded) || ctx.lexicon.institutions.has(t.folded)) &&
    (nouns[k + 1] === undefined || !/^\p{Ll}/u.test((nouns[k + 1] as Token).text) || !describesNoun(nouns[k + 1] as Token, ctx))
  return nouns.slice(0, OFFICE_NOUN_WORDS).some(office) ? phrase : null
}

/** Words of the noun a counted crowd is made of (`students`, `agriculteurs en colère`). */
const CROWD_WORDS = 3

/**
 * `Tens of thousands of students and their supporters`, `Des milliers de manifestants`: a clause
 * opening on a count (lexicon `quantities`) is done by what is counted, after its last `of`/`de`.
 */
function counted (body: string, from: number, to: number, ctx: ActorContext): Mention | null {
  const statement = ctx.mentions.lexicon
  const tokens = tokenize(body, from, to)
  const number = (t: Token): boolean => /^\d[\d.,]*$/.test(t.text)
  // a count word or a figure among the first words (`Tens of`, `About 12,000`, `Entre 180 000 et 450 000`)
  const count = tokens.findIndex((t) => ctx.lexicon.quantities.has(t.folded) || number(t))
  if (count < 0 || tokens.slice(0, count).filter((t) => /\p{L}/u.test(t.text)).length > 2) return null
  let k = count + 1
  const filler = (t: Token): boolean => !/\p{L}/u.test(t.text) || statement.genitives.has(t.folded) || ctx.lexicon.quantities.has(t.folded) ||
    statement.determiners.has(t.folded) || ctx.lexicon.comitatives.has(t.folded)
  while (k < tokens.length && filler(tokens[k] as Token)) k++
  const noun: Token[] = []
  for (; k < tokens.length && noun.length < CROWD_WORDS; k++) {
    const w = tokens[k] as Token
    // (`Thousands of NSW nurses`: a name opening the group, before its lower-case noun, says whose or where they are)
    const modifier = noun.length === 0 && /^\p{Lu}/u.test(w.text) && !statement.stopwords.has(w.folded) && pluralOfPeople(tokens[k + 1]?.folded ?? '', ctx)
    // (`six Indian diplomats`: a nationality among the words of the group; `près de la frontière` is where, no word of it)
    if ((!/^\p{Ll}/u.test(w.text) && !ctx.lexicon.demonyms.has(w.folded) && !modifier) || ctx.lexicon.comitatives.has(w.folded) || statement.prepositions.has(w.folded) || ctx.lexicon.placePrepositions.has(w.folded) || ctx.lexicon.auxiliaries.some((a) => a.words[0] === w.folded) ||
      // (`14 Georgian officials it holds responsible`: nor into a clause opening on its subject pronoun)
      statement.stopwords.has(w.folded) || statement.pronounGender.has(w.folded) || statement.relativePronouns.has(w.folded) ||
      // (`three young men suspected of planning`: nor into a past participle (lexicon `tense.pastEndings`) before its complement)
      (hasPastEnding(ctx.lexicon, w.folded) && statement.prepositions.has(tokens[k + 1]?.folded ?? ''))) break
    noun.push(w)
  }
  const first = noun[0]
  const last = noun.at(-1)
  if (first === undefined || last === undefined || isDuration(body, { start: tokens[count]?.start ?? first.start, end: last.end }, ctx)) return null
  // (`Quatre cent douze postes`, `Plusieurs tonnes de pommes de terre`: jobs or goods counted in a unit are nobody; so are buildings, `Thousands of public schools`)
  if (ctx.lexicon.units.has(first.folded) || ctx.lexicon.units.has(last.folded)) return null
  // (`Cinq hommes`, `six hostages`: a group a number word counts is named with its count; a crowd, by what it is)
  const opening = ctx.lexicon.cardinals.has((tokens[count] as Token).folded) ? (tokens[count] as Token).start : first.start
  return { ...spanOf(body, opening, last.end), type: 'phrase', name: body.slice(opening, last.end) }
}

/** Lowercase words a name may go on with before its acronym (`Direction générale de l'aviation civile (DGAC)`). */
const ACRONYM_SPAN = 100

/** Words a name's continuation may hold before its acronym when the acronym is not its initials (an acronym from another language). */
const FOREIGN_ACRONYM_WORDS = 8

/**
 * `Forces` + ` de soutien rapide (FSR)`: a name whose lowercase continuation, up to an acronym in
 * brackets, has that acronym for initials is the whole name. So is a short continuation with no
 * verb in it (`Groupe de soutien à l'islam et aux musulmans (JNIM)`, an acronym of its Arabic name):
 * a name, not a clause, runs up to the bracket.
 */
function withAcronym (mention: Mention, ctx: ActorContext): Mention {
  const { body } = ctx.mentions
  // (`des agents de la Division` + ` des investigations criminelles (DIC)`: so does a phrase ending on a name's first word)
  const last = mention.type === 'phrase' ? tokenize(body, mention.start, mention.end).at(-1) : undefined
  if (mention.type !== 'name' && !(last !== undefined && /^\p{Lu}\p{Ll}/u.test(last.text))) return mention
  // (`(GSIM, ou JNIM selon son acronyme arabe)`, `(PAICV, opposition)`, `(MpD)`, `(Iswap)`, `(JA 82)`: the acronym opens the bracket)
  const next = /^((?:\s+[\p{Ll}][\p{L}'’-]*|\s*['’]\s*[\p{L}-]+|\s+\p{Lu}[\p{Ll}'’-]+)*?)\s*\((\p{Lu}\p{L}{0,7})(?:\s\d+)?[),/]/u.exec(body.slice(mention.end, mention.end + ACRONYM_SPAN))
  if (next === null) return mention
  const [, continuation, acronym] = next as unknown as [string, string, string]
  const end = mention.end + continuation.length
  const whole = (start: number): Mention => ({ ...mention, ...spanOf(body, start, end), name: body.slice(start, end) })
  // (`Public` + ` and ` + `Commercial Services Union (PCS)`: a name coordinated before it may open the acronym's name)
  const before = mention.type === 'name' ? COORDINATED_BEFORE.exec(body.slice(Math.max(0, mention.start - ACRONYM_SPAN), mention.start)) : null
  if (before !== null && ctx.lexicon.comitatives.has(foldSameLength(before[2] as string)) && spells(body.slice(mention.start - before[0].length, end), acronym, ctx)) return whole(mention.start - before[0].length)
  if (continuation === '') return mention
  if (!spells(body.slice(last?.start ?? mention.start, end), acronym, ctx) && (last !== undefined || !nameRunsOn(continuation, ctx))) return mention
  return whole(mention.start)
}

/**
 * Whether the initials of a name's words, function words and coordinators aside, are the acronym
 * (`Australian Competition and Consumer Commission`, ACCC); maybe without its prepositions
 * (`Office central de lutte contre la corruption…`, OCLCIFF) or the body noun it ends on
 * (`Public and Commercial Services Union`, PCS).
 */
export function spells (name: string, acronym: string, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  const words = tokenize(name, 0, name.length).filter((t) => /\p{L}/u.test(t.text) && !statement.determiners.has(t.folded) && !statement.genitives.has(t.folded) && !statement.stopwords.has(t.folded) && !ctx.lexicon.comitatives.has(t.folded))
  const initials = (kept: readonly Token[]): string => kept.map((t) => t.text.replace(/^\p{L}['’]/u, '').charAt(0).toUpperCase()).join('')
  const bodyNoun = statement.organizationWords.has(words.at(-1)?.folded ?? '') ? [words.slice(0, -1)] : []
  return [words, words.filter((t) => !statement.prepositions.has(t.folded)), ...bodyNoun].some((kept) => initials(kept) === acronym.toUpperCase())
}

/** Capitalised words and a coordinator right before a name (`Public and `). */
const COORDINATED_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(\p{Ll}+|&)\s+$/u

/** `EIGS` named alone (in a headline, in a later sentence) is the long name the body writes before `(EIGS)`, else null. */
export function longNameOf (acronym: string, ctx: ActorContext): string | null {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return null
  const { body } = ctx.mentions
  const at = body.indexOf(`(${acronym})`)
  if (at < 0) return null
  for (const m of mentionsIn(ctx.mentions, Math.max(0, at - 2 * ACRONYM_SPAN), at)) {
    const whole = withAcronym(m, ctx)
    if (whole !== m && body.slice(whole.end, at).trim() === '') return writtenName(whole, ctx)
  }
  return lowercaseLongName(acronym, at, ctx)
}

/** Words looked back from an acronym's bracket for its lowercase long name. */
const LONG_NAME_WORDS = 12

/**
 * `la brigade de recherche et d'intervention (BRI)`: a long name in lower case before the bracket,
 * its words' initials, function words aside, the acronym's letters.
 */
function lowercaseLongName (acronym: string, at: number, ctx: ActorContext): string | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const words = tokenize(body, Math.max(0, at - 120), at).filter((t) => t.end <= at).slice(-LONG_NAME_WORDS)
  const letters = acronym.toLowerCase()
  const joining = (t: Token): boolean => statement.determiners.has(t.folded) || statement.genitives.has(t.folded) || ctx.lexicon.comitatives.has(t.folded)
  for (let i = words.length - 1; i >= 0; i--) {
    const content = words.slice(i).filter((t) => !joining(t))
    if (content.length > letters.length) break
    const first = words[i] as Token
    if (content.length === letters.length && !joining(first) && /^\p{Ll}/u.test(first.text) &&
      content.every((t, k) => foldSameLength(t.text.replace(/^[ldj]['’]/u, '')).startsWith(letters[k] as string))) return body.slice(first.start, at).trim()
  }
  return null
}

/** A continuation of a name with no verb of the lexicons (an auxiliary, a trigger's verb form, a verb of saying) and few words: still the name. */
function nameRunsOn (continuation: string, ctx: ActorContext): boolean {
  const words = tokenize(continuation, 0, continuation.length).filter((t) => /\p{L}/u.test(t.text))
  const auxiliaries = auxiliaryWords(ctx.lexicon)
  // (`judge Esther Wambui said the Independent Electoral and Boundaries Commission (IEBC)`: a verb of saying ends the name)
  const said = sayingWords(ctx)
  if (words.some((t) => said.has(t.folded))) return false
  const verb = (t: Token): boolean => ctx.lexicon.forms.get(t.folded)?.some((f) => f.verb && f.words.length === 1 && f.exact[0] === t.text.toLowerCase()) === true
  // (`La CGT et Force ouvrière (FO)`: a name joined to the next by a coordinator is two names)
  return words.length <= FOREIGN_ACRONYM_WORDS && !ctx.lexicon.comitatives.has(words[0]?.folded ?? '') && !words.some((t) => auxiliaries.has(t.text.toLowerCase()) || verb(t))
}

/** Lowercase adjectives an institution's name may take after its noun (`Conseil constitutionnel`). */
const NAME_ADJECTIVES = 2

/**
 * `Conseil` + ` constitutionnel`, `Commission` + ` européenne`: an organisation's or an institution's noun (`Parlement européen`) goes on
 * through the lowercase adjectives after it (by their endings, lexicon `nameAdjectiveEndings`), and first through a bare
 * noun after a genitive with no article (lexicon `bareGenitives`: `Conseil de sécurité`, `Forces de soutien rapide`).
 */
function withAdjectives (mention: Mention, ctx: ActorContext): Mention {
  const { body } = ctx.mentions
  const endings = ctx.lexicon.data.actors?.nameAdjectiveEndings ?? []
  // (`Nouveau Front` + ` populaire`: a party's or a movement's noun heads a name too, lexicon `actors.nameHeads`, as its last word)
  const head = foldSameLength(mention.text.split(/\s+/).at(-1) ?? '')
  const single = !/\s/.test(mention.text)
  if (mention.type !== 'name' || endings.length === 0 ||
    !((single && (ctx.mentions.lexicon.organizationWords.has(head) || ctx.lexicon.institutions.has(head))) || ctx.lexicon.nameHeads.has(head))) return mention
  let end = mention.end
  const words = tokenize(body, mention.end, Math.min(body.length, mention.end + 40))
  // (`Conseil de sécurité`, `Cour de cassation`: or through a bare noun after `de`, no determiner)
  const [genitive, noun] = words
  if (genitive !== undefined && noun !== undefined && ctx.lexicon.bareGenitives.has(genitive.folded) && /^\s*$/.test(body.slice(genitive.end, noun.start)) &&
    /^\p{Ll}+$/u.test(noun.text) && !ctx.lexicon.forms.has(noun.folded) && !ctx.mentions.lexicon.determiners.has(noun.folded)) {
    end = noun.end
    words.splice(0, 2)
  }
  for (const word of words.slice(0, NAME_ADJECTIVES)) {
    if (!/^\s+$/.test(body.slice(end, word.start)) || !/^\p{Ll}+$/u.test(word.text) || ctx.lexicon.forms.has(word.folded) ||
      !endings.some((e) => word.text.endsWith(e))) break
    end = word.end
  }
  return end === mention.end ? mention : { ...mention, ...spanOf(body, mention.start, end), name: body.slice(mention.start, end) }
}

/**
 * `déposée par La France insoumise`: inside a sentence, a determiner written with a capital opens a
 * name (a party's), which runs on through the lowercase adjective after the word it capitalises.
 */
function capitalisedDeterminerName (mention: Mention, ctx: ActorContext): Span & { text: string } | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  if (mention.type !== 'name' || /\s/.test(mention.text)) return null
  const before = tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => t.end <= mention.start).slice(-2)
  const [previous, determiner] = before
  const [adjective] = tokenize(body, mention.end, Math.min(body.length, mention.end + 30))
  if (previous === undefined || determiner === undefined || adjective === undefined || !/^\p{L}/u.test(previous.text) ||
    !/^\p{Lu}/u.test(determiner.text) || !statement.definiteDeterminers.has(determiner.folded) || !/^\s+$/u.test(body.slice(mention.end, adjective.start)) ||
    !/^\p{Ll}+$/u.test(adjective.text) || ctx.lexicon.forms.has(adjective.folded) || statement.stopwords.has(adjective.folded) ||
    statement.prepositions.has(adjective.folded) || auxiliaryWords(ctx.lexicon).has(adjective.text)) return null
  return { start: determiner.start, end: adjective.end, text: body.slice(determiner.start, adjective.end) }
}

/**
 * `parquet national financier avait requis quatre`: a phrase read past its own verb ends before
 * the auxiliary that opens it (as written, accents kept: French `a` is one, `à` is not), or before
 * a trigger's verb form.
 */
function upToVerb (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'phrase') return mention
  const { body } = ctx.mentions
  const auxiliaries = auxiliaryWords(ctx.lexicon)
  const statement = ctx.mentions.lexicon
  // (`the army killed dozens`: or a trigger's own verb form, in a tense with no auxiliary)
  // (but after a determiner a trigger's form is a noun: `Le juge d'instruction`)
  const tokens = tokenize(body, mention.start, mention.end)
  const noun = (k: number): boolean => statement.determiners.has(tokens[k - 1]?.folded ?? '')
  // (`the RMT union announced a 48-hour`: or a verb of saying)
  const said = sayingWords(ctx)
  const verb = tokens.find((t, k) => k > 0 && (auxiliaries.has(t.text.toLowerCase()) || (/^\p{Ll}/u.test(t.text) && !noun(k) && (ctx.lexicon.forms.get(t.folded)?.some((f) => f.verb) === true || said.has(t.folded)))) &&
    !statement.determiners.has(t.folded) && !statement.prepositions.has(t.folded))
  if (verb === undefined) return mention
  const end = mention.start + body.slice(mention.start, verb.start).trimEnd().length
  return { ...mention, ...spanOf(body, mention.start, end), name: body.slice(mention.start, end) }
}

const auxiliaryCache = new WeakMap<object, Set<string>>()
/** The first words of the lexicon's auxiliaries and of their infinitives (`has`, `avoir`), lower case, once per lexicon. */
export function auxiliaryWords (lexicon: EventLexicon): Set<string> {
  const { data } = lexicon
  let words = auxiliaryCache.get(data)
  if (words === undefined) {
    words = new Set([...data.auxiliaries.active, ...data.auxiliaries.passive, ...(data.auxiliaries.infinitive ?? [])].map((a) => lowerWords(a)[0] ?? ''))
    auxiliaryCache.set(data, words)
  }
  return words
}

/** `soldats de la République démocratique` (a phrase cut within its words): a phrase ending inside a country's name goes on to its end. */
function throughCountryName (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'phrase') return mention
  const country = ctx.spacedCountries?.find((c) => mention.start <= c.start && c.start < mention.end && mention.end < c.end)
  return country === undefined ? mention : { ...mention, ...spanOf(ctx.mentions.body, mention.start, country.end), name: ctx.mentions.body.slice(mention.start, country.end) }
}

/**
 * `tribunal supérieur de justice de la` (before a place the phrase stopped at): a phrase never ends
 * on the function words that join it to what it lost.
 */
function withoutDanglingWords (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'phrase') return mention
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const tokens = tokenize(body, mention.start, mention.end)
  // (`fined the club 1.2 million lira`: nor into a figure right after its noun, the amount the event is of)
  const noun = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && ![statement.determiners, statement.genitives, statement.prepositions].some((set) => set.has(t.folded))
  const figure = tokens.findIndex((t, k) => k > 0 && /^\d/u.test(t.text) && noun(tokens[k - 1] as Token))
  let last = (figure > 0 ? figure : tokens.length) - 1
  // (`collectif d'organisations syndicales et` before a name the phrase stopped at: nor on a coordinator)
  while (last > 0 && [statement.genitives, statement.determiners, statement.prepositions, ctx.lexicon.comitatives].some((set) => set.has((tokens[last] as Token).folded))) last--
  // (`un homme de 23 ans soupçonné d'avoir…`: nor on the participle opening a description cut off after it)
  const endings = ctx.lexicon.data.actors?.participleEndings ?? []
  const described = /^\s*(?:d['’]|de\s|par\s)/u.test(body.slice(mention.end))
  if (last > 1 && described && /^\p{Ll}/u.test((tokens[last] as Token).text) && endings.some((e) => (tokens[last] as Token).text.endsWith(e))) last--
  const end = (tokens[last] as Token).end
  return end >= mention.end ? mention : { ...mention, ...spanOf(body, mention.start, end), name: body.slice(mention.start, end) }
}

/**
 * `Ambassador Pavel Dronov`, `Justice Helen Marlow`: capitalised words up to a role word (the
 * statement lexicon's `roleWords`, the lexicon's `actors.titles`) before a person's name of two or
 * three words are a title.
 */
function withoutTitle (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'name') return mention
  const statement = ctx.mentions.lexicon
  const words = tokenize(ctx.mentions.body, mention.start, mention.end)
  const title = titleLength(words.map((t) => t.text), ctx)
  const name = words.slice(title)
  if (title === 0 || name.length < 2 || name.length > 3 || !words.every((t) => /^\p{Lu}/u.test(t.text)) ||
    name.some((t) => statement.organizationWords.has(t.folded) || ctx.lexicon.demonyms.has(t.folded))) return mention
  const start = (name[0] as Token).start
  return { ...mention, ...spanOf(ctx.mentions.body, start, mention.end), name: ctx.mentions.body.slice(start, mention.end) }
}

/** An acronym and the body noun after it. */
const ACRONYM_AND_NOUN = /^(\p{Lu}[\p{Lu}\p{N}&-]+)\s+(\p{Ll}+)$/u

/** `the RMT union`, `the ANC party`, `SNA troops`: the acronym names the body its noun says it is. */
function acronymOfBody (written: string, ctx: ActorContext): string {
  const parts = ACRONYM_AND_NOUN.exec(written)
  const noun = foldSameLength(parts?.[2] ?? '')
  return parts !== null && (ctx.mentions.lexicon.organizationWords.has(noun) || ctx.lexicon.institutions.has(noun)) ? parts[1] as string : written
}

function namedActor (found: Mention, role: ActorRole, ctx: ActorContext): ExtractedActor | null {
  const party = capitalisedDeterminerName(found, ctx)
  if (party !== null) return { name: party.text, kind: 'organization', role, mention: { start: party.start, end: party.end } }
  const mention = withoutPortfolio(withoutTitle(withAdjectives(withAcronym(withCountryAdjective(throughCountryName(withoutDanglingWords(upToVerb(found, ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx)
  const country = ctx.lexicon.demonyms.get(foldSameLength(mention.text))
  // (`un Français et un Nigérien`: one person of a nationality, no country; `a German court` is the court's)
  if (country !== undefined && /^\p{Lu}/u.test(mention.text) && (ctx.mentions.lexicon.data.indefiniteDeterminers ?? []).includes(wordBefore(ctx.mentions.body, mention, ctx, false)) &&
    !describesNext(mention, ctx)) return null
  if (country !== undefined) {
    const institution = institutionOf(mention, ctx)
    if (institution !== null) return { name: ctx.mentions.body.slice(institution.start, institution.end), kind: 'organization', role, mention: institution }
    const office = officeOf(mention, ctx)
    if (office !== null) return office.holder === null ? { name: ctx.mentions.body.slice(office.start, office.end), kind: 'person', role, mention: office } : { ...(namedActor(office.holder, role, ctx) ?? { name: office.holder.text, kind: 'person', role }), mention: office }
    return { name: country, kind: 'country', role, mention: { start: mention.start, end: mention.end } }
  }
  const place = mention.type === 'pronoun' ? null : placeOf(mention, ctx)
  const local = place === null || place.prepositional ? null : localInstitution(mention, ctx)
  if (local !== null) return { name: ctx.mentions.body.slice(local.start, local.end), kind: 'organization', role, mention: local }
  const governed = place?.place.capital === true && !place.prepositional ? countryNameIn(place.place.countryCode, ctx.lexicon.language) : undefined
  if (governed !== undefined) return { name: governed, kind: 'country', role, mention: { start: mention.start, end: mention.end } }
  const resolved = ctx.resolver.resolve(mention)
  if (resolved === null) return null
  const { speaker } = resolved
  let kind: ParticipantKind = speaker.kind
  // a country by its name; a city only where it is named as a place or is a big one (`Police` is also a Polish town)
  if (speaker.id === undefined && place !== null && (place.place.kind === 'country' || place.prepositional || place.place.population >= BIG_CITY)) {
    kind = place.place.kind === 'country' ? 'country' : 'place'
  }
  // (`le Quai d'Orsay`, `the Kremlin`: a seat of government stands for its institution)
  if (isSeat(mention, ctx)) kind = 'organization'
  const known = speaker.id !== undefined
  // a known participant by its name; a person met before by their full name (`M. Berthier` →
  // `Julien Berthier`); a place or anyone else as the text names them here
  const person = place === null && speaker.name !== mention.text && (mention.type !== 'phrase' || resolved.via === 'coreference')
  const written = acronymOfBody(writtenName(mention, ctx), ctx)
  const name = known || person ? speaker.name : longNameOf(written, ctx) ?? written
  // (`La motion de censure … a été rejetée`: the head noun a phrase is named by may be no actor's)
  if (!known && ctx.lexicon.notActors.has(foldedWords(name).join(' '))) return null
  const actor: ExtractedActor = {
    name,
    kind,
    role,
    mention: { start: mention.start, end: mention.end }
  }
  if (known) actor.id = speaker.id as string
  return actor
}

/** Words of a common noun an organiser is named by (`à l'appel d'une intersyndicale`, `called by the main trade unions`): a determiner, its adjectives and its noun. */
const ORGANISER_WORDS = 4

/**
 * `à l'appel d'une intersyndicale`, `à l'appel de l'Union étudiante`, `called by the unions`: who
 * called the event is its organiser, a source, named or not (markers are lexicon `organisers`).
 */
export function organisersIn (sentence: Span, ctx: ActorContext, actors: readonly ExtractedActor[]): ExtractedActor[] {
  const { body } = ctx.mentions
  const tokens = tokenize(body, sentence.start, sentence.end)
  const found: ExtractedActor[] = []
  for (const marker of ctx.lexicon.organisers) {
    for (let i = 0; i + marker.length <= tokens.length; i++) {
      // (`d'` is cut as `d` at the end of a marker, with nothing to elide onto)
      if (!marker.every((w, k) => tokens[i + k]?.folded.replace(/'$/, '') === w.replace(/'$/, ''))) continue
      const next = tokens[i + marker.length]
      if (next === undefined) continue
      const named = coordinatedAfter(next.start, sentence.end, ctx)
      // (`à l'appel de syndicats étudiants`: after a bare `de`, a plural with no article)
      const phrase = named.length > 0 ? null : phraseFrom(ctx.mentions, next.start, sentence.end, ORGANISER_WORDS) ?? barePlural(next, sentence.end, ctx)
      // (`à l'appel du collectif Lyannaj kont pwofitasyon`, `organisé par la coalition Dynamique…`: the name the noun introduces)
      if (named.length === 0) named.push(...namedAfterNoun(next.start, sentence.end, ctx))
      for (const mention of named.length > 0 ? named : phrase === null ? [] : [phrase]) {
        const actor = resolveActor(mention, 'source', ctx)
        if (actor !== null && ![...actors, ...found].some((a) => a.name === actor.name)) found.push(actor)
      }
    }
  }
  return found
}

/** The bare plural (`gunmen`, `protesters`) that is the only word of a clause before its verb. */
function bareSubject (from: number, trigger: Trigger, ctx: ActorContext): Mention | null {
  const words = tokenize(ctx.mentions.body, from, trigger.start)
  const first = words[0]
  if (first === undefined || words.length > 2) return null
  const plural = barePlural(first, trigger.start, ctx)
  return plural !== null && plural.end === (words.at(-1) as Token).end && ctx.lexicon.genericActors.has(first.folded) ? plural : null
}

/**
 * `syndicats étudiants` (after `à l'appel de`): a plural noun with no article and the lowercase
 * adjective after it, when neither is a function word nor an event's word.
 */
function barePlural (first: Token, to: number, ctx: ActorContext): Mention | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const plain = (t: Token | undefined): t is Token => t !== undefined && /^\p{Ll}+$/u.test(t.text) && !ctx.lexicon.forms.has(t.folded) &&
    ![statement.determiners, statement.genitives, statement.prepositions, statement.stopwords, ctx.lexicon.comitatives].some((set) => set.has(t.folded))
  const [noun, adjective] = tokenize(body, first.start, to)
  // (by its plural's ending, or a noun of the lexicon's generic actors: `gunmen`)
  if (!plain(noun) || !(/[sx]$/u.test(noun.text) || ctx.lexicon.genericActors.has(noun.folded))) return null
  const end = plain(adjective) && /^\s+$/u.test(body.slice(noun.end, adjective.start)) ? adjective.end : noun.end
  return { ...spanOf(body, noun.start, end), type: 'phrase', name: body.slice(noun.start, end) }
}

/**
 * `la coalition Dynamique pour la majorité du peuple`, `le syndicat SNCTA`: a determiner and one
 * common noun (or the noun alone, after `du`) set right before a name introduce it: the names from there.
 */
function namedAfterNoun (from: number, to: number, ctx: ActorContext): Mention[] {
  const { body } = ctx.mentions
  const words = tokenize(body, from, to)
  const noun = ctx.mentions.lexicon.determiners.has(words[0]?.folded ?? '') ? words[1] : words[0]
  if (noun === undefined || !/^\p{Ll}+$/u.test(noun.text)) return []
  const first = mentionsIn(ctx.mentions, noun.end, to)[0]
  return first === undefined || first.type !== 'name' || !/^\s+$/u.test(body.slice(noun.end, first.start)) ? [] : coordinatedAfter(first.start, to, ctx)
}

/**
 * `de la CGT et de SUD-Rail`, `of the GDL, Verdi and the EVG`: the names from `from`, each after
 * nothing but determiners, genitives, commas and coordinators.
 */
export function coordinatedAfter (from: number, to: number, ctx: ActorContext): Mention[] {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const joining = (t: Token): boolean => statement.determiners.has(t.folded) || statement.genitives.has(t.folded) || ctx.lexicon.comitatives.has(t.folded) || t.text === ','
  const named: Mention[] = []
  let at = from
  for (const m of mentionsIn(ctx.mentions, from, to)) {
    const between = tokenize(body, at, m.start)
    if (m.type === 'pronoun' || !between.every(joining) || (named.length > 0 && !between.some((t) => t.text === ',' || ctx.lexicon.comitatives.has(t.folded)))) break
    named.push(m)
    at = m.end
  }
  return named
}

/** Words between a mediator noun and its mediator's name (`égide de l'`, `auspices of the`). */
const MEDIATOR_WORDS = 3

/** `sous l'égide de l'Union africaine`, `under the auspices of Qatar`: the complement of a mediator noun mediates. */
export function mediator (body: string, mention: Span, ctx: ActorContext): boolean {
  const words = tokenize(body, Math.max(0, mention.start - 60), mention.start).slice(-MEDIATOR_WORDS - 1)
  const noun = words.findLast((w) => ctx.lexicon.mediators.has(w.folded))
  if (noun === undefined) return false
  // only determiners and `de`/`of` between the noun and the name, or the agent's `by` after a participle (`brokered by Qatar`)
  // (`mediators from Egypt and Qatar`: or the preposition of where they come from)
  const origins = ctx.lexicon.data.actors?.origins ?? []
  return words.slice(words.indexOf(noun) + 1).every((w) => ctx.mentions.lexicon.genitives.has(w.folded) || ctx.mentions.lexicon.determiners.has(w.folded) || ctx.lexicon.agents.has(w.folded) || origins.includes(w.folded) || /^[’']$/.test(w.text))
}

/** Words of a closing clause's subject before its speech verb (`, the GDL union said`). */
const SOURCE_WORDS = 6
/** Words a closing clause may go on with after its speech verb (`said on Tuesday`, `said in a statement`). */
const AFTER_SOURCE_WORDS = 5

/** The verbs of saying in `span` (the statement lexicon's finite forms: `said`, `has also said`), in text order. */
export function sayingIn (span: Span, ctx: ActorContext): Span[] {
  const text = ctx.mentions.body.slice(span.start, span.end)
  return ctx.mentions.lexicon.finite.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length })))
    .sort((a, b) => a.start - b.start)
}

/** Whether a verb of saying follows `end` right away, maybe past an acronym in brackets (`The Treasury (OFAC) said`). */
export function saysAfter (end: number, limit: number, ctx: ActorContext): boolean {
  const { body } = ctx.mentions
  const from = end + (/^\s*\([^)]*\)/u.exec(body.slice(end, limit))?.[0].length ?? 0)
  const first = sayingIn({ start: from, end: limit }, ctx)[0]
  return first !== undefined && body.slice(from, first.start).trim() === ''
}

/**
 * `…, a indiqué le gouverneur régional, Oleh Savtchenko.`, `…, said the governor.`, `…, Taliban
 * officials said.`: the clause that closes a sentence on a speech verb and its subject names its
 * source, no party of the event.
 */
export function reportingClause (body: string, sentence: Span, ctx: ActorContext): Span | null {
  const text = body.slice(sentence.start, sentence.end)
  const { determiners } = ctx.mentions.lexicon
  const words = (from: number, to: number): number => tokenize(text, from, to).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length
  for (const pattern of ctx.mentions.lexicon.finite) {
    pattern.lastIndex = 0
    for (const verb of text.matchAll(pattern)) {
      // the verb opens the closing clause, its subject right after it (not `, accusé d'avoir…`), past a date (`a annoncé mercredi la procureure`)
      const from = sentence.start + verb.index + verb[0].length
      const subject = tokenize(body, from, Math.min(sentence.end, from + 60)).find((t) => !circumstantial(t, ctx))
      // (after a clause with its own verb: `Le ministre, Laurent Mercier, a annoncé mardi la dissolution` is the lead's own verb)
      const closing = firstVerbal(tokenize(body, sentence.start, sentence.start + verb.index), ctx) !== undefined
      if (/,\s*$/.test(text.slice(0, verb.index)) && subject !== undefined && determiners.has(subject.folded) && closing) {
        return { start: sentence.start + verb.index, end: sentence.end }
      }
      // or its subject opens it, the verb then ends the sentence or a clause (`, the official said, speaking on…`)
      const comma = text.lastIndexOf(',', verb.index)
      const end = verb.index + verb[0].length
      const rest = /^[^,]*/.exec(text.slice(end))?.[0] ?? ''
      if (comma >= 0 && words(comma, verb.index) <= SOURCE_WORDS && words(end, end + rest.length) <= AFTER_SOURCE_WORDS) {
        return { start: sentence.start + comma + 1, end: sentence.end }
      }
    }
  }
  return null
}

/**
 * `…, tandis que le Danois Mikkel Sørensen a conservé le maillot jaune`, `pour relancer la coopération
 * entre la France et le Maroc`: where the lead goes on about something else (lexicon `actors.asides`),
 * a contrast to the sentence's end, a purpose to its next comma.
 */
function asidesIn (sentence: Span, ctx: ActorContext): Span[] {
  const tokens = tokenize(ctx.mentions.body, sentence.start, sentence.end)
  const verb = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text) && !ctx.mentions.lexicon.determiners.has(t.folded)
  const asides: Span[] = []
  for (const [i, t] of tokens.entries()) {
    const opens = (marker: readonly string[]): boolean => wordsAt(tokens, i, marker)
    if (ctx.lexicon.asideClauses.some(opens)) return [...asides, { start: t.start, end: sentence.end }]
    const purpose = ctx.lexicon.purposes.find(opens)
    if (purpose === undefined || !verb(tokens[i + purpose.length])) continue
    const comma = tokens.slice(i).find((w) => w.text === ',')
    asides.push({ start: t.start, end: comma?.start ?? sentence.end })
  }
  return asides
}

/**
 * `première visite depuis la suspension de la coopération entre l'Iran et l'agence`: a name in the
 * phrase a background word opens (lexicon `background`: `depuis`, `après`), up to its comma, is the background's
 * (but `after talks brokered by Qatar`, `sous l'égide du Qatar`: who brought it about is the news's too).
 */
function inBackground (sentence: Span, m: Span, ctx: ActorContext): boolean {
  const before = tokenize(ctx.mentions.body, sentence.start, m.start)
  const at = before.findLastIndex((t) => ctx.lexicon.background.has(t.folded))
  // (a noun phrase after it, `depuis la suspension`; not a clause, `after meeting`)
  const opening = before[at + 1]
  return at >= 0 && opening !== undefined && ctx.mentions.lexicon.determiners.has(opening.folded) && !before.slice(at + 1).some((t) => /^[,;:]$/.test(t.text))
}

/** More named bystanders than this in a lead sentence are a list. */
const MAX_OTHERS = 4

/** `the Directorate for Priority Crime Investigation, known as the Hawks`: a name after an alias marker (lexicon `actors.aliasMarkers`) is another name of a party. */
export function afterAliasMarker (body: string, mention: Span, ctx: ActorContext): boolean {
  const before = tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => t.end <= mention.start && !ctx.mentions.lexicon.determiners.has(t.folded))
  return ctx.lexicon.aliasMarkers.some((marker) => wordsAt(before, before.length - marker.length, marker))
}

/**
 * The main event's other parties: the persons, organisations and countries its lead sentence names
 * beyond the trigger's clause (`…, defeating Javiera Soto`, `sous l'égide de l'Arabie saoudite`),
 * but not places named as places, dates, sources (`selon`) or the actors it has.
 */
export function othersIn (sentence: Span, ctx: ActorContext, places: readonly PlaceMention[], actors: readonly ExtractedActor[]): ExtractedActor[] {
  const { body } = ctx.mentions
  const located = new Set(places.filter((p) => p.prepositional || p.place.kind === 'city').map((p) => p.start))
  const taken = (m: Span): boolean => actors.some((a) => a.mention !== null && a.mention.start < m.end && m.start < a.mention.end)
  const others: ExtractedActor[] = []
  const speaker = reportingClause(body, sentence, ctx)
  const asides = asidesIn(sentence, ctx)
  // (`…, mediators Egypt and Qatar announced`: who mediated may tell of it, each name the mediators' noun opens)
  const mediating = mentionsIn(ctx.mentions, sentence.start, sentence.end).filter((m) => mediator(body, m, ctx)).flatMap((m) => coordinatedAfter(m.start, sentence.end, ctx))
  for (const found of withoutModifiers(body, ctx, mentionsIn(ctx.mentions, sentence.start, sentence.end))) {
    const m = withAdjectives(withCountryAdjective(found, ctx), ctx)
    const mediated = mediating.some((x) => x.start < m.end && m.start < x.end)
    if (!mediated && [speaker, ...asides].some((x) => x !== null && x.start <= m.start && m.end <= x.end)) continue
    if (others.length >= MAX_OTHERS) break
    if (ctx.lexicon.demonyms.has(foldSameLength(m.text)) || ctx.lexicon.notActors.has(foldedPhrase(m.text)) || isCount(body, m, ctx) || isMeasure(body, m, ctx)) continue
    if (m.type === 'pronoun' || m.type === 'phrase' || describingCompound(m, ctx) || modelNumber(m, body) || (located.has(m.start) && !mediated) || taken(m) || /^['’]s\s+\p{Ll}/u.test(body.slice(m.end, m.end + 4))) continue
    if (ctx.excluded.some((x) => x.start < m.end && m.start < x.end) || isCommonWord(body, m, sentence, ctx, true) || opensOnModifier(body, m, sentence, ctx) || aside(body, m, ctx) || opensOffice(body, m, ctx) || isEventNoun(body, m, ctx) || namedDisaster(body, m, ctx) || stateAbbreviation(body, m) || opensEventNoun(body, m, ctx) || beforePlaceNoun(body, m, ctx) || afterPlaceNoun(body, m, ctx) || describesSomeone(body, m, ctx)) continue
    if (inBackground(sentence, m, ctx) && !mediator(body, m, ctx) && !ctx.lexicon.agents.has(wordBefore(body, m, ctx))) continue
    if (afterAliasMarker(body, m, ctx)) continue
    // a city is where, not who; a complement (`ministre des Affaires étrangères`, `of Texas`) describes; a country is a party
    const place = placeOf(m, ctx)
    if ((place !== null && place.place.kind !== 'country') || (place === null && isComplement(ctx.mentions, m) && !mediator(body, m, ctx))) continue
    const actor = resolveActor(m, 'other', ctx)
    if (actor !== null && !actors.some((a) => a.name === actor.name) && !others.some((a) => a.name === actor.name)) others.push(actor)
  }
  return others
}

/**
 * `The decision, taken by the College of Commissioners at its weekly meeting`, `The award was handed
 * to Valdivia … at a closing ceremony`: a party written as a phrase with no noun of people or of a body
 * (the statement lexicon's role and organisation words, kin; the generic actors, bystanders, delegates,
 * company, court and institution nouns) and no plural (lexicon `pluralSuffixes`) names a thing; a month or a
 * weekday alone names a time, a name ending on a natural feature a place.
 */
export function namesNoOne (actor: ExtractedActor, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  // (`signals December cut`, `April output`: a month or a day alone names a time, not `May` the modal, a surname too)
  const folded = foldSameLength(actor.name.toLowerCase())
  if ((ctx.lexicon.months.has(folded) || statement.timeWords.has(folded)) && !(statement.data.modals ?? []).includes(folded)) return true
  // (`near Scarborough Shoal`, `the Frieda River project`, `on Parliament Road`: a capitalised name ending on a natural or a built feature, lexicon `places.features`, is a place, not a country, `Solomon Islands`)
  // (`the Davis Cup`, `the Boxing Day Test`, `Serie A`: what is played is no party, whatever the event; lexicon `actors.tournaments`)
  if (foldedWords(actor.name).some((w) => ctx.lexicon.tournaments.has(w))) return true
  const words = actor.name.split(/\s+/)
  if (words.length > 1 && actor.kind !== 'country' && /^\p{Lu}/u.test(actor.name) && ctx.lexicon.features.has(foldSameLength((words.at(-1) ?? '').toLowerCase()))) return true
  const suffixes = statement.data.pluralSuffixes ?? []
  if (actor.mention === null || !/^\p{Ll}/u.test(actor.name) || suffixes.length === 0) return false
  const people = [statement.roleWords, statement.organizationWords, ctx.lexicon.people, ctx.lexicon.genericActors, ctx.lexicon.bystanders, ctx.lexicon.delegates,
    ctx.lexicon.companyNouns, ctx.lexicon.courtNouns, ctx.lexicon.institutions]
  // (`government's`, `ambassadors-designate`: a word without its possessive, each part of a compound)
  const someone = (word: string): boolean => word.replace(/['’]s$/u, '').split('-').some((part) => people.some((set) => set.has(part)) ||
    (statement.data.kinWords ?? []).includes(part) || suffixes.some((suffix) => part.endsWith(suffix) && !part.endsWith(suffix + suffix)))
  const text = ctx.mentions.body.slice(actor.mention.start, actor.mention.end)
  return tokenize(text, 0, text.length).every((t) => !/\p{L}/u.test(t.text) || statement.determiners.has(t.folded) ||
    (/^\p{Ll}/u.test(t.text) && !someone(t.folded)))
}
