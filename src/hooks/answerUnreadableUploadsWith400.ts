import type { AfterErrorHook } from 'payload'

/** What busboy (which reads multipart bodies for Payload) says about a body it cannot parse. */
const MALFORMED_MULTIPART = [
  /^Unexpected end of (form|file)/,
  /^Malformed (content type|part header|urlencoded form)/,
  /^Missing Content-Type/,
  /^Multipart: Boundary not found/,
  /^Unsupported content type/,
  /^Request is not eligible for file upload/,
]

/**
 * An upload whose multipart body is malformed, or whose `_payload` field is not JSON, is the
 * sender's mistake: Payload lets busboy's and JSON.parse's errors through as a 500 "Something
 * went wrong". Answered here with a 400 that says what to fix. Uploads stream straight to
 * Payload (they are too large to buffer), so no check can run before it reads them.
 */
export const answerUnreadableUploadsWith400: AfterErrorHook = ({ error, req }) => {
  const contentType = req.headers?.get('content-type') ?? ''
  if (!/^multipart\//i.test(contentType)) return
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return
  let message: string
  if (error instanceof SyntaxError && /JSON/.test(error.message))
    message = 'The _payload field of the upload is not valid JSON.'
  else if (MALFORMED_MULTIPART.some((pattern) => pattern.test(error.message)))
    message = 'The upload could not be read: the multipart/form-data body is malformed.'
  else return
  return {
    status: 400,
    response: { errors: [{ message, data: { rule: 'unreadable-upload' } }] } as never,
  }
}
