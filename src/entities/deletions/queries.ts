import { count } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { anyOf, runListing, since, type Listing } from '../../lib/listing.js'
import type { Page } from '../../lib/pagination.js'
import type { DeletionQuery, Tombstone } from './schemas.js'
import { tombstones } from './table.js'

/** Tombstones in the order the deletions happened. */
export function listDeletions (db: Database, query: DeletionQuery): Page<Tombstone> {
  const listing: Listing<Tombstone> = {
    db,
    name: 'deletions',
    sorts: { deletedAt: { expression: tombstones.deletedAt, valueOf: (r) => r.deletedAt } },
    id: tombstones.id,
    idOf: (r) => r.id,
    fetch: (where, orderBy, limit) => db.select().from(tombstones).where(where).orderBy(...orderBy).limit(limit).prepare(),
    count: (where) => db.select({ n: count() }).from(tombstones).where(where).prepare()
  }
  return runListing(listing, [
    since(tombstones.deletedAt, query.since, 'since'),
    anyOf('type', tombstones.type, query.type)
  ], { ...query, sort: 'deletedAt' })
}
