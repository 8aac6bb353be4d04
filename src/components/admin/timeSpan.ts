const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** How long, in whole days or (under a day) hours: "2 days", "5 hours"; `short`: "2 d", "5 h". */
export function timeSpan(ms: number, short = false): string {
  const days = Math.floor(Math.abs(ms) / DAY)
  const [amount, unit] = days >= 1 ? [days, 'day'] : [Math.max(1, Math.round(Math.abs(ms) / HOUR)), 'hour']
  return short ? `${amount} ${unit[0]}` : `${amount} ${unit}${amount === 1 ? '' : 's'}`
}
