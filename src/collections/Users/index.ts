import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { canUseAdmin } from '../../access/isStaff'
import { adminOrSelf, adminOrSelfField, staffCanRead } from '../../access/users'
import { ROLES } from '../../access/roles'
import { refuseDeleteWhileReferenced } from '../../hooks/refuseDeleteWhileReferenced'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { guardAdminOnlyFields } from './hooks/guardAdminOnlyFields'
import { keepLastAdminAccount, keepLastAdminRole } from './hooks/protectLastAdmin'
import { recordAccountChanges, recordAccountDeletion } from './hooks/recordAccountChanges'
import { refuseSelfCredentialing } from './hooks/refuseSelfCredentialing'
import { existingUploads } from '../../fields/validators'

export const CREDENTIALS = ['MD', 'DO', 'PharmD', 'NP', 'PsyD', 'PhD', 'LCSW'] as const

const TEN_MINUTES_MS = 10 * 60 * 1000

export interface UsersOptions {
  /** Session cookies get `Secure` in production. */
  secureCookies: boolean
}

export function createUsersCollection({ secureCookies }: UsersOptions): CollectionConfig<'users'> {
  return {
    slug: 'users',
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'email', 'roles', 'credentials'],
      group: 'People',
    },
    auth: {
      useAPIKey: true,
      maxLoginAttempts: 5,
      lockTime: TEN_MINUTES_MS,
      tokenExpiration: 2 * 60 * 60,
      cookies: { secure: secureCookies, sameSite: 'Lax' },
      /*
       * Payload's per-account pause between reset emails reserves the account with a write
       * outside the request's transaction; on SQLite, where that transaction holds the only
       * write lock, the request waited on itself and answered 503 with no email. The pause is
       * off on every database, so the schema and generated types do not depend on which one
       * runs; the per-address limit on credential paths (RATE_LIMIT_LOGIN_PER_15_MIN) bounds
       * reset requests instead.
       */
      forgotPassword: { minRequestInterval: 0 },
    },
    access: {
      admin: canUseAdmin,
      create: isAdmin,
      read: staffCanRead,
      update: adminOrSelf,
      delete: isAdmin,
      unlock: isAdmin,
    },
    defaultPopulate: { name: true, credentials: true, specialty: true, photo: true },
    hooks: {
      beforeOperation: [enforcePasswordPolicy, guardAdminOnlyFields],
      beforeChange: [assignFirstUserAdmin, refuseSelfCredentialing, keepLastAdminRole],
      afterChange: [recordAccountChanges],
      beforeDelete: [keepLastAdminAccount, refuseDeleteWhileReferenced, recordAccountDeletion],
    },
    fields: [
      // The email address is private: admins and the user themselves read it (staff pick colleagues by name).
      { name: 'email', type: 'email', access: { read: adminOrSelfField } },
      // The public byline shows name, credentials, specialty and photo: set by admins, never self-declared.
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        access: { update: isAdminField },
      },
      {
        name: 'roles',
        type: 'select',
        hasMany: true,
        required: true,
        defaultValue: ['author'],
        options: ROLES.map((role) => ({ label: role, value: role })),
        saveToJWT: true,
        access: { update: isAdminField, create: isAdminField },
        admin: { description: 'Only admins can change roles, and never their own.' },
      },
      {
        name: 'credentials',
        type: 'select',
        hasMany: true,
        options: CREDENTIALS.map((credential) => ({ label: credential, value: credential })),
        access: { update: isAdminField, create: isAdminField },
      },
      {
        name: 'specialty',
        type: 'text',
        maxLength: 120,
        access: { update: isAdminField, create: isAdminField },
      },
      { name: 'bio', type: 'textarea', localized: true, maxLength: 2000 },
      {
        name: 'photo',
        type: 'upload',
        relationTo: 'media',
        validate: existingUploads,
        access: { update: isAdminField, create: isAdminField },
      },
      {
        type: 'collapsible',
        label: 'License (never public)',
        admin: { description: 'Kept to verify medical reviewers; set by admins.' },
        fields: [
          {
            name: 'licenseNumber',
            type: 'text',
            maxLength: 64,
            access: { read: adminOrSelfField, update: isAdminField, create: isAdminField },
          },
          {
            name: 'licenseState',
            type: 'text',
            maxLength: 2,
            access: { read: adminOrSelfField, update: isAdminField, create: isAdminField },
            validate: (value: null | string | undefined) =>
              !value ||
              /^[A-Z]{2}$/.test(value) ||
              'Use the two-letter US state code, for example CA.',
          },
          {
            name: 'licenseExpiresAt',
            type: 'date',
            access: { read: adminOrSelfField, update: isAdminField, create: isAdminField },
          },
        ],
      },
    ],
  }
}
