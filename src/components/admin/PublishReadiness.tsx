'use client'

import { PublishButton, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React from 'react'

import { useReviewState } from './useReviewState'
import './review.scss'

/**
 * Whether the saved draft may be published by this user now and, if not, every reason the
 * server would give. Advice only: the server checks again on every publish.
 */
function PublishReadiness() {
  const { state, error } = useReviewState()
  const modified = useFormModified()
  if (error) return <span className="publish-readiness publish-readiness--unknown">{error}</span>
  if (!state) return null
  const problems = state.publishProblems
  if (problems.length === 0) {
    return (
      <span className="publish-readiness publish-readiness--ready" data-ready="true">
        {modified ? 'Sign-off valid for the saved draft; unsaved changes are checked on publish' : 'Sign-off valid: ready to publish'}
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

/** `admin.components.edit.PublishButton`: Payload's own Publish button, with the reasons it cannot be used next to it. */
export function PublishButtonWithReasons() {
  return (
    <div className="publish-control">
      <PublishReadiness />
      <PublishButton />
    </div>
  )
}

/**
 * `admin.components.edit.beforeDocumentControls`: when the user may not save the document at
 * all, Payload shows no Publish button; the reasons still appear where it would be.
 */
export function PublishReadinessWithoutButton() {
  const { hasSavePermission } = useDocumentInfo()
  return hasSavePermission ? null : <PublishReadiness />
}
