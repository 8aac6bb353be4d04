'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

import { standingOf } from '../../workflow/standing'
import { approvalChoices } from './approvalChoices'
import { bylineText, formatDate, formatMoment, personLine, STATUS_LABELS } from './format'
import type { ReviewState } from './reviewState'
import { announceReviewChange, useReviewState } from './useReviewState'
import { callWorkflow, type WorkflowAction } from './workflowRequests'
import './review.scss'

function LastDecision({ decision }: { decision: NonNullable<ReviewState['lastDecision']> }) {
  return (
    <div className="review-panel__decision" data-decision={decision.decision}>
      <p>
        <strong>{decision.decision === 'approve' ? 'Approved' : 'Changes requested'}</strong> by{' '}
        {personLine(decision.reviewer)} on {formatMoment(decision.decidedAt)}
      </p>
      {decision.comment ? (
        <blockquote className="review-panel__comment">{decision.comment}</blockquote>
      ) : null}
    </div>
  )
}

function ClaimFlags({ flags }: { flags: ReviewState['claimFlags'] }) {
  if (flags.length === 0) return <p className="review-panel__muted">No flagged claims.</p>
  return (
    <ul className="review-panel__flags">
      {flags.map((flag, index) => (
        <li key={`${flag.field}-${flag.locale}-${index}`}>
          <strong>“{flag.phrase}”</strong> in {flag.field} ({flag.locale}): <q>{flag.excerpt}</q>
        </li>
      ))}
    </ul>
  )
}

/** Where the document stands and who acts next, in one statement (src/workflow/standing.ts). */
function StatusLine({ state }: { state: ReviewState }) {
  const standing = standingOf({ ...state.standing, formatDate })
  return (
    <div className="review-panel__standing" data-standing={standing.code}>
      <p>
        <span
          className={`review-badge review-badge--${state.status}`}
          data-status={state.status}
          title={`Review status: ${STATUS_LABELS[state.status]}`}
        >
          {standing.headline}
        </span>
      </p>
      <p className="review-panel__next">
        <strong>Next:</strong> {standing.next}
      </p>
    </div>
  )
}

/** What readers see under the page now, and what they will see once this draft is published. */
function BylinePreview({ byline }: { byline: ReviewState['byline'] }) {
  const { live, afterPublish } = byline
  if (!live && !afterPublish)
    return (
      <p className="review-panel__muted">
        Not reviewed yet: the byline appears once a medical reviewer approves.
      </p>
    )
  return (
    <>
      {live ? (
        <p className="review-panel__byline" data-byline="live">
          Live page: {bylineText(live.reviewer, live.reviewedAt)}
        </p>
      ) : null}
      {afterPublish ? (
        <p className="review-panel__byline" data-byline="after-publish">
          Once published: {bylineText(afterPublish.reviewer, afterPublish.reviewedAt)}
        </p>
      ) : live ? (
        <p className="review-panel__muted">
          This draft is not approved: publishing it would not change the live byline; it cannot be
          published yet.
        </p>
      ) : null}
    </>
  )
}

/**
 * The medical review, in the sidebar of every medical document: where it stands, what the
 * reviewer said, what to look at, and the workflow actions this user may take.
 */
export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const router = useRouter()
  const { state, error } = useReviewState()
  const [comment, setComment] = useState('')
  const [note, setNote] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string[]>([])

  if (id === undefined || id === null || !collectionSlug) {
    return (
      <section className="review-panel" aria-label="Medical review">
        <h4 className="review-panel__title">Medical review</h4>
        <p className="review-panel__muted">Save the draft to start its medical review.</p>
      </section>
    )
  }

  const act = async (
    label: string,
    action: WorkflowAction,
    body: Record<string, unknown>,
    done: string,
  ) => {
    setPending(label)
    setRefusal([])
    const result = await callWorkflow(config.routes.api, collectionSlug, id, action, body)
    setPending(null)
    if (!result.ok) {
      setRefusal(result.problems)
      return
    }
    setComment('')
    setNote('')
    toast.success(done)
    announceReviewChange()
    // The status, the permissions and the sidebar fields all changed on the server.
    router.refresh()
  }

  const versionsPath = (versionId: string) =>
    `/collections/${collectionSlug}/${id}/versions/${versionId}` as const
  const busy = pending !== null

  return (
    <section className="review-panel" aria-label="Medical review">
      <h4 className="review-panel__title">Medical review</h4>
      {error ? <p className="review-panel__error">{error}</p> : null}
      {state ? (
        <>
          <StatusLine state={state} />

          <h5>Last decision</h5>
          {state.lastDecision ? (
            <LastDecision decision={state.lastDecision} />
          ) : (
            <p className="review-panel__muted">No decision yet.</p>
          )}
          {state.lastSubmission ? (
            <p className="review-panel__muted">
              Last submitted by {state.lastSubmission.by} on{' '}
              {formatMoment(state.lastSubmission.submittedAt)}
              {state.lastSubmission.note ? `: “${state.lastSubmission.note}”` : ''}
            </p>
          ) : null}

          <h5>Claim flags</h5>
          <ClaimFlags flags={state.claimFlags} />

          {state.comparison ? (
            <p>
              <a
                className="review-panel__compare"
                href={`${formatAdminURL({ adminRoute: config.routes.admin, path: versionsPath(state.comparison.latestVersionId), relative: true })}?versionFrom=${encodeURIComponent(state.comparison.baselineVersionId)}`}
              >
                {state.comparison.baseline === 'approved'
                  ? 'Compare the current draft with the last approved version'
                  : 'Compare the current draft with the version last reviewed'}
              </a>
            </p>
          ) : null}

          <h5>Byline preview</h5>
          <BylinePreview byline={state.byline} />

          {state.offers.submit ? (
            <div className="review-panel__action">
              <label htmlFor="review-panel-note">Note for the reviewer (optional)</label>
              <textarea
                id="review-panel-note"
                rows={2}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                disabled={busy}
              />
              {modified ? (
                <p className="review-panel__muted">
                  Save your changes first: the reviewer sees the saved draft.
                </p>
              ) : null}
              <Button
                buttonStyle="primary"
                size="small"
                disabled={busy || modified}
                onClick={() =>
                  void act(
                    'submit',
                    'submit-for-review',
                    {
                      ...(note.trim() ? { note: note.trim() } : {}),
                      ...approvalChoices.submission(collectionSlug, id),
                    },
                    'Submitted for medical review.',
                  )
                }
              >
                {pending === 'submit' ? 'Submitting…' : 'Submit for review'}
              </Button>
            </div>
          ) : null}

          {state.offers.withdraw ? (
            <div className="review-panel__action">
              <p className="review-panel__muted">
                The reviewer is reading the submitted version; to change it, take it back first.
              </p>
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                onClick={() =>
                  void act(
                    'withdraw',
                    'withdraw-submission',
                    {},
                    'Taken back from review; you can edit it again.',
                  )
                }
              >
                {pending === 'withdraw' ? 'Taking back…' : 'Take back from review'}
              </Button>
            </div>
          ) : null}

          {state.offers.decide ? (
            <div className="review-panel__action">
              {state.decideProblems.length > 0 ? (
                <ul className="review-panel__refusal" data-reason="cannot-decide">
                  {state.decideProblems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : null}
              {state.renderedIsLatest ? null : (
                <p className="review-panel__refusal" data-reason="stale-view">
                  This document changed after you opened it. Reload the page to review the version
                  it holds now.
                </p>
              )}
              <label htmlFor="review-panel-comment">Comment for the authors</label>
              <textarea
                id="review-panel-comment"
                rows={4}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                disabled={busy}
              />
              <div className="review-panel__buttons">
                <Button
                  buttonStyle="primary"
                  size="small"
                  disabled={busy || !state.renderedIsLatest}
                  onClick={() =>
                    void act(
                      'approve',
                      'review',
                      {
                        decision: 'approve',
                        comment,
                        contentHash: state.contentHash,
                        locales: approvalChoices.locales(collectionSlug, id),
                      },
                      'Approved.',
                    )
                  }
                >
                  {pending === 'approve' ? 'Approving…' : 'Approve'}
                </Button>
                <Button
                  buttonStyle="secondary"
                  size="small"
                  disabled={busy || !state.renderedIsLatest}
                  onClick={() =>
                    void act(
                      'request-changes',
                      'review',
                      { decision: 'request-changes', comment, contentHash: state.contentHash },
                      'Changes requested.',
                    )
                  }
                >
                  {pending === 'request-changes' ? 'Sending…' : 'Request changes'}
                </Button>
              </div>
              <p className="review-panel__muted review-panel__hash" title={state.contentHash}>
                Your decision covers exactly this version (content hash{' '}
                {state.contentHash.slice(0, 12)}).
              </p>
            </div>
          ) : null}

          {refusal.length > 0 ? (
            <ul className="review-panel__refusal" role="alert">
              {refusal.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : error ? null : (
        <p className="review-panel__muted">Loading…</p>
      )}
    </section>
  )
}
