'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { AssignmentView, PersonRef } from '../../workflow/documentPanels'
import { approvalChoices } from './approvalChoices'
import { formatDate } from './format'
import { timeSpan } from './timeSpan'
import { announceReviewChange } from './useReviewState'
import { useWorkflowRead } from './useWorkflowRead'
import { callWorkflow } from './workflowRequests'
import { RefusalList } from './RefusalList'
import './workflow.scss'

const POOL = ''

const person = (entry: PersonRef) =>
  entry.credentials ? `${entry.name}, ${entry.credentials}` : entry.name

/** A `datetime-local` value (in the browser's zone) as ISO, or undefined when empty. */
const isoOf = (local: string): string | undefined =>
  local ? new Date(local).toISOString() : undefined

/**
 * Who reviews the current submission and by when, in the sidebar: the assignee (or the pool),
 * the due date (overdue in red), who submitted it and how long it has waited. A reviewer takes
 * an unassigned review; an editor reassigns or moves the due date; whoever may submit names
 * the reviewer the submission goes to (the review panel's Submit sends it).
 */
export function AssignmentPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const hasDocument = id !== undefined && id !== null && Boolean(collectionSlug)
  const { body, error } = useWorkflowRead<AssignmentView>(
    hasDocument ? `/${collectionSlug}/${id}/assignment` : undefined,
  )
  const [reviewer, setReviewer] = useState(POOL)
  const [dueAt, setDueAt] = useState('')
  const [pending, setPending] = useState(false)
  const [refusal, setRefusal] = useState<string[]>([])

  if (!hasDocument || !body) return error ? <p className="workflow-panel__error">{error}</p> : null
  const now = Date.now()

  const act = async (
    action: 'assign' | 'claim',
    payload: Record<string, unknown>,
    done: string,
  ) => {
    setPending(true)
    setRefusal([])
    const result = await callWorkflow(
      config.routes.api,
      String(collectionSlug),
      id,
      action,
      payload,
    )
    setPending(false)
    if (!result.ok) {
      setRefusal(result.problems)
      return
    }
    toast.success(done)
    announceReviewChange()
    router.refresh()
  }

  const chooseForSubmission = (value: string) => {
    setReviewer(value)
    approvalChoices.setReviewer(String(collectionSlug), id, value === POOL ? null : value)
  }

  return (
    <section className="workflow-panel assignment-panel" aria-label="Review assignment">
      <h4 className="workflow-panel__title">Assignment</h4>
      {body.status === 'in-review' ? (
        <>
          <p data-assignee={body.assignee?.id ?? 'pool'}>
            {body.assignee ? (
              <>
                Assigned to <strong>{person(body.assignee)}</strong>
              </>
            ) : (
              'In the pool: any qualified reviewer may take it.'
            )}
          </p>
          {body.dueAt ? (
            <p
              className={body.overdue ? 'workflow-panel__error' : undefined}
              data-overdue={body.overdue}
            >
              {body.overdue
                ? `Overdue by ${timeSpan(now - Date.parse(body.dueAt))}`
                : `Due in ${timeSpan(Date.parse(body.dueAt) - now)}`}{' '}
              ({formatDate(body.dueAt)})
            </p>
          ) : null}
          {body.submittedBy && body.submittedAt ? (
            <p className="workflow-panel__muted">
              Submitted by {body.submittedBy.name}, waiting{' '}
              {timeSpan(now - Date.parse(body.submittedAt))}
            </p>
          ) : null}
        </>
      ) : (
        <p className="workflow-panel__muted">Not in review.</p>
      )}

      {body.offers.claim ? (
        <Button
          buttonStyle="primary"
          size="small"
          disabled={pending}
          onClick={() => void act('claim', {}, 'The review is yours.')}
        >
          Take this review
        </Button>
      ) : null}

      {body.offers.assign || body.offers.nameReviewer ? (
        <div className="workflow-panel__action">
          <label htmlFor="assignment-reviewer">
            {body.offers.assign ? 'Reviewer' : 'Reviewer for the submission'}
          </label>
          <select
            id="assignment-reviewer"
            value={reviewer}
            disabled={pending}
            onChange={(event) =>
              body.offers.assign
                ? setReviewer(event.target.value)
                : chooseForSubmission(event.target.value)
            }
          >
            <option value={POOL}>The pool (any qualified reviewer)</option>
            {body.candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {person(candidate)}
              </option>
            ))}
          </select>
          {body.offers.assign ? (
            <>
              <label htmlFor="assignment-due">Due (optional)</label>
              <input
                id="assignment-due"
                type="datetime-local"
                value={dueAt}
                disabled={pending}
                onChange={(event) => setDueAt(event.target.value)}
              />
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={pending}
                onClick={() =>
                  void act(
                    'assign',
                    { reviewer: reviewer === POOL ? null : reviewer, dueAt: isoOf(dueAt) },
                    'Assignment saved.',
                  )
                }
              >
                {body.assignee ? 'Reassign' : 'Assign'}
              </Button>
            </>
          ) : (
            <p className="workflow-panel__muted">
              Submit for review below: it goes to this reviewer.
            </p>
          )}
        </div>
      ) : null}

      <RefusalList problems={refusal} />
    </section>
  )
}
