import { referencesField } from '../fields/references'
import { slugField } from '../fields/slug'
import { medicalCollection } from './medical'

export const SEVERITIES = ['common', 'serious', 'rare-serious'] as const

export const RiskDisclosures = medicalCollection({
  slug: 'risk-disclosures',
  labels: { singular: 'Risk disclosure', plural: 'Risk disclosures' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'reviewStatus', 'nextReviewDue', '_status'],
  },
  defaultPopulate: { title: true, slug: true, severity: true, frequency: true, mitigation: true },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'severity',
      type: 'select',
      required: true,
      options: SEVERITIES.map((severity) => ({ label: severity, value: severity })),
    },
    { name: 'frequency', type: 'text', localized: true, maxLength: 200 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'mitigation', type: 'textarea', localized: true, maxLength: 2000 },
    {
      // Derived from treatment-options.riskDisclosures, so the two sides can never disagree.
      name: 'treatments',
      type: 'join',
      collection: 'treatment-options',
      on: 'riskDisclosures',
      admin: { description: 'Treatments that present this risk. Link them from the treatment.' },
    },
    referencesField(),
    { name: 'effectiveDate', type: 'date' },
  ],
})
