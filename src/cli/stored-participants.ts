import { sqliteStorage } from '../db/sqlite/storage.js'
import type { KnownParticipant } from '../extraction/types.js'

/** Every participant of a SQLite database, page by page: what the extraction CLIs resolve names against. */
export async function storedParticipants (path: string): Promise<KnownParticipant[]> {
  const storage = sqliteStorage(path)
  try {
    const all: KnownParticipant[] = []
    let cursor: string | undefined
    do {
      const page = await storage.listParticipants({ limit: 100, ...(cursor === undefined ? {} : { cursor }) })
      all.push(...page.data)
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    return all
  } finally {
    await storage.close()
  }
}
