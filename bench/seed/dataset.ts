import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '../../src/payload-types'
import { FastArticleWriter } from './articles'
import {
  CITIES,
  clinicData,
  conditionData,
  CONDITIONS,
  disclosureData,
  pointNear,
  references,
  treatmentData,
} from './content'
import { Random } from './random'
import { richText, sentences, title, uploadNode } from './text'
import { verifyPublishedArticles } from './verify'
import { WorkflowPublisher } from './workflow'

type Id = number | string

/** Documents published through the Local API and the workflow, besides the articles. */
export interface ReferenceSizes {
  treatments: number
  /** A multiple of `treatments`: each treatment links its own share. */
  disclosures: number
  clinics: number
}

export const FULL_SIZES: ReferenceSizes = { treatments: 20, disclosures: 60, clinics: 50 }
const MEDIA = 8

/**
 * The complex document of S6: 60 relationships of its own (hero and SEO images, images in the
 * text, every condition and treatment, and as many clinics as make up the rest).
 */
const COMPLEX_ARTICLE = {
  slug: 'complex-document-sixty-relationships',
  relationships: 60,
  inlineImages: 4,
} as const

export interface DatasetOptions {
  articles: number
  sizes: ReferenceSizes
  /** Points to search for nearby clinics from (S4). */
  nearbyPoints: number
  /** Seed of the pseudo-random generator: the same seed builds the same content. */
  seed: number
  /** Articles per database transaction on the fast path. */
  batchSize: number
  /** Transactions the fast path runs at a time. */
  writers: number
  /** How many fast-path articles to re-check against the publish rules afterwards. */
  verifySample: number
  /** Called once the workflow part is done, before the fast path starts (to count rows). */
  beforeArticles: () => Promise<void>
  log: (line: string) => void
}

export interface Dataset {
  articles: Array<{ id: Id; slug: string }>
  complexArticle: { id: Id; slug: string; relationships: number }
  /** With how many published articles each condition is linked, for the list pagination of S3. */
  conditions: Array<{ id: Id; slug: string; articleCount: number }>
  /** Points near the clinics, for "clinics near me". */
  nearbyPoints: Array<{ lat: number; lng: number }>
  editor: { email: string; password: string }
  timings: { workflowMs: number; articlesMs: number; verifyMs: number }
  counts: {
    workflowDocuments: number
    fastArticles: number
    fastVersions: number
    fastReviewRecords: number
    verifiedArticles: number
  }
}

interface Team {
  editor: User
  authors: User[]
  reviewers: User[]
  editorPassword: string
}

async function createTeam(payload: Payload): Promise<Team> {
  const password = () => randomBytes(18).toString('base64url')
  const licenseExpiresAt = new Date(Date.now() + 2 * 365 * 24 * 60 * 60 * 1000).toISOString()
  const create = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'users',
      data: { password: password(), ...data } as never,
      overrideAccess: true,
    })
  // The first account always becomes an admin, so it is made on purpose.
  await create({ email: 'admin@bench.example', name: 'Bench Admin', roles: ['admin'] })
  const editorPassword = password()
  const editor = await create({
    email: 'editor@bench.example',
    name: 'Bench Editor',
    roles: ['editor'],
    password: editorPassword,
  })
  const authors = await Promise.all(
    ['Avery Stone', 'Noor Haddad', 'Mateo Ruiz'].map((name, index) =>
      create({ email: `author${index + 1}@bench.example`, name, roles: ['author'] }),
    ),
  )
  const reviewers = [
    await create({
      email: 'reviewer1@bench.example',
      name: 'Dr. Lena Ortiz',
      roles: ['medical-reviewer'],
      credentials: ['MD'],
      specialty: 'Psychiatry',
      licenseNumber: 'BENCH-A-1001',
      licenseState: 'CA',
      licenseExpiresAt,
    }),
    await create({
      email: 'reviewer2@bench.example',
      name: 'Dr. Samuel Park',
      roles: ['medical-reviewer'],
      credentials: ['DO', 'PhD'],
      specialty: 'Anesthesiology',
      licenseNumber: 'BENCH-A-1002',
      licenseState: 'CA',
      licenseExpiresAt,
    }),
  ]
  return { editor, authors, reviewers, editorPassword }
}

async function createMedia(
  payload: Payload,
  publisher: WorkflowPublisher,
  editor: User,
  random: Random,
): Promise<Id[]> {
  const ids: Id[] = []
  const req = await publisher.as(editor)
  for (let index = 0; index < MEDIA; index += 1) {
    const [from, to] = [random.hex(6), random.hex(6)]
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#${from}"/><stop offset="1" stop-color="#${to}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/></svg>`
    const image = await sharp(Buffer.from(svg)).png().toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: {
        alt: `Gradient ${index + 1} from #${from} to #${to}`,
        credit: 'Generated for the benchmark',
      },
      file: {
        data: image,
        mimetype: 'image/png',
        name: `bench-${index + 1}.png`,
        size: image.length,
      },
      locale: 'en',
      req,
    })
    await payload.update({
      collection: 'media',
      id: media.id,
      data: { alt: `Degradado ${index + 1} de #${from} a #${to}` },
      locale: 'es',
      req,
    })
    ids.push(media.id)
  }
  return ids
}

/**
 * Seeds the benchmark dataset into an empty database: users, media, conditions and clinics
 * published by the editor; risk disclosures, treatments and the complex S6 article through
 * the real sign-off workflow; then the bulk of articles on the fast path, a sample of which
 * is re-checked against the workflow's publish rules.
 */
export async function seedDataset(payload: Payload, options: DatasetOptions): Promise<Dataset> {
  const random = new Random(options.seed)
  const started = Date.now()
  const team = await createTeam(payload)
  const publisher = new WorkflowPublisher(payload, team.editor)
  const author = team.authors[0]
  const reviewer = team.reviewers[0]
  let workflowDocuments = 0

  const mediaIds = await createMedia(payload, publisher, team.editor, random)
  const conditions: Array<{ id: Id; slug: string }> = []
  for (const condition of CONDITIONS) {
    conditions.push({
      id: await publisher.publishAsEditor('conditions', conditionData(random, condition)),
      slug: condition.slug,
    })
  }
  const conditionIds = conditions.map((condition) => condition.id)
  workflowDocuments += mediaIds.length + conditions.length

  const { sizes } = options
  const disclosureIds: Id[] = []
  for (let index = 0; index < sizes.disclosures; index += 1) {
    disclosureIds.push(
      await publisher.publishMedical(
        'risk-disclosures',
        disclosureData(random, index),
        author,
        reviewer,
      ),
    )
  }
  options.log(`  ${disclosureIds.length} risk disclosures signed off and published`)
  const perTreatment = Math.floor(sizes.disclosures / sizes.treatments)
  const treatmentIds: Id[] = []
  for (let index = 0; index < sizes.treatments; index += 1) {
    const linked = disclosureIds.slice(index * perTreatment, (index + 1) * perTreatment)
    treatmentIds.push(
      await publisher.publishMedical(
        'treatment-options',
        treatmentData(random, index, conditionIds, linked),
        author,
        reviewer,
      ),
    )
  }
  options.log(`  ${treatmentIds.length} treatments signed off and published`)
  const clinicIds: Id[] = []
  for (let index = 0; index < sizes.clinics; index += 1) {
    clinicIds.push(
      await publisher.publishAsEditor(
        'clinic-locations',
        clinicData(random, index, treatmentIds, conditionIds, team.reviewers[1].id),
      ),
    )
  }
  options.log(`  ${clinicIds.length} clinics published`)
  workflowDocuments += disclosureIds.length + treatmentIds.length + clinicIds.length

  // S6: one article with 60 relationships, signed off and published like any other.
  const inline = mediaIds
    .slice(0, COMPLEX_ARTICLE.inlineImages)
    .map((id) => uploadNode(random.hex(24), id))
  const complexClinics = clinicIds.slice(
    0,
    COMPLEX_ARTICLE.relationships - 2 - inline.length - conditionIds.length - treatmentIds.length,
  )
  const complexData = {
    slug: COMPLEX_ARTICLE.slug,
    title: { en: title(random, 'en', 6, 9), es: title(random, 'es', 6, 9) },
    summary: { en: sentences(random, 'en', 300, 2), es: sentences(random, 'es', 300, 2) },
    body: {
      en: richText(random, 'en', { words: 1500, inserts: inline }),
      es: richText(random, 'es', { words: 1500, inserts: inline }),
    },
    heroImage: mediaIds[0],
    conditions: conditionIds,
    treatments: treatmentIds,
    clinics: complexClinics,
    references: references(random, 8, 'complex'),
    seo: {
      metaTitle: {
        en: 'A document with sixty relationships',
        es: 'Un documento con sesenta relaciones',
      },
      image: mediaIds[1],
    },
    authors: [author.id],
  }
  const complexId = await publisher.publishMedical('articles', complexData, author, reviewer)
  const relationships =
    2 + inline.length + conditionIds.length + treatmentIds.length + complexClinics.length
  workflowDocuments += 1
  const workflowMs = Date.now() - started
  options.log(
    `  ${workflowDocuments} documents through the Local API and the workflow in ${(workflowMs / 1000).toFixed(1)} s`,
  )

  await options.beforeArticles()
  const articlesStarted = Date.now()
  const writer = new FastArticleWriter(
    {
      payload,
      conditionIds,
      treatmentIds,
      clinicIds,
      mediaIds,
      authors: team.authors,
      reviewers: team.reviewers,
      editor: team.editor,
    },
    random,
  )
  const step = Math.max(
    options.batchSize,
    Math.round(options.articles / 10 / options.batchSize) * options.batchSize,
  )
  const written = await writer.write(
    options.articles,
    options.batchSize,
    options.writers,
    (done) => {
      if (done % step === 0 || done === options.articles)
        options.log(`  ${done} / ${options.articles} articles written`)
    },
  )
  const articlesMs = Date.now() - articlesStarted

  const verifyStarted = Date.now()
  const sample = random.sample(written.ids, Math.min(options.verifySample, written.ids.length))
  await verifyPublishedArticles(payload, team.editor, [complexId, ...sample])
  const verifyMs = Date.now() - verifyStarted
  options.log(
    `  ${sample.length + 1} articles re-checked against the publish rules in ${(verifyMs / 1000).toFixed(1)} s`,
  )

  const articleCount = async (id: Id) =>
    (
      await payload.count({
        collection: 'articles',
        where: { and: [{ conditions: { in: [id] } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  return {
    articles: written.ids.map((id, index) => ({ id, slug: written.slugs[index] })),
    complexArticle: { id: complexId, slug: COMPLEX_ARTICLE.slug, relationships },
    conditions: await Promise.all(
      conditions.map(async (condition) => ({
        ...condition,
        articleCount: await articleCount(condition.id),
      })),
    ),
    nearbyPoints: Array.from({ length: options.nearbyPoints }, () =>
      pointNear(random, random.pick(CITIES), 6),
    ),
    editor: { email: team.editor.email, password: team.editorPassword },
    timings: { workflowMs, articlesMs, verifyMs },
    counts: {
      workflowDocuments,
      fastArticles: written.documents,
      fastVersions: written.versions,
      fastReviewRecords: written.reviewRecords,
      verifiedArticles: sample.length + 1,
    },
  }
}
