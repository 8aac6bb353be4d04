import type { CollectionSlug, PayloadRequest, ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { hasRole } from '../../access/roles'
import './review.scss'

interface FailedJob {
  id: number | string
  updatedAt: string
  input?: { type?: string; doc?: { relationTo: string; value: string } }
  error?: { message?: string }
}

async function titleOf(
  payload: ServerProps['payload'],
  collection: string,
  id: string,
): Promise<string> {
  const doc = (await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  const title = doc?.title ?? doc?.name ?? doc?.alt
  return typeof title === 'string' ? title : `${collection} ${id}`
}

/**
 * `admin.components.beforeDashboard`: scheduled publications and withdrawals that were refused
 * when their time came (the sign-off is checked again then), with the reason, for editors.
 */
export async function FailedSchedules({ payload, user }: ServerProps) {
  if (!hasRole(user as PayloadRequest['user'], 'editor', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { hasError: { equals: true } }] },
    sort: '-updatedAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  const failed = docs as unknown as FailedJob[]
  if (failed.length === 0) return null
  const rows = await Promise.all(
    failed.map(async (job) => {
      const target = job.input?.doc
      return {
        job,
        target,
        title: target ? await titleOf(payload, target.relationTo, target.value) : 'a document',
      }
    }),
  )
  return (
    <section className="failed-schedules" aria-label="Scheduled publishing that failed">
      <h2>Scheduled publishing that failed</h2>
      <ul>
        {rows.map(({ job, target, title }) => (
          <li key={String(job.id)} data-job={String(job.id)}>
            {target ? (
              <a
                href={formatAdminURL({
                  adminRoute: payload.config.routes.admin,
                  path: `/collections/${target.relationTo}/${target.value}`,
                  relative: true,
                })}
              >
                {title}
              </a>
            ) : (
              title
            )}
            : the scheduled {job.input?.type === 'unpublish' ? 'withdrawal' : 'publication'} was
            refused. {job.error?.message ?? ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
