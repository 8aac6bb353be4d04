import type { NumberFieldSingleValidation, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'
import { number, text } from 'payload/shared'

/**
 * Field validators: each keeps Payload's own checks (required, lengths) and adds one rule with
 * a message an editor can act on. They are pure, so the admin UI runs them in the browser too.
 */
export function matching(pattern: RegExp, message: string): TextFieldSingleValidation {
  return (value, options) => {
    const base = text(value, options)
    if (base !== true) return base
    if (value === null || value === undefined || value === '') return true
    return pattern.test(value) || message
  }
}

/** Each entry of a `hasMany` text field must match. */
export function eachMatching(pattern: RegExp, message: (bad: string) => string): TextFieldManyValidation {
  // Payload's text validator handles hasMany values too; its type only names the single form.
  const textMany = text as unknown as TextFieldManyValidation
  return (value, options) => {
    const base = textMany(value, options)
    if (base !== true) return base
    const bad = (value ?? []).find((entry) => !pattern.test(entry))
    return bad === undefined ? true : message(bad)
  }
}

export const E164_PHONE = /^\+[1-9]\d{7,14}$/
export const US_ZIP = /^\d{5}(-\d{4})?$/
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
export const DOI = /^10\.\d{4,9}\/\S+$/
export const PMID = /^[1-9]\d{0,8}$/
/** ICD-10(-CM) code: a letter, two characters, then optionally a dot and up to four more. */
export const ICD10 = /^[A-TV-Z]\d[0-9AB](\.[0-9A-TV-Z]{1,4})?$/
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

export const httpUrl: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  if (!value) return true
  return isHttpUrl(value) || 'Enter a full web address starting with https://'
}

export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

export const ianaTimeZone: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  if (!value) return true
  return isIanaTimeZone(value) || 'Use an IANA time zone name, for example America/Los_Angeles.'
}

/** A whole-number field within bounds, with the bounds in the message. */
export function wholeNumber(min: number, max: number): NumberFieldSingleValidation {
  return (value, options) => {
    const base = number(value, { ...options, min, max })
    if (base !== true) return base
    if (value === null || value === undefined) return true
    return Number.isInteger(value) || `Enter a whole number from ${min} to ${max}.`
  }
}
