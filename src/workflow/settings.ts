import type { Payload } from 'payload'

import { DEFAULT_CLAIM_PHRASES } from './claims'

export interface WorkflowSettings {
  reviewIntervalDays: number
  /** Days a reviewer has for a submission, unless the submission names a due date. */
  reviewDueDays: number
  claimPhrases: readonly string[]
  locales: readonly string[]
  defaultLocale: string
}

/** The workflow's settings, carried from the environment into `config.custom` at start-up. */
export function workflowSettings(payload: Payload): WorkflowSettings {
  const custom = (payload.config.custom ?? {}) as { workflow?: Partial<WorkflowSettings> }
  const localization = payload.config.localization
  return {
    reviewIntervalDays: custom.workflow?.reviewIntervalDays ?? 365,
    reviewDueDays: custom.workflow?.reviewDueDays ?? 3,
    claimPhrases: custom.workflow?.claimPhrases ?? DEFAULT_CLAIM_PHRASES,
    locales: localization ? localization.localeCodes : ['en'],
    defaultLocale: localization ? localization.defaultLocale : 'en',
  }
}
