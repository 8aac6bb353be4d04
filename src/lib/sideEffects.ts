import type { RequestContext } from 'payload'

/**
 * Side effects (email, webhooks, cache purges) can be switched off per call with
 * `context: { skipNotifications: true }`; the sign-off rules cannot.
 */
export const skipsNotifications = (context: RequestContext | undefined): boolean =>
  context?.skipNotifications === true
