import type { MedicalCollection } from '../workflow/reviewedFields'

/**
 * What the published read model holds and which anonymous REST reads it answers: the one place
 * to look for "is this request served from a snapshot?". Everything not listed here falls
 * through to Payload.
 *
 * A shape is one way a document is asked for: `depth` (undefined: the config's default) and a
 * `select`. Each published document has one snapshot per shape and locale.
 */
export interface Shape {
  /** The `depth` parameter it answers; undefined: no `depth`, or the config's default. */
  depth?: number
  /** The `select[field]=true` fields it answers, in any order; undefined: no `select`. */
  select?: readonly string[]
}

export interface CollectionCoverage {
  shapes: Record<string, Shape>
  /** Relationship fields a list may be filtered on (`where[field][in]=<id>` or `[equals]`), one id at a time. */
  listFilters: readonly string[]
  /** `sort` values a list may ask for, each with the snapshot columns that order it (newest first). */
  sorts: Record<string, readonly SortColumn[]>
}

export type SortColumn = 'created_at' | 'published_at'

/** Payload orders by the field asked for, then by `-createdAt` (drizzle's buildOrderBy). */
const NEWEST_FIRST: Record<string, readonly SortColumn[]> = {
  '': ['created_at'],
  '-createdAt': ['created_at'],
}

export const READ_MODEL: Record<MedicalCollection, CollectionCoverage> = {
  articles: {
    shapes: {
      page: {},
      // An article card in a list (the benchmark's S3): what a listing page shows.
      card: {
        depth: 1,
        select: ['title', 'slug', 'summary', 'publishedAt', 'heroImage', 'conditions'],
      },
    },
    listFilters: ['conditions', 'treatments'],
    sorts: { ...NEWEST_FIRST, '-publishedAt': ['published_at', 'created_at'] },
  },
  'treatment-options': { shapes: { page: {} }, listFilters: ['conditions'], sorts: NEWEST_FIRST },
  'risk-disclosures': { shapes: { page: {} }, listFilters: [], sorts: NEWEST_FIRST },
}

export const READ_MODEL_COLLECTIONS = Object.keys(READ_MODEL) as MedicalCollection[]

export const isReadModelCollection = (slug: string): slug is MedicalCollection => slug in READ_MODEL

/**
 * For collections that answers embed only in part, the fields they show: a change of anything
 * else rebuilds nothing (a user's sessions and login attempts are saved on every sign-in).
 */
export const EMBEDDED_FIELDS: Record<string, readonly string[]> = {
  users: ['name', 'credentials', 'specialty', 'photo'],
}

/** Largest `limit` a list from the read model answers; larger ones go to Payload. */
export const MAX_LIST_LIMIT = 100

/**
 * Raised when what a snapshot holds changes without the coverage above changing (a hook that
 * adds a field to answers, a Payload upgrade): every server then rebuilds the read model at start.
 */
export const READ_MODEL_REVISION = 1
