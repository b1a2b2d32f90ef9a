import { crudRoutes } from '../../writes/crud-routes.js'
import { getStatement } from './queries.js'
import type { Statement } from './schemas.js'
import { deleteStatement, saveStatement, statementInput, StatementInputSchema, StatementPatchSchema, type StatementInput } from './writes.js'

export default crudRoutes<StatementInput, Statement>({
  path: '/statements',
  tag: 'statements',
  noun: 'statement',
  recordRef: 'Statement',
  inputSchema: StatementInputSchema,
  patchSchema: StatementPatchSchema,
  exampleId: 'stm_af1a277ce4d4aaad-09',
  deleteRule: 'Deletes the statement and its mentions.',
  get: getStatement,
  input: statementInput,
  save: saveStatement,
  remove: deleteStatement
})
