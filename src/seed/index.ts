import { randomBytes } from 'node:crypto'

import {
  createLocalReq,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type JsonObject,
} from 'payload'
import sharp from 'sharp'

import { runExclusively } from '../db/exclusive'
import type { User } from '../payload-types'
import type { MedicalCollection } from '../workflow/reviewedFields'
import { reviewDocument, submitForReview, withdrawSubmission } from '../workflow/service'
import { workflowSettings } from '../workflow/settings'
import { ARTICLES } from './content/articles'
import { CLINICS } from './content/clinics'
import { CONDITIONS } from './content/conditions'
import { DISCLOSURES } from './content/disclosures'
import { TREATMENTS } from './content/treatments'
import {
  ASSIGNED_ARTICLE,
  RELEASE_ARTICLE,
  RELEASE_DISCLOSURE,
  RELEASE_NAME,
  RELEASE_TREATMENT_SLUG,
} from './content/workflowDemo'
import { createBilingualDraft, type Locale } from './bilingual'
import { demoAccountsBox } from './box'

export interface SeedOptions {
  /** Print the generated passwords and API key (development only). */
  printPasswords: boolean
}

const DAY = 24 * 60 * 60 * 1000

const DEMO_USERS = [
  { key: 'admin', email: 'admin@harborlight.example', name: 'Alex Morgan', roles: ['admin'] },
  { key: 'editor', email: 'editor@harborlight.example', name: 'Jordan Lee', roles: ['editor'] },
  {
    key: 'author',
    email: 'author@harborlight.example',
    name: 'Priya Natarajan',
    roles: ['author'],
  },
  {
    key: 'reviewer',
    email: 'reviewer@harborlight.example',
    name: 'Dr. Elena Vasquez',
    roles: ['medical-reviewer'],
    credentials: ['MD'],
    specialty: 'Psychiatry',
    licenseNumber: 'DEMO-A-104233',
    licenseState: 'CA',
    bio: {
      en: 'Board-certified psychiatrist who reviews the clinical content.',
      es: 'Psiquiatra certificada que revisa el contenido clínico.',
    },
  },
  {
    key: 'director',
    email: 'director@harborlight.example',
    name: 'Dr. Marcus Chen',
    roles: ['medical-reviewer'],
    credentials: ['MD'],
    specialty: 'Anesthesiology',
    licenseNumber: 'DEMO-A-088151',
    licenseState: 'CA',
    bio: {
      en: 'Anesthesiologist and medical director of the San Diego clinics.',
      es: 'Anestesiólogo y director médico de las clínicas de San Diego.',
    },
  },
  {
    key: 'preview',
    email: 'preview@harborlight.example',
    name: 'Website preview',
    roles: ['frontend-preview'],
  },
] as const

type DemoUserKey = (typeof DEMO_USERS)[number]['key']

function ids(
  slugs: readonly string[],
  bySlug: Map<string, number | string>,
): Array<number | string> {
  return slugs.map((slug) => {
    const id = bySlug.get(slug)
    if (id === undefined) throw new Error(`seed: unknown slug ${slug}`)
    return id
  })
}

class Seeder {
  readonly users = new Map<DemoUserKey, User>()
  private readonly requests = new Map<DemoUserKey, PayloadRequest>()
  readonly created: string[] = []
  readonly credentials: string[] = []

  constructor(readonly payload: Payload) {}

  async ensureUsers(): Promise<void> {
    const expires = new Date(Date.now() + 2 * 365 * DAY).toISOString()
    for (const spec of DEMO_USERS) {
      const { docs } = await this.payload.find({
        collection: 'users',
        where: { email: { equals: spec.email } },
        overrideAccess: true,
        limit: 1,
      })
      let user = docs[0]
      if (!user) {
        const password = randomBytes(12).toString('base64url')
        const apiKey = spec.key === 'preview' ? randomBytes(24).toString('hex') : undefined
        const { key, bio, ...fields } = spec as typeof spec & { bio?: Record<Locale, string> }
        const data: JsonObject = {
          ...fields,
          password,
          ...(fields.roles.includes('medical-reviewer' as never)
            ? { licenseExpiresAt: expires }
            : {}),
        }
        if (apiKey) Object.assign(data, { enableAPIKey: true, apiKey })
        user = await this.payload.create({
          collection: 'users',
          data: { ...data, bio: bio?.en } as never,
          overrideAccess: true,
          locale: 'en',
        })
        if (bio)
          await this.payload.update({
            collection: 'users',
            id: user.id,
            data: { bio: bio.es },
            locale: 'es',
            overrideAccess: true,
          })
        this.credentials.push(`  ${key.padEnd(9)} ${spec.email.padEnd(30)} ${password}`)
        if (apiKey)
          this.credentials.push(
            `  preview API key: ${apiKey}  (header: Authorization: users API-Key ${apiKey})`,
          )
      }
      this.users.set(spec.key, user)
    }
  }

  /** A Local API request acting as a demo user, with notifications off. */
  async as(key: DemoUserKey): Promise<PayloadRequest> {
    let req = this.requests.get(key)
    if (!req) {
      const user = { ...this.users.get(key)!, collection: 'users' } as User & {
        collection: 'users'
      }
      req = await createLocalReq({ user, context: { skipNotifications: true } }, this.payload)
      this.requests.set(key, req)
    }
    return req
  }

  async existing(collection: CollectionSlug, slug: string): Promise<number | string | undefined> {
    const { docs } = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0]?.id
  }

  /** Creates a document in English, then adds its Spanish text, as `author`. */
  async createBilingual(
    collection: CollectionSlug,
    data: JsonObject,
    author: DemoUserKey,
  ): Promise<number | string> {
    const id = await createBilingualDraft(this.payload, await this.as(author), collection, data)
    this.created.push(`${collection}/${data.slug}`)
    return id
  }

  async publish(collection: CollectionSlug, id: number | string): Promise<void> {
    await this.payload.update({
      collection,
      id,
      data: { _status: 'published' } as never,
      overrideAccess: false,
      req: await this.as('editor'),
    })
  }

  /** The real workflow: the author submits, the reviewer approves. */
  async signOff(collection: MedicalCollection, id: number | string): Promise<void> {
    const submitted = await submitForReview(await this.as('author'), collection, id, {
      note: 'Demo content ready for review.',
    })
    const { reviewIntervalDays } = workflowSettings(this.payload)
    const decision = {
      decision: 'approve',
      comment: 'Checked against the cited sources.',
      contentHash: submitted.contentHash,
    }
    await reviewDocument(await this.as('reviewer'), collection, id, decision, reviewIntervalDays)
  }

  /** Signed off, then published by the editor. */
  async signOffAndPublish(collection: MedicalCollection, id: number | string): Promise<void> {
    await this.signOff(collection, id)
    await this.publish(collection, id)
  }

  /** Approved now: signed off unless it is already (taken back first if a run stopped while it was in review). */
  async ensureApproved(collection: MedicalCollection, id: number | string): Promise<void> {
    const draft = await this.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    if (draft.reviewStatus === 'approved') return
    if (draft.reviewStatus === 'in-review')
      await withdrawSubmission(await this.as('author'), collection, id, {})
    await this.signOff(collection, id)
  }

  async heroImage(): Promise<number | string> {
    // Stored as harbor-light-hero-<hash of the content>.png (src/delivery/contentAddressedUploads.ts).
    const { docs } = await this.payload.find({
      collection: 'media',
      where: { filename: { like: 'harbor-light-hero-' } },
      limit: 1,
      overrideAccess: true,
    })
    if (docs[0]) return docs[0].id
    // A generated gradient, so the demo ships no third-party image.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0f4c5c"/><stop offset="1" stop-color="#e0a458"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/></svg>`
    const image = await sharp(Buffer.from(svg)).png().toBuffer()
    const media = await this.payload.create({
      collection: 'media',
      data: {
        alt: 'A calm gradient from deep teal to warm sand',
        credit: 'Generated for the demo',
      },
      file: {
        data: image,
        mimetype: 'image/png',
        name: 'harbor-light-hero.png',
        size: image.length,
      },
      locale: 'en',
      req: await this.as('editor'),
    })
    await this.payload.update({
      collection: 'media',
      id: media.id,
      data: { alt: 'Un degradado sereno del verde azulado profundo al color arena' },
      locale: 'es',
      req: await this.as('editor'),
    })
    return media.id
  }
}

/**
 * Seeds the demo content: one user per role, conditions, risk disclosures, treatments, clinics
 * and articles in English and Spanish. Medical content goes through the real review workflow
 * (submitted by the demo author, approved by the demo reviewer, published by the editor).
 * Anything that already exists (by email or slug) is left alone, so seeding twice adds nothing.
 */
export async function seedDemoContent(payload: Payload, options: SeedOptions): Promise<string[]> {
  const { created, accounts } = await runExclusively(payload, SEED_LOCK, () => seedMissing(payload))
  if (accounts.length > 0 && options.printPasswords) process.stdout.write(demoAccountsBox(accounts))
  return created
}

/**
 * Seeding checks, then creates, one item at a time (each in its own transaction): two runs at
 * once (two `npm run seed`, or two processes starting on an empty database) would both find
 * nothing and both create, then fail on the unique email or slug halfway through. They take
 * turns instead (`runExclusively`), and the second finds everything and adds nothing.
 */
const SEED_LOCK = 'seed-demo-content'

async function seedMissing(payload: Payload): Promise<{ created: string[]; accounts: string[] }> {
  const seeder = new Seeder(payload)
  await seeder.ensureUsers()

  const conditions = new Map<string, number | string>()
  for (const condition of CONDITIONS) {
    let id = await seeder.existing('conditions', condition.slug)
    if (id === undefined) {
      id = await seeder.createBilingual(
        'conditions',
        { ...condition, icd10: [...condition.icd10] },
        'editor',
      )
      await seeder.publish('conditions', id)
    }
    conditions.set(condition.slug, id)
  }

  const disclosures = new Map<string, number | string>()
  for (const disclosure of DISCLOSURES) {
    let id = await seeder.existing('risk-disclosures', disclosure.slug)
    if (id === undefined) {
      id = await seeder.createBilingual(
        'risk-disclosures',
        { ...disclosure, effectiveDate: '2026-01-01T00:00:00.000Z' },
        'author',
      )
      await seeder.signOffAndPublish('risk-disclosures', id)
    }
    disclosures.set(disclosure.slug, id)
  }

  const treatments = new Map<string, number | string>()
  for (const treatment of TREATMENTS) {
    let id = await seeder.existing('treatment-options', treatment.slug)
    if (id === undefined) {
      const data = {
        ...treatment,
        conditions: ids(treatment.conditions, conditions),
        riskDisclosures: ids(treatment.riskDisclosures, disclosures),
      }
      id = await seeder.createBilingual('treatment-options', data, 'author')
      await seeder.signOffAndPublish('treatment-options', id)
    }
    treatments.set(treatment.slug, id)
  }

  const clinics = new Map<string, number | string>()
  for (const clinic of CLINICS) {
    let id = await seeder.existing('clinic-locations', clinic.slug)
    if (id === undefined) {
      const data = {
        ...clinic,
        treatmentsOffered: ids(clinic.treatmentsOffered, treatments),
        conditionsTreated: ids(clinic.conditionsTreated, conditions),
        medicalDirector: seeder.users.get('director')!.id,
      }
      id = await seeder.createBilingual('clinic-locations', data, 'editor')
      await seeder.publish('clinic-locations', id)
    }
    clinics.set(clinic.slug, id)
  }

  const heroImage = await seeder.heroImage()
  for (const article of ARTICLES) {
    if ((await seeder.existing('articles', article.slug)) !== undefined) continue
    const data = {
      ...article,
      heroImage,
      treatments: ids(article.treatments, treatments),
      conditions: ids(article.conditions, conditions),
      clinics: ids(article.clinics, clinics),
      authors: [seeder.users.get('author')!.id],
    }
    const id = await seeder.createBilingual('articles', data, 'author')
    await seeder.signOffAndPublish('articles', id)
  }

  await seedWorkflowDemo(seeder, { conditions, treatments, clinics, heroImage })

  return { created: seeder.created, accounts: seeder.credentials }
}

interface Seeded {
  conditions: Map<string, number | string>
  treatments: Map<string, number | string>
  clinics: Map<string, number | string>
  heroImage: number | string
}

/**
 * The workflow demo: a release ready to publish (a new risk disclosure, the infusion
 * treatment's new version presenting it, a new article; all approved, none of the new text
 * live) and an article submitted to the medical director. Each step checks what is there
 * already, so a second run adds nothing and a run that stopped halfway finishes the job.
 */
async function seedWorkflowDemo(seeder: Seeder, seeded: Seeded): Promise<void> {
  const { payload } = seeder
  const link = (article: typeof RELEASE_ARTICLE | typeof ASSIGNED_ARTICLE) => ({
    ...article,
    heroImage: seeded.heroImage,
    treatments: ids(article.treatments, seeded.treatments),
    conditions: ids(article.conditions, seeded.conditions),
    clinics: ids(article.clinics, seeded.clinics),
    authors: [seeder.users.get('author')!.id],
  })

  const disclosure =
    (await seeder.existing('risk-disclosures', RELEASE_DISCLOSURE.slug)) ??
    (await seeder.createBilingual('risk-disclosures', RELEASE_DISCLOSURE, 'author'))
  await seeder.ensureApproved('risk-disclosures', disclosure)

  const treatment = seeded.treatments.get(RELEASE_TREATMENT_SLUG)!
  const current = await payload.findByID({
    collection: 'treatment-options',
    id: treatment,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const linked = (current.riskDisclosures ?? []).map((entry) =>
    typeof entry === 'object' ? entry.id : entry,
  )
  if (!linked.includes(disclosure as never)) {
    await payload.update({
      collection: 'treatment-options',
      id: treatment,
      data: { riskDisclosures: [...linked, disclosure] as never },
      draft: true,
      locale: 'en',
      overrideAccess: false,
      req: await seeder.as('editor'),
    })
  }
  await seeder.ensureApproved('treatment-options', treatment)

  const article =
    (await seeder.existing('articles', RELEASE_ARTICLE.slug)) ??
    (await seeder.createBilingual('articles', link(RELEASE_ARTICLE), 'author'))
  await seeder.ensureApproved('articles', article)

  const { totalDocs } = await payload.count({
    collection: 'releases',
    where: { name: { equals: RELEASE_NAME } },
    overrideAccess: true,
  })
  if (totalDocs === 0) {
    const member = (
      relationTo: 'articles' | 'risk-disclosures' | 'treatment-options',
      value: number | string,
    ) => ({ action: 'publish' as const, document: { relationTo, value } })
    await payload.create({
      collection: 'releases',
      data: {
        name: RELEASE_NAME,
        description:
          'The driving risk goes live on the infusion page together with the new article about the ride home.',
        members: [
          member('risk-disclosures', disclosure),
          member('treatment-options', treatment),
          member('articles', article),
        ] as never,
      },
      overrideAccess: false,
      req: await seeder.as('editor'),
    })
    seeder.created.push(`releases/${RELEASE_NAME}`)
  }

  const assigned =
    (await seeder.existing('articles', ASSIGNED_ARTICLE.slug)) ??
    (await seeder.createBilingual('articles', link(ASSIGNED_ARTICLE), 'author'))
  const status = (
    await payload.findByID({
      collection: 'articles',
      id: assigned,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
  ).reviewStatus
  if (status === 'draft') {
    await submitForReview(await seeder.as('author'), 'articles', assigned, {
      note: 'Dr. Chen runs the esketamine programme; please check the observation times.',
      reviewer: String(seeder.users.get('director')!.id),
    })
  }
}

/**
 * On an empty database (no users yet), seeds the demo content; otherwise does nothing. Answers
 * the new demo accounts and their passwords, for the caller to show once start-up is done.
 */
export async function seedDemoContentIfEmpty(payload: Payload): Promise<string[]> {
  // Checked inside the lock: a run that waited finds the other run's users and leaves.
  return runExclusively(payload, SEED_LOCK, async () => {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) return []
    const started = Date.now()
    const { created, accounts } = await seedMissing(payload)
    payload.logger.info(`Seeded ${created.length} demo documents in ${Date.now() - started} ms`)
    return accounts
  })
}
