'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { DocumentActivity } from '../../workflow/activity'
import { useWorkflowRead } from './useWorkflowRead'
import './workflow.scss'

const SHOWN = 8
const moment = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** Who did what and when, with the comment: the review records and the saves, newest first. */
export function ActivityTimeline() {
  const { id, collectionSlug } = useDocumentInfo()
  const hasDocument = id !== undefined && id !== null && Boolean(collectionSlug)
  const { body, error } = useWorkflowRead<DocumentActivity>(
    hasDocument ? `/${collectionSlug}/${id}/activity` : undefined,
  )
  const [all, setAll] = useState(false)
  if (!hasDocument) return null
  const entries = body?.entries ?? []
  const shown = all ? entries : entries.slice(0, SHOWN)
  return (
    <section className="workflow-panel activity-timeline" aria-label="Activity">
      <h4 className="workflow-panel__title">Activity</h4>
      {error ? <p className="workflow-panel__error">{error}</p> : null}
      <ol className="activity-timeline__entries">
        {shown.map((entry) => (
          <li
            key={`${entry.kind}-${entry.at}-${entry.action}-${entry.versionId ?? ''}`}
            data-kind={entry.kind}
            data-action={entry.action}
          >
            <span className="activity-timeline__summary">{entry.summary}</span>
            <span className="workflow-panel__muted">
              {entry.actor ?? 'System'} · {moment.format(new Date(entry.at))} UTC
            </span>
            {entry.comment ? (
              <blockquote className="activity-timeline__comment">{entry.comment}</blockquote>
            ) : null}
            {entry.note ? <span className="workflow-panel__muted">{entry.note}</span> : null}
          </li>
        ))}
      </ol>
      {entries.length > SHOWN ? (
        <button
          type="button"
          className="activity-timeline__more"
          onClick={() => setAll((value) => !value)}
        >
          {all ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      ) : null}
    </section>
  )
}
