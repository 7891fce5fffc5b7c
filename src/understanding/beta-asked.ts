/**
 * Whether the Grupos Beta can come, asked in a danger ("grupos beta ka vin chache nou?", "can grupo beta come get us?"):
 * what the sources say of the Grupos Beta (rescue, no address or phone: 911), not "this chat cannot send anyone"
 * (emerg-em's Haitian lost in the desert; the same asked in Spanish was answered so). Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';

/** Whether they can come, asked of them ("grupos beta ka vin chache nou?"); "who is coming? grupo beta?" is who comes. */
const BETA_CAN =
  /^(?!.*\b(ki moun|kimoun|kiyes|quien|quienes|who)\b).*\b(grupos? beta|gwoup beta|gwoupo beta)\b.{0,15}\b(ka|kapab|pueden|puede|can|could)\b/u;

/** Rescuers asked after in a danger ("does mexico have rescue people for this?", emerg-eq got trafficking's rescue). */
const RESCUERS_ASKED =
  /\b(rescue (people|teams?|services?|squads?|units?|groups?)|rescuers|rescatistas|(equipos?|grupos?|cuerpos?) de rescate|(someone|anyone|people) (to|who|that) (can )?rescue|quien (lo|la|los|nos) (rescata|puede rescatar)|ekip sekou|moun ki (ka )?sove)\b/u;

export function betaAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !dialogue) return m;
  const rescuers = dialogue.emergency && m.act !== 'whoComes' && RESCUERS_ASKED.test(folded);
  if (!rescuers && (m.act !== 'whoComes' || !BETA_CAN.test(folded))) return m;
  return movedTo(m, 'transit_safety', { act: 'topic', confidence: 1, facets: [] });
}
