import { Readable } from 'node:stream'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/** The absolute URL of an Express request, as a web `Request` needs it. */
export function absoluteURL(req: ExpressRequest): string {
  const host = req.get('host') ?? 'localhost'
  return `${req.protocol}://${host}${req.originalUrl}`
}

/**
 * The request body as a web stream, with backpressure. Unlike `Readable.toWeb`, cancelling it
 * (Payload stops reading an upload that is over the size limit or malformed) does not destroy
 * the socket under a client that is still sending: that reset the connection before the
 * client could read the 413 or 400, so the caller saw ECONNRESET instead of the answer. The
 * rest of the body is read and dropped instead, as Node does for any unread request body.
 */
function bodyStream(req: ExpressRequest): ReadableStream<Uint8Array> {
  let cancelled = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.pause()
      req.on('data', (chunk: Buffer) => {
        if (cancelled) return
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
        if ((controller.desiredSize ?? 0) <= 0) req.pause()
      })
      req.on('end', () => {
        if (!cancelled) controller.close()
      })
      req.on('error', (error) => {
        if (!cancelled) controller.error(error)
      })
    },
    pull() {
      req.resume()
    },
    cancel() {
      cancelled = true
      req.resume()
    },
  })
}

/**
 * Builds a web `Request` from an Express request. A body already read into a Buffer (size-
 * limited JSON) is passed as is; any other body (uploads) is streamed without buffering.
 */
export function toWebRequest(req: ExpressRequest, signal?: AbortSignal): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const buffered = Buffer.isBuffer(req.body) ? (req.body as Buffer) : undefined
  if (buffered) headers.set('content-length', String(buffered.length))
  return new Request(absoluteURL(req), {
    method: req.method,
    headers,
    body: !hasBody ? undefined : buffered ? new Uint8Array(buffered) : bodyStream(req),
    // Node's fetch needs this to accept a streamed request body.
    duplex: hasBody && !buffered ? 'half' : undefined,
    signal,
  } as RequestInit)
}

/** Copies a web `Response` onto an Express response: status, every header, then the body (files stream). */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return
    res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  // API answers are built in memory anyway; written in one piece, they go out without waiting
  // for 'drain' between chunks, which under load waits for the busy event loop once per chunk.
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    res.end(Buffer.from(await response.arrayBuffer()))
    return
  }
  await new Promise<void>((resolve, reject) => {
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
    body.on('error', reject)
    res.on('finish', resolve)
    res.on('close', resolve)
    body.pipe(res)
  })
}
