/**
 * Land or a house being taken by someone of the family ("my cousin is trying to take my land… can you help with a
 * lawyer?", "mi suegro nos quiere quitar el terreno"): a legal matter in Mexico, the Institute's legal team, not a
 * robbery (the model alone heard one: 911 and "where is it happening?", judge104) nor the procedure under discussion
 * (a business's papers, sight77-a's therapy). A threat to anyone's body named with it keeps its danger. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/**
 * Land, a house or a property taken or about to be, kept ("se quiere quedar con un terreno mio", sight85-a) or in
 * dispute ("un problema con un terreno", sight79-a; "un pleito x un terreno", sight105-a), folded.
 */
const PROPERTY_TAKEN =
  /\b(take|taking|took|steal\w*) (away )?(my|our|his|her|their|the)( \w+)? (land|property|house|lot|ranch)\b|\b(quitar(me|nos|le|les)?|quiere quitar|quieren quitar|quito|quitaron) (el|la|los|las|mi|mis|nuestro|nuestra|su|sus)( \w+)? (terreno|tierras?|casa|parcela|rancho|propiedad|solar)\b|\b(quedar|quedarse|quedo|queda) con (un |una |el |la |mi |mis |nuestro |nuestra |su |sus )?(terreno|tierras?|casa|parcela|rancho|propiedad|solar)\b|\b(vle pran|pran|vole) (te|kay) (nou|mwen|m|li|a|la)\b|\b(problema|problemas|pleito|lio|conflicto|problem|problems|dispute|issue|pwoblem) (con|with|over|about|ak|sou|por|x|de|for) (un |una |el |la |mi |mis |nuestro |nuestra |a |the |my |our |some |yon )?(terreno|tierras?|parcela|rancho|propiedad|solar|herencia|land|property|lot|ranch|inheritance|te|eritaj)\b/u;
/** A threat to someone's body, folded: then it may be a danger, whatever is taken (a house burnt, a push, a lock-in, a return
 * promised: a review). */
const BODY_THREATENED =
  /\b(gun|pistola|arma|armad[oa]|knife|cuchillo|threat\w*|amenaz\w*|kill|mata\w*|golpe\w*|pega\w*|hit|beat|bat|frape|menase|touye|zam|quem\w*|burn\w*|boule|empuj\w*|push\w*|pouse|encerr\w*|lock\w*|fenmen|vuelve|volver|regresa|coming back|come back|tounen)\b/u;
/** Legal help or the office's help asked with it, or the dispute told as a problem one has ("tmb tengo un problema con un terreno de mi apa": sight84-a). */
const HELP_ASKED =
  /\b(lawyer|attorney|legal|abogad[oa]|asesor\w*|advice|konsey|licenciad[oa]|juridic\w*|avoka|help|ayud\w*|orient\w*|ede|pueden|can you|eske|(tengo|tenemos|tiene|i have|we have|m gen|nou gen) (un |una |a |yon )?(problema|pleito|problem|pwoblem))\b/u;

/** Property taken with no threat to a body told: a legal matter, for the model alone too (model-vetoes.ts). */
export const propertyDispute = (folded: string): boolean =>
  PROPERTY_TAKEN.test(folded) && !BODY_THREATENED.test(folded);

export function propertyAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || dialogue?.emergency || m.topic === 'legal_advice' || busyWithQuestion(dialogue))
    return m;
  if (!propertyDispute(folded) || !HELP_ASKED.test(folded)) return m;
  return askedAs(m, 'legal_advice');
}
