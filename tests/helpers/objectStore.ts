import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import getPort from 'get-port'
// @ts-expect-error s3rver 3.7 ships no type declarations.
import S3rver from 's3rver'

import { s3ClientConfig } from '../../src/storage/objectStorage'
import { loadEnv } from '../../src/env'

/** s3rver's built-in credentials: it refuses other access keys and expired signed links (it does not verify SigV4 signatures). */
const ACCESS_KEY = 'S3RVER'

export interface ObjectStore {
  endpoint: string
  /** The S3_* settings for a server that stores its uploads in `bucket`. */
  env: (bucket: string) => Record<string, string>
  /** A client of the store, to look at what the server put there. */
  client: S3
  /** Every object in `bucket`, by key, with its bytes. */
  objects: (bucket: string) => Promise<Map<string, Buffer>>
  createBucket: (bucket: string) => Promise<void>
  /** Stops the store (its data stays) and starts it again on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
  close: () => Promise<void>
}

/**
 * A real S3-compatible server for one test file: s3rver, which speaks S3's REST API (objects,
 * listings, multipart uploads, presigned links) and keeps its objects in a temporary directory.
 */
export async function startObjectStore(): Promise<ObjectStore> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-s3-'))
  const port = await getPort()
  let server: { run: () => Promise<AddressInfo>; close: () => Promise<void> } | undefined
  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory })
    await server!.run()
  }
  await start()
  const endpoint = `http://127.0.0.1:${port}`
  const env = (bucket: string) => ({
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: ACCESS_KEY,
    S3_SECRET_ACCESS_KEY: ACCESS_KEY,
  })
  const client = new S3(s3ClientConfig(loadEnv(env('any')).objectStorage!))
  const objects = async (bucket: string) => {
    const found = new Map<string, Buffer>()
    let token: string | undefined
    do {
      const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken: token })
      for (const { Key } of page.Contents ?? []) {
        const object = await client.getObject({ Bucket: bucket, Key })
        found.set(Key!, Buffer.from(await object.Body!.transformToByteArray()))
      }
      token = page.NextContinuationToken
    } while (token)
    return found
  }
  return {
    endpoint,
    env,
    client,
    objects,
    createBucket: async (bucket) => void (await client.createBucket({ Bucket: bucket })),
    stop: async () => {
      await server?.close()
      server = undefined
    },
    start,
    close: async () => {
      client.destroy()
      await server?.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
