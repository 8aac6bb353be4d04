import type { CollectionSlug, Payload } from 'payload'

import { contentHash } from '../../src/workflow/contentHash'
import type { MedicalCollection } from '../../src/workflow/reviewedFields'
import type { ApiClient } from './api'

/** The rules of a refusal, REST or GraphQL. */
export function problemRules(body: any): string[] {
  const error = body?.errors?.[0]
  return (error?.data?.problems ?? error?.extensions?.data?.problems ?? []).map(
    (problem: { rule: string }) => problem.rule,
  )
}

/** The fields of a refusal's problems (REST or GraphQL). */
export function problemFields(body: any): Array<string | undefined> {
  const error = body?.errors?.[0]
  return (error?.data?.problems ?? error?.extensions?.data?.problems ?? []).map(
    (problem: { field?: string }) => problem.field,
  )
}

/** The hash of a stored document: its latest draft, or its published version; every locale, or the ones named. */
export async function storedHash(
  payload: Payload,
  collection: MedicalCollection,
  id: number | string,
  draft: boolean,
  locales?: string[],
): Promise<string> {
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    draft,
    depth: 0,
    overrideAccess: true,
  })
  return contentHash(
    collection,
    payload.collections[collection].config.fields,
    doc as never,
    locales,
  )
}

/** The latest draft as stored, hidden fields included. */
export async function latestDraft(
  payload: Payload,
  collection: MedicalCollection,
  id: number | string,
): Promise<Record<string, any>> {
  return payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  }) as never
}

/**
 * Changes workflow fields of a document's latest version straight in the database, as time
 * passing would (a due date that is now in the past): no hook, no new version.
 */
export async function setOnLatestVersion(
  payload: Payload,
  collection: MedicalCollection,
  id: number | string,
  data: Record<string, unknown>,
): Promise<void> {
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
  })
  await payload.db.updateVersion({
    collection,
    id: docs[0].id,
    versionData: { ...docs[0], version: { ...docs[0].version, ...data } } as never,
  })
  const main = await payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
  })
  if (main) await payload.db.updateOne({ collection, id, data })
}

/** Runs the daily review job (re-review marks and reminders) as the scheduler would. */
export async function runDailyJob(payload: Payload): Promise<void> {
  await payload.jobs.queue({ task: 'markReviewOverdue', input: {} })
  await payload.jobs.run({ allQueues: true })
}

/** Submits over REST; fails loudly if refused. */
export async function submit(
  api: ApiClient,
  collection: string,
  id: number | string,
  token: string,
  body: Record<string, unknown> = {},
) {
  const response = await api.post(`/api/${collection}/${id}/submit-for-review`, body, { token })
  if (response.status !== 200)
    throw new Error(
      `submit ${collection} ${id}: ${response.status} ${JSON.stringify(response.body)}`,
    )
  return response.body
}
