import type { PayloadRequest } from 'payload'

import { idOf } from '../lib/ids'
import { nestedReq } from '../lib/requests'
import { findClaimPhrases, type ClaimFlag } from './claims'

/** Where a medical document shows an image: its alt text and caption are public text of the document. */
const IMAGE_PATHS: ReadonlyArray<{
  field: string
  read: (doc: Record<string, unknown>) => unknown
}> = [
  { field: 'heroImage', read: (doc) => doc.heroImage },
  { field: 'seo.image', read: (doc) => (doc.seo as Record<string, unknown> | undefined)?.image },
]

/** The text a reader of an image sees: its alt text in every locale and its caption. */
export function imageTexts(
  media: Record<string, unknown>,
  locales: readonly string[],
): Array<{ field: string; locale: string; text: string }> {
  const texts: Array<{ field: string; locale: string; text: string }> = []
  const alt = media.alt
  if (alt && typeof alt === 'object') {
    for (const [locale, text] of Object.entries(alt as Record<string, unknown>))
      if (typeof text === 'string') texts.push({ field: 'alt', locale, text })
  } else if (typeof alt === 'string')
    texts.push({ field: 'alt', locale: locales[0] ?? 'en', text: alt })
  if (typeof media.caption === 'string')
    texts.push({ field: 'caption', locale: locales[0] ?? 'en', text: media.caption })
  return texts
}

/**
 * Claim wording in the images a medical document shows, flagged like wording in its own text
 * (the image is part of the reviewed content, so the reviewer sees the flag when deciding).
 */
export async function mediaClaimFlags(
  req: PayloadRequest,
  doc: Record<string, unknown>,
  phrases: readonly string[],
  locales: readonly string[],
): Promise<ClaimFlag[]> {
  const flags: ClaimFlag[] = []
  for (const { field, read } of IMAGE_PATHS) {
    const id = idOf(read(doc))
    if (!id) continue
    const media = await req.payload.findByID({
      collection: 'media',
      id,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { alt: true, caption: true },
      req: nestedReq(req),
    })
    if (!media) continue
    for (const text of imageTexts(media as unknown as Record<string, unknown>, locales)) {
      flags.push(
        ...findClaimPhrases(phrases, [
          { field: `${field}.${text.field}`, locale: text.locale, text: text.text },
        ]),
      )
    }
  }
  return flags
}
