import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  ApolloClient as Apollo4,
  CombinedGraphQLErrors,
  HttpLink as HttpLink4,
  InMemoryCache as Cache4,
  gql as gql4,
} from '@apollo/client'
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries'
import { codegen } from '@graphql-codegen/core'
import * as typescriptPlugin from '@graphql-codegen/typescript'
import * as typescriptOperationsPlugin from '@graphql-codegen/typescript-operations'
import {
  ApolloClient as Apollo3,
  ApolloError,
  HttpLink as HttpLink3,
  InMemoryCache as Cache3,
  gql as gql3,
} from 'apollo-client-3/core'
import { createPersistedQueryLink } from 'apollo-client-3/link/persisted-queries'
import { parse } from 'graphql'
import { auditServer } from 'graphql-http'
import { ClientError, GraphQLClient } from 'graphql-request'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishArticlePage, type ArticlePage } from '../helpers/articlePage'
import { createTeam, type Team } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * GraphQL as frontends use it, driven by the clients they use (Apollo Client 3 and 4,
 * graphql-request, graphql-codegen) and the GraphQL-over-HTTP spec authors' audit.
 */

let server: TestServer
let team: Team
let page: ArticlePage
let endpoint: string

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const ARTICLE_PAGE = `query ArticlePage($slug: String!, $locale: LocaleInputType) {
  Articles(where: { slug: { equals: $slug } }, locale: $locale, limit: 1) {
    docs {
      id
      title
      summary
      byline { reviewer { name credentials } reviewedAt }
      riskDisclosures { id title severity }
      treatments { id name riskDisclosures { id title } }
      clinics { id name }
    }
  }
}`

const MISSING_ARTICLE = 'query Missing { Article(id: 99999999) { id title } }'

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
  page = await publishArticlePage(server.api, team)
  endpoint = `${server.url}/api/graphql`
})

afterAll(async () => {
  await server?.close()
})

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await auditServer({ url: endpoint })
    const failed = results.filter(
      (result) => result.status !== 'ok' && /^(MUST|SHOULD) /.test(result.name),
    )
    expect(
      failed.map(
        (result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`,
      ),
    ).toEqual([])
    expect(results.filter((result) => /^(MUST|SHOULD) /.test(result.name)).length).toBeGreaterThan(
      20,
    )
  })

  it('answers 200 for every well-formed request with application/json; 4xx only for requests that cannot run with application/graphql-response+json', async () => {
    const post = (query: string, accept: string, variables?: object) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query, variables }),
      })
    const cases: Array<[string, string, object | undefined, number, number, string]> = [
      ['a document that is not found', MISSING_ARTICLE, undefined, 200, 200, 'not-found'],
      ['a refused read', '{ Users { docs { email } } }', undefined, 200, 200, 'forbidden'],
      [
        'a document that does not parse',
        '{ Articles { docs { title }',
        undefined,
        200,
        400,
        'graphql-parse-failed',
      ],
      [
        'a document that does not validate',
        '{ Articles { docs { nope } } }',
        undefined,
        200,
        400,
        'graphql-validation-failed',
      ],
      [
        'variables of the wrong type',
        'query ($id: Int!) { Article(id: $id) { title } }',
        { id: 'twelve' },
        200,
        400,
        'graphql-invalid-variables',
      ],
    ]
    for (const [label, query, variables, jsonStatus, strictStatus, code] of cases) {
      const asJson = await post(query, 'application/json', variables)
      const strict = await post(query, 'application/graphql-response+json', variables)
      expect([label, asJson.status, strict.status]).toEqual([label, jsonStatus, strictStatus])
      expect(strict.headers.get('content-type')).toContain('application/graphql-response+json')
      const body = await strict.json()
      expect(body.errors?.[0]?.extensions?.code, label).toBe(code)
      // A request that ran has a `data` entry; one that could not run has none.
      expect('data' in body, label).toBe(strictStatus === 200)
      expect((await asJson.json()).errors?.[0]?.extensions?.code, label).toBe(code)
    }
    const missing = await (await post(MISSING_ARTICLE, 'application/json')).json()
    expect(missing.data).toEqual({ Article: null })
  })

  it('answers anonymous GET queries cacheably by URL, like REST, and never runs a mutation over GET', async () => {
    const url = `${endpoint}?${new URLSearchParams({ query: ARTICLE_PAGE, variables: JSON.stringify({ slug: page.slug, locale: 'es' }) })}`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    const body = await first.json()
    expect(body.data.Articles.docs[0].title).toBe('Su primera infusión')
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect(first.headers.get('vary')?.toLowerCase()).toContain('accept')
    const etag = first.headers.get('etag')!
    const second = await fetch(url)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304)
    // The same query posted is the same answer, from the same cache entry.
    const posted = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ARTICLE_PAGE, variables: { slug: page.slug, locale: 'es' } }),
    })
    expect(posted.headers.get('etag')).toBe(etag)

    const mutation = await fetch(
      `${endpoint}?${new URLSearchParams({ query: 'mutation { createCondition(data: { name: "Over GET" }) { id } }' })}`,
      { headers: { authorization: `JWT ${team.editor.token}` } },
    )
    expect(mutation.status).toBe(405)
    expect((await mutation.json()).errors[0].extensions.code).toBe('method-not-allowed')
    expect(
      (
        await server.payload.count({
          collection: 'conditions',
          where: { name: { equals: 'Over GET' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses batched requests: one operation per request keeps answers cacheable', async () => {
    const batch = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    })
    expect(batch.status).toBe(400)
    expect((await batch.json()).errors[0].extensions.code).toBe('batching-not-supported')
  })

  it('supports automatic persisted queries: a hash alone is PersistedQueryNotFound until the query is sent with it, then answers by GET and is cached', async () => {
    const query = '{ TreatmentOptions(sort: "name") { docs { name } } }'
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } })
    const byHash = `${endpoint}?${new URLSearchParams({ extensions })}`
    const unknown = await fetch(byHash)
    expect(unknown.status).toBe(200)
    expect(unknown.headers.get('cache-control')).toBe('no-store')
    expect((await unknown.json()).errors[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'persisted-query-not-found' },
    })
    const wrongHash = await fetch(
      `${endpoint}?${new URLSearchParams({ query: '{ __typename }', extensions })}`,
      { headers: { accept: 'application/graphql-response+json' } },
    )
    expect(wrongHash.status).toBe(400)
    const registered = await fetch(`${endpoint}?${new URLSearchParams({ query, extensions })}`)
    expect(
      (await registered.json()).data.TreatmentOptions.docs.map((doc: { name: string }) => doc.name),
    ).toEqual(['IV infusion', 'Nasal spray'])
    const known = await fetch(byHash)
    expect((await known.json()).data.TreatmentOptions.docs).toHaveLength(2)
    expect((await fetch(byHash)).headers.get('x-cache')).toBe('HIT')
  })
})

describe('Apollo Client 3', () => {
  const client = () =>
    new Apollo3({
      cache: new Cache3(),
      link: createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink3({ uri: endpoint, fetch }),
      ),
    })

  it('reads the Spanish article page with persisted GET queries and normalises it', async () => {
    const apollo = client()
    const result = await apollo.query({
      query: gql3(ARTICLE_PAGE),
      variables: { slug: page.slug, locale: 'es' },
    })
    const article = result.data.Articles.docs[0]
    expect(article.title).toBe('Su primera infusión')
    expect(article.byline.reviewer.name).toBe('Dr. Rosa Reyes')
    expect(article.riskDisclosures.map((risk: { title: string }) => risk.title)).toEqual([
      'Raised blood pressure',
    ])
    expect(article.treatments[0].riskDisclosures[0].id).toBe(article.riskDisclosures[0].id)
    expect(apollo.cache.extract()[`Article:${page.article}`]).toBeDefined()
  })

  it('receives a refusal as GraphQL errors, and keeps the data with errorPolicy all', async () => {
    const apollo = client()
    const refused = await apollo
      .query({ query: gql3(MISSING_ARTICLE) })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApolloError)
    expect((refused as ApolloError).networkError).toBeNull()
    expect((refused as ApolloError).graphQLErrors[0].extensions?.code).toBe('not-found')
    const kept = await apollo.query({
      query: gql3(MISSING_ARTICLE),
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    })
    expect(kept.data).toEqual({ Article: null })
    expect(kept.errors?.[0].extensions?.code).toBe('not-found')
  })
})

describe('Apollo Client 4', () => {
  const client = () =>
    new Apollo4({
      cache: new Cache4(),
      link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink4({ uri: endpoint, fetch }),
      ),
    })

  it('reads the article page (it accepts application/graphql-response+json first)', async () => {
    const result = await client().query({
      query: gql4(ARTICLE_PAGE),
      variables: { slug: page.slug, locale: 'en' },
    })
    const data = result.data as {
      Articles: { docs: Array<{ title: string; clinics: Array<{ name: string }> }> }
    }
    expect(data.Articles.docs[0].title).toBe('What to expect from ketamine therapy')
    expect(data.Articles.docs[0].clinics.map((clinic) => clinic.name)).toEqual(['Clinic Downtown'])
  })

  it('receives a refusal as GraphQL errors, and keeps the data with errorPolicy all', async () => {
    const apollo = client()
    const refused = await apollo
      .query({ query: gql4(MISSING_ARTICLE) })
      .catch((error: unknown) => error)
    expect(CombinedGraphQLErrors.is(refused)).toBe(true)
    expect((refused as CombinedGraphQLErrors).errors[0].extensions?.code).toBe('not-found')
    const kept = await apollo.query({
      query: gql4(MISSING_ARTICLE),
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    })
    expect(kept.data).toEqual({ Article: null })
    expect(CombinedGraphQLErrors.is(kept.error)).toBe(true)
  })
})

describe('graphql-request', () => {
  it('reads the article page, and gets a not-found as data and errors with errorPolicy all', async () => {
    const client = new GraphQLClient(endpoint, { fetch })
    const data = await client.request<{ Articles: { docs: Array<{ title: string }> } }>(
      ARTICLE_PAGE,
      { slug: page.slug, locale: 'es' },
    )
    expect(data.Articles.docs[0].title).toBe('Su primera infusión')
    const thrown = await client.request(MISSING_ARTICLE).catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(ClientError)
    expect((thrown as ClientError).response.status).toBe(200)
    const lenient = new GraphQLClient(endpoint, { fetch, errorPolicy: 'all' })
    const raw = await lenient.rawRequest<{ Article: null }>(MISSING_ARTICLE)
    expect(raw.data).toEqual({ Article: null })
    expect(raw.errors?.[0].extensions?.code).toBe('not-found')
  })
})

describe('graphql-codegen', () => {
  it('generates TypeScript from the committed SDL and the article page query that compiles', async () => {
    const sdl = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../src/generated/schema.graphql'),
      'utf8',
    )
    const scalars = {
      DateTime: 'string',
      JSON: 'unknown',
      EmailAddress: 'string',
      JSONObject: 'Record<string, unknown>',
    }
    // typescript-operations 6 writes the enums and inputs its operations use, so the schema's types go to a file of their own.
    const schemaTypes = await codegen({
      schema: parse(sdl),
      documents: [],
      filename: 'schema.ts',
      config: { scalars },
      plugins: [{ typescript: {} }],
      pluginMap: { typescript: typescriptPlugin },
    })
    const output = await codegen({
      schema: parse(sdl),
      documents: [{ document: parse(ARTICLE_PAGE) }],
      filename: 'graphql.ts',
      config: { scalars },
      plugins: [{ typescriptOperations: {} }],
      pluginMap: { typescriptOperations: typescriptOperationsPlugin },
    })
    expect(schemaTypes).toContain('export type Article = {')
    expect(output).toContain('export type ArticlePageQuery')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-codegen-'))
    try {
      fs.writeFileSync(path.join(dir, 'schema.ts'), schemaTypes)
      fs.writeFileSync(path.join(dir, 'graphql.ts'), output)
      // A page component's use of the generated types: a wrong field or type would not compile.
      fs.writeFileSync(
        path.join(dir, 'page.ts'),
        `import type { ArticlePageQuery, ArticlePageQueryVariables } from './graphql'
import { RiskDisclosure_Severity, type RiskDisclosure } from './schema'
export const variables: ArticlePageQueryVariables = { slug: 'your-first-infusion', locale: 'es' }
export const severity: RiskDisclosure['severity'] = RiskDisclosure_Severity.Serious
export function titles(data: ArticlePageQuery): string[] {
  return (data.Articles?.docs ?? []).map((doc) => doc.title + (doc.riskDisclosures ?? []).map((risk) => risk.severity).join(','))
}
`,
      )
      const program = ts.createProgram(
        [path.join(dir, 'schema.ts'), path.join(dir, 'graphql.ts'), path.join(dir, 'page.ts')],
        {
          strict: true,
          noEmit: true,
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          skipLibCheck: true,
        },
      )
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      expect(diagnostics).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
