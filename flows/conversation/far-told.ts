/**
 * One's own place told far from the danger, with what to do asked ("yo estoy en chicago, que hago?"): far away only
 * where the danger was told of another (a nephew held, a cousin taken); told of oneself ("estamos en texas, en una
 * casa en laredo. que hacemos?": a review), the one in danger is there, and the place is theirs. Pure.
 */
import type { Meaning } from '../../src/core/types.ts';

export function farOnlyForOther(m: Meaning | null, forOther: true | undefined): Meaning | null {
  if (m?.fromAfar !== 'told' || forOther) return m;
  const { fromAfar: _, ...own } = m;
  return own;
}
