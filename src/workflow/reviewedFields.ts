/**
 * The fields whose content a medical reviewer signs off on, per collection: everything a reader
 * or a search engine sees as the document's own text, links or images (the slug and the SEO
 * title and description included: a search result is a public claim too). Out: scheduling,
 * bookkeeping, staff notes and the workflow's own fields. The README's workflow section gives
 * the reasons field by field.
 */
export const MEDICAL_COLLECTIONS = ['articles', 'treatment-options', 'risk-disclosures'] as const
export type MedicalCollection = (typeof MEDICAL_COLLECTIONS)[number]

export const REVIEWED_FIELDS: Record<MedicalCollection, readonly string[]> = {
  articles: [
    'title',
    'slug',
    'summary',
    'body',
    'heroImage',
    'conditions',
    'treatments',
    'references',
    'seo',
  ],
  'treatment-options': [
    'name',
    'slug',
    'route',
    'summary',
    'description',
    'regulatoryStatus',
    'approvedIndications',
    'protocol',
    'onset',
    'conditions',
    'riskDisclosures',
    'contraindications',
    'cost',
    'references',
  ],
  'risk-disclosures': [
    'title',
    'slug',
    'severity',
    'frequency',
    'description',
    'mitigation',
    'references',
    'effectiveDate',
  ],
}

/** Relationship fields whose order carries no meaning: they hash as sets. */
export const SET_FIELDS: ReadonlySet<string> = new Set([
  'conditions',
  'treatments',
  'riskDisclosures',
])

export function isMedicalCollection(slug: string): slug is MedicalCollection {
  return (MEDICAL_COLLECTIONS as readonly string[]).includes(slug)
}
