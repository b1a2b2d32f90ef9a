import { crudRoutes } from '../../routes/crud-routes.js'
import { EventInputSchema, EventPatchSchema, type EventInput } from './inputs.js'
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
  create: (storage, input, options, once) => storage.createEvent(input, options, once),
  update: (storage, id, patch, options) => storage.updateEvent(id, patch, options),
  remove: (storage, id, options) => storage.deleteEvent(id, options)
})
