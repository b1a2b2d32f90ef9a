import type { Article } from '../entities/articles/schemas.js'
import type { Event } from '../entities/events/schemas.js'
import type { Participant } from '../entities/participants/schemas.js'
import type { Statement } from '../entities/statements/schemas.js'

/**
 * schema.org JSON-LD for each entity. `@id`s are the API's own URLs, so a linked-data client can
 * dereference every node it meets; `identifier` keeps our id for clients that only want the id.
 */

export type JsonLdNode = Record<string, unknown>

const CONTEXT = 'https://schema.org'

type Collection = 'events' | 'participants' | 'statements' | 'articles'

// Trailing slashes trimmed so `http://host/` and `http://host` give the same ids.
const iri = (base: string, collection: Collection, id: string): string =>
  `${base.replace(/\/+$/, '')}/${collection}/${encodeURIComponent(id)}`

const ref = (base: string, collection: Collection, id: string): JsonLdNode =>
  ({ '@id': iri(base, collection, id) })

/** Spreads `{ key: value }` unless the value is null: schema.org has no null, absent means unknown. */
const optional = (key: string, value: unknown): JsonLdNode =>
  value === null || value === undefined ? {} : { [key]: value }

const postalAddress = (countryCode: string | null): JsonLdNode =>
  optional('address', countryCode === null ? null : { '@type': 'PostalAddress', addressCountry: countryCode })

function place (location: NonNullable<Event['location']>): JsonLdNode {
  const { latitude, longitude } = location
  return {
    '@type': 'Place',
    name: location.name,
    ...postalAddress(location.countryCode),
    // Half a coordinate is no position; 0 is a real one, hence the null checks.
    ...(latitude !== null && longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } }
      : {})
  }
}

export function eventToJsonLd (e: Event, base: string): JsonLdNode {
  return {
    '@type': 'Event',
    '@id': iri(base, 'events', e.id),
    identifier: e.id,
    name: e.title,
    ...optional('description', e.summary),
    // Partial dates (`2024`, `2024-06`) are valid ISO 8601 and schema.org Date values as they are.
    startDate: e.startDate,
    ...optional('endDate', e.endDate),
    ...optional('location', e.location === null ? null : place(e.location)),
    ...optional('superEvent', e.parentId === null ? null : ref(base, 'events', e.parentId)),
    subjectOf: e.articles.map((id) => ref(base, 'articles', id)),
    keywords: e.type
  }
}

const PARTICIPANT_TYPES = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place'
} as const satisfies Record<Participant['kind'], string>

export function participantToJsonLd (p: Participant, base: string): JsonLdNode {
  return {
    '@type': PARTICIPANT_TYPES[p.kind],
    '@id': iri(base, 'participants', p.id),
    identifier: p.id,
    name: p.name,
    ...optional('description', p.description),
    // Language-tagged values keep `M. Poutine` marked as French rather than as a bare string.
    alternateName: p.aliases.map((alias) => ({ '@value': alias.name, '@language': alias.language })),
    ...optional('sameAs', p.wikidataId === null ? null : `http://www.wikidata.org/entity/${p.wikidataId}`),
    // A person has no address in schema.org, but a nationality; the others are places or have one.
    ...(p.kind === 'person'
      ? optional('nationality', p.countryCode === null ? null : { '@type': 'Country', identifier: p.countryCode })
      : postalAddress(p.countryCode))
  }
}

const participantRef = (base: string, participant: { id: string, name: string }): JsonLdNode =>
  ({ ...ref(base, 'participants', participant.id), name: participant.name })

export function statementToJsonLd (s: Statement, base: string): JsonLdNode {
  // Source offsets, cue, audience and relayedBy have no schema.org property: they stay in the JSON.
  return {
    '@type': 'Quotation',
    '@id': iri(base, 'statements', s.id),
    identifier: s.id,
    text: s.text,
    inLanguage: s.language,
    // Both, because consumers read either: spokenByCharacter is the Quotation term, creator the generic one.
    spokenByCharacter: participantRef(base, s.speaker),
    creator: participantRef(base, s.speaker),
    isBasedOn: ref(base, 'articles', s.source.article),
    about: [
      { ...ref(base, 'events', s.event.id), name: s.event.title },
      ...s.mentions.map((mention) => participantRef(base, mention))
    ],
    genre: s.kind
  }
}

export function articleToJsonLd (a: Article, base: string): JsonLdNode {
  return {
    '@type': 'NewsArticle',
    '@id': iri(base, 'articles', a.id),
    identifier: a.id,
    headline: a.title,
    articleBody: a.body,
    inLanguage: a.language,
    datePublished: a.published,
    ...optional('publisher', a.publisher === null ? null : { '@type': 'Organization', name: a.publisher }),
    ...optional('url', a.url)
  }
}

/** A single node as a standalone document. */
export function jsonLdDocument (node: JsonLdNode): JsonLdNode {
  return { '@context': CONTEXT, ...node }
}

/** Several nodes (a page of a list) sharing one context. */
export function jsonLdGraph (nodes: readonly JsonLdNode[]): JsonLdNode {
  return { '@context': CONTEXT, '@graph': nodes }
}
