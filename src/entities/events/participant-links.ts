import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { problemResponses } from '../../lib/schemas.js'
import { ParticipantRole } from './schemas.js'

const LinkParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description: 'Event id.', examples: ['evt_putin-kim-talks-2024'] })
}, { additionalProperties: false })

/** Adding someone to an event in a role, and taking them out: the event's own record changes with it. */
const participantLinkRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify

  fastify.post('/events/:id/participants', {
    config: { scope: 'write' },
    schema: {
      tags: ['events', 'participants'],
      operationId: 'addEventParticipant',
      summary: 'Add a participant to an event',
      description: 'Records that a participant took part in the event in a role; someone may hold several roles. Answers with the participant and all their roles in the event.',
      params: LinkParams,
      body: Type.Object({
        participantId: Type.String({ description: 'Who took part.', examples: ['par_ukraine'] }),
        role: ParticipantRole
      }, { additionalProperties: false }),
      response: {
        201: { description: 'The participant, with their roles in the event.', content: { 'application/json': { schema: Type.Ref('EventParticipant') } } },
        ...problemResponses(404, 409, 422)
      }
    }
  }, async (request, reply) => {
    const added = await storage.addEventParticipant(request.params.id, request.body, { actor: request.apiKey?.name ?? 'unknown' })
    return reply.code(201).header('location', `/events/${encodeURIComponent(request.params.id)}/participants`).send(added)
  })

  fastify.delete('/events/:id/participants/:participantId', {
    config: { scope: 'write' },
    schema: {
      tags: ['events', 'participants'],
      operationId: 'removeEventParticipant',
      summary: 'Take a participant out of an event',
      description: 'Removes the participant from the event: in one role with `?role=`, or in all of them.',
      params: Type.Object({ ...LinkParams.properties, participantId: Type.String({ minLength: 1, maxLength: 200, description: 'Participant id.' }) }, { additionalProperties: false }),
      querystring: Type.Object({ role: Type.Optional(ParticipantRole) }, { additionalProperties: false }),
      response: { 204: { description: 'Removed.', type: 'null' }, ...problemResponses(404) }
    }
  }, async (request, reply) => {
    const { id, participantId } = request.params
    await storage.removeEventParticipant(id, { participantId, role: request.query.role }, { actor: request.apiKey?.name ?? 'unknown' })
    return reply.code(204).send(null)
  })
}

export default participantLinkRoutes
