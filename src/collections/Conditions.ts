import { slugField } from '../fields/slug'
import { eachMatching, ICD10 } from '../fields/validators'
import { editorialCollection } from './editorial'

export const Conditions = editorialCollection({
  slug: 'conditions',
  labels: { singular: 'Condition', plural: 'Conditions' },
  admin: {
    useAsTitle: 'name',
    group: 'Medical content',
    defaultColumns: ['name', 'icd10', '_status'],
  },
  defaultPopulate: { name: true, slug: true, icd10: true },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField('name'),
    {
      name: 'icd10',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      validate: eachMatching(
        ICD10,
        (bad) => `"${bad}" is not an ICD-10 code; codes look like F32, F43.1 or R45.851.`,
      ),
      admin: { description: 'ICD-10 codes, for example F32 or F43.1.' },
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 3000 },
  ],
})
