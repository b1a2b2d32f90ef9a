import { detectLanguage } from '../language.js'
import { layoutOf, within } from '../layout.js'
import { lexiconFor } from '../lexicon.js'
import { tokenize, type Mention, type Token } from '../mentions.js'
import { type Quote, findQuotes, quoteAt } from '../quotes.js'
import { splitSentences } from '../sentences.js'
import { createSpeakerResolver } from '../speakers.js'
import { AFTER_WORD, BEFORE_WORD, escapeRegExp, foldSameLength, spanOf } from '../text.js'
import type { Span } from '../types.js'
import { actorsOf, afterAliasMarker, agentWithin, auxiliaryWords, isAgent, longNameOf, lowercaseWords, mediator, namesNoOne, organisersIn, othersIn, reportingClause, spells, SYMMETRIC, VICTIMS } from './actors.js'
import { agentNamedNext, agentsOfRetelling, blamedLater, courtNamedLater, courtNamedNext, employerNamedLater, handedToNext, judgeNamedLater, leaderNamedNext, mediatorsNamedNext, operationAgentNext, operatorNamed, opposedInstitution, othersNamedNext, ownPeopleTold, reporterInLead, reporterNamedNext, runnerUpNamed, teamsOfWinners, unionsNamed, votersNamed, workplaceOfStrikers } from './later.js'
import { agedHolderNext, agedOne, announcerNamedNext, bodyNamedNext, describesNoun, groupNamedNext, holderNamedNext, namedAmong, representativesNamedNext } from './holders.js'
import { BIG_CITY, type ActorContext } from './context.js'
import { countryNameIn, countryNamed, spacedCountryNames } from './gazetteer.js'
import { findDates, parseReference, referenceDate, type DateMention, type Tense } from './dates.js'
import { eventLexiconFor, foldedWords, hasPastEnding, isMarker, otherNumbers, type EventLexicon } from './lexicon.js'
import { countriesNamed, datelineOf, placesIn, type PlaceMention } from './places.js'
import { listedTargets } from './listed.js'
import { datesReport, inAttribution } from './reports.js'
import { titleOf } from './title.js'
import { findTriggers, type Trigger } from './triggers.js'
import type { EventExtractionInput, ExtractedActor, ExtractedEvent, ExtractedLocation } from './types.js'

/** Families below this are too vague to be an article's main event when a stronger one is near (`annonce`). */
const MAIN_WEIGHT = 0.6
/** A trigger inside a quotation is talked about, not reported: it weighs less. */
const QUOTED = 0.7

interface Draft {
  trigger: Trigger
  weight: number
  sentence: Span
  /** 0 the headline, 1 the lead sentence, 2 the rest. */
  rank: number
  /** `la trêve`, `this agreement`: an event noun that refers back to one already reported. */
  anaphoric: boolean
  /** `a condamné l'attaque`: an event noun another event's verb governs; the names around it are that verb's. */
  governed: boolean
  /** `after months of protests`: the cause or background of the news, not the news. */
  background: boolean
  /** `after the two leaders collided`: a verb of the background only by the subordinate clause it is in. */
  subordinate: boolean
  /** `the next summit`, `le prochain sommet`: another event of the kind, never a mention of one already found. */
  another: boolean
  date: DateMention | null
  /** Its date is the report's (`a-t-on appris mardi`): a later mention's own date says better. */
  dateReported: boolean
  /** A country or city the event is done to: where it happened when nothing else says. */
  actedUpon: ExtractedLocation | null
  /** A city the event is done to (`struck Odesa`): where it happened, whatever the dateline says. */
  cityActedUpon: boolean
  /** The place its sentence names, if any. */
  place: PlaceMention | null
  event: ExtractedEvent
}

/**
 * The events an article reports: each trigger word of the lexicon (`a signé`, `sommet`, `frappes`,
 * `arrested`) opens one, typed and CAMEO-coded by its family, dated from the dates of its
 * sentence (resolved against `published`), placed by the places of its sentence or the dateline,
 * with its actors in their roles. Mentions of one type and date are one event. The main event is
 * the strongest trigger of the lead sentence (the title's type first, when a title is given).
 * Pure and deterministic.
 */
export function extractEvents (input: EventExtractionInput): ExtractedEvent[] {
  const { body } = input
  const language = input.language ?? detectLanguage(body)
  const lexicon = eventLexiconFor(language)
  const reference = parseReference(input.published)
  const quotes = findQuotes(body)
  const layout = layoutOf(body)
  const split = splitSentences(body, language, quotes)
  const resolver = createSpeakerResolver(body, input.participants ?? [], lexiconFor(language))
  // (`la République démocratique du Congo`: a country's name with a word in lower case is one mention, as a known participant's is)
  const spacedCountries = spacedCountryNames(body, language, lexiconFor(language).particles, lexicon.data.places.countries).filter((c) => !resolver.aliases.some((a) => a.start < c.end && c.start < a.end))
  const countries = spacedCountries.map((c): Mention => ({ ...spanOf(body, c.start, c.end), type: 'name', name: body.slice(c.start, c.end) }))
  const ctx: ActorContext = {
    mentions: { body, lexicon: lexiconFor(language), aliases: [...resolver.aliases, ...countries] },
    lexicon,
    resolver,
    participants: input.participants ?? [],
    excluded: [],
    spacedCountries
  }
  const dateline = datelineOf(body, ctx)
  if (dateline !== null) ctx.excluded.push(dateline.header)
  if (dateline?.place != null) ctx.country = dateline.place.place.countryCode
  else ctx.articleCountries = countriesNamed(body, ctx)
  // the lead sentence begins after its dateline (`PARIS, 12 mars (Reuters) -`): its subject is what follows the dash
  const sentences = dateline === null ? split : split.map((s) => s.start <= dateline.header.start && dateline.header.end < s.end ? { ...s, start: dateline.header.end } : s)
  const inDateline = (d: Span): boolean => dateline !== null && d.start < dateline.header.end && dateline.header.start < d.end
  // (`Les camions de 44 tonnes pourront-ils … ?`, `« Nous avons un accord. » C'est par ces mots que…`: a question
  // or a quote opening the article sets the scene, and the sentence after it is the lead, unless the sentence
  // tells an event past its quote: `“…,” the EU's foreign policy chief said after ministers approved new sanctions`)
  const scene = (s: Span): boolean => /\?\s*$/u.test(body.slice(s.start, s.end)) || (/^\s*[«“"]/u.test(body.slice(s.start, s.end)) && !toldPastQuote(body, s, quotes, lexicon))
  const opening = sentences.filter((s) => !within(layout.headlines, s)).slice(0, 2)
  const leadSentence = opening.find((s) => !scene(s)) ?? opening[0]

  // (the day the lead tells of: `la veille`, `the next day` in a later sentence count from it)
  const leadDay = reference === null || leadSentence === undefined ? undefined : findDates(body, leadSentence, lexicon, reference, 'unknown').find((d) => !inDateline(d) && d.precision === 'day')
  const drafts: Draft[] = []
  const allPlaces: PlaceMention[] = []
  for (const sentence of sentences) {
    const places = placesIn(body, sentence, ctx)
    allPlaces.push(...places)
    const found = findTriggers(body, sentence, lexicon)
    // (`Réunis en assemblée générale, les contrôleurs…`: a verb capitalised at a sentence's start names no one)
    // (`Le juge d'instruction a mis en examen`: a form after a determiner is a noun, maybe a party's)
    ctx.excluded.push(...found.filter((t) => t.verb && !nominal(body, t, ctx)).map((t) => t.head))
    const triggers = found.filter((t) => !nominal(body, t, ctx) && !inName(body, sentence, t, places, ctx) && !inAttribution(body, sentence, t, ctx.mentions.lexicon) && !isTopic(body, sentence, t, lexicon) && !appositive(body, sentence, t) && !discussed(body, t, found, lexicon))
    if (triggers.length === 0) continue
    const rank = within(layout.headlines, sentence) ? 0 : sentence === leadSentence ? 1 : 2
    const events = joinInfinitives(body, absorbObjects(body, triggers, ctx.mentions.lexicon.prepositions, ctx.mentions.lexicon.determiners), lexicon)
    // (`Un adolescent, interpellé mercredi soir, a été mis en examen`: the participle set off by a comma keeps its date,
    // so does a verb describing the subject, `Six nurses who were abducted last month were freed`)
    const asides = found.filter((u) => afterComma(body, sentence, u) || describesSubject(body, sentence, u, events, ctx))
    for (const trigger of events) {
      const dates = reference === null ? [] : findDates(body, sentence, lexicon, reference, tenseOf(body, sentence, trigger, lexicon), leadDay).filter((d) => !inDateline(d))
      ctx.excluded.push(...dates)
      const participants = actorsOf(trigger, sentence, ctx, places)
      // (`ont été interpellées lors d'une opération de police`: the noun the verb took as its object names who did it)
      const objects = triggers.filter((t) => !events.includes(t) && t.start >= trigger.end && isObjectOf(body, trigger, t, ctx.mentions.lexicon.prepositions, ctx.mentions.lexicon.determiners))
      // (`agreed on Monday to a 30-day truce`: the verb's object of its own type says which kind, a ceasefire is a yield)
      const kind = trigger.verb && trigger.family.undoes !== true ? triggers.find((t) => !t.verb && t.start >= trigger.end && t.family.type === trigger.family.type && isObjectOf(body, trigger, t, ctx.mentions.lexicon.prepositions, ctx.mentions.lexicon.determiners)) : undefined
      const agent = participants.some((a) => a.role === 'source') ? undefined : [trigger, ...objects].map((t) => agentWithin(t, ctx)).find((a) => a !== null)
      if (agent != null) participants.push(agent)
      // a date past another verb trigger is that verb's (`arrested a man after two boys were stabbed on Monday night`)
      // (the report's day only when the event has none of its own)
      // (a date in a `since` clause after it is another event's beginning, unless the sentence gives it no other)
      const unbegun = dates.filter((d) => !sinceClause(body, trigger, d, lexicon))
      const own = ownDates(body, unbegun.length > 0 ? unbegun : dates, trigger, events).filter((d) => !trigger.verb || !asides.some((u) => u.end <= d.start && d.end <= trigger.start && !body.slice(u.end, d.start).includes(',')))
      const reported = (d: DateMention): boolean => datesReport(body, sentence, d, trigger, ctx.mentions.lexicon)
      const date = nearest(own.filter((d) => !reported(d)), trigger) ?? nearest(own, trigger)
      const actorAt = new Set(participants.map((a) => a.mention?.start))
      // where it happened: a place named as one (`à Séoul`, `in Kharkiv`), else a country acted upon (`a frappé le Japon`)
      // (`a convoqué l'ambassadeur d'Algérie en France, au lendemain de l'expulsion de deux agents en poste à Oran`: Oran is the expulsion's)
      const others = events.filter((u) => u !== trigger && u.start > trigger.end)
      const mine = trigger.verb ? places.filter((p) => !others.some((u) => u.end <= p.start)) : places
      const place = mine.find((p) => !actorAt.has(p.start) && p.prepositional) ?? null
      const actedUpon = places.find((p) => participants.some((a) => a.role !== 'source' && a.mention?.start === p.start)) ??
        places.find((p) => !actorAt.has(p.start) && p.place.kind === 'city') ?? null
      const told = isBackground(body, sentence, trigger, lexicon, ctx.mentions.lexicon.determiners) || participleAside(body, sentence, trigger, events, lexicon) || earlierOfSomeone(body, sentence, trigger, ctx) ||
        describesSubject(body, sentence, trigger, events, ctx)
      const subordinate = trigger.verb && inSubordinate(body, sentence, trigger, lexicon)
      drafts.push({
        trigger,
        weight: trigger.family.weight * (quoteAt(quotes, trigger.start) === undefined ? 1 : QUOTED),
        sentence,
        rank,
        anaphoric: anaphoric(body, trigger, ctx),
        governed: !trigger.verb && events.some((v) => v.verb && v.end <= trigger.start && isObjectOf(body, v, trigger, ctx.mentions.lexicon.prepositions, ctx.mentions.lexicon.determiners, ctx.mentions.lexicon.genitives)),
        another: !trigger.verb && tokenize(body, Math.max(sentence.start, trigger.start - 25), trigger.start).slice(-2).some((t) => lexicon.otherInstance.has(t.folded)),
        background: told || subordinate,
        subordinate: subordinate && !told,
        date,
        dateReported: date !== null && reported(date),
        actedUpon: actedUpon === null ? null : locationOf(body, actedUpon),
        // (nobody acts in a disaster: a city its sentence names is where it struck)
        cityActedUpon: actedUpon !== null && (isObject(body, trigger, actedUpon, ctx) || (trigger.family.actors === false && actedUpon.place.kind === 'city')),
        place,
        event: {
          title: titleOf(body, sentence, trigger, participants, rank === 0),
          type: trigger.family.type,
          cameo: kind?.family.cameo ?? trigger.family.cameo,
          trigger: spanOf(body, trigger.start, trigger.end),
          startDate: date?.date ?? null,
          startPrecision: date?.precision ?? null,
          location: place === null ? null : locationOf(body, place),
          participants,
          main: false,
          confidence: 0,
          scope: { ...sentence }
        }
      })
    }
  }
  // (`Schools stayed closed two days after gunmen kidnapped five officers`: a lead whose only events are told in a subordinate clause tells them as its news)
  const lead = drafts.filter((d) => d.rank === 1)
  if (!lead.some((d) => !d.background)) for (const d of lead) if (d.subordinate) d.background = false
  // (`Après quinze ans de discussions, le texte est enfin bouclé. L'UE et la Malaisie ont conclu…`: a lead that tells
  // only of the background hands the lead on to the next sentence)
  if (leadSentence !== undefined && !drafts.some((d) => d.rank === 1 && !d.background)) {
    const next = sentences.find((s) => s.start >= leadSentence.end && !within(layout.headlines, s))
    if (next !== undefined) for (const d of drafts) if (d.sentence.start === next.start) d.rank = 1
  }
  lendSubjects(body, drafts)
  reactionTargets(body, drafts, ctx)
  const merged = mergeMentions(drafts, ctx, reference === null ? undefined : referenceDate(reference).date)
  if (merged.length === 0) return []
  // the background of the lead (`évacués après les pluies diluviennes`) is the news when the lead reports nothing else,
  // or nothing of the headline's type while the background is of it (`Inondations dans le Var` over `ont été évacués`)
  const titleKinds = input.title === undefined ? new Set<string>() : titleTypes(input.title, ctx)
  const news = merged.filter((d) => !d.background)
  const inLeadTitled = (list: readonly Draft[]): boolean => list.some((d) => d.rank <= 1 && titleKinds.has(d.event.type))
  const horizon = sentences[TITLED_SENTENCES]?.start ?? body.length
  const chosen = mainOf(news.some((d) => d.rank <= 1) && (inLeadTitled(news) || !inLeadTitled(merged)) ? news : merged, titleKinds, horizon)
  const main = causeOf(chosen, merged) ?? chosen
  main.event.main = true
  if (main.rank <= 1 && main.trigger.family.actors !== false) {
    main.event.participants.push(...organisersIn(main.sentence, ctx, main.event.participants))
    // (`sa démission au président, qui a nommé pour lui succéder Claire Jaouen`: a name past the verb of another kind of event is that event's)
    const otherVerb = drafts.find((d) => d.sentence.start === main.sentence.start && d.trigger.verb && d.trigger.start >= main.trigger.end && d.event.type !== main.event.type)
    // (in a match, the players and the venue the lead names are no parties beside the two sides)
    if (main.event.type !== 'sport') main.event.participants.push(...othersIn({ ...main.sentence, end: otherVerb?.trigger.start ?? main.sentence.end }, ctx, placesIn(body, main.sentence, ctx), main.event.participants))
    const following = sentences.filter((s) => s.start >= main.sentence.end)
    const next = following[0]
    // (`…, a annoncé le Premier ministre irakien. Aino Virtanen, 34 ans,`: the office of who tells of it is named by no one next)
    const reporting = reportingClause(body, main.sentence, ctx)
    const told = reporting === null || reporting.start < main.trigger.end ? main.sentence : { ...main.sentence, end: reporting.start }
    main.event.participants = holderNamedNext(told, following, main.trigger, main.event.participants, ctx)
    // (`… quashed the conviction of a Brampton man. In a unanimous decision, … Harjit Sandhu, 27, was found guilty`: or the one after it)
    for (const [k, later] of following.slice(0, AGED_SENTENCES).entries()) main.event.participants = agedHolderNext(main.sentence, later, main.event.participants, ctx, main.event, k > 0)
    main.event.participants = bodyNamedNext(next, main.event.participants, ctx)
    main.event.participants = namedAmong(following, main.event.participants, ctx)
    if (LISTED.has(main.event.type)) main.event.participants = listedTargets(following, main.event.participants, ctx)
    main.event.participants = groupNamedNext(following.slice(0, GROUP_SENTENCES), main.event.participants, ctx)
    main.event.participants = announcerNamedNext(next, main.event.participants, ctx)
    main.event.participants = othersNamedNext(next, main.event.participants, ctx)
    main.event.participants = mediatorsNamedNext(next, representativesNamedNext(next, main.event.participants, ctx, SYMMETRIC.has(main.event.type)), ctx)
    // (`La cyberattaque … a été revendiquée lundi par le groupe NoxLocker`: the lead may say who claims it too)
    if (VICTIMS.has(main.event.type)) main.event.participants = leaderNamedNext(next, blamedLater([main.sentence, ...following], main.event.participants, ctx), ctx)
    // (`A man has been charged …, Greater Manchester Police said`: who tells of a charge in its lead brought it, before the court the accused is to face)
    if (main.event.type === 'other' && main.event.cameo === '17') main.event.participants = reporterNamedNext(next, reporterInLead(main.sentence, main.trigger, main.event.participants, ctx), ctx)
    // (`A man has been charged … Danielle Hirst, 34, was found … West Yorkshire Police said`: or, for a charge or an arrest told in the passive, a sentence or two further on)
    if (main.trigger.passive && main.event.cameo === '17' && main.event.type !== 'court-ruling') {
      for (const later of following.slice(1, REPORTER_SENTENCES)) main.event.participants = reporterNamedNext(later, main.event.participants, ctx)
    }
    if (main.event.type === 'court-ruling' || (main.event.type === 'other' && main.event.cameo === '17')) main.event.participants = courtNamedLater(following, courtNamedNext(next, main.event.participants, ctx), ctx)
    // (`was fined at Leeds Crown Court`: a ruling of another type, told as one by its court)
    const ruled = main.event.type === 'court-ruling' || tokenize(body, main.sentence.start, main.sentence.end).some((t) => lexicon.courtNouns.has(t.folded))
    if (ruled) main.event.participants = judgeNamedLater(following, main.event.participants, ctx)
    main.event.participants = agentNamedNext(next, main.trigger, main.event.participants, ctx)
    main.event.participants = agentsOfRetelling(next, main.event, SYMMETRIC.has(main.event.type), main.event.participants, ctx)
    if (JUSTICE.has(main.event.type) || main.event.cameo === '17') {
      main.event.participants = reporterNamedNext(next, operationAgentNext(next, reporterInLead(main.sentence, main.trigger, main.event.participants, ctx), ctx), ctx)
    }
    // (in a race, the runners-up the lead gives after a person who wins; a team's match names players after `devant`)
    const race = main.event.type === 'sport' && main.event.participants.find((a) => a.role === 'source')?.kind === 'person'
    // (`Il devance de 22 secondes le Belge…`: a race's runners-up, in the next sentence only when it goes on with the winner)
    const goesOn = next !== undefined && ctx.mentions.lexicon.data.pronouns.male.concat(ctx.mentions.lexicon.data.pronouns.female).includes(tokenize(body, next.start, next.end)[0]?.folded ?? '')
    // (`won the world championship …, beating Canada 3-2`: a team's runner-up, in the lead only, when no side beaten is named yet)
    const team = main.event.type === 'sport' && !race && !main.event.participants.some((a) => a.role === 'target')
    if (main.event.type === 'election' || race) main.event.participants = runnerUpNamed(main.sentence, main.trigger, race && !goesOn ? undefined : next, main.event.participants, ctx)
    else if (team) main.event.participants = runnerUpNamed(main.sentence, main.trigger, undefined, main.event.participants, ctx, true)
    if (race) main.event.participants = teamsOfWinners(main.event.participants, ctx)
    // (a release: the family of verbs whose subject undergoes it, of CAMEO 08)
    if (main.trigger.family.undergoer === true && main.event.cameo === '08') main.event.participants = handedToNext(next, main.event.participants, ctx)
    // (`Lancée mardi à l'appel de la CGT et de SUD-Rail, la grève…`: who called a walkout or a march, told a sentence or two on)
    if (main.event.type === 'strike' || main.event.type === 'protest') {
      for (const later of following.slice(0, ORGANISER_SENTENCES)) main.event.participants.push(...organisersIn(later, ctx, main.event.participants))
    }
    if (main.event.type === 'strike') main.event.participants = employerNamedLater(following, opposedInstitution([main.sentence], workplaceOfStrikers(main.sentence, unionsNamed(sentences.filter((s) => s.start >= main.sentence.start), main.event.participants, ctx), ctx), ctx), ctx)
    if (OWN_PEOPLE.has(main.event.type)) main.event.participants = ownPeopleTold(following, main.event.participants, ctx)
    if (main.event.type === 'state-visit') main.event.participants.push(...hostMetLater(main, merged, following.slice(0, HOST_SENTENCES)))
    main.event.participants.push(...retoldActors(main, drafts, following.slice(0, RETOLD_SENTENCES), ctx))
    if (main.event.type === 'economic') main.event.participants = votersNamed([main.sentence, ...following], main.event.participants, ctx)
    main.event.participants = withoutAgedOnes(withoutOwnedKinds(main.event.participants, ctx), ctx)
  }
  // the parties the headline names (a lead opening on a quote or a role, `le président russe`, may name none)
  if (input.title !== undefined && main.trigger.family.actors !== false) {
    const named = main.event.participants
    // (`Paris convoque …` over `Le Quai d'Orsay a convoqué …`: the headline's country is the body's institution of it)
    const institutionFor = (a: ExtractedActor): boolean => a.kind === 'country' && named.some((b) => b.role === a.role && b.kind === 'organization') && !named.some((b) => b.role === a.role && b.kind === 'country')
    // (`UN council meets` over `The UN Security Council held`: a name written within a party's words is that party)
    const within = (a: ExtractedActor, b: ExtractedActor): boolean => b.mention !== null && spansOf(body.slice(b.mention.start, b.mention.end), a.name).length > 0
    main.event.participants.push(...titleActors(input.title, main.event.type, ctx).filter((a) => !institutionFor(a) && !named.some((b) => sameName(a.name, b.name) || samePerson(a, b) || acronymsAfter(body, b).includes(a.name) || within(a, b))))
  }
  // (nobody acts in an accident, but someone runs what it befell)
  if (main.event.type === 'accident' && main.rank <= 1) main.event.participants = operatorNamed(sentences.filter((s) => s.start >= main.sentence.start), main.event.participants, ctx)
  const day = dayTold(main, merged)
  if (day !== undefined) { main.event.startDate = day; main.event.startPrecision = 'day' }
  // (`Two men have been charged … in the death of a man who was shot … in August`: a present perfect tells of now; a month
  // before the publication's, or a year, is another event's)
  const perfect = main.trigger.verb && lexicon.perfect.has(tokenize(body, main.trigger.start, main.trigger.end)[0]?.folded ?? '')
  // (`has quashed`, `walked off the job`: nor is a day after the publication's, when the verb tells of the past)
  const past = main.trigger.verb && (perfect || (hasPastEnding(lexicon, body.slice(main.trigger.head.start, main.trigger.head.end).toLowerCase()) &&
    tenseOf(body, main.sentence, main.trigger, lexicon) !== 'future'))
  const stale = (date: string, precision: string | null): boolean => reference !== null &&
    ((perfect && (precision === 'year' || (precision === 'month' && predates(date, referenceDate(reference).date)))) || (past && postdates(date, referenceDate(reference).date)))
  if (main.event.startDate !== null && stale(main.event.startDate, main.event.startPrecision)) { main.event.startDate = null; main.event.startPrecision = null }
  // the main event's date and place, when its sentence gives none: the lead's, the publication's
  // (news reports what happened on or just before the day it is published), the dateline's
  if (main.event.startDate === null && reference !== null) {
    const leadDates = leadSentence === undefined ? [] : findDates(body, leadSentence, lexicon, reference, 'unknown').filter((d) => !inDateline(d) && !stale(d.date, d.precision))
    // (`Première visite au Liban pour le ministre. Laurent Vasseur a été reçu mercredi …`: a lead with no date is dated by the sentence after it)
    const next = leadDates.length > 0 || leadSentence === undefined ? undefined : sentences.find((s) => s.start >= leadSentence.end)
    // (not a day still to come: `se rendra vendredi à Brest` is another event)
    const published = referenceDate(reference)
    const nextDates = next === undefined ? [] : findDates(body, next, lexicon, reference, 'unknown').filter((d) => !inDateline(d) && d.date <= published.date && !stale(d.date, d.precision))
    const fallback = leadDates[0] ?? nextDates[0] ?? published
    main.event.startDate = fallback.date
    main.event.startPrecision = fallback.precision
  }
  // (`The NIA has arrested two men …, the agency said on Saturday. The suspects were detained during raids on Friday`: a present perfect
  // takes no past day of its own, the day its sentence gives is the report's; the day the next sentences retell it on is the news')
  const retoldOn = perfect && main.rank <= 1 ? dayRetold(main, drafts, sentences.filter((s) => s.start >= main.sentence.end).slice(0, RETOLD_SENTENCES), ctx) : undefined
  if (retoldOn !== undefined) { main.event.startDate = retoldOn; main.event.startPrecision = 'day' }
  // a headline that names where (`… signent à Pyongyang un traité`) says it for the main event
  const datelined = dateline?.place == null ? null : locationOf(body, dateline.place)
  const titled = input.title === undefined ? null : titlePlace(input.title, ctx)
  // (the headline's `Valence` is the dateline's `VALENCE (Espagne)`, not its French namesake)
  const sameAsDateline = titled !== null && datelined !== null && foldSameLength(titled.name) === foldSameLength(datelined.name)
  const placeOfStory = (sameAsDateline ? null : titled) ?? datelined
  // a small town abroad named in the lead of a datelined story (`near Stratford station` under
  // LONDON) is more likely a namesake the gazetteer lacks than a trip abroad, unless the article
  // names its country (`plants in Ludwigshafen` … `Germany's economy minister` under LONDON)
  const countryNamed = (code: string | null): boolean => allPlaces.some((p) => p.place.kind === 'country' && p.place.countryCode === code)
  const abroad = main.event.location !== null && placeOfStory !== null && main.event.location.countryCode !== placeOfStory.countryCode &&
    (main.place?.place.kind === 'city' && main.place.place.population < BIG_CITY) && !countryNamed(main.event.location.countryCode)
  // a country named in the lead (`sanctions against Russia over its war in Ukraine`) says less than the dateline's city
  const countryOnly = main.place?.place.kind === 'country' && placeOfStory !== null
  if (abroad || countryOnly) main.event.location = placeOfStory
  // `… a annoncé le rachat de X. L'accord, signé à São Paulo, …`: the next sentence opening on the
  // event again (a definite event noun) says where it happened
  const again = main.event.location === null ? retold(body, drafts, main, sentences) : undefined
  if (again?.place != null) main.event.location = locationOf(body, again.place)
  if (main.cityActedUpon) main.event.location ??= main.actedUpon
  main.event.location ??= placeOfStory ?? main.actedUpon
  // (the country the article names most, or its actors', is only a guess: a visit it reports says better)
  const placeGuessed = main.event.location === null
  main.event.location ??= mostNamed(body, allPlaces) ?? actorsCountry(body, main.event.participants, lexicon)
  addHost(main, hostCountry(body, main, lexicon), lexicon)
  const story = visitAround(merged, main, placeGuessed)
  if (story !== main) {
    main.event.main = false
    story.event.main = true
    if (placeGuessed) main.event.location = story.event.location
  }
  addHost(story, visitedCountry(body, story, ctx), lexicon)
  for (const draft of merged) {
    const { event } = draft
    if (draft !== story) {
      // a sub-event with no date or place of its own happened at the main event's
      if (event.startDate === null) { event.startDate = story.event.startDate; event.startPrecision = story.event.startPrecision }
      event.location ??= draft.actedUpon ?? story.event.location
    }
    event.participants = withoutShortNames(event.participants.filter((actor) => !isLocationCountry(actor, event.location, ctx) && !namesNoOne(actor, ctx)), ctx)
    event.confidence = confidenceOf(draft, draft === story)
  }
  return merged.filter((d) => d !== again).map((d) => d.event)
}

/**
 * `struck Kharkiv`, `a bombardé dans la nuit la ville de Kharkiv`, `pounded the port city of Odesa`:
 * a city right after an active verb, with only dates, determiners and place nouns between, is what it was done to.
 */
function isObject (body: string, trigger: Trigger, place: PlaceMention, ctx: ActorContext): boolean {
  if (!trigger.verb || trigger.passive || place.place.kind !== 'city' || place.prepositional || place.start < trigger.end) return false
  const { determiners, genitives } = ctx.mentions.lexicon
  const between = tokenize(body, trigger.end, place.start).filter((t) => !ctx.excluded.some((d) => d.start <= t.start && t.end <= d.end))
  const named = between.some((t) => ctx.lexicon.placeNouns.has(t.folded))
  return between.every((t) => determiners.has(t.folded) || ctx.lexicon.placeNouns.has(t.folded) || (named && genitives.has(t.folded)))
}

/** Words between a verb and the event noun it calls for (`ont appelé à la grève`, `called for a general strike`). */
const GOVERNED_WITHIN = 3

/** Kinds of verbs whose subject does the event they name next (`called for a strike`, `a annoncé la fermeture`); not reactions (`a condamné l'attaque`). */
const lends = (event: ExtractedEvent): boolean => event.cameo === '02' || event.type === 'announcement'

/**
 * `Les syndicats ont appelé à la grève`, `the unions called for a general strike`: an event noun
 * right after a call or an announcement, with no actor of its own but its target, is done by that verb's subject.
 */
function lendSubjects (body: string, drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    // (`a appelé à une grève … chez Michelin`: a noun with only its target has no one doing it yet)
    if (draft.trigger.verb || draft.event.participants.some((a) => a.role !== 'target') || draft.trigger.family.actors === false) continue
    const verb = drafts.findLast((d) => d.trigger.verb && !d.trigger.passive && d.sentence.start === draft.sentence.start && d.trigger.end <= draft.trigger.start)
    if (verb === undefined || !lends(verb.event) || tokenize(body, verb.trigger.end, draft.trigger.start).length > GOVERNED_WITHIN) continue
    const lent = verb.event.participants.filter((a) => a.role === 'source' && !draft.event.participants.some((b) => b.name === a.name)).map((a) => ({ ...a }))
    draft.event.participants = [...lent, ...draft.event.participants]
  }
}

/** CAMEO roots of a reaction to someone's deed: disapproving (11) and rejecting (12). */
const REACTIONS: ReadonlySet<string> = new Set(['11', '12'])

/**
 * `La Russie a condamné les sanctions adoptées par l'Union européenne`, `Minsk denounced the EU's
 * decision`: a reaction with no target is aimed at whoever did the deed it governs (that event's
 * sources other than the reacting one, who is then none of them).
 */
function reactionTargets (body: string, drafts: readonly Draft[], ctx: ActorContext): void {
  const { prepositions, determiners, genitives } = ctx.mentions.lexicon
  for (const reaction of drafts) {
    const { event } = reaction
    if (!reaction.trigger.verb || event.cameo === null || !REACTIONS.has(event.cameo) || event.participants.some((a) => a.role === 'target')) continue
    const deed = drafts.find((d) => d.governed && d.sentence.start === reaction.sentence.start && d.trigger.start >= reaction.trigger.end &&
      isObjectOf(body, reaction.trigger, d.trigger, prepositions, determiners, genitives))
    if (deed === undefined) continue
    const reacting = event.participants.filter((a) => a.role === 'source').map((a) => a.name)
    // (the reacting party, named before the verb, did not do the deed it reacts to)
    deed.event.participants = deed.event.participants.filter((a) => a.role !== 'source' || !reacting.some((n) => sameName(a.name, n)))
    event.participants.push(...deed.event.participants.filter((a) => a.role === 'source').map((a) => ({ ...a, role: 'target' as const })))
  }
}

/** Words a definite event noun may stand after at the start of its sentence to retell the main event. */
const RETOLD_WITHIN = 2

/**
 * The main event told again at the start of the sentence after its own (`L'accord, signé à São
 * Paulo`, `The deal, signed in Lima`): a definite event noun there, named with a place and no
 * date that contradicts the main event's.
 */
function retold (body: string, drafts: readonly Draft[], main: Draft, sentences: readonly Span[]): Draft | undefined {
  const next = sentences.find((s) => s.start >= main.sentence.end)
  if (next === undefined) return undefined
  return drafts.find((d) => d.anaphoric && d.sentence.start === next.start && d.place !== null && d.place.prepositional &&
    tokenize(body, next.start, d.trigger.start).length <= RETOLD_WITHIN &&
    (d.date === null || main.event.startDate === null || compatible(d.date.date, main.event.startDate)))
}

/** Types of event a leader's visit is made of: the visit, when the article reports one there, is the story they belong to. */
const DURING_A_VISIT: ReadonlySet<string> = new Set(['treaty-signing', 'agreement', 'meeting', 'negotiation', 'welcome', 'ceremony', 'press-statement'])

/**
 * `Poutine et Kim Jong Un signent à Pyongyang un traité … dont c'était la première visite en
 * Corée du Nord`: a signing, talks or a welcome that happened during a visit the article reports
 * (same country, same time, one of the same parties) are episodes of that visit, which is the
 * article's main event. It takes the episode's date, place and parties when they say more (not a
 * place that was only guessed).
 * A visit elsewhere or at another time (`se rendra en juillet à Casablanca`) is another story.
 */
function visitAround (drafts: readonly Draft[], main: Draft, placeGuessed: boolean): Draft {
  if (!DURING_A_VISIT.has(main.event.type)) return main
  const { event } = main
  // (an episode whose place was only guessed happened wherever the visit did)
  const country = placeGuessed ? undefined : event.location?.countryCode ?? null
  const names = event.participants.map((a) => a.name)
  const visit = drafts.find((d) => d.event.type === 'state-visit' && !d.another && !d.background &&
    (d.date === null || event.startDate === null || compatible(d.date.date, event.startDate)) &&
    (country === undefined || (d.event.location?.countryCode ?? country) === country) &&
    // (`est arrivé à Dakar pour une visite officielle … ont signé trois accords`: a visit the lead reports frames an episode told later, whoever each names)
    (d.event.participants.length === 0 || (d.rank <= 1 && main.rank > 1) || d.event.participants.some((a) => names.some((n) => sameName(a.name, n)))))
  if (visit === undefined) return main
  const own = visit.event
  if (own.startDate === null || (event.startDate !== null && event.startDate.length > own.startDate.length)) {
    own.startDate = event.startDate
    own.startPrecision = event.startPrecision
  }
  if (own.location === null || (country !== undefined && own.location.countryCode === country)) own.location = event.location
  // the episode's parties, in their roles (the visitor acts, the host receives), then any other the visit names
  own.participants = [...event.participants.map((a) => ({ ...a })), ...own.participants.filter((a) => !names.some((n) => sameName(a.name, n)))]
  return visit
}

/**
 * `announced a 48-hour strike … later this month. Its members would walk out on 20 and 21
 * November`: a main event dated by its month only takes the day another mention of its kind, in
 * that month, names (not a background one, nor one said to be another: `la prochaine grève`).
 */
function dayTold (main: Draft, drafts: readonly Draft[]): string | undefined {
  const month = main.date
  if (month === null || month.precision === 'day') return undefined
  return drafts.find((d) => d !== main && !d.background && !d.another && d.event.type === main.event.type && d.event.cameo === main.event.cameo &&
    d.date?.precision === 'day' && compatible(d.date.date, month.date))?.date?.date
}

/**
 * The day, no later than the main event's, a verb of its own family in `following` tells it on, done to no other party
 * (`arrested` … `were detained`; not `have been charged` … `were arrested`, a family apart).
 */
function dayRetold (main: Draft, drafts: readonly Draft[], following: readonly Span[], ctx: ActorContext): string | undefined {
  const { body } = ctx.mentions
  const kind = (d: Draft): boolean => d.trigger.family === main.trigger.family
  // (`had offered to step down on Wednesday night`: not a verb in the pluperfect, nor the infinitive another verb governs)
  const first = (d: Draft): string => tokenize(body, d.trigger.start, d.trigger.end)[0]?.folded ?? ''
  const told = drafts.find((d) => following.some((s) => s.start === d.sentence.start) && d.trigger.verb && !d.trigger.negated && !d.background && !d.another &&
    kind(d) && !ctx.lexicon.pluperfect.has(first(d)) && !ctx.lexicon.infinitiveMarkers.has(first(d)) && d.date?.precision === 'day' &&
    (main.event.startDate === null || d.date.date <= main.event.startDate) && !doneToOthers(main, d, true) &&
    // (`The court also sentenced his former chief of staff`: a like event done to others)
    !tokenize(body, d.sentence.start, d.sentence.end).some((t) => ctx.lexicon.additives.has(t.folded)))
  return told?.date?.date
}

/** Sentences after the lead in which the persons a counted group is are looked for (`The men, named in court as …`). */
const GROUP_SENTENCES = 3

/** Sentences after the lead in which a person introduced by an age is looked for. */
const AGED_SENTENCES = 2

/** Sentences after the lead in which a body telling of a charge or an arrest is looked for (`West Yorkshire Police said`). */
const REPORTER_SENTENCES = 3

/** Sentences after the lead in which who called a strike or a march is looked for. */
const ORGANISER_SENTENCES = 3

/**
 * The body's first sentences, within which an event of the title's type beats the lead's news
 * (`EU blacklists … over jailed activists`: not a prison term told three sentences on).
 */
const TITLED_SENTENCES = 2

/** The kinds of event a rescue or an evacuation answers. */
const CAUSES: ReadonlySet<string> = new Set(['disaster', 'accident'])

/**
 * `Thousands were evacuated as the river burst its banks`: a rescue or an evacuation (an aid done to
 * its object) that nobody is told to do is the news of the disaster or the accident its sentence
 * tells, whatever the grammar; one done by someone (`WHO airlifts supplies`) is news of its own.
 */
function causeOf (main: Draft, drafts: readonly Draft[]): Draft | undefined {
  if (main.event.type !== 'aid' || main.trigger.family.undergoer !== true || main.event.participants.some((a) => a.role === 'source')) return undefined
  return drafts.find((d) => d !== main && d.sentence.start === main.sentence.start && CAUSES.has(d.event.type))
}

/** Whether a sentence opening on a quote names an event after the quote closes. */
function toldPastQuote (body: string, sentence: Span, quotes: readonly Quote[], lexicon: EventLexicon): boolean {
  // (one past the opening mark: the quote is the one that offset is inside)
  const quote = quoteAt(quotes, body.slice(sentence.start, sentence.end).search(/\S/u) + sentence.start + 1)
  return quote !== undefined && quote.end < sentence.end && findTriggers(body, { start: quote.end, end: sentence.end }, lexicon).some((t) => !t.negated)
}

/**
 * The article's main event: of the title's types (when given) the strongest in the headline or
 * lead sentence, else in the body's first sentences (before `horizon`); else the lead sentence's
 * strongest; else the headline's; else the strongest.
 */
function mainOf (drafts: readonly Draft[], titled: ReadonlySet<string>, horizon: number): Draft {
  const strongest = (list: readonly Draft[]): Draft | undefined =>
    list.reduce<Draft | undefined>((best, d) => best === undefined || d.weight > best.weight ? d : best, undefined)
  const lead = drafts.filter((d) => d.rank <= 1)
  return strongest(lead.filter((d) => titled.has(d.event.type))) ??
    strongest(drafts.filter((d) => titled.has(d.event.type) && d.weight >= MAIN_WEIGHT && d.sentence.start < horizon)) ??
    strongest(lead.filter((d) => d.rank === 1 && d.weight >= MAIN_WEIGHT)) ??
    strongest(lead.filter((d) => d.weight >= MAIN_WEIGHT)) ??
    strongest(drafts.filter((d) => d.weight >= MAIN_WEIGHT)) ??
    strongest(drafts) as Draft
}

/** The context to read a headline in: its own text, no aliases or excluded spans of the body's. */
const titleContext = (title: string, ctx: ActorContext): ActorContext => ({ ...ctx, mentions: { ...ctx.mentions, body: title, aliases: [] }, excluded: [] })

/** The first place the title names as one (after a place preposition), with no offsets: the title is not the body. */
function titlePlace (title: string, ctx: ActorContext): ExtractedLocation | null {
  const titleCtx = titleContext(title, ctx)
  const place = placesIn(title, { start: 0, end: title.length }, titleCtx).find((p) => p.prepositional)
  return place === undefined ? null : { ...locationOf(title, place), mention: null }
}

/**
 * `Poutine et Kim Jong Un signent à Pyongyang un traité`: who the headline says did the main
 * event, by name (no offsets: the title is not the body), when its trigger there has the main
 * event's type. A lead that opens on a quote or a role (`le président russe`) often names them only there.
 */
function titleActors (headline: string, type: string, ctx: ActorContext): ExtractedActor[] {
  // a wire label (`UPDATE 2-`, `EXCLUSIVE-`) is no name; in a headline in Title Case names cannot be told from words
  const title = headline.replace(/^\p{Lu}{3,}(?:\s+\d+)?\s*-\s*/u, '')
  const titleCtx = titleContext(title, ctx)
  const whole = { start: 0, end: title.length }
  const trigger = findTriggers(title, whole, ctx.lexicon).find((t) => t.family.type === type && !t.negated)
  // (`Biden Meets Xi`: a capitalised trigger word inside the headline)
  if (trigger === undefined || (trigger.head.start > 0 && /^\p{Lu}/u.test(title.slice(trigger.head.start)))) return []
  // a person's or a body's proper name (`Kim Jong Un`), not a description a headline capitalises (`Ancien maire de Montauban`)
  // nor a nationality (`Portuguese prime minister`): the body says those better
  const written = (a: ExtractedActor): string => a.mention === null ? '' : title.slice(a.mention.start, a.mention.end)
  const opensOnWord = (a: ExtractedActor): boolean => ctx.mentions.lexicon.stopwords.has(foldedWords(a.name)[0] ?? '')
  const proper = (a: ExtractedActor): boolean => a.generic !== true && a.mention !== null && !ctx.lexicon.demonyms.has(foldSameLength(written(a))) && !opensOnWord(a) &&
    !/^['’]s\s/u.test(title.slice(a.mention.end)) && a.name.split(/\s+/).every((w) => w.length <= 3 || /^\p{Lu}/u.test(w)) && !describesOffice(title, a.mention, ctx) &&
    // (`Rail strike halts…`, `Paramilitary shelling kills…`: nor one word the article writes in lower case)
    !(/^\p{L}[\p{L}-]*$/u.test(a.name) && lowercaseWords(ctx.mentions.body, ctx).has(a.name.toLowerCase())) && namedInBody(a)
  const namedInBody = (a: ExtractedActor): boolean => {
    const spans = spansOf(ctx.mentions.body, written(a))
    // (`Hawks arrest…`: nor one the body gives only as another name of a party, `known as the Hawks`)
    // (`Fugitive businessman extradited`, `Cop charged`: a headline capitalises its first word; a name the body never writes is none, unless an acronym, `BOK`)
    return !spans.some((s) => afterAliasMarker(ctx.mentions.body, s, ctx)) && (a.kind === 'country' || /\p{Lu}{2}/u.test(written(a)) || spans.length > 0)
  }
  // (`revendiquée par l'EIGS`: by the long name the body gives the acronym)
  return actorsOf(trigger, whole, titleCtx, placesIn(title, whole, titleCtx)).filter(proper).map((a) => ({ ...a, name: longNameOf(a.name, ctx) ?? a.name, mention: null }))
}

/** Where the body writes `text` as whole words. */
function spansOf (body: string, text: string): Span[] {
  if (text === '') return []
  return [...body.matchAll(new RegExp(`${BEFORE_WORD}${escapeRegExp(text)}${AFTER_WORD}`, 'gu'))].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/**
 * `Bangladesh ex-minister arrested`, `Kenya court orders`, `Solihull man jailed`: a headline's name
 * written right before a lowercase office, institution or person noun (`ex-` and such cut) says
 * whose office it is or where they are from, no party.
 */
function describesOffice (title: string, mention: Span, ctx: ActorContext): boolean {
  const next = tokenize(title, mention.end, Math.min(title.length, mention.end + 30))[0]
  if (next === undefined || !/^\s+$/.test(title.slice(mention.end, next.start)) || !/^\p{Ll}/u.test(next.text)) return false
  const noun = next.folded.split('-').at(-1) ?? ''
  // (`Two Red Cross workers freed`: after a count, the noun in another number too, by the lexicon's noun endings; `NATO leaders agree` are NATO's)
  const before = tokenize(title, Math.max(0, mention.start - 20), mention.start).filter((t) => t.end <= mention.start).at(-1)
  const counted = before !== undefined && (ctx.lexicon.quantities.has(before.folded) || ctx.lexicon.cardinals.has(before.folded) || /^\d+$/.test(before.text))
  const forms = [noun, ...(counted ? otherNumbers(ctx.lexicon, noun) : [])]
  // (`Solihull man jailed`: where the person is from)
  return forms.some((n) => ctx.mentions.lexicon.roleWords.has(n) || ctx.lexicon.institutions.has(n) || ctx.lexicon.bystanders.has(n))
}

/** One name within the other, word for word (`Poutine`, `Vladimir Poutine`), or its initials (`PSG`, `EU`). */
/** Sentences after a visit's lead in which the visitor's talks are looked for. */
const HOST_SENTENCES = 2

/**
 * `Visite surprise de la ministre allemande à Kiev. … Katrin Albers s'est entretenue avec son
 * homologue ukrainien, Oleksiy Hrytsenko`: whom the visitor meets a sentence or two on, when the
 * lead names no host, received the visit.
 */
function hostMetLater (visit: Draft, drafts: readonly Draft[], following: readonly Span[]): ExtractedActor[] {
  const named = visit.event.participants
  if (named.some((a) => a.role === 'target')) return []
  const visitors = named.filter((a) => a.role === 'source')
  const talks = drafts.find((d) => d !== visit && d.event.type === 'meeting' && following.some((s) => s.start === d.sentence.start) &&
    d.event.participants.some((a) => a.role === 'source' && visitors.some((v) => sameName(v.name, a.name))))
  return talks?.event.participants.filter((a) => a.role === 'target' && !named.some((b) => sameName(a.name, b.name))) ?? []
}

function sameName (a: string, b: string): boolean {
  // (`UN Security Council`, `U.N. Security Council`: dots in an abbreviation make no other name)
  const words = (name: string): string[] => foldedWords(name.replace(/\.(?=\p{L})|(?<=\p{Lu})\.(?=\s|$)/gu, ''))
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]]
  const initials = (name: string): string => name.split(/[\s-]+/).map((w) => w.charAt(0)).join('').toLowerCase()
  return (short.length > 0 && short.every((w) => long.includes(w))) || [a, b].some((n) => /^\p{Lu}{2,}$/u.test(n) && n.toLowerCase() === initials(n === a ? b : a))
}

/** `Commission nationale de l'informatique et des libertés (CNIL)`, `(GSIM, ou JNIM …)`: the acronyms the body writes in a bracket right after an actor's name. */
function acronymsAfter (body: string, actor: ExtractedActor): string[] {
  if (actor.mention === null) return []
  // (`(GSIM, ou JNIM selon son acronyme arabe)`: every acronym of the bracket)
  const bracket = /^\s*\(([^()]{2,60})\)/u.exec(body.slice(actor.mention.end, actor.mention.end + 64))?.[1] ?? ''
  return [...bracket.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{L}\d]{1,7}(?![\p{L}\d])/gu)].map((m) => m[0])
}

/** `Conservative Arancibia` in a headline is the lead's `Tomás Arancibia`: a person's surname, whatever the headline puts before it. */
function samePerson (headline: ExtractedActor, lead: ExtractedActor): boolean {
  const [a, b] = [foldedWords(headline.name), foldedWords(lead.name)]
  return lead.kind === 'person' && a.length > 1 && b.length > 1 && a.at(-1) === b.at(-1)
}

/**
 * Types a headline's word may name while the lead tells the same deed more precisely (`s'accordent` … `ont signé`;
 * `police charge man` … `have arrested a 34-year-old man`), by type or by type and CAMEO root.
 */
const KINDRED: Readonly<Record<string, readonly string[]>> = { agreement: ['treaty-signing'], meeting: ['negotiation'], 'other/17': ['arrest'] }

function titleTypes (title: string, ctx: ActorContext): Set<string> {
  const { lexicon } = ctx
  const statement = ctx.mentions.lexicon
  const whole = { start: 0, end: title.length }
  // (`… to press Houthis on detained staff`: a participle describing a noun is no deed of the headline's, as in the body)
  const titleCtx = titleContext(title, ctx)
  const triggers = findTriggers(title, whole, lexicon).filter((t) => !isBackground(title, whole, t, lexicon, statement.determiners) && !describingAfterPreposition(title, t, titleCtx))
  // `Moscou condamne le nouveau paquet de sanctions`: a headline whose verb is a reaction is about
  // the reaction; the noun it governs is what is reacted to. A claim (`revendique l'attaque`, CAMEO
  // 01) is no reaction: its author tells its own deed, the news. A yield (CAMEO 08: `suspend
  // l'interdiction de la manifestation`, `lifts the ban on rallies`) undoes what it governs: the news is the yield.
  const reaction = (v: Trigger): boolean => v.verb && !v.passive && ((v.family.type === 'declaration' && v.family.cameo !== '01') || v.family.cameo === '08')
  const topic = (t: Trigger): boolean => !t.verb && triggers.some((v) => reaction(v) && v.end <= t.start &&
    isObjectOf(title, v, t, statement.prepositions, statement.determiners, statement.genitives))
  // `NATO leaders agree to raise defence spending at The Hague summit`: a summit or talks a preposition
  // sets after the headline's verb is where its news happened, not the news
  const setting = (t: Trigger): boolean => !t.verb && DISCUSSING.has(t.family.type) && triggers.some((v) => v.verb && !v.passive && !v.negated && v.end <= t.start &&
    tokenize(title, v.end, t.start).some((w) => statement.prepositions.has(w.folded)))
  const kept = triggers.filter((t) => !topic(t) && !setting(t))
  return new Set(kept.flatMap(({ family: { type, cameo } }) => [type, ...(KINDRED[type] ?? []), ...(KINDRED[`${type}/${cameo ?? ''}`] ?? [])]))
}

/** Words looked back from an event noun for a `topics` word (`hopes for a deal`). */
const TOPIC_WINDOW = 4
/** Words looked back from an event noun for a `background` word (`after three days of artillery duels and air strikes`). */
const BACKGROUND_WINDOW = 8

/** Words between a subordinator and the verb of its clause (`after the two leaders collided`). */
const SUBORDINATE_SUBJECT_WORDS = 5

/** `… inculpé après les inondations`, `after months of protests`: a noun the news follows from. */
const isBackground = (text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon, determiners: ReadonlySet<string>): boolean => nounAfter(text, sentence, trigger, lexicon.background, BACKGROUND_WINDOW, determiners)

/** `won the Grand Prix after the two leaders collided`: the verb of a clause opened by a `background` word that is a subordinator too. */
function inSubordinate (text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean {
  const before = tokenize(text, Math.max(sentence.start, trigger.start - 60), trigger.start).filter((t) => t.end <= trigger.start).slice(-(SUBORDINATE_SUBJECT_WORDS + 1))
  const opener = before.findLastIndex((t) => lexicon.background.has(t.folded) && lexicon.subordinators.has(t.folded))
  return opener >= 0 && before.slice(opener + 1).every((t) => /[\p{L}\p{N}'’-]/u.test(t.text))
}

/** `Hopes for a deal`, `without reaching a deal`, `sans accord`: a noun only talked about, no event. */
const isTopic = (text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean => nounAfter(text, sentence, trigger, lexicon.topics, TOPIC_WINDOW)

/** Words from a topic preposition to the event noun it introduces (`on a stalled free trade agreement`). */
const TOPIC_WORDS = 5
/** Event types whose talk is about something (`talks on`, `discussions sur`). */
const DISCUSSING: ReadonlySet<string> = new Set(['meeting', 'negotiation'])

/**
 * `held separate talks with Nkosi on a stalled free trade agreement`: an event noun a talk is
 * about (after a lexicon `topicPrepositions` word, in the talk's clause) is its topic, no event.
 */
function discussed (body: string, trigger: Trigger, triggers: readonly Trigger[], lexicon: EventLexicon): boolean {
  if (trigger.verb) return false
  const prepositions = new Set(lexicon.data.topicPrepositions ?? [])
  const before = tokenize(body, Math.max(0, trigger.start - 60), trigger.start).filter((t) => t.end <= trigger.start).slice(-TOPIC_WORDS)
  const at = before.findLastIndex((t) => prepositions.has(t.folded))
  if (at < 0 || before.slice(at).some((t) => !/[\p{L}\p{N}'’-]/u.test(t.text))) return false
  const preposition = before[at] as Token
  return triggers.some((talk) => DISCUSSING.has(talk.family.type) && talk.end <= preposition.start && !/[,;:.]/.test(body.slice(talk.end, preposition.start)) &&
    tokenize(body, talk.end, preposition.start).length <= 2 * TOPIC_WORDS)
}

/** An event noun a few words after one of `words`, in the same clause. */
function nounAfter (text: string, sentence: Span, trigger: Trigger, words: ReadonlySet<string>, window: number, determiners?: ReadonlySet<string>): boolean {
  const before = tokenize(text, Math.max(sentence.start, trigger.start - 80), trigger.start).filter((t) => t.end <= trigger.start).slice(-window)
  // (`ending a five-day strike`: a verb's form right after its determiner, past the figures and compounds describing it, is a noun)
  const opening = before.findLast((t) => !t.text.includes('-') && !/^\d/.test(t.text))
  if (trigger.verb && !(determiners !== undefined && trigger.start === trigger.head.start && determiners.has(opening?.folded ?? ''))) return false
  const comma = before.findLastIndex((t) => !/[\p{L}\p{N}'’-]/u.test(t.text))
  return before.slice(comma + 1).some((t) => words.has(t.folded))
}

/**
 * `a signé un traité`, `signed a treaty`: an event noun right after a stronger verb is its
 * object, one event with it; after a negated verb (`n'a pas signé l'accord`), no event at all.
 */
function absorbObjects (body: string, triggers: readonly Trigger[], prepositions: ReadonlySet<string>, determiners: ReadonlySet<string>): Trigger[] {
  return triggers.filter((t) => !t.negated && (t.verb || !triggers.some((v) => v.verb && v.end <= t.start &&
    (v.negated || v.family.weight >= t.family.weight) && isObjectOf(body, v, t, prepositions, determiners))))
}

/**
 * `a signé mercredi à Pékin un accord`, `condamne le nouveau paquet de sanctions`: an event noun a
 * few words after a verb, with no comma between and no preposition right before it (`après des
 * manifestations` is another event), is the verb's object.
 */
function isObjectOf (body: string, verb: Trigger, noun: Trigger, prepositions: ReadonlySet<string>, determiners: ReadonlySet<string>, genitives?: ReadonlySet<string>): boolean {
  const between = tokenize(body, verb.end, noun.start)
  let k = between.length - 1
  if (k >= 0 && determiners.has((between[k] as { folded: string }).folded)) k--
  const before = between[k]
  // (given `genitives`, the noun may be a measure's complement: `condamne le paquet de sanctions`)
  const measured = genitives !== undefined && before !== undefined && genitives.has(before.folded) && k > 0
  return between.length <= 8 && !between.some((w) => w.text === ',') && (before === undefined || measured || !prepositions.has(before.folded))
}

/** Words between a verb and the infinitive it governs (`se rendra jeudi à Bastia pour rencontrer`). */
const INFINITIVE_WITHIN = 6

/**
 * Verbs that tell what their infinitive does (`agreed to buy`, `a annoncé vouloir fermer`, `voted
 * to confirm`): the infinitive is the event.
 */
const TELLS_WHAT_FOLLOWS: ReadonlySet<string> = new Set(['agreement', 'announcement', 'legislation'])

/**
 * A verb trigger right after an infinitive marker, governed by an earlier verb trigger of its
 * clause, is one event with it: an agreement or an announcement is what the infinitive does
 * (`agreed on Monday to buy`: one takeover, from `agreed`); any other verb is the event, and the
 * infinitive what it is done for (`se rendra à Bastia pour rencontrer les secouristes`: one visit).
 */
function joinInfinitives (body: string, triggers: readonly Trigger[], lexicon: EventLexicon): Trigger[] {
  const kept = [...triggers]
  for (const infinitive of triggers) {
    if (!infinitive.verb) continue
    // (the marker may be read as the trigger's auxiliary: `to meet`)
    const marker = tokenize(body, Math.max(0, infinitive.head.start - 12), infinitive.head.start).at(-1)
    if (marker === undefined || !lexicon.infinitiveMarkers.has(marker.folded) || marker.start > infinitive.start) continue
    const governor = kept.findLast((t) => t.verb && t.end <= marker.start)
    if (governor === undefined) continue
    const gap = tokenize(body, governor.end, marker.start)
    if (gap.length > INFINITIVE_WITHIN || gap.some((t) => !/[\p{L}\p{N}'’-]/u.test(t.text))) continue
    kept.splice(kept.indexOf(infinitive), 1)
    if (TELLS_WHAT_FOLLOWS.has(governor.family.type)) kept.splice(kept.indexOf(governor), 1, { ...infinitive, start: governor.start, passive: governor.passive })
  }
  return kept
}

/**
 * `les élus`, `l'ancien élu`, `a signed copy`: a participle right after a determiner (maybe with an
 * adjective between, `ancien`, `newly`), with no auxiliary, is a noun or an adjective; so is one
 * right before a word of its family's `describing` (`entities accused of helping Moscow`).
 */
function nominal (body: string, trigger: Trigger, ctx: ActorContext): boolean {
  if (!trigger.verb || trigger.start !== trigger.head.start) return false
  // (`14 officials accused of helping`: a word the active voice puts after its object describes; `d'` is cut as `d` alone)
  const after = tokenize(body, trigger.end, Math.min(body.length, trigger.end + 20))[0]
  if (after !== undefined && /^\s+$/.test(body.slice(trigger.end, after.start)) && trigger.family.describing?.includes(after.folded.replace(/'$/, '')) === true) return true
  const before = tokenize(body, Math.max(0, trigger.start - 40), trigger.start).filter((t) => t.end <= trigger.start)
  // (`met with visiting Chinese Vice Premier Liu Zhenhua`: so is a present participle (lexicon `actors.absoluteEndings`) after `with`, before a name or an office)
  const participle = (ctx.lexicon.data.actors?.absoluteEndings ?? []).some((e) => body.slice(trigger.head.start, trigger.head.end).toLowerCase().endsWith(e))
  const describes = participle && after !== undefined && /^\s+$/.test(body.slice(trigger.end, after.start)) && (/^\p{Lu}/u.test(after.text) || ctx.mentions.lexicon.roleWords.has(after.folded))
  const withWord = before.at(-1) !== undefined && ctx.lexicon.comitatives.has((before.at(-1) as Token).folded) && ctx.mentions.lexicon.prepositions.has((before.at(-1) as Token).folded)
  if (describes && withWord) return true
  if (describingAfterPreposition(body, trigger, ctx)) return true
  const adjective = before.at(-1) !== undefined && ctx.lexicon.nounAdjectives.has((before.at(-1) as Token).folded)
  const previous = adjective ? before.at(-2) : before.at(-1)
  const next = adjective ? before.at(-1) as Token : trigger
  return previous !== undefined && /^\s*$/.test(body.slice(previous.end, next.start)) && ctx.mentions.lexicon.determiners.has(previous.folded) &&
    !ctx.lexicon.auxiliaries.some((a) => a.words.length === 1 && a.words[0] === previous.folded)
}

/** `the release of jailed opposition leaders`: a participle after a preposition, not the agent's, right before a lowercase noun it describes. */
function describingAfterPreposition (text: string, trigger: Trigger, ctx: ActorContext): boolean {
  if (!trigger.verb || trigger.start !== trigger.head.start || ctx.lexicon.data.participlesBeforeNouns !== true) return false
  const last = tokenize(text, Math.max(0, trigger.start - 40), trigger.start).filter((t) => t.end <= trigger.start).at(-1)
  const after = tokenize(text, trigger.end, Math.min(text.length, trigger.end + 20))[0]
  return last !== undefined && ctx.mentions.lexicon.prepositions.has(last.folded) && !ctx.lexicon.agents.has(last.folded) &&
    after !== undefined && /^\s+$/.test(text.slice(trigger.end, after.start)) && /^\p{Ll}/u.test(after.text) && describesNoun(after, ctx)
}

/** Words between a name's capitalised head and an event noun of its lower-case words (`Mouvement pour la libération`). */
const NAME_LINK_WORDS = 3

/**
 * `l'Armée de libération nationale`, `le Mouvement pour la libération`: where nouns are written in
 * lower case, an event noun linked to a capitalised word inside its sentence by the lexicon's
 * `nameLinks`, not a place's, is a word of that body's name.
 */
function inName (body: string, sentence: Span, trigger: Trigger, places: readonly PlaceMention[], ctx: ActorContext): boolean {
  if (trigger.verb || ctx.lexicon.data.lowercaseNouns !== true) return false
  const link = (t: Token): boolean => (ctx.lexicon.data.nameLinks ?? []).includes(t.folded)
  const before = tokenize(body, sentence.start, trigger.start).filter((t) => t.end <= trigger.start)
  let i = before.length - 1
  while (i >= 0 && before.length - 1 - i < NAME_LINK_WORDS && link(before[i] as Token)) i--
  const head = before[i]
  return head !== undefined && i > 0 && i < before.length - 1 && /^\p{Lu}\p{Ll}/u.test(head.text) &&
    !places.some((p) => p.start <= head.start && head.end <= p.end)
}

/** Words of the noun phrase a sentence opens on before an appositive participle (`The measures,`, `Le calendrier retenu,`). */
const APPOSITION_HEAD = 4

/**
 * `The measures, agreed at a meeting in Brussels, freeze …`: a bare participle set off by a comma
 * right after the short noun phrase its sentence opens on describes that noun (what was agreed is
 * the measures, told elsewhere); no event of its own.
 */
function appositive (body: string, sentence: Span, trigger: Trigger): boolean {
  if (!afterComma(body, sentence, trigger)) return false
  const before = tokenize(body, sentence.start, trigger.start).filter((t) => t.end <= trigger.start)
  return before.length - 1 <= APPOSITION_HEAD && before.slice(0, -1).every((t) => /[\p{L}\p{N}'’-]/u.test(t.text))
}

/** A bare participle right after a comma (`, interpellé mercredi soir par la police,`): a clause of its own. */
function afterComma (body: string, sentence: Span, trigger: Trigger): boolean {
  if (!trigger.verb || trigger.start !== trigger.head.start) return false
  return tokenize(body, Math.max(sentence.start, trigger.start - 10), trigger.start).filter((t) => t.end <= trigger.start).at(-1)?.text === ','
}

/**
 * `Deux employés, enlevés fin février, ont été libérés mercredi`: a bare participle set off by a
 * comma before a verb with its auxiliary tells what befell the subject before the news: its background.
 * So it does after one (`La cour a relaxé mercredi l'ancien maire, condamné en première instance`):
 * it describes the verb's object.
 */
const participleAside = (body: string, sentence: Span, trigger: Trigger, events: readonly Trigger[], lexicon: EventLexicon): boolean =>
  (afterComma(body, sentence, trigger) && events.some((u) => u !== trigger && u.verb && u.start !== u.head.start && !u.negated)) ||
  consequence(body, sentence, trigger, events, lexicon) || reducedRelative(body, sentence, trigger, events, lexicon) || frontedParticiple(body, sentence, trigger, events)

/**
 * `fighters opened fire on an army convoy …, killing at least 20 soldiers`: a present participle
 * (lexicon `actors.absoluteEndings`) set off by a comma after a verb that is no participle tells what that verb's event did.
 */
function consequence (body: string, sentence: Span, trigger: Trigger, events: readonly Trigger[], lexicon: EventLexicon): boolean {
  const endings = lexicon.data.actors?.absoluteEndings ?? []
  const present = (t: Trigger): boolean => endings.some((e) => body.slice(t.head.start, t.head.end).toLowerCase().endsWith(e))
  return afterComma(body, sentence, trigger) && present(trigger) && events.some((u) => u.verb && !u.negated && u.end <= trigger.start && !present(u))
}

/**
 * `Réunis lundi en session extraordinaire, les élus ont voté la fermeture`: a bare participle opening
 * the sentence, set off by a comma before a verb of another kind with its auxiliary, sets the scene of that verb's news.
 */
function frontedParticiple (body: string, sentence: Span, trigger: Trigger, events: readonly Trigger[]): boolean {
  if (!trigger.verb || trigger.start !== trigger.head.start || tokenize(body, sentence.start, trigger.start).length > 0) return false
  // (`Interpellé mardi, un homme a été placé en garde à vue`: one event told twice keeps the participle, with its date)
  return events.some((u) => u.verb && u.start !== u.head.start && !u.negated && u.start > trigger.end && u.family.type !== trigger.family.type && body.slice(trigger.end, u.start).includes(','))
}

/**
 * `Les onze employés d'une entreprise chinoise enlevés fin octobre près de Mora ont été libérés
 * dimanche`: a bare participle right after the noun it describes, before the verb with its
 * auxiliary that the subject goes on to, with no comma between, is what befell the subject before the news.
 */
const BRACKETED = /\([^()]*\)/gu

function reducedRelative (body: string, sentence: Span, trigger: Trigger, events: readonly Trigger[], lexicon: EventLexicon): boolean {
  if (!trigger.verb || trigger.start !== trigger.head.start) return false
  const previous = tokenize(body, Math.max(sentence.start, trigger.start - 30), trigger.start).filter((t) => t.end <= trigger.start).at(-1)
  return previous !== undefined && /^\p{Ll}[\p{L}-]*$/u.test(previous.text) &&
    // (`enlevés fin mars par l'Armée de libération nationale (ELN) ont été libérés`: an acronym in brackets breaks no clause)
    (events.some((u) => u.verb && u.start !== u.head.start && !u.negated && u.start > trigger.end && !/[,;:()«»]/u.test(body.slice(trigger.end, u.start).replace(BRACKETED, ''))) ||
    // (`has been fined £4.2 million …, one of the largest penalties imposed on a water company`: so does one after the news' verb with its auxiliary;
    // not after an auxiliary or its infinitive, `accusé … d'avoir frappé`)
    (events.some((u) => u.verb && u.start !== u.head.start && !u.negated && u.end <= previous.start) && !auxiliaryWords(lexicon).has(previous.text.toLowerCase())))
}

/**
 * `en remplacement de Nathalie Courchesne, qui avait démissionné lundi`: a verb in the pluperfect
 * (lexicon `tense.pluperfect`) in a relative clause tells what someone had done before the news.
 */
function earlierOfSomeone (body: string, sentence: Span, trigger: Trigger, ctx: ActorContext): boolean {
  if (!trigger.verb || trigger.start === trigger.head.start) return false
  // (the auxiliary's words: `avait`, `s'était`)
  const auxiliary = tokenize(body, trigger.start, trigger.head.start)
  return auxiliary.some((t) => ctx.lexicon.pluperfect.has(t.folded)) && afterRelative(body, sentence, trigger.start, ctx)
}

/**
 * `Six nurses who were abducted last month were freed on Wednesday`: a verb right after a relative
 * pronoun, before a verb of the sentence with its auxiliary, tells what befell the subject before the news.
 */
function describesSubject (body: string, sentence: Span, trigger: Trigger, events: readonly Trigger[], ctx: ActorContext): boolean {
  return trigger.verb && afterRelative(body, sentence, trigger.start, ctx) &&
    events.some((u) => u.verb && u.start !== u.head.start && !u.negated && u.start > trigger.end && u.end <= sentence.end && !afterRelative(body, sentence, u.start, ctx))
}

/** Characters looked back from a word for the relative pronoun right before it. */
const RELATIVE_BEFORE = 20

/** True when the word right before `at` in its sentence is a relative pronoun (`qui`, `who`). */
function afterRelative (body: string, sentence: Span, at: number, ctx: ActorContext): boolean {
  const previous = tokenize(body, Math.max(sentence.start, at - RELATIVE_BEFORE), at).filter((t) => t.end <= at).at(-1)
  return previous !== undefined && ctx.mentions.lexicon.relativePronouns.has(previous.folded)
}

/** Future or past, from the words around the trigger, then from the sentence. */
function tenseOf (body: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): Tense {
  const near = tokenize(body, Math.max(sentence.start, trigger.start - 40), trigger.head.end).slice(-5)
  const head = near.at(-1)?.folded ?? ''
  const { futureEndings } = lexicon.data.tense
  const marks = (markers: ReadonlySet<string>) => (t: Token): boolean => isMarker(lexicon, markers, t.text, t.folded)
  if (near.some(marks(lexicon.futureMarkers)) || (trigger.verb && futureEndings.some((e) => head.endsWith(e)))) return 'future'
  if (near.some(marks(lexicon.pastMarkers)) || (trigger.verb && hasPastEnding(lexicon, head))) return 'past'
  // an event noun has no tense: a bare weekday near it is the nearer one (`la grève de jeudi`)
  if (!trigger.verb) return 'unknown'
  // the sentence's other verbs: both tenses in it (`held talks on Saturday and agreed to meet next
  // Saturday`) say nothing of this one
  const words = tokenize(body, sentence.start, sentence.end)
  const future = words.some(marks(lexicon.futureMarkers))
  const past = words.some((t) => marks(lexicon.pastMarkers)(t) || (t.folded.length > 4 && hasPastEnding(lexicon, t.folded)))
  return future === past ? 'unknown' : future ? 'future' : 'past'
}

/**
 * The dates of a trigger among its sentence's: not one past another verb trigger, which is that
 * verb's (`arrested a man after two boys were stabbed on Monday night`); for an event noun, not one
 * between a verb and the noun either when the noun has one of its own (`a revendiqué mercredi
 * l'attaque qui a visé la veille un camp`: the claim is Wednesday's, the attack the day before's).
 */
function ownDates (body: string, dates: readonly DateMention[], trigger: Trigger, events: readonly Trigger[]): DateMention[] {
  // (`to vote in today's election`, `Saturday's match`: a date written onto the noun is its own)
  const attached = trigger.verb ? [] : dates.filter((d) => d.end <= trigger.start && ATTACHED.test(body.slice(d.end, trigger.start)))
  if (attached.length > 0) return attached
  const others = events.filter((u) => u !== trigger && u.verb)
  const mine = dates.filter((d) => !others.some((u) => between(u, trigger, d)))
  if (trigger.verb) return mine
  const own = mine.filter((d) => !others.some((u) => u.end <= trigger.start && between(d, u, trigger)))
  return own.length > 0 ? own : mine
}

/** Words from `since` to the date beyond which the date ends a clause of its own (not `since Monday`, `since early last month`). */
const SINCE_CLAUSE_WORDS = 3

/**
 * `the first visit by a Jakarta official since a row soured relations at the end of last year`: a date in a clause
 * opened by `since` after the trigger tells when something else began (`on strike since Monday`, right after it, is the start).
 */
function sinceClause (body: string, trigger: Span, date: Span, lexicon: EventLexicon): boolean {
  if (date.start < trigger.end) return false
  const words = tokenize(body, trigger.end, date.start).filter((t) => /\p{L}/u.test(t.text))
  const opener = words.findIndex((t) => lexicon.sinceWords.has(t.folded))
  return opener !== -1 && words.length - opener > SINCE_CLAUSE_WORDS
}

/** Between a date and the noun it is written onto: a space, after a clitic (`today's`). */
const ATTACHED = /^(?:['’]\p{L}{0,2})?\s+$/u

/** `inner` lies between `a` and `b`, whichever comes first. */
const between = (inner: Span, a: Span, b: Span): boolean =>
  (inner.start >= a.end && inner.end <= b.start) || (inner.start >= b.end && inner.end <= a.start)

function nearest (dates: readonly DateMention[], trigger: Span): DateMention | null {
  let best: DateMention | null = null
  let distance = Infinity
  for (const d of dates) {
    const gap = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end
    if (gap < distance) { best = d; distance = gap }
  }
  return best
}

/** The place as the text names it (`Pékin`; a dateline's `PÉKIN` as `Pékin`), with the gazetteer's country and coordinates. */
function locationOf (body: string, place: PlaceMention): ExtractedLocation {
  const { countryCode, latitude, longitude } = place.place
  return { name: place.written, countryCode: countryCode === '' ? null : countryCode, latitude, longitude, mention: { start: place.start, end: place.end } }
}

/**
 * Mentions of one event (`le sommet` in the headline, `ce sommet` three paragraphs on) become one:
 * the same type and CAMEO root with no conflicting date. The first mention keeps its trigger;
 * later ones give their date, place and actors when it has none.
 */
function mergeMentions (drafts: readonly Draft[], ctx: ActorContext, published?: string): Draft[] {
  const kept: Draft[] = []
  // (`… were declared persona non grata. … Prague already expelled 18 Russian embassy staff in 2021`: a month or a year before
  // the publication's is no date of an undated lead's news)
  const older = (k: Draft, d: Draft): boolean => published !== undefined && k.rank <= 1 && k.date === null && d.date !== null && d.date.precision !== 'day' &&
    predates(d.date.date, published)
  // (a death in its disaster's sentence is that disaster told by its toll, not the event it is told by)
  const apartLast = [...drafts.filter((d) => d.trigger.family.apart !== true), ...drafts.filter((d) => d.trigger.family.apart === true)]
  for (const draft of apartLast) {
    // `L'accord, négocié depuis l'automne` after `a signé un accord`: a definite noun of the same CAMEO root is the same event
    const same = draft.another
      ? undefined
      : kept.find((k) => !k.another && (k.event.type === draft.event.type || (draft.anaphoric && k.event.cameo !== null)) && sameKind(k, draft) &&
      (draft.anaphoric || k.date === null || draft.date === null || compatible(k.date.date, draft.date.date)) &&
      !doneToOthers(k, draft) && !apart(k, draft))
    if (same === undefined) { kept.push(draft); continue }
    // `la trêve, qui doit entrer en vigueur mardi`: the date of something else said about it
    if (draft.anaphoric && draft.date !== null && same.date !== null && !same.dateReported && !compatible(same.date.date, draft.date.date)) continue
    same.rank = Math.min(same.rank, draft.rank)
    same.weight = Math.max(same.weight, draft.weight)
    // (`has been jailed … following a six-week trial in December`: what the news follows from is earlier, its date no date of the news)
    const lends = !draft.background || same.background
    if (lends && draft.date !== null && !older(same, draft) && (same.date === null || (same.dateReported && !draft.dateReported))) {
      same.date = draft.date
      same.dateReported = draft.dateReported
      same.event.startDate = draft.date.date
      same.event.startPrecision = draft.date.precision
    }
    if (same.event.location === null && draft.event.location !== null) { same.event.location = draft.event.location; same.place = draft.place }
    // (`Douze personnes ont été interpellées … L'opération de police a mobilisé`: who a later noun of it says did it)
    // (`… a été interpellé mercredi. L'interpellation du suspect par les gendarmes`: or names as its agent, when the news is told in the passive)
    const agent = draft.event.participants.find((a) => a.role === 'source' && a.mention !== null &&
      ((draft.trigger.start <= a.mention.start && a.mention.end <= draft.trigger.end) || (same.trigger.passive && !draft.trigger.verb && isAgent(a.mention, ctx))))
    if (agent !== undefined && !same.event.participants.some((a) => a.role === 'source')) same.event.participants.push(agent)
    // (`a démantelé un réseau … et interpellé sept personnes`: a participle of it coordinated with its verb, sharing its auxiliary, adds whom it was done to)
    const sharesAuxiliary = draft.sentence.start === same.sentence.start && same.trigger.start < same.trigger.head.start && draft.trigger.start === draft.trigger.head.start &&
      ctx.lexicon.comitatives.has(tokenize(ctx.mentions.body, same.trigger.end, draft.trigger.start).at(-1)?.folded ?? '')
    if (sharesAuxiliary && draft.trigger.verb && same.trigger.verb && !same.event.participants.some((a) => a.role === 'target')) {
      same.event.participants.push(...draft.event.participants.filter((a) => a.role === 'target' && !same.event.participants.some((b) => b.name === a.name)))
    }
    // (`…, sorti indemne de l'attaque`: who a noun referring back stands beside is no party to it)
    // (`A 52-year-old former financial adviser has been found guilty … guilty verdicts against Gregory Pallister`: nor beside someone told by their age alone, whom it may name)
    if (same.event.participants.every((a) => agedOne(a, ctx)) && !draft.governed && !draft.anaphoric) {
      same.event.participants = [...draft.event.participants, ...same.event.participants.filter((a) => !draft.event.participants.some((b) => b.name === a.name))]
    } else if (!draft.governed && draft.trigger.verb && SYMMETRIC.has(same.event.type)) same.event.participants.push(...representatives(same.event.participants, draft.event.participants, ctx.mentions.lexicon.organizationWords))
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start)
}

/**
 * `L'UE et l'Indonésie ont signé … Le texte a été paraphé par le commissaire européen, Matteo
 * Ferrante`: the persons a later mention of a joint event names, when it named none, are who
 * acted for its parties.
 */
function representatives (named: readonly ExtractedActor[], more: readonly ExtractedActor[], organizationWords: ReadonlySet<string>): ExtractedActor[] {
  if (named.some((a) => a.kind === 'person')) return []
  // (a full name, not a body's: `South Korea's National Assembly`)
  const fullName = (name: string): boolean => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(name) && !foldedWords(name).some((w) => organizationWords.has(w))
  return more.filter((a) => a.kind === 'person' && fullName(a.name) && !named.some((b) => b.name === a.name || (a.id !== undefined && a.id === b.id)))
}

const compatible = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a)

/**
 * Same CAMEO root; or, for a definite noun of the same type, a root its own sentence could not
 * tell (`l'attaque` without the soldiers that made the first mention a fight, `19`, is that fight).
 */
const sameKind = (kept: Draft, draft: Draft): boolean =>
  kept.event.cameo === draft.event.cameo || (draft.anaphoric && kept.event.type === draft.event.type && draft.trigger.family.near === undefined)

/**
 * `a condamné l'ancien directeur … La société Net'Clair a été condamnée`, `The EU accused … Minsk
 * denounced`: two verbs of one kind, each done to or by someone the other is not, are two events
 * (two sentences, two meetings, a reproach and the reply), not two mentions of one.
 */
function doneToOthers (kept: Draft, draft: Draft, namedOnly = false): boolean {
  if (!kept.trigger.verb || !draft.trigger.verb) return false
  // (`L'UE et l'Indonésie ont signé … Le texte a été paraphé par le commissaire …`: who signs for the parties of a joint event)
  const persons = (d: Draft): boolean => d.event.participants.every((a) => a.kind === 'person')
  if (SYMMETRIC.has(kept.event.type) && persons(kept) !== persons(draft)) return false
  return ['target', 'source'].some((role) => {
    const named = (d: Draft): string[] => d.event.participants.filter((a) => a.role === role && a.generic !== true).map((a) => foldSameLength(a.name).toLowerCase())
    // (`sentenced two men … Judge Naveed Iqbal convicted Sajjad Khoso and Imran Jatoi`: who a description gives, names may give again)
    // (`arrested the owner and two managers … Mahbub Alam Chowdhury … was picked up, while … were detained`: nor those the retelling's sentence named for it)
    const retold = (a: ExtractedActor): boolean => a.mention !== null && draft.sentence.start <= a.mention.start && a.mention.end <= draft.sentence.end
    const mine = namedOnly && role === 'target' ? kept.event.participants.filter((a) => a.role === role && a.generic !== true && /^\p{Lu}/u.test(a.name) && !retold(a)).map((a) => foldSameLength(a.name).toLowerCase()) : named(kept)
    const theirs = named(draft)
    return mine.length > 0 && theirs.length > 0 && !theirs.some((t) => mine.some((m) => m.includes(t) || t.includes(m)))
  })
}

/** Types of event a body takes part in through its own people (`its members`, `its fighters`). */
const OWN_PEOPLE: ReadonlySet<string> = new Set(['strike', 'protest', 'attack', 'military-action'])

/** Types of event whose counted targets the article may list by name a sentence or two on. */
const LISTED: ReadonlySet<string> = new Set(['sanctions', 'court-ruling', 'other'])

/** Types of event a body of the state does to someone: who tells of it may be who did it. */
const JUSTICE: ReadonlySet<string> = new Set(['arrest', 'court-ruling', 'investigation', 'sanctions'])

/** Sentences after the lead in which the main event may be told again with more of its parties. */
const RETOLD_SENTENCES = 2

/**
 * `A Kenyan court acquitted a former county governor … Chief Magistrate Esther Wambui cleared Joseph
 * Kiprono Langat … and four former county officials`: a sentence right after the lead telling the
 * main event again, by a verb of its type at a date compatible with its own and done to no other
 * party (`doneToOthers`), names more of its parties: the persons it names in full join the main
 * event, in their roles there.
 */
function retoldActors (main: Draft, drafts: readonly Draft[], following: readonly Span[], ctx: ActorContext): ExtractedActor[] {
  const found: ExtractedActor[] = []
  const known = (a: ExtractedActor): boolean => [...main.event.participants, ...found].some((b) => sameName(a.name, b.name))
  // (a person's full name, `Kevin R.`, `Pieter van Rooyen`: not a common noun opening a sentence, `Councillors`)
  const fullName = (a: ExtractedActor): boolean => /\s/.test(a.name) && a.name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || ctx.mentions.lexicon.particles.has(w))
  // (`…, the agency said on Friday. Regent Andi Syamsul Rahman was arrested late on Wednesday`: a lead dated only by its closing
  // source's saying, or by its report, may be told again on the day it happened)
  const reporting = reportingClause(ctx.mentions.body, main.sentence, ctx)
  const reportDay = main.dateReported || (main.date !== null && reporting !== null && reporting.start <= main.date.start && main.date.end <= reporting.end)
  for (const d of drafts) {
    // (`Foreign Minister Fiona Brackley announced the appointment`: or an appointment's definite noun, whose teller made it;
    // not a resignation's, `accepted the resignation`, nor a detention's, which their tellers did not do)
    const told = d.trigger.verb || (d.event.type === 'appointment' && anaphoric(ctx.mentions.body, d.trigger, ctx))
    if (!following.some((s) => s.start === d.sentence.start) || d.event.type !== main.event.type || !told || d.trigger.negated || d.background || d.another) continue
    if ((d.date !== null && main.date !== null && !reportDay && !compatible(d.date.date, main.date.date)) || doneToOthers(main, d, true)) continue
    // (`The court also sentenced his former chief of staff`: a like event done to others)
    if (tokenize(ctx.mentions.body, d.sentence.start, d.sentence.end).some((t) => ctx.lexicon.additives.has(t.folded))) continue
    const places = placesIn(ctx.mentions.body, d.sentence, ctx).map((p) => p.start)
    const said = (a: ExtractedActor): boolean => a.mention !== null && d.sentence.start <= a.mention.start && a.mention.end <= d.sentence.end && !places.includes(a.mention.start)
    for (const a of d.event.participants) if (a.kind === 'person' && a.generic !== true && said(a) && fullName(a) && !known(a)) found.push(a)
  }
  return found
}

/** `Un homme est mort … Une femme a été tuée`: a family whose mentions are each their own event, in two sentences. */
const apart = (kept: Draft, draft: Draft): boolean =>
  ((kept.trigger.family.apart === true || draft.trigger.family.apart === true) && kept.sentence.start !== draft.sentence.start) ||
  ((kept.trigger.family.alone === true || draft.trigger.family.alone === true) && kept.trigger.family !== draft.trigger.family)

function anaphoric (body: string, trigger: Trigger, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  const definite = (t: Token | undefined): boolean => t !== undefined && (statement.definiteDeterminers.has(t.folded) || statement.demonstratives.has(t.folded))
  const before = tokenize(body, Math.max(0, trigger.start - 30), trigger.start)
  // (`Le document a été paraphé par…`: a passive verb whose subject is the text it was done on, named by a definite noun)
  if (trigger.verb) return trigger.passive && definite(before.at(-2)) && (statement.data.documentWords ?? []).includes(before.at(-1)?.folded ?? '')
  return definite(before.at(-1))
}

/** A month or a year (`2026-03`, `2021`) wholly before the day `published` (`2026-04-12`). */
const predates = (date: string, published: string): boolean => date < published.slice(0, date.length)

/** A day, a month or a year wholly after the day `published`. */
const postdates = (date: string, published: string): boolean => date > published.slice(0, date.length)

/** A proper name: every word capitalised but its particles (`Manchester City`, `Côte d'Ivoire`). */
const PROPER = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Ll}{1,3}['’]?\s*)?\p{Lu}[\p{L}'’.-]*)*$/u

/**
 * `Nigeria's main labour unions called off … The Nigeria Labour Congress (NLC) and the Trade Union
 * Congress`, `Argentina's main trade union federation, the CGT,`: a country's bodies told by their
 * kind (lowercase words ending on an organisation's or a union's noun) are the bodies of that side
 * the article names, when it names any.
 */
function withoutOwnedKinds (actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const unions = ctx.lexicon.data.actors?.unions ?? []
  const kind = (noun: string): boolean => ctx.mentions.lexicon.organizationWords.has(noun) || unions.includes(noun)
  const owned = (a: ExtractedActor): boolean => {
    const [owner, ...words] = a.name.split(/\s+/)
    const noun = foldSameLength(words.at(-1) ?? '').replace(/s$/u, '')
    // (not its institution, `Guinea's military-led government`: the country's own)
    return /^\p{Lu}.*['’]s$/u.test(owner ?? '') && words.length > 0 && words.every((w) => /^\p{Ll}/u.test(w)) && (kind(noun) || kind(`${noun}s`)) &&
      !ctx.lexicon.institutions.has(foldSameLength(words.at(-1) ?? ''))
  }
  return actors.filter((a) => !owned(a) || !actors.some((b) => b !== a && b.role === a.role && b.kind !== 'country' && /^\p{Lu}/u.test(b.name) && !owned(b)))
}

/** `A 27-year-old man has been charged … Tyrone Ashworth, 27,`: someone told by their age is the person of that side the article names. */
function withoutAgedOnes (actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  return actors.filter((a) => !agedOne(a, ctx) || !actors.some((b) => b.role === a.role && b.kind === 'person' && b.generic !== true && /^\p{Lu}/u.test(b.name)))
}

/** `Manchester City` and, from `a City side`, `City`: a name that is part of another of the same role, both proper names, is that party again. */
function withoutShortNames (actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  // (`Lim's` of `Mr Lim's official visit`: an owner is named without the possessive)
  const words = (name: string): string[] => foldedWords(name.replace(/(?<=\p{L})['’]s$/u, ''))
  const within = (short: ExtractedActor, long: ExtractedActor): boolean => {
    const [s, l] = [words(short.name), words(long.name)]
    return short !== long && short.role === long.role && s.length < l.length && PROPER.test(short.name) && PROPER.test(long.name) && s.every((w) => l.includes(w))
  }
  // (`EFCC` beside `Economic and Financial Crimes Commission`: an acronym is one more name of the body it spells)
  const acronymOf = (short: ExtractedActor, long: ExtractedActor): boolean => short !== long && /^\p{Lu}{2,8}$/u.test(short.name) && spells(long.name, short.name, ctx)
  // (`Houthi` of `Houthi rebels` and `the Houthis`: a name and its plural are one party, on the side it was named first)
  const pluralOf = (plural: ExtractedActor, name: ExtractedActor): boolean => PROPER.test(name.name) &&
    foldSameLength(plural.name) === `${foldSameLength(name.name)}s`
  // (`the Israeli military` beside `Israel`: a country's institution named by its nationality is that country again, on either side)
  const code = (name: string | undefined): string | undefined => name === undefined ? undefined : countryNamed(name, ctx.lexicon.language, ctx.lexicon.data.places.countries)
  const nationalOf = (phrase: ExtractedActor, country: ExtractedActor): boolean => country.kind === 'country' && phrase.kind !== 'country' &&
    words(phrase.name).slice(1).some((w) => ctx.lexicon.institutions.has(w)) && code(country.name) !== undefined && code(ctx.lexicon.demonyms.get(words(phrase.name)[0] ?? '')) === code(country.name)
  return actors.filter((a, i) => !actors.some((b, k) => within(a, b) || acronymOf(a, b) || nationalOf(a, b) || (k < i && (pluralOf(a, b) || pluralOf(b, a)))))
}

/** Words between a city and its country that still describe where it is (`Mossoul, dans le nord de l'Irak`). */
const APPOSITION_WORDS = 6

/**
 * `Mossoul, dans le nord de l'Irak`, `in Tripoli, the main city of northern Lebanon`: the country
 * written just after the event's city says where it is; it is no bystander of the event, unless it
 * mediates (`à Djeddah sous l'égide de l'Arabie saoudite`).
 */
function isLocationCountry (actor: ExtractedActor, location: ExtractedLocation | null, ctx: ActorContext): boolean {
  const { mentions: { body }, lexicon } = ctx
  if (actor.kind !== 'country' || actor.role !== 'other' || location?.countryCode == null || location.mention == null || actor.mention === null) return false
  if (mediator(body, actor.mention, ctx)) return false
  if (actor.mention.start < location.mention.end || tokenize(body, location.mention.end, actor.mention.start).length > APPOSITION_WORDS) return false
  return countryNamed(actor.name, lexicon.language, lexicon.data.places.countries) === location.countryCode
}

/** The country the article names most, by its first city there, else by its own name: where a story with no dateline happens. */
function mostNamed (body: string, places: readonly PlaceMention[]): ExtractedLocation | null {
  const counts = new Map<string, number>()
  for (const p of places) if (p.place.countryCode !== '') counts.set(p.place.countryCode, (counts.get(p.place.countryCode) ?? 0) + 1)
  const top = [...counts].reduce<[string, number] | null>((best, c) => best === null || c[1] > best[1] ? c : best, null)
  if (top === null) return null
  const inCountry = places.filter((p) => p.place.countryCode === top[0])
  const chosen = inCountry.find((p) => p.place.kind === 'city') ?? inCountry[0]
  return chosen === undefined ? null : locationOf(body, chosen)
}

/**
 * `Le Premier ministre britannique a démissionné`, `la justice sénégalaise a condamné`: with no
 * place named anywhere, the country of its first actor that is one or has one (a nationality in
 * its name), with no offsets (no place is written).
 */
function actorsCountry (body: string, actors: readonly ExtractedActor[], lexicon: EventLexicon): ExtractedLocation | null {
  const { countries } = lexicon.data.places
  for (const actor of [...actors].sort((a, b) => (a.role === 'other' ? 1 : 0) - (b.role === 'other' ? 1 : 0))) {
    // (as the text names them: `le Français Mathis Lacroix`)
    const written = actor.mention === null ? actor.name : `${actor.name} ${body.slice(actor.mention.start, actor.mention.end)}`
    const country = actor.kind === 'country' ? actor.name : foldedWords(written).map((w) => lexicon.demonyms.get(w)).find((c) => c !== undefined)
    const code = country === undefined ? undefined : countryNamed(country, lexicon.language, countries)
    if (country !== undefined && code !== undefined) return { name: country, countryCode: code, latitude: null, longitude: null, mention: null }
  }
  return null
}

/**
 * `Le ministre français … est arrivé mardi à Alger`: a visitor of one nationality visiting a place
 * in another country visits that country, its host (no offsets: the country is not written).
 */
const countryOf = (name: string, lexicon: EventLexicon): string | undefined => countryNamed(name, lexicon.language, lexicon.data.places.countries)

function hostCountry (body: string, main: Draft, lexicon: EventLexicon): { name: string, code: string } | null {
  const code = main.event.location?.countryCode
  if (main.event.type !== 'state-visit' || code == null) return null
  const before = body.slice(main.sentence.start, main.trigger.start)
  const nationalities = [...before.matchAll(lexicon.demonym)].map((m) => lexicon.demonyms.get(foldSameLength(m[0])))
    .map((country) => country === undefined ? undefined : countryOf(country, lexicon))
  // (`Portugal's President … arrived in Cape Verde`: a country whose someone the visitor is, too)
  const owners = [...before.matchAll(/(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s/gu)].map((m) => countryOf(m[1] as string, lexicon))
  if (![...nationalities, ...owners].some((c) => c !== undefined && c !== code)) return null
  return countryCalled(code, lexicon)
}

/** Words between a visit and the country it goes to (`visite en Corée du Nord`, `visite d'État de trois jours au Maroc`). */
const DESTINATION_WORDS = 5

/**
 * `sa première visite en Corée du Nord`: a visit to a country named right after it, from a dateline
 * elsewhere or none, has that country for its host (a minister's tour of their own country has none).
 */
function visitedCountry (body: string, visit: Draft, ctx: ActorContext): { name: string, code: string } | null {
  const { place } = visit
  const code = visit.event.location?.countryCode
  if (visit.event.type !== 'state-visit' || code == null || place === null || place.place.kind !== 'country' || !place.prepositional) return null
  if (place.start < visit.trigger.end || tokenize(body, visit.trigger.end, place.start).length > DESTINATION_WORDS || /[,;:]/.test(body.slice(visit.trigger.end, place.start))) return null
  return place.place.countryCode === code && ctx.country !== code ? countryCalled(code, ctx.lexicon) : null
}

function countryCalled (code: string, lexicon: EventLexicon): { name: string, code: string } | null {
  const name = countryNameIn(code, lexicon.language)
  return name === undefined ? null : { name, code }
}

/** The host joins the visit's parties as its target, unless a party is that country already. */
function addHost (visit: Draft, host: { name: string, code: string } | null, lexicon: EventLexicon): void {
  if (host !== null && !visit.event.participants.some((a) => countryOf(a.name, lexicon) === host.code)) {
    visit.event.participants.push({ name: host.name, kind: 'country', role: 'target', mention: null })
  }
}

function confidenceOf (draft: Draft, main: boolean): number {
  let value = draft.weight
  if (draft.event.participants.length === 0) value *= 0.8
  if (draft.date === null) value *= 0.9
  if (main && draft.rank > 1) value *= 0.8
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100
}
