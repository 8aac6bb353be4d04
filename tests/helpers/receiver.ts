import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders
  body: string
  status: number
}

export interface Receiver {
  url: string
  received: ReceivedRequest[]
  /** Status codes to answer with, in order; once used up, 200. */
  respondWith: (statuses: number[]) => void
  /**
   * Answers 500 to the first attempt of each delivery (told apart by its x-cms-delivery header)
   * and 200 to its retries, whatever order deliveries and retries arrive in; `false` stops it.
   */
  failFirstAttempts: (on?: boolean) => void
  /** Holds every answer this long (a slow receiver); 0 answers at once. */
  answerAfter: (ms: number) => void
  /** Requests that have arrived, answered or not. */
  arrived: () => number
  close: () => Promise<void>
}

/** A real HTTP server on loopback that records every request it gets, for webhook tests. */
export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedRequest[] = []
  let queue: number[] = []
  let failingFirstAttempts = false
  const attempted = new Set<string>()
  let delayMs = 0
  let arrived = 0
  const server = http.createServer((req, res) => {
    arrived += 1
    let body = ''
    req.on('data', (chunk) => (body += String(chunk)))
    req.on('end', () => {
      const delivery = String(req.headers['x-cms-delivery'])
      const firstAttempt = !attempted.has(delivery)
      attempted.add(delivery)
      const status = failingFirstAttempts && firstAttempt ? 500 : (queue.shift() ?? 200)
      setTimeout(() => {
        received.push({ headers: req.headers, body, status })
        res
          .writeHead(status, { 'content-type': 'text/plain' })
          .end(status < 300 ? 'ok' : 'try again')
      }, delayMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/revalidate`,
    received,
    respondWith: (statuses) => {
      queue = [...statuses]
    },
    failFirstAttempts: (on = true) => {
      failingFirstAttempts = on
    },
    answerAfter: (ms) => {
      delayMs = ms
    },
    arrived: () => arrived,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
