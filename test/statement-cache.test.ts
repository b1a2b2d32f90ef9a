import t from 'tap'
import { freshDatabase } from './helper.js'

// Every connection reuses compiled statements (src/db/statement-cache.ts). A reused statement must
// behave as a new one would: Drizzle switches statements to raw mode, and one being iterated is busy.

t.test('a statement is compiled once, and handed out again as prepare would give it', async (t) => {
  const { db } = freshDatabase(t)
  const sqlite = db.$client
  const sql = 'select 1 as one'
  const first = sqlite.prepare(sql)
  t.equal(sqlite.prepare(sql), first, 'the same SQL gives the same compiled statement')

  first.raw()
  t.same(first.get(), [1], 'raw mode, as Drizzle uses it')
  t.same(sqlite.prepare(sql).get(), { one: 1 }, 'handed out again: rows as objects, not raw')

  const write = sqlite.prepare('create table if not exists t (x)')
  t.equal(sqlite.prepare('create table if not exists t (x)'), write, 'statements that return no data are reused too')
})

t.test('a statement still being iterated is not handed out: another is compiled', async (t) => {
  const { db } = freshDatabase(t)
  const sqlite = db.$client
  const sql = 'select value from json_each(?)'
  const iterating = sqlite.prepare(sql).iterate('[1, 2, 3]')
  t.same(iterating.next().value, { value: 1 })
  const other = sqlite.prepare(sql)
  t.same(other.all('[4, 5]'), [{ value: 4 }, { value: 5 }], 'a second statement runs while the first is busy')
  t.same([...iterating].map((row: any) => row.value), [2, 3], 'and the first iteration goes on undisturbed')
})
