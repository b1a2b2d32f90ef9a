import { execFile } from 'node:child_process'
import { cpSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { PG_MIGRATIONS_FOLDER } from '../src/db/postgres/migrate.js'
import { MIGRATIONS_FOLDER, pendingMigrations } from '../src/db/sqlite/migrate.js'
import { freshDatabase, tempDir } from './helper.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const drizzleKit = join(root, 'node_modules', '.bin', 'drizzle-kit')

t.setTimeout(120_000)

// Each engine's committed migrations, checked against its own tables.
const ENGINES = [
  { dialect: 'sqlite', config: 'drizzle.config.ts', schema: './src/db/sqlite/schema.ts', folder: MIGRATIONS_FOLDER },
  { dialect: 'postgresql', config: 'drizzle.postgres.config.ts', schema: './src/db/postgres/schema.ts', folder: PG_MIGRATIONS_FOLDER }
]

for (const engine of ENGINES) {
  t.test(`${engine.dialect}: drizzle-kit check finds the committed migrations consistent`, async (t) => {
    const { stdout } = await run(drizzleKit, ['check', `--config=${engine.config}`], { cwd: root })
    t.match(stdout, /Everything's fine/)
  })

  t.test(`${engine.dialect}: the committed migrations match the Drizzle tables (no change left to generate)`, async (t) => {
    const out = join(tempDir(t), 'migrations')
    cpSync(engine.folder, out, { recursive: true })
    const config = join(root, `drizzle.drift-check-${engine.dialect}-${process.pid}.config.ts`)
    // drizzle-kit wants `out` relative to the working directory.
    writeFileSync(config, `export default { dialect: '${engine.dialect}', schema: '${engine.schema}', out: ${JSON.stringify(relative(root, out))} }\n`)
    t.after(() => run('rm', ['-f', config]))
    const { stdout, stderr } = await run(drizzleKit, ['generate', `--config=${config}`], { cwd: root })
    t.match(stdout + stderr, /No schema changes/)
    t.same(readdirSync(out).sort(), readdirSync(engine.folder).sort(), 'no new migration file')
  })
}

t.test('a migrated database enforces foreign keys, vocabularies and statement spans', async (t) => {
  const { db } = freshDatabase(t)
  t.equal(pendingMigrations(db), 0)
  t.equal(db.$client.pragma('foreign_keys', { simple: true }), 1)
  t.equal(db.$client.pragma('journal_mode', { simple: true }), 'wal')
  const exec = (statement: string) => () => db.$client.exec(statement)
  t.throws(exec("insert into participant_aliases (participant_id, language, name) values ('par_ghost', 'fr', 'x')"), /FOREIGN KEY/)
  t.throws(exec("insert into events (id, title, type, start_date) values ('evt_x', 'x', 'party', '2024')"), /CHECK/)
  exec("insert into articles (id, title, language, published, body, body_hash) values ('art_x', 'x', 'en', '2024', 'body', 'h')")()
  exec("insert into participants (id, kind, name) values ('par_x', 'person', 'x')")()
  exec("insert into events (id, title, type, start_date) values ('evt_x', 'x', 'meeting', '2024')")()
  t.throws(exec(`insert into statements (id, event_id, speaker_id, text, language, kind, article_id, start, "end")
    values ('stm_x', 'evt_x', 'par_x', 'x', 'en', 'direct', 'art_x', 3, 3)`), /CHECK/)
})
