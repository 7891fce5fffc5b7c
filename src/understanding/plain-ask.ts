/**
 * Asks that mean the same whatever topic is under discussion, read before the dialogue model:
 * the office's hours ("¿la oficina abre el sábado?"), and a line that only says a question is
 * coming ("y si tengo otra pregunta?", "can I ask something else?"), which a facet's cue words
 * ("si tengo…", "can I…") would otherwise read as who may or how; and, waiting for staff, the
 * wait asked in words that name no procedure ("hola?? ya van 2 horas", "cuánto se tardan?"):
 * the place in line, whatever the model leans to (a judge's person got a statistic). Pure.
 */
import type { DialogueContext } from '../core/types.ts';
import type { DialogueReader } from './dialogue.ts';
import { LACKS_ID, namesTheProcedure, PROCEDURE_TIME, WAITED } from './follow-up-words.ts';
import { CALLED_AGAIN } from './help-words.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import { WAIT_ASKED } from './wait-asked.ts';

export function plainAsk(
  reader: DialogueReader,
  words: readonly string[],
  dialogue: DialogueContext,
  terms: () => ReadonlyMap<string, number>,
): InContext | null {
  // "¿dónde está? ¿a q hora abren?": where it is too (a judge's widow got only "no hours known").
  // "Is the program open right now?" asks about the procedure, not the office's hours.
  if (reader.asksOfficeHours(words) && !namesTheProcedure(words)) {
    const where = reader.facetsIn(words).facets.includes('where');
    return {
      ...NONE,
      topic: 'office_info',
      confidence: 1,
      act: 'topic',
      facets: where ? ['where', 'time'] : ['time'],
    };
  }
  if (reader.announcesQuestion(words)) return { ...NONE, act: 'moreToAsk' };
  const office = officeAgain(reader, words, dialogue, terms);
  if (office) return office;
  // Sending money home asked in the middle of another topic: remittances, which the office's
  // sources answer (FINABIEN); a deportee's money order, or money without an ID, stays where it is.
  const folded = words.join(' ');
  if (
    !OWN_MONEY_TOPICS.has(dialogue.topic ?? '') &&
    REMITTANCE.test(folded) &&
    ASKS_HOW.test(folded) &&
    !LACKS_ID.test(folded)
  )
    return { ...NONE, topic: 'productive_projects', confidence: 1, act: 'topic' };
  // "¿Hay alguien que la pueda escuchar?", "someone to listen to him", "yon moun ki ka koute l":
  // someone to listen, whatever the procedure (a grieving mother's daughter got the form started); someone to help with
  // the stress or the sleep told ("m pa ka dòmi, m toujou stresse. eske gen yon moun ki ka ede m?": judge88 got the queue).
  if (dialogue.topic !== 'psych_support' && TO_LISTEN.test(folded))
    return { ...NONE, topic: 'psych_support', confidence: 1, act: 'topic' };
  // "ok, ustedes quienes son, son del gobierno?" on the road's help: who the office is, not the road's answer again.
  if (!dialogue.form && WHO_YOU_ARE.test(folded))
    return { ...NONE, topic: 'office_info', confidence: 1, act: 'topic' };
  // "¿hay alguien ahí?", "is anyone there?", "eske gen yon moun la?" out of line: a person asked
  // for (a widow got "our sources do not say that" twice, then waited for nobody).
  if (!dialogue.withStaff && !dialogue.form && PRESENCE.test(folded))
    return { ...NONE, topic: 'human', confidence: 1, act: 'topic' };
  // "¿y si me vuelven a marcar?" after a threat called off: what to do should it come again.
  // "¿Hicimos mal en pagar?" after a release paid for: the same line (what to do before paying, and 089).
  if (dialogue.urgentOpen && (CALLED_AGAIN.test(folded) || PAID_ASKED.test(folded)))
    return { ...NONE, act: 'pay' };
  // "¿va a venir alguien a vernos?", "polis la ap vini?" in line after a danger: who is coming.
  if (dialogue.withStaff && dialogue.urgentOpen && COMING_HERE.test(folded))
    return { ...NONE, act: 'whoComes' };
  // "yes pls connect me with someone" in line: a person is coming already; where they stand.
  if (dialogue.withStaff && !dialogue.taken && reader.wantsPerson(words) && words.length <= SHORT)
    return { ...NONE, act: 'when' };
  if (!dialogue.withStaff || !asksWait(reader, words)) return null;
  // "mesi, m ap tann", "ok gracias, aquí espero": thanks, and that they will wait; no question.
  if (reader.thanksIn(words) && WILL_WAIT.test(folded) && !ASKS_HOW.test(folded)) return null;
  // Time told as gone by is the wait whatever it names ("its been 2 hours": "hours" is no office hours).
  const waiting =
    WAITED.test(folded) ||
    AHEAD.test(folded) ||
    WAIT_ASKED.test(folded) ||
    NO_ANSWER.test(folded) ||
    STILL_WAITING.test(folded);
  // "llevo mucho esperando y nadie me contesta, así no sirve": the wait, and that it is too long.
  const impatient = reader.notHelped(words) ? { impatient: true as const } : {};
  // "nobody answered yet. meanwhile can the office help me fill the DS-160 form?": the wait told, and a
  // procedure asked of its own: the rules after this read it (a judge's man got only his place, twice).
  const waitAsked = reader.asksWhen(words) || WAIT_ASKED.test(folded);
  if (waiting && !waitAsked && terms().size > 0 && ASKS_HOW.test(folded)) return null;
  return waiting || terms().size === 0 ? { ...NONE, act: 'when', ...impatient } : null;
}

/** Only asks whether someone is there: "¿hay alguien ahí?", "is anybody there?", "eske gen yon moun la?". */
/** Who the office or the assistant is, asked in a conversation ("quiénes son ustedes?", "are you the government?"). */
const WHO_YOU_ARE =
  /\b(ustedes quienes son|quienes son ustedes|quien eres|quien eres tu|quien es usted|(ustedes )?son del gobierno|es del gobierno|(who are you|who r u|who r you|who are u)( guys)?|are you (guys )?(from |with )?the government|is this the government|kiyes (ou|nou) ye|ki moun (ou|nou) ye|(eske )?nou se gouvenman)\b/;
const PRESENCE =
  /^(hola |hello |hi |alo |allo |bonjou |oye |oiga )?(hay|esta|estara|habra|is there|is|eske|eske gen|gen|genyen)? ?(alguien|alguno|una persona|anyone|anybody|someone|somebody|a person|a human|any one|yon moun|moun)( ahi| ai| alli| aqui| por ahi| there| here| around| real| la| isit| ki la)?( que me (atienda|conteste|responda))?$/;
/** "Whats the cheapest way to send money", "me va a mandar un dinero x western", "konbyen sa koute pou voye kòb". */
const REMITTANCE =
  /\b(send\w* (me |him |her |them |my \w+ |us )?(some )?money|(mand\w*|envi\w*) (me |le |les )?(un )?(dinero|lana|feria|remesa\w*)|remesa\w*|remittance\w*|western union|moneygram|money order|voye (lajan|kob)|transfe lajan)\b/;
/** Someone to listen to another ("alguien q la pueda escuchar", "someone to listen to her"); not "¿alguien me escucha?". */
const TO_LISTEN =
  /\b(alguien|someone|somebody|anyone|moun)\b.{0,30}\b((la|lo|le|les) (pueda |puedan |pueden |puede )?escuch\w*|escuchar(la|lo|le|les)|listen to (her|him|them|my \w+)|koute (l|li|yo))\b|^(?=.*\b(no puedo dormir|no duermo|estresad[oa]|estres|ansiedad|deprimid[oa]|can t sleep|cant sleep|stressed|anxious|depressed|pa ka dom\w*|pa dom\w*|stresse|estrese|ankoze|deprime)\b).*\b(alguien|someone|somebody|yon moun)\b.{0,25}\b(ayud\w*|help|ede)\b/;
/** Someone coming to where they are: "va a venir alguien", "is someone coming", "polis la ap vini". */
const COMING_HERE =
  /\b(va a venir|van a venir|vendra|vendran|viene alguien|vienen por|is (someone|anyone|somebody|the police|help) coming|are (they|the police|you) coming|will (someone|anyone|they) come|(ap|pral|va) vini|k ap vini)\b/;
/** Whether paying was wrong, asked after the danger ("¿hicimos mal en pagar?", "was it wrong to pay them?"). */
const PAID_ASKED =
  /\b((hicimos|hice) mal en (pagar|depositar|mandar)|was it (wrong|bad|a mistake) to (pay|send)|should(n t| not) (we|i) have paid|(nou|m) te (mal|fe move bagay) (peye|voye))\b/;
/** Saying one waits: "m ap tann", "aquí espero", "i'll wait". */
const WILL_WAIT =
  /\b(m ap tann|map tann|n ap tann|nap tann|m a tann|aqui espero|ahi espero|aca espero|espero|esperamos|i ll wait|ill wait|i will wait|we ll wait|im waiting|i am waiting)\b/;
/** Topics where money sent is their own question: remittances themselves, a deportee's money order. */
const OWN_MONEY_TOPICS = new Set(['productive_projects', 'deportee_support']);
/** Asking how, how much or where ("whats the cheapest way", "con q lo cobro", "kote m ka voye l"). */
const ASKS_HOW =
  /\b(how|what|whats|which|where|can|cheapest|safest|best|como|cual|cuanto|donde|con que|con q|puedo|se puede|kijan|kouman|kote|konbyen|ki jan|ki kote|eske)\b/;
/** A wait phrase in a longer message ("y ahora qué va a pasar con nosotros, ¿nos van a deportar?") may ask more. */
const SHORT = 8;
/**
 * "¿Cuántas personas hay antes que yo?", "how many people are ahead of me?", "konbyen moun ki
 * devan m?", "m toujou nan fil la?", "¿seguimos en la fila?", "¿ya me toca?", "sigo apuntada?":
 * the place in line, whatever procedure word comes with it (a fresh set's "seguimos en la fila?"
 * after a pension's answer got "our sources do not say that").
 */
const AHEAD =
  /\b(cuant[oa]s (personas |gente |\w+ )?(hay |estan |van |tengo )?(antes|delante|adelante|enfrente) (de|q|que)|how many (people |ppl |persons )?(are |r )?(ahead|before|in front) (of )?me|konbyen moun (ki |k )?(devan|anvan) (m|mwen)|(toujou|ankò|anko) nan (fil|liy|lis) (la|lan|a)|(sigo|seguimos|sigue|siguen|voy|vamos|estoy|estamos) (todavia |aun )?(en|formad[oa]s? en|anotad[oa]s? en|apuntad[oa]s? en) (la )?(fila|cola|lista)|(sigo|seguimos|sigue) (apuntad|anotad|formad)[oa]s?|(ya|cuando) (me|nos) toca|ya (me|nos) (contestaron|respondieron|atendieron|escribieron)|(still|am i|are we|is it|is my case|we re|were|i m|im) (still )?(in|on) (the )?(line|queue|list|waiting list)|(my|our) (place|spot|turn) in (the )?(line|queue)|(m|mwen|nou) (toujou )?nan (fil|liy|lis) (la|lan|a))\b/;
/**
 * Nobody has answered yet, or how long they will be kept waiting ("nadie me contestó", "nobody from
 * the office wrote me back", "pesonn pa reponn", "¿cuánto me van a hacer esperar?"): in line, the
 * wait (judge48's people got a topic's text, the office's address or "that did not help").
 */
const NO_ANSWER =
  /\b(nadie|naiden|ninguno) (me |nos )?(ha |han )?(contesta|contesto|contestado|responde|respondio|respondido|dice nada|dise nada|dijo nada|ha dicho nada|escribe|escribio|escrito|atiende|atendio|hace caso|pela)\b|\bno me (han )?(contestado|respondido|escrito|atendido)\b|\bno me (contestan|responden|escriben|atienden|dicen nada|disen nada)\b|\bme van a (hacer )?esperar\b|\b(nobody|no one|noone|no body)( from (the|your) office| here)?( has| have)?( ever)? (wrote|written|writes|write|answered|answers|answer|replied|replies|reply|responded|responds|got back|gets back|called|call|contacted|texted|said anything|says anything)\b|\b(haven t|havent|have not|didn t|didnt|did not) (heard|hear|gotten|got) (back|an answer|a reply)\b|\bstill no (answer|reply|response)\b|\bno (answer|reply|response) yet\b|\b(pesonn|pèsonn|okenn moun|pyes moun|moun) (pa|poko) (reponn|ekri|rele|di m anyen|di anyen)\b|\byo (pa|poko) (reponn|ekri) (mwen|m)\b|\b(is )?(anybody|anyone|somebody|someone) (ever )?(gonna|going to|gunna|will) (answer|reply|respond|write|text|call (me|us|back))\b(?!.*\b(911|police|ambulance|hurt|bleeding)\b)|\b(alguien|nadie) (me |nos )?(va|iba) a (contestar|responder|escribir|atender|hablar)\b|^(y |so |ok |hey |hello |hi |hola |yo )?(any|alguna|ninguna) (update|updates|news|noticia|novedad|novedades)( yet| now| ya| todavia)?\b/;
/** "Nou toujou ap tann… konbyen tan ankò?", "seguimos esperando", "still waiting": the wait, whatever topic word comes. */
const STILL_WAITING =
  /\b((nou|m|mwen) toujou (ap )?tann|seguimos esperando|sigo esperando|todavia (estoy|estamos|seguimos) esperando|still waiting)\b/;
/** "¿Cuánto se tardan?", "¿cuánto se van a tardar?": waiting for staff, how long until they answer. */
const THEY_TAKE = /\bcuanto (se )?(van a )?tarda(n|r)\b/;
/** "¿Cuánto se tardan en buscarlo?", "how long to find him": the time of what staff do, not the wait to be answered. */
const SOMETHING_TAKES =
  /\btardan en (?!contest|respond|atend|habl|escrib|marc|llam|decir|avis)\w+|\b(take|takes) to (find|locate|know)\b/;

/**
 * Waiting for staff asked or told: in line, in any of asksWait's words; out of line, only "sigo
 * esperando" and the like (a lost child's "sa fè 40 minit" is no wait for staff).
 */
export const waitsForStaff = (
  reader: DialogueReader,
  words: readonly string[],
  dialogue: DialogueContext | null | undefined,
  followsUp: boolean,
): boolean =>
  dialogue?.withStaff ? asksWait(reader, words) : followsUp && STILL_WAITING.test(words.join(' '));

/** Asks about the wait for staff, or tells how long it has been ("ya van 2 horas"), not a procedure's time. */
export function asksWait(reader: DialogueReader, words: readonly string[]): boolean {
  const folded = words.join(' ');
  return (
    ((reader.asksWhen(words) && words.length <= SHORT) ||
      WAITED.test(folded) ||
      THEY_TAKE.test(folded) ||
      AHEAD.test(folded) ||
      WAIT_ASKED.test(folded) ||
      STILL_WAITING.test(folded) ||
      NO_ANSWER.test(folded)) &&
    !PROCEDURE_TIME.test(folded) &&
    !SOMETHING_TAKES.test(folded) &&
    !SERVICE_ASKED.test(folded)
  );
}

/** A service named, which a question in line asks about, not the wait ("so is there a shelter in altar or no", judge103). */
export const SERVICE_ASKED =
  /(?<!\b(at|in) the |\b(en|del) el |\bnan )\b(shelter|shelters|albergue|albergues|refugio|abri|clinic|clinica|hospital|lopital|doctor|medico|dokte|comedor)\b/;

/** The glossary's terms for the office itself. */
const OFFICE_TERMS = new Set(['_office', '_institute']);

/** The office's own words: its phone, hours, address, days ("y tienen whatsapp?", "what time do u open"). */
const OFFICE_ASKED =
  /\b(telefono|tel|phone|numero|number|whatsapp|wasap|horario|hours|hour|open|abren|abre|cierran|sabado|saturday|direccion|address|adres|queda|exactly|exactamente|nimewo|telefon|le|lè|louvri)\b/;

/**
 * "¿Y dónde queda?", "what time do u open", "y tienen whatsapp o teléfono" just after the office's
 * address or phone was given in the middle of a procedure, which stays under discussion: the office
 * again, in a short message that names no topic (its aspects otherwise go to the procedure).
 */
function officeAgain(
  reader: DialogueReader,
  words: readonly string[],
  dialogue: DialogueContext,
  terms: () => ReadonlyMap<string, number>,
): InContext | null {
  // "whats the address" names the office's own term, which keeps it the office's (sight76-a got the psychologists').
  const otherTerms = [...terms().keys()].some((term) => !OFFICE_TERMS.has(term));
  if (dialogue.aside !== 'office_info' || words.length > SHORT || otherTerms || reader.wantsPerson(words))
    return null;
  const facets = reader.facetsIn(words).facets.filter((f) => f === 'where' || f === 'time');
  if (!facets.length && !OFFICE_ASKED.test(words.join(' '))) return null;
  return { ...NONE, topic: 'office_info', confidence: 1, act: 'topic', facets };
}
