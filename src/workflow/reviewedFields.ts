/**
 * The fields whose content a medical reviewer signs off on, per collection. Everything that
 * carries medical meaning is in; presentation, SEO, scheduling, bookkeeping and staff notes
 * are out. The closing note of the workflow issue explains each choice.
 */
export const MEDICAL_COLLECTIONS = ['articles', 'treatment-options', 'risk-disclosures'] as const
export type MedicalCollection = (typeof MEDICAL_COLLECTIONS)[number]

export const REVIEWED_FIELDS: Record<MedicalCollection, readonly string[]> = {
  articles: ['title', 'summary', 'body', 'conditions', 'treatments', 'references'],
  'treatment-options': [
    'name',
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
  'risk-disclosures': ['title', 'severity', 'frequency', 'description', 'mitigation', 'references', 'effectiveDate'],
}

/** Relationship fields whose order carries no meaning: they hash as sets. */
export const SET_FIELDS: ReadonlySet<string> = new Set(['conditions', 'treatments', 'riskDisclosures'])

export function isMedicalCollection(slug: string): slug is MedicalCollection {
  return (MEDICAL_COLLECTIONS as readonly string[]).includes(slug)
}
