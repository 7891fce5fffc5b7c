/**
 * The birth's registration asked about in the apostille's talk ("and the registration itself in durango is it free?",
 * "y el registro aquí en Durango cuánto cuesta"): the apostille is a paper the registration asks for, and the
 * registration of a US birth in Mexico is dual nationality, whose answer says what it costs and who registers
 * (sight76-a's father got the apostille's cost twice). Only in the apostille's or a US paper's talk. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** The registration itself named, folded: a noun or a verb of registering the child, not the apostille's request. */
const REGISTRATION =
  /\b(the registration|registration itself|register (him|her|them|the (baby|child|kid|boy|girl))|el registro|la inscripcion|registrarlo|registrarla|registrarlos|inscribirlo|inscribirla|anrejistreman|anrejistre (l|li|pitit))\b/u;
/** The apostille itself asked about, which keeps the talk where it is. */
const APOSTILLE = /\b(apostill\w*|apostiy\w*)\b/u;
/** Talks in which the registration is another procedure's. */
const PAPER_TOPICS: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['apostille', 'state_documents']);

export function registrationAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue) || !PAPER_TOPICS.has(dialogue?.topic ?? 'none')) return m;
  if (!PAPER_TOPICS.has(m.topic) || !REGISTRATION.test(folded) || APOSTILLE.test(folded)) return m;
  // The aspect asked stays ("is it free?" is the registration's cost).
  return askedAs(m, 'dual_nationality', m.facets);
}
