'use client'

import { PublishButton, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React from 'react'

import type { ReviewState } from './reviewState'
import { useReviewState } from './useReviewState'
import './review.scss'

/**
 * Whether the saved draft may be published by this user now and, if not, every reason the
 * server would give. Advice only: the server checks again on every publish.
 */
function PublishReadiness({ state, error }: { state?: ReviewState; error?: string }) {
  const modified = useFormModified()
  if (error) return <span className="publish-readiness publish-readiness--unknown">{error}</span>
  if (!state) return null
  const problems = state.publishProblems
  if (problems.length === 0) {
    const live = state.standing.live && state.standing.liveIsLatest
    return (
      <span className="publish-readiness publish-readiness--ready" data-ready="true">
        {live && !modified
          ? 'Live: this version is published'
          : modified
            ? 'Sign-off valid for the saved draft; unsaved changes are checked on publish'
            : 'Sign-off valid: ready to publish'}
      </span>
    )
  }
  return (
    <details className="publish-readiness publish-readiness--blocked" data-ready="false">
      <summary>
        Publishing unavailable ({problems.length} {problems.length === 1 ? 'reason' : 'reasons'})
      </summary>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </details>
  )
}

/**
 * `admin.components.edit.PublishButton`: Payload's own Publish button (and its schedule menu),
 * disabled while publishing would be refused, with the reasons beside it. Payload 3.90's button
 * takes no `disabled` prop, so it is made inert; its schedule drawer also reports "Scheduled
 * successfully" whatever the server answers, so an unapproved draft must not reach it.
 */
export function PublishButtonWithReasons() {
  const { state, error } = useReviewState()
  const blocked = state !== undefined && state.publishProblems.length > 0
  return (
    <div className="publish-control">
      <PublishReadiness state={state} error={error} />
      <div
        className="publish-control__button"
        data-blocked={blocked}
        aria-disabled={blocked}
        inert={blocked}
      >
        <PublishButton />
      </div>
    </div>
  )
}

/**
 * `admin.components.edit.beforeDocumentControls`: when the user may not save the document at
 * all, Payload shows no Publish button; the reasons still appear where it would be.
 */
export function PublishReadinessWithoutButton() {
  const { hasSavePermission } = useDocumentInfo()
  const { state, error } = useReviewState()
  return hasSavePermission ? null : <PublishReadiness state={state} error={error} />
}
