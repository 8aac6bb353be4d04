import type { PayloadRequest } from 'payload'

import { hasRole, isSystemCall, rolesOf, type Role } from './roles'

/**
 * Who may do what: every "who may" rule of the project, in one place. Access functions, the
 * workflow rules, hooks and the admin UI all ask these functions; none of them decides on its
 * own. Rules about *state* (a license that has expired, an approval of other content, fair
 * balance) live in src/workflow/rules.ts; this file answers only "is this person allowed".
 */

/** Someone acting: a signed-in user, or server code (seed, jobs) calling the Local API without one. */
export interface Actor {
  id: string
  roles: readonly string[]
  /** A Local API call by server code (seed, jobs): no user, trusted to act. REST and GraphQL never qualify. */
  isSystem?: boolean
}

type MaybeUser = PayloadRequest['user'] | null | undefined

export function actorOf(req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): Actor {
  const user = req.user
  if (!user) return { id: '', roles: [], isSystem: isSystemCall(req) }
  return { id: String(user.id), roles: rolesOf(user) }
}

/** The signed-in user as an actor, never server code: for access functions, which see only the user. */
export const userActor = (user: MaybeUser): Actor => ({
  id: user ? String(user.id) : '',
  roles: rolesOf(user),
})

const holds = (actor: Actor, ...roles: Role[]): boolean =>
  roles.some((role) => actor.roles.includes(role))

/** Editors and admins: the people who run the site. Server code acts with their rights. */
export const isEditorialActor = (actor: Actor): boolean =>
  actor.isSystem === true || holds(actor, 'editor', 'admin')

/** Publishing medical content (with a valid sign-off, checked separately): editors, admins, scheduled jobs. */
export const mayPublishMedical = isEditorialActor

/** Taking medical content off the site (fair balance checked separately): editors, admins, scheduled jobs. */
export const mayUnpublishMedical = isEditorialActor

/** Starting a medical draft. */
export const mayCreateMedical = (actor: Actor): boolean =>
  isEditorialActor(actor) || holds(actor, 'author')

/** Sending a document to review, or taking it back: one of its authors, an editor or an admin. */
export const maySubmitForReview = (actor: Actor, authorIds: readonly string[]): boolean =>
  isEditorialActor(actor) || (holds(actor, 'author') && authorIds.includes(actor.id))

export const mayWithdrawSubmission = maySubmitForReview

/**
 * Deciding a review: the medical-reviewer role, and never on what one wrote: not a declared
 * author (now or ever) and not anyone who saved a change to the reviewed content. Whether the
 * license is valid is a state rule (src/workflow/rules.ts).
 */
export const holdsReviewerRole = (actor: Actor): boolean => holds(actor, 'medical-reviewer')

export const wroteDocument = (actor: Actor, contributorIds: readonly string[]): boolean =>
  contributorIds.includes(actor.id)

/** Publishing what one approved oneself is never allowed: approving and publishing are two people. */
export const isApproverOf = (actor: Actor, approverId: string | undefined): boolean =>
  approverId !== undefined && actor.id === approverId

/** Choosing who reviews a submission after it was made (reassigning, or back to the pool): editors and admins. */
export const mayAssignReviewer = isEditorialActor

/** Taking an unassigned submission from the pool: anyone holding the medical-reviewer role (license and authorship are state rules). */
export const mayClaimReview = (actor: Actor): boolean => holds(actor, 'medical-reviewer')

/** Writing releases (their members and schedule) and publishing them: editors and admins; scheduled runs as server code. */
export const mayPublishRelease = isEditorialActor

/** Editing any medical draft (the in-review lock applies to everyone, checked by the workflow). */
export const mayEditAnyMedical = isEditorialActor

/** Authors edit the drafts they co-author, never publish, and not while a reviewer has them. */
export const mayEditAsAuthor = (user: MaybeUser): boolean =>
  hasRole(user, 'author') && !hasRole(user, 'editor', 'admin')

/** Deleting medical content: editors and admins; authors only their own drafts that were never published. */
export const mayDeleteAnyMedical = (user: MaybeUser): boolean => hasRole(user, 'editor', 'admin')

/** Editorial content (clinics, conditions, media): editors and admins write and publish it. */
export const mayWriteEditorial = (user: MaybeUser): boolean => hasRole(user, 'editor', 'admin')

/** Releases: editors and admins put them together. */
export const mayWriteReleases = mayWriteEditorial

/**
 * Who someone is allowed to be (roles), what vouches for them (credentials, license) and how
 * the public sees them (name, specialty, photo in bylines): set by an admin, and never by the
 * person themselves, admins included: another admin must. Server code (seed) may.
 */
export function mayChangeAccountFacts(
  req: Pick<PayloadRequest, 'payloadAPI' | 'user'>,
  targetUserId: number | string | undefined,
): boolean {
  if (isSystemCall(req)) return true
  if (!hasRole(req.user, 'admin')) return false
  return targetUserId === undefined || String(req.user?.id) !== String(targetUserId)
}

/** Running the job queues by hand (`/api/payload-jobs/run`, `/handle-schedules`): admins and server code only. */
export const mayRunJobs = (req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): boolean =>
  isSystemCall(req) || hasRole(req.user, 'admin')
