'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { ReleaseResult } from '../../workflow/releases'
import { formatMoment } from './format'
import { useWorkflowRead } from './useWorkflowRead'
import { postWorkflow } from './workflowRequests'
import { RefusalList } from './RefusalList'
import './workflow.scss'

type Check = ReleaseResult & { ready: boolean }

/**
 * The release, in its sidebar: whether it can go live now, every member with its pinned hash
 * and its problems, and Publish now, Schedule and Unschedule. Advice only: the server checks
 * it all again, in one transaction, when it runs.
 */
export function ReleasePanel() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const modified = useFormModified()
  const saved = id !== undefined && id !== null
  const { body, error, reload } = useWorkflowRead<Check>(
    saved ? `/releases/${id}/check` : undefined,
  )
  const [publishAt, setPublishAt] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string[]>([])

  if (!saved) {
    return (
      <section className="workflow-panel release-panel" aria-label="Release">
        <h4 className="workflow-panel__title">Release</h4>
        <p className="workflow-panel__muted">Save the release to check and publish it.</p>
      </section>
    )
  }

  const act = async (
    label: string,
    action: 'publish' | 'schedule' | 'unschedule',
    payload: Record<string, unknown>,
    done: string,
  ) => {
    setPending(label)
    setRefusal([])
    const result = await postWorkflow<ReleaseResult>(
      config.routes.api,
      `/releases/${id}/${action}`,
      payload,
    )
    setPending(null)
    if (!result.ok) {
      setRefusal(result.problems)
      return
    }
    toast.success(done)
    reload()
    router.refresh()
  }

  /** "Risk disclosure", the collection's own label, not its slug. */
  const kindOf = (slug: string): string => {
    const labels = config.collections.find((collection) => collection.slug === slug)?.labels
    return labels ? getTranslation(labels.singular, i18n) : slug
  }

  const status = body?.status ?? 'draft'
  const open = status === 'draft' || status === 'failed'
  return (
    <section className="workflow-panel release-panel" aria-label="Release">
      <h4 className="workflow-panel__title">Release</h4>
      {error ? <p className="workflow-panel__error">{error}</p> : null}
      {body ? (
        <>
          <p>
            <span className={`workflow-tag workflow-tag--${status}`} data-status={status}>
              {status}
            </span>
            {body.publishAt && status === 'scheduled'
              ? ` for ${formatMoment(body.publishAt)}`
              : null}
            {body.publishedAt ? ` on ${formatMoment(body.publishedAt)}` : null}
          </p>
          {open ? (
            <p
              className={body.ready ? 'release-panel__ready' : 'workflow-panel__error'}
              data-ready={body.ready}
            >
              {body.ready
                ? 'Every document is ready: it can go live now, all together.'
                : `Held back: ${body.problems.length} problem${body.problems.length === 1 ? '' : 's'}.`}
            </p>
          ) : null}
          <ol className="release-panel__members">
            {body.members.map((member) => (
              <li
                key={`${member.collection}-${member.documentId}`}
                data-ready={member.problems.length === 0}
              >
                <strong>{member.action === 'publish' ? 'Publish' : 'Withdraw'}</strong>{' '}
                {member.title}{' '}
                <span className="workflow-panel__muted">({kindOf(member.collection)})</span>
                {member.contentHash ? (
                  <span className="workflow-panel__muted release-panel__hash">
                    {' '}
                    pinned {member.contentHash.slice(0, 12)}
                  </span>
                ) : null}
                {member.problems.length > 0 ? (
                  <ul className="workflow-panel__error">
                    {member.problems.map((problem) => (
                      <li key={problem.message}>{problem.message.replace(/^[^:]+\): /, '')}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
          {/* A published or scheduled release is not held back by its own state ("published already"). */}
          {(open ? body.problems : [])
            .filter((problem) => !problem.field?.startsWith('members.'))
            .map((problem) => (
              <p key={problem.message} className="workflow-panel__error">
                {problem.message}
              </p>
            ))}
          {modified ? (
            <p className="workflow-panel__muted">
              Save your changes first: the release runs as saved.
            </p>
          ) : null}
          {open ? (
            <div className="workflow-panel__action">
              <Button
                buttonStyle="primary"
                size="small"
                disabled={pending !== null || modified || !body.ready}
                onClick={() => void act('publish', 'publish', {}, 'The release is live.')}
              >
                {pending === 'publish' ? 'Publishing…' : 'Publish release now'}
              </Button>
              <label htmlFor="release-publish-at">Or schedule for</label>
              <input
                id="release-publish-at"
                type="datetime-local"
                value={publishAt}
                disabled={pending !== null}
                onChange={(event) => setPublishAt(event.target.value)}
              />
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={pending !== null || modified || !publishAt}
                onClick={() =>
                  void act(
                    'schedule',
                    'schedule',
                    { publishAt: new Date(publishAt).toISOString() },
                    'The release is scheduled.',
                  )
                }
              >
                {pending === 'schedule' ? 'Scheduling…' : 'Schedule'}
              </Button>
            </div>
          ) : null}
          {status === 'scheduled' ? (
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={pending !== null}
              onClick={() =>
                void act('unschedule', 'unschedule', {}, 'The release is a draft again.')
              }
            >
              Unschedule
            </Button>
          ) : null}
          <RefusalList problems={refusal} />
        </>
      ) : error ? null : (
        <p className="workflow-panel__muted">Checking…</p>
      )}
    </section>
  )
}
