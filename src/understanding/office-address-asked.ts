/**
 * The office's own address or phone asked in another topic's talk ("what is the address of your office in Durango so
 * my brother can go today?": judge128's daughter, in the humanitarian permit's talk, got the offices in Los Angeles and
 * Chicago with no address; "do u guys have whatsapp or a phone number?" got the visa's where again): the office's. Not another body's office (the COMAR, a consulate, the INM) nor the US offices
 * named. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { OFFICE_ADDRESS_ASKED } from './emergency-message-parts.ts';
import { movedTo } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** The office asked about is this one ("your office", "su oficina", "en Durango"), folded. */
const YOURS =
  /\b(your|su|sus|de ustedes|ustedes|nou|biwo a|biwo nou|instituto|institute|enstiti|iapmf|en durango|in durango|nan durango)\b/u;
/** Another office named, whose own answers say where, folded. */
const OTHER_BODY =
  /\b(comar|komar|inm|cndh|consulado|consulate|konsila|shelter|albergue|abri|abogado|lawyer|avoka|doctor|clinic|clinica|hospital|lopital|grupos? beta|dif|fiscalia|caim|sre|registro civil|los angeles|chicago|dallas|california|illinois|texas)\b/u;

/** The office's phone or WhatsApp asked, or another number to call ("eske gen yon lot nimewo m ka rele?", judge131), folded. */
const PHONE_ASKED =
  /\b(another|other|otro|yon lot) (phone number|number|numero|nimewo|telefono|telefon) ((that )?(i|we) (can|could) call|(que|q|al que|al q) (pueda|puedo|podamos) (llamar|marcar)|(m|mwen|nou) ka rele)\b|\b(do you|do u|you guys|u guys|ustedes|uds|nou|biwo a|la oficina|the office) (guys )?(have|got|has|tienen|tiene|gen)( a| an| un| una| yon)? (whatsapp|phone|phone number|telefono|numero|number|celular|nimewo|telefon)\b(?! (de|del|of|for|pou|to call|para) )|\byour (phone|phone number|whatsapp)\b|\bnimewo (telefon )?(nou|biwo a|biwo nou)\b/u;

/** Talk about relatives held, sent back, sought or dead: "them" are the relatives. */
const RELATIVES_TALK = new Set([
  'locate_person',
  'deportee_support',
  'remains_repatriation',
  'psych_support',
]);
/** A relative named, folded. */
const RELATIVE =
  /\b(hij[oa]s?|herman[oa]s?|prim[oa]s?|esposo|esposa|papas?|mama|padres|ninos|tios?|sobrin[oa]s?|familia|sons?|daughters?|kids|children|brothers?|sisters?|cousins?|parents|family|pitit|fre|se|kouzen|fanmi)\b/u;
/** How to reach the office asked ("como los contacto", "how do i get in touch with you"), folded. */
const CONTACT_ASKED =
  /\b(como|komo) (los|les) (contacto|contactamos)$|\b(como|donde) me (comunico|contacto|pongo en contacto) con (ustedes|uds|el instituto|la oficina)\b|\bhow (do|can) (i|we) (contact|reach|get in touch with|get ahold of|call) (you|u|you guys|the office|the institute)\b|\bkijan (m|mwen|nou) (ka )?(kontakte|kontakte ak|rele) (nou|biwo a|enstiti a)\b/u;

export function officeAddressReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || !dialogue || dialogue.first || dialogue.emergency || dialogue.asked === 'field')
    return m;
  if (dialogue.topic === 'office_info' || OTHER_BODY.test(folded)) return m;
  // "como los contacto" of relatives held, sent back or sought is how to reach them (a review).
  const ofRelatives = RELATIVES_TALK.has(dialogue.topic ?? '') || RELATIVE.test(folded);
  if (!ofRelatives && CONTACT_ASKED.test(folded)) return officePhone(m);
  if (PHONE_ASKED.test(folded)) return officePhone(m);
  if (!OFFICE_ADDRESS_ASKED.test(folded) || !YOURS.test(folded)) return m;
  return movedTo(m, 'office_info', {
    act: 'topic',
    confidence: 1,
    facets: ['where'],
    question: true,
    answers: [],
  });
}

/** The office's answer on its phone, as asked. */
function officePhone(m: Meaning): Meaning {
  const moved = movedTo(m, 'office_info', {
    act: 'otherQuestion',
    confidence: 1,
    facets: [],
    question: true,
  });
  return { ...moved, answers: [chosen('office_info', 'answer.phone_number')] };
}
