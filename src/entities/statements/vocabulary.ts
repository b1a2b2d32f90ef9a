/**
 * `direct`: the speaker's words in quotation marks; `partial`: a quoted fragment woven into the
 * reporter's sentence; `indirect`: reported speech, paraphrased (`a précisé que…`).
 */
export const STATEMENT_KINDS = ['direct', 'partial', 'indirect'] as const
export type StatementKind = typeof STATEMENT_KINDS[number]
