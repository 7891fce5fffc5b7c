/**
 * A person asked for outright, with what the message also tells or asks ("I asked about CURP. Please let me speak
 * with a person.", "we are in Torreón not Juárez, please a person help me find a clinic here": judge107's people got
 * the CURP's and the clinics' answers again, offered a person at most; "can someone talk to me" after psychological
 * support got "our sources do not say that"): staff, whatever the models read of the rest. Not in line already, not
 * in a danger, whose own reading passes the person (bot-asked.ts), nor in a form's question. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { professionalAspect } from './professional-asked.ts';

/** Someone of the office, named: a person, a human, staff. */
const SOMEONE =
  '(a |an |some |una |alguna |yon )?(real |de verdad |vre )?' +
  '(person|human|somebody|someone|agent|staff|persona|alguien|humano|agente|moun|anplwaye)';

/** Asked to speak with one or to be passed to one, or "please, a person", folded. */
const PERSON_OUTRIGHT = new RegExp(
  String.raw`\b((let me|i want to|i wanna|i need to|can i|could i|may i) (speak|talk) (to|with) ${SOMEONE}` +
    `|(pass|put|connect|transfer) me (to|with) ${SOMEONE}` +
    `|(can|could) ${SOMEONE} (talk|speak) (to|with) (me|us)` +
    `|${SOMEONE} (puede|podria|pueda) (hablar|platicar) conmigo` +
    `|${SOMEONE} (ka|kapab) pale (ave|avek|ak) (m|mwen|nou)` +
    // "ok, bay yon moun pale avè m" (sight99-a's Haitian got the border worker's card).
    `|(ban m|ban mwen|bay|banm) ${SOMEONE} pale (ave|avek|ak) (m|mwen|nou)` +
    `|(please|pls|plz) ${SOMEONE} (help|call|contact|write)` +
    `|(quiero|necesito|ocupo|dejeme|dejame) (hablar|platicar) con ${SOMEONE}` +
    `|(pasame|paseme|pasenme|comunicame|comuniqueme) con ${SOMEONE}` +
    `|(quiero |necesito |ocupo |mejor |prefiero )(que|q) me (hable|llame|marque|escriba|atienda) ${SOMEONE}` +
    `|(can|could) ${SOMEONE} (call|phone) (me|us)` +
    `|(por favor|porfa|xfa) ${SOMEONE} (me ayude|que me ayude|me llame|me escriba)` +
    // Said politely ("m ta renmen pale ak yon moun", "me gustaría hablar con alguien": judge114's Haitian was only offered).
    `|(i would like|i d like|id like|me gustaria|quisiera|m ta renmen|mwen ta renmen|nou ta renmen) (to )?(speak|talk|hablar|platicar|pale) (to|with|con|ak|avek) ${SOMEONE}` +
    String.raw`|(m vle|mwen vle|kite m|m bezwen|mwen bezwen) pale (ak|avek) ${SOMEONE})\b`,
  'u',
);

/** A person refused ("no quiero hablar con una persona, nomas la informacion", "i don't want to talk to anyone"), folded. */
const REFUSED =
  /\b(no|not|don t|dont|do not|never|nunca|pa)\b.{0,12}\b(quiero|queremos|necesito|ocupo|want|need|vle|bezwen)\b/u;

/** Who is asked for: a lawyer or a psychologist is their service, not the office's staff. */
const SERVICE_NAMED =
  /\b(psycholog\w*|psicolog\w*|sikolog\w*|counsel\w*|therap\w*|lawyer|abogad\w*|avoka|licenciad[oa])\b/u;

/** A psychologist asked to call or talk ("quiero q me hable una psicologa", "can a psychologist call me", "m ta renmen pale ak yon sikolog"), folded. */
const PSYCHOLOGIST_CALLS =
  /\b((quiero|necesito|ocupo) (que|q) me (hable|llame|marque|atienda) (una|un|la|el) (psicolog\w*|terapeuta)|(can|could) (a|the) (psychologist|therapist|counselor) (call|talk to|speak with) me|(i want|i need) (a|the) (psychologist|therapist|counselor) to (call|talk|speak)|(m vle|mwen vle) (yon )?sikolog (rele|pale)|(yon )?sikolog (ka|kapab) (rele|pale ak) (m|mwen)|(quiero|quisiera|me gustaria|necesito|ocupo) (hablar|platicar) con (una|un|la|el) (psicolog\w*|terapeuta)|(i would like|i d like|id like|i want|i need|can i) to (talk|speak) (to|with) (a|the) (psychologist|therapist|counselor)|(m ta renmen|mwen ta renmen|m vle|mwen vle|m bezwen|mwen bezwen) pale (ak|avek) (yon )?sikolog)\b/u;

export function personOutrightReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Already in line, the rest of the message is what staff will read: its answer is the reply (emerg-be).
  if (m.emergency || m.topic === 'human' || !dialogue || dialogue.first || dialogue.withStaff) return m;
  if (busyWithQuestion(dialogue)) return m;
  // In psychological support's talk, its psychologist asked to call ("quiero q me hable una psicologa", sight83-a): the
  // Institute's own staff give it by phone, so a person.
  // With what it costs or where asked ("si quiero hablar con un psicologo, cobran?"), that aspect (professional-asked.ts).
  const psychologist =
    dialogue.topic === 'psych_support' && PSYCHOLOGIST_CALLS.test(folded) && !professionalAspect(folded);
  if (!psychologist && (!PERSON_OUTRIGHT.test(folded) || SERVICE_NAMED.test(folded))) return m;
  if (REFUSED.test(folded)) return m;
  return { ...m, topic: 'human', act: 'topic', confidence: 1, facets: [] };
}
