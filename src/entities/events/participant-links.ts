import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { and, eq } from 'drizzle-orm'
import Type from 'typebox'
import type { Database } from '../../db/connection.js'
import { ConflictError, EventNotFoundError, ParticipationNotFoundError, UnprocessableError } from '../../lib/errors.js'
import { problemResponses } from '../../lib/schemas.js'
import { WRITE_SECURITY } from '../../writes/crud-routes.js'
import { getParticipants } from '../participants/queries.js'
import type { EventParticipant } from '../participants/schemas.js'
import { eventExists, roleKey, rolesHeld } from './queries.js'
import { ParticipantRole } from './schemas.js'
import { eventParticipants, events } from './table.js'
import type { ParticipantRole as Role } from './vocabulary.js'

const LinkParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description: 'Event id.', examples: ['evt_putin-kim-talks-2024'] })
}, { additionalProperties: false })

function participantOf (db: Database, eventId: string, participantId: string): EventParticipant {
  const [participant] = getParticipants(db, [participantId])
  if (participant === undefined) throw new UnprocessableError([{ in: 'body', name: 'participantId', reason: `names no participant ('${participantId}')` }])
  return { ...participant, roles: rolesHeld(db, [eventId], [participantId]).get(roleKey(eventId, participantId)) ?? [] }
}

/** Adding someone to an event in a role, and taking them out: the event's own record changes with it. */
const participantLinkRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify
  const touch = (eventId: string, actor: string) => db.update(events).set({ updatedBy: actor }).where(eq(events.id, eventId)).run()

  fastify.post('/events/:id/participants', {
    config: { scope: 'write' },
    schema: {
      tags: ['events', 'participants'],
      summary: 'Add a participant to an event',
      description: 'Records that a participant took part in the event in a role; someone may hold several roles. Answers with the participant and all their roles in the event.',
      security: WRITE_SECURITY,
      params: LinkParams,
      body: Type.Object({
        participantId: Type.String({ description: 'Who took part.', examples: ['par_ukraine'] }),
        role: ParticipantRole
      }, { additionalProperties: false }),
      response: {
        201: { description: 'The participant, with their roles in the event.', content: { 'application/json': { schema: Type.Ref('EventParticipant') } } },
        ...problemResponses(400, 401, 403, 404, 409, 415, 422)
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const { participantId, role } = request.body
    const added = db.transaction(() => {
      if (!eventExists(db, id)) throw new EventNotFoundError(id)
      const current = participantOf(db, id, participantId)
      if (current.roles.includes(role)) throw new ConflictError(`'${participantId}' already takes part in '${id}' as ${role}`)
      db.insert(eventParticipants).values({ eventId: id, participantId, role }).run()
      touch(id, request.apiKey?.name ?? 'unknown')
      return participantOf(db, id, participantId)
    })
    return reply.code(201).header('location', `/events/${encodeURIComponent(id)}/participants`).send(added)
  })

  fastify.delete('/events/:id/participants/:participantId', {
    config: { scope: 'write' },
    schema: {
      tags: ['events', 'participants'],
      summary: 'Take a participant out of an event',
      description: 'Removes the participant from the event: in one role with `?role=`, or in all of them.',
      security: WRITE_SECURITY,
      params: Type.Object({ ...LinkParams.properties, participantId: Type.String({ minLength: 1, maxLength: 200, description: 'Participant id.' }) }, { additionalProperties: false }),
      querystring: Type.Object({ role: Type.Optional(ParticipantRole) }, { additionalProperties: false }),
      response: { 204: { description: 'Removed.', type: 'null' }, ...problemResponses(400, 401, 403, 404) }
    }
  }, async (request, reply) => {
    const { id, participantId } = request.params
    const role: Role | undefined = request.query.role
    db.transaction(() => {
      if (!eventExists(db, id)) throw new EventNotFoundError(id)
      const removed = db.delete(eventParticipants).where(and(
        eq(eventParticipants.eventId, id),
        eq(eventParticipants.participantId, participantId),
        role === undefined ? undefined : eq(eventParticipants.role, role)
      )).run()
      if (removed.changes === 0) {
        throw new ParticipationNotFoundError(participantId, id, role === undefined ? '' : ` as ${role}`)
      }
      touch(id, request.apiKey?.name ?? 'unknown')
    })
    return reply.code(204).send(null)
  })
}

export default participantLinkRoutes
