import t from 'tap'
import { fileURLToPath } from 'node:url'
import { extractStatements } from '../src/extraction/extract.js'
import { runExtraction, score } from '../src/extraction/evaluate.js'
import { readMarkedSet, type GoldDocument } from '../src/extraction/gold.js'
import { findQuotes } from '../src/extraction/quotes.js'

// Copy pasted from web pages ends its paragraphs with a single line break, e-mailed copy is
// hard-wrapped, Windows copy ends its lines with \r\n: the statements found must not depend on it.

const article = [
  'Senate passes border bill',
  '"The American people are watching. They know who is serious about the border.',
  '"Every member of the Senate will have to go on the record," Mike Johnson told reporters.',
  'Democrats were unmoved. "This bill treats asylum seekers like criminals," said Maria Vargas, a director of the coalition.',
  'She said the group would sue.'
]

const texts = (body: string): Array<[string, string | undefined]> =>
  extractStatements({ body, language: 'en' }).map((s) => [s.text.replace(/\s+/g, ' '), s.speaker?.name])

t.test('paragraphs ending with a single line break read as paragraphs: a quote over two of them, a title', async (t) => {
  const blank = article.join('\n\n')
  const single = article.join('\n')
  t.same(texts(single), texts(blank))
  t.same(texts(single).map(([text]) => text), [
    'The American people are watching. They know who is serious about the border.',
    'Every member of the Senate will have to go on the record',
    'This bill treats asylum seekers like criminals',
    'the group would sue'
  ])
  for (const s of extractStatements({ body: single, language: 'en' })) {
    t.equal(single.slice(s.start, s.end), s.text, 'offsets are the original text\'s')
    if (s.cue !== null) t.equal(single.slice(s.cue.start, s.cue.end), s.cue.text)
    if (s.speakerMention !== null) t.equal(single.slice(s.speakerMention.start, s.speakerMention.end), s.speakerMention.text)
  }
})

t.test('a hard-wrapped text and \\r\\n line ends give the statements of the plain text', async (t) => {
  const blank = article.join('\n\n')
  const wrapped = blank.replace(/(.{50,70}?) /g, '$1\n')
  t.ok(wrapped.split('\n').length > article.length * 2, 'the text is wrapped')
  t.same(texts(wrapped), texts(blank))
  t.same(texts(blank.replace(/\n/g, '\r\n')), texts(blank))
})

t.test('a quotation left open before another opens after a sentence\'s end, or at the next paragraph in single marks, is a quote of its own', async (t) => {
  const body = 'He spoke. "The people are watching. "Every member will vote," Johnson said. “A first one. “A second one,” she said.'
  t.same(findQuotes(body).map((q) => body.slice(q.content.start, q.content.end)),
    ['The people are watching.', 'Every member will vote,', 'A first one.', 'A second one,'])
  const british = '‘The people are watching.\n\n‘Every member will vote,’ Johnson said.'
  t.same(findQuotes(british).map((q) => british.slice(q.content.start, q.content.end)), ['The people are watching.', 'Every member will vote,'])
  // (not inside a sentence: `"a "b" c"` stays one quotation)
  t.equal(findQuotes('He said "we are, as "they" say, ready" today.').length, 1)
})

// at scale: every dev article, laid out each way
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/extraction/wire/${name}`, import.meta.url))
const layouts: Record<string, (body: string) => string> = {
  'a single line break between paragraphs': (body) => body.replace(/\n\s*\n/g, '\n'),
  'hard-wrapped lines': (body) => body.split('\n').map((line) => line.replace(/(.{60,72}?) /g, '$1\n')).join('\n'),
  'single quotation marks (British copy)': (body) => body.replace(/“/g, '‘').replace(/”/g, '’')
    // (an opening mark follows a space or a line's start, the gold offsets' markers aside)
    .replace(/(?<=(?:^|[\s(—])\uE000*)"/gu, '‘').replace(/"/g, '’')
}

/** The document laid out anew, its gold offsets moved with the characters they pointed at. */
function laidOut (document: GoldDocument, layout: (body: string) => string): GoldDocument {
  const marker = '\uE000'
  const marked = [...document.statements.flatMap((s) => [s.start, s.end])].sort((a, b) => b - a)
    .reduce((body, at) => body.slice(0, at) + marker + body.slice(at), document.body)
  const moved = layout(marked)
  const positions: number[] = []
  let body = ''
  for (const char of moved) {
    if (char === marker) positions.push(body.length)
    else body += char
  }
  // markers come back in text order; each statement's start and end are two of them
  const order = [...document.statements.flatMap((s, k) => [[s.start, 2 * k], [s.end, 2 * k + 1]])].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number))
  const at = new Map(order.map(([, key], i) => [key as number, positions[i] as number]))
  return {
    ...document,
    body,
    statements: document.statements.map((s, k) => {
      const start = at.get(2 * k) as number
      const end = at.get(2 * k + 1) as number
      return { ...s, start, end, text: body.slice(start, end) }
    })
  }
}

for (const language of ['en', 'fr']) {
  const documents = readMarkedSet(fixture(`dev-${language}.txt`)).documents
  const plain = score(runExtraction(documents), 'all')
  for (const [name, layout] of Object.entries(layouts)) {
    t.test(`dev ${language} with ${name}: F1 and speaker accuracy within half a point of the plain text`, async (t) => {
      const s = score(runExtraction(documents.map((d) => laidOut(d, layout))), 'all')
      t.ok(Math.abs((s.at[0.3]?.f1 ?? 0) - (plain.at[0.3]?.f1 ?? 0)) <= 0.005, `F1@0.3 ${s.at[0.3]?.f1} against ${plain.at[0.3]?.f1}`)
      t.ok(Math.abs(s.speakerAccuracy - plain.speakerAccuracy) <= 0.005, `speaker accuracy ${s.speakerAccuracy} against ${plain.speakerAccuracy}`)
    })
  }
}
