import type { ApiClient } from './api'
import {
  approveDocument,
  articleData,
  disclosureData,
  publishApproved,
  richText,
  treatmentData,
  type Team,
} from './fixtures'

export interface ArticlePage {
  article: number | string
  slug: string
  treatment: number | string
  otherTreatment: number | string
  disclosure: number | string
  clinic: number | string
  otherClinic: number | string
  condition: number | string
}

async function publishEditorial(
  api: ApiClient,
  team: Team,
  collection: string,
  data: Record<string, unknown>,
): Promise<number | string> {
  const response = await api.post(
    `/api/${collection}`,
    { ...data, _status: 'published' },
    { token: team.editor.token },
  )
  if (response.status !== 201)
    throw new Error(`create ${collection}: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc.id
}

const clinic = (
  name: string,
  slug: string,
  lat: number,
  lng: number,
  treatmentsOffered: Array<number | string>,
) => ({
  name,
  slug,
  address: {
    street: '100 Harbor Drive',
    city: 'San Diego',
    state: 'CA',
    postalCode: '92101',
    country: 'US',
  },
  location: { lat, lng },
  treatmentsOffered,
  languages: ['en', 'es'],
})

/**
 * What a frontend's article page shows, published through the workflow: an article in English
 * and Spanish (both approved) about a condition, with a treatment, its risk disclosure and a clinic; and, apart
 * from it, a second treatment and clinic that the article does not contain.
 */
export async function publishArticlePage(api: ApiClient, team: Team): Promise<ArticlePage> {
  const condition = await publishEditorial(api, team, 'conditions', {
    name: 'Treatment-resistant depression',
    icd10: ['F32'],
  })
  const disclosure = await publishApproved(
    api,
    team,
    'risk-disclosures',
    disclosureData({ title: 'Raised blood pressure', severity: 'serious' }),
  )
  const treatment = await publishApproved(
    api,
    team,
    'treatment-options',
    treatmentData({ name: 'IV infusion', riskDisclosures: [disclosure], conditions: [condition] }),
  )
  const otherTreatment = await publishApproved(
    api,
    team,
    'treatment-options',
    treatmentData({ name: 'Nasal spray', route: 'intranasal', riskDisclosures: [disclosure] }),
  )
  const clinicId = await publishEditorial(
    api,
    team,
    'clinic-locations',
    clinic('Clinic Downtown', 'downtown', 32.7157, -117.1611, [treatment]),
  )
  const otherClinic = await publishEditorial(
    api,
    team,
    'clinic-locations',
    clinic('Clinic Escondido', 'escondido', 33.1192, -117.0864, [otherTreatment]),
  )
  const slug = 'your-first-infusion'
  const created = await api.post(
    '/api/articles',
    articleData({ slug, treatments: [treatment], conditions: [condition], clinics: [clinicId] }),
    { token: team.editor.token },
  )
  if (created.status !== 201)
    throw new Error(`create article: ${created.status} ${JSON.stringify(created.body)}`)
  const article = created.body.doc.id
  // A complete translation, so the reviewer approves Spanish too and the Spanish page is public.
  await api.patch(
    `/api/articles/${article}?locale=es&draft=true`,
    {
      title: 'Su primera infusión',
      summary: 'Qué esperar.',
      body: richText('La ketamina actúa sobre el sistema del glutamato.'),
    },
    { token: team.editor.token },
  )
  await approveDocument(api, 'articles', article, team.editor, team.reviewer)
  const published = await api.patch(
    `/api/articles/${article}`,
    { _status: 'published' },
    { token: team.editor.token },
  )
  if (published.status !== 200)
    throw new Error(`publish article: ${published.status} ${JSON.stringify(published.body)}`)
  return {
    article,
    slug,
    treatment,
    otherTreatment,
    disclosure,
    clinic: clinicId,
    otherClinic,
    condition,
  }
}
