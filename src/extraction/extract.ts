import { introducedNext, quoteStatements, type Draft, type SentenceContext } from './attribution.js'
import { findCues } from './cues.js'
import { indirectStatements } from './indirect.js'
import { interviewOf } from './interview.js'
import { detectLanguage } from './language.js'
import { layoutOf, sectionStartOf, within } from './layout.js'
import { lexiconFor } from './lexicon.js'
import { mentionsIn, tokenize, type MentionContext } from './mentions.js'
import { onParagraphs } from './paragraphs.js'
import { findQuotes, quoteAt } from './quotes.js'
import { splitSentences } from './sentences.js'
import { createSpeakerResolver, primeResolver, type ResolvedSpeaker } from './speakers.js'
import { firstFrom, spanOf } from './text.js'
import type { ExtractedStatement, ExtractionInput, Language, Span } from './types.js'

const VIA_CONFIDENCE: Record<ResolvedSpeaker['via'], number> = { participant: 1, name: 0.95, coreference: 0.9, phrase: 0.85 }

/**
 * Finds who said what in an article body: direct, partial and indirect statements with their
 * speech cue, the speaker as written and the speaker resolved against `participants` (or proposed
 * as a new candidate). Pure: the same input always gives the same statements.
 */
export function extractStatements (input: ExtractionInput): ExtractedStatement[] {
  return onParagraphs(input.body, (body) => statementsIn({ ...input, body }), (s, span) =>
    ({ ...s, ...span(s), cue: s.cue === null ? null : span(s.cue), speakerMention: s.speakerMention === null ? null : span(s.speakerMention) }))
}

function statementsIn (input: ExtractionInput): ExtractedStatement[] {
  const { body } = input
  const language = input.language ?? detectLanguage(body)
  const lexicon = lexiconFor(language)
  const quotes = findQuotes(body)
  const cues = findCues(body, lexicon, quotes)
  const resolver = createSpeakerResolver(body, input.participants ?? [], lexicon)
  const mentions: MentionContext = { body, lexicon, aliases: resolver.aliases }
  const layout = layoutOf(body)
  const sentences = splitSentences(body, language, quotes)
  const prose = sentences.filter((s) => !within(layout.headlines, s))
  // (a name in the article's title is nobody's antecedent; a live blog's section title names who the section is about)
  const title = layout.headlines.filter((h) => body.slice(0, h.start).trim() === '')
  const spoken = mentionsIn(mentions, 0, body.length).filter((m) => quoteAt(quotes, m.start) === undefined && !within(title, m))
  primeResolver(resolver, spoken, body, lexicon, { sentences: prose, verbs: cues })

  const sentenceDrafts = (sentence: Span): Draft[] => {
    const sentenceCues = spansWithin(cues, sentence)
    const ctx: SentenceContext = {
      body,
      lexicon,
      mentions,
      sentence,
      quotes: spansWithin(quotes, sentence),
      cues: sentenceCues.filter((c) => !c.quoted),
      quotedCues: sentenceCues.filter((c) => c.quoted),
      subjects: new Map()
    }
    const indirect = indirectStatements(ctx)
    // (a quotation between a verb and the clause it reports names the audience: `told NBC's "Meet the Press" that`)
    const covered = (span: Span): boolean => indirect.some((d) => (d.span.start <= span.start && span.end <= d.span.end + 1) ||
      (d.cue !== null && d.cue.end <= span.start && span.end < d.span.start))
    return [...indirect, ...quoteStatements(ctx, covered)].sort((a, b) => a.span.start - b.span.start)
  }

  const statements: ExtractedStatement[] = []
  let last: ResolvedSpeaker | null = null
  let section = 0
  const interview = interviewOf(mentions, layout)
  const answers = new Set(interview.answers)
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
  for (const [index, sentence] of sentences.entries()) {
    if (within(layout.headlines, sentence) || interview.questions.some((q) => overlaps(q, sentence))) continue
    const sectionStart = sectionStartOf(layout, sentence.start)
    // a live blog's new section, or the article after its headline: nobody has spoken yet
    if (sectionStart !== section) { section = sectionStart; last = null }
    // an interview's answer is one statement, whatever its sentences hold
    const answer = interview.answers.find((a) => overlaps(a.span, sentence))
    if (answer !== undefined && !answers.delete(answer)) continue
    const drafts = answer !== undefined
      ? [{ span: answer.span, kind: 'direct' as const, cue: null, mention: answer.speaker, confidence: 0.8 }]
      : sentenceDrafts(sentence)
    for (const draft of drafts) {
      // nobody has spoken yet in the section: the quotation's speaker may be named right after it
      const next = sentences[index + 1]
      if (draft.mention === null && draft.cue === null && last === null && next !== undefined) draft.mention = introducedNext(mentions, draft.span, next)
      const resolved: ResolvedSpeaker | null = draft.mention === null
        ? (draft.cue === null ? resolver.subjectBefore(draft.span.start) ?? last : null)
        // (the clause a pronoun attributes after it names no antecedent of its own: `<X …>, a-t-elle conclu`)
        : resolver.resolve(draft.mention, sectionStart, draft.kind === 'indirect' && draft.mention.start >= draft.span.end ? { before: draft.span.start } : {})
      if (resolved !== null) { resolver.spoke(resolved, draft.span.start); last = resolved }
      statements.push({
        ...spanOf(body, draft.span.start, draft.span.end),
        kind: draft.kind,
        cue: draft.cue === null ? null : spanOf(body, draft.cue.start, draft.cue.end),
        speakerMention: draft.mention === null ? null : spanOf(body, draft.mention.start, draft.mention.end),
        speaker: resolved === null ? null : resolved.speaker,
        confidence: round(draft.confidence * (resolved === null ? 0.5 : VIA_CONFIDENCE[resolved.via]))
      })
    }
  }
  // a role left unnamed where it spoke may be named elsewhere in the article (`le président russe Vladimir Poutine`)
  return statements.map((s) => ({ ...s, speaker: s.speaker === null ? null : { ...resolver.settle(s.speaker, s.start, sectionStartOf(layout, s.start)) } }))
}

/** The spans of `sorted` (in text order) that lie within `outer`: a binary search, as every sentence asks. */
function spansWithin<T extends Span> (sorted: readonly T[], outer: Span): T[] {
  const low = firstFrom(sorted, outer.start)
  const found: T[] = []
  for (let i = low; i < sorted.length && (sorted[i] as T).start < outer.end; i++) if ((sorted[i] as T).end <= outer.end) found.push(sorted[i] as T)
  return found
}

const round = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100

/** Most words in a participant's name or alias that `candidateNames` proposes (`la ministre de l'Économie`). */
const MAX_NAME_WORDS = 6

/**
 * Every way the body could name a known participant: runs of up to six words that start with a
 * capital, a title or a determiner (`Kim Jong Un`, `M. Poutine`, `le président russe`). A store
 * looks these up in its name index and passes only the participants they name to
 * `extractStatements`, instead of all of them.
 */
export function candidateNames (body: string, language?: Language): string[] {
  const lexicon = lexiconFor(language ?? detectLanguage(body))
  const tokens = tokenize(body, 0, body.length)
  const names = new Set<string>()
  tokens.forEach((first, i) => {
    if (!/^\p{Lu}/u.test(first.text) && !lexicon.determiners.has(first.folded) && !lexicon.titleGender.has(first.folded)) return
    for (let k = i; k < Math.min(tokens.length, i + MAX_NAME_WORDS); k++) {
      const token = tokens[k] as (typeof tokens)[number]
      if (!/[\p{L}\p{N}]/u.test(token.text)) break
      // a name never ends with a function word (`M. Poutine à`, `le président de`; `Kim Jong Un` does)
      const closing = !/^\p{Lu}/u.test(token.text) &&
        (lexicon.stopwords.has(token.folded) || lexicon.prepositions.has(token.folded) || lexicon.determiners.has(token.folded))
      if (!closing && (k > i || /^\p{Lu}/u.test(first.text))) names.add(body.slice(first.start, token.end).replace(/\s+/g, ' '))
    }
  })
  return [...names]
}
