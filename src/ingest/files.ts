import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

/** How a backlog file holds its articles: one article as text (seed format or plain), or one JSON object per line. */
export type BacklogFormat = 'text' | 'ndjson'

export interface BacklogFile {
  /** Where to read it. */
  path: string
  /** Its path under the backlog folder: how reports name it. */
  name: string
  format: BacklogFormat
}

const FORMATS: ReadonlyArray<[string, BacklogFormat]> = [['.txt', 'text'], ['.ndjson', 'ndjson'], ['.jsonl', 'ndjson']]

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * The article files under a folder, subfolders included, in one order on every machine (names
 * compared by code unit, a folder's files and subfolders together, depth first), so that two runs
 * meet the articles in the same order. Hidden entries are left out; other files are listed apart.
 */
export function listBacklog (folder: string): { files: BacklogFile[], ignored: string[] } {
  const files: BacklogFile[] = []
  const ignored: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      const name = relative(folder, path)
      if (entry.isDirectory()) {
        visit(path)
        continue
      }
      const format = entry.isFile() ? FORMATS.find(([extension]) => entry.name.toLowerCase().endsWith(extension))?.[1] : undefined
      if (format === undefined) ignored.push(name)
      else files.push({ path, name, format })
    }
  }
  visit(folder)
  return { files, ignored }
}
