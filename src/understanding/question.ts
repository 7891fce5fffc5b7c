/**
 * Whether a message asks something: a question mark, or a question word at its start (people
 * often leave the mark out: "como le hacemos pa buscarlo", "kote li ye"). Pure.
 */
export const QUESTION =
  /[?¿]|^\s*(?:(?:y|e|and|pero|but|so|entonces|pues|epi|men|a|en|de|con|para|por|to|for|with|ok|okay|oye|oiga)\s+)?(c[oó]mo|cu[aá]nto|cu[aá]ndo|d[oó]nde|qu[eé]|q|ke|qui[eé]n|cu[aá]l|puedo|puede|pueden|hay|tengo|ocupo|se puede|how|what|when|where|who|which|why|can|could|will|would|did|do|does|is|are|should|kijan|koman|konbyen|kil[eè]|kote|[eè]ske|ki|kisa)\b/i;

/** The message asks something. */
export const asksSomething = (text: string): boolean => QUESTION.test(text);
