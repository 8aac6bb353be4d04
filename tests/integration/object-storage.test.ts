import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import getPort from 'get-port'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { articleData, createTeam, type Team } from '../helpers/fixtures'
import { fingerprint } from '../helpers/fingerprint'
import { startObjectStore, type ObjectStore } from '../helpers/objectStore'
import { startServerProcess, type ServerProcess } from '../helpers/process'
import { startTestServer, type TestServer } from '../helpers/server'

/**
 * Media in an S3-compatible bucket (s3rver, a real S3 API server started here): uploads, image
 * sizes, the byte checks, deletes, signed and public links, a second process reading the same
 * bucket, and backup and restore of the bucket with the database.
 */

const BUCKET = 'cms-media'
const root = path.resolve(import.meta.dirname, '../..')

let store: ObjectStore
let server: TestServer
let team: Team
/** A second server process on the same database and bucket, linking to a public base URL and signing downloads. */
let publicLinks: ServerProcess | undefined
const SIGNED_SECONDS = 120

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .png()
    .toBuffer()
}

function upload(
  api: ApiClient,
  file: { data: Buffer | string; name: string; type: string },
  data: Record<string, unknown>,
) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], {
      type: file.type,
    }),
    file.name,
  )
  form.append('_payload', JSON.stringify(data))
  return api.request('POST', '/api/media', undefined, { token: team.editor.token, rawBody: form })
}

const keys = async (bucket = BUCKET) => [...(await store.objects(bucket)).keys()].sort()

beforeAll(async () => {
  store = await startObjectStore()
  await store.createBucket(BUCKET)
  server = await startTestServer({ env: store.env(BUCKET) })
  team = await createTeam(server.payload, server.api)
})

afterAll(async () => {
  await publicLinks?.stop('SIGTERM')
  await server?.close()
  await store?.close()
})

/** The stored name of the first upload: named after its content (clinic-entrance-<hash>.png). */
let entrance = ''

describe('uploads in the bucket', () => {
  it('stores the original and every image size in the bucket, none on disk, and serves them through the API', async () => {
    const original = await png(2000, 1200)
    const created = await upload(
      server.api,
      { data: original, name: 'clinic-entrance.png', type: 'image/png' },
      { alt: 'The clinic entrance' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({
      mimeType: 'image/png',
      width: 2000,
      height: 1200,
      filename: expect.stringMatching(/^clinic-entrance-[0-9a-f]{16}\.png$/),
    })
    entrance = doc.filename
    expect(doc.sizes.thumbnail).toMatchObject({ width: 300, height: 300 })
    expect(doc.sizes.hero).toMatchObject({ width: 1600, height: 960 })

    const objects = await store.objects(BUCKET)
    expect([...objects.keys()].sort()).toEqual(
      [
        entrance,
        doc.sizes.thumbnail.filename,
        doc.sizes.card.filename,
        doc.sizes.hero.filename,
      ].sort(),
    )
    expect(objects.get(entrance)!.equals(original)).toBe(true)
    expect(await sharp(objects.get(doc.sizes.card.filename)).metadata()).toMatchObject({
      format: 'png',
      width: 768,
      height: 512,
    })
    expect(fs.readdirSync(server.env.mediaDir)).toEqual([])

    // Without MEDIA_URL, answers link to the API, which streams the object from the bucket.
    expect(doc.url).toBe(`${server.url}/api/media/file/${entrance}`)
    const file = await fetch(doc.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await file.arrayBuffer()).equals(original)).toBe(true)
    const thumbnail = await fetch(doc.sizes.thumbnail.url)
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({
      width: 300,
      height: 300,
    })
    expect((await fetch(`${server.url}/api/media/file/no-such-file.png`)).status).toBe(404)
  })

  it('refuses a file whose bytes are not an allowed type, naming the field, with nothing stored anywhere', async () => {
    const before = await fingerprint(server.payload)
    const objectsBefore = await keys()
    const refused = await upload(
      server.api,
      { data: 'just some text, not a picture', name: 'photo.png', type: 'image/png' },
      { alt: 'Not a picture' },
    )
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect(refused.body.errors[0].data.errors[0]).toMatchObject({
      path: 'file',
      message: expect.stringContaining(
        '"photo.png" is sent as a PNG image, but its content is not one',
      ),
    })
    const truncated = (await png(64, 64)).subarray(0, 60)
    expect(
      (
        await upload(
          server.api,
          { data: truncated, name: 'cut.png', type: 'image/png' },
          { alt: 'Truncated' },
        )
      ).status,
    ).toBe(400)
    expect(await fingerprint(server.payload)).toEqual(before)
    expect(await keys()).toEqual(objectsBefore)
  })

  it('keeps a file that content still links to, and removes every size from the bucket once it is deleted', async () => {
    const created = await upload(
      server.api,
      { data: await png(900, 600), name: 'hero.png', type: 'image/png' },
      { alt: 'An article hero' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const media = created.body.doc
    const ownKeys = [
      media.filename,
      media.sizes.thumbnail.filename,
      media.sizes.card.filename,
    ].sort()
    // A size is only made when the original is at least as large: no 1600-wide hero of a 900-wide picture.
    expect((await keys()).filter((key) => key.startsWith('hero'))).toEqual(ownKeys)
    const article = await server.api.post(
      '/api/articles?draft=true',
      { ...articleData({ title: 'Article with a hero' }), heroImage: media.id },
      { token: team.editor.token },
    )
    expect(article.status, JSON.stringify(article.body)).toBe(201)

    const refused = await server.api.delete(`/api/media/${media.id}`, { token: team.editor.token })
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(refused.body.errors[0].message).toContain('Article with a hero')
    expect((await keys()).filter((key) => key.startsWith('hero'))).toEqual(ownKeys)
    expect((await fetch(media.url)).status).toBe(200)

    await server.api.patch(
      `/api/articles/${article.body.doc.id}?draft=true`,
      { heroImage: null },
      { token: team.editor.token },
    )
    const deleted = await server.api.delete(`/api/media/${media.id}`, { token: team.editor.token })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect((await keys()).filter((key) => key.startsWith('hero'))).toEqual([])
    expect((await fetch(media.url)).status).toBe(404)
  })
})

describe('links per configuration, from another process on the same bucket', () => {
  beforeAll(async () => {
    const port = String(await getPort())
    publicLinks = await startServerProcess(
      {
        NODE_ENV: 'test',
        API_ONLY: 'true',
        SEED_DEMO: 'false',
        HOST: '127.0.0.1',
        PORT: port,
        SERVER_URL: `http://127.0.0.1:${port}`,
        DATABASE_URI: server.database.uri,
        MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'cms-media-unused-')),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_ANON_PER_MINUTE: '0',
        RATE_LIMIT_AUTH_PER_MINUTE: '0',
        RATE_LIMIT_LOGIN_PER_15_MIN: '0',
        ...store.env(BUCKET),
        // s3rver serves objects without credentials, as a public bucket or a CDN in front of one does.
        MEDIA_URL: `${store.endpoint}/${BUCKET}/`,
        S3_SIGNED_DOWNLOADS_SECONDS: String(SIGNED_SECONDS),
      },
      120_000,
    )
  })

  it('links answers to MEDIA_URL, and the file uploaded through the first process is there', async () => {
    const list = await new ApiClient(publicLinks!.url).get(
      `/api/media?where[filename][equals]=${entrance}`,
    )
    expect(list.status).toBe(200)
    const [doc] = list.body.docs
    expect(doc.url).toBe(`${store.endpoint}/${BUCKET}/${entrance}`)
    expect(doc.sizes.thumbnail.url).toBe(
      `${store.endpoint}/${BUCKET}/${encodeURIComponent(doc.sizes.thumbnail.filename)}`,
    )
    const file = await fetch(doc.url)
    expect(file.status).toBe(200)
    expect(await sharp(Buffer.from(await file.arrayBuffer())).metadata()).toMatchObject({
      width: 2000,
      height: 1200,
    })
    // GraphQL answers carry the same links.
    const graphql = await new ApiClient(publicLinks!.url).graphql(
      `{ allMedia(where: { filename: { equals: "${entrance}" } }) { docs { url } } }`,
    )
    expect(graphql.body.data?.allMedia.docs[0].url).toBe(doc.url)
  })

  it('answers the API file route with a redirect to a signed link that expires', async () => {
    const answer = await fetch(`${publicLinks!.url}/api/media/file/${entrance}`, {
      redirect: 'manual',
    })
    expect(answer.status).toBe(302)
    const signed = new URL(answer.headers.get('location')!)
    expect(`${signed.origin}${signed.pathname}`).toBe(`${store.endpoint}/${BUCKET}/${entrance}`)
    expect(signed.searchParams.get('X-Amz-Expires')).toBe(String(SIGNED_SECONDS))
    expect(signed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/)
    const file = await fetch(signed)
    expect(file.status).toBe(200)
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(2000)
    // The same link, issued longer ago than it lasts, is refused by the store. (s3rver checks a
    // signed link's key and expiry, not its SigV4 signature; the SDK computes that.)
    const issued = new Date(Date.now() - (SIGNED_SECONDS + 5) * 1000)
      .toISOString()
      .replace(/[-:]|\.\d+/g, '')
    signed.searchParams.set('X-Amz-Date', issued)
    const expired = await fetch(signed)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Request has expired')
  })
})

describe('backup and restore with the bucket', () => {
  /** Runs one of the project's npm scripts as a user would; never spawnSync, which would stall the object store running in this process. */
  function runScript(
    script: 'backup' | 'restore',
    directory: string,
    env: Record<string, string>,
  ): Promise<{ status: number | null; output: string }> {
    const child = spawn('npm', ['run', '--silent', script, '--', directory], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })))
  }

  it('backs up every object with the database and restores them into an empty bucket; refuses one that holds files', async () => {
    const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
    const restored: TestDatabase = await createTestDatabase()
    if (restored.kind === 'sqlite') fs.rmSync(restored.name, { force: true })
    try {
      const source = await store.objects(BUCKET)
      expect(source.size).toBeGreaterThanOrEqual(4)
      const backup = await runScript('backup', backupDir, {
        DATABASE_URI: server.database.uri,
        ...store.env(BUCKET),
      })
      expect(backup.status, backup.output).toBe(0)
      expect(backup.output).toContain(`and ${source.size} media files from bucket ${BUCKET}`)

      // Into a bucket that already holds a file: refused before anything is written.
      await store.createBucket('cms-media-occupied')
      await store.client.putObject({
        Bucket: 'cms-media-occupied',
        Key: 'someone-elses.png',
        Body: await png(4, 4),
      })
      const refused = await runScript('restore', backupDir, {
        DATABASE_URI: restored.uri,
        ...store.env('cms-media-occupied'),
      })
      expect(refused.status).not.toBe(0)
      expect(refused.output).toMatch(
        /media store \(bucket cms-media-occupied\) already holds files/,
      )
      expect(await keys('cms-media-occupied')).toEqual(['someone-elses.png'])
      if (restored.kind === 'sqlite') expect(fs.existsSync(restored.name)).toBe(false)

      await store.createBucket('cms-media-restored')
      const restore = await runScript('restore', backupDir, {
        DATABASE_URI: restored.uri,
        ...store.env('cms-media-restored'),
      })
      expect(restore.status, restore.output).toBe(0)
      const copy = await store.objects('cms-media-restored')
      expect([...copy.keys()].sort()).toEqual([...source.keys()].sort())
      for (const [key, bytes] of source) expect(copy.get(key)!.equals(bytes), key).toBe(true)
      const head = await store.client.headObject({ Bucket: 'cms-media-restored', Key: entrance })
      expect(head.ContentType).toBe('image/png')
    } finally {
      await restored.drop()
      fs.rmSync(backupDir, { recursive: true, force: true })
    }
  })
})
