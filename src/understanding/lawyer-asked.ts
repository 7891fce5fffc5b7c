/**
 * A lawyer asked for in an emergency under way ("can i talk to a lawyer from your office?", "¿me pueden dar un
 * abogado?", "èske m ka pale ak yon avoka?"): the legal advice the sources say the office and others give, with the
 * urgent case kept, not only "you are already in the queue" (emerg-ec: a woman kept at work by her employer). Outside
 * an emergency a person asked for is queued as asked. So too an order to keep someone away. Pure.
 */
import { type DialogueContext, LEARNED_ALONE, type Meaning } from '../core/types.ts';
import { askedAs, movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** A lawyer named (folded). */
const LAWYER = /\b(lawyer|lawyers|attorney|abogad[oa]s?|licenciad[oa] (de|en) leyes|avoka|avoca)\b/u;

/** A court's order to keep someone away asked ("can i get a restraining order or something?", emerg-go), folded. */
const RESTRAINING =
  /\b(restraining|protective|protection|no contact) orders?\b|\border of protection\b|\borden(es)? de (restriccion|alejamiento|proteccion)\b|\bmedidas de proteccion\b|\blod (restriksyon|pwoteksyon)\b/u;

/** The one who threatened taken away by the police, told, folded. */
const TAKEN_AWAY =
  /\b((took|arrested|picked up|detained|got) (him|her)|(he|she) (was|got) (arrested|taken|detained)|se (lo|la) llevaron|(lo|la) (detuvieron|arrestaron|agarraron|levantaron)|(yo|polis la|lapolis) (arete|pran) (l|li))\b/u;
/** The danger back or still there, told, folded. */
const BACK_NOW =
  /\b(again|otra vez|de nuevo|anko|ankò|outside|afuera|aqui|here|showed up|following|siguiendo|sigue|devan|kounye a|ahorita|right now|now)\b/u;

/**
 * How one is now, told ("im ok now", "ya estoy bien ahorita", "no estoy bien ahorita", "m byen kounye a"): of oneself, no
 * danger back (judge132's woman), folded.
 */
const SAFE_NOW =
  /\b(ok|okay|fine|safe|bien|tranquil[oa]s?|a salvo|byen|an sekirite) (now|ahora|ahorita|kounye a)\b/gu;
const backNow = (folded: string) => BACK_NOW.test(folded.replace(SAFE_NOW, ''));

/**
 * Whether the office has lawyers, asked ("do you have lawyers?", "¿tienen abogados?"), no money named: a lawyer asking
 * for money is the money's line (emerg-fm: "me hablo un abogado q dice q por 2 mil dolares lo saca"), folded.
 */
const LAWYERS_HAD =
  /^(?!.*\b(deposit\w*|pag\w*|pay|paid|dolares|dollars|pesos|lajan|kob|peye|\d+)\b).*\b(tienen|tiene|hay|have|has|got|gen|genyen)\b.{0,15}\b(abogad[oa]s?|lawyers?|attorneys?|avoka)\b/u;
/** What a lawyer asked for in a danger is read as, besides legal advice. */
const ASKED_AS: ReadonlySet<string> = new Set(['human', 'office_info', 'deportee_support', 'reintegration']);

export function lawyerAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // "is there a lawyer at your office?" too; and "donde me ayudan con un abogado pa dejarlo? no tengo dinero", read as the
  // help after a deportation (emerg-fc: a woman beaten by her husband got the repatriation modules).
  // "do you have lawyers?" read as no topic, what to do (judge132's woman threatened again got the safety block twice).
  const asked =
    ASKED_AS.has(m.topic) || (m.topic === 'none' && m.question === true && LAWYERS_HAD.test(folded));
  if (!dialogue?.emergency || m.emergency || !asked || !LAWYER.test(folded)) return m;
  return askedAs(m, 'legal_advice');
}

/**
 * A court's order asked in a danger or after it, whatever the message was read as ("the police came and took him. can i
 * get a restraining order or something?": the model alone read a danger, and emerg-go's woman got what happens when the
 * police arrive): the legal advice's answer, none of the danger's passages.
 */
export function restrainingOrderReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // The model alone's danger only where the one who threatened was taken away, and not back (a review: "ahorita esta
  // aqui afuera otra vez gritando, como saco una orden de restriccion?" is the danger, first).
  const takenAway = TAKEN_AWAY.test(folded) && !backNow(folded);
  const modelAlone = m.emergency?.pattern === LEARNED_ALONE && takenAway;
  if (!dialogue?.emergency || (m.emergency && !modelAlone) || !RESTRAINING.test(folded)) return m;
  if (!m.emergency && backNow(folded)) return m;
  // Not read as a question: the emergency's flow would answer it from the danger's passages the search finds again.
  const { question: _, ...read } = movedTo(m, 'legal_advice', { act: 'topic', confidence: 1, facets: [] });
  return { ...read, emergency: null, danger: 'none', answers: [chosen('legal_advice', 'reply.1')] };
}
