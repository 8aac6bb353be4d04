import type { TextField } from 'payload'

import { REVIEW_STATUSES } from '../fields/review'
import { ERROR_CODES } from '../server/errorEnvelope'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'

/** JSON Schema as Payload generates types from it (draft 4), taken from Payload's own types. */
export type JSONSchema4 = Parameters<NonNullable<TextField['typescriptSchema']>[number]>[0]['jsonSchema']

/**
 * The answers of the custom endpoints and the error envelope, as JSON Schema: the same
 * definitions become interfaces in `payload-types.ts` (through Payload's `typescript.schema`)
 * and component schemas in the OpenAPI document. References use `#/definitions/…`, as in the
 * schema Payload generates types from; the OpenAPI document rewrites them.
 */
export const RESPONSE_SCHEMAS: Record<string, JSONSchema4> = {
  ApiError: {
    title: 'ApiError',
    description: 'One reason a request was refused. `code` is one of a fixed list; `rule` names the rule that refused, `field` the input at fault.',
    type: 'object',
    additionalProperties: true,
    properties: {
      message: { type: 'string' },
      code: { type: 'string', enum: [...ERROR_CODES] },
      field: { type: 'string' },
      rule: { type: 'string' },
      // Any JSON value: an object of details, or a list (Payload's query errors).
      data: { description: 'Details, as before the envelope: `rule`, `field`, `problems`, or the fields Payload\'s validation refused (`errors`).', tsType: 'unknown' },
    },
    required: ['message', 'code'],
  },
  ApiErrorResponse: {
    title: 'ApiErrorResponse',
    description: 'Every REST error answer, with the HTTP status of the refusal.',
    type: 'object',
    additionalProperties: true,
    properties: { errors: { type: 'array', items: { $ref: '#/definitions/ApiError' } } },
    required: ['errors'],
  },
  WorkflowResult: {
    title: 'WorkflowResult',
    description: 'Where a document stands after a submission or a review decision.',
    type: 'object',
    additionalProperties: false,
    properties: {
      collection: { type: 'string', enum: [...MEDICAL_COLLECTIONS] },
      id: { type: 'string' },
      reviewStatus: { type: 'string', enum: [...REVIEW_STATUSES] },
      contentHash: { type: 'string', description: 'sha256 of the reviewed fields, in every locale.' },
      recordId: { type: 'string', description: 'The review record this step wrote.' },
      versionId: { type: 'string' },
    },
    required: ['collection', 'id', 'reviewStatus', 'contentHash', 'recordId'],
  },
  NearbyClinic: {
    title: 'NearbyClinic',
    allOf: [
      { $ref: '#/definitions/clinic-locations' },
      { type: 'object', properties: { distanceKm: { type: 'number', description: 'Great-circle distance from the point asked about.' } }, required: ['distanceKm'] },
    ],
  },
  NearbyClinicsResponse: {
    title: 'NearbyClinicsResponse',
    type: 'object',
    additionalProperties: false,
    properties: {
      docs: { type: 'array', items: { $ref: '#/definitions/NearbyClinic' }, description: 'Nearest first.' },
      totalDocs: { type: 'integer' },
      center: { type: 'object', additionalProperties: false, properties: { lat: { type: 'number' }, lng: { type: 'number' } }, required: ['lat', 'lng'] },
      radiusKm: { type: 'number' },
    },
    required: ['docs', 'totalDocs', 'center', 'radiusKm'],
  },
  SitemapAlternate: {
    title: 'SitemapAlternate',
    type: 'object',
    additionalProperties: false,
    properties: { locale: { type: 'string' }, title: { type: 'string' }, url: { type: 'string', description: 'The page in this locale on the public website.' } },
    required: ['locale', 'title', 'url'],
  },
  SitemapEntry: {
    title: 'SitemapEntry',
    type: 'object',
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: ['article', 'treatment', 'clinic'] },
      id: { type: ['number', 'string'] },
      slug: { type: 'string' },
      url: { type: 'string', description: 'The page in the default locale on the public website.' },
      updatedAt: { type: 'string' },
      lastReviewed: { type: ['string', 'null'] },
      alternates: { type: 'array', items: { $ref: '#/definitions/SitemapAlternate' } },
    },
    required: ['type', 'id', 'slug', 'url', 'updatedAt', 'lastReviewed', 'alternates'],
  },
  Sitemap: {
    title: 'Sitemap',
    type: 'object',
    additionalProperties: false,
    properties: {
      generatedAt: { type: 'string' },
      page: { type: 'integer' },
      limit: { type: 'integer' },
      totalDocs: { type: 'integer' },
      totalPages: { type: 'integer' },
      hasNextPage: { type: 'boolean' },
      entries: { type: 'array', items: { $ref: '#/definitions/SitemapEntry' } },
    },
    required: ['generatedAt', 'page', 'limit', 'totalDocs', 'totalPages', 'hasNextPage', 'entries'],
  },
  JsonLdDocument: {
    title: 'JsonLdDocument',
    description: 'schema.org structured data: a MedicalWebPage, MedicalTherapy or MedicalClinic.',
    type: 'object',
    additionalProperties: true,
    properties: { '@context': { type: 'string' }, '@type': { type: 'string' } },
    required: ['@context', '@type'],
  },
}

/** For Payload's `typescript.schema`: the definitions above become interfaces in `payload-types.ts`. */
export const withResponseSchemas = ({ jsonSchema }: { jsonSchema: JSONSchema4 }): JSONSchema4 => ({
  ...jsonSchema,
  definitions: { ...jsonSchema.definitions, ...RESPONSE_SCHEMAS },
})
