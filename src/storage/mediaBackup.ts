import fs from 'node:fs'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'

import { readObjectStorage, resolveMediaDir, type ObjectStorageSettings } from '../env'
import { s3ClientConfig } from './objectStorage'

/** Where uploads live: the configured bucket, or the local media directory. */
export type MediaStore =
  { kind: 'bucket'; storage: ObjectStorageSettings } | { kind: 'directory'; directory: string }

export interface MediaManifest {
  format: 'cms-media-backup/1'
  from: 'bucket' | 'directory'
  /** Every file, by its key in the bucket (or its path under the media directory). */
  files: Record<string, { bytes: number; type: string }>
}

const MANIFEST = 'media.json'
const FILES = 'media'

/** The media store the S3_* settings (or MEDIA_DIR) name, read on its own so a backup needs no other setting. */
export function configuredMediaStore(
  source: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): MediaStore {
  const storage = readObjectStorage(source)
  return storage
    ? { kind: 'bucket', storage }
    : { kind: 'directory', directory: resolveMediaDir(source, cwd) }
}

export const describeStore = (store: MediaStore): string =>
  store.kind === 'bucket' ? `bucket ${store.storage.bucket}` : store.directory

/** A key as a path under `root`, refusing one that would land outside it. */
function localPath(root: string, key: string): string {
  const file = path.resolve(root, key)
  if (!file.startsWith(root + path.sep))
    throw new Error(
      `refusing the media file name ${JSON.stringify(key)}: it leaves the media folder`,
    )
  return file
}

function filesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return []
  return (fs.readdirSync(directory, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

async function withClient<T>(
  storage: ObjectStorageSettings,
  use: (client: S3) => Promise<T>,
): Promise<T> {
  const client = new S3(s3ClientConfig(storage))
  try {
    return await use(client)
  } finally {
    client.destroy()
  }
}

async function bucketKeys(client: S3, bucket: string, limit = Infinity): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken: token })
    keys.push(...(page.Contents ?? []).map((object) => object.Key!))
    token = page.NextContinuationToken
  } while (token && keys.length < limit)
  return keys
}

/**
 * Copies every media file into `<directory>/media`, with a manifest. Run after the database
 * backup: a file is never deleted while a document still names it, so every file the backed-up
 * rows name is still there (files uploaded in between come along too, unused).
 */
export async function backupMedia(store: MediaStore, directory: string): Promise<MediaManifest> {
  const root = path.resolve(directory, FILES)
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  const files: MediaManifest['files'] = {}
  if (store.kind === 'directory') {
    for (const key of filesUnder(store.directory)) {
      const target = localPath(root, key)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(store.directory, key), target)
      files[key] = { bytes: fs.statSync(target).size, type: typeByExtension(key) }
    }
  } else {
    const { bucket } = store.storage
    await withClient(store.storage, async (client) => {
      for (const key of await bucketKeys(client, bucket)) {
        const target = localPath(root, key)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        const object = await client.getObject({ Bucket: bucket, Key: key })
        fs.writeFileSync(target, await object.Body!.transformToByteArray())
        files[key] = {
          bytes: fs.statSync(target).size,
          type: object.ContentType ?? typeByExtension(key),
        }
      }
    })
  }
  const manifest: MediaManifest = { format: 'cms-media-backup/1', from: store.kind, files }
  fs.writeFileSync(path.join(directory, MANIFEST), JSON.stringify(manifest, null, 2))
  return manifest
}

/** The media part of a backup; undefined for a backup taken before media were included. */
export function readMediaManifest(directory: string): MediaManifest | undefined {
  const file = path.join(directory, MANIFEST)
  if (!fs.existsSync(file)) return undefined
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as MediaManifest
  if (manifest.format !== 'cms-media-backup/1')
    throw new Error(`${file} is not a media backup made by this CMS`)
  return manifest
}

/** Refuses a media store that holds any file: like the database, a restore never overwrites. */
export async function assertEmptyMediaStore(store: MediaStore): Promise<void> {
  const found =
    store.kind === 'directory'
      ? filesUnder(store.directory).length
      : await withClient(
          store.storage,
          async (client) => (await bucketKeys(client, store.storage.bucket, 1)).length,
        )
  if (found > 0)
    throw new Error(
      `The media store (${describeStore(store)}) already holds files; restore into an empty one.`,
    )
}

/** Puts every file of the backup into `store` (a bucket, or a directory), the same keys and bytes. */
export async function restoreMedia(
  store: MediaStore,
  directory: string,
  manifest: MediaManifest,
): Promise<number> {
  const root = path.resolve(directory, FILES)
  const keys = Object.keys(manifest.files)
  if (store.kind === 'directory') {
    for (const key of keys) {
      const target = localPath(store.directory, key)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(localPath(root, key), target)
    }
    return keys.length
  }
  await withClient(store.storage, async (client) => {
    for (const key of keys) {
      // The API serves a file with the type stored on its object.
      await client.putObject({
        Bucket: store.storage.bucket,
        Key: key,
        Body: fs.readFileSync(localPath(root, key)),
        ContentType: manifest.files[key].type,
      })
    }
  })
  return keys.length
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
}

/** Files on disk carry no type; Payload names each upload with the extension of its checked type. */
const typeByExtension = (key: string): string =>
  TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream'
