import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { negotiate, presentItem, presentPage } from '../../lib/representation.js'
import { withLinks } from '../../lib/pagination.js'
import { IdParams, itemResponses, listResponses, NotModified, Nullable, PageOnlyQuery, problemResponses } from '../../lib/schemas.js'
import { participantEventRepresentation } from '../events/representation.js'
import { ParticipantEventQuerySchema } from '../events/schemas.js'
import { statementRepresentation } from '../statements/representation.js'
import { StatementQuerySchema } from '../statements/schemas.js'
import { participantRepresentation } from './representation.js'
import { ParticipantItemQuerySchema, ParticipantQuerySchema } from './schemas.js'

const ParticipantParams = IdParams('Participant id.', 'par_vladimir-putin')

const TimelinePage = Type.Object({
  data: Type.Array(Type.Object({
    type: Type.Enum(['event', 'statement']),
    date: Type.String({ description: 'The event\'s start date; a statement is dated by its event.' }),
    event: Type.Optional(Type.Ref('Event')),
    statement: Type.Optional(Type.Ref('Statement'))
  })),
  nextCursor: Nullable(Type.String()),
  links: Type.Object({ next: Nullable(Type.String()) })
}, { description: 'A page of the timeline: events taken part in and statements made, by date.' })

const participantRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify

  fastify.get('/participants', {
    schema: {
      tags: ['participants'],
      operationId: 'listParticipants',
      summary: 'List participants',
      description: 'Participants by name, with their aliases. `q` matches the name or any alias, ignoring case and accents.',
      querystring: ParticipantQuerySchema,
      response: listResponses('Participant', 'A page of participants.')
    }
  }, async (request, reply) => presentPage(request, reply, participantRepresentation, request.query, (page) =>
    storage.listParticipants({ ...request.query, ...page })))

  fastify.get('/participants/:id', {
    schema: {
      tags: ['participants'],
      operationId: 'getParticipant',
      summary: 'Get a participant',
      description: 'One participant, with aliases by language and Wikidata id where known.',
      params: ParticipantParams,
      querystring: ParticipantItemQuerySchema,
      response: itemResponses('Participant', 'The participant.')
    }
  }, async (request, reply) => presentItem(request, reply, participantRepresentation, request.query, await storage.getParticipant(request.params.id)))

  fastify.get('/participants/:id/events', {
    schema: {
      tags: ['participants', 'events'],
      operationId: 'listParticipantEvents',
      summary: "List a participant's events",
      description: 'The events the participant took part in, each with their roles; takes the filters of `GET /events`.',
      params: ParticipantParams,
      querystring: ParticipantEventQuerySchema,
      response: listResponses('ParticipantEvent', 'A page of events with the participant\'s roles.', { under: 'a parent record' })
    }
  }, async (request, reply) => presentPage(request, reply, participantEventRepresentation, request.query, (page) =>
    storage.listParticipantEvents(request.params.id, { ...request.query, ...page })))

  fastify.get('/participants/:id/statements', {
    schema: {
      tags: ['participants', 'statements'],
      operationId: 'listParticipantStatements',
      summary: "List a participant's statements",
      description: 'What the participant said; takes the filters of `GET /statements`.',
      params: ParticipantParams,
      querystring: StatementQuerySchema,
      response: listResponses('Statement', 'A page of statements.', { under: 'a parent record' })
    }
  }, async (request, reply) => presentPage(request, reply, statementRepresentation, request.query, (page) =>
    storage.listParticipantStatements(request.params.id, { ...request.query, ...page })))

  fastify.get('/participants/:id/timeline', {
    schema: {
      tags: ['participants', 'events', 'statements'],
      operationId: 'getParticipantTimeline',
      summary: "A participant's events and statements, in date order",
      description: 'The events the participant took part in and the statements they made, interleaved by date (a statement is dated by its event). JSON only.',
      params: ParticipantParams,
      querystring: PageOnlyQuery,
      response: { 200: TimelinePage, 304: NotModified, ...problemResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const page = await storage.participantTimeline(request.params.id, request.query)
    negotiate(request, reply, undefined, ['json'])
    return withLinks(request, reply, page)
  })
}

export default participantRoutes
