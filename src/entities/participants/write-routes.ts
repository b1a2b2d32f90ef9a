import { crudRoutes } from '../../routes/crud-routes.js'
import { ParticipantInputSchema, ParticipantPatchSchema, type ParticipantInput } from './inputs.js'
import type { Participant } from './schemas.js'

export default crudRoutes<ParticipantInput, Participant>({
  path: '/participants',
  tag: 'participants',
  noun: 'participant',
  recordRef: 'Participant',
  inputSchema: ParticipantInputSchema,
  patchSchema: ParticipantPatchSchema,
  exampleId: 'par_russian-delegation',
  deleteRule: 'A participant who spoke is kept (409) unless `cascade=true`, which deletes their statements too; their aliases, places in events and mentions always go.',
  create: (storage, input, options, once) => storage.createParticipant(input, options, once),
  update: (storage, id, patch, options) => storage.updateParticipant(id, patch, options),
  remove: (storage, id, options) => storage.deleteParticipant(id, options)
})
