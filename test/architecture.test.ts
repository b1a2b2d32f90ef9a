// The architecture rules of eslint.config.js, applied to a small fixture tree: each rule reports
// what it should and nothing else. (The rules themselves run on src/ in `npm run lint`.)
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import neostandard from 'neostandard'
import t from 'tap'

const configUrl = pathToFileURL(fileURLToPath(new URL('../eslint.config.js', import.meta.url))).href
const { architecture } = await import(configUrl) as { architecture: (root: string) => Linter.Config[] }
const RULES = new Set(['import-x/no-cycle', 'import-x/no-restricted-paths', 'no-restricted-imports'])

const fixture = {
  src: {
    formats: { 'csv.ts': 'export const csv = (s: string): string => s\n' },
    db: {
      'connection.ts': 'export interface Database { path: string }\nexport const open = (path: string): Database => ({ path })\n'
    },
    writes: { 'concurrency.ts': 'export const etag = (n: number): string => String(n)\n' },
    storage: {
      'index.ts': "import { open } from '../db/connection.js'\nexport const listEvents = (): string => open(':memory:').path\n"
    },
    lib: {
      'errors.ts': 'export class NotFound extends Error {}\n',
      'clean.ts': [
        "import { join } from 'node:path'",
        "import { csv } from '../formats/csv.js'",
        "import { NotFound } from './errors.js'",
        'export const clean = (): unknown => [join, csv, NotFound]',
        ''
      ].join('\n'),
      'listing.ts': "import type { Database } from '../db/connection.js'\nexport type Listing = Database\n",
      'representation.ts': "import { etag } from '../writes/concurrency.js'\nexport const tag = etag\n"
    },
    entities: {
      events: {
        'queries.ts': "import { participants } from '../participants/queries.js'\nexport const events = (): unknown => participants\n",
        'types.ts': "import type { Participant } from '../participants/types.js'\nexport interface Event { who: Participant[] }\n",
        'routes.ts': [
          "import { sql } from 'drizzle-orm'",
          "import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'",
          "import type BetterSqlite from 'better-sqlite3'",
          "import type { Database } from '../../db/connection.js'",
          "import { listEvents } from '../../storage/index.js'",
          'export const routes: unknown[] = [sql, listEvents]',
          'export type Seen = SQLiteColumn | BetterSqlite.Database | Database',
          ''
        ].join('\n')
      },
      participants: {
        'queries.ts': "import { events } from '../events/queries.js'\nexport const participants = (): unknown => events\n",
        'types.ts': "import type { Event } from '../events/types.js'\nexport interface Participant { at: Event[] }\n",
        'routes.ts': "import { listEvents } from '../../storage/index.js'\nexport const routes = listEvents\n"
      }
    },
    routes: { 'service.ts': "import { sql } from 'drizzle-orm'\nexport const ping = sql\n" },
    plugins: { 'database.ts': "import { open } from '../db/connection.js'\nexport const plugin = open\n" }
  }
}

t.test('the architecture rules report exactly the violations of the fixture', async t => {
  const root = t.testdir(fixture)
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [...neostandard({ ts: true }), ...architecture(root)]
  })
  const results = await eslint.lintFiles(['src'])
  const fatal = results.flatMap(r => r.messages.filter(m => m.fatal === true).map(m => `${r.filePath}: ${m.message}`))
  t.same(fatal, [], 'every fixture file parses')
  const found: Record<string, string[]> = {}
  for (const result of results) {
    const file = result.filePath.slice(root.length + 1).replaceAll('\\', '/')
    const hits = result.messages.filter(m => m.ruleId !== null && RULES.has(m.ruleId))
    if (hits.length > 0) found[file] = hits.map(m => `${m.line} ${m.ruleId}`)
  }
  t.same(found, {
    // 1. a cycle of value imports is reported on both sides; the type-only cycle (types.ts) is not
    'src/entities/events/queries.ts': ['1 import-x/no-cycle'],
    'src/entities/participants/queries.ts': ['1 import-x/no-cycle'],
    // 2. lib/ is a leaf: importing db/ (even for a type) or writes/ is reported
    'src/lib/listing.ts': ['1 import-x/no-restricted-paths'],
    'src/lib/representation.ts': ['1 import-x/no-restricted-paths'],
    // 3. entities/, routes/ and plugins/ never see the dialect, type-only imports included
    'src/entities/events/routes.ts': [
      '1 no-restricted-imports',
      '2 no-restricted-imports',
      '3 no-restricted-imports',
      '4 import-x/no-restricted-paths'
    ],
    'src/routes/service.ts': ['1 no-restricted-imports'],
    'src/plugins/database.ts': ['1 import-x/no-restricted-paths']
  }, 'clean files (lib/clean.ts, storage/, participants/routes.ts, formats/, db/) pass')
})
