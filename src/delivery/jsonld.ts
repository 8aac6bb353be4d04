import type {
  DayOfWeek,
  MedicalClinic,
  MedicalCondition,
  MedicalContraindication,
  MedicalEntity,
  MedicalTherapy,
  MedicalWebPage,
  OpeningHoursSpecification,
  Person,
  WithContext,
} from 'schema-dts'

import type { ClinicLocation } from '../payload-types'

/** Plain shapes the builders read: documents as the API returns them at depth 2, in one locale. */
export interface PersonInfo {
  name?: null | string
  credentials?: null | string[]
  specialty?: null | string
}

export interface ConditionInfo {
  name?: null | string
  icd10?: null | string[]
}

export interface ReferenceInfo {
  title?: null | string
  url?: null | string
  doi?: null | string
  pmid?: null | string
}

export interface DisclosureInfo {
  title?: null | string
  severity?: null | string
  frequency?: null | string
  mitigation?: null | string
}

export interface TreatmentInfo {
  name?: null | string
  summary?: null | string
  slug?: null | string
  route?: null | string
  contraindications?: null | string[]
  riskDisclosures?: DisclosureInfo[]
  conditions?: ConditionInfo[]
}

export interface ArticleInfo {
  title?: null | string
  summary?: null | string
  slug?: null | string
  publishedAt?: null | string
  updatedAt?: null | string
  lastReviewedAt?: null | string
  conditions?: ConditionInfo[]
  treatments?: TreatmentInfo[]
  references?: null | ReferenceInfo[]
  byline?: { reviewer?: null | PersonInfo; authors?: null | PersonInfo[] }
}

const present = <T>(items: Array<null | T | undefined> | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null && item !== undefined)

function person(info: PersonInfo | null | undefined): Person | undefined {
  if (!info?.name) return undefined
  return {
    '@type': 'Person',
    name: info.name,
    ...(info.credentials?.length ? { honorificSuffix: info.credentials.join(', ') } : {}),
    ...(info.specialty ? { jobTitle: info.specialty } : {}),
  }
}

function condition(info: ConditionInfo): MedicalCondition {
  return {
    '@type': 'MedicalCondition',
    name: info.name ?? undefined,
    code: present(info.icd10).map((code) => ({
      '@type': 'MedicalCode',
      codeValue: code,
      codingSystem: 'ICD-10',
    })),
  }
}

function citation(reference: ReferenceInfo): string {
  const ids = [
    reference.doi ? `doi:${reference.doi}` : '',
    reference.pmid ? `PMID ${reference.pmid}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  return [reference.title, reference.url, ids].filter(Boolean).join('. ')
}

const dateOnly = (value: null | string | undefined) => (value ? value.slice(0, 10) : undefined)

export function articleJsonLd(
  article: ArticleInfo,
  options: { locale: string; url: string },
): WithContext<MedicalWebPage> {
  const reviewer = person(article.byline?.reviewer)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: options.url,
    headline: article.title ?? undefined,
    description: article.summary ?? undefined,
    inLanguage: options.locale,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? undefined,
    lastReviewed: dateOnly(article.lastReviewedAt),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
    author: present(article.byline?.authors)
      .map(person)
      .filter((entry): entry is Person => Boolean(entry)),
    about: present(article.conditions).map(condition),
    mentions: present(article.treatments).map((treatment) => ({
      '@type': 'MedicalTherapy',
      name: treatment.name ?? undefined,
    })),
    citation: present(article.references).map(citation),
  }
}

function outcome(disclosure: DisclosureInfo): MedicalEntity {
  return {
    '@type': 'MedicalEntity',
    name: disclosure.title ?? undefined,
    ...(disclosure.frequency ? { description: disclosure.frequency } : {}),
  }
}

const isSerious = (disclosure: DisclosureInfo) =>
  disclosure.severity === 'serious' || disclosure.severity === 'rare-serious'

export function treatmentJsonLd(
  treatment: TreatmentInfo,
  options: { locale: string; url: string },
): WithContext<MedicalTherapy> {
  const disclosures = present(treatment.riskDisclosures)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalTherapy',
    url: options.url,
    name: treatment.name ?? undefined,
    description: treatment.summary ?? undefined,
    adverseOutcome: disclosures.filter((disclosure) => !isSerious(disclosure)).map(outcome),
    seriousAdverseOutcome: disclosures.filter(isSerious).map(outcome),
    contraindication: present(treatment.contraindications).map((text): MedicalContraindication => ({
      '@type': 'MedicalContraindication',
      name: text,
    })),
  }
}

const DAYS: Record<string, DayOfWeek> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
}

export interface ClinicInfo extends Pick<
  ClinicLocation,
  'address' | 'email' | 'hours' | 'languages' | 'location' | 'phone'
> {
  name?: null | string
  bookingUrl?: null | string
  treatmentsOffered?: TreatmentInfo[]
}

export function clinicJsonLd(
  clinic: ClinicInfo,
  options: { url: string },
): WithContext<MedicalClinic> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    url: options.url,
    name: clinic.name ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: clinic.address.street,
      addressLocality: clinic.address.city,
      addressRegion: clinic.address.state,
      postalCode: clinic.address.postalCode,
      addressCountry: clinic.address.country,
    },
    geo: {
      '@type': 'GeoCoordinates',
      latitude: clinic.location.lat,
      longitude: clinic.location.lng,
    },
    ...(clinic.phone ? { telephone: clinic.phone } : {}),
    ...(clinic.email ? { email: clinic.email } : {}),
    openingHoursSpecification: present(clinic.hours).map((row): OpeningHoursSpecification => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: DAYS[row.day],
      opens: row.opens,
      closes: row.closes,
    })),
    availableService: present(clinic.treatmentsOffered).map((treatment) => ({
      '@type': 'MedicalTherapy',
      name: treatment.name ?? undefined,
    })),
    knowsLanguage: present(clinic.languages),
  }
}
