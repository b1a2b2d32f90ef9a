import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PageOf, IdParams, PageOnlyQuery, problemResponses } from '../../lib/schemas.js'
import { withLinks } from '../../lib/pagination.js'
import Type from 'typebox'
import { listParticipantsOfEvent } from '../participants/queries.js'
import { listStatements } from '../statements/queries.js'
import { eventExists, getEvent, listEvents } from './queries.js'
import { EventFilterSchema } from './schemas.js'
import { EventNotFoundError } from '../../lib/errors.js'

const EventParams = IdParams('Event id.', 'evt_partnership-treaty-signing-2024')

const eventRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/events', {
    schema: {
      tags: ['events'],
      summary: 'List events',
      description: 'Events in chronological order (start date, then id). `from`/`to` keep events whose span overlaps ' +
        'the range, each partial date covering its whole year or month; all filters combine with AND.',
      querystring: EventFilterSchema,
      response: { 200: PageOf('Event', 'A page of events.'), ...problemResponses(400) }
    }
  }, async (request, reply) => withLinks(request, reply, listEvents(db, request.query)))

  fastify.get('/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Get an event',
      description: 'One event, with the ids of the articles that report it.',
      params: EventParams,
      response: { 200: Type.Ref('Event'), ...problemResponses(400, 404) }
    }
  }, async (request) => getEvent(db, request.params.id))

  fastify.get('/events/:id/participants', {
    schema: {
      tags: ['events', 'participants'],
      summary: "List an event's participants",
      description: 'The people, organizations, countries and places that took part in the event, by name, each with their roles.',
      params: EventParams,
      querystring: PageOnlyQuery,
      response: { 200: PageOf('EventParticipant', 'A page of participants with their roles.'), ...problemResponses(400, 404) }
    }
  }, async (request, reply) => {
    if (!eventExists(db, request.params.id)) throw new EventNotFoundError(request.params.id)
    return withLinks(request, reply, listParticipantsOfEvent(db, request.params.id, request.query))
  })

  fastify.get('/events/:id/statements', {
    schema: {
      tags: ['events', 'statements'],
      summary: 'List the statements made at an event',
      description: 'Statements made at or about the event, in article order.',
      params: EventParams,
      querystring: PageOnlyQuery,
      response: { 200: PageOf('Statement', 'A page of statements.'), ...problemResponses(400, 404) }
    }
  }, async (request, reply) => {
    if (!eventExists(db, request.params.id)) throw new EventNotFoundError(request.params.id)
    return withLinks(request, reply, listStatements(db, { ...request.query, event: request.params.id }))
  })
}

export default eventRoutes
