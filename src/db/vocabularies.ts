import { sql, type Column, type SQL } from 'drizzle-orm'

/** Where a record comes from: `curated` by an editor, or `extracted` from an article by the extractors. */
export const ORIGINS = ['curated', 'extracted'] as const

/** `column in ('a', 'b', …)`: the CHECK that keeps a text column inside its vocabulary, on either engine. */
export function inVocabulary (column: Column, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))})`
}
