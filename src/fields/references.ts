import type { ArrayField } from 'payload'

import { DOI, httpUrl, matching, PMID, wholeNumber } from './validators'

/** Where a medical claim comes from: journal articles, FDA labels, guidelines. */
export const referencesField = (overrides: Partial<ArrayField> = {}): ArrayField => ({
  name: 'references',
  type: 'array',
  maxRows: 50,
  admin: {
    description:
      'Sources for the medical claims: journal articles (DOI or PubMed id), FDA labels, guidelines.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 400 },
    { name: 'url', type: 'text', required: true, maxLength: 2000, validate: httpUrl },
    { name: 'publisher', type: 'text', maxLength: 200 },
    { name: 'year', type: 'number', validate: wholeNumber(1800, new Date().getFullYear() + 1) },
    {
      name: 'doi',
      type: 'text',
      maxLength: 200,
      validate: matching(
        DOI,
        'A DOI looks like 10.1176/appi.ajp.2018.18020138 (without https://doi.org/).',
      ),
    },
    {
      name: 'pmid',
      type: 'text',
      maxLength: 9,
      validate: matching(PMID, 'A PubMed id is a number of up to 9 digits, for example 30056810.'),
    },
  ],
  ...overrides,
})
