/* Payload's admin root layout, as its templates generate it, plus the review panel's server function and a scheduling that checks the sign-off. */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { REVIEW_STATE_FUNCTION } from '../../components/admin/reviewState'
import { reviewStateFunction } from '../../components/admin/reviewStateFunction'
import { schedulePublishWithSignOff } from '../../components/admin/schedulePublishFunction'
import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: {
      [REVIEW_STATE_FUNCTION]: reviewStateFunction,
      'schedule-publish': schedulePublishWithSignOff,
    },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
