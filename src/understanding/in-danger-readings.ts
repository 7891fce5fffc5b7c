/**
 * The readings of what is asked in a danger or after one that run together in reading-order.ts, in their order: a
 * birth told, a fare, a call home, what the consulate does, food and water needed, a
 * relative's legal situation, how to report. Kept as one group so the order's list stays short.
 */
import { birthToldReading } from './birth-told.ts';
import { callHomeInDangerReading } from './call-home-in-danger.ts';
import { consulateInDangerReading } from './consulate-in-danger.ts';
import { fareInDangerReading } from './fare-in-danger.ts';
import { needsInDangerReading } from './needs-in-danger.ts';
import { reportInDangerReading } from './report-in-danger.ts';
import { situationInDangerReading } from './situation-in-danger.ts';

export const IN_DANGER_READINGS = [
  birthToldReading,
  fareInDangerReading,
  callHomeInDangerReading,
  consulateInDangerReading,
  needsInDangerReading,
  situationInDangerReading,
  reportInDangerReading,
] as const;
