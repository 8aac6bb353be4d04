import type { Payload } from 'payload'

export interface SeedOptions {
  printPasswords: boolean
}

/** Seeds the demo content when the database has no users yet. */
export async function seedDemoContentIfEmpty(payload: Payload, options: SeedOptions): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info(`Empty database: demo content would be seeded here (printPasswords=${options.printPasswords})`)
}
