import t from 'tap'
import type { App } from '../src/app.js'
import { build, sqliteOf } from './helper.js'

interface Query { sql: string, params: unknown[] }

/** Every SQL statement the app prepares while answering, with the values it ran with. */
function recordQueries (app: App): Query[] {
  const client = sqliteOf(app).$client
  const prepare = client.prepare.bind(client)
  const seen: Query[] = []
  client.prepare = ((source: string) => {
    const statement = prepare(source)
    for (const method of ['all', 'get', 'iterate', 'run', 'raw'] as const) {
      const original = (statement as any)[method]
      if (typeof original !== 'function') continue
      ;(statement as any)[method] = function (this: unknown, ...params: unknown[]) {
        if (method !== 'raw') seen.push({ sql: source, params })
        return original.apply(this, params)
      }
    }
    return statement
  }) as typeof client.prepare
  return seen
}

/** The plan steps that read a whole table without an index: what a list must never do. */
function fullScans (app: App, query: Query): string[] {
  const plan = sqliteOf(app).$client.prepare(`explain query plan ${query.sql}`).all(...query.params) as Array<{ detail: string }>
  return plan.map((step) => step.detail)
    .filter((detail) => /^SCAN \w+$/.test(detail) || /^SCAN \w+ AS \w+$/.test(detail))
    // The recursive CTE of a timeline walks its own small working set, not a table; `page` is the
    // page a list picked in its inner query (at most `limit` rows), joined with the rest.
    .filter((detail) => !/^SCAN (subtree|ranked|page)\b/.test(detail))
}

const LISTS = [
  '/events',
  '/events?sort=-title',
  '/events?sort=updatedAt',
  '/events?type=meeting,ceremony',
  '/events?participant=Q7747',
  '/events?participant=m.%20poutine',
  '/events?participant=par_kim-jong-un&from=2024-06-01&to=2024-06-30',
  '/events?participant=par_kim-jong-un,par_russia&sort=-startDate&cursor=WyItc3RhcnREYXRlIiwiMjAyNSIsImV2dF96Il0',
  '/events?country=kp',
  '/events?location=Pyongyang',
  '/events?parent=evt_putin-state-visit-north-korea-2024',
  '/events?from=2024-06',
  '/events?to=2024-06-18',
  '/events?updatedSince=2024-01-01T00:00:00Z',
  '/events?q=pyongyang',
  '/events?count=true&type=meeting',
  '/events/evt_putin-state-visit-north-korea-2024/timeline',
  '/events?include=participants,statements,articles',
  '/participants',
  '/participants?sort=-updatedAt',
  '/participants?kind=country',
  '/participants?wikidata=Q7747',
  '/participants?q=poutine',
  '/participants?q=le%20chef',
  '/participants/par_kim-jong-un/events',
  '/participants/par_kim-jong-un/statements',
  '/participants/par_kim-jong-un/timeline',
  '/events/evt_putin-kim-talks-2024/participants',
  '/statements',
  '/statements?sort=-updatedAt',
  '/statements?speaker=par_vladimir-putin',
  '/statements?speaker=Q56226',
  '/statements?mentioned=Q212',
  '/statements?event=evt_putin-kim-talks-2024',
  '/statements?eventType=press-statement',
  '/statements?article=art_af1a277ce4d4aaad',
  '/statements?language=fr',
  '/statements?kind=direct,partial',
  '/statements?origin=extracted',
  '/statements?from=2024-06&to=2024-06',
  '/statements?updatedSince=2024-01-01T00:00:00Z',
  '/statements?q=d%C3%A9fensif',
  '/statements?include=speaker,event,article,mentions',
  '/articles',
  '/articles?language=fr',
  '/articles?q=trait%C3%A9',
  '/search?q=russie',
  '/deleted?since=2024-01-01T00:00:00Z',
  '/deleted?type=statement'
]

t.test('seed data: every list filter and sort is served by an index, never a full table scan', async (t) => {
  const { app } = await build(t, { seed: true })
  await app.ready()
  const seen = recordQueries(app)
  for (const url of LISTS) {
    seen.length = 0
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    const reads = seen.filter((q) => /^\s*(select|with)\b/i.test(q.sql))
    t.ok(reads.length > 0, `${url} ran queries`)
    for (const query of reads) {
      t.same(fullScans(app, query), [], `${url}: ${query.sql.slice(0, 120)}`)
    }
  }
})

t.test("one participant's events by date are read in date order from participant_events, not gathered and sorted", async (t) => {
  const { app } = await build(t, { seed: true })
  await app.ready()
  const seen = recordQueries(app)
  for (const url of ['/events?participant=par_kim-jong-un&from=2024-06-01&to=2024-06-30', '/participants/par_russia/events?sort=-startDate']) {
    seen.length = 0
    t.equal((await app.inject(url)).statusCode, 200, url)
    const list = seen.find((q) => /\bfrom participant_events pe join events e\b/.test(q.sql))
    if (list === undefined) {
      t.fail(`${url}: participant_events was not read`)
      continue
    }
    // The steps of the inner query, which picks the page (the outer one joins and orders those rows only).
    const steps = sqliteOf(app).$client.prepare(`explain query plan ${list.sql}`).all(...list.params) as Array<{ id: number, parent: number, detail: string }>
    const page = steps.find((step) => step.detail.startsWith('CO-ROUTINE page'))
    const plan = steps.filter((step) => step.parent === page?.id).map((step) => step.detail)
    t.ok(plan.some((step) => step.includes('participant_events_by_date_idx')), `${url}: walks the date index (${plan.join('; ')})`)
    t.notOk(plan.some((step) => step.includes('TEMP B-TREE')), `${url}: no sort of all the participant's events`)
  }
})

/**
 * Each statement of each trigger, as it runs for one row: `new.col` and `old.col` become values.
 * A trigger's plan is not in the plan of the statement that fires it, and a trigger runs on every
 * write (a grouped view hid a trigger's key once and cost 8.6 ms a statement written).
 */
function triggerStatements (app: App): Array<{ trigger: string, sql: string }> {
  const triggers = sqliteOf(app).$client.prepare("select name, sql from sqlite_master where type = 'trigger' order by name").all() as Array<{ name: string, sql: string }>
  return triggers.flatMap(({ name, sql }) => sql.slice(sql.search(/\bBEGIN\b/i) + 'BEGIN'.length, sql.search(/\bEND\s*$/i))
    .split(/;\s*(?=\n|$)/).map((statement) => statement.trim()).filter((statement) => statement !== '')
    .map((statement) => ({ trigger: name, sql: statement.replace(/\b(new|old)\.("?)(\w+)\2/gi, '?') })))
}

t.test('every statement of every trigger reads by index, never a whole table', async (t) => {
  const { app } = await build(t)
  const statements = triggerStatements(app)
  t.ok(statements.length >= 50, `the triggers of every migration (${statements.length} statements)`)
  for (const { trigger, sql } of statements) {
    const params = Array.from(sql.matchAll(/\?/g), () => null)
    t.same(fullScans(app, { sql, params }), [], `${trigger}: ${sql.replace(/\s+/g, ' ').slice(0, 120)}`)
  }
})

t.test('the plan check notices a full scan', async (t) => {
  const { app } = await build(t)
  t.same(fullScans(app, { sql: 'select * from statements where text = ?', params: ['x'] }), ['SCAN statements'])
  // A trigger statement that aggregates a whole table through a view, as migration 0007 once did.
  t.ok(fullScans(app, { sql: 'update statements set mentions = (select json_group_array(n) from (select statement_id, count(*) as n from statement_mentions group by statement_id) v where v.statement_id = ?) where id = ?', params: [null, null] }).length > 0,
    'an aggregate over a whole table behind a view')
})
