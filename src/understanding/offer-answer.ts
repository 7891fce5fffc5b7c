/**
 * What a message says to the offer on screen (a person, or the form for staff), read before the
 * dialogue model: a yes with a person named ("Wi, yon moun silvouplè, pou yo di m ki klinik", "ok si
 * pasame con alguien porfa. cuanto tardan?") is a person asked for; a plain yes followed by what
 * staff should know and asking nothing ("yes please, hes at a shelter near the bridge") is a yes
 * (session 69's developed-against set: read as a fact told, the person was never queued). Pure.
 */
import type { DialogueAct, DialogueContext, Facet } from '../core/types.ts';
import type { DialogueReader } from './dialogue.ts';
import { foldedWords } from './fold.ts';
import { CALLED, PASS_ME, POLITE } from './follow-up-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';
import { firstClause } from './question-part.ts';

/** Please said beyond POLITE's words ("por favor" by its second, "svp"): with thanks to an offer, a yes. */
const PLEASE = new Set(['favor', 'svp']);
/** A no said with the thanks ("no thanks", "non mesi"): a decline, read as before. */
const DECLINED = new Set(['no', 'non', 'nah', 'nope', 'nel', 'not']);
/** A yes said outright, not an "ok" that only acknowledges ("bueno, y la oficina…", "dako. yon lot bagay"). */
const PLAIN_YES = new Set(['si', 'yes', 'yeah', 'yep', 'wi', 'oui', 'claro', 'sure', 'dale']);
/** "Sí, me gustaría que me hablaran": being called, wished for in the past subjunctive (session 80's fresh set). */
const CALLED_WISHED = new Set(['hablara', 'hablaran', 'llamara', 'llamaran', 'marcara', 'marcaran']);
const calledWord = (w: string) => CALLED.has(w) || CALLED_WISHED.has(w);
/** Words after an "ok" that open another question ("ok and…", "ok pero…", "wi epi…"). */
const THEN_ASKS = new Set(['and', 'but', 'also', 'y', 'pero', 'tambien', 'epi', 'men', 'e']);

/** Thanks said ("ty", "gracias", "mèsi anpil"), and the words that may go with it and say nothing more. */
const THANK_WORD = /^(thanks|thank|thx|ty|tysm|tnx|gracias|grasias|mesi|merci|appreciate)$/;
const WITH_THANKS =
  /^(you|u|it|so|much|a|lot|very|muchas|mil|de|verdad|por|todo|for|everything|anpil|pou|tout|again|ok|okay|oke|okey|oki|dako|bueno|va|sale|listo|great|cool|perfect|perfecto|alright|bien)$/;

/** A blessing as thanks, the message ending there (folded words). */
const BLESSING =
  /^((ok|okay|oki|bueno|gracias|muchas gracias|thanks|thank you|mesi|ok mesi) )*(que )?(dios|god|bondye) (se )?(le |te |los |lo |la |les |l |ou |w |you |nou )?(bendiga|bendice|bless|beni)( (a )?(usted|ustedes|you|ou|w|nou))?( (tambien|too|tou|mucho|anpil))?$/;
/** A yes naming the person, after other words ("Forget it. Yes, a person please.": judge105 was offered one again). */
const YES_PERSON =
  /\b(yes|si|wi|oui)( please| pls| porfa| por favor| souple)?( with| con)? (a person|someone|a human|una persona|alguien|yon moun)\b/;
/**
 * Waiting said for the person offered ("ok mesi, m ap tann moun nan", "ok thanks, I'll wait for the person", "gracias,
 * espero a que me hablen"): the offer taken (the blind helper of session 130 preferred the queue twice). Never a wait
 * for someone else ("espero a que me hablen del inm", "we'll wait for someone to pick us up": a review).
 */
const WAITS_FOR_PERSON =
  /\b((i ll|ill|i will|i m gonna|im gonna|we ll|well) wait (for (the|that) (person|staff|agent|human)|for your call|to be called|for you to call)|(espero|esperare|esperamos|voy a esperar|vamos a esperar|me quedo esperando|quedo en espera) (a (la persona|que me (hablen|llamen|contacten|marquen|escriban|atiendan))|que me (hablen|llamen|contacten|marquen|escriban|atiendan)|su llamada)|(m ap|mwen ap|n ap|nou ap|m pral|mwen pral) (tann|rete tann) (moun nan|yo rele m|yo rele mwen|anplwaye a))\b(?! (de|del|desde|from|of|nan fanmi))/;
/**
 * `words`: the message's folded words. Null when the message is neither (the other readings go on). Thanks
 * alone ("ty", "gracias") thank: the dialogue model read them as a no (sight58-a got "all right" to "ty").
 */
export function answerToOffer(
  reader: DialogueReader,
  text: string,
  words: readonly string[],
): 'person' | Extract<DialogueAct, 'yes' | 'thanks'> | null {
  const yesWords = foldedWords(firstClause(text)).filter((w) => !POLITE.has(w));
  const yesToPerson = reader.onlyYes(yesWords) && words.some(calledWord);
  const opensWithYes = [1, 2].some((n) => {
    const opening = yesWords.slice(0, n);
    return opening.length === n && reader.saysYes(opening, opening.join(' '));
  });
  // "ok and the number of the INM call center?" opens another question: no yes.
  const yesThenPerson =
    opensWithYes &&
    !yesWords.some((w, i) => i <= 2 && THEN_ASKS.has(w)) &&
    (reader.wantsPerson(yesWords) || yesWords.some(calledWord) || PASS_ME.has(yesWords.at(-1) ?? ''));
  const joined = words.join(' ');
  const waits = WAITS_FOR_PERSON.test(joined) && !DECLINED.has(words[0] ?? '') && !asksSomething(text);
  if (yesToPerson || yesThenPerson || waits || (YES_PERSON.test(joined) && !asksSomething(text)))
    return 'person';
  const tellsOnly = () =>
    !asksSomething(text) && !reader.wantsPerson(words) && !reader.facetsIn(words, text).facets.length;
  if (PLAIN_YES.has(yesWords[0] ?? '') && yesWords.length === 1 && tellsOnly()) return 'yes';
  // "ok dios le bendiga", "God bless you", "Bondye beni w": thanks, never a yes (sight95-a was queued by it).
  if (BLESSING.test(joined) && !asksSomething(text)) return 'thanks';
  const thanksAlone =
    words.some((w) => THANK_WORD.test(w)) && words.every((w) => THANK_WORD.test(w) || WITH_THANKS.test(w));
  // "ya me mataste de risa jaja gracias": ending in thanks with no yes said is thanks (emerg-gq's son was queued).
  // Never a please ("por favor gracias", "tanpri mesi": a review), which says yes.
  const thanksLast =
    THANK_WORD.test(words.at(-1) ?? '') &&
    !words.some((w) => PLAIN_YES.has(w) || POLITE.has(w) || PLEASE.has(w) || DECLINED.has(w));
  const wantsNothing = !reader.wantsPerson(words) && !words.some(calledWord);
  return (thanksAlone || (thanksLast && wantsNothing)) && !asksSomething(text) ? 'thanks' : null;
}

/**
 * An "ok" that tells the person's own way ("ok ill go tomorrow", "oui merci, m ap mennen l demen maten", "ok m ap
 * eseye", "ok yo les marco"): the answer noted, not the offer of a person taken (session 77's sets queued them).
 * `words`: the message's folded words.
 */
const OWN_WAY =
  /\b(i ll|ill|i will|im gonna|i m gonna|im going to|i m going to|voy a|vamos a|m ap|mwen ap|m pral|mwen pral|n ap|nou pral|yo les|yo le) (go|come|try|call|stop by|pass by|ir|pasar|llamar|marcar|intentar|ale|vini|eseye|rele|pase|mennen|marco|hablo|llamo)\b/;
/** Leaving now for where they were told ("ok m prale kounya", "ya me voy pa alla", "ok im going now"). */
const LEAVING_NOW =
  /\b((m|mwen|nou) (prale|prale kounya|ale kounya|pral ale)|ya (me )?(voy|vamos)|me voy (ya|ahorita|ahora)|(i m|im|we re|were) (going|leaving|heading) (now|there now|there)|(i m|im|we re|were) on (my|our) way)\b/;
export const goesOwnWay = (words: readonly string[]): boolean =>
  OWN_WAY.test(words.join(' ')) || LEAVING_NOW.test(words.join(' '));

/**
 * An "ok" that goes on to say no ("ok no, luego les escribo", "ok non, m ap ekri nou pita", "ok nah im good"): the
 * model heard the "ok" and queued a person who had declined (sight52-a). Not "ok no problem", which accepts.
 */
const OK_THEN_NO =
  /^(ok|okay|oki|okey|oke|okei|k|bueno|bien|dako|oui|ah) (no|non|nah|nope|nel|nop)\b(?! (problem|problema|pasa nada|pwoblem|worries|hay problema))/;
export const okThenNo = (words: readonly string[]): boolean => OK_THEN_NO.test(words.join(' '));

/**
 * Help asked with a task of a procedure ("y tmb ocupo q me ayuden a llenar la ds160 pa mi visa", "can you help me fill
 * the form", "ede m ranpli fòm nan"), with a term of one named: that procedure's question, not a person taken from the
 * offer on screen (sight65-a was queued with no word on the form). Folded words.
 */
const HELP_WITH_TASK =
  /\b((me|nos|le|les) (ayuden|ayudan|ayude|ayuda|puedan ayudar|pueden ayudar|puede ayudar) (a|con) (llenar|sacar|hacer|tramitar|conseguir|pedir|el|la|los|las|mi|mis)|help (me|us|him|her) (fill|get|with|do|apply|file)|ede (m|mwen|nou|li|l) (ranpli|jwenn|fe|ak))\b/;
/** Someone named to help ("m vle yon moun ede m fè plent lan"): a person asked for after all. */
const SOMEONE_NAMED = /\b(alguien|una persona|someone|somebody|a person|yon moun|moun)\b/;
export const helpWithTask = (words: readonly string[], terms: ReadonlyMap<string, number>): boolean => {
  const joined = words.join(' ');
  return terms.size > 0 && HELP_WITH_TASK.test(joined) && !SOMEONE_NAMED.test(joined);
};

/** A person asked to help ("me puede ayudar una persona a llenar eso", sight78-a: an answer of the topic again). */
const PERSON_TO_HELP =
  /\b((me|nos|le|les) (puede|pueden|podria|podrian) ayudar (una persona|un humano|alguien del personal)|(can|could) (a person|a human|a real person) help (me|us|him|her)|(yon moun|yon anplwaye) (ka|kapab) ede (m|mwen|nou|li))\b/;
/** Help with the task asked, or the task named: the offer's form, not a person. */
const TASK_HELP =
  /\b(ayud\w*|apoy\w*|help|ede|busc\w*|find|search|cheche|se llama|his name|her name|li rele)\b/;
/** A yes with a please opening the message ("yes please it's urgent, the doctors say she has only days": judge105). */
const YES_PLEASE =
  /^(ok |okay |oh )?(yes|yeah|yep|si|wi|oui)( (please|pls|plz|porfa|por favor|xfa|souple|tanpri|silvouple))\b/;
/**
 * The offer of a person taken: a person asked for, or asked to help, or a yes with a please that asks nothing more;
 * and no task of a named procedure's alone.
 */
export const takesPerson = (
  wantsOnlyPerson: boolean,
  words: readonly string[],
  terms: ReadonlyMap<string, number>,
  text: string,
  situation: string,
): boolean => {
  const joined = words.join(' ');
  // To the offer of a person only: "si por favor ayudenme a buscarlo" to the form's takes the form (a full run).
  // A yes naming the person is taken before (answerToOffer); a yes with a please only here.
  const yesPlease =
    situation === 'offered_person' &&
    YES_PLEASE.test(joined) &&
    !asksSomething(text) &&
    !TASK_HELP.test(joined);
  return (wantsOnlyPerson || yesPlease || PERSON_TO_HELP.test(joined)) && !helpWithTask(words, terms);
};

/** A plain yes opening the message ("yes a person"), not an "ok" or a "va" ("va a venir alguien?" asks who comes). */
const YES_FIRST = /^(yes|si|wi|oui|yeah|yep)$/;
/** A person named in it: "si yo rele m ankò" is "if they call me again", no yes. */
const PERSON_NAMED =
  /\b(person|persona|moun|someone|somebody|alguien|human|humano|staff|personal|anplwaye|agent)\b/;

/** "yes a person" typed with no offer on screen (after a "no"), not in a danger and asking nothing: read as to an offer. */
export const yesFirstToPerson = (
  text: string,
  words: readonly string[],
  dialogue?: DialogueContext,
): boolean =>
  !dialogue?.emergency &&
  YES_FIRST.test(words[0] ?? '') &&
  !text.includes('?') &&
  PERSON_NAMED.test(words.join(' '));

/**
 * A person asked for: with the office's hours asked beside it ("Yes, a person please. My mom will go to your office
 * tomorrow, what time do you open?", judge122), those too, said before the queue (passage.ts).
 */
export function personAsked(reader: DialogueReader, words: readonly string[]): InContext {
  const facets: Facet[] = reader.asksOfficeHours(words) ? ['time'] : [];
  return { ...NONE, topic: 'human', confidence: 1, act: 'topic', facets };
}
