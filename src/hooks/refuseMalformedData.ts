import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { RuleViolation } from '../errors'
import { shapeProblem } from '../jsonShape'

interface FieldError {
  path: string
  message: string
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

const NUMERIC_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i

/** A document id: on SQL databases a positive whole number (or its digits), otherwise non-empty text. */
function isId(value: unknown, numericIds: boolean): boolean {
  if (!numericIds)
    return (
      (typeof value === 'string' && value !== '') ||
      (typeof value === 'number' && Number.isFinite(value))
    )
  const number = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
}

/** One link: an id, a document read with its id, or `{ relationTo, value }` for polymorphic links. */
function isLink(value: unknown, polymorphic: boolean, numericIds: boolean): boolean {
  const linked = (candidate: unknown) =>
    isId(candidate, numericIds) || (isPlainObject(candidate) && isId(candidate.id, numericIds))
  return polymorphic
    ? isPlainObject(value) && typeof value.relationTo === 'string' && linked(value.value)
    : linked(value)
}

/** A Lexical document: `{ root: { children: [...] } }` whose every node is an object with a list of children, if any. */
function richTextProblem(value: unknown): string | undefined {
  const message =
    'This field takes a rich-text document: an object with a "root" node and its "children" list.'
  if (!isPlainObject(value) || !isPlainObject(value.root) || !Array.isArray(value.root.children))
    return message
  const pending: unknown[] = [...value.root.children]
  while (pending.length > 0) {
    const node = pending.pop()
    if (!isPlainObject(node) || typeof node.type !== 'string')
      return 'Every node of a rich-text document must be an object with a "type".'
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return 'The "children" of a rich-text node must be a list.'
      pending.push(...node.children)
    }
  }
  return undefined
}

function optionValues(field: FlattenedField): string[] | undefined {
  if (field.type !== 'select' && field.type !== 'radio') return undefined
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

/** Why a single (not hasMany) value does not fit the field's type, if it does not. */
interface Context {
  numericIds: boolean
  /** Payload's own words for a value outside a select's options, so both checks read alike. */
  invalidSelection: string
}

function scalarProblem(
  field: FlattenedField,
  value: unknown,
  { numericIds, invalidSelection }: Context,
): string | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? undefined : 'This field takes text.'
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && (value === '' || NUMERIC_TEXT.test(value.trim())))
        ? undefined
        : 'This field takes a number.'
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
        ? undefined
        : 'This field takes true or false.'
    case 'date':
      return typeof value === 'string' || value instanceof Date
        ? undefined
        : 'This field takes a date, as text such as 2025-01-31T09:00:00.000Z.'
    case 'select':
    case 'radio': {
      if (typeof value !== 'string') return 'This field takes one of its listed values, as text.'
      // Payload checks the options of the fields it validates, but not the _status of drafts.
      return value === '' || (optionValues(field) ?? []).includes(value)
        ? undefined
        : invalidSelection
    }
    case 'relationship':
    case 'upload':
      return value === '' || isLink(value, Array.isArray(field.relationTo), numericIds)
        ? undefined
        : 'This field takes a link: the id of a document.'
    case 'point':
      return Array.isArray(value) &&
        value.length === 2 &&
        value.every((entry) => typeof entry === 'number' && Number.isFinite(entry))
        ? undefined
        : 'This field takes a point: [longitude, latitude].'
    case 'richText':
      return richTextProblem(value)
    default:
      return undefined
  }
}

const takesMany = (field: FlattenedField) =>
  (field.type === 'text' ||
    field.type === 'number' ||
    field.type === 'select' ||
    field.type === 'relationship' ||
    field.type === 'upload') &&
  'hasMany' in field &&
  field.hasMany === true

/** Walks `data` along `fields`, collecting a message per value whose JSON type the field cannot hold. */
function collectProblems(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  req: PayloadRequest,
  errors: FieldError[],
): void {
  const allLocales =
    (req.locale as string | undefined) === 'all' || (req.locale as string | undefined) === '*'
  const context: Context = {
    numericIds: req.payload.db.defaultIDType === 'number',
    invalidSelection: req.t('validation:invalidSelection'),
  }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data) || errors.length >= 20) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    // Null clears a field, whatever its type; a write for all locales at once is keyed by locale.
    if (
      value === null ||
      value === undefined ||
      (allLocales && 'localized' in field && field.localized)
    )
      continue
    // The admin form sends an array or blocks field with no rows as its row count, 0.
    if ((field.type === 'array' || field.type === 'blocks') && value === 0) continue
    switch (field.type) {
      case 'group':
      case 'tab':
        if (!isPlainObject(value))
          errors.push({ path, message: 'This field takes a group of fields: an object.' })
        else collectProblems(field.flattenedFields, value, `${path}.`, req, errors)
        break
      case 'array':
        if (!Array.isArray(value))
          errors.push({ path, message: 'This field takes a list of rows.' })
        else
          value.forEach((row, index) => {
            if (!isPlainObject(row))
              errors.push({
                path: `${path}.${index}`,
                message: 'Each row must be an object of fields.',
              })
            else collectProblems(field.flattenedFields, row, `${path}.${index}.`, req, errors)
          })
        break
      case 'blocks':
        if (!Array.isArray(value))
          errors.push({ path, message: 'This field takes a list of blocks.' })
        else
          value.forEach((row, index) => {
            const block = isPlainObject(row)
              ? field.blocks.find(
                  (candidate) => typeof candidate !== 'string' && candidate.slug === row.blockType,
                )
              : undefined
            if (!isPlainObject(row) || !block || typeof block === 'string')
              errors.push({
                path: `${path}.${index}`,
                message: 'Each block must be an object with a known blockType.',
              })
            else collectProblems(block.flattenedFields, row, `${path}.${index}.`, req, errors)
          })
        break
      case 'json':
      case 'join':
        break
      default: {
        if (takesMany(field)) {
          if (!Array.isArray(value)) {
            errors.push({ path, message: 'This field takes a list of values.' })
            break
          }
          const problem = value.map((entry) => scalarProblem(field, entry, context)).find(Boolean)
          if (problem) errors.push({ path, message: problem })
          break
        }
        const problem = scalarProblem(field, value, context)
        if (problem) errors.push({ path, message: problem })
      }
    }
  }
}

/**
 * Refuses, before any other hook runs, document data that cannot be what the fields hold: not
 * an object at all, beyond the size limits of src/jsonShape.ts (which also covers an upload's
 * `_payload`, which no body check sees), or with a value of the wrong JSON type. Payload would
 * store a list in a text column as its JSON text, keep a bare string as a rich-text document,
 * quietly drop a string sent for a group, or crash with a 500 on a rich-text node whose
 * children are not a list. The refusal is a 400 naming each field, like Payload's own.
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = (args as { data?: unknown }).data
  if (data === undefined) return args
  if (!isPlainObject(data))
    throw new RuleViolation(400, 'The document data must be a JSON object.', {
      rule: 'json-not-object',
    })
  const shape = shapeProblem(data, 'The document data')
  if (shape) throw new RuleViolation(400, shape.message, { rule: shape.rule })
  const errors: FieldError[] = []
  collectProblems(collection.flattenedFields, data, '', req, errors)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}
