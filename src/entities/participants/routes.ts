import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { ParticipantNotFoundError } from '../../lib/errors.js'
import { withLinks } from '../../lib/pagination.js'
import { IdParams, PageOf, PageOnlyQuery, problemResponses } from '../../lib/schemas.js'
import { listEventsOfParticipant } from '../events/queries.js'
import { listStatements } from '../statements/queries.js'
import { getParticipant, listParticipants, participantExists } from './queries.js'
import { ParticipantFilterSchema } from './schemas.js'

const ParticipantParams = IdParams('Participant id.', 'par_vladimir-putin')

const participantRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/participants', {
    schema: {
      tags: ['participants'],
      summary: 'List participants',
      description: 'Participants by name, with their aliases. `q` matches the name or any alias, ignoring case and accents.',
      querystring: ParticipantFilterSchema,
      response: { 200: PageOf('Participant', 'A page of participants.'), ...problemResponses(400) }
    }
  }, async (request, reply) => withLinks(request, reply, listParticipants(db, request.query)))

  fastify.get('/participants/:id', {
    schema: {
      tags: ['participants'],
      summary: 'Get a participant',
      description: 'One participant, with aliases by language and Wikidata id where known.',
      params: ParticipantParams,
      response: { 200: Type.Ref('Participant'), ...problemResponses(400, 404) }
    }
  }, async (request) => getParticipant(db, request.params.id))

  fastify.get('/participants/:id/events', {
    schema: {
      tags: ['participants', 'events'],
      summary: "List a participant's events",
      description: 'The events the participant took part in, in chronological order, each with their roles.',
      params: ParticipantParams,
      querystring: PageOnlyQuery,
      response: { 200: PageOf('ParticipantEvent', 'A page of events with the participant\'s roles.'), ...problemResponses(400, 404) }
    }
  }, async (request, reply) => {
    if (!participantExists(db, request.params.id)) throw new ParticipantNotFoundError(request.params.id)
    return withLinks(request, reply, listEventsOfParticipant(db, request.params.id, request.query))
  })

  fastify.get('/participants/:id/statements', {
    schema: {
      tags: ['participants', 'statements'],
      summary: "List a participant's statements",
      description: 'What the participant said, in article order.',
      params: ParticipantParams,
      querystring: PageOnlyQuery,
      response: { 200: PageOf('Statement', 'A page of statements.'), ...problemResponses(400, 404) }
    }
  }, async (request, reply) => {
    if (!participantExists(db, request.params.id)) throw new ParticipantNotFoundError(request.params.id)
    return withLinks(request, reply, listStatements(db, { ...request.query, speaker: request.params.id }))
  })
}

export default participantRoutes
