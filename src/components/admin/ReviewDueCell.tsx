'use client'

import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { timeSpan } from './timeSpan'

/** The list's "Review due" column: overdue ones say so, in red; the rest say how long is left. */
export function ReviewDueCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (
    typeof cellData !== 'string' ||
    (rowData as { reviewStatus?: string }).reviewStatus !== 'in-review'
  )
    return <span>–</span>
  const left = Date.parse(cellData) - Date.now()
  return left < 0 ? (
    <span className="review-due review-due--overdue" data-overdue="true">
      overdue {timeSpan(left, true)}
    </span>
  ) : (
    <span className="review-due" data-overdue="false">
      in {timeSpan(left, true)}
    </span>
  )
}
