'use client'

import { FieldLabel, useConfig, useField } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect, useState } from 'react'

import './review.scss'

interface Risk {
  id: number | string
  title: string
  severity?: string
}

interface Treatment {
  id: number | string
  name?: string
  _status?: string
  riskDisclosures?: Risk[]
}

const SEVERITY_LABEL: Record<string, string> = {
  serious: 'serious',
  'rare-serious': 'rare but serious',
  common: 'common',
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .map((item) =>
          String(typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item),
        )
        .filter(Boolean)
    : []

/**
 * The article's risk disclosures as readers get them: the published disclosures of the
 * treatments linked in this form, serious first. The field itself is computed on read for
 * readers (src/delivery/fairBalance.ts); this shows the same thing while editing.
 */
export function ArticleRisksField() {
  const { config } = useConfig()
  const { value: treatments } = useField<unknown[]>({ path: 'treatments' })
  const ids = idsOf(treatments)
  const key = ids.join(',')
  const [loaded, setLoaded] = useState<{ key: string; treatments: Treatment[] } | null>(null)

  useEffect(() => {
    if (!key) return
    const params = new URLSearchParams({
      depth: '1',
      limit: '100',
      'select[name]': 'true',
      'select[_status]': 'true',
      'select[riskDisclosures]': 'true',
    })
    key.split(',').forEach((id, index) => params.set(`where[id][in][${index}]`, id))
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      path: `/treatment-options?${params.toString()}`,
      relative: true,
    })
    let current = true
    fetch(url, { credentials: 'include' })
      .then((response) => response.json())
      .then(
        (body: { docs?: Treatment[] }) =>
          current && setLoaded({ key, treatments: body.docs ?? [] }),
      )
      .catch(() => current && setLoaded({ key, treatments: [] }))
    return () => {
      current = false
    }
  }, [config.routes.api, key])

  const list = loaded?.key === key ? loaded.treatments : undefined
  const live = (list ?? []).filter((treatment) => treatment._status === 'published')
  const unpublished = (list ?? []).filter((treatment) => treatment._status !== 'published')
  const risks = [
    ...new Map(
      live
        .flatMap((treatment) => treatment.riskDisclosures ?? [])
        .map((risk) => [String(risk.id), risk]),
    ).values(),
  ]
  const rank = (risk: Risk) =>
    ({ serious: 0, 'rare-serious': 1, common: 2 })[risk.severity ?? ''] ?? 3
  risks.sort((a, b) => rank(a) - rank(b))

  return (
    <div className="field-type article-risks" data-field="riskDisclosures">
      <FieldLabel label="Risk disclosures shown with this article" />
      {ids.length === 0 ? (
        <p className="review-panel__muted">
          Link treatments: readers get the risks of every linked treatment with the article.
        </p>
      ) : !list ? (
        <p className="review-panel__muted">Loading…</p>
      ) : (
        <>
          {risks.length > 0 ? (
            <ul>
              {risks.map((risk) => (
                <li key={String(risk.id)}>
                  {risk.title}
                  {risk.severity ? ` (${SEVERITY_LABEL[risk.severity] ?? risk.severity})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className="review-panel__muted">
              None yet: the linked treatments have no published risk disclosures.
            </p>
          )}
          {unpublished.length > 0 ? (
            <p className="review-panel__muted">
              Not published, so not shown to readers:{' '}
              {unpublished
                .map((treatment) => treatment.name ?? `treatment ${treatment.id}`)
                .join(', ')}
              .
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}
