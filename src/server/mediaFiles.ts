import fs from 'node:fs/promises'
import path from 'node:path'

import { isContentAddressed } from '../delivery/contentAddressedUploads'
import { matchesEtag } from './cache/responseCache'

const A_YEAR = 365 * 24 * 60 * 60

export interface MediaFileCaching {
  /** Where files are on disk, when no storage adapter answers with its own validators. */
  mediaDir: string
  /** Max-age of files whose names do not change with their content (uploaded before names did). */
  revalidateAfterSeconds: number
}

/** Validators of a file on local disk, as static file servers make them: a weak ETag of size and time. */
async function diskValidators(
  mediaDir: string,
  filename: string,
): Promise<{ etag: string; lastModified: string } | undefined> {
  const file = path.resolve(mediaDir, filename)
  if (!file.startsWith(path.resolve(mediaDir) + path.sep)) return undefined
  try {
    const stats = await fs.stat(file)
    return {
      etag: `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
      lastModified: stats.mtime.toUTCString(),
    }
  } catch {
    return undefined
  }
}

function notModified(request: Request, etag: null | string, lastModified: null | string): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null)
    return etag !== null && matchesEtag(ifNoneMatch, etag.replace(/^W\//, ''))
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  const modified = Date.parse(lastModified ?? '')
  return !Number.isNaN(ifModifiedSince) && !Number.isNaN(modified) && modified <= ifModifiedSince
}

/**
 * Caching for `GET /api/media/file/<name>`: Payload 3.90 serves local files with neither
 * validators nor Cache-Control. Adds an ETag and Last-Modified (the storage adapter's own
 * when it sends them, as S3's does), answers 304 to a matching conditional request, and lets
 * browsers and CDNs keep a file for a year, `immutable`, when its name carries a hash of its
 * content (a new file always gets a new name); other files are revalidated after a while.
 */
export async function withFileCaching(
  request: Request,
  response: Response,
  filename: string,
  settings: MediaFileCaching,
): Promise<Response> {
  if (response.status !== 200 && response.status !== 304) return response
  const headers = new Headers(response.headers)
  if (!headers.has('etag') || !headers.has('last-modified')) {
    const validators = await diskValidators(settings.mediaDir, filename)
    if (validators && !headers.has('etag')) headers.set('etag', validators.etag)
    if (validators && !headers.has('last-modified'))
      headers.set('last-modified', validators.lastModified)
  }
  headers.set(
    'cache-control',
    isContentAddressed(filename)
      ? `public, max-age=${A_YEAR}, immutable`
      : `public, max-age=${settings.revalidateAfterSeconds}, must-revalidate`,
  )
  if (
    response.status === 200 &&
    notModified(request, headers.get('etag'), headers.get('last-modified'))
  ) {
    await response.body?.cancel()
    for (const name of ['content-length', 'content-type', 'content-range']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  return new Response(response.body, { status: response.status, headers })
}
