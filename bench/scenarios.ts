import type { Dataset } from './seed/dataset'

/**
 * The benchmark's scenarios: what each one asks, over which keys it rotates, and how a
 * response is recognised as a real answer. The same definitions drive the CMS and the bare
 * baseline, which accepts the same requests for S1–S3.
 */

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7'

export interface BenchRequest {
  method: 'GET' | 'PATCH' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface Scenario {
  id: ScenarioId
  title: string
  /** Reads fail the run on any non-2xx answer or timeout; writes are reported only. */
  kind: 'read' | 'write'
  /** Whether the bare baseline answers it too. */
  baseline: boolean
  /** The distinct requests the scenario rotates through. */
  requests: readonly BenchRequest[]
  /** True when a response body is a real answer (not an empty list or a GraphQL error). */
  verify: (body: string) => boolean
}

export interface ScenarioOptions {
  /** How many different articles S1 and S2 rotate through (S5 saves the others). */
  slugs: number
  /** The page S3 asks for (or the last page of a condition, if it has fewer). */
  listPage: number
  listLimit: number
  radiusKm: number
}

const json = { 'content-type': 'application/json' }

const ARTICLE_PAGE_QUERY = `query ArticlePage($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id title slug summary body publishedAt
      heroImage { url alt width height }
      conditions { id name slug icd10 }
      treatments { id name slug route regulatoryStatus summary riskDisclosures { id title severity frequency mitigation } }
      clinics { id name slug phone bookingUrl address { street city state postalCode } location { lat lng } }
      byline { reviewer { name credentials specialty } reviewedAt }
    }
  }
}`

/** S6: one document with every one of its relationships resolved, disclosures and byline included. */
const COMPLEX_DOCUMENT_QUERY = `query ComplexDocument($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id title slug summary body publishedAt
      heroImage { id url alt width height sizes { card { url width height } } }
      seo { metaTitle metaDescription image { id url alt } }
      conditions { id name slug icd10 }
      treatments { id name slug route regulatoryStatus summary riskDisclosures { id title severity } }
      riskDisclosures { id title slug severity frequency mitigation }
      clinics { id name slug phone bookingUrl languages address { street city state postalCode } location { lat lng } }
      byline { reviewer { name credentials specialty } reviewedAt }
    }
  }
}`

const graphql = (query: string, slug: string): BenchRequest => ({
  method: 'POST',
  path: '/api/graphql',
  headers: json,
  body: JSON.stringify({ query, variables: { slug } }),
})

const hasOneArticle = (body: string) => body.startsWith('{"data":{"Articles":{"docs":[{')

/** The scenarios in the order of the report. S5 needs an editor's token, so it is built separately. */
export function readScenarios(
  dataset: Dataset,
  options: ScenarioOptions,
): Record<Exclude<ScenarioId, 'S5' | 'S7'>, Scenario> {
  const slugs = dataset.articles.slice(0, options.slugs).map((article) => article.slug)
  return {
    S1: {
      id: 'S1',
      title: 'REST article by slug, depth 2',
      kind: 'read',
      baseline: true,
      requests: slugs.map((slug) => ({
        method: 'GET',
        path: `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=2&limit=1`,
      })),
      verify: (body) => body.includes('"totalDocs":1,'),
    },
    S2: {
      id: 'S2',
      title: 'GraphQL article page',
      kind: 'read',
      baseline: true,
      requests: slugs.map((slug) => graphql(ARTICLE_PAGE_QUERY, slug)),
      verify: hasOneArticle,
    },
    S3: {
      id: 'S3',
      title: `REST list by condition, page ≤${options.listPage}`,
      kind: 'read',
      baseline: true,
      requests: dataset.conditions.map((condition) => {
        const page = Math.min(
          options.listPage,
          Math.max(1, Math.ceil(condition.articleCount / options.listLimit)),
        )
        const select = ['title', 'slug', 'summary', 'publishedAt', 'heroImage', 'conditions']
          .map((field) => `&select[${field}]=true`)
          .join('')
        return {
          method: 'GET',
          path: `/api/articles?where[conditions][in]=${condition.id}&sort=-publishedAt&limit=${options.listLimit}&page=${page}&depth=1${select}`,
        }
      }),
      verify: (body) => body.startsWith('{"docs":[{'),
    },
    S4: {
      id: 'S4',
      title: `Clinics within ${options.radiusKm} km`,
      kind: 'read',
      baseline: false,
      requests: dataset.nearbyPoints.map((point) => ({
        method: 'GET',
        path: `/api/clinic-locations/near?lat=${point.lat}&lng=${point.lng}&radiusKm=${options.radiusKm}&limit=10`,
      })),
      verify: (body) => body.startsWith('{"docs":[') && body.includes('"distanceKm":'),
    },
    S6: {
      id: 'S6',
      title: `GraphQL ${dataset.complexArticle.relationships}-relationship document`,
      kind: 'read',
      baseline: false,
      requests: [graphql(COMPLEX_DOCUMENT_QUERY, dataset.complexArticle.slug)],
      verify: hasOneArticle,
    },
  }
}

/**
 * S5: an editor saves a draft, changing the summary. Saves rotate through `articles`, so two
 * concurrent saves never hit the same document (which the CMS would refuse with 409).
 */
export function draftSaveScenario(articles: Dataset['articles'], token: string): Scenario {
  return {
    id: 'S5',
    title: 'Editor saves a draft',
    kind: 'write',
    baseline: false,
    requests: articles.map((article, index) => ({
      method: 'PATCH',
      path: `/api/articles/${article.id}?draft=true&depth=0`,
      headers: { ...json, authorization: `JWT ${token}` },
      body: JSON.stringify({
        summary: `Revised in benchmark save ${index + 1}: clearer wording about follow-up visits and monitoring.`,
      }),
    })),
    verify: (body) => body.startsWith('{"doc":{'),
  }
}

/** S7: S1's reads, with the response cache on, while an editor publishes other articles one after another (bench/publishes.ts). */
export const readsDuringPublishes = (s1: Scenario): Scenario => ({
  ...s1,
  id: 'S7',
  title: 'S1 reads during a stream of publishes',
})
