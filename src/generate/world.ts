// The people, organisations and events the generated articles talk about, held in memory while
// the articles are written, and their rows.
import { EVENT_TYPES, type EventType, type ParticipantRole } from '../entities/events/vocabulary.js'
import type { ParticipantKind } from '../entities/participants/vocabulary.js'
import {
  COUNTRIES, FIRST_NAMES, LAST_NAMES, OFFICES, ORGANIZATIONS, TOPICS, capitalize, type Language
} from './corpus.js'
import { dayWithin, endDate, format, startDate } from './dates.js'
import { Zipf, type Random } from './random.js'

export const LANGUAGES: readonly Language[] = ['fr', 'en']

export interface Participant {
  id: string
  kind: ParticipantKind
  name: string
  description: string | null
  countryCode: string | null
  wikidataId: string | null
  origin: 'curated' | 'extracted'
  aliases: Array<[Language, string]>
}

export interface Event {
  id: string
  title: Record<Language, string>
  summary: string
  language: Language
  type: EventType
  startDate: string
  endDate: string | null
  locationName: string | null
  locationCountry: string | null
  latitude: number | null
  longitude: number | null
  parent: number
  /** Participant indexes and their roles; speakers come first. */
  cast: number[]
  roles: ParticipantRole[]
}

export const pad = (n: number, width: number) => String(n).padStart(width, '0')

function participant (random: Random, i: number, countryCount: number): Participant {
  const id = `par_g${pad(i + 1, 6)}`
  // Strictly increasing, so unique without bookkeeping.
  const wikidata = `Q${1_000_000 + i * 17 + random.int(0, 16)}`
  if (i < countryCount) {
    const c = COUNTRIES[i] as typeof COUNTRIES[number]
    return {
      id,
      kind: 'country',
      name: c.en,
      description: `Country (${c.code})`,
      countryCode: c.code,
      wikidataId: wikidata,
      origin: 'curated',
      aliases: [['fr', c.fr], ['fr', c.frArticle], ['en', c.capital]]
    }
  }
  const country = random.pick(COUNTRIES)
  const roll = random.next()
  if (roll < 0.8) {
    const language = random.pick(LANGUAGES)
    const first = random.pick(FIRST_NAMES[language])
    const last = random.pick(LAST_NAMES[language])
    const middle = random.chance(0.15) ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : ''
    const office = random.int(0, OFFICES.en.length - 1)
    const woman = random.chance(0.5)
    const aliases: Array<[Language, string]> = [['fr', `${woman ? 'Mme' : 'M.'} ${last}`], ['en', `${woman ? 'Ms' : 'Mr'} ${last}`]]
    if (random.chance(0.4)) aliases.push(['fr', `le ${OFFICES.fr[office] as string} (${country.fr})`], ['en', `the ${country.en} ${OFFICES.en[office] as string}`])
    const known = random.chance(0.85)
    return {
      id,
      kind: 'person',
      name: `${first}${middle} ${last}`,
      description: `${capitalize(OFFICES.en[office] as string)}, ${country.en}`,
      countryCode: country.code,
      wikidataId: known ? wikidata : null,
      origin: known || random.chance(0.5) ? 'curated' : 'extracted',
      aliases
    }
  }
  if (roll < 0.95) {
    const k = random.int(0, ORGANIZATIONS.en.length - 1)
    const name = `${ORGANIZATIONS.en[k] as string} of ${country.en}`
    const acronym = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('')
    const known = random.chance(0.7)
    return {
      id,
      kind: 'organization',
      name,
      description: null,
      countryCode: country.code,
      wikidataId: known ? wikidata : null,
      origin: 'curated',
      aliases: [['fr', `${ORGANIZATIONS.fr[k] as string} (${country.fr})`], ['en', acronym]]
    }
  }
  const place = `${random.pick(['Port-', 'Saint-', 'Mont-', 'Val-', 'Bourg-'])}${random.pick(LAST_NAMES.fr)}`
  return { id, kind: 'place', name: place, description: `Town in ${country.en}`, countryCode: country.code, wikidataId: wikidata, origin: 'curated', aliases: [] }
}

export function makeParticipants (random: Random, count: number): Participant[] {
  const countryCount = Math.min(COUNTRIES.length, Math.floor(count * 0.05))
  const list: Participant[] = []
  for (let i = 0; i < count; i++) list.push(participant(random, i, countryCount))
  return list
}

const CHILD_TYPES: readonly EventType[] = ['welcome', 'ceremony', 'meeting', 'press-statement', 'treaty-signing', 'declaration']

const ROLE_PLANS: Partial<Record<EventType, readonly ParticipantRole[]>> = {
  'state-visit': ['host', 'guest', 'delegation', 'speaker'],
  'treaty-signing': ['signatory', 'signatory', 'host', 'delegation'],
  meeting: ['host', 'guest', 'speaker', 'delegation'],
  'press-statement': ['speaker', 'speaker', 'mentioned'],
  welcome: ['host', 'guest', 'delegation'],
  invitation: ['invitee', 'host', 'speaker'],
  election: ['speaker', 'speaker', 'speaker', 'organizer'],
  protest: ['organizer', 'speaker', 'mentioned']
}

function titles (random: Random, type: EventType, a: string, b: string, country: typeof COUNTRIES[number], year: string): Record<Language, string> {
  const topicIndex = random.int(0, TOPICS.en.length - 1)
  const fr = TOPICS.fr[topicIndex] as string
  const en = TOPICS.en[topicIndex] as string
  switch (type) {
    case 'state-visit': return { fr: `Visite d'État de ${a} à ${country.capital}`, en: `State visit of ${a} to ${country.capital}` }
    case 'treaty-signing': return { fr: `Signature d'un traité sur ${fr} entre ${a} et ${b}`, en: `${a} and ${b} sign a treaty on ${en}` }
    case 'ceremony': return { fr: `Cérémonie officielle à ${country.capital}`, en: `Official ceremony in ${country.capital}` }
    case 'meeting': return { fr: `Rencontre entre ${a} et ${b}`, en: `Meeting between ${a} and ${b}` }
    case 'press-statement': return { fr: `Déclaration de ${a} à la presse`, en: `Press statement by ${a}` }
    case 'welcome': return { fr: `Accueil de ${b} par ${a}`, en: `${a} welcomes ${b}` }
    case 'invitation': return { fr: `${a} invite ${b}`, en: `${a} invites ${b}` }
    case 'declaration': return { fr: `Déclaration commune sur ${fr}`, en: `Joint declaration on ${en}` }
    case 'military-action': return { fr: `Opération militaire près de ${country.capital}`, en: `Military operation near ${country.capital}` }
    case 'election': return { fr: `Élection présidentielle de ${year} (${country.fr})`, en: `${year} presidential election (${country.en})` }
    case 'protest': return { fr: `Manifestation à ${country.capital} sur ${fr}`, en: `Protest in ${country.capital} over ${en}` }
    default: return { fr: `Sommet sur ${fr} à ${country.capital}`, en: `Summit on ${en} in ${country.capital}` }
  }
}

export function makeEvents (random: Random, count: number, participants: Participant[]): Event[] {
  // Who gets into the news: a Zipf draw over persons and organisations in a shuffled order, so a
  // few of them are everywhere and most appear once or twice.
  const actors = random.shuffle(participants.map((p, i) => (p.kind === 'person' || p.kind === 'organization' ? i : -1)).filter((i) => i >= 0))
  if (actors.length < 2) throw new Error('need at least two persons or organisations: raise --participants')
  const zipf = new Zipf(actors.length, 1.05)
  const countryParticipant = new Map<string | null, number>()
  participants.forEach((p, i) => { if (p.kind === 'country') countryParticipant.set(p.countryCode, i) })
  const list: Event[] = []
  for (let i = 0; i < count; i++) {
    const parent = i > 10 && random.chance(0.12) ? random.int(Math.max(0, i - 500), i - 1) : -1
    const up = parent >= 0 ? list[parent] as Event : undefined
    const type = up ? random.pick(CHILD_TYPES) : random.pick(EVENT_TYPES)
    const language = random.pick(LANGUAGES)
    let country = random.pick(COUNTRIES)
    let start: string
    let end: string | null = null
    if (up) {
      country = COUNTRIES.find((c) => c.code === up.locationCountry) ?? country
      start = format(dayWithin(random, up.startDate), 2)
    } else {
      start = startDate(random, 1965, 2024)
      if (random.chance(0.2)) end = endDate(random, start)
    }
    const size = up ? random.int(1, 3) : random.int(2, 5)
    const plan = ROLE_PLANS[type] ?? ['speaker', 'organizer', 'delegation', 'invitee', 'mentioned']
    const cast: number[] = []
    const roles: ParticipantRole[] = []
    for (let tries = 0; cast.length < size && tries < size * 4; tries++) {
      const who = actors[zipf.draw(random)] as number
      if (cast.includes(who)) continue
      cast.push(who)
      roles.push(plan[cast.length - 1] ?? 'mentioned')
    }
    if (cast.length < 2) {
      const other = actors.find((a) => !cast.includes(a)) as number
      cast.push(other)
      roles.push('mentioned')
    }
    const where = countryParticipant.get(country.code)
    if (where !== undefined && random.chance(0.3)) {
      cast.push(where)
      roles.push('location')
    }
    const hasPlace = random.chance(0.9)
    const hasCoordinates = hasPlace && random.chance(0.7)
    const a = (participants[cast[0] as number] as Participant).name
    const b = (participants[cast[1] as number] as Participant).name
    const title = titles(random, type, a, b, country, start.slice(0, 4))
    list.push({
      id: `evt_g${pad(i + 1, 6)}`,
      title,
      summary: language === 'fr'
        ? `${title.fr}, avec ${cast.length} participants, à ${country.capital} (${country.fr}).`
        : `${title.en}, with ${cast.length} participants, in ${country.capital} (${country.en}).`,
      language,
      type,
      startDate: start,
      endDate: end,
      locationName: hasPlace ? country.capital : null,
      locationCountry: hasPlace || up ? country.code : null,
      latitude: hasCoordinates ? Math.round((country.lat + (random.next() - 0.5) * 0.1) * 1e4) / 1e4 : null,
      longitude: hasCoordinates ? Math.round((country.lon + (random.next() - 0.5) * 0.1) * 1e4) / 1e4 : null,
      parent,
      cast,
      roles
    })
  }
  return list
}
