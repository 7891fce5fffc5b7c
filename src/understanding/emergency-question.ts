/**
 * A message in an emergency under way, read by the dialogue layer: and when it tells the danger
 * again and then asks something ("yo rele ankò, yo di y ap touye l. m pè anpil. ki moun k ap
 * vini ede m?", "me volvieron a hablar, tengo miedo, ¿quién me va a ayudar?"), the question is what
 * wants an answer: it is read on its own, with any place, call or low battery the whole message told. A blind judge
 * (session 43) saw the danger's line said again while "who is coming?" went unanswered. What the
 * words tell outright stands where the model is unsure or hears only a language (toldOutright). Pure.
 */
import type { DialogueContext, Lang } from '../core/types.ts';
import { callToldFirst, moneyAsked } from './emergency-message-parts.ts';
import { callFails, WHAT_TO_SAY, WHERE_UNKNOWN } from './emergency-words.ts';
import { fold, foldedWords } from './fold.ts';
import type { FollowUpReader } from './follow-up.ts';
import { STAFF_ANSWER_WAITED } from './follow-up-words.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { HELP_CALLED } from './help-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { messageAsks } from './question.ts';
import { lastQuestion } from './question-part.ts';
import type { Terms } from './topic-switch.ts';

/**
 * The reading a question after the danger told again replaces: the danger itself. Not paying:
 * "mi cuñado dice que juntemos el dinero… ¿lo mandamos?" asks about paying in other words.
 */
const TOLD_AGAIN = new Set(['emergency']);

/**
 * "What info do you need from me?", "¿qué datos ocupan?", "kisa nou bezwen konnen?": what to write here for
 * staff (judge114's man got a state's documents). Folded; what to tell 911 is WHAT_TO_SAY, read before.
 */
const TELL_HERE_ASKED = new RegExp(
  [
    '\\b(que|q|k|ke) (datos|informacion|info|detalles) (necesitan|ocupan|quieren|necesitas|ocupas) de (mi|nosotros)\\b',
    '\\b(que|q|k|ke) mas (les|te) (digo|cuento|escribo)\\b(?! (al|a la|a los) )',
    '\\bwhat (info|information|details|data) (do|would|will) (you|u|yall|staff) need from (me|us)\\b',
    '\\bwhat (do|would) (you|u|yall|staff) need (to know )?from (me|us)\\b',
    '\\bwhat (else )?(should|do|can) (i|we) (tell|write) (you|u)\\b',
    '\\bkisa (ou|nou|w) bezwen (konnen )?(nan men|sou) (m|mwen|nou)\\b',
    '\\bkisa pou (m|mwen|nou) (di|ekri) (ou|nou|w)\\b',
  ].join('|'),
);

/**
 * Where to send a location, asked ("tiene ubicación de whatsapp, ¿se la paso a quién?", "can i send u his location",
 * "m ka voye lokalizasyon li ba nou?"): judge122's cousin had the question noted as the place. Folded.
 */
const LOCATION_ASKED = new RegExp(
  [
    '\\b(ubicacion|localizacion|el pin|la ubi)\\b.{0,40}\\b(se la paso|te la paso|se las paso|se la mando|te la mando|la mando|la paso|la envio|se la envio|a quien)\\b',
    '\\b(les|te|le) (mando|paso|envio|comparto) (la|su|mi|tu) (ubicacion|localizacion)\\b',
    '\\b(send|share|give|forward) (you |u |yall |it to you )?(his |her |my |the |their |our |a )?(live )?(location|pin|gps)\\b',
    '\\b(location|pin)\\b.{0,25}\\b(who|where) (do|should|can) (i|we) (send|give|share)\\b',
    '\\b(voye|pataje|bay) (nou |ou |w |li )?(lokalizasyon|lokasyon|pozisyon)\\b',
  ].join('|'),
);

/**
 * The chat asked to let a relative know ("can you let his wife in durango know?", "¿le pueden avisar a mi mamá?", "eske
 * nou ka rele fanmi m?"): emerg-gw's nephew got "first, the person's safety", and the sets' "can you call my family?"
 * had the question noted. Folded.
 */
const FAMILY_TOLD_ASKED = new RegExp(
  [
    '\\b(can|could|will|would) (you|u|yall|you guys|someone|somebody|staff) (please )?(call|tell|let|text|message|notify|contact|inform|reach) (my|his|her|our|their) (\\w+ )?(family|wife|husband|mom|mum|mother|mama|dad|father|son|daughter|sister|brother|parents|relatives|kids|children|aunt|uncle|cousin)\\b(?! (what|how) to\\b)',
    '(?<!\\bno )\\b(pueden|puedes|podrian|podria|puede|me pueden|le pueden|les pueden|podrias) (avisarle|avisarles|avisar|llamarle|llamarles|llamar|marcarle|marcarles|hablarle|hablarles|decirle|decirles|comunicarse con|contactar) (a )?(mi|su|sus|mis|nuestra|nuestro) (familia|familiares|esposa|esposo|mama|papa|jefa|jefe|hijo|hija|hermano|hermana|hijos|papas|padres|tia|tio|primo|prima|vieja|senora)\\b(?! (que|q) (hacer|hago|hace))',
    '^(porfa |por favor )?(avisenle|avisale|llamenle|llamale|marquenle|marcale|hablenle|hablale) a (mi|su|mis|sus) (familia|familiares|esposa|esposo|mama|papa|jefa|hijo|hija|hermano|hermana|hijos|papas)\\b',
    '\\b(eske )?(nou|ou|w) (ka|kapab|kab) (rele|aveti|di|kontakte|pale ak|ekri) (fanmi|madanm|mari|manman|papa|pitit|fre|se|tonton|matant|kouzen|kouzin) (m|mwen|li|l|nou)\\b',
  ].join('|'),
);

/** Words at most in a message that only asks to tell a relative. */
const FAMILY_ASKED_WORDS = 12;

/** No location to send ("i cant share my location, my gps is broken"): where they are, told. */
const NO_LOCATION = /\b(cant|can t|cannot|dont have|don t have|no (puedo|tengo|se|sirve)|pa ka|pa gen)\b/;

/** A link to a place beside "I don't know where" ("es en reynosa, no sé la calle"). */
const PLACE_NAMED_TOO = /\b(en|in|nan|at|near|cerca|por|bo|toupre|around)\b/;

/** Refuge in Mexico named ("beta people say we can ask for refuge in mexico… how long it take?"), folded. */
const REFUGE = /\b(refugio|refugiado|refuge|refugee|asylum|asilo|azil|refij|comar)\b/;
/** How long or how much, asked. */
const ASPECT =
  /\b(how long|how much|cost|costs|cuanto|cuesta|tarda|tardan|tiempo|konbyen|koute|konbyen tan)\b/;

/** Longer, a message that says where is not known usually tells something of the place too. */
const UNKNOWN_WHERE_WORDS = 7;

export function readInEmergencyTurn(
  followUp: FollowUpReader,
  glossary: Pick<GlossaryMatcher, 'termsWithLength'>,
  message: { text: string; words: readonly string[]; lang: Lang; terms: () => Terms },
  dialogue: DialogueContext,
) {
  const { text, words, lang, terms } = message;
  const joined = words.join(' ');
  // "q le digo al 911?": the words for the call (what the model reads is no help: a danger, a place).
  if (WHAT_TO_SAY.test(joined)) return { ...NONE, act: 'whatToDo' as const, whatToSay: true as const };
  // "what info do you need from me": what to write here.
  if (TELL_HERE_ASKED.test(joined)) return { ...NONE, act: 'whatToDo' as const, whatToSay: 'here' as const };
  // Only asked alone: told with a call made ("YA LLAME… alguien le puede avisar a mi esposa?") the call is said back.
  if (FAMILY_TOLD_ASKED.test(joined) && words.length <= FAMILY_ASKED_WORDS && !HELP_CALLED.test(joined))
    return { ...NONE, act: 'whatToDo' as const, whatToSay: 'family' as const };
  if (LOCATION_ASKED.test(joined) && messageAsks(text) && !NO_LOCATION.test(joined))
    return { ...NONE, act: 'whatToDo' as const, whatToSay: 'location' as const };
  // "no sé dónde estamos", in a few words that name no place: what to look for around them.
  const unknownWhere = words.length <= UNKNOWN_WHERE_WORDS && WHERE_UNKNOWN.test(joined);
  // "es en reynosa, no sé la calle" names the place all the same.
  if (unknownWhere && !PLACE_NAMED_TOO.test(joined.replace(WHERE_UNKNOWN, ' ')))
    return { ...NONE, act: 'context' as const, whereUnknown: true as const };
  const model = followUp(text, words, lang, dialogue, 'emergency', terms);
  // Refuge's time or cost asked where the model is unsure ("…i am guatemala. how long it take and it cost money?"):
  // asylum's answer, not the place in line the wait's words got (judge96's man found by the Grupos Beta).
  if (!model && messageAsks(text) && REFUGE.test(joined) && ASPECT.test(joined))
    return { ...NONE, topic: 'asylum' as const, confidence: 1, act: 'topic' as const };
  const outright = !model || model.act === 'language' ? (toldOutright(text, words, model) ?? model) : model;
  // "YA LLAME. voy a apagar el cel… ¿alguien le puede avisar a mi esposa?": the call told first stays told, with
  // the danger the model may hear in the rest (a retrained model did, session 86).
  const called = callToldFirst(text) ? { helpCalled: true as const } : null;
  const read = called ? { ...(outright ?? { ...NONE, act: 'emergency' as const }), ...called } : outright;
  const asked = read && TOLD_AGAIN.has(read.act) ? lastQuestion(text) : null;
  if (!read || !asked) return read;
  const question = followUp(asked, foldedWords(asked), lang, dialogue, 'emergency', () =>
    glossary.termsWithLength(fold(asked)),
  );
  if (!question || TOLD_AGAIN.has(question.act)) return read;
  // What the whole message told stays told: the place, a call made, a battery about to die ("I
  // ALREADY CALLED. turning my phone off… can someone let my wife know?").
  return {
    ...question,
    ...(read.slots && !question.slots && { slots: read.slots }),
    ...(read.helpCalled && { helpCalled: true as const }),
    ...(read.lowBattery && { lowBattery: true as const }),
  };
}

/**
 * What the words tell outright where the dialogue model is unsure of them, or heard a language
 * in them: that 911 will not understand ("we dont speak spanish, they wont understand us": the
 * words to say, any switch of language kept), or that nobody has written yet ("nobody has texted
 * me yet"). Null: the rules after it read the message.
 */
function toldOutright(text: string, words: readonly string[], model: InContext | null): InContext | null {
  const joined = words.join(' ');
  const switched = model?.switchLang ? { switchLang: model.switchLang } : {};
  // Paying asked with it ("ya llamamos al 911 pero no nos hacen caso, le pagamos o no?": judge118) is the pay line's.
  if (callFails(joined, messageAsks(text)) && !moneyAsked(words, text))
    return { ...NONE, act: 'cannotCall', callFailed: true, ...switched };
  return !model && STAFF_ANSWER_WAITED.test(joined) ? { ...NONE, act: 'when' } : null;
}

/** Help begged outright, folded. */
const HELP_BEGGED =
  /\b(necesito ayuda|ayudenme|ayudame|auxilio|help me|i need help|please help|ede m|ede mwen|m bezwen ed|mwen bezwen ed|sekou)\b/;

/**
 * A danger told again in a turn read as something else: with help begged ("no es tramite!! mi esposo me golpea, necesito
 * ayuda"), not a place noted; back while nobody wrote or came ("poukisa pesonn pa ekri m? li tounen, l ap frape pot la":
 * judge124's woman got the wait), not the wait.
 */
export const toldAgain = (inDanger: InContext | null, folded: string): boolean =>
  (inDanger?.act === 'context' && !inDanger.slots?.place && HELP_BEGGED.test(folded)) ||
  ((inDanger?.act === 'when' || inDanger?.act === 'whoComes') &&
    BACK_NOW.test(folded) &&
    !SAFE_NOW.test(folded));

/** Back or there now ("li tounen", "volvio", "he's back", "esta afuera"), folded. */
const BACK_NOW =
  /\b(volvio|regreso|ya llego|esta aqui|esta afuera|aqui esta|came back|is back|s back|is here|s here|is outside|tounen|retounen|la a|deyo a|ahorita|right now|kounye a)\b/;
/** Safe now told ("ya estoy bien", "i'm ok now", "m byen"), folded: a wait asked, not the danger back (review124). */
const SAFE_NOW =
  /\b(ya estoy bien|estoy bien|ya estamos bien|i m ok|im ok|i m fine|im fine|we re ok|m byen|mwen byen|nou byen|fue ayer|was yesterday)\b/;
