import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaffUser } from '../../access/roles'
import { inboxFor } from '../../workflow/inbox'
import { formatDate } from './format'
import './workflow.scss'

/**
 * `/admin/inbox`: what awaits the signed-in user, by role (the same answer as `GET /api/inbox`):
 * reviews assigned to them or waiting in the pool, overdue reviews, changes requested on their
 * documents, their submissions, approved documents to publish, releases scheduled or failed.
 */
export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const inbox = isStaffUser(req.user) ? await inboxFor(req) : undefined
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <section className="workflow-inbox" aria-label="Inbox">
          <h1>Inbox</h1>
          {!inbox ? <p>Log in as a member of staff to see what awaits you.</p> : null}
          {inbox && inbox.total === 0 ? (
            <p className="workflow-panel__muted">Nothing awaits you.</p>
          ) : null}
          {inbox?.sections.map((section) => (
            <article
              key={section.key}
              className="workflow-inbox__section"
              data-section={section.key}
            >
              <h2>
                {section.title}{' '}
                <span className="workflow-inbox__count">{section.items.length}</span>
              </h2>
              {section.items.length === 0 ? (
                <p className="workflow-panel__muted">Nothing here.</p>
              ) : (
                <table className="workflow-inbox__table">
                  <thead>
                    <tr>
                      <th scope="col">Title</th>
                      <th scope="col">Type</th>
                      <th scope="col">Why</th>
                      <th scope="col">Due</th>
                    </tr>
                  </thead>
                  <tbody>
                    {section.items.map((item) => (
                      <tr key={`${item.collection}-${item.id}`} data-overdue={item.overdue}>
                        <td>
                          <a href={new URL(item.href).pathname}>{item.title}</a>
                        </td>
                        <td>{item.collection}</td>
                        <td>{item.reason}</td>
                        <td className={item.overdue ? 'workflow-panel__error' : undefined}>
                          {item.dueAt
                            ? `${item.overdue ? 'Overdue since ' : ''}${formatDate(item.dueAt)}`
                            : '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </article>
          ))}
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
