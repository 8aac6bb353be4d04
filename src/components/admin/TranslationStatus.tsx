'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { TranslationView } from '../../workflow/documentPanels'
import { approvalChoices } from './approvalChoices'
import { useReviewState } from './useReviewState'
import { useWorkflowRead } from './useWorkflowRead'
import './workflow.scss'

/**
 * Per locale, which reviewed fields the saved draft fills and which it lacks, and which locales
 * are approved and live. A reviewer deciding the document chooses here the locales the approval
 * covers (the review panel's Approve sends them); an incomplete locale cannot be chosen.
 */
export function TranslationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const hasDocument = id !== undefined && id !== null && Boolean(collectionSlug)
  const { body, error } = useWorkflowRead<TranslationView>(
    hasDocument ? `/${collectionSlug}/${id}/translations` : undefined,
  )
  const { state } = useReviewState()
  const deciding = Boolean(state?.offers.decide)
  const [chosen, setChosen] = useState<string[]>([])

  // Start from what the server would approve anyway: the default locale and every complete one.
  useEffect(() => {
    if (body)
      setChosen(body.locales.filter((locale) => locale.complete).map((locale) => locale.locale))
  }, [body])
  useEffect(() => {
    if (hasDocument && deciding && body)
      approvalChoices.setLocales(String(collectionSlug), id, chosen)
  }, [hasDocument, deciding, body, chosen, collectionSlug, id])

  if (!hasDocument) return null
  const labelOf = (fieldPath: string): string =>
    body?.fields.find((field) => field.path === fieldPath)?.label ?? fieldPath
  const toggle = (locale: string) =>
    setChosen((current) =>
      current.includes(locale) ? current.filter((code) => code !== locale) : [...current, locale],
    )

  return (
    <section className="workflow-panel translation-status" aria-label="Translations">
      <h4 className="workflow-panel__title">Translations</h4>
      {error ? <p className="workflow-panel__error">{error}</p> : null}
      {body ? (
        <>
          <table className="translation-status__table">
            <thead>
              <tr>
                <th scope="col">Reviewed field</th>
                {body.locales.map((locale) => (
                  <th key={locale.locale} scope="col">
                    {locale.locale}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.fields.map((field) => (
                <tr key={field.path}>
                  <th scope="row">{field.label}</th>
                  {body.locales.map((locale) => {
                    const filled = locale.filled.includes(field.path)
                    const missing = locale.missing.includes(field.path)
                    return (
                      <td
                        key={locale.locale}
                        data-locale={locale.locale}
                        data-field={field.path}
                        data-filled={filled}
                        className={missing ? 'translation-status__missing' : undefined}
                      >
                        {filled ? '✓' : missing ? 'missing' : '–'}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="translation-status__locales">
            {body.locales.map((locale) => (
              <li key={locale.locale} data-locale={locale.locale} data-complete={locale.complete}>
                {deciding ? (
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(locale.locale)}
                      disabled={!locale.complete || locale.locale === body.defaultLocale}
                      onChange={() => toggle(locale.locale)}
                    />{' '}
                    Approve {locale.label}
                  </label>
                ) : (
                  <strong>{locale.label}</strong>
                )}
                {': '}
                {locale.complete
                  ? 'complete'
                  : `missing ${locale.missing.length > 0 ? locale.missing.map(labelOf).join(', ') : 'everything'}`}
                {locale.approved ? (
                  <span className="workflow-tag workflow-tag--ok">approved</span>
                ) : null}
                {locale.live ? <span className="workflow-tag workflow-tag--live">live</span> : null}
              </li>
            ))}
          </ul>
          <p className="workflow-panel__muted">
            Readers get a locale only once a reviewer approved it; until then they are served the
            approved{' '}
            {body.locales.find((locale) => locale.locale === body.defaultLocale)?.label ??
              body.defaultLocale}{' '}
            text, labelled as such.
          </p>
        </>
      ) : error ? null : (
        <p className="workflow-panel__muted">Loading…</p>
      )}
    </section>
  )
}
