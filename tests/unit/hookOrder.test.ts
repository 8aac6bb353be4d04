import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '../../src/config'
import { loadEnv } from '../../src/env'

/**
 * The order of src/plugins/index.ts is the order hooks run in, and the promises depend on it:
 * input is checked before any rule sees it, the sign-off decides before the collection's own
 * hooks, and nothing is announced to caches or webhooks before every rule has passed.
 */
let config: Awaited<ReturnType<typeof buildAppConfig>>
let tmpDir: string

beforeAll(async () => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-hooks-'))
  config = await buildAppConfig(
    loadEnv({
      DATABASE_URI: `file:${path.join(tmpDir, 'unused.db')}`,
      SEED_DEMO: 'false',
      MEDIA_DIR: tmpDir,
    }),
  )
})

afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true })
})

const names = (slug: string, hook: string): string[] => {
  const collection = config.collections.find((candidate) => candidate.slug === slug)!
  return ((collection.hooks as Record<string, Array<{ name: string }>>)[hook] ?? []).map(
    (fn) => fn.name,
  )
}

describe('the hook chain', () => {
  it('checks input first in every collection of the project (Payload adds its own after the plugins)', () => {
    const own = config.collections.filter(({ slug }) => !slug.startsWith('payload-'))
    expect(own.length).toBeGreaterThanOrEqual(11)
    for (const { slug } of own)
      expect(names(slug, 'beforeOperation').slice(0, 2), slug).toEqual([
        'refuseMalformedData',
        'refuseUnusableQueries',
      ])
  })

  it('runs the sign-off before an article’s own hooks and announces the change last', () => {
    expect(names('articles', 'beforeChange')).toEqual([
      'refuseStaleWrite',
      'rememberPublicationState',
      'enforceReviewWorkflow',
      'setPublishedAt',
    ])
    expect(names('articles', 'afterChange')).toEqual([
      'confirmPublication',
      'storePublishedSnapshot',
      'recordVoidedApproval',
      'announceChange',
      'queueWebhooksOnChange',
      'markDependentSnapshotsStale',
    ])
    expect(names('articles', 'beforeDelete')).toEqual([
      'refuseDeleteWhileReferenced',
      'recordDeletion',
    ])
  })

  it('gives clinics and conditions the editorial publishing hooks, clinics their own snapshots, and the audit trails none of the content hooks', () => {
    for (const slug of ['clinic-locations', 'conditions']) {
      expect(names(slug, 'beforeChange'), slug).toEqual([
        'refuseStaleWrite',
        'rememberPublicationState',
      ])
      expect(names(slug, 'afterChange'), slug).toEqual([
        'announceChange',
        'queueWebhooksOnChange',
        ...(slug === 'clinic-locations' ? ['storePublishedSnapshot'] : []),
        'markDependentSnapshotsStale',
      ])
    }
    expect(names('clinic-locations', 'afterDelete')).toEqual([
      'announceDelete',
      'queueWebhooksOnDelete',
      'dropDeletedSnapshot',
      'markDependentSnapshotsStaleOnDelete',
    ])
    for (const slug of ['review-records', 'account-audit'])
      expect(names(slug, 'afterChange'), slug).toEqual([])
  })
})
