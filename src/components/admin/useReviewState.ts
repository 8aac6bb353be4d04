'use client'

import { useDocumentInfo, useServerFunctions } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { MedicalCollection } from '../../workflow/reviewedFields'
import {
  REVIEW_STATE_FUNCTION,
  type ReviewState,
  type ReviewStateArgs,
  type ReviewStateResult,
} from './reviewState'

/** Fired after a workflow action, so every review component on the page reloads its state. */
export const REVIEW_CHANGED_EVENT = 'clinic:review-changed'

export function announceReviewChange(): void {
  window.dispatchEvent(new Event(REVIEW_CHANGED_EVENT))
}

/**
 * A counter that moves on every announced review change and every `reload()`: a read that
 * depends on it runs again then.
 */
export function useReviewGeneration(): { generation: number; reload: () => void } {
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  useEffect(() => {
    window.addEventListener(REVIEW_CHANGED_EVENT, reload)
    return () => window.removeEventListener(REVIEW_CHANGED_EVENT, reload)
  }, [reload])
  return { generation, reload }
}

export interface ReviewStateView {
  state?: ReviewState
  error?: string
}

/**
 * The review state of the document being edited, loaded from the server and reloaded after
 * every save and every workflow action. Nothing while the document has not been saved yet.
 */
export function useReviewState(): ReviewStateView {
  const { id, collectionSlug, lastUpdateTime, data } = useDocumentInfo()
  const { serverFunction } = useServerFunctions()
  const [view, setView] = useState<ReviewStateView>({})
  const { generation } = useReviewGeneration()

  const updatedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : undefined
  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    let current = true
    const args: ReviewStateArgs = {
      collection: collectionSlug as MedicalCollection,
      id,
      renderedUpdatedAt: updatedAt,
    }
    ;(serverFunction({ name: REVIEW_STATE_FUNCTION, args }) as Promise<ReviewStateResult>)
      .then((result) => {
        if (!current) return
        setView(result.ok ? { state: result.state } : { error: result.message })
      })
      .catch(() => {
        if (current) setView({ error: 'Could not reach the server for the review state.' })
      })
    return () => {
      current = false
    }
  }, [serverFunction, collectionSlug, id, lastUpdateTime, updatedAt, generation])

  return view
}
