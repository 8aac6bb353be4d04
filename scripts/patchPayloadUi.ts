/**
 * Runs after every install (`postinstall`): corrects one line of Payload's admin form in
 * node_modules, then `next build` bundles the corrected code. See src/workarounds.ts.
 *
 * The bug, in @payloadcms/ui 3.90.1: when a form-state answer arrives while a newer local change
 * (an added array row, say) waits out the form's 250 ms debounce, merging the answer records the
 * merged state as "already sent". The debounce then finds nothing new and never sends the change,
 * so an added row stays a grey placeholder without inputs until some other field changes.
 * Corrected: the merge records its result as sent only when nothing changed locally meanwhile.
 *
 * Each edit must match exactly once, or already be applied; anything else stops the install,
 * so an upgrade cannot drop the correction unnoticed.
 */
import fs from 'node:fs'
import path from 'node:path'

const ui = path.resolve(import.meta.dirname, '../node_modules/@payloadcms/ui')

const EDITS = [
  {
    // The bundle that `import … from '@payloadcms/ui'` loads (minified).
    file: 'dist/exports/client/index.js',
    from: 'incomingState:r});return n.current=s,s}',
    to: 'incomingState:r});return n.current===t&&(n.current=s),s}',
  },
  {
    // The same reducer as a module of its own, loaded through `@payloadcms/ui/forms/*`.
    file: 'dist/forms/Form/fieldReducer.js',
    from: '        prevStateRef.current = newState;\n',
    to: '        if (prevStateRef.current === state) prevStateRef.current = newState;\n',
  },
]

const occurrences = (text: string, part: string) => text.split(part).length - 1

const version = (
  JSON.parse(fs.readFileSync(path.join(ui, 'package.json'), 'utf8')) as { version: string }
).version

for (const { file, from, to } of EDITS) {
  const target = path.join(ui, file)
  const text = fs.readFileSync(target, 'utf8')
  if (occurrences(text, to) === 1 && occurrences(text, from) === 0) continue
  if (occurrences(text, from) !== 1) {
    console.error(
      `scripts/patchPayloadUi.ts: @payloadcms/ui ${version} ${file} no longer has the line this script corrects. ` +
        'Check whether the upgrade fixed the lost form-state change (src/workarounds.ts), then update or delete this script.',
    )
    process.exit(1)
  }
  // Written to a new file and renamed over the old one: a hard-linked copy elsewhere stays as it was.
  fs.writeFileSync(`${target}.patched`, text.replace(from, to))
  fs.renameSync(`${target}.patched`, target)
  console.log(`scripts/patchPayloadUi.ts: corrected ${file} of @payloadcms/ui ${version}`)
}
