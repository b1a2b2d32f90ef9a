// The queries under the reads that span entities (src/db/related.ts), on PostgreSQL.
import type { Link, RelatedSource, TimelineKey } from '../../related.js'
import { all, type Queryable } from '../connection.js'
import { getArticles } from './articles.js'
import { getEvents } from './events.js'
import { getParticipants } from './participants.js'
import { getStatements } from './statements.js'

export async function links (db: Queryable, eventIds: readonly string[], participantIds?: readonly string[]): Promise<Link[]> {
  return await all<Link>(db, `select event_id as "eventId", participant_id as "participantId", role
    from event_participants where event_id = any(?) ${participantIds === undefined ? '' : 'and participant_id = any(?)'}
    order by role`, [[...eventIds], ...(participantIds === undefined ? [] : [[...participantIds]])])
}

/** The related-records source of one PostgreSQL node (a replica, or the primary). */
export function relatedSource (db: Queryable): RelatedSource {
  return {
    events: async (ids) => await getEvents(db, ids),
    participants: async (ids) => await getParticipants(db, ids),
    statements: async (ids) => await getStatements(db, ids),
    articles: async (ids) => await getArticles(db, ids),
    links: async (eventIds, participantIds) => await links(db, eventIds, participantIds),
    firstStatements: async (ids, perEvent) => await all(db, `select id, "eventId" from (
        select id, event_id as "eventId", row_number() over (partition by event_id order by id) as n
        from statements where event_id = any(?)) as numbered
      where n <= ? order by id`, [[...ids], perEvent]),
    timeline: async (participantId, after, limit) => await all<TimelineKey>(db, `select date, type, id from (
        select e.start_date as date, 'event' as type, e.id as id from events e
          where e.id in (select event_id from event_participants where participant_id = ?)
        union all
        select e.start_date, 'statement', s.id from statements s join events e on e.id = s.event_id where s.speaker_id = ?) as entries
      ${after === undefined ? '' : 'where (date, type, id) > (?, ?, ?)'}
      order by date, type, id limit ?`, [participantId, participantId, ...(after === undefined ? [] : [after.date, after.type, after.id]), limit])
  }
}
