/**
 * How long a person has waited in line, as the status reply says it: minutes at first; from an
 * hour on, hours, with an apology and the office's address (a hand judge's person who waited a
 * whole day was told "you have waited 1441 min" and nothing else). Pure.
 */
/** From this many minutes in line the wait is told in hours, with an apology and the office's address. */
const LONG_WAIT_MINUTES = 60;

/**
 * How long the person has waited; a long wait is owned, and the office they may also go to named,
 * unless the case is urgent: someone lost in the desert is not sent to Durango; nor is one who named another state
 * of Mexico (`away`: judge103 saw the office's street offered to people far from it).
 */
export function waitedLines(
  minutes: number,
  t: (key: string, vars?: Record<string, unknown>) => string,
  office: { address: string } | 'urgent' | 'away',
) {
  if (!minutes) return [];
  if (minutes < LONG_WAIT_MINUTES) return [t('handoff.waited', { minutes })];
  const owned =
    office === 'urgent'
      ? t('handoff.longWaitUrgent')
      : office === 'away'
        ? t('handoff.longWaitAway')
        : t('handoff.longWait', { address: office.address });
  return [t('handoff.waitedHours', { hours: Math.floor(minutes / 60) }), owned];
}
