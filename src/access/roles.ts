import type { PayloadRequest } from 'payload'

/**
 * `frontend-preview`: an API key that also reads drafts, for preview pages. `frontend`: an API
 * key for a website's server, which reads what the public reads, with its own rate limit.
 */
export const ROLES = [
  'admin',
  'editor',
  'author',
  'medical-reviewer',
  'frontend-preview',
  'frontend',
] as const
export type Role = (typeof ROLES)[number]

/** Roles that work inside the CMS (everyone but the API keys and the public). */
export const STAFF_ROLES: readonly Role[] = ['admin', 'editor', 'author', 'medical-reviewer']

type MaybeUser = PayloadRequest['user'] | null | undefined

export function rolesOf(user: MaybeUser): Role[] {
  if (!user || user.collection !== 'users') return []
  const roles = (user as { roles?: unknown }).roles
  return Array.isArray(roles)
    ? (roles.filter((role) => (ROLES as readonly string[]).includes(role)) as Role[])
    : []
}

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const roles = rolesOf(user)
  return wanted.some((role) => roles.includes(role))
}

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)

/**
 * A Local API call made by server code without a user (seed, jobs, migrations). REST and
 * GraphQL calls never qualify, whatever they send.
 */
export function isSystemCall(req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): boolean {
  return req.payloadAPI === 'local' && !req.user
}
