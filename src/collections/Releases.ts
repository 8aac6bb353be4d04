import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff'
import { canWriteReleases } from '../access/releases'
import { releaseEndpoints } from '../endpoints/releases'
import {
  keepReleaseState,
  refuseDeletingScheduledOrPublished,
} from '../hooks/releases/keepReleaseState'
import { pinReleaseMembers } from '../hooks/releases/pinReleaseMembers'
import { LOCALES } from '../locales'
import { RELEASE_ACTIONS, RELEASE_COLLECTIONS, RELEASE_STATUSES } from '../workflow/releaseRules'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

/** Releases stay small enough to check and write in one transaction. */
export const RELEASE_MAX_MEMBERS = 100

/**
 * Documents that go live (or are withdrawn) together, in one transaction or not at all. Each
 * publication is pinned to a version: for medical content, its approval (the hash of the
 * approved content in the approved locales); a member changed after pinning holds the whole
 * release back. Editors and admins write them; the workflow alone sets where one stands.
 */
export const Releases: CollectionConfig<'releases'> = {
  slug: 'releases',
  labels: { singular: 'Release', plural: 'Releases' },
  admin: {
    useAsTitle: 'name',
    group: 'Medical content',
    defaultColumns: ['name', 'status', 'publishAt', 'publishedAt', 'updatedAt'],
    description:
      'Publish or withdraw several documents together, each pinned to its approved version.',
  },
  access: {
    read: isStaff,
    create: canWriteReleases,
    update: canWriteReleases,
    delete: canWriteReleases,
  },
  endpoints: releaseEndpoints,
  hooks: {
    beforeChange: [keepReleaseState, pinReleaseMembers],
    beforeDelete: [refuseDeletingScheduledOrPublished],
  },
  fields: [
    {
      name: 'releasePanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/ReleasePanel#ReleasePanel' },
      },
    },
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    {
      name: 'members',
      type: 'array',
      maxRows: RELEASE_MAX_MEMBERS,
      labels: { singular: 'Document', plural: 'Documents' },
      admin: {
        description:
          'What this release publishes or withdraws. A publication is pinned to the version approved when it is added.',
      },
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          defaultValue: 'publish',
          options: options(RELEASE_ACTIONS),
        },
        {
          name: 'document',
          type: 'relationship',
          relationTo: [...RELEASE_COLLECTIONS],
          required: true,
        },
        {
          // Filled by the server when the member is added; a client may state the hash it expects (409 if it is not the approved one).
          name: 'contentHash',
          type: 'text',
          admin: {
            readOnly: true,
            description: 'The pinned version: the hash of its approved content.',
          },
        },
        {
          name: 'pinnedLocales',
          type: 'select',
          hasMany: true,
          options: options(LOCALES),
          admin: { readOnly: true },
        },
        { name: 'documentKey', type: 'text', admin: { hidden: true } },
        {
          name: 'pinnedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: options(RELEASE_STATUSES),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'publishAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'scheduledBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'scheduledJob', type: 'text', admin: { hidden: true } },
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Why the last scheduled run was refused.
      name: 'lastRunProblems',
      type: 'array',
      admin: {
        readOnly: true,
        condition: (data) =>
          Array.isArray(data?.lastRunProblems) && data.lastRunProblems.length > 0,
      },
      fields: [
        { name: 'rule', type: 'text' },
        { name: 'message', type: 'text' },
        { name: 'field', type: 'text' },
      ],
    },
  ],
}
