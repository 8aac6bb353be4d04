'use client'

import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

/** A review record's document, by title, linking to it in the admin (records name it by id otherwise). */
export function RecordDocumentCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const collection =
    typeof rowData.targetCollection === 'string' ? rowData.targetCollection : undefined
  const id = typeof rowData.documentId === 'string' ? rowData.documentId : undefined
  const title =
    typeof cellData === 'string' && cellData !== ''
      ? cellData
      : `${collection ?? 'document'} ${id ?? ''}`
  if (!collection || !id || rowData.action === 'delete') return <span>{title}</span>
  return (
    <a
      href={formatAdminURL({
        adminRoute: config.routes.admin,
        path: `/collections/${collection}/${id}`,
        relative: true,
      })}
    >
      {title}
    </a>
  )
}
