import { createLocalReq, type Field, type Payload, type PayloadRequest } from 'payload'

import { slugify } from '../../src/fields/slug'
import { rebuildDocument } from '../../src/readModel/build'
import { yieldToEventLoop } from '../../src/readModel/refresh'
import type { User } from '../../src/payload-types'
import { scanClaims } from '../../src/workflow/claims'
import { contentHash } from '../../src/workflow/contentHash'
import { workflowSettings } from '../../src/workflow/settings'
import { references } from './content'
import type { Random } from './random'
import { richText, sentences, title } from './text'

type Id = number | string
type Data = Record<string, unknown>

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

export interface ArticleWriterContext {
  payload: Payload
  conditionIds: Id[]
  treatmentIds: Id[]
  clinicIds: Id[]
  mediaIds: Id[]
  authors: User[]
  reviewers: User[]
  editor: User
}

export interface WrittenArticles {
  ids: Id[]
  slugs: string[]
  /** Rows the fast path wrote, by kind. */
  documents: number
  versions: number
  reviewRecords: number
}

interface PreparedArticle {
  data: Data
  slug: string
  hash: string
  time: Timeline
  author: User
  reviewer: User
}

interface Timeline {
  createdAt: string
  submittedAt: string
  reviewedAt: string
  publishedAt: string
  nextReviewDue: string
}

/**
 * Writes published, signed-off articles straight through the database adapter: for each one
 * the main row, one published version, the submit, approve and publish records of the
 * audit trail, whose content hash is computed by the workflow's own `contentHash()` from
 * exactly the stored content, and its published read-model snapshots (the publish hook's own
 * `rebuildDocument`). Payload's hooks do not run, so this is many times faster than
 * the Local API while leaving the rows the workflow would leave (the intermediate draft
 * versions excepted); `verifyPublishedArticles` checks the result with the workflow's rules.
 */
export class FastArticleWriter {
  private readonly fields: Field[]
  private readonly claimPhrases: readonly string[]
  private readonly locales: readonly string[]
  private readonly reviewIntervalMs: number

  constructor(
    private readonly context: ArticleWriterContext,
    private readonly random: Random,
  ) {
    this.fields = context.payload.collections.articles.config.fields
    const settings = workflowSettings(context.payload)
    this.claimPhrases = settings.claimPhrases
    this.locales = settings.locales
    this.reviewIntervalMs = settings.reviewIntervalDays * DAY
  }

  /**
   * Writes `count` articles in transactions of `batchSize` articles, `writers` transactions at
   * a time (PostgreSQL gains from several; SQLite admits one writer), their publication dates
   * spread over the last year. `onBatch` hears how many are done.
   */
  async write(
    count: number,
    batchSize: number,
    writers: number,
    onBatch: (done: number) => void,
  ): Promise<WrittenArticles> {
    const now = Date.now()
    const spacing = (360 * DAY) / count
    const order = this.random.shuffle(Array.from({ length: count }, (_, index) => index))
    const written: Array<{ id: Id; slug: string }> = new Array(count)
    let nextStart = 0
    let done = 0
    let failure: unknown
    const writer = async () => {
      while (nextStart < count && failure === undefined) {
        const start = nextStart
        nextStart += batchSize
        // Generated before the first await, so the content depends on the seed, not on which writer stores it.
        const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, offset) =>
          this.prepare(start + offset, this.timeline(now - (order[start + offset] + 1) * spacing)),
        )
        try {
          const ids = await this.storeBatch(batch)
          batch.forEach(
            (article, offset) =>
              (written[start + offset] = { id: ids[offset], slug: article.slug }),
          )
        } catch (error) {
          failure ??= error
          return
        }
        done += batch.length
        onBatch(done)
        // SQLite's driver answers synchronously: without a turn of the event loop its statements'
        // finalizers never ran, and the seed grew past 11 GB RSS by 7,000 articles.
        await yieldToEventLoop()
      }
    }
    await Promise.all(Array.from({ length: writers }, writer))
    if (failure !== undefined) throw failure
    return {
      ids: written.map((article) => article.id),
      slugs: written.map((article) => article.slug),
      documents: count,
      versions: count,
      reviewRecords: 3 * count,
    }
  }

  /** One transaction for the batch: all of it lands, or none. */
  private async storeBatch(batch: PreparedArticle[]): Promise<Id[]> {
    const { payload } = this.context
    const transactionID = await payload.db.beginTransaction()
    if (transactionID === null) throw new Error('the database adapter did not open a transaction')
    const req = await createLocalReq({}, payload)
    req.transactionID = transactionID
    try {
      const ids: Id[] = []
      for (const article of batch) ids.push(await this.store(req, article))
      await payload.db.commitTransaction(transactionID)
      return ids
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }

  private timeline(publishedAt: number): Timeline {
    const reviewedAt = publishedAt - this.random.int(1, 48) * HOUR
    const submittedAt = reviewedAt - this.random.int(1, 72) * HOUR
    const iso = (time: number) => new Date(time).toISOString()
    return {
      createdAt: iso(submittedAt - this.random.int(1, 30) * DAY),
      submittedAt: iso(submittedAt),
      reviewedAt: iso(reviewedAt),
      publishedAt: iso(publishedAt),
      nextReviewDue: iso(reviewedAt + this.reviewIntervalMs),
    }
  }

  private articleData(index: number, time: Timeline, author: User, reviewer: User): Data {
    const { random, context } = this
    const heading = { en: title(random, 'en', 5, 10), es: title(random, 'es', 5, 10) }
    const rowId = () => random.hex(24)
    const content: Data = {
      title: heading,
      slug: `${slugify(heading.en).slice(0, 80).replace(/-+$/, '')}-${index + 1}`,
      summary: { en: sentences(random, 'en', 300, 2), es: sentences(random, 'es', 300, 2) },
      body: {
        en: richText(random, 'en', { words: random.int(1400, 1600) }),
        es: richText(random, 'es', { words: random.int(1400, 1600) }),
      },
      heroImage: random.pick(context.mediaIds),
      conditions: random.sample(context.conditionIds, random.int(1, 3)),
      treatments: random.sample(context.treatmentIds, random.int(2, 4)),
      clinics: random.sample(context.clinicIds, random.int(1, 2)),
      references: references(random, random.int(3, 8), `article-${index + 1}`, rowId),
      seo: {
        metaTitle: { en: heading.en.slice(0, 70), es: heading.es.slice(0, 70) },
        metaDescription: {
          en: sentences(random, 'en', 160, 1),
          es: sentences(random, 'es', 160, 1),
        },
      },
      publishedAt: time.publishedAt,
      authors: [author.id],
      contributors: [author.id],
      documentKey: `bench-article-${index + 1}-${random.hex(16)}`,
    }
    const flags = scanClaims('articles', this.fields, content, this.claimPhrases, this.locales)
    return {
      ...content,
      claimFlags: flags.map((flag) => ({ id: rowId(), ...flag })),
      reviewStatus: 'approved',
      medicalReviewer: reviewer.id,
      lastReviewedAt: time.reviewedAt,
      nextReviewDue: time.nextReviewDue,
      createdAt: time.createdAt,
      updatedAt: time.publishedAt,
      _status: 'published',
    }
  }

  /** The article's rows-to-be and the hash of its reviewed content. */
  private prepare(index: number, time: Timeline): PreparedArticle {
    const author = this.random.pick(this.context.authors)
    const reviewer = this.random.pick(this.context.reviewers)
    const data = this.articleData(index, time, author, reviewer)
    return {
      data,
      slug: data.slug as string,
      hash: contentHash('articles', this.fields, data),
      time,
      author,
      reviewer,
    }
  }

  private async store(req: PayloadRequest, article: PreparedArticle): Promise<Id> {
    const { payload, editor } = this.context
    const { data, hash, time, author, reviewer } = article
    // The adapter moves array row ids of versions into another column, so each write gets its own rows.
    const copyRows = () => ({
      ...data,
      references: (data.references as Data[]).map((row) => ({ ...row })),
      claimFlags: (data.claimFlags as Data[]).map((row) => ({ ...row })),
    })
    const { id } = (await payload.db.create({
      collection: 'articles',
      data: copyRows(),
      req,
      select: { id: true },
    })) as { id: Id }
    const version = await payload.db.createVersion({
      collectionSlug: 'articles',
      parent: id,
      versionData: copyRows(),
      createdAt: time.publishedAt,
      updatedAt: time.publishedAt,
      autosave: false,
      req,
      select: { id: true },
    })
    const versionId = String(version.id)
    const record = (action: string, actor: User, at: string, extra: Data) =>
      payload.db.create({
        collection: 'review-records',
        data: {
          action,
          targetCollection: 'articles',
          documentId: String(id),
          documentKey: data.documentKey,
          documentTitle: (data.title as { en: string }).en,
          versionId,
          contentHash: hash,
          actor: actor.id,
          actorName: actor.name,
          actorCredentials: actor.credentials?.join(', ') ?? '',
          actorRoles: actor.roles?.join(', ') ?? '',
          summary: `${action}${extra.decision ? ` (${extra.decision})` : ''} · articles ${id}`,
          createdAt: at,
          updatedAt: at,
          ...extra,
        },
        req,
        returning: false,
      })
    await record('submit', author, time.submittedAt, { note: 'Ready for medical review.' })
    await record('decision', reviewer, time.reviewedAt, {
      decision: 'approve',
      comment: 'Checked against the cited sources.',
    })
    await record('publish', editor, time.publishedAt, {})
    // Its read-model snapshots, built as a publish builds them, in the same transaction.
    await rebuildDocument(req, 'articles', id)
    return id
  }
}
