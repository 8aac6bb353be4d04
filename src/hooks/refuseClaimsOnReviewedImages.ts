import type { CollectionBeforeChangeHook } from 'payload'

import { RuleViolation } from '../errors'
import { findClaimPhrases } from '../workflow/claims'
import { imageTexts } from '../workflow/mediaClaims'
import { mergeIntoLocales } from '../workflow/mergeLocale'
import { isMedicalCollection } from '../workflow/reviewedFields'
import { workflowSettings } from '../workflow/settings'
import { findReferrers } from './refuseDeleteWhileReferenced'

/**
 * The alt text and caption of an image that medical content shows are public text of that
 * content. Wording a reviewer must look at (claim phrases) cannot be added to such an image
 * after the fact, when no reviewer would see it; it belongs in the document, where the review
 * covers it. Images no medical document uses are not limited.
 */
export const refuseClaimsOnReviewedImages: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const { claimPhrases, locales } = workflowSettings(req.payload)
  const locale = req.locale ?? 'en'
  const merged =
    locale === 'all'
      ? data
      : mergeIntoLocales(
          collection.fields,
          { alt: originalDoc.alt, caption: originalDoc.caption },
          data,
          locale,
        )
  const flags = findClaimPhrases(claimPhrases, imageTexts(merged, locales))
  if (flags.length === 0) return data
  const users = (await findReferrers(req, 'media', originalDoc.id)).filter((referrer) =>
    isMedicalCollection(referrer.collection),
  )
  if (users.length === 0) return data
  const [first] = flags
  const where = users.map((user) => `${user.collection} "${user.title}" (id ${user.id})`).join('; ')
  throw new RuleViolation(
    422,
    `"${first.phrase}" in the image's ${first.field} needs a medical reviewer, and medical content shows this image: ${where}. Put the wording in the document, where the review covers it.`,
    {
      rule: 'claim-on-reviewed-image',
      field: first.field,
      problems: flags.map((flag) => ({
        rule: 'claim-on-reviewed-image',
        field: flag.field,
        message: `"${flag.phrase}" (${flag.locale}): ${flag.excerpt}`,
      })),
    },
  )
}
