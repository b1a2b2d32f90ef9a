// One article at a time: a body written sentence by sentence around its quotes, each statement's
// offsets recorded as the body grows, so `body.slice(start, end) === text` by construction.
import type { StatementKind } from '../entities/statements/vocabulary.js'
import {
  AUDIENCES, CUES, PUBLISHERS, RELAYS, capitalize, clause, filler, fragment, type Language
} from './corpus.js'
import type { Random } from './random.js'
import type { Event, Participant } from './world.js'

export interface Statement {
  speaker: number
  event: number
  text: string
  kind: StatementKind
  cue: string
  audience: string | null
  relayedBy: string | null
  start: number
  end: number
  mentions: number[]
}

export interface Article {
  title: string
  publisher: string | null
  language: Language
  body: string
  statements: Statement[]
}

const SPEAKING_ROLES = new Set(['host', 'guest', 'signatory', 'delegation', 'speaker', 'invitee', 'organizer'])

/** Appends text to the body, keeping its length in UTF-16 code units as it goes. */
class Body {
  private readonly parts: string[] = []
  length = 0
  private inParagraph = 0

  sentence (text: string, random: Random): number {
    const separator = this.parts.length === 0 ? '' : this.inParagraph >= 2 && random.chance(0.5) ? '\n\n' : ' '
    this.inParagraph = separator === '\n\n' ? 1 : this.inParagraph + 1
    this.parts.push(separator, text)
    const at = this.length + separator.length
    this.length = at + text.length
    return at
  }

  toString (): string {
    return this.parts.join('')
  }
}

function reference (random: Random, who: Participant, language: Language): string {
  const aliases = who.aliases.filter(([l]) => l === language)
  return aliases.length > 0 && random.chance(0.3) ? (random.pick(aliases))[1] : who.name
}

const OBJECT_REFERENCES: Record<Language, readonly string[]> = {
  fr: ["l'accord", 'cette décision', 'la proposition', 'le texte', 'cette annonce'],
  en: ['the agreement', 'the decision', 'the proposal', 'the text', 'the announcement']
}

/** Writes one statement into the body and returns it, offsets included. */
function statement (random: Random, body: Body, language: Language, event: Event, eventIndex: number, participants: Participant[]): Statement {
  const speakers = event.cast.filter((_, k) => SPEAKING_ROLES.has(event.roles[k] as string))
  const speaker = speakers.length > 0 && random.chance(0.5) ? speakers[0] as number : random.pick(speakers.length > 0 ? speakers : event.cast)
  const ref = reference(random, participants[speaker] as Participant, language)
  const roll = random.next()
  const kind: StatementKind = roll < 0.5 ? 'direct' : roll < 0.7 ? 'partial' : 'indirect'
  const others = event.cast.filter((p) => p !== speaker)
  const mentioned = kind !== 'partial' && others.length > 0 && random.chance(0.25) ? random.pick(others) : -1
  const who = mentioned >= 0 ? participants[mentioned] as Participant : undefined
  const mention = who === undefined ? undefined : who.kind === 'country' && language === 'fr' ? who.aliases[1]?.[1] ?? who.name : who.name
  const cue = random.pick(CUES[language][kind])
  const audience = kind !== 'partial' && random.chance(0.25) ? random.pick(AUDIENCES[language]) : null
  const relayedBy = random.chance(0.1) ? random.pick(RELAYS[language]) : null
  const relay = relayedBy === null ? '' : language === 'fr' ? `, selon ${relayedBy}` : `, according to ${relayedBy}`
  const to = audience === null ? '' : ` ${audience}`
  let prefix: string
  let text: string
  let suffix: string
  if (kind === 'direct') {
    text = capitalize(clause(random, language, mention))
    if (language === 'fr') {
      if (cue.includes('-t-il')) body.sentence(`${ref} a pris la parole${to}.`, random)
      prefix = '« '
      suffix = cue.includes('-t-il') ? ` », ${cue}${relay}.` : ` », ${cue} ${ref}${to}${relay}.`
    } else {
      prefix = '"'
      suffix = `," ${cue} ${ref}${to}${relay}.`
    }
  } else if (kind === 'partial') {
    text = fragment(random, language)
    const object = random.pick(OBJECT_REFERENCES[language])
    if (language === 'fr') {
      prefix = cue === 'a qualifié' ? `${ref} a qualifié ${object} de « ` : `${ref} ${cue} ce qu'il considère comme un « `
      suffix = ` »${relay}.`
    } else {
      prefix = cue === 'called' ? `${ref} called ${object} a "` : `${ref} ${cue} ${object} as a "`
      suffix = `"${relay}.`
    }
  } else {
    text = clause(random, language, mention)
    if (language === 'fr' && text.startsWith('il')) {
      prefix = `${ref}${to} ${cue.slice(0, -3)} qu'`
    } else {
      prefix = `${ref}${to} ${cue} `
    }
    suffix = `${relay}.`
  }
  const at = body.sentence(prefix + text + suffix, random)
  const start = at + prefix.length
  return { speaker, event: eventIndex, text, kind, cue, audience, relayedBy, start, end: start + text.length, mentions: mentioned >= 0 ? [mentioned] : [] }
}

/** An article on `event` in `language` carrying `count` statements. */
export function writeArticle (
  random: Random, language: Language, event: Event, eventIndex: number, count: number, participants: Participant[]
): Article {
  const body = new Body()
  body.sentence(filler(random, language), random)
  const statements: Statement[] = []
  for (let k = 0; k < count; k++) {
    statements.push(statement(random, body, language, event, eventIndex, participants))
    for (let f = random.int(0, 2); f > 0; f--) body.sentence(filler(random, language), random)
  }
  const lead = statements[0]
  const title = lead === undefined || random.chance(0.4)
    ? event.title[language]
    : language === 'fr'
      ? `${(participants[lead.speaker] as Participant).name} : « ${lead.text.length > 80 ? lead.text.slice(0, 77) + '…' : lead.text} »`
      : `${(participants[lead.speaker] as Participant).name}: "${lead.text.length > 80 ? lead.text.slice(0, 77) + '…' : lead.text}"`
  return {
    title,
    publisher: random.chance(0.85) ? random.pick(PUBLISHERS[language]) : null,
    language,
    body: body.toString(),
    statements
  }
}

/** Makes the body different (a further sentence) when its hash is already taken. */
export function extend (random: Random, article: Article): void {
  article.body += ' ' + filler(random, article.language)
}
