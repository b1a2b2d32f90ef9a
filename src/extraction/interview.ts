import { sectionStartOf, type Layout } from './layout.js'
import { isComplement, mentionsIn, type Mention, type MentionContext } from './mentions.js'
import { inRelativeClause } from './speakers.js'
import { trimSpan } from './text.js'
import type { Span } from './types.js'

/** An interview's answer: the whole paragraph is a direct statement of `speaker`. */
export interface Answer {
  span: Span
  speaker: Mention | null
}

export interface Interview {
  answers: Answer[]
  /** The interviewer's questions: no statements in them. */
  questions: Span[]
}

/** Fewer questions than this and a paragraph ending with `?` is a reporter's rhetoric, not an interview. */
const MIN_QUESTIONS = 2
const MAX_QUESTION_WORDS = 45
const SPEAKER_PREFIX = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*:\s+/u

/**
 * The question-and-answer part of an article: paragraphs prefixed with the speaker's name
 * (`OKONKWO: …`), or answers following questions (paragraphs ending with `?` or trailing off with `…`, or prefixed `Q:`)
 * with no quotation marks, spoken by the interviewee: the first person the section names before its first
 * question, or else the first person the article names.
 */
export function interviewOf (ctx: MentionContext, layout: Layout): Interview {
  const { body, lexicon } = ctx
  const markers = (words: string[]): RegExp => new RegExp(`^(?:${words.join('|')})\\s*[:.—–-]\\s+`, 'u')
  const questionMarker = markers(lexicon.data.interviewMarkers.question)
  const answerMarker = markers(lexicon.data.interviewMarkers.answer)
  const paragraphs = [...body.matchAll(/[^\n]+/g)]
    .map((m) => trimSpan(body, { start: m.index, end: m.index + m[0].length }))
    .filter((p) => p.end > p.start && !layout.headlines.some((h) => h.start <= p.start && p.end <= h.end))
  const isQuestion = (p: Span): boolean => {
    const text = body.slice(p.start, p.end)
    // (`Le gouvernement parle d'une compensation…`: a prompt trailing off is a question too)
    return questionMarker.test(text) || (/(?:\?|…|\.\.\.)\s*$/.test(text) && !/^[«"“]/.test(text) && text.split(/\s+/).length <= MAX_QUESTION_WORDS)
  }
  const questions = paragraphs.filter(isQuestion)
  const interview: Interview = { answers: [], questions: [] }
  if (questions.length < MIN_QUESTIONS) return interview
  interview.questions = questions
  const peopleIn = (start: number, end: number): Mention[] => mentionsIn(ctx, start, end).filter((m) => m.type !== 'pronoun' && /\s/.test(m.name ?? m.text) &&
    !layout.headlines.some((h) => h.start <= m.start && m.end <= h.end))
  const firstNamed = peopleIn(0, body.length).find((m) => !isComplement(ctx, m)) ?? null
  // (a live blog's interview section introduces its own interviewee before the first question, as
  // a subject or as whom the reporter spoke to: `We spoke to X, who…`)
  const intervieweeOf = (p: Span): Mention | null => {
    const section = sectionStartOf(layout, p.start)
    const firstQuestion = questions.find((q) => q.start >= section)
    const introduced = firstQuestion === undefined ? [] : peopleIn(section, firstQuestion.start).filter((m) => !inRelativeClause(body, m, lexicon))
    return introduced.find((m) => !isComplement(ctx, m)) ?? introduced[0] ?? firstNamed
  }
  paragraphs.forEach((p, i) => {
    const previous = paragraphs[i - 1]
    if (previous === undefined || !isQuestion(previous) || isQuestion(p)) return
    const text = body.slice(p.start, p.end)
    if (/^[«"“]/.test(text)) return
    const answer = answerMarker.exec(text)
    const named = answer === null ? SPEAKER_PREFIX.exec(text) : null
    const skip = answer?.[0].length ?? named?.[0].length ?? 0
    const speaker: Mention | null = named === null
      ? intervieweeOf(p)
      : { start: p.start, end: p.start + (named[1] as string).length, text: named[1] as string, type: 'name', name: named[1] as string }
    interview.answers.push({ span: { start: p.start + skip, end: p.end }, speaker })
  })
  return interview
}
