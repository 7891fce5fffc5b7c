/**
 * The readings of what is asked in a danger or after one that run together in reading-order.ts, in their order: a
 * fare, a call home, what the consulate does, food and water needed, a
 * relative's legal situation. Kept as one group so the order's list stays short.
 */
import { callHomeInDangerReading } from './call-home-in-danger.ts';
import { consulateInDangerReading } from './consulate-in-danger.ts';
import { fareInDangerReading } from './fare-in-danger.ts';
import { needsInDangerReading } from './needs-in-danger.ts';
import { situationInDangerReading } from './situation-in-danger.ts';

export const IN_DANGER_READINGS = [
  fareInDangerReading,
  callHomeInDangerReading,
  consulateInDangerReading,
  needsInDangerReading,
  situationInDangerReading,
] as const;
