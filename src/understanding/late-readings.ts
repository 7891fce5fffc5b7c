/**
 * Readings that correct the topic after the whole message is read in its conversation, for who
 * the person is or what they tell: a death with the body to bring home (remains-reading.ts), a
 * child born in the US who needs Mexican papers (us-born.ts), a foreigner asking in a returnee's
 * words (foreigner.ts), care on the road asked in a status question's words (care-reading.ts), a
 * parent's visit to a child in the US asked in the middle of another topic (family-visit.ts).
 * Each is pure and returns the meaning unchanged when it does not apply; they run in this order
 * (a death first, a US birth before the foreigner's reading, care last).
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import type { EmergencySignals } from '../knowledge/schema.ts';
import { careReading } from './care-reading.ts';
import { familyVisitReading } from './family-visit.ts';
import { fold } from './fold.ts';
import { createForeignerReading } from './foreigner.ts';
import { remainsReading } from './remains-reading.ts';
import { usBornReading } from './us-born.ts';

export function createLateReadings(signals: EmergencySignals) {
  const readings = [
    remainsReading,
    usBornReading,
    createForeignerReading(signals),
    careReading,
    familyVisitReading,
  ];
  return (m: Meaning, text: string, dialogue?: DialogueContext): Meaning => {
    // The message folded once, for every reading.
    const folded = fold(text);
    return readings.reduce((read, reading) => reading(read, text, dialogue, folded), m);
  };
}
