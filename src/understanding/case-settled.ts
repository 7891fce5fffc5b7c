/**
 * Whether a case was closed or settled, asked in words the phrase list does not hold ("alo? yo
 * femen dosye a?", "oigan y ya quedo mi caso?", "ya cerraron lo mio?", "was my case closed?"):
 * fresh sets sent these after staff closed the conversation, and they got a procedure's
 * timing instead of the case. Read on the message's folded words. Pure.
 */
const CASE_SETTLED_ASKED =
  /\b(femen|fenmen|fèmen|fini|fin ak) dosye (a|m|mwen|nou|la)\b|\bdosye (a|m|mwen|nou|la) (femen|fenmen|fèmen|fini)\b|\bya (quedo|salio|termino|terminaron|cerraron|resolvieron|acabaron) (mi caso|lo mio|lo de mi caso|mi asunto|mi solicitud)\b|\b(cerraron|terminaron|resolvieron|acabaron) lo mio\b|\b(is|was) (my|the) case (closed|done|finished|resolved|over)\b|\bdid (you|they|u|yall|y all) (close|finish|resolve|end) (my|the) case\b/;

export const asksIfCaseSettled = (words: readonly string[]): boolean =>
  CASE_SETTLED_ASKED.test(words.join(' '));
