import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

import { referencesField } from '../fields/references'
import { contentLinks } from '../fields/contentLinks'
import { slugField } from '../fields/slug'
import { existingRelations, wholeNumber } from '../fields/validators'
import { presentPublishedRisks } from '../delivery/fairBalance'
import { jsonLdEndpoint, jsonLdField } from '../delivery/jsonldDocument'
import { medicalCollection } from './medical'

export const ROUTES = [
  'intravenous',
  'intranasal',
  'intramuscular',
  'oral-sublingual',
  'psychotherapy-assisted',
] as const
export const REGULATORY_STATUSES = ['fda-approved', 'off-label', 'investigational'] as const

/** The top of the price range cannot be below its bottom. */
const atLeastMinimum: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, { ...options, min: 0 })
  if (base !== true) return base
  const min = (options.siblingData as { minUsd?: null | number }).minUsd
  if (typeof value === 'number' && typeof min === 'number' && value < min) {
    return `The maximum (${value}) cannot be below the minimum (${min}).`
  }
  return true
}

export const TreatmentOptions = medicalCollection({
  slug: 'treatment-options',
  hooks: { afterRead: [presentPublishedRisks] },
  endpoints: [jsonLdEndpoint('treatment-options')],
  labels: { singular: 'Treatment option', plural: 'Treatment options' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'route',
      'regulatoryStatus',
      'reviewStatus',
      'nextReviewDue',
      '_status',
    ],
  },
  defaultPopulate: {
    name: true,
    slug: true,
    route: true,
    regulatoryStatus: true,
    summary: true,
    riskDisclosures: true,
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('name'),
    {
      name: 'route',
      type: 'select',
      required: true,
      options: ROUTES.map((route) => ({ label: route, value: route })),
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'regulatoryStatus',
      type: 'select',
      required: true,
      options: REGULATORY_STATUSES.map((status) => ({ label: status, value: status })),
    },
    {
      name: 'approvedIndications',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      admin: { description: 'What the FDA approval covers, when the status is fda-approved.' },
    },
    {
      name: 'protocol',
      type: 'group',
      fields: [
        { name: 'typicalSessions', type: 'number', validate: wholeNumber(1, 100) },
        { name: 'sessionMinutes', type: 'number', validate: wholeNumber(1, 600) },
        { name: 'monitoringMinutes', type: 'number', validate: wholeNumber(0, 600) },
        { name: 'dosingNote', type: 'textarea', localized: true, maxLength: 1000 },
      ],
    },
    { name: 'onset', type: 'text', localized: true, maxLength: 300 },
    contentLinks('conditions', 'conditions'),
    {
      name: 'riskDisclosures',
      type: 'relationship',
      relationTo: 'risk-disclosures',
      hasMany: true,
      validate: existingRelations,
      admin: {
        description:
          'Risks presented with this treatment. At least one must be published before it can be.',
      },
    },
    {
      name: 'contraindications',
      type: 'text',
      hasMany: true,
      localized: true,
      maxLength: 300,
      maxRows: 30,
    },
    {
      name: 'cost',
      type: 'group',
      admin: { description: 'Per session, in US dollars.' },
      fields: [
        { name: 'minUsd', type: 'number', min: 0, max: 100000 },
        { name: 'maxUsd', type: 'number', max: 100000, validate: atLeastMinimum },
        { name: 'insuranceNote', type: 'textarea', localized: true, maxLength: 1000 },
      ],
    },
    referencesField(),
    jsonLdField('treatment-options'),
  ],
})
