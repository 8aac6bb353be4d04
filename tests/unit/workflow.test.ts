import fc from 'fast-check'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Articles } from '../../src/collections/Articles'
import { RiskDisclosures } from '../../src/collections/RiskDisclosures'
import { TreatmentOptions } from '../../src/collections/TreatmentOptions'
import { canonicalJSON } from '../../src/workflow/canonical'
import { scanClaims, DEFAULT_CLAIM_PHRASES } from '../../src/workflow/claims'
import { contentHash, reviewedContent } from '../../src/workflow/contentHash'
import { mergeIntoLocales } from '../../src/workflow/mergeLocale'
import { MEDICAL_COLLECTIONS } from '../../src/workflow/reviewedFields'
import {
  decisionProblems,
  publishProblems,
  reviewerQualificationProblems,
  statusCode,
  submitProblems,
  withdrawalProblems,
  withdrawProblems,
  type PublishFacts,
} from '../../src/workflow/rules'
import { approvalVoidedBy, canTransition, targetStatus } from '../../src/workflow/states'

const articleFields = Articles.fields as Field[]
const treatmentFields = TreatmentOptions.fields as Field[]
const NOW = new Date('2026-06-01T00:00:00Z')

const paragraph = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  indent: 0,
  format: '',
  children: [{ type: 'text', text, format: 0, version: 1, detail: 0, mode: 'normal', style: '' }],
  ...extra,
})

const article = () => ({
  id: 7,
  title: { en: 'Ketamine therapy', es: 'Terapia con ketamina' },
  summary: { en: 'What it is.', es: 'Qué es.' },
  body: {
    en: { root: { type: 'root', children: [paragraph('Relief can come within hours.')] } },
    es: null,
  },
  conditions: [3, 1, 2],
  treatments: [5],
  clinics: [9],
  references: [{ id: 'row1', title: 'A study', url: 'https://doi.org/10.1/x', year: 2020 }],
  seo: { metaTitle: { en: 'SEO title' } },
  internalNotes: 'staff only',
  slug: 'ketamine-therapy',
  publishedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  reviewStatus: 'approved',
})

describe('canonical JSON', () => {
  it('does not depend on key order and treats every kind of "no value" alike', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }),
          fc.oneof(fc.integer(), fc.string({ minLength: 1 })),
        ),
        (dict) => {
          const reversed = Object.fromEntries(Object.entries(dict).reverse())
          return canonicalJSON(dict) === canonicalJSON(reversed)
        },
      ),
      { seed: 20261127, numRuns: 300 },
    )
    expect(canonicalJSON({ a: null, b: '', c: [], d: {}, e: undefined, f: 1 })).toBe('{"f":1}')
  })
})

describe('content hash', () => {
  const hash = (doc: Record<string, unknown>) => contentHash('articles', articleFields, doc)

  it('is stable, and ignores timestamps, internal notes, clinics, the workflow and its records', () => {
    const base = hash(article())
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(hash({ ...article(), internalNotes: 'changed', updatedAt: 'x', clinics: [] })).toBe(base)
    expect(
      hash({
        ...article(),
        reviewStatus: 'draft',
        publishedAt: null,
        contributors: [9],
        documentKey: 'k',
        claimFlags: [],
      }),
    ).toBe(base)
  })

  it('covers what search engines show: the slug, the SEO title and description, the images', () => {
    const base = hash(article())
    expect(hash({ ...article(), slug: 'ketamine-cures-depression' })).not.toBe(base)
    expect(hash({ ...article(), seo: { metaTitle: { en: 'Guaranteed cure' } } })).not.toBe(base)
    expect(
      hash({ ...article(), seo: { metaDescription: { es: 'Sin efectos secundarios' } } }),
    ).not.toBe(base)
    expect(hash({ ...article(), heroImage: 12 })).not.toBe(base)
  })

  it('changes with any reviewed field, in any locale', () => {
    const base = hash(article())
    expect(hash({ ...article(), title: { en: 'Ketamine therapy', es: 'Otro título' } })).not.toBe(
      base,
    )
    expect(hash({ ...article(), treatments: [5, 6] })).not.toBe(base)
    expect(hash({ ...article(), references: [] })).not.toBe(base)
    expect(
      hash({ ...article(), references: [{ ...article().references[0], year: 2021 }] }),
    ).not.toBe(base)
    const body = {
      en: { root: { type: 'root', children: [paragraph('Relief can come within days.')] } },
    }
    expect(hash({ ...article(), body })).not.toBe(base)
  })

  it('treats linked conditions and treatments as sets but keeps reference order and row ids out', () => {
    const base = hash(article())
    expect(hash({ ...article(), conditions: [1, 2, 3] })).toBe(base)
    expect(hash({ ...article(), conditions: [{ id: 2 }, { id: 3 }, { id: 1 }] })).toBe(base)
    expect(
      hash({ ...article(), references: [{ ...article().references[0], id: 'another-row-id' }] }),
    ).toBe(base)
  })

  it('ignores rich-text editor bookkeeping but not emphasis or links', () => {
    const base = hash(article())
    const noisy = {
      en: {
        root: {
          type: 'root',
          direction: 'rtl',
          version: 3,
          children: [paragraph('Relief can come within hours.', { indent: 2, textFormat: 1 })],
        },
      },
      es: null,
    }
    expect(hash({ ...article(), body: noisy })).toBe(base)
    const bold = {
      en: {
        root: {
          type: 'root',
          children: [
            {
              ...paragraph(''),
              children: [{ type: 'text', text: 'Relief can come within hours.', format: 1 }],
            },
          ],
        },
      },
    }
    expect(hash({ ...article(), body: bold })).not.toBe(base)
  })

  it('differs between collections for the same values', () => {
    const doc = { title: { en: 'Same' } }
    expect(contentHash('articles', articleFields, doc)).not.toBe(
      contentHash('risk-disclosures', RiskDisclosures.fields as Field[], doc),
    )
  })

  it('covers every locale of a localized field inside a group', () => {
    const treatment = {
      name: { en: 'IV' },
      protocol: { typicalSessions: 6, dosingNote: { en: 'By weight', es: 'Según el peso' } },
    }
    const content = reviewedContent('treatment-options', treatmentFields, treatment)
    expect(content.protocol).toEqual({
      typicalSessions: 6,
      sessionMinutes: undefined,
      monitoringMinutes: undefined,
      dosingNote: { en: 'By weight', es: 'Según el peso' },
    })
    const changed = {
      ...treatment,
      protocol: { ...treatment.protocol, dosingNote: { en: 'By weight', es: 'Otro' } },
    }
    expect(contentHash('treatment-options', treatmentFields, changed)).not.toBe(
      contentHash('treatment-options', treatmentFields, treatment),
    )
  })

  it('has no localized field inside an array in any medical collection (the locale merge does not support it)', () => {
    const insideArrays = (fields: Field[], inArray: boolean): string[] =>
      fields.flatMap((field) => {
        const here =
          inArray && 'localized' in field && field.localized
            ? ['name' in field ? field.name : '?']
            : []
        const children =
          'fields' in field && Array.isArray(field.fields)
            ? insideArrays(field.fields, inArray || field.type === 'array')
            : []
        return [...here, ...children]
      })
    for (const fields of [articleFields, treatmentFields, RiskDisclosures.fields as Field[]])
      expect(insideArrays(fields, false)).toEqual([])
    expect(MEDICAL_COLLECTIONS).toHaveLength(3)
  })
})

describe('mergeIntoLocales', () => {
  it('replaces only the request locale of localized fields, and whole values otherwise', () => {
    const stored = {
      name: { en: 'Hello', es: 'Hola' },
      protocol: { typicalSessions: 6, dosingNote: { en: 'A', es: 'B' } },
      route: 'intravenous',
    }
    const incoming = {
      name: 'Buenas',
      protocol: { typicalSessions: 8, dosingNote: 'C' },
      route: 'intranasal',
    }
    expect(mergeIntoLocales(treatmentFields, stored, incoming, 'es')).toEqual({
      name: { en: 'Hello', es: 'Buenas' },
      protocol: { typicalSessions: 8, dosingNote: { en: 'A', es: 'C' } },
      route: 'intranasal',
    })
  })

  it('builds the all-locale shape from nothing on create', () => {
    expect(mergeIntoLocales(articleFields, {}, { title: 'New', treatments: [1] }, 'en')).toEqual({
      title: { en: 'New' },
      treatments: [1],
    })
  })
})

describe('state machine', () => {
  it('allows exactly the transitions in the workflow picture', () => {
    expect(canTransition('draft', 'submit')).toBe(true)
    expect(canTransition('changes-requested', 'submit')).toBe(true)
    expect(canTransition('review-overdue', 'submit')).toBe(true)
    expect(canTransition('in-review', 'submit')).toBe(false)
    expect(canTransition('approved', 'submit')).toBe(false)
    expect(canTransition('in-review', 'approve')).toBe(true)
    expect(canTransition('draft', 'approve')).toBe(false)
    expect(canTransition('approved', 'request-changes')).toBe(false)
    expect(canTransition('approved', 'mark-overdue')).toBe(true)
    expect(targetStatus('request-changes')).toBe('changes-requested')
  })

  it('voids an approval, pending or live, on a content change, and lets a document in review be taken back', () => {
    expect(approvalVoidedBy('approved')).toBe(true)
    expect(approvalVoidedBy('review-overdue')).toBe(true)
    expect(approvalVoidedBy('changes-requested')).toBe(false)
    expect(approvalVoidedBy('draft')).toBe(false)
    expect(canTransition('in-review', 'withdraw')).toBe(true)
    expect(canTransition('approved', 'withdraw')).toBe(false)
    expect(targetStatus('withdraw')).toBe('draft')
  })
})

describe('sign-off rules', () => {
  const reviewer = {
    id: 'r1',
    roles: ['medical-reviewer'],
    licenseExpiresAt: '2027-01-01T00:00:00Z',
  }
  const approval = {
    action: 'approve' as const,
    contentHash: 'h',
    actorId: 'r1',
    decidedAt: '2026-05-01T00:00:00Z',
  }
  const facts = (overrides: Partial<PublishFacts> = {}): PublishFacts => ({
    collection: 'risk-disclosures',
    actor: { id: 'e1', roles: ['editor'] },
    hash: 'h',
    status: 'approved',
    latestDecision: approval,
    approver: reviewer,
    contributorIds: ['a1'],
    now: NOW,
    reviewIntervalDays: 365,
    ...overrides,
  })
  const rules = (problems: Array<{ rule: string }>) =>
    problems.map((problem) => problem.rule).sort()

  it('publishes approved content that matches, by an editor or server code', () => {
    expect(publishProblems(facts())).toEqual([])
    expect(publishProblems(facts({ actor: { id: '', roles: [], isSystem: true } }))).toEqual([])
  })

  it('lists every unmet condition at once', () => {
    expect(rules(publishProblems(facts({ latestDecision: undefined, status: 'draft' })))).toEqual([
      'approval-missing',
      'not-approved',
    ])
    expect(
      rules(
        publishProblems(
          facts({
            latestDecision: { ...approval, action: 'request-changes' },
            status: 'changes-requested',
          }),
        ),
      ),
    ).toEqual(['changes-requested', 'not-approved'])
    expect(
      rules(publishProblems(facts({ hash: 'other', actor: { id: 'a1', roles: ['author'] } }))),
    ).toEqual(['approval-mismatch', 'publish-permission'])
    expect(rules(publishProblems(facts({ contributorIds: ['r1'] })))).toEqual([
      'reviewer-is-contributor',
    ])
    expect(
      rules(
        publishProblems(
          facts({ approver: { ...reviewer, licenseExpiresAt: '2026-05-31T00:00:00Z' } }),
        ),
      ),
    ).toEqual(['reviewer-license'])
    expect(rules(publishProblems(facts({ approver: null })))).toEqual(['reviewer-missing'])
    expect(
      rules(
        publishProblems(
          facts({
            collection: 'articles',
            referenceCount: 0,
            linkedTreatments: [
              { id: '1', title: 'IV', published: false },
              { id: '2', title: 'Spray', published: true },
            ],
          }),
        ),
      ),
    ).toEqual(['references-required', 'treatment-unpublished'])
    expect(
      rules(publishProblems(facts({ collection: 'treatment-options', linkedDisclosures: [] }))),
    ).toEqual(['disclosure-required'])
    expect(
      rules(
        publishProblems(
          facts({
            collection: 'treatment-options',
            linkedDisclosures: [
              { id: '1', title: 'Nausea', published: true },
              { id: '2', title: 'Dissociation', published: false },
            ],
          }),
        ),
      ),
    ).toEqual(['disclosure-unpublished'])
  })

  it('needs the approved state: a voided approval does not come back when the text is reverted', () => {
    // Same hash as the approval, but an edit in between moved the document back to draft.
    expect(rules(publishProblems(facts({ status: 'draft' })))).toEqual(['not-approved'])
    expect(rules(publishProblems(facts({ status: 'review-overdue' })))).toEqual(['not-approved'])
  })

  it('never lets the approver publish, and refuses an approval older than the re-review interval', () => {
    expect(
      rules(publishProblems(facts({ actor: { id: 'r1', roles: ['editor', 'medical-reviewer'] } }))),
    ).toEqual(['publisher-is-approver'])
    expect(
      statusCode(
        publishProblems(facts({ actor: { id: 'r1', roles: ['editor', 'medical-reviewer'] } })),
      ),
    ).toBe(403)
    expect(rules(publishProblems(facts({ reviewIntervalDays: 30 })))).toEqual(['approval-expired'])
  })

  it('answers 403 when a permission is missing, 409 on a conflict and 422 otherwise', () => {
    expect(statusCode(publishProblems(facts({ actor: { id: 'a1', roles: ['author'] } })))).toBe(403)
    expect(statusCode(publishProblems(facts({ hash: 'x' })))).toBe(422)
    expect(
      statusCode(
        withdrawalProblems({
          actor: { id: 'e1', roles: ['editor'] },
          dependents: [{ collection: 'articles', id: '4', title: 'Your first infusion' }],
        }),
      ),
    ).toBe(409)
  })

  it('keeps what is live balanced: a withdrawal names every live document that needs it', () => {
    const dependents = [
      { collection: 'treatment-options' as const, id: '2', title: 'IV ketamine' },
      { collection: 'treatment-options' as const, id: '3', title: 'Esketamine' },
    ]
    const problems = withdrawalProblems({ actor: { id: 'e1', roles: ['editor'] }, dependents })
    expect(problems.map((problem) => problem.message)).toEqual([
      'Live treatment "IV ketamine" (id 2) needs it; unpublish that first.',
      'Live treatment "Esketamine" (id 3) needs it; unpublish that first.',
    ])
    expect(withdrawalProblems({ actor: { id: 'e1', roles: ['editor'] }, dependents: [] })).toEqual(
      [],
    )
    expect(
      rules(withdrawalProblems({ actor: { id: 'a1', roles: ['author'] }, dependents: [] })),
    ).toEqual(['unpublish-permission'])
  })

  it('lets authors, editors and admins submit, from draft, changes-requested or overdue only', () => {
    expect(
      submitProblems({
        actor: { id: 'a1', roles: ['author'] },
        authorIds: ['a1'],
        status: 'draft',
      }),
    ).toEqual([])
    expect(
      submitProblems({
        actor: { id: 'e1', roles: ['editor'] },
        authorIds: ['a1'],
        status: 'changes-requested',
      }),
    ).toEqual([])
    expect(
      rules(
        submitProblems({
          actor: { id: 'a2', roles: ['author'] },
          authorIds: ['a1'],
          status: 'draft',
        }),
      ),
    ).toEqual(['submit-permission'])
    expect(
      rules(
        submitProblems({
          actor: { id: 'r1', roles: ['medical-reviewer'] },
          authorIds: ['a1'],
          status: 'in-review',
        }),
      ),
    ).toEqual(['submit-permission', 'submit-status'])
    expect(
      withdrawProblems({
        actor: { id: 'a1', roles: ['author'] },
        authorIds: ['a1'],
        status: 'in-review',
      }),
    ).toEqual([])
    expect(
      rules(
        withdrawProblems({
          actor: { id: 'r1', roles: ['medical-reviewer'] },
          authorIds: ['a1'],
          status: 'approved',
        }),
      ),
    ).toEqual(['withdraw-permission', 'withdraw-status'])
  })

  it('lets only a qualified reviewer who did not write the document decide, on the version they read', () => {
    const base = {
      reviewer,
      contributorIds: ['a1'],
      status: 'in-review' as const,
      decision: 'approve' as const,
      openClaimFlags: 0,
      now: NOW,
      seenHash: 'h',
      currentHash: 'h',
      submittedHash: 'h',
    }
    expect(decisionProblems(base)).toEqual([])
    expect(rules(decisionProblems({ ...base, contributorIds: ['r1'] }))).toEqual([
      'reviewer-is-contributor',
    ])
    expect(rules(decisionProblems({ ...base, decision: 'request-changes', comment: ' ' }))).toEqual(
      ['comment-required'],
    )
    expect(rules(decisionProblems({ ...base, openClaimFlags: 2 }))).toEqual([
      'claim-flags-need-comment',
    ])
    expect(decisionProblems({ ...base, openClaimFlags: 2, comment: 'Quoted as a myth.' })).toEqual(
      [],
    )
    expect(rules(decisionProblems({ ...base, status: 'draft' }))).toEqual(['decision-status'])
    const stale = decisionProblems({
      ...base,
      seenHash: 'a'.repeat(64),
      currentHash: 'b'.repeat(64),
    })
    expect(rules(stale)).toEqual(['content-changed'])
    expect(stale[0].message).toContain('aaaaaaaaaaaa')
    expect(stale[0].message).toContain('bbbbbbbbbbbb')
    expect(statusCode(stale)).toBe(409)
    expect(rules(decisionProblems({ ...base, submittedHash: 'old' }))).toEqual([
      'submission-changed',
    ])
    expect(
      rules(
        reviewerQualificationProblems({ id: 'x', roles: ['editor'], licenseExpiresAt: null }, NOW),
      ),
    ).toEqual(['reviewer-license', 'reviewer-role'])
  })
})

describe('claim checks', () => {
  const scan = (doc: Record<string, unknown>) =>
    scanClaims('articles', articleFields, doc, DEFAULT_CLAIM_PHRASES, ['en', 'es'])

  it('finds whole phrases in every locale and in rich text, once per phrase, field and locale', () => {
    const flags = scan({
      title: { en: 'A miracle? No.', es: 'Un milagro' },
      summary: { en: 'Secure, procured care is not a cure. Cure, cure.' },
      body: {
        en: {
          root: {
            type: 'root',
            children: [
              paragraph('Side effects: there are no side effects worth noting, we claim.'),
            ],
          },
        },
      },
    })
    expect(flags.map((flag) => `${flag.phrase}|${flag.field}|${flag.locale}`).sort()).toEqual([
      'cure|summary|en',
      'milagro|title|es',
      'miracle|title|en',
      'no side effects|body|en',
    ])
    expect(flags.find((flag) => flag.phrase === 'no side effects')?.excerpt).toContain(
      'there are no side effects worth noting',
    )
  })

  it('scans the public SEO text and the slug, and ignores staff notes', () => {
    const flags = scan({
      seo: { metaTitle: { en: 'Guaranteed results' } },
      slug: 'ketamine-cures-depression',
      internalNotes: 'miracle',
    })
    expect(flags.map((flag) => `${flag.phrase}|${flag.field}`).sort()).toEqual([
      'cures|slug',
      'guaranteed|seo.metaTitle',
    ])
  })
})
