import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { pino } from 'pino'

import type { AppEnv } from './env'

interface LoggedMail {
  data: { to?: unknown; cc?: unknown; subject?: unknown; text?: unknown }
}

/**
 * A nodemailer transport that writes each message to the log instead of sending it, for
 * development without SMTP. Nothing leaves the machine.
 */
function logTransport(logLevel: string): Transport {
  const logger = pino({ name: 'email', level: logLevel })
  return {
    name: 'log',
    version: '1.0.0',
    send(mail: LoggedMail, callback: (err: Error | null, info: { messageId: string }) => void) {
      const { to, cc, subject, text } = mail.data
      logger.info(
        { to, cc, subject, text },
        'email not sent (no SMTP_HOST configured); logged instead',
      )
      callback(null, { messageId: `logged-${Date.now()}` })
    },
  } as unknown as Transport
}

/** Payload's nodemailer adapter over SMTP when configured, else over the log transport. */
export function createEmailAdapter(env: AppEnv): Promise<EmailAdapter> {
  const from = { defaultFromAddress: env.emailFrom.address, defaultFromName: env.emailFrom.name }
  if (env.smtp) {
    const { host, port, secure, user, pass } = env.smtp
    return nodemailerAdapter({
      ...from,
      // Verifying would open an SMTP connection at every start; a bad server shows up in the log on first send.
      skipVerify: true,
      transportOptions: { host, port, secure, auth: user ? { user, pass } : undefined },
    })
  }
  return nodemailerAdapter({
    ...from,
    skipVerify: true,
    transport: nodemailer.createTransport(logTransport(env.logLevel)),
  })
}
