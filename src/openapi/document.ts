import fs from 'node:fs'
import path from 'node:path'

import {
  configToJSONSchema,
  type Endpoint,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'

import { RESPONSE_SCHEMAS } from './schemas'

/**
 * The OpenAPI 3.1 description of the REST API, built from the Payload config: every collection's
 * REST operations (Payload's own endpoints, as the config lists them) with their query
 * parameters, the schemas of the documents (from the same JSON Schema `payload-types.ts` is
 * generated from), the custom endpoints and the error envelope. An endpoint in the config that
 * is neither described here nor listed as internal stops the generation, so the document
 * cannot silently fall behind the API. `npm run generate` writes it to src/generated/openapi.json;
 * the server serves the same document at /api/openapi.json.
 */

type Schema = Record<string, unknown>
type Operation = Record<string, unknown>
type PathItem = Record<string, Operation>

/** Payload's endpoints that serve its admin UI or set-up, not API clients. */
const INTERNAL_ENDPOINTS = new Set([
  'post /access/:id?',
  'post /:id/duplicate',
  'get /paste-url/:id?',
  'get /init',
  'post /first-register',
  'post /verify/:id',
  'post /:id/api-key/reveal',
  'get /access',
])

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const response = (name: string) => ({ $ref: `#/components/responses/${name}` })
const json = (schema: unknown) => ({ 'application/json': { schema } })

/** A required JSON object body of string fields, every one required. */
const stringFieldsBody = (...names: string[]) => ({
  required: true,
  content: json({
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
    required: names,
  }),
})

/** An answer whose body is `{ message }`. */
const messageAnswer = (description: string) => ({
  description,
  content: json({ type: 'object', properties: { message: { type: 'string' } } }),
})
const pascal = (slug: string) =>
  slug.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())

/** The refusals every operation can meet, and the ones particular to it. */
function errors(...statuses: number[]): Record<string, unknown> {
  const names: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
    413: 'PayloadTooLarge',
    422: 'UnprocessableEntity',
    423: 'Locked',
  }
  const all = [...new Set([400, ...statuses])].sort()
  return {
    ...Object.fromEntries(all.map((status) => [String(status), response(names[status])])),
    '429': response('TooManyRequests'),
    '503': response('ServiceUnavailable'),
  }
}

/** Answers of anonymous reads: cacheable, with validators and cache tags. */
const cacheableOk = (description: string, content: unknown) => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
    'Surrogate-Key': { $ref: '#/components/headers/Surrogate-Key' },
    'Cache-Tag': { $ref: '#/components/headers/Cache-Tag' },
  },
  content,
})
const notModified = { description: 'Not modified: the `If-None-Match` ETag is current.' }

const paginated = (item: unknown) => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
  required: [
    'docs',
    'totalDocs',
    'limit',
    'totalPages',
    'page',
    'pagingCounter',
    'hasPrevPage',
    'hasNextPage',
  ],
})
const docWithMessage = (slug: string) => ({
  type: 'object',
  properties: { doc: ref(slug), message: { type: 'string' } },
  required: ['doc', 'message'],
})
const bulkResult = (slug: string) => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: ref(slug) },
    errors: { type: 'array', items: ref('ApiError') },
    message: { type: 'string' },
  },
  required: ['docs', 'errors'],
})

/** Payload's own operations of a collection, by `method path` as its config lists them. */
function payloadOperation(
  collection: SanitizedCollectionConfig,
  key: string,
): Operation | undefined {
  const { slug } = collection
  const name = pascal(slug)
  const drafts = Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )
  const read = [
    param('depth'),
    param('locale'),
    param('fallbackLocale'),
    ...(drafts ? [param('draft')] : []),
    param('select'),
    param('populate'),
  ]
  const write = [param('depth'), param('locale'), ...(drafts ? [param('draft')] : [])]
  const list = [param('where'), param('limit'), param('page'), param('sort'), param('pagination')]
  const upload = Boolean(collection.upload)
  const body = (schema: string) => ({
    required: true,
    content: upload
      ? {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                file: { type: 'string', contentMediaType: 'application/octet-stream' },
                _payload: { type: 'string', description: `The other fields, as JSON (${schema}).` },
              },
              required: key === 'post /' ? ['file', '_payload'] : [],
            },
          },
          ...json(ref(schema)),
        }
      : json(ref(schema)),
  })
  const tags = [slug]
  switch (key) {
    case 'get /':
      return {
        operationId: `find${name}`,
        summary: `List ${slug}`,
        tags,
        parameters: [...list, ...read],
        responses: {
          '200': cacheableOk(`A page of ${slug}.`, json(paginated(ref(slug)))),
          '304': notModified,
          ...errors(403),
        },
      }
    case 'post /':
      return {
        operationId: `create${name}`,
        summary: `Create a document in ${slug}`,
        tags,
        parameters: write,
        requestBody: body(`${slug}-create`),
        responses: {
          '201': { description: 'Created.', content: json(docWithMessage(slug)) },
          ...errors(401, 403, 413),
        },
      }
    case 'patch /':
      return {
        operationId: `update${name}Where`,
        summary: `Update every document in ${slug} that matches \`where\``,
        tags,
        parameters: [param('where'), ...write],
        requestBody: body(`${slug}-update`),
        responses: {
          '200': {
            description: 'The updated documents, and the ones that could not be.',
            content: json(bulkResult(slug)),
          },
          ...errors(401, 403),
        },
      }
    case 'delete /':
      return {
        operationId: `delete${name}Where`,
        summary: `Delete every document in ${slug} that matches \`where\``,
        tags,
        parameters: [param('where'), param('depth')],
        responses: {
          '200': {
            description: 'The deleted documents, and the ones that could not be.',
            content: json(bulkResult(slug)),
          },
          ...errors(401, 403),
        },
      }
    case 'get /count':
      return {
        operationId: `count${name}`,
        summary: `Count the documents in ${slug} that match \`where\``,
        tags,
        parameters: [param('where'), param('locale'), ...(drafts ? [param('draft')] : [])],
        responses: {
          '200': cacheableOk(
            'The count.',
            json({
              type: 'object',
              properties: { totalDocs: { type: 'integer' } },
              required: ['totalDocs'],
            }),
          ),
          '304': notModified,
          ...errors(403),
        },
      }
    case 'get /:id':
      return {
        operationId: `find${name}ByID`,
        summary: `One document of ${slug}`,
        tags,
        parameters: [param('id'), ...read],
        responses: {
          '200': cacheableOk('The document.', json(ref(slug))),
          '304': notModified,
          ...errors(403, 404),
        },
      }
    case 'patch /:id':
      return {
        operationId: `update${name}ByID`,
        summary: `Update a document of ${slug}`,
        tags,
        parameters: [param('id'), ...write],
        requestBody: body(`${slug}-update`),
        responses: {
          '200': { description: 'Updated.', content: json(docWithMessage(slug)) },
          ...errors(401, 403, 404, 409, 413, 422),
        },
      }
    case 'delete /:id':
      return {
        operationId: `delete${name}ByID`,
        summary: `Delete a document of ${slug}`,
        tags,
        parameters: [param('id'), param('depth')],
        responses: {
          '200': { description: 'Deleted.', content: json(docWithMessage(slug)) },
          ...errors(401, 403, 404, 409),
        },
      }
    case 'get /versions':
      return {
        operationId: `find${name}Versions`,
        summary: `The saved versions of ${slug} (staff only)`,
        tags,
        parameters: [...list, param('depth'), param('locale')],
        responses: {
          '200': { description: 'A page of versions.', content: json(paginated(ref('version'))) },
          ...errors(401, 403),
        },
      }
    case 'get /versions/:id':
      return {
        operationId: `find${name}VersionByID`,
        summary: `One saved version of ${slug} (staff only)`,
        tags,
        parameters: [param('id'), param('depth'), param('locale')],
        responses: {
          '200': { description: 'The version.', content: json(ref('version')) },
          ...errors(401, 403, 404),
        },
      }
    case 'post /versions/:id':
      return {
        operationId: `restore${name}Version`,
        summary: `Restore a saved version of ${slug} as the draft`,
        tags,
        parameters: [param('id'), param('depth')],
        responses: {
          '200': {
            description: 'Restored: the document, with a message.',
            content: json({
              allOf: [
                ref(`${slug}-linked`),
                { type: 'object', properties: { message: { type: 'string' } } },
              ],
            }),
          },
          ...errors(401, 403, 404),
        },
      }
    case 'get /file/:filename':
      return {
        operationId: `get${name}File`,
        summary: 'An uploaded file',
        description:
          'Served with ETag and Last-Modified; names that carry a hash of the content are cached for a year as immutable.',
        tags,
        parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'The file.',
            headers: {
              ETag: { $ref: '#/components/headers/ETag' },
              'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
            },
            content: {
              'application/octet-stream': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          '304': notModified,
          ...errors(403, 404),
        },
      }
    case 'post /login':
      return {
        operationId: 'login',
        summary: 'Sign in',
        tags,
        requestBody: stringFieldsBody('email', 'password'),
        responses: {
          '200': {
            description: 'Signed in; also sets the session cookie.',
            content: json({
              type: 'object',
              properties: {
                message: { type: 'string' },
                user: ref(`${slug}-linked`),
                token: { type: 'string' },
                exp: { type: 'integer' },
              },
              required: ['user', 'token'],
            }),
          },
          ...errors(401, 423),
        },
      }
    case 'post /logout':
      return {
        operationId: 'logout',
        summary: 'Sign out',
        tags,
        responses: {
          '200': messageAnswer('Signed out.'),
          ...errors(),
        },
      }
    case 'get /me':
      return {
        operationId: 'me',
        summary: 'The signed-in account (a session, a JWT or an API key)',
        tags,
        responses: {
          '200': {
            description: 'The account, or `user: null` without credentials.',
            content: json({
              type: 'object',
              properties: {
                user: { oneOf: [ref(`${slug}-linked`), { type: 'null' }] },
                collection: { type: 'string' },
                strategy: { type: 'string' },
                exp: { type: 'integer' },
                token: { type: 'string' },
              },
              required: ['user'],
            }),
          },
          ...errors(),
        },
      }
    case 'post /refresh-token':
      return {
        operationId: 'refreshToken',
        summary: 'A fresh JWT for the current session',
        tags,
        responses: {
          '200': {
            description: 'Refreshed.',
            content: json({
              type: 'object',
              properties: {
                refreshedToken: { type: 'string' },
                exp: { type: 'integer' },
                user: ref(`${slug}-linked`),
              },
            }),
          },
          ...errors(401, 403),
        },
      }
    case 'post /forgot-password':
      return {
        operationId: 'forgotPassword',
        summary: 'Email a password-reset link',
        tags,
        requestBody: stringFieldsBody('email'),
        responses: {
          '200': messageAnswer('Sent (the same answer for unknown addresses).'),
          ...errors(),
        },
      }
    case 'post /reset-password':
      return {
        operationId: 'resetPassword',
        summary: 'Set a new password with a reset token',
        tags,
        requestBody: stringFieldsBody('token', 'password'),
        responses: {
          '200': {
            description: 'Reset.',
            content: json({
              type: 'object',
              properties: {
                message: { type: 'string' },
                token: { type: 'string' },
                user: ref(`${slug}-linked`),
              },
            }),
          },
          ...errors(403),
        },
      }
    case 'post /unlock':
      return {
        operationId: 'unlock',
        summary: 'Unlock an account locked after failed sign-ins (admins)',
        tags,
        requestBody: stringFieldsBody('email'),
        responses: {
          '200': messageAnswer('Unlocked.'),
          ...errors(401, 403),
        },
      }
    default:
      return undefined
  }
}

const workflowResponses = {
  '200': {
    description: 'The step was taken; a review record was written.',
    content: json(ref('WorkflowResult')),
  },
  ...errors(401, 403, 404, 409, 422),
}

/** The project's own endpoints on a collection (src/endpoints, src/delivery), by `method path`. */
function customOperation(
  collection: SanitizedCollectionConfig,
  key: string,
): Operation | undefined {
  const { slug } = collection
  const name = pascal(slug)
  const tags = [slug]
  /** A review panel's read of one document, for staff. */
  const panelRead = (operationId: string, summary: string, answer: string, schema: string) => ({
    operationId,
    summary,
    tags,
    parameters: [param('id')],
    responses: {
      '200': { description: answer, content: json(ref(schema)) },
      ...errors(403, 404),
    },
  })
  switch (key) {
    case 'post /:id/submit-for-review':
      return {
        operationId: `submit${name}ForReview`,
        summary: 'Submit the current draft for medical review',
        description:
          'An author of the document, an editor or an admin. Every medical reviewer is notified. The answer names the content hash the submission pinned: what the reviewer reads and must state when deciding.',
        tags,
        parameters: [param('id')],
        requestBody: {
          required: false,
          content: json({
            type: 'object',
            properties: {
              note: { type: 'string', maxLength: 2000 },
              reviewer: {
                type: ['string', 'integer', 'null'],
                description:
                  'A medical reviewer who could decide it (licensed, none of its writers); left out or null: the pool.',
              },
              dueAt: {
                type: 'string',
                format: 'date-time',
                description: 'Within 90 days; default: REVIEW_DUE_DAYS from now.',
              },
            },
            additionalProperties: false,
          }),
        },
        responses: workflowResponses,
      }
    case 'post /:id/claim':
      return {
        operationId: `claim${name}Review`,
        summary: 'Take an unassigned review from the pool',
        description:
          'A medical reviewer who could decide it. A review assigned to someone else is refused (409 claim-assigned); an editor can reassign it.',
        tags,
        parameters: [param('id')],
        responses: workflowResponses,
      }
    case 'post /:id/assign':
      return {
        operationId: `assign${name}Review`,
        summary: 'Name, change or clear (back to the pool) the reviewer of a document in review',
        description:
          'Editors and admins. Written as a review record; the new and the previous reviewer are emailed.',
        tags,
        parameters: [param('id')],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            properties: {
              reviewer: {
                type: ['string', 'integer', 'null'],
                description: 'The reviewer; null: the pool.',
              },
              dueAt: { type: 'string', format: 'date-time' },
              note: { type: 'string', maxLength: 2000 },
            },
            required: ['reviewer'],
            additionalProperties: false,
          }),
        },
        responses: workflowResponses,
      }
    case 'get /:id/activity':
      return panelRead(
        `get${name}Activity`,
        'Who did what to the document, when, with what comment (staff)',
        'Newest first.',
        'DocumentActivity',
      )
    case 'get /:id/translations':
      return panelRead(
        `get${name}Translations`,
        'Per locale, which reviewed fields are filled, and which locales are approved and live (staff)',
        'The translation status.',
        'TranslationStatus',
      )
    case 'get /:id/assignment':
      return panelRead(
        `get${name}Assignment`,
        'Who reviews the submission and by when, and who it could go to (staff)',
        'The assignment.',
        'ReviewAssignment',
      )
    case 'get /:id/check':
      return {
        operationId: 'checkRelease',
        summary:
          'Whether the release could be published now, every member with its problems (staff)',
        description:
          'Writes nothing. The same checks a publication or a schedule makes, as the caller.',
        tags,
        parameters: [param('id')],
        responses: {
          '200': { description: 'The check.', content: json(ref('ReleaseResult')) },
          ...errors(403, 404),
        },
      }
    case 'post /:id/publish':
      return {
        operationId: 'publishRelease',
        summary: 'Publish (and withdraw) every member of the release in one transaction, or none',
        description:
          "Editors and admins. Refused with every member's problems listed (`data.problems`, `field` = `members.<index>`): a member changed after pinning, an approval voided, stale or not of the pinned version, a fair-balance dependency neither live nor in the release, four eyes (403).",
        tags,
        parameters: [param('id')],
        responses: {
          '200': {
            description: 'Published: every member is live with its pinned version, or withdrawn.',
            content: json(ref('ReleaseResult')),
          },
          ...errors(401, 403, 404, 409, 422),
        },
      }
    case 'post /:id/schedule':
      return {
        operationId: 'scheduleRelease',
        summary: 'Schedule the release: checked now, and again when it runs',
        tags,
        parameters: [param('id')],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            properties: { publishAt: { type: 'string', format: 'date-time' } },
            required: ['publishAt'],
            additionalProperties: false,
          }),
        },
        responses: {
          '200': { description: 'Scheduled.', content: json(ref('ReleaseResult')) },
          ...errors(401, 403, 404, 409, 422),
        },
      }
    case 'post /:id/unschedule':
      return {
        operationId: 'unscheduleRelease',
        summary: 'Back to a draft release; the queued run is removed',
        tags,
        parameters: [param('id')],
        responses: {
          '200': { description: 'Unscheduled.', content: json(ref('ReleaseResult')) },
          ...errors(401, 403, 404, 422),
        },
      }
    case 'post /:id/withdraw-submission':
      return {
        operationId: `withdraw${name}Submission`,
        summary: 'Take a document back from review, to change it',
        description:
          'An author of the document, an editor or an admin. While in review nobody changes the submitted version (409 in-review-locked); this moves it back to draft, with a record.',
        tags,
        parameters: [param('id')],
        requestBody: {
          required: false,
          content: json({
            type: 'object',
            properties: { note: { type: 'string', maxLength: 2000 } },
            additionalProperties: false,
          }),
        },
        responses: workflowResponses,
      }
    case 'post /:id/review':
      return {
        operationId: `review${name}`,
        summary: 'Approve the submitted draft, or request changes',
        description:
          'A medical reviewer with an unexpired license who neither wrote nor changed the document (its contributors). `contentHash` is the hash of the version the reviewer read; if the document now holds another, the answer is 409 content-changed and nothing is recorded.',
        tags,
        parameters: [param('id')],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            properties: {
              decision: { type: 'string', enum: ['approve', 'request-changes'] },
              comment: { type: 'string' },
              contentHash: {
                type: 'string',
                pattern: '^[0-9a-f]{64}$',
                description: 'sha256 of the reviewed content of the version read.',
              },
              locales: {
                type: 'array',
                items: { type: 'string' },
                uniqueItems: true,
                minItems: 1,
                description:
                  "Approvals: the locales approved (each complete, the default locale among them); left out: the default locale and every complete translation. The approval's hash covers exactly these.",
              },
            },
            required: ['decision', 'comment', 'contentHash'],
          }),
        },
        responses: workflowResponses,
      }
    case 'get /near':
      return {
        operationId: 'findClinicsNear',
        summary: 'Published clinics within a radius of a point, nearest first',
        tags,
        parameters: [
          {
            name: 'lat',
            in: 'query',
            required: true,
            schema: { type: 'number', minimum: -90, maximum: 90 },
          },
          {
            name: 'lng',
            in: 'query',
            required: true,
            schema: { type: 'number', minimum: -180, maximum: 180 },
          },
          {
            name: 'radiusKm',
            in: 'query',
            schema: { type: 'number', exclusiveMinimum: 0, maximum: 500, default: 25 },
          },
          {
            name: 'treatment',
            in: 'query',
            description: 'A treatment slug or id the clinic offers.',
            schema: { type: 'string' },
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
          {
            name: 'depth',
            in: 'query',
            schema: { type: 'integer', minimum: 0, maximum: 2, default: 1 },
          },
        ],
        responses: {
          '200': cacheableOk(
            'The clinics, with their distances.',
            json(ref('NearbyClinicsResponse')),
          ),
          '304': notModified,
          ...errors(),
        },
      }
    case 'get /:id/jsonld':
      return {
        operationId: `get${name}JsonLd`,
        summary: 'schema.org structured data for the document',
        tags,
        parameters: [param('id'), param('locale')],
        responses: {
          '200': cacheableOk('JSON-LD.', {
            'application/ld+json': { schema: ref('JsonLdDocument') },
          }),
          '304': notModified,
          ...errors(404),
        },
      }
    default:
      return undefined
  }
}

const sitemapParameters = [
  {
    name: 'type',
    in: 'query',
    schema: { type: 'string', enum: ['article', 'treatment', 'clinic'] },
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  {
    name: 'limit',
    in: 'query',
    description: 'Entries per page, over all types.',
    schema: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 },
  },
]

/** Endpoints on the config itself (not a collection), by `method path`. */
function rootOperation(key: string): Operation | undefined {
  switch (key) {
    case 'get /sitemap':
      return {
        operationId: 'getSitemap',
        summary:
          'Published articles, treatments and clinics with their page addresses and locale alternates',
        tags: ['delivery'],
        parameters: sitemapParameters,
        responses: {
          '200': cacheableOk('A page of the sitemap.', json(ref('Sitemap'))),
          '304': notModified,
          ...errors(),
        },
      }
    case 'get /inbox':
      return {
        operationId: 'getInbox',
        summary: 'What awaits the signed-in member of staff, by role',
        tags: ['workflow'],
        responses: {
          '200': { description: 'The inbox.', content: json(ref('Inbox')) },
          ...errors(403),
        },
      }
    case 'get /sitemap.xml':
      return {
        operationId: 'getSitemapXml',
        summary: 'The same, as a sitemap protocol XML file with hreflang alternates',
        tags: ['delivery'],
        parameters: sitemapParameters,
        responses: {
          '200': cacheableOk('A `<urlset>`; `Link: rel="next"` names the next file.', {
            'application/xml': { schema: { type: 'string' } },
          }),
          '304': notModified,
          ...errors(),
        },
      }
    default:
      return undefined
  }
}

const graphqlParameters = [
  {
    name: 'query',
    in: 'query',
    description:
      'The query text; may be left out when `extensions` carries a known persisted-query hash.',
    schema: { type: 'string' },
  },
  { name: 'variables', in: 'query', description: 'JSON.', schema: { type: 'string' } },
  { name: 'operationName', in: 'query', schema: { type: 'string' } },
  {
    name: 'extensions',
    in: 'query',
    description: 'JSON, e.g. `{"persistedQuery":{"version":1,"sha256Hash":"…"}}`.',
    schema: { type: 'string' },
  },
  {
    name: 'locale',
    in: 'query',
    description: 'The locale of fields without a `locale` argument.',
    schema: { type: 'string' },
  },
]

const graphqlContent = {
  'application/json': { schema: ref('GraphQLResponse') },
  'application/graphql-response+json': { schema: ref('GraphQLResponse') },
}

/** Routes the Express server answers itself, beside Payload's REST API. */
const serverPaths: Record<string, PathItem> = {
  '/api/graphql': {
    get: {
      operationId: 'graphqlGet',
      summary: 'A GraphQL query over GET (never a mutation): cacheable by URL',
      description:
        'GraphQL over HTTP: with `Accept: application/json` every well-formed request answers 200; with `application/graphql-response+json` a request that does not parse or validate answers 400.',
      tags: ['graphql'],
      parameters: graphqlParameters,
      responses: {
        '200': cacheableOk(
          'The result; errors of the operation are in `errors`, each with `extensions.code`.',
          graphqlContent,
        ),
        '304': notModified,
        '400': {
          description: 'The request could not run (application/graphql-response+json).',
          content: graphqlContent,
        },
        '405': { description: 'A mutation over GET.', content: json(ref('GraphQLResponse')) },
        '429': response('TooManyRequests'),
        '503': response('ServiceUnavailable'),
      },
    },
    post: {
      operationId: 'graphqlPost',
      summary: 'A GraphQL query or mutation',
      tags: ['graphql'],
      parameters: graphqlParameters.filter((parameter) => parameter.name === 'locale'),
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          properties: {
            query: { type: 'string' },
            variables: { type: 'object' },
            operationName: { type: 'string' },
            extensions: { type: 'object' },
          },
        }),
      },
      responses: {
        '200': cacheableOk(
          'The result; errors of the operation are in `errors`, each with `extensions.code`.',
          graphqlContent,
        ),
        '304': notModified,
        '400': {
          description:
            'The request could not run (application/graphql-response+json), or was not one GraphQL request.',
          content: graphqlContent,
        },
        '413': response('PayloadTooLarge'),
        '415': { description: 'Not JSON.', content: json(ref('GraphQLResponse')) },
        '429': response('TooManyRequests'),
        '503': response('ServiceUnavailable'),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This document',
      tags: ['delivery'],
      responses: {
        '200': cacheableOk('OpenAPI 3.1.', json({ type: 'object' })),
        '304': notModified,
        ...errors(),
      },
    },
  },
}

/** Secrets of an account: Payload never answers with them, so the document does not list them. */
const ACCOUNT_SECRETS = [
  'salt',
  'hash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'loginAttempts',
  'lockUntil',
]

/** Fields a write sets and no read returns (their read access is closed to everyone). */
const WRITE_ONLY_FIELDS: Record<string, string[]> = { webhooks: ['secret'] }

/**
 * A related document as relationships carry it: the fields depth, `select`, `populate` and the
 * collection's default populate give it, at least its id; Payload's generated types claim the
 * whole document, which a populated relationship seldom is.
 */
function linkedSchema(slug: string, idType: 'number' | 'text'): Schema {
  return {
    type: 'object',
    description: `A ${slug} document as a relationship or a sign-in answer carries it; its fields are those of ${slug}.`,
    properties: { id: idType === 'number' ? { type: 'number' } : { type: 'string' } },
    required: ['id'],
    additionalProperties: true,
  }
}

/**
 * JSON Schema from Payload's type generator as OpenAPI 3.1 (JSON Schema 2020-12) wants it.
 * `linked` names the collections whose references are relationships (see `linkedSchema`).
 */
function toOpenApiSchema(schema: unknown, linked: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toOpenApiSchema(item, linked))
  if (!schema || typeof schema !== 'object') return schema
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    // json-schema-to-typescript's own keyword, and draft-3 style `required: false` (see src/fields/filledByServer.ts).
    if (key === 'tsType' || (key === 'required' && !Array.isArray(value))) continue
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
      const name = value.slice('#/definitions/'.length)
      result.$ref = `#/components/schemas/${linked.has(name) ? `${name}-linked` : name}`
    } else if (key === 'properties' && value && typeof value === 'object') {
      result.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, toOpenApiSchema(property, linked)]),
      )
    } else result[key] = toOpenApiSchema(value, linked)
  }
  // An optional select field: the generator allows null by its type, JSON Schema only if the enum lists it too.
  const types = Array.isArray(result.type) ? result.type : [result.type]
  if (Array.isArray(result.enum) && types.includes('null') && !result.enum.includes(null))
    result.enum = [...result.enum, null]
  return result
}

/**
 * A document with more fields (`allOf` of a collection and an object): one closed schema, since
 * a collection's schema refuses properties it does not list (JSON Schema's `allOf` would refuse
 * the extra ones).
 */
function extended(schema: Schema, definitions: Record<string, Schema>): Schema {
  const [base, extra] = (schema.allOf ?? []) as Schema[]
  const name = typeof base?.$ref === 'string' ? base.$ref.replace('#/definitions/', '') : undefined
  if (!name || !definitions[name] || !extra) return schema
  const whole = definitions[name]
  const { allOf: _allOf, ...rest } = schema
  return {
    ...whole,
    ...rest,
    properties: { ...(whole.properties as Schema), ...(extra.properties as Schema) },
    required: [
      ...((whole.required as string[] | undefined) ?? []),
      ...((extra.required as string[] | undefined) ?? []),
    ],
  }
}

/** The names of every definition `schema` refers to. */
function referencedNames(schema: unknown, found = new Set<string>()): Set<string> {
  JSON.stringify(schema, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/'))
      found.add(value.slice('#/definitions/'.length))
    return value
  })
  return found
}

/** The schema of a write: what the server fills in (id, timestamps, image sizes) is never required. */
function writeSchema(schema: Schema, required: boolean): Schema {
  const serverFilled = new Set(['id', 'createdAt', 'updatedAt', 'sizes', 'url', 'thumbnailURL'])
  const { title: _title, ...rest } = schema
  return {
    ...rest,
    required: required
      ? ((schema.required as string[] | undefined) ?? []).filter((name) => !serverFilled.has(name))
      : [],
  }
}

/** Payload's own collections (jobs, preferences, locks, migrations) serve the admin UI and the server, not API clients. */
const isPublicCollection = (collection: SanitizedCollectionConfig): boolean =>
  !collection.slug.startsWith('payload-')

const endpointKey = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.path}`
const openApiPath = (base: string, endpointPath: string) =>
  `${base}${endpointPath === '/' ? '' : endpointPath}`.replace(/:(\w+)\??/g, '{$1}')

function packageVersion(): string {
  const file = path.resolve(process.cwd(), 'package.json')
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
}

export interface OpenApiOptions {
  /** The API's public address; the committed file names none. */
  serverUrl?: string
}

export function buildOpenApiDocument(
  config: SanitizedConfig,
  options: OpenApiOptions = {},
): Record<string, unknown> {
  const idType = config.db?.defaultIDType === 'number' ? 'number' : 'text'
  const definitions = (configToJSONSchema(config, idType).definitions ?? {}) as Record<
    string,
    Schema
  >
  const collections = config.collections.filter(isPublicCollection)
  const localeCodes = config.localization ? config.localization.localeCodes : []

  const paths: Record<string, PathItem> = {}
  const add = (pathName: string, method: string, operation: Operation) => {
    paths[pathName] = { ...paths[pathName], [method]: operation }
  }
  for (const collection of collections) {
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      const key = endpointKey(endpoint)
      if (INTERNAL_ENDPOINTS.has(key)) continue
      if (key.includes('/versions') && !collection.versions) continue
      const operation = payloadOperation(collection, key) ?? customOperation(collection, key)
      if (!operation)
        throw new Error(
          `The endpoint ${endpoint.method.toUpperCase()} /api/${collection.slug}${endpoint.path} is not described in src/openapi/document.ts; describe it (or list it as internal).`,
        )
      add(openApiPath(`/api/${collection.slug}`, endpoint.path), endpoint.method, operation)
    }
  }
  for (const endpoint of config.endpoints ?? []) {
    const key = endpointKey(endpoint)
    if (INTERNAL_ENDPOINTS.has(key)) continue
    const operation = rootOperation(key)
    if (!operation)
      throw new Error(
        `The endpoint ${endpoint.method.toUpperCase()} /api${endpoint.path} is not described in src/openapi/document.ts; describe it (or list it as internal).`,
      )
    add(openApiPath('/api', endpoint.path), endpoint.method, operation)
  }
  Object.assign(paths, serverPaths)

  const schemas: Record<string, unknown> = {}
  const wanted = new Set<string>([
    ...collections.map((collection) => collection.slug),
    ...Object.keys(RESPONSE_SCHEMAS),
  ])
  for (const name of [...wanted])
    referencedNames(definitions[name] ?? RESPONSE_SCHEMAS[name], wanted)
  const linked = new Set(collections.map((collection) => collection.slug))
  for (const name of [...wanted].sort()) {
    const definition = RESPONSE_SCHEMAS[name]
      ? extended(RESPONSE_SCHEMAS[name] as Schema, definitions)
      : definitions[name]
    if (!definition) continue
    let schema =
      name === 'users'
        ? {
            ...definition,
            properties: Object.fromEntries(
              Object.entries(definition.properties as Schema).filter(
                ([key]) => !ACCOUNT_SECRETS.includes(key),
              ),
            ),
          }
        : definition
    const writeOnly = WRITE_ONLY_FIELDS[name] ?? []
    if (writeOnly.length > 0) {
      const properties = Object.fromEntries(
        Object.entries(schema.properties as Schema).map(([key, value]) => [
          key,
          writeOnly.includes(key) ? { ...(value as Schema), writeOnly: true } : value,
        ]),
      )
      schema = {
        ...schema,
        properties,
        required: ((schema.required as string[] | undefined) ?? []).filter(
          (key) => !writeOnly.includes(key),
        ),
      }
    }
    // Inside a document, a reference to a collection is a relationship.
    schemas[name] = toOpenApiSchema(schema, linked)
  }
  for (const collection of collections) {
    const { slug } = collection
    schemas[`${slug}-linked`] = linkedSchema(slug, idType)
    const whole = schemas[slug] as Schema
    const writable = WRITE_ONLY_FIELDS[slug]
      ? {
          ...whole,
          required: [
            ...((whole.required as string[] | undefined) ?? []),
            ...WRITE_ONLY_FIELDS[slug],
          ],
        }
      : whole
    schemas[`${slug}-create`] = toOpenApiSchema(writeSchema(writable, true))
    schemas[`${slug}-update`] = toOpenApiSchema(writeSchema(writable, false))
  }
  schemas.version = {
    type: 'object',
    description: 'A saved version: `version` holds the document as it was.',
    properties: {
      id: { type: ['number', 'string'] },
      parent: {},
      version: { type: 'object' },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
      latest: { type: ['boolean', 'null'] },
      autosave: { type: ['boolean', 'null'] },
    },
    required: ['id', 'version'],
  }
  schemas.GraphQLResponse = {
    type: 'object',
    description:
      "A GraphQL response. Each error carries `extensions.code`: the REST envelope's code for the same refusal, or graphql-parse-failed, graphql-validation-failed, graphql-invalid-variables, persisted-query-not-found, persisted-query-not-supported, persisted-query-not-in-list, batching-not-supported, invalid-request.",
    properties: {
      data: { type: ['object', 'null'] },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            message: { type: 'string' },
            locations: { type: 'array' },
            path: { type: 'array' },
            extensions: {
              type: 'object',
              properties: { code: { type: 'string' } },
              required: ['code'],
            },
          },
          required: ['message', 'extensions'],
        },
      },
    },
  }

  const errorResponse = (description: string) => ({
    description,
    content: json(ref('ApiErrorResponse')),
  })
  const deep = (name: string, description: string) => ({
    name,
    in: 'query',
    style: 'deepObject',
    explode: true,
    description,
    schema: { type: 'object', additionalProperties: true },
  })
  return {
    openapi: '3.1.0',
    info: {
      title: 'Clinic CMS API',
      version: packageVersion(),
      description:
        'Medically reviewed mental-health content: REST (Payload 3) and GraphQL. Anonymous reads are public, cacheable (ETag, `Cache-Control`, `Surrogate-Key`/`Cache-Tag` cache tags) and serve published content only. Every REST error answers `{ errors: [{ message, code, field?, rule? }] }` with the HTTP status.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    security: [{}, { jwt: [] }, { apiKey: [] }, { session: [] }],
    tags: [
      ...collections.map((collection) => ({ name: collection.slug })),
      { name: 'delivery' },
      { name: 'workflow' },
      { name: 'graphql' },
    ],
    paths,
    components: {
      schemas,
      parameters: {
        id: {
          name: 'id',
          in: 'path',
          required: true,
          schema: idType === 'number' ? { type: 'integer', minimum: 1 } : { type: 'string' },
        },
        depth: {
          name: 'depth',
          in: 'query',
          description: 'How many levels of relationships to populate.',
          schema: { type: 'integer', minimum: 0, maximum: 10 },
        },
        locale: {
          name: 'locale',
          in: 'query',
          description:
            'The locale of localized fields; `all` gives every locale. Any other value is refused with 400.',
          schema: { type: 'string', enum: [...localeCodes, 'all'] },
        },
        fallbackLocale: {
          name: 'fallbackLocale',
          in: 'query',
          schema: { type: 'string', enum: [...localeCodes, 'none'] },
        },
        draft: {
          name: 'draft',
          in: 'query',
          description:
            'Read or write the latest draft instead of the published version (staff and the preview key read drafts).',
          schema: { type: 'boolean' },
        },
        limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
        page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        sort: {
          name: 'sort',
          in: 'query',
          description: 'A field name; `-name` for descending.',
          schema: { type: 'string' },
        },
        pagination: { name: 'pagination', in: 'query', schema: { type: 'boolean' } },
        where: deep(
          'where',
          'Filters, as `where[field][operator]=value` (equals, not_equals, in, not_in, like, contains, greater_than, less_than, exists, near; `and`/`or` lists).',
        ),
        select: deep(
          'select',
          'The fields to answer with, as `select[field]=true`; `select[jsonLd]=true` adds the schema.org structured data.',
        ),
        populate: deep(
          'populate',
          'The fields of related documents, per collection: `populate[treatment-options][name]=true`.',
        ),
      },
      headers: {
        ETag: {
          description: 'A strong validator; send it back as If-None-Match for a 304.',
          schema: { type: 'string' },
        },
        'Cache-Control': {
          description:
            '`public, max-age, stale-while-revalidate` for anonymous reads; `private, no-store` with credentials.',
          schema: { type: 'string' },
        },
        'Surrogate-Key': {
          description:
            'The cache tags of the documents in the answer, space-separated (`article:12 treatment:4 article:list`).',
          schema: { type: 'string' },
        },
        'Cache-Tag': { description: 'The same tags, comma-separated.', schema: { type: 'string' } },
      },
      responses: {
        BadRequest: errorResponse(
          'The request is malformed or a value is invalid; `field` and `rule` say which.',
        ),
        Unauthorized: errorResponse('Credentials are missing or wrong.'),
        Forbidden: errorResponse('The caller may not do this.'),
        NotFound: errorResponse('No such document for this caller.'),
        Conflict: errorResponse(
          'The change conflicts with another one or with what refers to the document.',
        ),
        PayloadTooLarge: errorResponse('The body is larger than the limit.'),
        UnprocessableEntity: errorResponse(
          'A rule of the review workflow refused it; `data.problems` lists every unmet condition.',
        ),
        Locked: errorResponse('The account or document is locked.'),
        TooManyRequests: {
          ...errorResponse('Rate-limited; retry after `Retry-After` seconds.'),
          headers: {
            'Retry-After': { schema: { type: 'integer' } },
            RateLimit: { schema: { type: 'string' } },
          },
        },
        ServiceUnavailable: {
          ...errorResponse('The database is unavailable or the server is busy; retry shortly.'),
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
        },
      },
      securitySchemes: {
        jwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>` from login.',
        },
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description:
            '`users API-Key <key>`: the preview key reads drafts; a `frontend` key reads like the public, with its own rate limit.',
        },
        session: { type: 'apiKey', in: 'cookie', name: `${config.cookiePrefix}-token` },
      },
    },
  }
}
