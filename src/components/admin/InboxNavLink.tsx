import { createLocalReq, type PayloadRequest, type ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { isStaffUser } from '../../access/roles'
import { inboxFor } from '../../workflow/inbox'
import './workflow.scss'

/** `admin.components.afterNavLinks`: the inbox, with how much awaits the user. */
export async function InboxNavLink({ payload, user }: ServerProps) {
  if (!isStaffUser(user as PayloadRequest['user'])) return null
  const { total } = await inboxFor(
    await createLocalReq({ user: user as PayloadRequest['user'] & object }, payload),
  )
  return (
    <a
      className="nav__link workflow-inbox__link"
      href={formatAdminURL({
        adminRoute: payload.config.routes.admin,
        path: '/inbox',
        relative: true,
      })}
      id="nav-inbox"
    >
      Inbox
      {total > 0 ? (
        <span className="workflow-inbox__count" data-count={total}>
          {total}
        </span>
      ) : null}
    </a>
  )
}
