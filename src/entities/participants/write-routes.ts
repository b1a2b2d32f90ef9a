import { crudRoutes } from '../../writes/crud-routes.js'
import { getParticipant } from './queries.js'
import type { Participant } from './schemas.js'
import { deleteParticipant, participantInput, ParticipantInputSchema, ParticipantPatchSchema, saveParticipant, type ParticipantInput } from './writes.js'

export default crudRoutes<ParticipantInput, Participant>({
  path: '/participants',
  tag: 'participants',
  noun: 'participant',
  recordRef: 'Participant',
  inputSchema: ParticipantInputSchema,
  patchSchema: ParticipantPatchSchema,
  exampleId: 'par_russian-delegation',
  deleteRule: 'A participant who spoke is kept (409) unless `cascade=true`, which deletes their statements too; their aliases, places in events and mentions always go.',
  get: getParticipant,
  input: participantInput,
  save: saveParticipant,
  remove: deleteParticipant
})
