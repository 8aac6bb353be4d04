'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useReviewGeneration } from './useReviewState'
import { readWorkflow } from './workflowRequests'

export interface WorkflowRead<T> {
  body?: T
  error?: string
  reload: () => void
}

/**
 * One of the workflow's JSON reads for the document being edited (`path` under the API), read
 * again after every save and every workflow action on the page. Nothing for an unsaved document.
 */
export function useWorkflowRead<T>(path: string | undefined): WorkflowRead<T> {
  const { config } = useConfig()
  const { lastUpdateTime } = useDocumentInfo()
  const [view, setView] = useState<{ body?: T; error?: string }>({})
  const { generation, reload } = useReviewGeneration()

  useEffect(() => {
    if (!path) return
    let current = true
    void readWorkflow<T>(config.routes.api, path).then((result) => {
      if (current) setView(result.ok ? { body: result.body } : { error: result.problems.join(' ') })
    })
    return () => {
      current = false
    }
  }, [config.routes.api, path, lastUpdateTime, generation])

  return { ...view, reload }
}
