import type { CollectionBeforeOperationHook } from 'payload'

import { fieldError } from '../../../errors'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Runs before create, update and reset-password (the three ways a password is set), on the
 * raw input, so the rule holds on every path including first-register.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook<'users'> = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return args
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError(
      collection.slug,
      'password',
      `Password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
    )
  }
  return args
}
