const HOUR = 60 * 60 * 1000

/**
 * How long, in whole days or (under a day) hours: "2 days", "5 hours", "under an hour";
 * `short`: "2 d", "5 h", "<1 h". Counted to the nearest hour first, so a review due in three
 * days still reads "3 days" a moment after it was assigned.
 */
export function timeSpan(ms: number, short = false): string {
  const hours = Math.round(Math.abs(ms) / HOUR)
  const days = Math.floor(hours / 24)
  if (hours === 0) return short ? '<1 h' : 'under an hour'
  const [amount, unit] = days >= 1 ? [days, 'day'] : [hours, 'hour']
  return short ? `${amount} ${unit[0]}` : `${amount} ${unit}${amount === 1 ? '' : 's'}`
}
