import { readFileSync } from 'node:fs'
import t from 'tap'
import { createArticle } from './factories.js'
import { build, getJson } from './helper.js'

t.test('seed data: the article is stored with its body exactly as in the seed file', async (t) => {
  const { app } = await build(t, { seed: true })
  const { status, body } = await getJson(app, '/articles/art_af1a277ce4d4aaad')
  t.equal(status, 200)
  t.match(body, { language: 'fr', published: '2024-06', publisher: null, enrichedFields: ['title'] })
  const file = readFileSync(new URL('../seeds/000_af1a277ce4d4aaad.txt', import.meta.url), 'utf8')
  t.ok(body.body.startsWith('"Le traité pour un partenariat global'), 'body starts after the date header')
  t.ok(file.includes(body.body), 'body is a verbatim part of the file')
  t.equal(body.body, body.body.trimEnd(), 'no trailing blank lines')
})

t.test('articles list in publication order, filtered by language', async (t) => {
  const { app, store } = await build(t)
  const late = await createArticle(store, { published: '2024-07-01', language: 'en' })
  const early = await createArticle(store, { published: '2023', language: 'fr' })
  const list = await getJson(app, '/articles')
  t.same(list.body.data.map((a: any) => a.id), [early.id, late.id])
  const fr = await getJson(app, '/articles?language=fr')
  t.same(fr.body.data.map((a: any) => a.id), [early.id])
  const bad = await app.inject('/articles?language=french!')
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].name, 'language')
})

t.test('unknown article id is a 404 problem', async (t) => {
  const { app } = await build(t)
  const res = await app.inject('/articles/art_nope')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { code: 'NEWS_ARTICLE_NOT_FOUND' })
})
