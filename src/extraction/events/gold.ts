import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Type, { type Static } from 'typebox'
import Value from 'typebox/value'
import { parseArticleFile } from '../../entities/articles/article-file.js'
import { CAMEO_ROOTS, EVENT_TYPES, type CameoRoot, type EventType } from '../../entities/events/vocabulary.js'
import { DatePrecisionSchema, PartialDate, precisionOf } from '../../lib/partial-date.js'
import { Nullable } from '../../lib/schemas.js'
import type { Language, TextSpan } from '../types.js'
import type { ActorRole, DatePrecision } from './types.js'

/**
 * A trigger is written as its text (and which occurrence in the body, 1 by default), never as
 * offsets: the loader finds it, so an annotator cannot miscount and an edited body cannot drift.
 */
const TriggerRef = Type.Object({
  text: Type.String({ minLength: 1 }),
  occurrence: Type.Optional(Type.Integer({ minimum: 1 }))
}, { additionalProperties: false })

const GoldEventSchema = Type.Object({
  title: Type.String({ minLength: 1 }),
  type: Type.Enum(EVENT_TYPES),
  cameo: Nullable(Type.Enum(CAMEO_ROOTS)),
  trigger: Nullable(Type.Object({
    ...TriggerRef.properties,
    /** Other words of the body that report the same event (`talks` for `held talks … the talks`). */
    mentions: Type.Optional(Type.Array(TriggerRef))
  }, { additionalProperties: false })),
  startDate: Nullable(PartialDate()),
  startPrecision: Nullable(DatePrecisionSchema),
  location: Nullable(Type.Object({
    name: Type.String({ minLength: 1 }),
    countryCode: Nullable(Type.String({ pattern: '^[A-Z]{2}$' }))
  }, { additionalProperties: false })),
  participants: Type.Array(Type.Object({
    name: Type.String({ minLength: 1 }),
    role: Type.Enum(['source', 'target', 'other']),
    /** Other names the text or a reader gives the same actor (`Moscou` for `Russie`). */
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1 })))
  }, { additionalProperties: false })),
  main: Type.Boolean()
}, { additionalProperties: false })

const GoldFileSchema = Type.Array(Type.Object({
  id: Type.String({ minLength: 1 }),
  language: Type.Enum(['fr', 'en']),
  published: PartialDate(),
  title: Type.String({ minLength: 1 }),
  /** The article text, or `file`: an article file in the seed format, relative to the gold file. */
  body: Type.Optional(Type.String({ minLength: 1 })),
  file: Type.Optional(Type.String({ minLength: 1 })),
  events: Type.Array(GoldEventSchema, { minItems: 1 })
}, { additionalProperties: false }))

type RawEvent = Static<typeof GoldEventSchema>

export interface GoldActor {
  name: string
  role: ActorRole
  aliases: string[]
}

/** One annotated event, in the extractor's output shape where the two meet. */
export interface GoldEvent {
  title: string
  type: EventType
  cameo: CameoRoot | null
  trigger: TextSpan | null
  /** Every span of the body that reports this event, the trigger first. */
  mentions: TextSpan[]
  startDate: string | null
  startPrecision: DatePrecision | null
  location: { name: string, countryCode: string | null } | null
  participants: GoldActor[]
  main: boolean
}

export interface GoldEventDocument {
  id: string
  language: Language
  published: string
  title: string
  body: string
  events: GoldEvent[]
}

export class GoldError extends Error {
  override name = 'GoldError'
}

/** The `occurrence`-th place of `text` in `body`, or a loud error naming the document and the text. */
function locate (body: string, ref: { text: string, occurrence?: number | undefined }, where: string): TextSpan {
  let start = -1
  for (let n = 0; n < (ref.occurrence ?? 1); n++) {
    start = body.indexOf(ref.text, start + 1)
    if (start === -1) throw new GoldError(`${where}: trigger ${JSON.stringify(ref.text)} occurrence ${ref.occurrence ?? 1} is not in the body`)
  }
  return { text: ref.text, start, end: start + ref.text.length }
}

function goldEvent (body: string, raw: RawEvent, where: string): GoldEvent {
  if ((raw.startDate === null) !== (raw.startPrecision === null) ||
    (raw.startDate !== null && precisionOf(raw.startDate) !== raw.startPrecision)) {
    throw new GoldError(`${where}: startPrecision ${String(raw.startPrecision)} does not match startDate ${String(raw.startDate)}`)
  }
  const trigger = raw.trigger === null ? null : locate(body, raw.trigger, where)
  const others = (raw.trigger?.mentions ?? []).map((m) => locate(body, m, where))
  return {
    title: raw.title,
    type: raw.type,
    cameo: raw.cameo,
    trigger,
    mentions: trigger === null ? [] : [trigger, ...others],
    startDate: raw.startDate,
    startPrecision: raw.startPrecision,
    location: raw.location,
    participants: raw.participants.map((p) => ({ name: p.name, role: p.role, aliases: p.aliases ?? [] })),
    main: raw.main
  }
}

/**
 * Reads a gold file of `test/fixtures/events/`, validated: every trigger found in its body (offsets
 * in UTF-16 code units, as the extractor gives them), dates agreeing with their precision, and
 * exactly one main event per document. Any mistake throws, naming the file and the document.
 */
export function readEventGold (path: string): GoldEventDocument[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
  const [error] = Value.Errors(GoldFileSchema, data)
  if (error) throw new GoldError(`${path}: ${error.instancePath || '/'} ${error.message}`)
  return (data as Static<typeof GoldFileSchema>).map((raw) => {
    const where = `${path}: ${raw.id}`
    if ((raw.body === undefined) === (raw.file === undefined)) throw new GoldError(`${where}: give either body or file`)
    const article = raw.file === undefined ? null : parseArticleFile(readFileSync(resolve(dirname(path), raw.file), 'utf8'))
    const body = article?.body ?? raw.body ?? ''
    const mains = raw.events.filter((e) => e.main).length
    if (mains !== 1) throw new GoldError(`${where}: ${mains} main events, exactly one expected`)
    return {
      id: raw.id,
      language: raw.language,
      published: article?.published ?? raw.published,
      title: raw.title,
      body,
      events: raw.events.map((e, i) => goldEvent(body, e, `${where} event ${i} (${e.title})`))
    }
  })
}
