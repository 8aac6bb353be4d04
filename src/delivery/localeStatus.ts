import type {
  CollectionBeforeOperationHook,
  CollectionBeforeReadHook,
  Field,
  GroupField,
  PayloadRequest,
} from 'payload'

import { canReadDrafts } from '../access/content'
import { isSystemCall } from '../access/roles'
import { workflowSettings } from '../workflow/settings'

type Doc = Record<string, unknown>

/** Readers of published content only: the public and the frontend key. Staff and the preview key see every locale as written. */
const readsPublicOnly = (req: PayloadRequest): boolean =>
  !canReadDrafts(req.user) && !isSystemCall(req)

/** Where each localized field's text came from, in the answer a reader gets. */
export interface LocaleStatus {
  /** The locale asked for (`all` for every locale at once). */
  requestedLocale: string
  /** The one locale all the localized text is in; null when there is none, or when it comes from several. */
  locale: null | string
  /** Some text is served from a fallback locale rather than the one asked for. */
  fallback: boolean
  /** The locales the medical approval covers: the only ones the public is ever served. */
  approvedLocales: string[]
  /** Field path → the locale its text came from (null: no text). */
  fieldLocales: Record<string, null | string>
}

/** The approved locales of a document as stored; an approval recorded before locales were named is trusted for the default locale only. */
function approvedLocalesOf(req: PayloadRequest, doc: Doc): string[] {
  const stored = Array.isArray(doc.approvedLocales) ? (doc.approvedLocales as string[]) : []
  return stored.length > 0 ? stored : [workflowSettings(req.payload).defaultLocale]
}

const isEmpty = (field: Field, value: unknown): boolean =>
  value === undefined ||
  value === null ||
  ((field.type === 'text' || field.type === 'textarea') && value === '')

/** The locale Payload will take a field's value from: the one asked for, else the first fallback with a value (as Payload's own read does). */
function servedFrom(
  field: Field,
  byLocale: Doc,
  locale: string,
  fallback: PayloadRequest['fallbackLocale'],
): null | string {
  if (!isEmpty(field, byLocale[locale])) return locale
  const chain = Array.isArray(fallback) ? fallback : fallback ? [fallback] : []
  for (const candidate of chain) {
    if (
      candidate !== locale &&
      byLocale[candidate] !== undefined &&
      byLocale[candidate] !== null &&
      byLocale[candidate] !== ''
    )
      return candidate
  }
  return null
}

interface Walk {
  approved: ReadonlySet<string>
  strip: boolean
  locale: string
  fallback: PayloadRequest['fallbackLocale']
  fields: Record<string, null | string>
}

function walk(fields: Field[], doc: Doc | undefined, prefix: string, state: Walk): void {
  if (!doc || typeof doc !== 'object') return
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walk(field.fields, doc, prefix, state)
      continue
    }
    if (!('name' in field) || field.type === 'join' || field.type === 'ui') continue
    const value = doc[field.name]
    const path = `${prefix}${field.name}`
    if ('localized' in field && field.localized) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue
      const byLocale = value as Doc
      // An unapproved locale's text never reaches the public, as itself or as anyone's fallback.
      if (state.strip)
        for (const code of Object.keys(byLocale))
          if (!state.approved.has(code)) delete byLocale[code]
      if (state.locale !== 'all')
        state.fields[path] = servedFrom(field, byLocale, state.locale, state.fallback)
    } else if (field.type === 'group') walk(field.fields, value as Doc, `${path}.`, state)
  }
}

/**
 * `beforeRead` of the medical collections: a locale is public only once a medical reviewer
 * approved it. For readers of published content, every locale the approval does not cover is
 * removed before Payload picks the requested locale, so the text is the approved locale's or
 * the approved fallback's (with fallback on, Payload's default; `fallbackLocale=none` gives no
 * text), never a mix of an unapproved translation and another language. Every read says which
 * locale each field came from, in `localeStatus`.
 */
export const servePublicLocales: CollectionBeforeReadHook = ({ collection, doc, req }) => {
  const approved = approvedLocalesOf(req, doc as Doc)
  const locale = typeof req.locale === 'string' ? req.locale : 'all'
  const state: Walk = {
    approved: new Set(approved),
    strip: readsPublicOnly(req),
    locale,
    fallback: req.fallbackLocale,
    fields: {},
  }
  walk(collection.fields, doc as Doc, '', state)
  const served = [
    ...new Set(Object.values(state.fields).filter((value): value is string => value !== null)),
  ]
  const status: LocaleStatus = {
    requestedLocale: locale,
    locale: served.length === 1 ? served[0] : null,
    fallback: served.some((code) => code !== locale),
    approvedLocales: approved,
    fieldLocales: state.fields,
  }
  ;(doc as Doc).localeStatus = status
  return doc
}

/** Reads that pick fields (`select`) still read the approved locales, which decide what the public is served. */
export const selectApprovedLocales: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const select = (args as { select?: Record<string, unknown> }).select
  if (operation !== 'read' || !select || !readsPublicOnly(req)) return args
  const including = Object.values(select).some((value) => value !== false)
  const next = { ...select }
  if (including) next.approvedLocales = true
  else delete next.approvedLocales
  return { ...args, select: next }
}

/** Declares `localeStatus` for REST, GraphQL and the types; `servePublicLocales` fills it. */
export const localeStatusField: GroupField = {
  name: 'localeStatus',
  type: 'group',
  virtual: true,
  admin: { hidden: true },
  fields: [
    { name: 'requestedLocale', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'fallback', type: 'checkbox' },
    { name: 'approvedLocales', type: 'text', hasMany: true },
    { name: 'fieldLocales', type: 'json' },
  ],
}
