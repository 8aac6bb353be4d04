import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import sharp from 'sharp'

import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditor'
import { fieldError } from '../errors'
import { EDITORIAL_LOCK } from '../fields/versions'
import { refuseClaimsOnReviewedImages } from '../hooks/refuseClaimsOnReviewedImages'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'

export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/svg+xml',
  'application/pdf',
]

const ALLOWED = 'a JPEG, PNG, WebP, AVIF or SVG image, or a PDF'

const KIND: Record<string, string> = {
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'image/webp': 'a WebP image',
  'image/avif': 'an AVIF image',
  'image/svg+xml': 'an SVG image',
  'application/pdf': 'a PDF',
}

/** What the bytes are (not what the file's name or the browser says), when it is an image or a PDF. */
async function detectType(data: Buffer): Promise<string | undefined> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  try {
    const { format, compression } = await sharp(data).metadata()
    // The header alone names the format; a raster image must also decode (a truncated PNG
    // passed as one and was stored, with no image sizes, as a file nothing can display).
    if (format === 'jpeg' || format === 'png' || format === 'webp' || format === 'heif')
      await sharp(data).stats()
    if (format === 'jpeg' || format === 'png' || format === 'webp') return `image/${format}`
    if (format === 'svg') return 'image/svg+xml'
    if (format === 'heif') return compression === 'av1' ? 'image/avif' : 'image/heif'
    return format ? `image/${format}` : undefined
  } catch {
    return undefined
  }
}

/**
 * Refuses, on the `file` field and with the allowed types named, an upload whose content is
 * not an allowed type, whatever its name and declared type claim. Payload's own checks would
 * answer "File type text/plain (from extension png) is not allowed" for a text file named
 * photo.png, or a bare "There was a problem while uploading the file".
 */
const refuseDisallowedContent: CollectionBeforeOperationHook<'media'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  // Someone who may not upload hears that (403) from the access rule, not about their file.
  if (!(args as { overrideAccess?: boolean }).overrideAccess && !(await isEditorOrAdmin({ req })))
    return args
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await fs.readFile(file.tempFilePath)
      : Buffer.alloc(0)
  const actual = await detectType(data)
  if (actual && MEDIA_MIME_TYPES.includes(actual)) return args
  const claimed = KIND[file.mimetype]
  const message = claimed
    ? `"${file.name}" is sent as ${claimed}, but its content is ${actual ?? 'not one'}. Upload ${ALLOWED}.`
    : `"${file.name}" is ${actual ?? file.mimetype}, which cannot be uploaded here. Upload ${ALLOWED}.`
  throw fieldError(collection.slug, 'file', message)
}

export function createMediaCollection(staticDir: string): CollectionConfig<'media'> {
  return {
    slug: 'media',
    admin: { useAsTitle: 'alt', group: 'Content' },
    access: {
      read: anyone,
      create: isEditorOrAdmin,
      update: isEditorOrAdmin,
      delete: isEditorOrAdmin,
    },
    defaultPopulate: {
      alt: true,
      url: true,
      width: true,
      height: true,
      mimeType: true,
      sizes: true,
      filename: true,
    },
    hooks: {
      beforeOperation: [refuseDisallowedContent],
      beforeChange: [refuseClaimsOnReviewedImages],
      beforeDelete: [refuseDeleteWhileReferenced],
    },
    lockDocuments: EDITORIAL_LOCK,
    upload: {
      staticDir,
      mimeTypes: MEDIA_MIME_TYPES,
      imageSizes: [
        { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
        { name: 'card', width: 768, height: 512, position: 'centre' },
        { name: 'hero', width: 1600, height: undefined },
      ],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      { name: 'alt', type: 'text', localized: true, required: true, maxLength: 300 },
      { name: 'caption', type: 'text', maxLength: 500 },
      { name: 'credit', type: 'text', maxLength: 200 },
    ],
  }
}
