// The create bodies of each record type, as the storage verbs take them.
export type { ArticleInput } from '../entities/articles/inputs.js'
export type { EventInput } from '../entities/events/inputs.js'
export type { ParticipantInput } from '../entities/participants/inputs.js'
export type { StatementInput } from '../entities/statements/inputs.js'
