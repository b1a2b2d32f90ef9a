import { mentionsIn, tokenize, type Mention } from '../mentions.js'
import { foldSameLength } from '../text.js'
import type { Span } from '../types.js'
import { BIG_CITY, type ActorContext } from './context.js'
import { countryNamed, lookupPlace, type Place } from './gazetteer.js'
import { foldedPhrase } from './lexicon.js'

export interface PlaceMention extends Span {
  place: Place
  /** The name as the text gives it (`Pékin`), a dateline's capitals in title case. */
  written: string
  /** After a place preposition (`à Séoul`, `in Kharkiv`): named as where something happens. */
  prepositional: boolean
  /** A known `place` or `country` participant the name resolved to. */
  participantId?: string
}

/** A name the gazetteer or a known place/country participant knows, else null. */
export function placeOf (mention: Mention, ctx: ActorContext): PlaceMention | null {
  const { lexicon } = ctx
  const language = lexicon.language
  const { aliases, countries } = lexicon.data.places
  const written = mention.name ?? mention.text
  const prepositional = afterPlacePreposition(ctx.mentions.body, mention, ctx)
  const known = mention.participantId === undefined ? undefined : ctx.participants.find((p) => p.id === mention.participantId)
  if (known !== undefined) {
    if (known.kind !== 'place' && known.kind !== 'country') return null
    // the participant's own name first (`Pyongyang`), then the way the text names it
    const place = lookupPlace(known.name, language, aliases, countries, ctx.country) ?? lookupPlace(written, language, aliases, countries, ctx.country)
    const fallback: Place = { name: known.name, countryCode: '', latitude: null, longitude: null, kind: known.kind === 'country' ? 'country' : 'city', population: 0 }
    return { start: mention.start, end: mention.end, written: known.name, prepositional, participantId: known.id, place: place ?? fallback }
  }
  const place = lookupPlace(written, language, aliases, countries, ctx.country)
  return place === null ? null : { start: mention.start, end: mention.end, written, prepositional, place }
}

/**
 * The places of a sentence: names after a place preposition (`à Séoul`, `in Kharkiv`) that the
 * gazetteer knows, and country names anywhere (`la Russie`). Cities first: they say more.
 */
/** How many times larger than its namesake in a country the article names a city must be to stay itself. */
const NAMESAKE_RATIO = 10

/**
 * The namesake of `place` in `country`, when the gazetteer has one there not a tiny fraction of its size
 * (`its European headquarters in Dublin` in a sentence naming the US is no town in Ohio).
 */
function namesakeIn (country: string, mention: Mention, place: PlaceMention, ctx: ActorContext): PlaceMention | null {
  const namesake = placeOf(mention, { ...ctx, country })
  return namesake !== null && namesake.place.countryCode === country && namesake.place.population * NAMESAKE_RATIO >= place.place.population ? namesake : null
}

export function placesIn (body: string, sentence: Span, ctx: ActorContext): PlaceMention[] {
  const found: PlaceMention[] = []
  // (`arrested in March`: a month is no town of that name)
  const named = mentionsIn(ctx.mentions, sentence.start, sentence.end).filter((mention) => mention.type !== 'pronoun' && mention.type !== 'titled' &&
    !ctx.excluded.some((x) => x.start < mention.end && mention.start < x.end) && !ctx.lexicon.months.has(foldedPhrase(mention.text)))
  const looked = named.map((mention) => ({ mention, place: placeOf(mention, ctx) }))
  // `à Tripoli, la grande ville du nord du Liban`: a city's namesake in a country the sentence names is the one meant
  const countries = new Set(looked.flatMap(({ place }) => place?.place.kind === 'country' ? [place.place.countryCode] : []))
  for (const { mention, place: first } of looked) {
    let place = first
    if (place === null) continue
    if (place.place.kind === 'city' && !countries.has(place.place.countryCode)) {
      for (const country of countries) place = namesakeIn(country, mention, place, ctx) ?? place
    }
    // … else in a country the article names elsewhere (`Brest` in a storm story about France), unless a capital (`Cairo` beside a `US envoy`)
    if (place.place.kind === 'city' && place.place.capital !== true && !countries.has(place.place.countryCode) && ctx.country === undefined && !(ctx.articleCountries?.has(place.place.countryCode) ?? true)) {
      const current = place
      place = [...ctx.articleCountries ?? []].map((country) => namesakeIn(country, mention, current, ctx)).find((p) => p !== null) ?? place
    }
    // a city or region not named as a place (`a frappé Pékin`) only when it is a big city
    if (place.place.kind !== 'country' && place.participantId === undefined && !place.prepositional && place.place.population < BIG_CITY) {
      // … or when it follows one (`in Michigan and Ohio`)
      const previous = found.at(-1)
      if (previous === undefined || !previous.prepositional || !tokenize(body, previous.end, place.start).every((t) => t.text === ',' || ctx.lexicon.comitatives.has(t.folded))) continue
      place.prepositional = true
    }
    found.push(place)
  }
  // `in Ukraine and Russia`: a country coordinated with a place named as one is one too
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1] as PlaceMention
    const place = found[i] as PlaceMention
    if (previous.prepositional && tokenize(body, previous.end, place.start).every((t) => t.text === ',' || ctx.lexicon.comitatives.has(t.folded))) place.prepositional = true
  }
  const rank = (p: PlaceMention): number => p.place.kind === 'city' ? 0 : p.place.kind === 'region' ? 1 : 2
  return found.sort((a, b) => rank(a) - rank(b) || a.start - b.start)
}

function afterPlacePreposition (body: string, mention: Span, ctx: ActorContext): boolean {
  const before = tokenize(body, Math.max(0, mention.start - 30), mention.start).filter((t) => t.end <= mention.start)
  const last = before.at(-1)
  const previous = before.at(-2)
  const determiner = last !== undefined && ctx.mentions.lexicon.determiners.has(last.folded)
  // `dans toute la France`, `across all the country`: a word for the whole between the preposition and its determiner
  const whole = determiner && previous !== undefined && ctx.lexicon.placeWholes.has(previous.folded)
  const preposition = whole ? before.at(-3) : determiner ? previous : last
  if (preposition !== undefined && ctx.lexicon.placePrepositions.has(preposition.folded)) return true
  // `près de Lézignan`: a place preposition, then its `de`; `la province de Taroudant`: a place noun, then its `de`
  const genitive = last !== undefined && !determiner && ctx.mentions.lexicon.genitives.has(last.folded)
  if (genitive && previous !== undefined && (ctx.lexicon.placePrepositions.has(previous.folded) || ctx.lexicon.placeNouns.has(previous.folded))) return true
  // `dans l'est du Liban`, `in the north of Iraq`, `in northern Iraq`: a part of the place named after a place preposition
  const words = before.filter((t) => /\p{L}/u.test(t.text)).map((t) => t.folded)
  const at = words.findLastIndex((w) => ctx.lexicon.placeDirections.has(w))
  if (at < 0 || words.length - at > 3) return false
  const between = words.slice(at + 1)
  const opening = words.slice(Math.max(0, at - 2), at).filter((w) => !ctx.mentions.lexicon.determiners.has(w) || ctx.lexicon.placePrepositions.has(w))
  if (!between.every((w) => ctx.mentions.lexicon.genitives.has(w) || ctx.mentions.lexicon.determiners.has(w))) return false
  // `la grande ville du nord du Liban`: a direction and its `de` say place whatever comes before
  return between.some((w) => ctx.mentions.lexicon.genitives.has(w)) || (opening.length > 0 && ctx.lexicon.placePrepositions.has(opening.at(-1) as string))
}

/** The countries an article names anywhere, by their own names: where its cities' namesakes are looked for. */
export function countriesNamed (body: string, ctx: ActorContext): Set<string> {
  const codes = new Set<string>()
  for (const mention of mentionsIn(ctx.mentions, 0, body.length)) {
    if (mention.type !== 'name') continue
    const place = placeOf(mention, ctx)
    // (`East Yorkshire`, `New South Wales`: a region says its country as well as a country's name)
    if ((place?.place.kind === 'country' || place?.place.kind === 'region') && place.place.countryCode !== '') codes.add(place.place.countryCode)
  }
  // (`Greek police`, `a Kenyan runner`: and so does a nationality, in an article naming no country; beside names it is
  // often a party from elsewhere, `les frappes américaines` in a story at `Genève`)
  if (codes.size > 0) return codes
  for (const match of body.matchAll(ctx.lexicon.demonym)) {
    const country = ctx.lexicon.demonyms.get(foldSameLength(match[0]))
    const code = country === undefined ? undefined : countryNamed(country, ctx.lexicon.language, ctx.lexicon.data.places.countries)
    if (code !== undefined) codes.add(code)
  }
  return codes
}

/**
 * The dateline of wire copy: `PARIS (AFP) -`, `BHUBANESWAR, India, June 15 (Reuters) —`, `DJEDDAH
 * (Arabie saoudite), 10 juin —` at the start of the body or of its first paragraph after the
 * headline. `header` is all of it, up to the dash; `place` the city, else the country it names.
 */
export function datelineOf (body: string, ctx: ActorContext): { header: Span, place: PlaceMention | null } | null {
  // (`BAGHDAD/WASHINGTON, July 8 (Reuters) -`: a story filed from two cities is datelined by the first)
  // (`RAMESWARAM, Mar 10 (PTI) Fourteen fishermen…`: an agency's name in brackets may end it with no dash)
  const pattern = /(?:^|\n\s*\n)\s*(\p{Lu}[\p{Lu}\p{M}'’ .-]{1,40}?(?:\/\p{Lu}[\p{Lu}\p{M}'’ .-]{1,40}?)?)((?:\s*(?:,[^\n(—–-]{0,40}|\([^)\n]{1,30}\)))*)(?:\s*(?:--|[-—–:])\s|(?<=\))\s+(?=\p{Lu}))/gu
  const match = pattern.exec(body.slice(0, 2000))
  if (match === null) return titleCaseDateline(body, ctx)
  return datelineFrom(match, ctx)
}

/**
 * `Kiev (AFP) -`, `Lagos, Nigeria (AFP) -`, `Nairobi, Kenya —`: a dateline in title case, at the
 * very start, taken only when the gazetteer knows its place (else `Le président -` would be one).
 */
function titleCaseDateline (body: string, ctx: ActorContext): { header: Span, place: PlaceMention | null } | null {
  const pattern = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2})((?:,\s*\p{Lu}[^\n(—–,-]{0,30}?)?(?:\s*\([^)\n]{1,30}\))?)\s+[-—–]\s/u
  const match = pattern.exec(body.slice(0, 200))
  if (match === null) return null
  const dateline = datelineFrom(match, ctx)
  return dateline.place === null ? null : dateline
}

function datelineFrom (match: RegExpExecArray, ctx: ActorContext): { header: Span, place: PlaceMention | null } {
  const name = (match[1] as string).split('/')[0] as string
  const start = match.index + match[0].indexOf(name)
  const header = { start, end: match.index + match[0].length }
  const titleCase = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
  const rest = match[2] as string
  const restStart = start + name.length + match[0].slice(match[0].indexOf(name) + name.length).indexOf(rest)
  const country = countryAfter(rest, restStart, ctx)
  // the city's namesake in the country written after it (`VALENCE (Espagne)` is not the French Valence)
  const city = placeOf({ start, end: start + name.length, text: titleCase, type: 'name', name: titleCase }, country === null ? ctx : { ...ctx, country: country.place.countryCode })
  if (city !== null && (country === null || city.place.countryCode === country.place.countryCode)) return { header, place: { ...city, written: titleCase } }
  // the city is unknown to the gazetteer (or only abroad): the country written after it (`, India,`, `(Arabie saoudite)`)
  return { header, place: country === null ? null : { ...country, written: titleCase } }
}

function countryAfter (rest: string, restStart: number, ctx: ActorContext): PlaceMention | null {
  for (const m of rest.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}/gu)) {
    for (let words = m[0].split(/\s+/).length; words > 0; words--) {
      const text = m[0].split(/\s+/).slice(0, words).join(' ')
      const at = restStart + m.index
      const place = placeOf({ start: at, end: at + text.length, text, type: 'name', name: text }, ctx)
      if (place !== null && place.place.kind === 'country') return place
    }
  }
  return null
}
