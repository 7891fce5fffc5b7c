/**
 * A danger from a partner or an ex ("mi ex me amenaza y no tengo dónde quedarme", "my ex husband keeps threatening
 * me", "ansyen mari m ap menase m"): read once, on the message that starts the emergency, so "¿dónde me puedo quedar
 * hoy?" later gets the women's justice centres and refuge the sources name, as a partner's violence does, not the
 * threat's generic lines again (session 133 left it: a threatened woman with her children got "first, your safety").
 * Pure.
 */
import { foldWords } from './fold-text.ts';

/** A partner or an ex named, folded. */
const PARTNER =
  /\b((mi|my)\s+(ex|exesposo|ex esposo|ex marido|expareja|ex pareja|exnovio|ex novio|esposo|marido|pareja|novio|ex husband|ex boyfriend|ex partner|husband|boyfriend|partner|baby daddy)|el (papa|padre) de mis? (hijos?|hijas?|ninos?|ninas?|bebes?)|my (kids|children s|baby s) (father|dad)|(ansyen mari|ansyen mennaj|ansyen konpayon|eks mari|mari|mennaj|konpayon|papa pitit)\s+(m|mwen))\b/;

/**
 * The partner as the one who threatens or hits, not a fellow victim ("me and my husband", "a mi esposo y a mí", "my
 * husband's boss": a review sent them to the women's centres), folded.
 */
const CO_VICTIM =
  /\b(and i|and me|y yo|y a mi|ak mwen|avek mwen|e mwen)\b|\b(me|i|yo|mwen|m)\s+(and|y|ak|avek)\s+(my|mi|mari|mennaj)\b|\ba (mi|mis)\s+(esposo|marido|pareja|novio)\b|\b(husband|boyfriend|partner|ex|esposo|marido|novio|mari|mennaj)\s+s\s+\w+/;

/** Whether the message that starts an emergency tells of a partner or an ex who threatens. */
export const byPartner = (text: string): true | undefined => {
  const folded = foldWords(text);
  return PARTNER.test(folded) && !CO_VICTIM.test(folded) ? true : undefined;
};
