import path from 'node:path'

import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { AppEnv, ObjectStorageSettings } from '../env'

/**
 * The AWS SDK client settings for the configured bucket. (A store that refuses the SDK's default
 * upload checksums takes AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED, which the SDK reads
 * itself; see the README.)
 */
export function s3ClientConfig(storage: ObjectStorageSettings): S3ClientConfig {
  return {
    region: storage.region,
    ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
    forcePathStyle: storage.forcePathStyle,
    ...(storage.credentials ? { credentials: storage.credentials } : {}),
  }
}

/** `MEDIA_URL/<folder>/<file>`: what answers link to when files are served by a CDN or a public bucket. */
export function publicFileUrl(mediaUrl: string, filename: string, prefix?: string): string {
  const key = path.posix.join(prefix ?? '', filename)
  return `${mediaUrl}/${key.split('/').map(encodeURIComponent).join('/')}`
}

/**
 * Media uploads in an S3-compatible bucket (Payload's own adapter), when S3_BUCKET is set.
 *
 * The plugin is installed either way, with `alwaysInsertFields`: its `prefix` and `_objectKey`
 * columns then exist with local disk too, so one set of migrations fits both and switching
 * storage never needs a schema change.
 *
 * Files are read through the API's `/api/media/file/<name>` (streamed from the bucket, or a
 * redirect to a signed link with S3_SIGNED_DOWNLOADS_SECONDS); with MEDIA_URL, answers link to
 * the CDN or public bucket instead, and the API route keeps working for old links.
 */
export function mediaStorage(env: AppEnv): Plugin {
  const storage = env.objectStorage
  const { mediaUrl } = env
  return s3Storage({
    enabled: storage !== undefined,
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    config: storage ? s3ClientConfig(storage) : {},
    collections: {
      media: {
        signedDownloads: storage?.signedDownloadSeconds
          ? { expiresIn: storage.signedDownloadSeconds }
          : false,
        ...(mediaUrl
          ? { generateFileURL: ({ filename, prefix }) => publicFileUrl(mediaUrl, filename, prefix) }
          : {}),
      },
    },
  })
}
