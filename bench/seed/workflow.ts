import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import type { User } from '../../src/payload-types'
import { createBilingualDraft, inLocale } from '../../src/seed/bilingual'
import type { MedicalCollection } from '../../src/workflow/reviewedFields'
import { reviewDocument, submitForReview } from '../../src/workflow/service'
import { workflowSettings } from '../../src/workflow/settings'

type Data = Record<string, unknown>
type Id = number | string

/**
 * Writes documents the way people do, through the Local API with real users and access
 * control: authors draft, a medical reviewer signs off (src/workflow/service.ts), an editor
 * publishes, so every hook and sign-off rule runs.
 */
export class WorkflowPublisher {
  private readonly requests = new Map<Id, PayloadRequest>()

  constructor(
    private readonly payload: Payload,
    private readonly editor: User,
  ) {}

  /** A Local API request acting as `user`, with workflow emails switched off. */
  async as(user: User): Promise<PayloadRequest> {
    let req = this.requests.get(user.id)
    if (!req) {
      req = await createLocalReq(
        { user: { ...user, collection: 'users' }, context: { skipNotifications: true } },
        this.payload,
      )
      this.requests.set(user.id, req)
    }
    return req
  }

  /** Creates a draft in English as `author`, then adds the Spanish text. */
  async draft(collection: CollectionSlug, data: Data, author: User): Promise<Id> {
    return createBilingualDraft(this.payload, await this.as(author), collection, data)
  }

  /** Content outside the medical sign-off (conditions, clinics): the editor writes and publishes it. */
  async publishAsEditor(collection: CollectionSlug, data: Data): Promise<Id> {
    const req = await this.as(this.editor)
    const published = { _status: 'published' }
    const created = await this.payload.create({
      collection,
      data: { ...(inLocale(data, 'en') as Data), ...published } as never,
      locale: 'en',
      overrideAccess: false,
      req,
    })
    await this.payload.update({
      collection,
      id: created.id,
      data: { ...(inLocale(data, 'es') as Data), ...published } as never,
      locale: 'es',
      overrideAccess: false,
      req,
    })
    return created.id
  }

  /** The medical sign-off: `author` submits, `reviewer` approves, the editor publishes. */
  async signOffAndPublish(
    collection: MedicalCollection,
    id: Id,
    author: User,
    reviewer: User,
  ): Promise<void> {
    const submitted = await submitForReview(await this.as(author), collection, id, {
      note: 'Ready for medical review.',
    })
    const { reviewIntervalDays } = workflowSettings(this.payload)
    const decision = {
      decision: 'approve',
      comment: 'Checked against the cited sources.',
      contentHash: submitted.contentHash,
    }
    await reviewDocument(await this.as(reviewer), collection, id, decision, reviewIntervalDays)
    await this.payload.update({
      collection,
      id,
      data: { _status: 'published' } as never,
      overrideAccess: false,
      req: await this.as(this.editor),
    })
  }

  async publishMedical(
    collection: MedicalCollection,
    data: Data,
    author: User,
    reviewer: User,
  ): Promise<Id> {
    const id = await this.draft(collection, data, author)
    await this.signOffAndPublish(collection, id, author, reviewer)
    return id
  }
}
