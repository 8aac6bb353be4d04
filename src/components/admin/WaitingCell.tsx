'use client'

import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { timeSpan } from './timeSpan'

/** The list's "Submitted at" column, as how long a submission in review has waited. */
export function WaitingCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (
    typeof cellData !== 'string' ||
    (rowData as { reviewStatus?: string }).reviewStatus !== 'in-review'
  )
    return <span>–</span>
  return <span>waiting {timeSpan(Date.now() - Date.parse(cellData), true)}</span>
}
