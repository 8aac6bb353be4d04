import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  Payload,
  SanitizedCollectionConfig,
} from 'payload'
import { validOperatorSet } from 'payload/shared'

import { RuleViolation } from '../errors'
import { parseDocumentId } from '../lib/ids'

/** Far past any real listing; beyond it, offsets stop being exact integers in the SQL. */
export const MAX_PAGE = 1_000_000
export const MAX_LIMIT = 1_000_000

/** What a path's values are, as far as filtering goes. */
interface Target {
  kind: 'checkbox' | 'date' | 'json' | 'number' | 'other' | 'point' | 'select'
  /** The values a select field can hold (an enum on PostgreSQL). */
  options?: string[]
  hasMany?: boolean
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_OPERATORS = new Set(['contains', 'like', 'not_like'])
/** Operators whose value is compared with the field's own values, so must be of its type. */
const TYPED_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
  'all',
])

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

function targetOfField(field: FlattenedField, payload: Payload): Target {
  const hasMany = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'number':
      return { kind: 'number', hasMany }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'point':
      return { kind: 'point' }
    case 'select':
    case 'radio':
      return {
        kind: 'select',
        hasMany,
        options: field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    case 'richText':
    case 'json':
      return { kind: 'json' }
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' && payload.db.defaultIDType === 'number'
        ? { kind: 'number', hasMany }
        : { kind: 'other' }
    default:
      return { kind: 'other' }
  }
}

/**
 * What a dotted query path points at: through groups, arrays, locales and links; undefined if
 * unknown. Queries of versions (Payload runs them as a `read` too) name `version.<field>` and
 * `parent`, which no collection here has as a field of its own.
 */
function targetOfPath(
  path: string,
  collection: SanitizedCollectionConfig,
  payload: Payload,
): Target | undefined {
  const numericIds: Target = { kind: payload.db.defaultIDType === 'number' ? 'number' : 'other' }
  const locales = new Set(
    (payload.config.localization ? payload.config.localization.localeCodes : []) as string[],
  )
  let segments = path.split('.')
  if (collection.versions && segments[0] === 'parent' && segments.length === 1) return numericIds
  if (collection.versions && segments[0] === 'version' && segments.length > 1)
    segments = segments.slice(1)
  let fields = collection.flattenedFields
  let target: Target | undefined
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) {
      if (segment === 'id' && target === undefined) return numericIds
      return undefined
    }
    target = targetOfField(field, payload)
    if ('localized' in field && field.localized && locales.has(segments[index + 1])) index += 1
    if ('flattenedFields' in field) fields = field.flattenedFields
    else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      index < segments.length - 1
    ) {
      const related = payload.collections[field.relationTo]
      if (!related) return undefined
      fields = related.config.flattenedFields
      target = undefined
    } else if (index < segments.length - 1) return undefined
  }
  return target
}

function refuse(message: string): never {
  throw new RuleViolation(400, message, { rule: 'invalid-query' })
}

function checkValue(
  path: string,
  operator: string,
  value: unknown,
  target: Target | undefined,
  sql: boolean,
): void {
  const kind = target?.kind
  if (GEO_OPERATORS.has(operator)) {
    if (kind !== 'point')
      refuse(`The ${operator} operator filters location (point) fields only; ${path} is not one.`)
    return
  }
  // Payload's SQL adapters leave `all` unimplemented: any use of it crashed the query.
  if (operator === 'all' && sql)
    refuse(
      'The all operator is not available on this database; use in, or several contains filters joined by and.',
    )
  if (operator === 'exists') return
  const list = LIST_OPERATORS.has(operator)
  const values =
    list && Array.isArray(value)
      ? value
      : list && typeof value === 'string'
        ? value.split(',')
        : [value]
  if (!values.every(isScalar)) {
    refuse(
      `The ${operator} filter on ${path} takes ${list ? 'a list of values' : 'a single value'}: text, a number or true/false.`,
    )
  }
  if (TEXT_OPERATORS.has(operator)) {
    // Text matching on a number, date, link, list value or rich text crashed the SQL (PostgreSQL
    // has no ILIKE for them); `contains` on a list of links or values means "has", and stays.
    const has =
      operator === 'contains' &&
      target?.hasMany === true &&
      (kind === 'number' || kind === 'select')
    if (kind === 'json') refuse(`Rich text cannot be filtered with ${operator}.`)
    if (
      (kind === 'number' || kind === 'date' || kind === 'select' || kind === 'checkbox') &&
      !has
    ) {
      const holds = {
        checkbox: 'true or false',
        date: 'dates',
        number: 'numbers or links',
        select: 'listed values',
      }[kind]
      refuse(`The ${operator} filter matches text; ${path} holds ${holds}: use equals or in.`)
    }
    if (!has) return
  } else if (!TYPED_OPERATORS.has(operator)) return
  for (const entry of values) {
    // An empty or null value means "no value" for equals and not_equals; in a list it is a bad entry.
    if (!list && entry === null) continue
    if (!list && kind !== 'select' && kind !== 'checkbox' && (entry === 'null' || entry === ''))
      continue
    if (
      kind === 'number' &&
      !(typeof entry === 'number'
        ? Number.isFinite(entry)
        : typeof entry === 'string' && entry.trim() !== '' && Number.isFinite(Number(entry)))
    ) {
      refuse(
        `The ${operator} filter on ${path} takes numbers; "${String(entry).slice(0, 40)}" is not one.`,
      )
    }
    if (
      kind === 'date' &&
      (typeof entry === 'boolean' ||
        entry === null ||
        Number.isNaN(new Date(entry as number | string).getTime()))
    ) {
      refuse(
        `The ${operator} filter on ${path} takes dates; "${String(entry).slice(0, 40)}" is not one.`,
      )
    }
    if (
      kind === 'checkbox' &&
      !(typeof entry === 'boolean' || entry === 'true' || entry === 'false')
    ) {
      refuse(
        `The ${operator} filter on ${path} takes true or false; "${String(entry).slice(0, 40)}" is neither.`,
      )
    }
    // PostgreSQL keeps select values as an enum, and refused any other value with a 500.
    if (kind === 'select' && !target?.options?.includes(String(entry))) {
      refuse(
        `The ${operator} filter on ${path} takes one of the field's listed values; "${String(entry).slice(0, 40)}" is not one.`,
      )
    }
  }
}

function checkWhere(where: unknown, collection: SanitizedCollectionConfig, payload: Payload): void {
  if (!where || typeof where !== 'object') return
  const sql = payload.db.name !== 'mongoose'
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (Array.isArray(condition))
        condition.forEach((nested) => checkWhere(nested, collection, payload))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) continue
    const target = targetOfPath(key, collection, payload)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      // Unknown operators and paths are refused by Payload's own query validation, with the path named.
      if (validOperatorSet.has(operator as never)) checkValue(key, operator, value, target, sql)
    }
  }
}

function checkWholeNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null || value === '') return
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  if (!Number.isInteger(number) || number < min || number > max)
    refuse(`${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`)
}

const QUERY_OPERATIONS = new Set([
  'read',
  'count',
  'readDistinct',
  'countVersions',
  'update',
  'delete',
])

/**
 * Refuses, with a 400 that says why, a query the database cannot run: a filter value of the
 * wrong type for its field (an object, a list where one value belongs, text for a number or a
 * date), a geographic operator on a field that is not a point, or a page or limit that is not
 * a sensible whole number; a document id the database could not hold is a 404. Payload passes these through to the SQL builder, which answers
 * with a 500 (or, for a negative page, a negative OFFSET). Unknown fields and operators, and
 * fields the caller may not filter by, are left to Payload's own check, which names them.
 */
export const refuseUnusableQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!QUERY_OPERATIONS.has(operation)) return args
  const { id, where, page, limit } = args as {
    id?: unknown
    where?: unknown
    page?: unknown
    limit?: unknown
  }
  // `GET /api/articles/abc` (and `/distinct`, which Payload 3.90 routes as an id) reached the
  // database as an id of the wrong type and answered 500; a malformed id names no document.
  if (id !== undefined && id !== null) parseDocumentId(req.payload, id)
  checkWholeNumber('page', page, 0, MAX_PAGE)
  checkWholeNumber('limit', limit, 0, MAX_LIMIT)
  checkWhere(where, collection, req.payload)
  return args
}
