/**
 * A call to the person asked in a few words ("puedes marcarme?", "can u call me", "ou ka rele m?"), in a danger above
 * all: the office's answer to being called (staff write here; leave the number and a time), not what a topic model hears
 * in "marcar" (emerg-fs's man thinking of suicide got the Héroes Paisanos programme); someone to talk to, the person. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { NONE } from './in-context-shapes.ts';

/** A call to oneself asked, folded. */
const CALL_ME =
  /\b((tu |usted |ustedes )?(puedes|pueden|puede|podrias|podrian|podria) (marcarme|llamarme|hablarme)|me (puedes|pueden|podrias|podrian) (marcar|llamar|hablar)|(can|could|will) (you|u|you guys|someone|somebody|anyone) (call|phone|ring) me|(eske )?(ou|w|nou|yon moun) (ka|kapab) rele (m|mwen))\b(?! (en|in|an|de|del|sobre|acerca|about) )/u;
/** How one feels, or who listens to it: a counsellor's talk, not the office's staff. */
const FEELINGS =
  /\b(counsel\w*|psycholog\w*|psicolog\w*|therap\w*|terapia|sikolog\w*|feel\w*|siento|sentir|santi|sad|triste|depress\w*|deprimid[oa]|down|struggl\w*|hard time|anxi\w*|ansied\w*|lonely|stress\w*|estres\w*|llorar|cry\w*|kriye|tris)\b/;
/** Another body's call hoped for ("espero que me llamen del consulado para la entrevista"): not the office's staff. */
const ELSEWHERE =
  /\b(consulado|consulate|embajada|embassy|entrevista|interview|cita|appointment|randevou|uscis|ice)\b/;
/**
 * Someone sent to write or call, asked at any length ("please have someone from the therapy people message me": judge133's
 * man who thought of dying got the psychologists' paragraph again; "que alguien de ustedes me llame"), folded.
 */
const HAVE_SOMEONE =
  /\b((have|get|ask|send) (someone|somebody|a person|one of you|staff|a counselor|a therapist)( \w+){0,4} (to )?(message|text|call|write|contact|reach) (me|us)|que (alguien|una persona|alguno)( \w+){0,4} (me|nos) (escriba|llame|marque|hable|contacte)|fe (yon moun|pesonn)( \w+){0,4} (ekri|rele|kontakte) (m|mwen|nou))\b/u;
/** Words at most in a message that asks only that. */
const FEW_WORDS = 8;
/** The person's own number named for it, at any length ("sí quiero hablar con alguien, ¿me pueden marcar a este número?"). */
const THIS_NUMBER =
  /\b(a este (numero|cel|celular|telefono)|(at|to|on) this (number|phone)|nan nimewo sa a)\b/;
/**
 * Someone to talk to asked ("is there someone there who speaks english i can talk to": judge120's teenager got "our
 * sources do not say that"), or staff's word hoped for ("ok gracias, espero que me escriban": its pregnant woman got "de
 * nada" and no one), at any length, folded.
 */
const SOMEONE_TO_TALK =
  /\b(someone|somebody|anyone|anybody|a person|alguien|una persona|yon moun)\b.{0,40}\b(i|we|m|mwen|nou) (can|could|puedo|pueda|podamos|ka|kapab) (talk|speak|hablar|pale)\b|\b(espero (que|q) (me|nos) (escriban|contacten|llamen|hablen|marquen)|(i )?hope (they|someone|somebody|you) (write|writes|contact|contacts|call|calls|text|texts|get back to) (me|us)|(m|mwen) espere (yo|yon moun) (ap |va )?(ekri|rele|kontakte) (m|mwen))\b/;

export function callMeAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Out of a danger too ("y ustedes me pueden marcar?"): the person asked for (the phrase lists, which the dialogue model
  // was trained on, hold "pueden marcarme" but not the "tú" form). Not a form's answer.
  if (!dialogue || dialogue.asked === 'field' || m.emergency) return m;
  const callMe =
    ((folded.split(' ').length <= FEW_WORDS || THIS_NUMBER.test(folded)) && CALL_ME.test(folded)) ||
    HAVE_SOMEONE.test(folded);
  // A person asked with it: no passage its words match ("…¿me pueden marcar a este número?" got the office's phone).
  if (m.topic === 'human') return callMe ? { ...m, answers: [] } : m;
  // Not someone to talk to about how one feels ("is there someone i can talk to, like a counselor"): the psychologist.
  const person =
    !dialogue.first &&
    !dialogue.emergency &&
    SOMEONE_TO_TALK.test(folded) &&
    !FEELINGS.test(folded) &&
    !ELSEWHERE.test(folded);
  if (!callMe && !person) return m;
  return { ...m, ...NONE, topic: 'human', confidence: 1, act: 'topic', answers: [] };
}
