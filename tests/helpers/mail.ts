import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CapturedMail {
  to: string[]
  subject: string
  text: string
}

export interface MailCatcher {
  port: number
  messages: CapturedMail[]
  /** Resolves with the first message (already received or arriving within `timeoutMs`) that matches. */
  waitFor: (match: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>
  clear: () => void
  close: () => Promise<void>
}

function addresses(field: ParsedMail['to']): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : []
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? '')).filter(Boolean)
}

/** A real SMTP server on loopback that keeps every message it receives, for asserting on email. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: CapturedMail[] = []
  const waiters: Array<() => void> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          waiters.splice(0).forEach((wake) => wake())
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port

  const waitFor: MailCatcher['waitFor'] = async (match, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find(match)
      if (found) return found
      const remaining = deadline - Date.now()
      if (remaining <= 0)
        throw new Error(
          `no matching email within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => [m.to, m.subject]))}`,
        )
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  return {
    port,
    messages,
    waitFor,
    clear: () => messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
