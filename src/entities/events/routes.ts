import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { EventNotFoundError } from '../../lib/errors.js'
import { presentItem, presentPage } from '../../lib/representation.js'
import { IdParams, itemResponses, listResponses } from '../../lib/schemas.js'
import { listParticipantsOfEvent } from '../participants/queries.js'
import { eventParticipantRepresentation } from '../participants/representation.js'
import { EventParticipantQuerySchema } from '../participants/schemas.js'
import { embedInStatements, listStatements } from '../statements/queries.js'
import { statementRepresentation } from '../statements/representation.js'
import { StatementQuerySchema } from '../statements/schemas.js'
import { embedInEvents, eventExists, getEvent, listEvents } from './queries.js'
import { eventRepresentation } from './representation.js'
import { EventItemQuerySchema, EventQuerySchema, type Event } from './schemas.js'

const EventParams = IdParams('Event id.', 'evt_partnership-treaty-signing-2024')

const eventRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/events', {
    schema: {
      tags: ['events'],
      summary: 'List events',
      description: 'Events in chronological order (start date, then id) unless `sort` says otherwise. `from`/`to` keep events whose ' +
        'span overlaps the range, each partial date covering its whole year or month. Filters on different fields combine with AND, ' +
        'several values of one filter with OR. `q` searches titles, summaries and places.',
      querystring: EventQuerySchema,
      response: listResponses('Event', 'A page of events.')
    }
  }, async (request, reply) => presentPage(request, reply, eventRepresentation, request.query, (cursor, limit) => {
    const page = listEvents(db, { ...request.query, cursor, limit: limit ?? request.query.limit })
    return { ...page, data: embedInEvents(db, page.data, request.query.include) }
  }))

  fastify.get('/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Get an event',
      description: 'One event, with the ids of the articles that report it; `include` embeds its participants, statements and articles.',
      params: EventParams,
      querystring: EventItemQuerySchema,
      response: itemResponses('Event', 'The event.')
    }
  }, async (request, reply) => presentItem(request, reply, eventRepresentation, request.query,
    embedInEvents(db, [getEvent(db, request.params.id)], request.query.include)[0] as Event))

  fastify.get('/events/:id/timeline', {
    schema: {
      tags: ['events'],
      summary: 'An event and its sub-events, in date order',
      description: 'The event and every event below it (sub-events, their sub-events…), chronologically; takes the filters of `GET /events`.',
      params: EventParams,
      querystring: EventQuerySchema,
      response: listResponses('Event', 'A page of the timeline.', { under: 'a parent record' })
    }
  }, async (request, reply) => {
    if (!eventExists(db, request.params.id)) throw new EventNotFoundError(request.params.id)
    return presentPage(request, reply, eventRepresentation, request.query, (cursor, limit) => {
      const page = listEvents(db, { ...request.query, sort: request.query.sort ?? 'startDate', within: request.params.id, cursor, limit: limit ?? request.query.limit })
      return { ...page, data: embedInEvents(db, page.data, request.query.include) }
    })
  })

  fastify.get('/events/:id/participants', {
    schema: {
      tags: ['events', 'participants'],
      summary: "List an event's participants",
      description: 'The people, organizations, countries and places that took part in the event, by name, each with their roles; takes the filters of `GET /participants`.',
      params: EventParams,
      querystring: EventParticipantQuerySchema,
      response: listResponses('EventParticipant', 'A page of participants with their roles.', { under: 'a parent record' })
    }
  }, async (request, reply) => {
    if (!eventExists(db, request.params.id)) throw new EventNotFoundError(request.params.id)
    return presentPage(request, reply, eventParticipantRepresentation, request.query, (cursor, limit) =>
      listParticipantsOfEvent(db, request.params.id, { ...request.query, cursor, limit: limit ?? request.query.limit }))
  })

  fastify.get('/events/:id/statements', {
    schema: {
      tags: ['events', 'statements'],
      summary: 'List the statements made at an event',
      description: 'Statements made at or about the event; takes the filters of `GET /statements`.',
      params: EventParams,
      querystring: StatementQuerySchema,
      response: listResponses('Statement', 'A page of statements.', { under: 'a parent record' })
    }
  }, async (request, reply) => {
    if (!eventExists(db, request.params.id)) throw new EventNotFoundError(request.params.id)
    return presentPage(request, reply, statementRepresentation, request.query, (cursor, limit) => {
      const page = listStatements(db, { ...request.query, event: [request.params.id], cursor, limit: limit ?? request.query.limit })
      return { ...page, data: embedInStatements(db, page.data, request.query.include) }
    })
  })
}

export default eventRoutes
