import { isDeepStrictEqual } from 'node:util'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import t, { type Test } from 'tap'
import { createArticle, createEvent, createParticipant, createStatement } from './factories.js'
import { build, getJson } from './helper.js'
import { MAX_DEPTH, parseSearch, toFts5, toTsquery } from '../src/lib/search-query.js'
import type { App } from '../src/app.js'

// The search language of `q` (src/lib/search-query.ts): what it refuses, on every route that
// searches, and what it finds in the seed article; what it writes for PostgreSQL; and, against
// FTS5 itself, that every query FTS5 took still means what it meant.

const SEARCHES = ['/statements', '/events', '/articles', '/search']
const stm = (n: number) => `stm_af1a277ce4d4aaad-0${n}`
const ARTICLE = 'art_af1a277ce4d4aaad'

async function expectRefused (t: Test, app: App, q: string, reason: RegExp) {
  for (const path of SEARCHES) {
    const url = `${path}?q=${encodeURIComponent(q)}`
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/, url)
    t.match(res.json(), { status: 400, code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name: 'q', reason }] }, url)
  }
}

// What is wrong, and where (positions count characters from 1).
const MALFORMED: Array<[string, RegExp]> = [
  ['"nouvelle ère', /the quote at position 1 is never closed/],
  ['russie "nouvelle ère', /the quote at position 8 is never closed/],
  ['(russie OR accord', /the parenthesis at position 1 is never closed/],
  ['russie)', /'\)' at position 7 closes no parenthesis/],
  ['russie () accord', /the parentheses at position 8 hold no word/],
  ['OR russie', /OR at position 1 has no word before it/],
  ['AND russie', /AND at position 1 has no word before it/],
  ['(AND russie)', /AND at position 2 has no word before it/],
  ['russie OR', /OR at position 8 has no word after it/],
  ['russie AND', /AND at position 8 has no word after it/],
  ['russie NOT', /NOT at position 8 has no word after it/],
  ['(russie OR)', /OR at position 9 has no word after it/],
  ['russie OR OR accord', /OR at position 11 follows OR at position 8 with no word between them/],
  ['NOT russie', /NOT at position 1 has no word before it: NOT is binary \(`a NOT b` finds a without b\)/],
  ['accord OR NOT russie', /NOT at position 11 has no word before it: NOT is binary/],
  ['accord AND NOT russie', /NOT at position 12 has no word before it/],
  ['(NOT russie)', /NOT at position 2 has no word before it/],
  ['*', /'\*' at position 1 must directly follow a word or a closing quote/],
  ['russie *', /'\*' at position 8 must directly follow a word or a closing quote/],
  ['"nouvelle ère" *', /'\*' at position 16 must directly follow a word or a closing quote/],
  ['révolution**', /'\*' at position 12 follows another '\*'/],
  ['révo*lution', /'\*' at position 5 only ends a word/],
  ['OR*', /'\*' at position 3 follows the operator OR/],
  ['«*', /'\*' at position 2 follows no letter or digit/],
  ['text:russie', /':' at position 5 is not part of the search syntax \(there are no column filters\)/],
  ['{title body}:russie', /':' at position 13 is not part of the search syntax/],
  ['^russie', /'\^' at position 1 is not part of the search syntax/],
  ['russie+accord', /'\+' at position 7 is not part of the search syntax/],
  ['russie + accord', /'\+' at position 8 is not part of the search syntax/],
  ['NEAR(russie accord)', /NEAR at position 1 is not part of the search syntax/],
  ['NEAR (russie accord, 5)', /NEAR at position 1 is not part of the search syntax/],
  ['russie -accord', /'-' at position 8 does not leave words out: write `a NOT b`/],
  [`${'('.repeat(MAX_DEPTH + 1)}russie${')'.repeat(MAX_DEPTH + 1)}`, new RegExp(`parenthesis at position ${MAX_DEPTH + 1} nests too deep \\(parentheses nest at most ${MAX_DEPTH} deep\\)`)],
  // No word at all: whitespace (as before), punctuation alone.
  [' ', /it has no word \(letters or digits\) to search for/],
  [' \t ', /it has no word/],
  ['!!!', /it has no word/],
  ['…', /it has no word/],
  ["'", /it has no word/],
  ['-', /it has no word/],
  ['« »', /it has no word/],
  ['""', /it has no word/],
  ['"…"', /it has no word/],
  ['🙂', /it has no word/],
  // Punctuation alone is skipped, so it is no operand.
  ['russie OR …', /OR at position 8 has no word after it/]
]

t.test('a malformed q is a 400 problem naming q that says what is wrong and where, on every route that searches', async (t) => {
  const { app } = await build(t)
  for (const [q, reason] of MALFORMED) await expectRefused(t, app, q, reason)
  // An empty q never reaches the parser: the schema refuses it, as before.
  for (const path of SEARCHES) {
    const { status, body } = await getJson(app, `${path}?q=`)
    t.equal(status, 400, `${path}?q=`)
    t.match(body, { errors: [{ in: 'querystring', name: 'q' }] })
  }
})

interface Case {
  q: string
  /** The ids found, in any order, by path. */
  finds: Partial<Record<'/statements' | '/events' | '/articles', string[]>>
  fts5: string
  tsquery: string
}

// Each checked by hand against the seed article (seeds/000_af1a277ce4d4aaad.*), its statements and events.
const WELL_FORMED: Case[] = [
  { q: 'russie', finds: { '/statements': [stm(2), stm(4), stm(5)] }, fts5: '"russie"', tsquery: "'russie'" },
  { q: 'RUSSIE', finds: { '/statements': [stm(2), stm(4), stm(5)] }, fts5: '"RUSSIE"', tsquery: "'RUSSIE'" },
  { q: 'etrangere', finds: { '/statements': [stm(2)] }, fts5: '"etrangere"', tsquery: "'etrangere'" },
  { q: 'ÉTRANGÈRE', finds: { '/statements': [stm(2)] }, fts5: '"ÉTRANGÈRE"', tsquery: "'ÉTRANGÈRE'" },
  // Words side by side, or with AND: all must match.
  { q: 'russie accord', finds: { '/statements': [stm(5)] }, fts5: '"russie" AND "accord"', tsquery: "'russie' & 'accord'" },
  { q: 'russie AND accord', finds: { '/statements': [stm(5)] }, fts5: '"russie" AND "accord"', tsquery: "'russie' & 'accord'" },
  // Phrases: the words in this order, next to each other.
  { q: '"la russie"', finds: { '/statements': [stm(2), stm(4), stm(5)] }, fts5: '"la russie"', tsquery: "'la' <-> 'russie'" },
  { q: '"russie la"', finds: { '/statements': [] }, fts5: '"russie la"', tsquery: "'russie' <-> 'la'" },
  { q: '"kim il sung"', finds: { '/events': ['evt_kim-il-sung-square-ceremony-2024'] }, fts5: '"kim il sung"', tsquery: "'kim' <-> 'il' <-> 'sung'" },
  { q: '"sung il kim"', finds: { '/events': [] }, fts5: '"sung il kim"', tsquery: "'sung' <-> 'il' <-> 'kim'" },
  // Prefixes, of a word or of a phrase's last word.
  { q: 'révolution*', finds: { '/statements': [stm(3)] }, fts5: '"révolution" *', tsquery: "'révolution':*" },
  { q: 'révolution', finds: { '/statements': [] }, fts5: '"révolution"', tsquery: "'révolution'" },
  { q: '"nouvelle er"*', finds: { '/statements': [stm(7)] }, fts5: '"nouvelle er" *', tsquery: "'nouvelle' <-> 'er':*" },
  { q: '"kim jong"*', finds: { '/articles': [ARTICLE] }, fts5: '"kim jong" *', tsquery: "'kim' <-> 'jong':*" },
  // OR, and `or` in lower case, which is a word (no statement has it).
  { q: 'russie OR ami', finds: { '/statements': [stm(2), stm(4), stm(5), stm(6)] }, fts5: '"russie" OR "ami"', tsquery: "'russie' | 'ami'" },
  { q: 'russie or ami', finds: { '/statements': [] }, fts5: '"russie" AND "or" AND "ami"', tsquery: "'russie' & 'or' & 'ami'" },
  { q: 'welcome* OR ceremony', finds: { '/events': ['evt_airport-welcome-2024', 'evt_kim-il-sung-square-ceremony-2024'] }, fts5: '"welcome" * OR "ceremony"', tsquery: "'welcome':* | 'ceremony'" },
  { q: 'zeppelin OR kremlin', finds: { '/articles': [ARTICLE] }, fts5: '"zeppelin" OR "kremlin"', tsquery: "'zeppelin' | 'kremlin'" },
  // NOT, binary; it binds tighter than OR and AND, and words side by side tighter still (as in FTS5).
  { q: 'russie NOT accord', finds: { '/statements': [stm(2), stm(4)] }, fts5: '"russie" NOT "accord"', tsquery: "'russie' & !'accord'" },
  { q: 'putin NOT kim', finds: { '/events': ['evt_putin-press-statement-2024'] }, fts5: '"putin" NOT "kim"', tsquery: "'putin' & !'kim'" },
  { q: 'kremlin NOT poutine', finds: { '/articles': [] }, fts5: '"kremlin" NOT "poutine"', tsquery: "'kremlin' & !'poutine'" },
  { q: 'russie NOT accord defensif', finds: { '/statements': [stm(2), stm(4)] }, fts5: '"russie" NOT ("accord" AND "defensif")', tsquery: "'russie' & !('accord' & 'defensif')" },
  { q: '(russie NOT accord) defensif', finds: { '/statements': [] }, fts5: '"russie" NOT "accord" AND "defensif"', tsquery: "'russie' & !'accord' & 'defensif'" },
  { q: 'russie NOT accord OR ami', finds: { '/statements': [stm(2), stm(4), stm(6)] }, fts5: '"russie" NOT "accord" OR "ami"', tsquery: "'russie' & !'accord' | 'ami'" },
  { q: 'soutien NOT systématique', finds: { '/statements': [stm(8)] }, fts5: '"soutien" NOT "systématique"', tsquery: "'soutien' & !'systématique'" },
  { q: 'soutien NOT (russe* OR ukrain*)', finds: { '/statements': [] }, fts5: '"soutien" NOT ("russe" * OR "ukrain" *)', tsquery: "'soutien' & !('russe':* | 'ukrain':*)" },
  // Parentheses, also beside a word (FTS5 itself wants AND there).
  { q: '(défensif OR ami) AND russie', finds: { '/statements': [stm(5)] }, fts5: '("défensif" OR "ami") AND "russie"', tsquery: "('défensif' | 'ami') & 'russie'" },
  { q: 'russie (accord OR diktat)', finds: { '/statements': [stm(2), stm(5)] }, fts5: '"russie" AND ("accord" OR "diktat")', tsquery: "'russie' & ('accord' | 'diktat')" },
  // A word with punctuation inside is the phrase of its words: apostrophes, hyphens, dashes.
  { q: "l'accord", finds: { '/statements': [stm(5)], '/articles': [ARTICLE] }, fts5: '"l accord"', tsquery: "'l' <-> 'accord'" },
  { q: 'l’accord', finds: { '/statements': [stm(5)] }, fts5: '"l accord"', tsquery: "'l' <-> 'accord'" },
  { q: "n'accept*", finds: { '/statements': [stm(2)] }, fts5: '"n accept" *', tsquery: "'n' <-> 'accept':*" },
  { q: 'militaro-technique', finds: { '/statements': [stm(4)], '/articles': [ARTICLE] }, fts5: '"militaro technique"', tsquery: "'militaro' <-> 'technique'" },
  { q: 'technique-militaro', finds: { '/statements': [] }, fts5: '"technique militaro"', tsquery: "'technique' <-> 'militaro'" },
  { q: 'technique militaro', finds: { '/statements': [stm(4)] }, fts5: '"technique" AND "militaro"', tsquery: "'technique' & 'militaro'" },
  { q: 'ELLE-MEME', finds: { '/statements': [stm(4)] }, fts5: '"ELLE MEME"', tsquery: "'ELLE' <-> 'MEME'" },
  { q: 'TÊTE-À-TÊTE', finds: { '/events': ['evt_putin-kim-tete-a-tete-2024'] }, fts5: '"TÊTE À TÊTE"', tsquery: "'TÊTE' <-> 'À' <-> 'TÊTE'" },
  { q: 'russia-north', finds: { '/events': ['evt_partnership-treaty-signing-2024'] }, fts5: '"russia north"', tsquery: "'russia' <-> 'north'" },
  { q: 'Kim-Jong-Un', finds: { '/articles': [ARTICLE] }, fts5: '"Kim Jong Un"', tsquery: "'Kim' <-> 'Jong' <-> 'Un'" },
  // Punctuation alone is skipped like a space.
  { q: '« russie » - accord', finds: { '/statements': [stm(5)] }, fts5: '"russie" AND "accord"', tsquery: "'russie' & 'accord'" },
  // Upper-case operators inside quotes are words.
  { q: '"OR"', finds: { '/statements': [] }, fts5: '"OR"', tsquery: "'OR'" }
]

t.test('seed data: well-formed queries find what the language promises', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const { q, finds } of WELL_FORMED) {
    for (const [path, expected] of Object.entries(finds)) {
      const url = `${path}?limit=50&q=${encodeURIComponent(q)}`
      const { status, body } = await getJson(app, url)
      t.equal(status, 200, url)
      t.same(body.data.map((row: { id: string }) => row.id).sort(), [...expected].sort(), url)
    }
  }
})

// ASCII hyphens, in the text and in q: FTS5 cuts words there, and so must PostgreSQL, whose parser
// reads `nord-coréen` as one compound before its parts (the word before it was then not next to
// `nord`). Each set checked by hand; the same on both engines.
const HYPHENATED = {
  leader: 'Le dirigeant nord-coréen a salué le traité.',
  missiles: 'Les missiles nord-coréens volent.',
  apart: 'Le Nord a parlé, le coréen aussi.',
  meeting: 'Une rencontre tête-à-tête au Kremlin.',
  score: 'Le score est 3-4 après le match-retour.',
  ties: 'Russia-North Korea ties are anti-Western.'
}
type Hyphenated = keyof typeof HYPHENATED

const HYPHEN_CASES: Array<{ q: string, statements: Hyphenated[], events?: boolean, articles?: boolean }> = [
  // The word before a hyphenated one, as a phrase: what PostgreSQL missed.
  { q: '"dirigeant nord"', statements: ['leader'], events: false, articles: true },
  { q: '"le dirigeant nord"*', statements: ['leader'] },
  { q: '"rencontre tete"', statements: ['meeting'] },
  { q: '"le match"', statements: ['score'] },
  { q: '"ties are anti"', statements: ['ties'] },
  { q: '"sommet nord"', statements: [], events: true },
  // A hyphen in q: the phrase of its words, with or without accents, in any case, also as a prefix.
  { q: 'nord-coréen', statements: ['leader'], events: true, articles: true },
  { q: 'nord-coreen', statements: ['leader'], events: true },
  { q: 'NORD-CORÉEN*', statements: ['leader', 'missiles'], events: true },
  { q: 'nord-cor*', statements: ['leader', 'missiles'] },
  { q: '"dirigeant nord-coréen"', statements: ['leader'] },
  { q: 'dirigeant-nord', statements: ['leader'] },
  { q: 'tête-à-tête', statements: ['meeting'] },
  { q: 'tete-a-tete', statements: ['meeting'] },
  { q: 'tête-à*', statements: ['meeting'] },
  { q: 'match-retour', statements: ['score'] },
  { q: '3-4', statements: ['score'] },
  { q: '"est 3 4"', statements: ['score'] },
  { q: 'russia-north-korea', statements: ['ties'] },
  { q: 'anti-western*', statements: ['ties'] },
  // The same words not next to each other are no phrase; words alone are found wherever they are.
  { q: '"nord coréen"', statements: ['leader'] },
  { q: 'nord coréen', statements: ['leader', 'apart'], events: true },
  { q: 'coréen-nord', statements: [] },
  { q: 'nord NOT coréen', statements: ['missiles'] },
  { q: 'nord-coréen OR tête*', statements: ['leader', 'meeting'], events: true }
]

t.test('hyphenated words find the same rows on both engines, hyphens in the text and in q', async (t) => {
  const { app, store } = await build(t)
  const article = await createArticle(store, { title: 'Sommet à Moscou', language: 'fr', body: Object.values(HYPHENATED).join(' ') })
  const speaker = await createParticipant(store)
  const event = await createEvent(store, { title: 'Sommet nord-coréen à Moscou' })
  const ids = {} as Record<Hyphenated, string>
  for (const [name, text] of Object.entries(HYPHENATED)) {
    ids[name as Hyphenated] = (await createStatement(store, { eventId: event.id, speakerId: speaker.id, article }, { text, language: 'fr' })).id
  }
  const found = async (path: string, q: string) => {
    const url = `${path}?limit=50&q=${encodeURIComponent(q)}`
    const { status, body } = await getJson(app, url)
    t.equal(status, 200, url)
    return (body.data as Array<{ id: string }>).map((row) => row.id).sort()
  }
  for (const { q, statements, events, articles } of HYPHEN_CASES) {
    t.same(await found('/statements', q), statements.map((name) => ids[name]).sort(), `/statements: ${q}`)
    if (events !== undefined) t.same(await found('/events', q), events ? [event.id] : [], `/events: ${q}`)
    if (articles !== undefined) t.same(await found('/articles', q), articles ? [article.id] : [], `/articles: ${q}`)
  }
  const { body } = await getJson(app, `/statements?q=${encodeURIComponent('"dirigeant nord"')}&fields=snippet`)
  // FTS5 marks a phrase whole, ts_headline each of its words (on every phrase, hyphen or not).
  t.match(body.data[0].snippet, /^Le <mark>dirigeant( |<\/mark> <mark>)nord<\/mark>-coréen a salué le traité\.$/, 'the snippet marks the phrase, shows the hyphen, and is the whole text')
})

t.test('a participant is found by the beginnings of the words of a hyphenated name or alias (in any order, as any words), on both engines', async (t) => {
  const { app, store } = await build(t)
  const named = await createParticipant(store, { name: 'Jean-Marie Le Pen' }, [{ name: 'Nord-Coréen—Chef', language: 'fr' }])
  await createParticipant(store, { name: 'Marie Curie' })
  for (const [q, expected] of [['jean-marie', [named.id]], ['jean-m', [named.id]], ['marie le', [named.id]], ['coreen-chef', [named.id]], ['chef', [named.id]], ['le-pen-jean', [named.id]], ['pen-x', []]] as const) {
    const { status, body } = await getJson(app, `/participants?q=${encodeURIComponent(q)}`)
    t.equal(status, 200, q)
    t.same(body.data.map((row: { id: string }) => row.id), expected, `/participants?q=${q}`)
  }
})

t.test('seed data: a word with an apostrophe is marked whole in the snippet, and /search finds it in every group', async (t) => {
  const { app } = await build(t, { seed: true })
  const { body: statements } = await getJson(app, `/statements?q=${encodeURIComponent("l'accord")}`)
  t.match(statements.data[0].snippet, /^<mark>l&#39;accord<\/mark> avec la Russie/)
  const { status, body } = await getJson(app, `/search?limit=50&q=${encodeURIComponent("l'accord")}`)
  t.equal(status, 200)
  t.same(body.statements.data.map((row: { id: string }) => row.id), [stm(5)])
  t.same(body.events.data, [])
  t.same(body.articles.data.map((row: { id: string }) => row.id), [ARTICLE])
})

t.test('seed data: a snippet keeps the text\'s own ends (a closing quote) and shows a cut with an ellipsis, on either engine', async (t) => {
  const { app } = await build(t, { seed: true })
  const snippet = async (q: string) => (await getJson(app, `/statements?q=${q}&fields=snippet`)).body.data[0].snippet as string
  t.equal(await snippet('defensif'), 'l&#39;accord avec la Russie était purement &quot;<mark>défensif</mark>&quot;', 'the whole text: its closing quote too')
  const cut = await snippet('traite')
  t.match(cut, /^Le <mark>traité<\/mark> pour un partenariat/, 'begins where the text begins')
  t.match(cut, /[^.…]…$/, 'ends with an ellipsis where the text goes on')
})

t.test('seed data: a search within one participant\'s events in date order answers (its SQL was malformed, and read as a bad q)', async (t) => {
  const { app } = await build(t, { seed: true })
  const q = encodeURIComponent('moscow OR airport')
  for (const url of [`/participants/par_vladimir-putin/events?sort=startDate&q=${q}`, `/events?participant=par_vladimir-putin&sort=startDate&q=${q}`]) {
    const { status, body } = await getJson(app, url)
    t.equal(status, 200, url)
    t.same(body.data?.map((row: { id: string }) => row.id), ['evt_airport-welcome-2024', 'evt_kim-invited-to-moscow-2024'], url)
  }
})

t.test('the tree as FTS5 and as PostgreSQL tsquery text', async (t) => {
  for (const { q, fts5, tsquery } of WELL_FORMED) {
    const tree = parseSearch(q)
    t.equal(toFts5(tree), fts5, `FTS5: ${q}`)
    t.equal(toTsquery(tree), tsquery, `tsquery: ${q}`)
  }
  // A phrase under NOT needs parentheses in tsquery (`!` binds tighter than `<->`), not in FTS5.
  const negated = parseSearch("russie NOT l'accord")
  t.equal(toFts5(negated), '"russie" NOT "l accord"')
  t.equal(toTsquery(negated), "'russie' & !('l' <-> 'accord')")
  // NOT is left-associative; its right side keeps its parentheses.
  t.equal(toTsquery(parseSearch('a NOT b NOT c')), "'a' & !'b' & !'c'")
  t.equal(toTsquery(parseSearch('a NOT (b NOT c)')), "'a' & !('b' & !'c')")
  t.equal(toFts5(parseSearch('a NOT (b NOT c)')), '"a" NOT ("b" NOT "c")')
  t.equal(toTsquery(parseSearch('(a OR b) NOT c')), "('a' | 'b') & !'c'")
  t.equal(toTsquery(parseSearch('x OR a b NOT c AND d')), "'x' | 'a' & 'b' & !'c' & 'd'")
  // Lexemes are quoted and escaped (a tree built by hand: the parser's tokens hold neither).
  t.equal(toTsquery({ type: 'phrase', tokens: ["o'k", 'a\\b'], prefix: true }), "'o''k' <-> 'a\\\\b':*")
  t.equal(toFts5({ type: 'phrase', tokens: ['say "hi"'], prefix: false }), '"say ""hi"""')
})

/** An FTS5 table like the service's (same tokenizer), with small documents over a few words. */
function ftsTable () {
  const db = new Database(':memory:')
  db.exec("create virtual table t using fts5(title, body, tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
  const words = fc.sample(fc.array(fc.constantFrom('alpha', 'bêta', 'gamma', 'delta', 'alphabet', 'l', 'accord'), { minLength: 1, maxLength: 7 }), { numRuns: 60, seed: 1 })
  const insert = db.prepare('insert into t(rowid, title, body) values (?, ?, ?)')
  words.forEach((doc, i) => insert.run(i + 1, doc.join(' '), [...doc].reverse().join(' ')))
  const search = db.prepare("select rowid, rank, snippet(t, -1, '[', ']', '…', 8) as snippet from t where t match ? order by rank, rowid")
  return { db, search: (match: string) => search.all(match) }
}

t.test('every query FTS5 took as it was still finds the same rows, with the same ranks and snippets', async (t) => {
  const { db, search } = ftsTable()
  t.after(() => db.close())
  const atom = fc.constantFrom('alpha', 'BETA', 'bêta', 'gamma', 'alph*', 'bet*', '"alpha gamma"', '"bêta gamma"*', 'l’accord', 'or')
  const query = fc.array(fc.oneof({ weight: 5, arbitrary: atom }, { weight: 3, arbitrary: fc.constantFrom('OR', 'AND', 'NOT', '(', ')') }),
    { minLength: 1, maxLength: 9 }).map((parts) => parts.join(' '))
  let compared = 0
  fc.assert(fc.property(query, (q) => {
    let before: unknown
    try {
      before = search(q)
    } catch {
      return // FTS5 refused it: nothing to keep.
    }
    compared++
    return isDeepStrictEqual(search(toFts5(parseSearch(q))), before)
  }), { numRuns: 1500, seed: 7 })
  t.ok(compared > 300, `${compared} queries FTS5 takes compared`)
})

t.test('no query the parser accepts makes SQLite fail, up to the longest q and the deepest nesting', async (t) => {
  const { db, search } = ftsTable()
  t.after(() => db.close())
  const piece = fc.constantFrom('alpha', 'bêta*', '"l accord"', "l'accord", 'OR', 'AND', 'NOT', '(', ')', ' ', '-', ':', '"', '*', '…', 'NEAR', '^', 'x_y')
  fc.assert(fc.property(fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(' ').slice(0, 500)), (q) => {
    let match: string
    try {
      match = toFts5(parseSearch(q))
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 400) throw err
      return
    }
    search(match)
  }), { numRuns: 1000, seed: 11 })

  // Queries of the grammar, long and nested up to the limit: all parse, all run.
  const { expression } = fc.letrec((tie) => ({
    operand: fc.oneof({ maxDepth: MAX_DEPTH, depthIdentifier: 'group' },
      fc.constantFrom('alpha', 'bêta*', '"l accord"', "l'accord", 'x_y', '"gamma delta"*', '« or »'),
      tie('expression').map((inner) => `(${inner as string})`)),
    expression: fc.tuple(tie('operand'), fc.array(fc.tuple(fc.constantFrom(' OR ', ' AND ', ' NOT ', ' '), tie('operand')), { maxLength: 8 }))
      .map(([first, rest]) => [first, ...rest.flat()].join(''))
  }))
  let long = 0
  fc.assert(fc.property((expression as fc.Arbitrary<string>).filter((q) => q.length <= 500), (q) => {
    if (q.length > 200) long++
    search(toFts5(parseSearch(q)))
  }), { numRuns: 1000, seed: 13 })
  t.ok(long > 100, `${long} of them longer than 200 characters`)

  // The deepest the language allows, each level as costly for FTS5's parser as a level can be.
  let deepest = 'alpha'
  for (let level = 0; level < MAX_DEPTH; level++) deepest = `alpha OR bêta AND gamma NOT delta (${deepest})`
  t.doesNotThrow(() => search(toFts5(parseSearch(deepest))), 'the deepest nesting allowed')
  t.ok(deepest.length <= 500)
  const { app } = await build(t)
  for (const path of SEARCHES) t.equal((await app.inject(`${path}?q=${encodeURIComponent(deepest)}`)).statusCode, 200, `${path}: the deepest nesting allowed`)
})
