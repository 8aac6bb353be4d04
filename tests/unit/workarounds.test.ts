import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { WORKAROUNDS } from '../../src/workarounds'

const root = path.resolve(import.meta.dirname, '../..')

/** The version of `name` that `npm ci` installed. */
function installed(name: string): string {
  return (
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version
}

describe('the ledger of framework workarounds (src/workarounds.ts)', () => {
  it.each(WORKAROUNDS.map((entry) => [entry.file, entry] as const))(
    '%s still targets the installed version',
    (_file, entry) => {
      // An upgrade lands here: look at the workaround again, then move `targets` on (or delete it).
      expect(
        installed(entry.package),
        `${entry.file} was written against ${entry.package} ${entry.targets}`,
      ).toBe(entry.targets)
    },
  )

  it('names files and proving tests that exist', () => {
    for (const entry of WORKAROUNDS) {
      expect(fs.existsSync(path.join(root, entry.file)), entry.file).toBe(true)
      expect(fs.existsSync(path.join(root, entry.provedBy)), entry.provedBy).toBe(true)
    }
  })
})
