/**
 * The readings of what is asked in a danger or after one that run together in reading-order.ts, in their order: a
 * birth told, someone missing found, a fare, a call home, a call to oneself, what the consulate does, going home from
 * forced work abroad, food and water needed, one's own distress, a relative's
 * legal situation, how to report, whether a Grupo Beta is here. Kept as one group so the order's list stays short.
 */
import { betaWhereReading } from './beta-asked.ts';
import { birthToldReading } from './birth-told.ts';
import { callHomeInDangerReading } from './call-home-in-danger.ts';
import { callMeAskedReading } from './call-me-asked.ts';
import { consulateInDangerReading } from './consulate-in-danger.ts';
import { distressInDangerReading } from './distress-in-danger.ts';
import { fareInDangerReading } from './fare-in-danger.ts';
import { foundToldReading } from './found-told.ts';
import { heldReturnReading } from './held-return.ts';
import { needsInDangerReading } from './needs-in-danger.ts';
import { reportInDangerReading } from './report-in-danger.ts';
import { situationInDangerReading } from './situation-in-danger.ts';

export const IN_DANGER_READINGS = [
  birthToldReading,
  foundToldReading,
  fareInDangerReading,
  callHomeInDangerReading,
  callMeAskedReading,
  consulateInDangerReading,
  heldReturnReading,
  needsInDangerReading,
  distressInDangerReading,
  situationInDangerReading,
  reportInDangerReading,
  betaWhereReading,
] as const;
