/** The once-only demo passwords in a box, so they stand out in a busy terminal. */
export function demoAccountsBox(accounts: readonly string[]): string {
  const lines = [
    'Demo accounts (shown once; change the passwords in the admin):',
    '',
    ...accounts.map((line) => line.trimStart()),
  ]
  const width = Math.max(...lines.map((line) => line.length))
  const rule = `+${'-'.repeat(width + 2)}+`
  return ['', rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule, ''].join('\n') + '\n'
}
