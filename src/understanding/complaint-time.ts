/**
 * In the Paisano programme's talk, how long a complaint takes asked ("y cuanto tardan en hacerle caso a la queja",
 * "how long until they look at my complaint", "konbyen tan plent lan pran"): emerg-fo's traveller got the dates of
 * the programme's operations. The answer on what happens to a complaint, which gives the programme's aim in days. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** A complaint and a time asked, in either order, folded. */
const COMPLAINT_TIME =
  /\b(queja|quejas|complaint|complaints|plent)\b.{0,40}\b(cuanto (tiempo|tardan|tarda|se tardan)|tardan|how long|when will|kuanto|konbyen tan|kile)\b|\b(cuanto (tiempo|tardan|tarda|se tardan)|how long|konbyen tan)\b.{0,40}\b(queja|quejas|complaint|complaints|plent)\b/u;

export const complaintTimeReading = namedAskedReading(
  'paisano',
  COMPLAINT_TIME,
  'answer.what_happens_to_my_complaint',
  { keepAspect: true },
);
