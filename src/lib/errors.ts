import createError from '@fastify/error'

/** A request value that passed schema validation but still cannot be used (a stale cursor…). */
export class InvalidParameterError extends Error {
  readonly statusCode = 400
  readonly code = 'NEWS_INVALID_PARAMETER'
  constructor (readonly location: 'querystring' | 'params' | 'body' | 'headers', readonly parameter: string, readonly reason: string) {
    super(`${location} parameter '${parameter}' ${reason}`)
  }
}

export const EventNotFoundError = createError('NEWS_EVENT_NOT_FOUND', "No event with id '%s'", 404)
export const ParticipantNotFoundError = createError('NEWS_PARTICIPANT_NOT_FOUND', "No participant with id '%s'", 404)
export const StatementNotFoundError = createError('NEWS_STATEMENT_NOT_FOUND', "No statement with id '%s'", 404)
export const ArticleNotFoundError = createError('NEWS_ARTICLE_NOT_FOUND', "No article with id '%s'", 404)
export const NotAcceptableError = createError('NEWS_NOT_ACCEPTABLE', 'This resource can be answered as %s; use Accept or format= to pick one', 406)

export interface FieldError { in: 'querystring' | 'params' | 'body' | 'headers', name: string, reason: string }

/** Well-formed but not acceptable: a reference to nothing, a quote that is not its article's slice… */
export class UnprocessableError extends Error {
  readonly statusCode = 422
  readonly code = 'NEWS_UNPROCESSABLE'
  constructor (readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.in === 'body' ? '' : `${e.in} `}'${e.name}' ${e.reason}`).join('; '))
  }
}

export const ConflictError = createError('NEWS_CONFLICT', '%s', 409)
export const PreconditionFailedError = createError('NEWS_PRECONDITION_FAILED',
  'The record changed since you read it (If-Match %s, now %s): read it again, then retry', 412)
export const UnauthorizedError = createError('NEWS_UNAUTHORIZED', '%s', 401)
export const ForbiddenError = createError('NEWS_FORBIDDEN', '%s', 403)
export const ParticipationNotFoundError = createError('NEWS_PARTICIPATION_NOT_FOUND', "'%s' does not take part in '%s'%s", 404)
export const ReadOnlyError = createError('NEWS_READ_ONLY', 'This service is read-only at the moment: reads work, writes do not', 503)
export const ShuttingDownError = createError('NEWS_SHUTTING_DOWN', 'The service is shutting down; retry in a moment', 503)
export const StorageUnavailableError = createError('NEWS_STORAGE_UNAVAILABLE', 'The database cannot take this write now (%s); nothing was written', 503)

/** A read that ran past the read timeout (READ_TIMEOUT_MS): stopped, to be narrowed or retried later. */
export class ReadTimeoutError extends Error {
  readonly statusCode = 503
  readonly code = 'NEWS_READ_TIMEOUT'
  /** Seconds to wait before trying again (the Retry-After header). */
  readonly retryAfter = 5
  constructor (timeoutMs: number) {
    super(`This read took longer than ${timeoutMs} ms and was stopped; narrow it (a filter, a rarer word) or retry after the time in Retry-After`)
  }
}
