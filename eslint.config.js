import { fileURLToPath } from 'node:url'
import neostandard from 'neostandard'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

/**
 * The architecture of src/ (STYLE.md, "One request, one direction"), checked on every lint.
 * `root` is the folder holding src/; test/architecture.test.ts applies the same rules to a fixture.
 * Imports are resolved (a relative `.js` specifier to the `.ts` file beside it), so a rule follows
 * the file imported, whatever the specifier looks like.
 */
export function architecture (root) {
  const dialectPackages = {
    regex: '^(drizzle-orm|better-sqlite3)(/|$)',
    message: 'entities/, routes/ and plugins/ never see the dialect: go through src/storage/.'
  }
  return [
    {
      files: ['src/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.js'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
        'import-x/resolver-next': [
          createNodeResolver({
            extensions: ['.ts', '.js', '.json', '.node'],
            extensionAlias: { '.js': ['.ts', '.js'] }
          })
        ]
      },
      rules: {
        // 1. No import cycle anywhere in src/. Type-only imports (`import type`, or every specifier
        //    marked `type`) are erased by tsc, so they cannot cycle at run time: the rule skips them.
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
        'import-x/no-restricted-paths': ['error', {
          basePath: root,
          zones: [
            {
              // 2. lib/ is a leaf: it imports src/lib/, src/formats/ and packages, nothing else of ours.
              target: './src/lib',
              from: ['./src/db', './src/writes', './src/plugins', './src/entities', './src/routes', './src/storage'],
              message: 'src/lib/ is a leaf: it imports only src/lib/, src/formats/ and packages.'
            },
            {
              // 3. Routes never see the dialect (type-only imports included).
              target: ['./src/entities', './src/routes', './src/plugins'],
              from: ['./src/db'],
              message: dialectPackages.message
            }
          ]
        }]
      }
    },
    {
      // 3, for the packages: matched by name, type-only imports included.
      files: ['src/entities/**/*.ts', 'src/routes/**/*.ts', 'src/plugins/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [dialectPackages] }]
      }
    }
  ]
}

export default [
  ...neostandard({
    ts: true,
    // clients/typescript/schema.d.ts is openapi-typescript's output, as it writes it.
    ignores: ['dist/**', 'coverage/**', 'migrations/**', '.tap/**', 'clients/typescript/schema.d.ts']
  }),
  ...architecture(fileURLToPath(new URL('.', import.meta.url))),
  {
    // SQL that SQLite runs binds LIMIT and OFFSET through an expression (src/db/list.ts, LIMIT),
    // never a bare `?`: SQLite would plan the statement again on every run.
    files: ['src/db/*.ts', 'src/db/sqlite/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...['TemplateElement[value.raw', 'Literal[value'].map((node) => ({
        selector: `${node}=/\\b(limit|offset) \\?/i]`,
        message: 'Bind LIMIT and OFFSET with LIMIT / OFFSET from src/db/list.ts: SQLite plans a bare `limit ?` again on every run.'
      }))]
    }
  }
]
