import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'x-cms-signature'

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver recomputes the HMAC
 * with the shared secret and rejects old timestamps, so a captured request cannot be replayed.
 */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')
  return `t=${timestampSeconds},v1=${digest}`
}

/** Checks a signature header against the body; `toleranceSeconds` bounds the timestamp's age. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | undefined,
  toleranceSeconds: number,
  nowSeconds: number,
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.trim().split('=') as [string, string]),
  )
  const timestamp = Number(parts.t)
  if (
    !Number.isInteger(timestamp) ||
    !parts.v1 ||
    Math.abs(nowSeconds - timestamp) > toleranceSeconds
  )
    return false
  const expected = Buffer.from(signWebhook(secret, body, timestamp).split('v1=')[1], 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
