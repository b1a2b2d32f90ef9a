// The queries under the reads that span entities (src/db/related.ts), on SQLite.
import type { EventParticipant } from '../../../entities/participants/schemas.js'
import type { Link, RelatedSource, TimelineKey } from '../../related.js'
import { LIMIT } from '../../list.js'
import { all, type Database } from '../connection.js'
import { getArticles } from './articles.js'
import { getEvents } from './events.js'
import { getParticipants } from './participants.js'
import { getStatements } from './statements.js'

function links (db: Database, eventIds: readonly string[], participantIds?: readonly string[]): Link[] {
  return all<Link>(db, `select event_id as eventId, participant_id as participantId, role
    from event_participants where event_id in (select value from json_each(?))
    ${participantIds === undefined ? '' : 'and participant_id in (select value from json_each(?))'}
    order by role`, [JSON.stringify(eventIds), ...(participantIds === undefined ? [] : [JSON.stringify(participantIds)])])
}

/** The related-records source of one SQLite database (synchronous inside). */
export function relatedSource (db: Database): RelatedSource {
  return {
    events: async (ids) => getEvents(db, ids),
    participants: async (ids) => getParticipants(db, ids),
    statements: async (ids) => getStatements(db, ids),
    articles: async (ids) => getArticles(db, ids),
    links: async (eventIds, participantIds) => links(db, eventIds, participantIds),
    firstStatements: async (ids, perEvent) => all(db, `select id, eventId from (
        select id, event_id as eventId, row_number() over (partition by event_id order by id) as n
        from statements where event_id in (select value from json_each(?)))
      where n <= ? order by id`, [JSON.stringify(ids), perEvent]),
    // A speaker's statements are checked row by row (read-budget.ts): a busy speaker's timeline can be long to sort.
    timeline: async (participantId, after, limit) => all<TimelineKey>(db, `select date, type, id from (
        select e.start_date as date, 'event' as type, e.id as id from events e
          where e.id in (select event_id from event_participants where participant_id = ?)
        union all
        select e.start_date, 'statement', s.id from statements s join events e on e.id = s.event_id where s.speaker_id = ? and within_read_budget(s.rowid))
      ${after === undefined ? '' : 'where (date, type, id) > (?, ?, ?)'}
      order by date, type, id ${LIMIT}`, [participantId, participantId, ...(after === undefined ? [] : [after.date, after.type, after.id]), limit])
  }
}

/** One participant with their roles in one event, inside a write's transaction; undefined when there is no such participant. */
export function participantInEvent (db: Database, eventId: string, participantId: string): EventParticipant | undefined {
  const [participant] = getParticipants(db, [participantId])
  return participant === undefined ? undefined : { ...participant, roles: links(db, [eventId], [participantId]).map((l) => l.role) }
}
