import { slugify } from '../../src/fields/slug'
import type { Random } from './random'
import { richText, sentences, title, type Lang } from './text'

/** Generators for the documents of the benchmark dataset. Localized values are `{ en, es }` pairs. */

type Id = number | string
type Data = Record<string, unknown>

const both = <T>(make: (lang: Lang) => T): { en: T; es: T } => ({ en: make('en'), es: make('es') })

/** Twelve conditions with real ICD-10 codes, so a list filtered by one has many pages. */
export const CONDITIONS = [
  {
    slug: 'major-depressive-disorder',
    icd10: ['F32.9'],
    name: { en: 'Major depressive disorder', es: 'Trastorno depresivo mayor' },
  },
  {
    slug: 'treatment-resistant-depression',
    icd10: ['F33.9'],
    name: { en: 'Treatment-resistant depression', es: 'Depresión resistente al tratamiento' },
  },
  {
    slug: 'ptsd',
    icd10: ['F43.1'],
    name: { en: 'Post-traumatic stress disorder', es: 'Trastorno de estrés postraumático' },
  },
  {
    slug: 'generalized-anxiety-disorder',
    icd10: ['F41.1'],
    name: { en: 'Generalized anxiety disorder', es: 'Trastorno de ansiedad generalizada' },
  },
  {
    slug: 'bipolar-depression',
    icd10: ['F31.9'],
    name: { en: 'Bipolar depression', es: 'Depresión bipolar' },
  },
  {
    slug: 'ocd',
    icd10: ['F42.2'],
    name: { en: 'Obsessive-compulsive disorder', es: 'Trastorno obsesivo-compulsivo' },
  },
  { slug: 'chronic-pain', icd10: ['G89.29'], name: { en: 'Chronic pain', es: 'Dolor crónico' } },
  {
    slug: 'suicidal-ideation',
    icd10: ['R45.851'],
    name: { en: 'Suicidal ideation', es: 'Ideación suicida' },
  },
  {
    slug: 'postpartum-depression',
    icd10: ['F53.0'],
    name: { en: 'Postpartum depression', es: 'Depresión posparto' },
  },
  {
    slug: 'alcohol-use-disorder',
    icd10: ['F10.20'],
    name: { en: 'Alcohol use disorder', es: 'Trastorno por consumo de alcohol' },
  },
  {
    slug: 'social-anxiety-disorder',
    icd10: ['F40.10'],
    name: { en: 'Social anxiety disorder', es: 'Trastorno de ansiedad social' },
  },
  {
    slug: 'complex-regional-pain-syndrome',
    icd10: ['G90.50'],
    name: { en: 'Complex regional pain syndrome', es: 'Síndrome de dolor regional complejo' },
  },
] as const

/** Cities of Southern California the clinics cluster around (decimal degrees). */
export const CITIES = [
  { city: 'San Diego', lat: 32.7157, lng: -117.1611, area: '619' },
  { city: 'La Jolla', lat: 32.8328, lng: -117.2713, area: '858' },
  { city: 'Chula Vista', lat: 32.6401, lng: -117.0842, area: '619' },
  { city: 'Escondido', lat: 33.1192, lng: -117.0864, area: '760' },
  { city: 'Oceanside', lat: 33.1959, lng: -117.3795, area: '760' },
  { city: 'El Cajon', lat: 32.7948, lng: -116.9625, area: '619' },
  { city: 'Temecula', lat: 33.4936, lng: -117.1484, area: '951' },
  { city: 'Irvine', lat: 33.6846, lng: -117.8265, area: '949' },
  { city: 'Santa Ana', lat: 33.7455, lng: -117.8677, area: '714' },
  { city: 'Long Beach', lat: 33.7701, lng: -118.1937, area: '562' },
  { city: 'Los Angeles', lat: 34.0522, lng: -118.2437, area: '213' },
  { city: 'Pasadena', lat: 34.1478, lng: -118.1445, area: '626' },
  { city: 'Riverside', lat: 33.9806, lng: -117.3755, area: '951' },
] as const

const ROUTES = [
  'intravenous',
  'intranasal',
  'intramuscular',
  'oral-sublingual',
  'psychotherapy-assisted',
] as const
const STATUSES = ['fda-approved', 'off-label', 'investigational'] as const
const SEVERITIES = ['common', 'serious', 'rare-serious'] as const
const PUBLISHERS = [
  'Journal of Clinical Psychiatry',
  'American Journal of Psychiatry',
  'JAMA Psychiatry',
  'The Lancet Psychiatry',
  'U.S. Food and Drug Administration',
  'Neuropsychopharmacology',
]
const LANGUAGES = ['en', 'es', 'tl', 'vi', 'zh', 'ko']

/** A point about `km` kilometres (at most) from `center`, uniformly over the disc. */
export function pointNear(
  random: Random,
  center: { lat: number; lng: number },
  km: number,
): { lat: number; lng: number } {
  const distance = km * Math.sqrt(random.next())
  const bearing = random.next() * 2 * Math.PI
  const lat = center.lat + (distance / 111.32) * Math.cos(bearing)
  const lng =
    center.lng + (distance / (111.32 * Math.cos((center.lat * Math.PI) / 180))) * Math.sin(bearing)
  return { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) }
}

/** Journal-style references. `rowId` gives each array row its stored id (24 hex digits, as Payload makes them). */
export function references(
  random: Random,
  count: number,
  key: string,
  rowId?: () => string,
): Data[] {
  return Array.from({ length: count }, (_, index) => ({
    ...(rowId ? { id: rowId() } : {}),
    title: sentences(random, 'en', 300, 1).replace(/\.$/, ''),
    url: `https://doi.org/10.5555/bench.${key}.${index + 1}`,
    publisher: random.pick(PUBLISHERS),
    year: random.int(1998, 2025),
    doi: `10.5555/bench.${key}.${index + 1}`,
    pmid: String(random.int(10_000_000, 39_999_999)),
  }))
}

export function conditionData(random: Random, condition: (typeof CONDITIONS)[number]): Data {
  return {
    slug: condition.slug,
    name: condition.name,
    icd10: [...condition.icd10],
    description: both((lang) => sentences(random, lang, 600, 4)),
  }
}

export function disclosureData(random: Random, index: number): Data {
  const name = both((lang) => title(random, lang, 2, 5))
  return {
    slug: slugify(`risk ${index + 1} ${name.en}`),
    title: name,
    severity: random.pick(SEVERITIES),
    frequency: both((lang) => sentences(random, lang, 200, 1)),
    description: both((lang) => richText(random, lang, { words: 120 })),
    mitigation: both((lang) => sentences(random, lang, 600, 3)),
    references: references(random, random.int(1, 3), `risk-${index + 1}`),
    effectiveDate: '2026-01-01T00:00:00.000Z',
  }
}

export function treatmentData(
  random: Random,
  index: number,
  conditionIds: Id[],
  disclosureIds: Id[],
): Data {
  const route = ROUTES[index % ROUTES.length]
  const name = both((lang) => `${title(random, lang, 2, 4)} (${route})`)
  const minUsd = random.int(2, 8) * 50
  return {
    slug: slugify(`treatment ${index + 1} ${name.en}`),
    name,
    route,
    regulatoryStatus: random.pick(STATUSES),
    summary: both((lang) => sentences(random, lang, 500, 2)),
    description: both((lang) => richText(random, lang, { words: 200 })),
    approvedIndications: both((lang) => sentences(random, lang, 300, 1)),
    protocol: {
      typicalSessions: random.int(2, 12),
      sessionMinutes: random.int(20, 90),
      monitoringMinutes: random.int(30, 120),
      dosingNote: both((lang) => sentences(random, lang, 300, 1)),
    },
    onset: both((lang) => sentences(random, lang, 300, 1)),
    conditions: random.sample(conditionIds, random.int(2, 4)),
    riskDisclosures: disclosureIds,
    contraindications: both((lang) =>
      Array.from({ length: random.int(2, 4) }, () => sentences(random, lang, 300, 1)),
    ),
    cost: {
      minUsd,
      maxUsd: minUsd + random.int(1, 6) * 50,
      insuranceNote: both((lang) => sentences(random, lang, 300, 2)),
    },
    references: references(random, random.int(2, 4), `treatment-${index + 1}`),
  }
}

export function clinicData(
  random: Random,
  index: number,
  treatmentIds: Id[],
  conditionIds: Id[],
  medicalDirector: Id,
): Data {
  const city = random.pick(CITIES)
  const name = both(
    (lang) =>
      `${lang === 'en' ? 'Harborlight Clinic' : 'Clínica Harborlight'} – ${city.city} ${index + 1}`,
  )
  const weekdays = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
    day,
    opens: '08:30',
    closes: '17:30',
  }))
  return {
    slug: slugify(`clinic ${index + 1} ${city.city}`),
    name,
    address: {
      street: `${random.int(100, 9999)} ${title(random, 'en', 1, 2)} Avenue`,
      city: city.city,
      state: 'CA',
      postalCode: String(random.int(90001, 92899)),
      country: 'US',
    },
    location: pointNear(random, city, 12),
    phone: `+1${city.area}555${String(random.int(0, 9999)).padStart(4, '0')}`,
    email: `clinic${index + 1}@harborlight.example`,
    bookingUrl: `https://harborlight.example/book/clinic-${index + 1}`,
    timezone: 'America/Los_Angeles',
    hours:
      random.next() < 0.5
        ? weekdays
        : [...weekdays, { day: 'sat', opens: '09:00', closes: '13:00' }],
    treatmentsOffered: random.sample(treatmentIds, random.int(3, 8)),
    conditionsTreated: random.sample(conditionIds, random.int(3, 8)),
    languages: ['en', ...random.sample(LANGUAGES.slice(1), random.int(1, 3))],
    insuranceNote: both((lang) => sentences(random, lang, 900, 3)),
    accessibilityNote: both((lang) => sentences(random, lang, 900, 2)),
    medicalDirector,
  }
}
