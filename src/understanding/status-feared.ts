/**
 * Papers or being sent back asked about in an emergency, with no word of calling for help, once the
 * danger is behind ("ya nos sacaron los federales… ¿nos van a deportar? yo no quiero regresar a
 * honduras", "kounye a kisa nou fè pou papye?", "i dont want migra to send me back to honduras"): the
 * question is the person's status in Mexico, not what a call to 911 brings (emerg-cs: five such turns
 * got the 911 line or only "noted"). Refusing to go back asks for refuge (COMAR), unless a permit to
 * stay is asked; the rest, papers to stay (INM). Deportation feared while still hiding or paying keeps
 * the 911 line (emergency-lines.ts). Folded text. Pure.
 */
import type { TopicId, TopicOrNone } from '../core/types.ts';
import { WOMEN_SHELTER } from './emergency-words.ts';
import { FEARS_DEPORTATION } from './follow-up-words.ts';

/** Help named: the fear is of what calling brings, which emergency-lines.ts answers. */
const HELP_NAMED =
  /\b(911|policias?|police|cops?|polis|lapolis|patrulla|llamar|llamo|llame|call|calling|rele|denuncia|denuncio|denunciar|report|plent|deposit|deposito|pagar|pay|peye|voye)\b/;
const RETURN_REFUSED =
  /\b(no (quiero|queremos|puedo|podemos) (regresar|volver) a|(don t|dont|do not|can t|cant) (want to )?(go|be sent) back to|send (me|us|him|her|them) back to|(m|mwen|nou) pa (vle|ka) (retounen|tounen) (nan|an|lakay))\b/;
const STAY_ASKED =
  /\b(permiso|permit|tarjeta|card|quedarme|quedarnos|to stay|pou (m|nou) rete|kat|pemi|pèmi)\b/;
/** "¿Qué hacemos con los papeles?", "kisa nou fè pou papye?": what to do about papers, asked outright. */
const PAPERS_WHAT_DO =
  /\b(que|q|k) (hacemos|hago|vamos a hacer|voy a hacer|hago ahora|hacemos ahora) (con|pa|para|por) (los |lo de los |mis |nuestros )?papeles\b|\bkisa (nou|m|mwen) (ka |dwe )?fe pou papye\b|\bwhat (do|can|should) (we|i) do (about|for|with) (the |our |my )?papers\b/;
/**
 * Whether leaving him may cost one's papers, or migration take them, asked ("si m kite l eske yo ka retire papye m?", "if
 * i leave him can they take my papers away?"): one's status in Mexico (emerg-fw got a pension's papers); not a boss's
 * threat to keep them (a review: that is the held's line).
 */
const PAPERS_LOSS_ASKED =
  /\b(migration|migracion|migrasyon|imigrasyon|immigration|inm) (ka|kapab|can|could|will|pueden|puede|van a|va a) (retire|wete|anile|pran|take away|take|cancel|revoke|quitar|cancelar)\b|\b(si|if) (m|mwen|i|yo) (kite|leave|dejo|deje) (l|li|him|her|lo|la)\b.{0,60}\b(papye|paspo|kat|pemi|papers|card|permit|papeles|permiso|tarjeta|residencia|status|estatus)\b/;
/** The danger behind: "ahora", "ya nos sacaron", "now", "kounye a". */
const NOW_AFTER =
  /^(y |and |e )?(ahora|now|kounye a|kounya|konnya)\b|\bya (nos|me|lo|la|los) (sacaron|soltaron|rescataron|liberaron)\b|\b(we re|were|we are|we got|i got|i m|im) (out|free|safe now)\b|\b(nou|m|mwen) (soti|libere|lib) (kounye a|deja)?\b/;
/** Refuge named: an appointment or a request with COMAR. */
const ASYLUM_NAMED = /\b(comar|asilo|refugio|refugiad[oa]|asylum|refugee|azil|refij|refijye)\b/;
const DEPORT_WORDS = /\b(deportar|deporten|deportan|deport|deported|depote)\b/;

export function statusFeared(folded: string, asks: boolean): TopicId | null {
  if (HELP_NAMED.test(folded)) return null;
  if (RETURN_REFUSED.test(folded)) return STAY_ASKED.test(folded) ? 'mx_status' : 'asylum';
  if (!asks) return null;
  const deportFeared = FEARS_DEPORTATION.test(folded) || DEPORT_WORDS.test(folded);
  // "m gen randevou COMAR, eske yo ka depote m?": whether asking for refuge protects from it (emerg-do).
  if (deportFeared && ASYLUM_NAMED.test(folded)) return 'asylum';
  return PAPERS_WHAT_DO.test(folded) ||
    PAPERS_LOSS_ASKED.test(folded) ||
    (NOW_AFTER.test(folded) && deportFeared)
    ? 'mx_status'
    : null;
}

/**
 * Where to go, asked in a danger, is the refuge and not the procedure the model heard: the road's help, a place for
 * women, or asylum with no word of it ("m ta renmen kite l, kote m ka ale", a beaten wife: the model heard asylum in
 * "leave him", emerg-fg).
 */
export const refugeMeant = (procedure: TopicOrNone | undefined, folded: string): boolean =>
  procedure === undefined ||
  procedure === 'transit_safety' ||
  WOMEN_SHELTER.test(folded) ||
  (procedure === 'asylum' && !ASYLUM_NAMED.test(folded));
