import { crudRoutes } from '../../routes/crud-routes.js'
import { StatementInputSchema, StatementPatchSchema, type StatementInput } from './inputs.js'
import type { Statement } from './schemas.js'

export default crudRoutes<StatementInput, Statement>({
  path: '/statements',
  tag: 'statements',
  noun: 'statement',
  recordRef: 'Statement',
  inputSchema: StatementInputSchema,
  patchSchema: StatementPatchSchema,
  exampleId: 'stm_af1a277ce4d4aaad-09',
  deleteRule: 'Deletes the statement and its mentions.',
  create: (storage, input, options, once) => storage.createStatement(input, options, once),
  update: (storage, id, patch, options) => storage.updateStatement(id, patch, options),
  remove: (storage, id, options) => storage.deleteStatement(id, options)
})
