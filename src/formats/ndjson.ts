/** One item per line (NDJSON): JSON.stringify escapes every newline, so a line is always one item. */
export function ndjsonLine (item: unknown): string {
  return JSON.stringify(item) + '\n'
}
