import { describe, expect, it } from 'vitest'

import { ConfigError, loadEnv } from '../../src/env'
import { publicFileUrl } from '../../src/storage/objectStorage'

describe('object storage and media settings', () => {
  it('keeps uploads on local disk unless S3_BUCKET is set', () => {
    expect(loadEnv({}).objectStorage).toBeUndefined()
    expect(loadEnv({}).mediaUrl).toBeUndefined()
  })

  it('reads a bucket on AWS with the SDK credential chain, or an S3-compatible endpoint with path-style addressing', () => {
    expect(loadEnv({ S3_BUCKET: 'cms-media' }).objectStorage).toEqual({
      bucket: 'cms-media',
      region: 'us-east-1',
      forcePathStyle: false,
      signedDownloadSeconds: 0,
    })
    const compatible = loadEnv({
      S3_BUCKET: 'm',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_REGION: 'auto',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      S3_SIGNED_DOWNLOADS_SECONDS: '600',
    })
    expect(compatible.objectStorage).toEqual({
      bucket: 'm',
      endpoint: 'http://127.0.0.1:9000',
      region: 'auto',
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      forcePathStyle: true,
      signedDownloadSeconds: 600,
    })
    expect(
      loadEnv({
        S3_BUCKET: 'm',
        S3_ENDPOINT: 'https://acct.r2.example',
        S3_FORCE_PATH_STYLE: 'false',
      }).objectStorage?.forcePathStyle,
    ).toBe(false)
  })

  it.each([
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, /S3_ENDPOINT is set but S3_BUCKET is not/],
    [
      { S3_BUCKET: 'm', S3_ACCESS_KEY_ID: 'k' },
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    ],
    [{ S3_BUCKET: 'm', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http\(s\) URL/],
    [
      { S3_BUCKET: 'm', S3_SIGNED_DOWNLOADS_SECONDS: '604801' },
      /S3_SIGNED_DOWNLOADS_SECONDS must be a whole number from 0 to 604800/,
    ],
    [{ MEDIA_URL: 'cdn.example.org' }, /MEDIA_URL must be an http\(s\) URL/],
  ])('refuses %j', (source, message) => {
    expect(() => loadEnv(source)).toThrow(ConfigError)
    expect(() => loadEnv(source)).toThrow(message)
  })

  it('links a file under MEDIA_URL by its folder and name, each part encoded', () => {
    expect(loadEnv({ MEDIA_URL: 'https://cdn.example.org/media/' }).mediaUrl).toBe(
      'https://cdn.example.org/media',
    )
    expect(publicFileUrl('https://cdn.example.org', 'waiting room (1).png')).toBe(
      'https://cdn.example.org/waiting%20room%20(1).png',
    )
    expect(publicFileUrl('https://cdn.example.org', 'a.png', 'clinics/2026')).toBe(
      'https://cdn.example.org/clinics/2026/a.png',
    )
  })
})
