/**
 * Messages whose words sound like a danger but tell none happening now: a danger supposed
 * ("y si un agente me quiere bajar lana, ¿dónde me quejo?") or a figure put right ("perdón, fue
 * el 8 no el 9"). Read on folded words. Pure.
 */

/** Opens on "and if" / "what if": a danger supposed, not told (a bare "si" is a Spanish yes). */
export const HYPOTHETICAL = /^(?:(?:y|and|e|pero|but|so)\s+(?:what\s+)?(?:if|si)|what\s+if)\b/;

/**
 * Opens on an apology or "I mean" and takes back a number or a letter ("no el 9", "con s no con z"),
 * or opens on "no wait" and names it again ("no wait, its Herrera Quiñones and she lives in the
 * rancho…": a form's answer put right, which the topic model alone took for a danger, session 57).
 */
export const CORRECTS_A_FIGURE =
  /^(?:perdon|disculpa|disculpe|sorry|my bad|oops|i mean|eskize|padon|me equivoque|correccion|correction)\b.*\b(?:no|not|pa)(?: (?:el|la|the|le|con|with|en|in))? (?:\d{1,4}|[a-z])\b|^(?:no wait|wait|no espere|no espera|espere|non tann|tann)\W+(?:it s|its|it is|es|se|li se)\b/;

/**
 * Being locked up feared, not told ("im scared theyll lock me up again", "tengo miedo que nos
 * encierren"): a fear of detention, not someone held now (judge73's man lost in the desert, asking
 * whether to find the border patrol, got the anti-trafficking line). Folded text.
 */
export const FEARS_BEING_HELD =
  /\b(scared|afraid|worried|fear|miedo|temo|pe|krent)\b.{0,25}\b(they ll|theyll|they will|they re gonna|they re going to|gonna|will|me|nos|lo|la|le|les|yo|pral|ap|va)\s+(lock|hold|detain|keep|encierren|encerrar|detengan|agarren|fenmen|fèmen|fenm|arete)\b/;
