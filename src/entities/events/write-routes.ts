import { crudRoutes } from '../../writes/crud-routes.js'
import { getEvent } from './queries.js'
import { deleteEvent, eventInput, EventInputSchema, EventPatchSchema, saveEvent, type EventInput } from './writes.js'
import type { Event } from './schemas.js'

export default crudRoutes<EventInput, Event>({
  path: '/events',
  tag: 'events',
  noun: 'event',
  recordRef: 'Event',
  inputSchema: EventInputSchema,
  patchSchema: EventPatchSchema,
  exampleId: 'evt_kim-invited-to-moscow-2024',
  deleteRule: 'An event with sub-events or statements is kept (409) unless `cascade=true`, which deletes them with it; its links to articles and participants always go.',
  get: getEvent,
  input: eventInput,
  save: saveEvent,
  remove: deleteEvent
})
