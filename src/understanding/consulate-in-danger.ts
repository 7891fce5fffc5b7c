/**
 * In a danger or after one, what the consulate does asked ("y el consulado que hace en estos casos": emerg-fc's mother
 * of a daughter kept working in Houston got her words noted): the emergency's answer on the consulate's help to
 * Mexicans abroad, its help to victims of trafficking when the message names it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedInOrAfterDanger, emergencyAnswerAsked } from './named-asked.ts';
import { US_PLACE } from './us-born.ts';

/** The consulate asked what it does or whether it helps, folded. */
const CONSULATE_ASKED =
  /\b(el consulado|los consulados|consulado|the consulate|consulate|konsila a|konsila)\b.{0,30}\b(que hace|hace algo|ayuda|ayudan|puede|pueden|sirve|what (does|can|do|could)|do anything|help|helps|kisa|ka fe|ede)\b|\b(que hace|que puede hacer|what does|what can|what could|kisa)\b.{0,15}\b(el consulado|the consulate|the mexican consulate|konsila a|konsila meksiken an)\b/u;
/** What the consulate does or can do, asked in so many words ("what could the consulate really do for him", "can the
 * consulate here in chicago do anything": emerg-go), folded. */
const CONSULATE_DOES =
  /\b(que hace|que puede hacer|what does|what can|what could|kisa)\b.{0,15}\b(el consulado|the consulate|the mexican consulate|konsila a|konsila meksiken an)\b|\b(can|could|will) the (mexican )?consulate\b.{0,25}\bdo (anything|something)\b|\b(el consulado|konsila a)\b.{0,25}\b(puede hacer algo|pueden hacer algo|puede hacer nada|ka fe yon bagay)\b/u;
/** Whether the consulate can help, asked ("el consulado me puede ayudar con los papeles q me quito?", emerg-gk), folded. */
const CONSULATE_HELPS =
  /\b(el consulado|the consulate|konsila a)\b.{0,16}\b(ayuda|ayudan|ayudar(me|nos|le)?|help|helps|ede)\b/u;
/** Wages owed named, folded. */
const WAGES = /\b(paid|pay|pays|wages|salary|pagado|pagan|pagaron|pago|sueldo|salario|peye|sale|salè)\b/u;
/** Someone sent to go for the person, asked ("alguien q vaya por el", "send someone"), folded. */
const SENT_TO_GO = /\b(vaya|vayan|ir por|go get|go for|send|mandar|mandan|manden|voye)\b/u;
/** Going back to Mexico asked with it ("can they help me go back to mexico?"): the return's own answer. */
const GOING_BACK = /\b(regres\w*|volver|volverse|return\w*|go back|come back|get back|retounen|tounen)\b/u;
/** Whether the consulate may go and see him, asked, folded. */
const CONSULATE_VISIT =
  /\b(el consulado|the consulate|konsila a)\b.{0,25}\b(ir a ver(lo|la)?|visitar(lo|la)?|visit (him|her)|go see (him|her)|al we (l|li))\b/u;
/** Whether the office speaks with the consulate, asked ("ustedes hablan con el consulado?", judge126's mother), folded. */
const CONSULATE_CONTACTED =
  /\b(ustedes|uds|you|you guys|y all|the office|la oficina|el instituto|the institute|nou|biwo a)\b.{0,12}\b(hablan|hablaran|hablen|contactan|contactaran|llaman|avisan|avisaran|se comunican|talk|speak|contact|call|pale|rele|kontakte)\b.{0,8}\b(el consulado|al consulado|the consulate|konsila a|konsila)\b|\b(pueden|podrian|puede|can you|could you|will you|eske nou ka|nou ka)\b.{0,6}\b(hablar(le)?|llamar(le)?|avisar(le)?|contactar|call|contact|talk to|pale ak|rele)\b.{0,6}\b(al consulado|el consulado|the consulate|konsila a|konsila)\b/u;
/** How to reach the consulate asked ("como me comunico con el consulado", emerg-gw's mother of a son held in Eloy), folded. */
const CONSULATE_REACHED =
  /\b(como|donde|how (do|can|could) (i|we)|kijan|ki jan)\b.{0,20}\b(me comunico|nos comunicamos|comunicarme|contacto|contactar|le hablo|llamo|hablo|reach|contact|call|get in touch with|talk to|kontakte|rele|pale ak)\b.{0,8}\b(con el consulado|al consulado|el consulado|the consulate|the mexican consulate|konsila a|konsila)\b/u;
/**
 * Who looks for one said to be in the US ("el 911 de acá me dijo q no pueden hacer nada xq está en estados unidos. QUIÉN
 * LO BUSCA", judge126's mother of a son lost near Sasabe): the consulate's help to Mexicans abroad, folded.
 */
const SEARCH_ABROAD = new RegExp(
  String.raw`^(?=.*\b(esta|estan|is|are|s|re|li|yo)\s+(en|in|nan|an)\s+(${US_PLACE})\b).*\b(quien|quienes|who|kiyes|ki moun)\b.{0,12}\b(busca|buscan|buscara|va a buscar|van a buscar|looks?|looking|search\w*|find|chache|cheche|ap chache)\b`,
  'u',
);
/** Trafficking or forced work named, folded. */
const TRAFFICKING = /\b(trata|trafficking|trafik|forced (work|labor)|trabajo forzado|travay fose)\b/u;

export function consulateInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Only where it would be noted as a statement or get the danger's next line ("what can the consulate actually do for
  // him": emerg-fk's cousin held on a farm got "keep writing"): another reading of it answers already.
  if (!askedInOrAfterDanger(m, dialogue) || m.emergency) return m;
  // Someone sent to go asked with it ("…hablarle al consulado o a alguien q vaya por el??") is who is coming.
  const contacted = CONSULATE_CONTACTED.test(folded) && !SENT_TO_GO.test(folded);
  // A Kreyòl speaker in Mexico asks of their own consulate (a review: a Haitian robbed in Tapachula).
  const reached = CONSULATE_REACHED.test(folded) && m.lang !== 'ht';
  if (!dialogue?.foreigner && (contacted || reached || SEARCH_ABROAD.test(folded))) {
    // Told with 911 of no use ("no pueden hacer nada"), no failed call to answer: the consulate is the answer.
    const { callFailed: _, ...asked } = m;
    return emergencyAnswerAsked(asked, 'answer.mexican_emergency_abroad');
  }
  if (!CONSULATE_ASKED.test(folded)) return m;
  // Asked outright, read as any procedure's question ("what can the mexican consulate do", emerg-fu: a foreigner's lost
  // papers; "el consulado lo puede ir a ver?": a US visa) too.
  // A foreigner in danger in Mexico asks of their own consulate, which this answer is not (a review).
  const widened =
    !dialogue?.foreigner && (m.act === 'topic' || m.act === 'otherQuestion' || m.act === 'followUp');
  const asked = m.act === 'whatToDo' || widened;
  // Whether it helps, asked of a Mexican's case (not wages owed, which are legal advice's: session 103).
  const helpsAsked = asked && !dialogue?.foreigner && !WAGES.test(folded);
  if (
    m.act !== 'context' &&
    !(asked && CONSULATE_DOES.test(folded)) &&
    !(asked && CONSULATE_VISIT.test(folded)) &&
    !(helpsAsked && CONSULATE_HELPS.test(folded) && !GOING_BACK.test(folded))
  )
    return m;
  const passage = TRAFFICKING.test(folded)
    ? 'answer.trafficked_mexican_abroad'
    : 'answer.mexican_emergency_abroad';
  return emergencyAnswerAsked(m, passage);
}
