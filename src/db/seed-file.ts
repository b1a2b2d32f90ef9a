import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Type, { type Static } from 'typebox'
import Value from 'typebox/value'
import { parseArticleFile } from '../entities/articles/article-file.js'
import { EventType, LocationSchema, ParticipantRole } from '../entities/events/schemas.js'
import { AliasSchema, ParticipantKind } from '../entities/participants/schemas.js'
import { StatementKind } from '../entities/statements/schemas.js'
import { PartialDate } from '../lib/partial-date.js'
import { CountryCode, EnrichedFields, Language, Nullable } from '../lib/schemas.js'

/** The curated data: one JSON file per article, beside the article's text file. */
export const SEEDS_FOLDER = fileURLToPath(new URL('../../seeds', import.meta.url))

const Id = Type.String({ pattern: '^[a-z]{3}_[a-z0-9][a-z0-9-]*$' })

const SeedFileSchema = Type.Object({
  article: Type.Object({
    id: Id,
    file: Type.String({ description: 'The article text file, in this folder.' }),
    title: Type.String({ minLength: 1 }),
    publisher: Nullable(Type.String()),
    language: Language(),
    url: Nullable(Type.String()),
    enrichedFields: EnrichedFields
  }, { additionalProperties: false }),
  participants: Type.Array(Type.Object({
    id: Id,
    kind: ParticipantKind,
    name: Type.String({ minLength: 1 }),
    description: Nullable(Type.String()),
    countryCode: Nullable(CountryCode()),
    wikidataId: Nullable(Type.String({ pattern: '^Q[1-9][0-9]*$' })),
    aliases: Type.Array(AliasSchema),
    enrichedFields: EnrichedFields
  }, { additionalProperties: false })),
  events: Type.Array(Type.Object({
    id: Id,
    title: Type.String({ minLength: 1 }),
    summary: Nullable(Type.String()),
    type: EventType,
    startDate: PartialDate(),
    endDate: Nullable(PartialDate()),
    location: Nullable(LocationSchema),
    parentId: Nullable(Id),
    participants: Type.Array(Type.Object({ id: Id, role: ParticipantRole }, { additionalProperties: false })),
    enrichedFields: EnrichedFields
  }, { additionalProperties: false })),
  statements: Type.Array(Type.Object({
    id: Id,
    eventId: Id,
    speakerId: Id,
    kind: StatementKind,
    text: Type.String({ minLength: 1 }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 }),
    cue: Nullable(Type.String()),
    audience: Nullable(Type.String()),
    relayedBy: Nullable(Type.String()),
    mentions: Type.Array(Id)
  }, { additionalProperties: false }))
}, { additionalProperties: false })

export type SeedFile = Static<typeof SeedFileSchema>
export type Seed = SeedFile & { name: string, body: string, published: string }

export class SeedError extends Error {}

/** Reads every seed file of a folder, validated, with its article text attached. */
export function readSeeds (folder = SEEDS_FOLDER): Seed[] {
  const names = readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
  const seeds = names.map((name) => {
    const data: unknown = JSON.parse(readFileSync(join(folder, name), 'utf8'))
    const [error] = Value.Errors(SeedFileSchema, data)
    if (error) throw new SeedError(`${name}: ${error.instancePath || '/'} ${error.message}`)
    const seed = data as SeedFile
    const { body, published } = parseArticleFile(readFileSync(join(folder, seed.article.file), 'utf8'))
    return { ...seed, name, body, published }
  })
  checkSeeds(seeds)
  return seeds
}

/** What the schema cannot say: references resolve, and every statement is its article's slice. */
function checkSeeds (seeds: Seed[]): void {
  const participantIds = new Set(seeds.flatMap((s) => s.participants.map((p) => p.id)))
  const eventIds = new Set(seeds.flatMap((s) => s.events.map((e) => e.id)))
  const refuse = (seed: Seed, what: string) => { throw new SeedError(`${seed.name}: ${what}`) }
  for (const seed of seeds) {
    for (const event of seed.events) {
      if (event.parentId !== null && !eventIds.has(event.parentId)) refuse(seed, `event ${event.id}: unknown parent ${event.parentId}`)
      if (event.endDate !== null && event.endDate + '~' < event.startDate) refuse(seed, `event ${event.id}: ends before it starts`)
      for (const p of event.participants) {
        if (!participantIds.has(p.id)) refuse(seed, `event ${event.id}: unknown participant ${p.id}`)
      }
    }
    for (const statement of seed.statements) {
      const where = `statement ${statement.id}`
      if (!eventIds.has(statement.eventId)) refuse(seed, `${where}: unknown event ${statement.eventId}`)
      if (!participantIds.has(statement.speakerId)) refuse(seed, `${where}: unknown speaker ${statement.speakerId}`)
      for (const id of statement.mentions) {
        if (!participantIds.has(id)) refuse(seed, `${where}: unknown mentioned participant ${id}`)
      }
      const slice = seed.body.slice(statement.start, statement.end)
      if (slice !== statement.text) {
        const found = seed.body.indexOf(statement.text)
        refuse(seed, `${where}: body.slice(${statement.start}, ${statement.end}) is ${JSON.stringify(slice)}, not the statement text; ` +
          (found === -1 ? 'the text does not occur in the article' : `the text occurs at start ${found}, end ${found + statement.text.length}`))
      }
    }
  }
}
