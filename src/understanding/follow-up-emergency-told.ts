/**
 * A message in an emergency under way, read (follow-up-emergency.ts), with what it tells beside:
 * the call already made ("I ALREADY CALLED. im turning off the phone… can someone tell my mom?")
 * and a battery about to die. Whatever it asks, both are said back (flows/conversation/
 * emergency-told.ts); a call made is no "I can't call" unless it failed. Pure.
 */

import { afarWhatNow } from './afar-what-now.ts';
import { bleedingStopped, FEELS_BETTER } from './danger-over.ts';
import type { EmergencyMessage } from './emergency-message.ts';
import { callToldFirst, moneyAsked, OFFICE_ADDRESS_ASKED, sentHome } from './emergency-message-parts.ts';
import {
  CALL_FROM_ABROAD,
  CALLS_DONT_GO,
  callFails,
  FROM_AFAR_ASKED,
  GET_HOME,
  GRUPOS_BETA,
  HELP_ON_WAY_ASKED,
  MONEY_BACK,
  NOWHERE_TO_STAY,
  SOMEONE_TO_CONTACT,
  searchAsked,
  TRUSTED,
} from './emergency-words.ts';
import { foldedWords } from './fold.ts';
import { readMessage } from './follow-up-emergency.ts';
import { LOW_PHONE, PERCENT, WHO_GOES } from './follow-up-words.ts';
import { FOUND_BY_HELP, HELP_CALLED, ROBOT_ASKED } from './help-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { asksSomething, messageAsks } from './question.ts';
import { sentencesOf } from './question-part.ts';
import { staffCalledTold } from './staff-called.ts';
import { COLLECT_OWED } from './wages-owed.ts';

/** A psychologist named (not therapy: "terapia intensiva" is intensive care). */
/** The call told as made by the one writing ("i called 911", "ya marqué al 911"), not supposed ("si llamamos…"). */
const CALLED_BY_THEM =
  /^(?!.*(\b(si|if|when|cuando|q|que) (\w+ ){0,2}(llam|marc|marq|call|rele|habl)|\ble (m|mwen|nou|li|l|yo) rele\b|\b(nobody|no one|noone) (came|has come|showed)|(haven t|havent|didn t|didnt) (come|came|arrive\w*|show\w*)|no (han )?(llegan|llegado|llego|vienen|vino)|pero nada|hours ago|hace (horas|rato|mucho)|pesonn pa vini|yo poko (vini|rive))).*\b((i|we) (already |just )?called|(ya )?(le |les )?(llame|llamamos|marque|marcamos|hable|hablamos) (al|a la|a los)|(m|mwen|nou) (te |deja )?rele)\b/;

const PSYCHOLOGIST =
  /\b(psicolog\w*|psych(\w*logist)?|terapeuta|therapist|counselor|counsellor|sikolog\w*)\b/;
const WANTS = /\b(necesito|ocupo|quiero|i need|i want|i d like|m bezwen|mwen bezwen|m vle|mwen vle)\b/;
/**
 * Someone to talk to, asked by one who cries or cannot sleep ("hay alguien con quien hablar? no dejo de llorar"), or for
 * one who does ("she cries all the time, is there someone she can talk to?", emerg-gs): the psychologists, not only the
 * place in line (emerg-dm).
 */
const TO_TALK_TO =
  /^(?=.*\b(llor\w*|cry\w*|kriye|no (puedo|dejo de) (dormir|llorar)|can ?t (sleep|stop crying)|pa ka dom\w*)\b).*\b(alguien con quien (pueda |puede |podamos )?hablar|alguien que (me|la|lo|nos) escuche|(someone|anyone|somebody) (to talk to|(she|he|i|we|they) (can|could) talk to)|yon moun (pou (m|li|l) pale|(li|l|m) ka pale)|yon moun ki ka koute (m|li|l))\b/;

/** Someone sent, coming or going, asked in the sentence that asks ("is ur office sending anyone?", "¿alguien va a ir por él?"). */
const COMING_ASKED =
  /\b(who|quien|quienes|kiyes|ki moun|alguien|someone|somebody|anyone|anybody|moun|send|sending|sends|mandan|manda|mandar|envian|enviar|voye|coming|come|go|going|viene|vienen|venir|ir|llega|llegan|vini|vin|ale)\b/;

/** Words at most in a question whether a person writes. */
const ROBOT_ASKED_WORDS = 8;
/** Words from which a line with no word of thanks in it is no thanks. */
const UNTHANKED_WORDS = 4;
/** A call made, told bare ("ya llame", "i called", "m rele"), folded; and words of thanks. */
const CALLED_BARE =
  /\b(ya (le |les )?(llame|marque|hable)|(i|we) (already )?called|already called|(m|mwen|nou) (deja |fin |te )?rele)\b/;
/** Someone close called, not help ("ok ya le marque a mi hermana", "ok m rele frè m": a review), folded. */
const RELATIVE_CALLED =
  /\b(llame|marque|hable|called|rele)( a| al| to)?( mi| mis| my)? (herman\w*|mama|mami|papa|apa|ama|tia|tio|prim[oa]s?|espos[oa]|amig[oa]s?|novi[oa]|sister|brother|mom|mum|dad|cousin|aunt|uncle|friend|wife|husband|boyfriend|girlfriend|fre|se|manman|kouzen|kouzin|zanmi|madanm|mari|matant|tonton)\b/;
const GRATEFUL = /\b(gracias|grax|thanks|thank you|thx|ty|mesi|merci)\b/;
/** The one who threatened or hit gone, told bare ("ya se fue", "he left now", "li ale kounya"), folded. */
const GONE =
  /^(ok |ya |pero |bueno |now |well |men |kounya a |konnya )?(ya )?(se fue|se fueron|se largo|se largaron|(he|they) (left|went away|drove off|walked away)|(li|l|yo) (ale|pati|sot ale|soti ale|deja ale)|(li|yo) pa la anko)( ya| now| already| kounya| kounya a| konnya| ahorita| hace rato| por ahora)?$/;
/** Words at most in such a message. */
const GONE_WORDS = 6;

/**
 * A phone number given with anything else ("¿me pueden dar una cita por teléfono? mi número es 677 555 0142, en la
 * mañana", after "write the number and a good time"): kept with the reading, so the reply says it was noted (judge89).
 */
export function readInEmergency(act: string, m: EmergencyMessage): InContext {
  const read = readWithoutPhone(act, m);
  const phone = read.act === 'context' ? undefined : m.slots().phone;
  return phone ? { ...read, slots: { ...read.slots, phone } } : read;
}

/** Words at most in a message that says only that one feels better. */
const FEELS_BETTER_WORDS = 7;

function readWithoutPhone(act: string, m: EmergencyMessage): InContext {
  const joined = m.words.join(' ');
  // "ya me llamó alguien de ustedes, gracias", "yon moun rele m, mèsi anpil" (judge116's mother got "this chat cannot
  // send anyone"): someone of the office reached them; the danger goes on.
  if (act !== 'danger' && staffCalledTold(joined, m.text))
    return m.withLang({ ...NONE, act: 'context', helpCame: 'staff' });
  // "li ale kounya" after a threat at the door (emerg-gi got the words noted): the flow says so where someone can leave.
  if (act !== 'danger' && m.words.length <= GONE_WORDS && GONE.test(joined))
    return m.withLang({ ...NONE, act: 'context', helpCame: 'gone' });
  // "buenos días, ya estoy mejor", "im feeling a bit better now": thanks, the emergency kept (never a place noted);
  // not with more told ("m pi byen kounye a, zanmi m Woodly vin jwenn mwen": who came is for staff).
  const feelsBetter =
    (m.words.length <= FEELS_BETTER_WORDS && FEELS_BETTER.test(joined)) ||
    (m.words.length <= 2 * FEELS_BETTER_WORDS && bleedingStopped(joined));
  if (act !== 'danger' && !asksSomething(m.text) && feelsBetter)
    return m.withLang({ ...NONE, act: 'thanks' });
  // "are you a real person?", "kiyes ou ye menm?": that it is a program and staff read it.
  if (act !== 'danger' && m.words.length <= ROBOT_ASKED_WORDS && ROBOT_ASKED.test(joined))
    return m.withLang({ ...NONE, act: 'when', robotSaid: 'asked' });
  // "im from durango… can you guys get me home?": the help after a return, asked outright.
  if (act !== 'danger' && asksSomething(m.text) && GET_HOME.test(joined))
    return m.withLang({
      ...NONE,
      topic: 'deportee_support',
      confidence: 1,
      facets: m.facets(),
      act: 'topic',
    });
  if (act !== 'danger' && asksSomething(m.text) && GRUPOS_BETA.test(joined) && TRUSTED.test(joined))
    return m.withLang({ ...NONE, topic: 'transit_safety', confidence: 1, facets: m.facets(), act: 'topic' });
  // "yo estoy aca en texas, desde aqui puedo hacer algo?": what a relative far away can do.
  if (act !== 'danger' && FROM_AFAR_ASKED.test(joined))
    return m.withLang({ ...NONE, act: 'whatToDo', fromAfar: true });
  // One's own place far away told (flows hold it far only where the danger was told of another).
  if (afarWhatNow(joined, act === 'danger'))
    return m.withLang({ ...NONE, act: 'whatToDo', fromAfar: 'told', slots: m.slots() });
  // "i cant call 911 from the US…": the answer on calling from abroad, in the desert too (judge77 got "no credit?").
  // Asked with the danger told again ("NO hemos llamado a nadie!! le marco yo al 911 desde usa o q el marque?").
  if ((act !== 'danger' || asksSomething(m.text)) && CALL_FROM_ABROAD.test(joined))
    return m.withLang({ ...NONE, act: 'whatToDo', fromAfar: 'call' });
  // "can we get the 10k back?": the extortion's line (call 911, report at 089), not a procedure's.
  if (act !== 'danger' && MONEY_BACK.test(joined)) return m.withLang({ ...NONE, act: 'pay' });
  // "ya me cosieron… pero no tengo donde quedarme": the road's help, not a place noted nor the danger's lines.
  if (act !== 'danger' && NOWHERE_TO_STAY.test(joined))
    return m.withLang({
      ...NONE,
      topic: 'transit_safety',
      confidence: 1,
      facets: [],
      act: 'topic',
      question: true,
    });
  // "y me pueden ayudar a cobrar lo q me debe?" of the boss who held them: the worker's rights abroad (emerg-gs: the
  // model heard a ransom paid).
  if (act !== 'danger' && asksSomething(m.text) && COLLECT_OWED.test(joined))
    return m.withLang({
      ...NONE,
      topic: 'legal_advice',
      confidence: 1,
      facets: [],
      act: 'topic',
      question: true,
    });
  // "y pa hablar con alguien, un psicologo? no tengo dinero" after a farewell: psychological support (judge77 got
  // the repatriation modules' transport).
  // "necesito hablar con alguien, una psicóloga": asked for, not only asked about.
  const asks = asksSomething(m.text);
  if (
    act !== 'danger' &&
    (((asks || WANTS.test(joined)) && PSYCHOLOGIST.test(joined)) || (asks && TO_TALK_TO.test(joined)))
  )
    return m.withLang({ ...NONE, topic: 'psych_support', confidence: 1, facets: m.facets(), act: 'topic' });
  if (act !== 'danger' && SOMEONE_TO_CONTACT.test(joined))
    return m.withLang({ ...NONE, topic: 'human', confidence: 1, act: 'topic' });
  // "m pa pale panyol byen, m pa ka rele 911. kiyes k ap vini??": 911 will not understand, the honest line
  // and the words to say, whatever the model read (judge77 got "no credit? keep writing").
  // Paying asked with it ("ya llamamos al 911 pero no nos hacen caso, le pagamos o no?": judge118): the pay line.
  const payAsked = moneyAsked(m.words, m.text);
  if (act !== 'danger' && callFails(joined, messageAsks(m.text)) && !searchAsked(joined) && !payAsked)
    return m.withLang({ ...NONE, act: 'cannotCall', callFailed: true });
  // "anbilans ap vini? nou pa gen lajan pou peye": who is coming, before what care costs (judge77).
  // "is someone coming?? i cant talk he will hear me": both answered.
  const noLine = CALLS_DONT_GO.test(joined);
  // Asked in the sentence that asks: "yo di anbilans ap vini. kisa pou m fè pandan m ap tann?" tells it is coming.
  const asking = foldedWords(sentencesOf(m.text).filter(asksSomething).join(' ')).join(' ');
  const onWayAsked = HELP_ON_WAY_ASKED.test(asking);
  if (act !== 'danger' && (onWayAsked || (noLine && WHO_GOES.test(joined))) && asksSomething(m.text))
    return m.withLang({
      ...NONE,
      act: 'whoComes',
      whoAsked: true,
      ...((m.reader.cannotCall(m.words) || noLine) && { alsoCannotCall: true as const }),
    });
  // A question with it ("…can you call someone for us?") is read on (follow-up-emergency.ts).
  if (act !== 'danger' && noLine && !asksSomething(m.text)) return m.withLang({ ...NONE, act: 'cannotCall' });
  // The office's address asked to come on foot (judge88b), and a rescue told with where they are now ("they found us!!
  // grupo beta gave us water, my friend is in a clinic in ojinaga now", judge88b: the whole message noted as a place):
  // help came, staff read where.
  if (act !== 'danger' && OFFICE_ADDRESS_ASKED.test(joined))
    return m.withLang({ ...NONE, topic: 'office_info', confidence: 1, facets: ['where'], act: 'topic' });
  if (act !== 'danger' && FOUND_BY_HELP.test(joined) && !asksSomething(m.text))
    return m.withLang({ ...NONE, act: 'safe', helpCame: true });
  // "m te mande kijan pou m voye lajan Ayiti": money sent home is a procedure asked, not paying (judge87).
  const read = readMessage(act === 'pay' && sentHome(joined) ? 'ask_other' : act, m);
  // "whats the point anyway nobody gets it" read as thanks (a retrained model, session 58): with no
  // word of thanks in a longer line, it still tells the danger.
  // "ok ya llame, q mas hago" (emerg-gg got "you're welcome"): a call told, with an "ok" and no thanks, is no thanks.
  const callOnly = CALLED_BARE.test(joined) && !RELATIVE_CALLED.test(joined) && !GRATEFUL.test(joined);
  if (
    read.act === 'thanks' &&
    ((m.words.length >= UNTHANKED_WORDS && !m.reader.thanksIn(m.words)) || callOnly)
  )
    return { ...read, act: 'whatToDo', ...(callOnly && { helpCalled: true as const }) };
  // Only a call told first: "si llamamos a la policia lo matan" names a call not made.
  const called = callToldFirst(m.text);
  const battery = LOW_PHONE.test(joined) || PERCENT.test(m.text);
  if (read.act === 'cannotCall' && (read.callFailed || !called)) return read;
  // "una vecina ya llamó al 911, dicen q viene la ambulancia. ¿q hago mientras?": the model's "who comes" for a
  // call told and coming, asked nothing of who: the call said back (judge80's mother of a baby in a seizure).
  // "i called 911 they said they will send someone. what do i do while i wait": what to do until it comes, the same
  // (judge121's man lost in the desert got the anonymous report's line).
  const untilItComes = read.act === 'whatToDo' && HELP_CALLED.test(joined) && CALLED_BY_THEM.test(joined);
  const comingTold =
    (untilItComes || (read.act === 'whoComes' && !read.whoAsked)) &&
    (called || HELP_CALLED.test(joined)) &&
    !COMING_ASKED.test(asking);
  if (comingTold) return m.withLang({ ...NONE, act: 'context', helpCalled: true });
  if (read.act === 'cannotCall')
    return m.withLang({
      ...NONE,
      act: 'context',
      helpCalled: true,
      ...(battery && { lowBattery: true as const }),
    });
  return {
    ...read,
    ...(called && { helpCalled: true as const }),
    ...(battery && !read.lowBattery && { lowBattery: true as const }),
  };
}
