import { statementToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { StatementSchema, type Statement } from './schemas.js'

export const statementRepresentation: Representation<Statement> = { schema: StatementSchema, jsonLd: statementToJsonLd }
