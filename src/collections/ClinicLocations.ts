import type {
  ArrayFieldValidation,
  RelationshipFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { array, relationship, text } from 'payload/shared'

import { jsonLdEndpoint, jsonLdField } from '../delivery/jsonldDocument'
import { nearbyClinicsEndpoint } from '../endpoints/nearbyClinics'
import { contentLinks } from '../fields/contentLinks'
import { filledByServer, optionalInGeneratedTypes } from '../fields/filledByServer'
import { internalNotesField } from '../fields/internalNotes'
import { slugField } from '../fields/slug'
import { E164_PHONE, HH_MM, httpUrl, ianaTimeZone, matching, US_ZIP } from '../fields/validators'
import { nestedReq } from '../lib/requests'
import { editorialCollection } from './editorial'

export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'DC',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** Languages staff can hold a visit in, by ISO 639-1 code. */
export const CLINIC_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish' },
  { value: 'tl', label: 'Tagalog' },
  { value: 'vi', label: 'Vietnamese' },
  { value: 'zh', label: 'Chinese' },
  { value: 'ko', label: 'Korean' },
  { value: 'ar', label: 'Arabic' },
  { value: 'fa', label: 'Persian' },
  { value: 'ru', label: 'Russian' },
  { value: 'asl', label: 'American Sign Language' },
]

const usState: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options)
  if (base !== true) return base
  return (
    !value ||
    (US_STATES as readonly string[]).includes(value) ||
    'Use a two-letter US state code in capitals, for example CA.'
  )
}

interface HoursRow {
  day?: string
  opens?: string
  closes?: string
}

/** One row per weekday at most, and each day closes after it opens. */
const validHours: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  if (base !== true) return base
  const rows = (Array.isArray(value) ? value : []) as HoursRow[]
  const seen = new Set<string>()
  for (const row of rows) {
    if (!row?.day) continue
    if (seen.has(row.day)) return `${row.day} is listed twice; give each day one row.`
    seen.add(row.day)
    if (
      row.opens &&
      row.closes &&
      HH_MM.test(row.opens) &&
      HH_MM.test(row.closes) &&
      row.closes <= row.opens
    ) {
      return `On ${row.day} the clinic must close after it opens (${row.opens}–${row.closes}).`
    }
  }
  return true
}

/** The medical director is a user with the medical-reviewer role; the message names who is not. */
const medicalReviewerUser: RelationshipFieldSingleValidation = async (value, options) => {
  // Without filterOptions: Payload's own check of them answers only "invalid selection".
  const base = await relationship(value, { ...options, filterOptions: undefined })
  if (base !== true || options.event === 'onChange' || value === null || value === undefined)
    return base
  const id = (typeof value === 'object' && 'id' in value ? value.id : value) as number | string
  const user = await options.req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: nestedReq(options.req),
  })
  if (!user) return `No user with the id ${id} exists; choose an existing one or remove the link.`
  return (
    user.roles?.includes('medical-reviewer') ||
    `${user.name} is not a medical reviewer; the medical director must be a user with the medical-reviewer role.`
  )
}

const hhmm = matching(HH_MM, 'Use 24-hour time as HH:MM, for example 09:00 or 17:30.')

export const ClinicLocations = editorialCollection({
  slug: 'clinic-locations',
  labels: { singular: 'Clinic location', plural: 'Clinic locations' },
  admin: {
    useAsTitle: 'name',
    group: 'Clinics',
    defaultColumns: ['name', 'address.city', 'phone', '_status', 'updatedAt'],
  },
  defaultPopulate: {
    name: true,
    slug: true,
    address: true,
    location: true,
    phone: true,
    bookingUrl: true,
    languages: true,
  },
  endpoints: [nearbyClinicsEndpoint, jsonLdEndpoint('clinic-locations')],
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('name'),
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true, maxLength: 200 },
        { name: 'city', type: 'text', required: true, maxLength: 100, index: true },
        { name: 'state', type: 'text', required: true, maxLength: 2, validate: usState },
        {
          name: 'postalCode',
          type: 'text',
          required: true,
          maxLength: 10,
          validate: matching(
            US_ZIP,
            'Use a US ZIP code: five digits, optionally -four more (92101 or 92101-1234).',
          ),
        },
        {
          name: 'country',
          type: 'text',
          required: true,
          defaultValue: 'US',
          maxLength: 2,
          access: filledByServer,
          typescriptSchema: optionalInGeneratedTypes,
          validate: matching(/^US$/, 'Clinics are in the US: use US.'),
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      admin: { description: 'Coordinates in decimal degrees, used for "clinics near me".' },
      fields: [
        { name: 'lat', type: 'number', required: true, min: -90, max: 90, index: true },
        { name: 'lng', type: 'number', required: true, min: -180, max: 180, index: true },
      ],
    },
    {
      name: 'phone',
      type: 'text',
      maxLength: 16,
      validate: matching(
        E164_PHONE,
        'Use international format with a plus and country code, for example +16195550123.',
      ),
    },
    { name: 'email', type: 'email' },
    { name: 'bookingUrl', type: 'text', maxLength: 2000, validate: httpUrl },
    {
      name: 'timezone',
      type: 'text',
      required: true,
      defaultValue: 'America/Los_Angeles',
      maxLength: 64,
      access: filledByServer,
      typescriptSchema: optionalInGeneratedTypes,
      validate: ianaTimeZone,
    },
    {
      name: 'hours',
      type: 'array',
      maxRows: 7,
      validate: validHours,
      fields: [
        {
          name: 'day',
          type: 'select',
          required: true,
          options: WEEKDAYS.map((day) => ({ label: day, value: day })),
        },
        { name: 'opens', type: 'text', required: true, validate: hhmm },
        { name: 'closes', type: 'text', required: true, validate: hhmm },
      ],
    },
    contentLinks('treatmentsOffered', 'treatment-options'),
    contentLinks('conditionsTreated', 'conditions'),
    { name: 'languages', type: 'select', hasMany: true, options: CLINIC_LANGUAGES },
    { name: 'insuranceNote', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'accessibilityNote', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'medicalDirector',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { roles: { contains: 'medical-reviewer' } },
      validate: medicalReviewerUser,
      admin: { description: 'A clinician with the medical-reviewer role.' },
    },
    internalNotesField,
    jsonLdField('clinic-locations'),
  ],
})
