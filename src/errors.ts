import { APIError, ValidationError } from 'payload'

/**
 * A refusal a caller can act on: the HTTP status, a sentence, and the rule (and field) that
 * refused it. Payload serialises `data` into the JSON error body for REST and GraphQL alike.
 */
export class RuleViolation extends APIError<{
  rule: string
  field?: string
  problems?: Problem[]
}> {
  constructor(
    status: 400 | 403 | 404 | 409 | 413 | 422 | 423 | 503,
    message: string,
    data: { rule: string; field?: string; problems?: Problem[] },
  ) {
    super(message, status, data, true)
    this.name = 'RuleViolation'
  }
}

export interface Problem {
  rule: string
  message: string
  field?: string
}

/** A 400 with the field path, the same shape Payload's own validation produces. */
export function fieldError(collection: string, path: string, message: string): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message }] })
}
