/**
 * Compile-time half of the frontend contract: Payload's SDK typed with the generated `Config`
 * as a frontend project uses it. `npm run typecheck` compiles this file and never runs it; the
 * `@ts-expect-error` lines fail the compile if the types stop refusing what the API refuses.
 * The runtime half is in contract-rest.test.ts.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type {
  ApiErrorResponse,
  Article,
  Config,
  NearbyClinicsResponse,
  Sitemap,
  WorkflowResult,
} from '../../src/payload-types'

export const createSdk = (baseURL: string) => new PayloadSDK<Config>({ baseURL })

export async function articlePage(
  sdk: PayloadSDK<Config>,
  slug: string,
): Promise<{ title: string; treatments: string[]; disclosures: string[] }> {
  const page = await sdk.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    depth: 2,
    locale: 'es',
    limit: 1,
  })
  const article: Article = page.docs[0]
  const treatments = (article.treatments ?? []).flatMap((treatment) =>
    typeof treatment === 'object' ? [treatment.name] : [],
  )
  const disclosures = (article.riskDisclosures ?? []).flatMap((risk) =>
    typeof risk === 'object' ? [risk.title] : [],
  )
  return { title: article.title, treatments, disclosures }
}

export async function writes(
  sdk: PayloadSDK<Config>,
  init: RequestInit,
  file: Blob,
): Promise<void> {
  // The server fills in slugs, authors, a clinic's country and time zone: a create may leave them out.
  await sdk.create(
    {
      collection: 'articles',
      data: { title: 'Draft', references: [{ title: 'A source', url: 'https://example.org' }] },
    },
    init,
  )
  await sdk.create(
    {
      collection: 'clinic-locations',
      data: {
        name: 'Clinic',
        address: { street: '1 A St', city: 'San Diego', state: 'CA', postalCode: '92101' },
        location: { lat: 32.7, lng: -117.1 },
      },
    },
    init,
  )
  await sdk.create({ collection: 'media', data: { alt: 'A photo' }, file }, init)
  await sdk.update({ collection: 'conditions', id: 1, data: { description: 'Updated' } }, init)
  // @ts-expect-error a title is text
  await sdk.create({ collection: 'articles', data: { title: 5 } }, init)
  await sdk.create(
    // @ts-expect-error severity is one of the listed values
    { collection: 'risk-disclosures', data: { title: 'Risk', severity: 'mild' } },
    init,
  )
  // @ts-expect-error only upload collections take a file
  await sdk.create({ collection: 'conditions', data: { name: 'Condition' }, file }, init)
}

export async function account(sdk: PayloadSDK<Config>): Promise<string | undefined> {
  const { token, user } = await sdk.login({
    collection: 'users',
    data: { email: 'editor@example.com', password: 'correct horse battery staple' },
  })
  const me = await sdk.me({ collection: 'users' }, { headers: { authorization: `JWT ${token}` } })
  return me.user?.name ?? user.name
}

/** The custom endpoints' answers have generated types too. */
export async function customEndpoints(sdk: PayloadSDK<Config>): Promise<{
  nearestKm: number
  firstPage: string
  reviewStatus: string | undefined
  errorCode: string | undefined
}> {
  const near = (await (
    await sdk.request({
      method: 'GET',
      path: '/clinic-locations/near',
      args: { lat: 32.7, lng: -117.1 } as never,
    })
  ).json()) as NearbyClinicsResponse
  const sitemap = (await (await sdk.request({ method: 'GET', path: '/sitemap' })).json()) as Sitemap
  const submitted = (await (
    await sdk.request({
      method: 'POST',
      path: '/articles/1/submit-for-review',
      json: { note: 'Ready' },
    })
  ).json()) as WorkflowResult | ApiErrorResponse
  const refusal = 'errors' in submitted ? (submitted as ApiErrorResponse) : undefined
  return {
    nearestKm: near.docs[0].distanceKm,
    firstPage: sitemap.entries[0].url,
    reviewStatus: refusal ? undefined : (submitted as WorkflowResult).reviewStatus,
    errorCode: refusal?.errors[0].code,
  }
}
