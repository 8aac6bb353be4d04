import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

/**
 * `<name>-<16 hex digits of the content's sha256>`, then what Payload adds: `-<n>` when the name
 * is taken (the same content uploaded twice) and `-<width>x<height>` for resized images.
 */
const CONTENT_ADDRESSED = /-[0-9a-f]{16}(?:-\d+)?(?:-\d+x\d+)?\.[a-z0-9]+$/i
const HASH_SUFFIX = /-[0-9a-f]{16}$/i

const extensionOf = (mimeType: string): string => {
  const subtype = mimeType
    .split('/')[1]
    ?.replace(/\+xml$/, '')
    .replace(/^jpeg$/, 'jpg')
  return subtype && /^[a-z0-9]+$/.test(subtype) ? `.${subtype}` : ''
}

/** Whether a file's name changes whenever its content does, so it may be cached as immutable. */
export const isContentAddressed = (filename: string): boolean => CONTENT_ADDRESSED.test(filename)

/**
 * Names every uploaded file after a hash of its content. Payload 3.90 keeps the name the file
 * was sent with and reuses a name once its old file is gone (replacing a photo with another
 * `photo.png` twice stores the third file as `photo.png` again), so a name alone could not be
 * cached for long.
 */
const nameFilesByContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await fs.readFile(file.tempFilePath)
      : undefined
  if (!data) return args
  // A file sent without a name (a Blob in FormData is "blob") gets the extension of its type.
  const extension = path.extname(file.name) || extensionOf(file.mimetype)
  const stem = path.basename(file.name, extension).replace(HASH_SUFFIX, '')
  file.name = `${stem}-${createHash('sha256').update(data).digest('hex').slice(0, 16)}${extension}`
  return args
}

/**
 * Links a file on local disk through `mediaUrl` (a CDN in front of the API's file route)
 * instead of the API's own `/api/<collection>/file/` address. With object storage, the storage
 * plugin links through MEDIA_URL itself (src/storage/objectStorage.ts).
 */
function linkingThrough(mediaUrl: string): CollectionAfterReadHook {
  const swap = (url: unknown, fileRoute: string) =>
    typeof url === 'string' && url.startsWith(fileRoute)
      ? `${mediaUrl}/${url.slice(fileRoute.length)}`
      : url
  return ({ collection, doc, req }) => {
    const fileRoute = `${req.payload.config.serverURL}${req.payload.config.routes.api}/${collection.slug}/file/`
    const sizes =
      doc.sizes && typeof doc.sizes === 'object'
        ? Object.fromEntries(
            Object.entries(doc.sizes as Record<string, { url?: unknown }>).map(([name, size]) => [
              name,
              size && { ...size, url: swap(size.url, fileRoute) },
            ]),
          )
        : doc.sizes
    return {
      ...doc,
      url: swap(doc.url, fileRoute),
      thumbnailURL: swap(doc.thumbnailURL, fileRoute),
      sizes,
    }
  }
}

/** The upload collection, with content-addressed file names. */
export function contentAddressedUploads<T extends CollectionConfig>(collection: T): T {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), nameFilesByContent],
    },
  }
}

/** The upload collection, its files on local disk linked through `mediaUrl` when it is set. */
export function linkedThrough<T extends CollectionConfig>(
  collection: T,
  mediaUrl: string | undefined,
): T {
  if (!mediaUrl) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterRead: [...(collection.hooks?.afterRead ?? []), linkingThrough(mediaUrl)],
    },
  }
}
