import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  approveDocument,
  articleData,
  createTeam,
  disclosureData,
  publishApproved,
  richText,
  treatmentData,
  type Team,
} from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let team: Team
const ids: Record<string, number | string> = {}

const SAN_DIEGO = { lat: 32.7157, lng: -117.1611 }

function clinicData(
  slug: string,
  name: string,
  lat: number,
  lng: number,
  extra: Record<string, unknown> = {},
) {
  return {
    name,
    slug,
    address: {
      street: '1 Test Street',
      city: name.split(' ').pop(),
      state: 'CA',
      postalCode: '92101',
      country: 'US',
    },
    location: { lat, lng },
    phone: '+16195550100',
    hours: [
      { day: 'mon', opens: '09:00', closes: '17:00' },
      { day: 'sat', opens: '10:00', closes: '14:00' },
    ],
    languages: ['en', 'es'],
    ...extra,
  }
}

async function publishEditorial(collection: string, data: Record<string, unknown>) {
  const response = await server.api.post(
    `/api/${collection}`,
    { ...data, _status: 'published' },
    { token: team.editor.token },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id
}

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  const { api } = server
  ids.condition = await publishEditorial('conditions', {
    name: 'Treatment-resistant depression',
    icd10: ['F32', 'F33'],
  })
  ids.common = await publishApproved(
    api,
    team,
    'risk-disclosures',
    disclosureData({ title: 'Nausea', severity: 'common' }),
  )
  ids.serious = await publishApproved(
    api,
    team,
    'risk-disclosures',
    disclosureData({ title: 'Raised blood pressure', severity: 'serious' }),
  )
  ids.rare = await publishApproved(
    api,
    team,
    'risk-disclosures',
    disclosureData({ title: 'Psychosis', severity: 'rare-serious' }),
  )
  const draft = await api.post(
    '/api/risk-disclosures',
    disclosureData({ title: 'Unpublished risk' }),
    { token: team.editor.token },
  )
  ids.draftDisclosure = draft.body.doc.id
  ids.iv = await publishApproved(
    api,
    team,
    'treatment-options',
    treatmentData({
      name: 'IV infusion',
      riskDisclosures: [ids.common, ids.serious],
      conditions: [ids.condition],
    }),
  )
  // No path publishes a treatment with an unpublished disclosure any more; a row written before
  // that rule still may link one, and readers must not get it.
  await server.payload.db.updateOne({
    collection: 'treatment-options',
    id: ids.iv,
    data: { riskDisclosures: [ids.common, ids.serious, ids.draftDisclosure] },
  })
  ids.spray = await publishApproved(
    api,
    team,
    'treatment-options',
    treatmentData({
      name: 'Nasal spray',
      route: 'intranasal',
      riskDisclosures: [ids.rare, ids.serious],
    }),
  )
  ids.downtown = await publishEditorial(
    'clinic-locations',
    clinicData('downtown', 'Clinic San Diego', SAN_DIEGO.lat, SAN_DIEGO.lng, {
      treatmentsOffered: [ids.iv, ids.spray],
    }),
  )
  ids.laJolla = await publishEditorial(
    'clinic-locations',
    clinicData('la-jolla', 'Clinic La Jolla', 32.8328, -117.2713, { treatmentsOffered: [ids.iv] }),
  )
  ids.escondido = await publishEditorial(
    'clinic-locations',
    clinicData('escondido', 'Clinic Escondido', 33.1192, -117.0864, {
      treatmentsOffered: [ids.spray],
    }),
  )
  const unpublishedClinic = await api.post(
    '/api/clinic-locations',
    clinicData('chula-vista', 'Clinic Chula Vista', 32.6401, -117.0842),
    { token: team.editor.token },
  )
  ids.unpublishedClinic = unpublishedClinic.body.doc.id
  const article = await api.post(
    '/api/articles',
    articleData({
      slug: 'what-to-expect',
      treatments: [ids.iv, ids.spray],
      conditions: [ids.condition],
      clinics: [ids.downtown],
    }),
    { token: team.editor.token },
  )
  ids.article = article.body.doc.id
  await api.patch(
    `/api/articles/${ids.article}?locale=es&draft=true`,
    {
      title: 'Qué esperar',
      summary: 'Cómo funciona.',
      body: richText('La ketamina actúa sobre el sistema del glutamato.'),
    },
    { token: team.editor.token },
  )
  await approveDocument(api, 'articles', ids.article, team.editor, team.reviewer)
  expect(
    (
      await api.patch(
        `/api/articles/${ids.article}`,
        { _status: 'published' },
        { token: team.editor.token },
      )
    ).status,
  ).toBe(200)
})

afterAll(async () => {
  await server?.close()
})

describe('fair balance', () => {
  it('gives a treatment its published risk disclosures, expanded and serious first, at every depth', async () => {
    for (const depth of [0, 1, 2]) {
      const response = await server.api.get(`/api/treatment-options/${ids.iv}?depth=${depth}`)
      expect(response.status).toBe(200)
      expect(response.body.riskDisclosures.map((risk: { title: string }) => risk.title)).toEqual([
        'Raised blood pressure',
        'Nausea',
      ])
      expect(response.body.riskDisclosures[0]).toMatchObject({
        severity: 'serious',
        slug: expect.any(String),
        frequency: expect.any(String),
      })
    }
  })

  it('gives an article the deduplicated disclosures of its treatments, serious first, over REST and GraphQL', async () => {
    for (const depth of [0, 2]) {
      const response = await server.api.get(`/api/articles/${ids.article}?depth=${depth}`)
      expect(response.body.riskDisclosures.map((risk: { title: string }) => risk.title)).toEqual([
        'Raised blood pressure',
        'Psychosis',
        'Nausea',
      ])
    }
    const graphql = await server.api.graphql(
      `{ Articles(where: { slug: { equals: "what-to-expect" } }) { docs { riskDisclosures { title severity } treatments { name riskDisclosures { title } } byline { reviewer { name credentials specialty } reviewedAt } } } }`,
    )
    const article = graphql.body.data.Articles.docs[0]
    expect(article.riskDisclosures).toEqual([
      { title: 'Raised blood pressure', severity: 'serious' },
      { title: 'Psychosis', severity: 'rare_serious' },
      { title: 'Nausea', severity: 'common' },
    ])
    expect(
      article.treatments[0].riskDisclosures.map((risk: { title: string }) => risk.title),
    ).toEqual(['Raised blood pressure', 'Nausea'])
    expect(article.byline.reviewer).toEqual({
      name: 'Dr. Rosa Reyes',
      credentials: ['MD'],
      specialty: 'Psychiatry',
    })
    expect(article.byline.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('shows the public byline without exposing the user records', async () => {
    const article = await server.api.get(`/api/articles/${ids.article}`)
    expect(article.body.byline.reviewer).toMatchObject({
      name: 'Dr. Rosa Reyes',
      credentials: ['MD'],
      specialty: 'Psychiatry',
    })
    expect(JSON.stringify(article.body.byline)).not.toMatch(/licen|email/i)
    expect((await server.api.get(`/api/users/${team.reviewer.id}`)).status).toBe(403)
  })
})

describe('structured data', () => {
  it('describes an article as a MedicalWebPage, in the requested locale', async () => {
    const response = await server.api.get(`/api/articles/${ids.article}/jsonld`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/ld+json')
    const page = response.body
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'What to expect from ketamine therapy',
      inLanguage: 'en',
      lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Rosa Reyes',
        honorificSuffix: 'MD',
        jobTitle: 'Psychiatry',
      },
      about: [
        {
          '@type': 'MedicalCondition',
          name: 'Treatment-resistant depression',
          code: [{ codeValue: 'F32' }, { codeValue: 'F33' }],
        },
      ],
      mentions: [
        { '@type': 'MedicalTherapy', name: 'IV infusion' },
        { '@type': 'MedicalTherapy', name: 'Nasal spray' },
      ],
    })
    expect(page.citation[0]).toContain('10.1000/example.2020.1')
    const spanish = (await server.api.get(`/api/articles/${ids.article}/jsonld?locale=es`)).body
    expect(spanish).toMatchObject({
      headline: 'Qué esperar',
      inLanguage: 'es',
      description: 'Cómo funciona.',
    })
  })

  it('describes a treatment as a MedicalTherapy with outcomes by severity and contraindications', async () => {
    const therapy = (await server.api.get(`/api/treatment-options/${ids.iv}/jsonld`)).body
    expect(therapy['@type']).toBe('MedicalTherapy')
    expect(therapy.adverseOutcome.map((outcome: { name: string }) => outcome.name)).toEqual([
      'Nausea',
    ])
    expect(therapy.seriousAdverseOutcome.map((outcome: { name: string }) => outcome.name)).toEqual([
      'Raised blood pressure',
    ])
    expect(therapy.contraindication[0]).toEqual({
      '@type': 'MedicalContraindication',
      name: 'Uncontrolled high blood pressure',
    })
  })

  it('describes a clinic as a MedicalClinic and is available as a GraphQL field', async () => {
    const clinic = (await server.api.get(`/api/clinic-locations/${ids.downtown}/jsonld`)).body
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Diego',
        addressRegion: 'CA',
        postalCode: '92101',
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: SAN_DIEGO.lat, longitude: SAN_DIEGO.lng },
      telephone: '+16195550100',
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: 'https://schema.org/Monday',
          opens: '09:00',
          closes: '17:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: 'https://schema.org/Saturday',
          opens: '10:00',
          closes: '14:00',
        },
      ],
      availableService: [{ name: 'IV infusion' }, { name: 'Nasal spray' }],
      knowsLanguage: ['en', 'es'],
    })
    const graphql = await server.api.graphql(`{ ClinicLocation(id: ${ids.downtown}) { jsonLd } }`)
    expect(graphql.body.data.ClinicLocation.jsonLd['@type']).toBe('MedicalClinic')
  })

  it('answers 404 for content the caller cannot see', async () => {
    expect(
      (await server.api.get(`/api/clinic-locations/${ids.unpublishedClinic}/jsonld`)).status,
    ).toBe(404)
    expect((await server.api.get('/api/articles/999999/jsonld')).status).toBe(404)
  })
})

describe('nearby clinics', () => {
  it('lists published clinics within the radius, nearest first, with great-circle distances', async () => {
    const response = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&radiusKm=25`,
    )
    expect(response.status).toBe(200)
    expect(response.body.docs.map((clinic: { slug: string }) => clinic.slug)).toEqual([
      'downtown',
      'la-jolla',
    ])
    expect(response.body.docs[0].distanceKm).toBe(0)
    expect(response.body.docs[1].distanceKm).toBeCloseTo(16.6, 0)
    const wide = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&radiusKm=100&limit=2`,
    )
    expect(wide.body.docs.map((clinic: { slug: string }) => clinic.slug)).toEqual([
      'downtown',
      'la-jolla',
    ])
    const all = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&radiusKm=100`,
    )
    expect(all.body.docs.map((clinic: { slug: string }) => clinic.slug)).toEqual([
      'downtown',
      'la-jolla',
      'escondido',
    ])
    // Each clinic is the document an anonymous reader gets by id at the same depth, plus its distance.
    for (const { distanceKm, ...clinic } of all.body.docs) {
      expect(typeof distanceKm).toBe('number')
      expect(clinic).toEqual(
        (await server.api.get(`/api/clinic-locations/${clinic.id}?depth=1`)).body,
      )
    }
  })

  it('filters by treatment slug or id', async () => {
    const bySlug = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&radiusKm=100&treatment=${(await server.api.get(`/api/treatment-options/${ids.spray}`)).body.slug}`,
    )
    expect(bySlug.body.docs.map((clinic: { slug: string }) => clinic.slug)).toEqual([
      'downtown',
      'escondido',
    ])
    const byId = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&radiusKm=100&treatment=${ids.iv}`,
    )
    expect(byId.body.docs.map((clinic: { slug: string }) => clinic.slug)).toEqual([
      'downtown',
      'la-jolla',
    ])
    const unknown = await server.api.get(
      `/api/clinic-locations/near?lat=${SAN_DIEGO.lat}&lng=${SAN_DIEGO.lng}&treatment=no-such-treatment`,
    )
    expect(unknown.body.docs).toEqual([])
  })

  it.each([
    ['lng=1', 'lat'],
    ['lat=abc&lng=1', 'lat'],
    ['lat=91&lng=1', 'lat'],
    ['lat=1', 'lng'],
    ['lat=1&lng=-181', 'lng'],
    ['lat=1&lng=1&radiusKm=0', 'radiusKm'],
    ['lat=1&lng=1&radiusKm=-5', 'radiusKm'],
    ['lat=1&lng=1&radiusKm=501', 'radiusKm'],
    ['lat=1&lng=1&radiusKm=Infinity', 'radiusKm'],
    ['lat=1&lng=1&limit=101', 'limit'],
    ['lat=1&lng=1&limit=0', 'limit'],
    ['lat=1&lng=1&limit=2.5', 'limit'],
    ['lat=1&lng=1&treatment=%3Cscript%3E', 'treatment'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const response = await server.api.get(`/api/clinic-locations/near?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data).toMatchObject({
      rule: 'invalid-parameter',
      field: parameter,
    })
    expect(response.body.errors[0].message.startsWith(`${parameter}:`)).toBe(true)
  })

  it('is available as clinicsNear over GraphQL, with the same checks', async () => {
    const response = await server.api.graphql(
      `{ clinicsNear(lat: ${SAN_DIEGO.lat}, lng: ${SAN_DIEGO.lng}, radiusKm: 25) { distanceKm clinic { slug treatmentsOffered { name } } } }`,
    )
    expect(
      response.body.data.clinicsNear.map(
        (entry: { clinic: { slug: string } }) => entry.clinic.slug,
      ),
    ).toEqual(['downtown', 'la-jolla'])
    expect(
      response.body.data.clinicsNear[0].clinic.treatmentsOffered.map(
        (t: { name: string }) => t.name,
      ),
    ).toEqual(['IV infusion', 'Nasal spray'])
    const bad = await server.api.graphql(
      '{ clinicsNear(lat: 1, lng: 1, radiusKm: 600) { distanceKm } }',
    )
    expect(bad.body.errors?.[0]).toMatchObject({
      message: 'radiusKm: must be more than 0 and at most 500.',
      extensions: { statusCode: 400 },
    })
  })
})

describe('sitemap', () => {
  it('lists published articles, treatments and clinics with alternates and review dates', async () => {
    const response = await server.api.get('/api/sitemap')
    expect(response.status).toBe(200)
    const entries = response.body.entries as Array<{
      type: string
      id: number
      slug: string
      lastReviewed: null | string
      alternates: Array<{ locale: string }>
    }>
    const article = entries.find((entry) => entry.type === 'article' && entry.id === ids.article)!
    expect(article.slug).toBe('what-to-expect')
    expect(article.lastReviewed).toMatch(/^\d{4}-/)
    expect(article.alternates.map((alternate) => alternate.locale).sort()).toEqual(['en', 'es'])
    expect(entries.filter((entry) => entry.type === 'treatment')).toHaveLength(2)
    expect(
      entries
        .filter((entry) => entry.type === 'clinic')
        .map((entry) => entry.slug)
        .sort(),
    ).toEqual(['downtown', 'escondido', 'la-jolla'])
    const page = await server.api.get('/api/sitemap?type=clinic&limit=2&page=2')
    expect(page.body.entries).toHaveLength(1)
    expect((await server.api.get('/api/sitemap?limit=9999')).status).toBe(400)
    expect((await server.api.get('/api/sitemap?type=users')).body.errors[0].data.field).toBe('type')
  })
})

describe('response cache', () => {
  it('serves anonymous reads from the cache with an ETag, answers 304, and never caches private reads', async () => {
    const url = `/api/articles/${ids.article}?depth=1`
    const first = await server.api.get(url)
    const second = await server.api.get(url)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.body).toEqual(first.body)
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    const revalidated = await server.api.get(url, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)

    const authenticated = await server.api.get(url, { token: team.editor.token })
    expect(authenticated.headers.get('x-cache')).toBeNull()
    expect(authenticated.headers.get('cache-control')).toBe('private, no-store')
    const draft = await server.api.get(`${url}&draft=true`)
    expect(draft.headers.get('x-cache')).toBeNull()
  })

  it('caches GraphQL queries but not mutations or draft reads', async () => {
    const query = '{ TreatmentOptions { docs { name } } }'
    expect((await server.api.graphql(query)).headers.get('x-cache')).toBe('MISS')
    expect((await server.api.graphql(query)).headers.get('x-cache')).toBe('HIT')
    expect(
      (await server.api.graphql('{ TreatmentOptions(draft: true) { docs { name } } }')).headers.get(
        'x-cache',
      ),
    ).toBeNull()
    const mutation = await server.api.graphql(
      'mutation { createCondition(data: { name: "X" }) { id } }',
    )
    expect(mutation.headers.get('x-cache')).toBeNull()
  })

  it('keeps one cached answer per operation of a GraphQL document, and none for an operation about the caller', async () => {
    const document = [
      'query Names { TreatmentOptions { docs { name } } }',
      'query Slugs { TreatmentOptions { docs { slug } } }',
      'query Me { meUser { user { email } } }',
    ].join(' ')
    const ask = (operationName?: string) =>
      server.api.post('/api/graphql', { query: document, operationName })
    const names = await ask('Names')
    expect(names.headers.get('x-cache')).toBe('MISS')
    expect(names.body.data.TreatmentOptions.docs[0]).toEqual({ name: expect.any(String) })
    expect((await ask('Names')).headers.get('x-cache')).toBe('HIT')
    // The same text with another operation is that operation's answer, not the first one's.
    const slugs = await ask('Slugs')
    expect(slugs.headers.get('x-cache')).toBe('MISS')
    expect(slugs.body.data.TreatmentOptions.docs[0]).toEqual({ slug: expect.any(String) })
    // An answer about the caller is never shared, though its document's other operations are.
    for (const attempt of [1, 2]) {
      const me = await ask('Me')
      expect(me.status, `attempt ${attempt}`).toBe(200)
      expect(me.headers.get('x-cache'), `attempt ${attempt}`).toBeNull()
      const unnamed = await ask()
      expect(unnamed.headers.get('x-cache'), `attempt ${attempt}`).toBeNull()
      expect(unnamed.body.errors?.[0]?.message).toMatch(/operation/i)
    }
  })

  it('drops the cached answers that contain changed content, before the write returns, and keeps the others', async () => {
    const unrelated = `/api/treatment-options/${ids.spray}`
    const clinicUrl = `/api/clinic-locations/${ids.escondido}`
    for (const url of [unrelated, clinicUrl]) {
      await server.api.get(url)
      expect((await server.api.get(url)).headers.get('x-cache')).toBe('HIT')
    }
    const change = await server.api.patch(
      clinicUrl,
      { phone: '+16195550199' },
      { token: team.editor.token },
    )
    expect(change.status).toBe(200)
    const clinic = await server.api.get(clinicUrl)
    expect(clinic.headers.get('x-cache')).toBe('MISS')
    expect(clinic.body.phone).toBe('+16195550199')
    expect((await server.api.get(unrelated)).headers.get('x-cache')).toBe('HIT')
  })
})

/** The GraphQL-over-HTTP media type under which a refused document answers 400 (with application/json, 200). */
const STRICT_GRAPHQL = { accept: 'application/graphql-response+json' }

describe('GraphQL hardening', () => {
  it('refuses queries nested deeper than the limit, naming depth and limit', async () => {
    const deep =
      '{ Articles { docs { treatments { riskDisclosures { treatments { docs { conditions { name } } } } } } } }'
    const ok = await server.api.graphql(deep)
    expect(ok.body.errors).toBeUndefined()
    let nested = '{ name }'
    for (let level = 0; level < 6; level += 1)
      nested = `{ treatments ${nested.replace('{ name }', '{ riskDisclosures { treatments { docs { name } } } }')} }`
    const tooDeep = await server.api.graphql(
      `{ Articles { docs ${nested.replace(/^\{ treatments /, '{ treatments ')} } }`,
      undefined,
      { headers: STRICT_GRAPHQL },
    )
    expect(tooDeep.status).toBe(400)
    expect(tooDeep.body.errors?.[0].message).toMatch(/Query depth \d+ exceeds the limit of 10\./)
  })

  it('refuses alias bombs by complexity', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, index) => `a${index}: Articles { docs { title treatments { name } } }`,
    ).join(' ')
    const response = await server.api.graphql(`{ ${aliases} }`, undefined, {
      headers: STRICT_GRAPHQL,
    })
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].message).toMatch(/complexity/i)
  })

  it('refuses oversized bodies with 413 and a JSON error', async () => {
    const huge = await server.api.post('/api/graphql', {
      query: `{ __typename } # ${'x'.repeat(300 * 1024)}`,
    })
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].data.rule).toBe('body-too-large')
    const rest = await server.api.post(
      '/api/conditions',
      { name: 'x'.repeat(1100 * 1024) },
      { token: team.editor.token },
    )
    expect(rest.status).toBe(413)
  })
})
