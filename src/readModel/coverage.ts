import { DEFAULT_NEARBY_DEPTH } from '../delivery/nearbyClinics'
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
  /**
   * The shape `GET /api/<collection>/near` answers from, for collections with a `location`
   * group: each published document's point is kept beside its snapshots (src/readModel/nearby.ts).
   */
  nearby?: string
  /** False: GraphQL reads of the collection are Payload's (see the collection's entry). */
  graphQL?: false
  /** Relationship fields a list may be filtered on (`where[field][in]=<id>` or `[equals]`), one id at a time. */
  listFilters: readonly string[]
  /**
   * `sort` values a list may ask for, each with the columns that order it (newest first). The
   * snapshots and the links both have them (filtered lists page through the links' index), so a
   * new sort column goes into both tables.
   */
  sorts: Record<string, readonly SortColumn[]>
}

export type SortColumn = 'created_at' | 'published_at'

/** Payload orders by the field asked for, then by `-createdAt` (drizzle's buildOrderBy). */
const NEWEST_FIRST: Record<string, readonly SortColumn[]> = {
  '': ['created_at'],
  '-createdAt': ['created_at'],
}

/** The collections with snapshots: the medical ones, and clinics (their pages and "clinics near me"). */
export type ReadModelCollection = MedicalCollection | 'clinic-locations'

export const READ_MODEL: Record<ReadModelCollection, CollectionCoverage> = {
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
  'clinic-locations': {
    // `nearby` is what the nearby search answers per clinic, at its own default depth.
    shapes: { page: {}, nearby: { depth: DEFAULT_NEARBY_DEPTH } },
    nearby: 'nearby',
    // Payload tags a GraphQL answer by the fields it asks for: a clinic's name alone is not
    // purged when one of its treatments is republished. An answer from the whole snapshot would
    // carry every tag the snapshot has, and be purged with it.
    graphQL: false,
    listFilters: [],
    sorts: NEWEST_FIRST,
  },
}

export const READ_MODEL_COLLECTIONS = Object.keys(READ_MODEL) as ReadModelCollection[]

export const isReadModelCollection = (slug: string): slug is ReadModelCollection =>
  slug in READ_MODEL

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
 * Raised when what the read model stores changes without the coverage above changing (a hook
 * that adds a field to answers, a Payload upgrade, a new column): every server then rebuilds the
 * read model at start. 2: links carry their document’s sort columns. 3: snapshots no longer depend
 * on the lists that only a join field recorded.
 */
export const READ_MODEL_REVISION = 3
