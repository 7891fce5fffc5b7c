/**
 * A relative held in the US told ("ya me hablaron, está detenido en arizona en un centro de migración en florence, ¿qué
 * sigue?", "ICE has him in a detention center in Texas"): the search of a Mexican held abroad, where the consulates
 * see to him, not what Mexico's migration stations do (judge108's brother got the INM's refuge outside a station).
 * Never where Mexico or its stations are named. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { answeredBy } from './named-asked.ts';
import { US_PLACE } from './us-born.ts';

/** Held by immigration or in jail, folded. */
const HELD =
  /\b(detenid[oa]s?|preso|presa|centro de (detencion|migracion)|carcel|ice|detained|detention|in jail|held in|arete|nan prizon|detansyon)\b/u;
/** A place in the US named. */
const IN_US = new RegExp(`\\b(en|in|nan|de|from)\\s+(\\S+\\s+)?(${US_PLACE})\\b`, 'u');
/** Mexico's own detention named: its answers stand. */
const IN_MEXICO =
  /\b(mexico|mexicana|mexican immigration|inm|estacion migratoria|estasyon|siglo xxi|tapachula|chiapas|acayucan|tabasco|veracruz|comar)\b/u;
/** Answers about Mexico's detention, which a US detention centre's words may reach first. */
const MEXICO_HELD = new Set([
  'answer.detained_in_mexico',
  'answer.refugee_applicant_detained',
  'answer.free_lawyer_in_station',
  'answer.calls_from_detention',
  'answer.detained_no_consulate',
  'answer.child_picked_up_mexico',
]);
/** What the consulates do for Mexicans held abroad, prisons included. */
const CONSULATES_SEE_TO = 'answer.consulate_visits_detained';

export function heldInUsReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || m.emergency || m.topic === 'human' || (busyWithQuestion(dialogue) && !dialogue.emergency))
    return m;
  // A first message keeps its reading; so does a danger's end told as held ("lo agarró la migra… está vivo": safe).
  if (dialogue.first || m.act === 'safe' || m.held) return m;
  if (!HELD.test(folded) || !IN_US.test(folded) || IN_MEXICO.test(folded)) return m;
  // Only where Mexico's detention or a foreigner's status was read: the search's own answers stand.
  const misread =
    m.topic === 'asylum' || m.topic === 'mx_status' || MEXICO_HELD.has(m.answers?.[0]?.passage ?? '');
  if (!misread) return m;
  // An aspect asked ("¿qué sigue?" is the steps): the search's, without Mexico's detention; else the consulates' work.
  if (m.facets.length) {
    const answers = (m.answers ?? []).filter((a) => !MEXICO_HELD.has(a.passage));
    return { ...movedTo(m, 'locate_person', { act: 'followUp', confidence: 1, facets: m.facets }), answers };
  }
  return answeredBy(m, 'locate_person', CONSULATES_SEE_TO);
}
