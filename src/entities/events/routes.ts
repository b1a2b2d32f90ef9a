import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { presentItem, presentPage } from '../../lib/representation.js'
import { IdParams, itemResponses, listResponses } from '../../lib/schemas.js'
import { eventParticipantRepresentation } from '../participants/representation.js'
import { EventParticipantQuerySchema } from '../participants/schemas.js'
import { statementRepresentation } from '../statements/representation.js'
import { StatementQuerySchema } from '../statements/schemas.js'
import { eventRepresentation } from './representation.js'
import { EventItemQuerySchema, EventQuerySchema } from './schemas.js'

const EventParams = IdParams('Event id.', 'evt_partnership-treaty-signing-2024')

const eventRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify

  fastify.get('/events', {
    schema: {
      tags: ['events'],
      operationId: 'listEvents',
      summary: 'List events',
      description: 'Events in chronological order (start date, then id) unless `sort` says otherwise. `from`/`to` keep events whose ' +
        'span overlaps the range, each partial date covering its whole year or month. Filters on different fields combine with AND, ' +
        'several values of one filter with OR. `q` searches titles, summaries and places.',
      querystring: EventQuerySchema,
      response: listResponses('Event', 'A page of events.')
    }
  }, async (request, reply) => presentPage(request, reply, eventRepresentation, request.query, (page) =>
    storage.listEvents({ ...request.query, ...page })))

  fastify.get('/events/:id', {
    schema: {
      tags: ['events'],
      operationId: 'getEvent',
      summary: 'Get an event',
      description: 'One event, with the ids of the articles that report it; `include` embeds its participants, statements and articles.',
      params: EventParams,
      querystring: EventItemQuerySchema,
      response: itemResponses('Event', 'The event.')
    }
  }, async (request, reply) => presentItem(request, reply, eventRepresentation, request.query,
    await storage.getEvent(request.params.id, request.query.include)))

  fastify.get('/events/:id/timeline', {
    schema: {
      tags: ['events'],
      operationId: 'getEventTimeline',
      summary: 'An event and its sub-events, in date order',
      description: 'The event and every event below it (sub-events, their sub-events…), chronologically; takes the filters of `GET /events`.',
      params: EventParams,
      querystring: EventQuerySchema,
      response: listResponses('Event', 'A page of the timeline.', { under: 'a parent record' })
    }
  }, async (request, reply) => presentPage(request, reply, eventRepresentation, request.query, (page) =>
    storage.eventTimeline(request.params.id, { ...request.query, ...page })))

  fastify.get('/events/:id/participants', {
    schema: {
      tags: ['events', 'participants'],
      operationId: 'listEventParticipants',
      summary: "List an event's participants",
      description: 'The people, organizations, countries and places that took part in the event, by name, each with their roles; takes the filters of `GET /participants`.',
      params: EventParams,
      querystring: EventParticipantQuerySchema,
      response: listResponses('EventParticipant', 'A page of participants with their roles.', { under: 'a parent record' })
    }
  }, async (request, reply) => presentPage(request, reply, eventParticipantRepresentation, request.query, (page) =>
    storage.listEventParticipants(request.params.id, { ...request.query, ...page })))

  fastify.get('/events/:id/statements', {
    schema: {
      tags: ['events', 'statements'],
      operationId: 'listEventStatements',
      summary: 'List the statements made at an event',
      description: 'Statements made at or about the event; takes the filters of `GET /statements`.',
      params: EventParams,
      querystring: StatementQuerySchema,
      response: listResponses('Statement', 'A page of statements.', { under: 'a parent record' })
    }
  }, async (request, reply) => presentPage(request, reply, statementRepresentation, request.query, (page) =>
    storage.listEventStatements(request.params.id, { ...request.query, ...page })))
}

export default eventRoutes
