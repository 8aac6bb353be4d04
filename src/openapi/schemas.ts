import type { TextField } from 'payload'

import { REVIEW_STATUSES } from '../fields/review'
import { ERROR_CODES } from '../server/errorEnvelope'
import { RELEASE_ACTIONS, RELEASE_COLLECTIONS, RELEASE_STATUSES } from '../workflow/releaseRules'
import { MEDICAL_COLLECTIONS } from '../workflow/reviewedFields'

/** JSON Schema as Payload generates types from it (draft 4), taken from Payload's own types. */
export type JSONSchema4 = Parameters<
  NonNullable<TextField['typescriptSchema']>[number]
>[0]['jsonSchema']

/**
 * The answers of the custom endpoints and the error envelope, as JSON Schema: the same
 * definitions become interfaces in `payload-types.ts` (through Payload's `typescript.schema`)
 * and component schemas in the OpenAPI document. References use `#/definitions/…`, as in the
 * schema Payload generates types from; the OpenAPI document rewrites them.
 */
export const RESPONSE_SCHEMAS: Record<string, JSONSchema4> = {
  ApiError: {
    title: 'ApiError',
    description:
      'One reason a request was refused. `code` is one of a fixed list; `rule` names the rule that refused, `field` the input at fault.',
    type: 'object',
    additionalProperties: true,
    properties: {
      message: { type: 'string' },
      code: { type: 'string', enum: [...ERROR_CODES] },
      field: { type: 'string' },
      rule: { type: 'string' },
      // Any JSON value: an object of details, or a list (Payload's query errors).
      data: {
        description:
          "Details, as before the envelope: `rule`, `field`, `problems`, or the fields Payload's validation refused (`errors`).",
        tsType: 'unknown',
      },
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
      contentHash: {
        type: 'string',
        description:
          'sha256 of the reviewed fields: in every locale, or for an approval in exactly the approved locales.',
      },
      recordId: { type: 'string', description: 'The review record this step wrote.' },
      versionId: { type: 'string' },
      assignedReviewer: {
        type: ['string', 'null'],
        description: 'Submissions and assignments: who reviews it; null: the pool.',
      },
      reviewDueAt: {
        type: ['string', 'null'],
        description: 'Submissions and assignments: when the review is due.',
      },
      approvedLocales: {
        type: 'array',
        items: { type: 'string' },
        description: 'Approvals: the locales the approval covers.',
      },
    },
    required: ['collection', 'id', 'reviewStatus', 'contentHash', 'recordId'],
  },
  WorkflowProblem: {
    title: 'WorkflowProblem',
    type: 'object',
    additionalProperties: false,
    properties: {
      rule: { type: 'string' },
      message: { type: 'string' },
      field: { type: 'string', description: 'For releases, `members.<index>` names the member.' },
    },
    required: ['rule', 'message'],
  },
  ReleaseResult: {
    title: 'ReleaseResult',
    description:
      'A release after publishing, scheduling or unscheduling it, or as a check finds it (`ready`), with every member and its problems.',
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      status: { type: 'string', enum: [...RELEASE_STATUSES] },
      publishAt: { type: ['string', 'null'] },
      publishedAt: { type: ['string', 'null'] },
      ready: { type: 'boolean', description: 'Checks only: nothing stops the release now.' },
      members: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            index: { type: 'integer' },
            action: { type: 'string', enum: [...RELEASE_ACTIONS] },
            collection: { type: 'string', enum: [...RELEASE_COLLECTIONS] },
            documentId: { type: 'string' },
            title: { type: 'string' },
            contentHash: {
              type: ['string', 'null'],
              description: 'The pinned version (publications).',
            },
            problems: { type: 'array', items: { $ref: '#/definitions/WorkflowProblem' } },
          },
          required: [
            'index',
            'action',
            'collection',
            'documentId',
            'title',
            'contentHash',
            'problems',
          ],
        },
      },
      problems: { type: 'array', items: { $ref: '#/definitions/WorkflowProblem' } },
    },
    required: ['id', 'name', 'status', 'publishAt', 'publishedAt', 'members', 'problems'],
  },
  DocumentActivity: {
    title: 'DocumentActivity',
    description:
      "A document's history, newest first: its review records and the saves between them.",
    type: 'object',
    additionalProperties: false,
    properties: {
      collection: { type: 'string', enum: [...MEDICAL_COLLECTIONS] },
      id: { type: 'string' },
      entries: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            at: { type: 'string' },
            kind: { type: 'string', enum: ['record', 'version'] },
            action: { type: 'string' },
            summary: { type: 'string' },
            actor: { type: ['string', 'null'] },
            comment: { type: ['string', 'null'] },
            note: { type: ['string', 'null'] },
            versionId: { type: ['string', 'null'] },
            contentHash: { type: ['string', 'null'] },
          },
          required: [
            'at',
            'kind',
            'action',
            'summary',
            'actor',
            'comment',
            'note',
            'versionId',
            'contentHash',
          ],
        },
      },
    },
    required: ['collection', 'id', 'entries'],
  },
  TranslationStatus: {
    title: 'TranslationStatus',
    description:
      'Per locale, which reviewed fields the latest draft fills and lacks, and which locales are approved and live.',
    type: 'object',
    additionalProperties: false,
    properties: {
      collection: { type: 'string', enum: [...MEDICAL_COLLECTIONS] },
      id: { type: 'string' },
      defaultLocale: { type: 'string' },
      approvedLocales: { type: 'array', items: { type: 'string' } },
      liveLocales: { type: 'array', items: { type: 'string' } },
      fields: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: { path: { type: 'string' }, label: { type: 'string' } },
          required: ['path', 'label'],
        },
      },
      locales: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            locale: { type: 'string' },
            label: { type: 'string' },
            filled: { type: 'array', items: { type: 'string' } },
            missing: { type: 'array', items: { type: 'string' } },
            complete: { type: 'boolean' },
            approved: { type: 'boolean' },
            live: { type: 'boolean' },
          },
          required: ['locale', 'label', 'filled', 'missing', 'complete', 'approved', 'live'],
        },
      },
    },
    required: [
      'collection',
      'id',
      'defaultLocale',
      'approvedLocales',
      'liveLocales',
      'fields',
      'locales',
    ],
  },
  ReviewPerson: {
    title: 'ReviewPerson',
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      credentials: { type: 'string' },
    },
    required: ['id', 'name', 'credentials'],
  },
  ReviewAssignment: {
    title: 'ReviewAssignment',
    description:
      'Who reviews the current submission and by when, who it could go to, and what the caller may do.',
    type: 'object',
    additionalProperties: false,
    properties: {
      collection: { type: 'string', enum: [...MEDICAL_COLLECTIONS] },
      id: { type: 'string' },
      status: { type: 'string', enum: [...REVIEW_STATUSES] },
      assignee: { oneOf: [{ $ref: '#/definitions/ReviewPerson' }, { type: 'null' }] },
      dueAt: { type: ['string', 'null'] },
      overdue: { type: 'boolean' },
      submittedBy: { oneOf: [{ $ref: '#/definitions/ReviewPerson' }, { type: 'null' }] },
      submittedAt: { type: ['string', 'null'] },
      candidates: { type: 'array', items: { $ref: '#/definitions/ReviewPerson' } },
      offers: {
        type: 'object',
        additionalProperties: false,
        properties: {
          claim: { type: 'boolean' },
          assign: { type: 'boolean' },
          nameReviewer: { type: 'boolean' },
        },
        required: ['claim', 'assign', 'nameReviewer'],
      },
    },
    required: [
      'collection',
      'id',
      'status',
      'assignee',
      'dueAt',
      'overdue',
      'submittedBy',
      'submittedAt',
      'candidates',
      'offers',
    ],
  },
  Inbox: {
    title: 'Inbox',
    description: 'What awaits the signed-in user, by role.',
    type: 'object',
    additionalProperties: false,
    properties: {
      total: { type: 'integer' },
      sections: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            key: { type: 'string' },
            title: { type: 'string' },
            items: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  collection: { type: 'string' },
                  id: { type: 'string' },
                  title: { type: 'string' },
                  reason: { type: 'string' },
                  dueAt: { type: ['string', 'null'] },
                  overdue: { type: 'boolean' },
                  href: { type: 'string' },
                },
                required: ['collection', 'id', 'title', 'reason', 'dueAt', 'overdue', 'href'],
              },
            },
          },
          required: ['key', 'title', 'items'],
        },
      },
    },
    required: ['total', 'sections'],
  },
  NearbyClinic: {
    title: 'NearbyClinic',
    allOf: [
      { $ref: '#/definitions/clinic-locations' },
      {
        type: 'object',
        properties: {
          distanceKm: {
            type: 'number',
            description: 'Great-circle distance from the point asked about.',
          },
        },
        required: ['distanceKm'],
      },
    ],
  },
  NearbyClinicsResponse: {
    title: 'NearbyClinicsResponse',
    type: 'object',
    additionalProperties: false,
    properties: {
      docs: {
        type: 'array',
        items: { $ref: '#/definitions/NearbyClinic' },
        description: 'Nearest first.',
      },
      totalDocs: { type: 'integer' },
      center: {
        type: 'object',
        additionalProperties: false,
        properties: { lat: { type: 'number' }, lng: { type: 'number' } },
        required: ['lat', 'lng'],
      },
      radiusKm: { type: 'number' },
    },
    required: ['docs', 'totalDocs', 'center', 'radiusKm'],
  },
  SitemapAlternate: {
    title: 'SitemapAlternate',
    type: 'object',
    additionalProperties: false,
    properties: {
      locale: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string', description: 'The page in this locale on the public website.' },
    },
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
