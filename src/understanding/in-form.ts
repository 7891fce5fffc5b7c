/**
 * A message while a form asks one of its questions: that question's answer, whatever it says,
 * unless it takes an earlier answer back, asks for a language or a person, or asks something else
 * ("¿cuánto tardan?"); values told for later questions are kept. Split from in-context.ts, which
 * reads every other situation. Pure.
 */
import type { DialogueContext, Lang, Meaning } from '../core/types.ts';
import type { DialogueReader } from './dialogue.ts';
import { distressedSelf } from './distress-told.ts';
import { foldedWords } from './fold.ts';
import type { FollowUpReader } from './follow-up.ts';
import { PASS_ME, SEND, SOMEONE } from './follow-up-words.ts';
import type { FormReading } from './form-reading.ts';
import { type InContext, NONE } from './in-context-shapes.ts';
import type { LanguageAsked } from './language-request.ts';
import { nameBeforeAge, opensName } from './name-told.ts';
import { asksSomething } from './question.ts';
import { lastQuestion, sentencesOf } from './question-part.ts';
import type { Terms } from './topic-switch.ts';

/** What a question asked in the middle of a form does; anything else is the form's answer. */
const IN_FORM_QUESTIONS = new Set<Meaning['act']>([
  'when',
  'followUp',
  'otherQuestion',
  'topic',
  'notHelped',
  'language',
]);

/**
 * A call asked for in the middle of a form ("no sé leer muy bien, ¿me puede hablar alguien por
 * teléfono?", "can someone call me"): a person, never a correction of an answer (a fresh set's
 * widow got "Corregido:" and the next question).
 */
const CALL_ME =
  /\b((me|nos) (puede|pueden|podria|podrian) (hablar|llamar|marcar)|alguien (me|nos) (puede|pueden|podria) (hablar|llamar|marcar)|(que|q) (me|nos) (hable|llame|marque) alguien|(que|q) (alguien|una persona|un licenciado|una licenciada) (me|nos) (hable|llame|marque)|(someone|somebody|a person) to call (me|us)|(vle|ta renmen) (yon moun|nou|ou) rele (m|mwen|nou)|(can|could) (someone|somebody|anyone|you|u) (call|phone|ring) (me|us)|(yon moun|nou|ou) (ka|kapab) rele (m|mwen|nou))\b/;

/** "Ya mándelo al personal" at the contact's question: the form goes on to staff, no way to reach them (judge89). */
const SEND_ON = new Set('mandelo mandalo mandenlo envialo envielo envienlo'.split(' '));

/** Words at most in a question that points back to a topic answered in between. */
const ASIDE_WORDS = 6;

/** A question put as a condition with no mark ("if he gets deported will someone help him get home", sight73-a), folded. */
const IF_ASKED =
  /^((ay|ay dios|oh|uy|dios mio|ok|bueno|oiga|oye)( mio)? )?(y |and |pero |but )?(si|if) .{0,60}\b(will|would|can|could|do|does|is|are|puede|pueden|ayudan|eske|a donde|adonde|donde|where|kote)\b/;
/** No money for the trip or the fare told ("no tenemos dinero pal camion", "we have no money for the bus"), folded. */
const NO_MONEY_TOLD =
  /\b(no (tengo|tenemos|tiene|tienen|traigo|traemos|hay) (dinero|lana|feria|para el pasaje|pa(l|ra el)? (camion|pasaje|boleto))|(i|we|he|she) (have|has|got) no money|(don t|dont|doesn t|doesnt) have (any )?money|no money (for|to)|(m|mwen|nou|li) pa gen (kob|lajan))\b/;
/** Words of address after thanks ("muchas gracias señorita", sight77-a: kept as the date last heard from). */
const ADDRESSED = new Set([
  'senorita',
  'senora',
  'senor',
  'joven',
  'amigo',
  'amiga',
  'miss',
  'maam',
  'sir',
  'madanm',
  'mesye',
]);

/** A clause after a comma that opens with a word that asks ("…, eske li ka gen nasyonalite"), folded or not. */
const CLAUSE_ASKS =
  /,\s*(?:(?:y|and|pero|but|epi|men)\s+)?(?:[eè]ske|can|could|puede|pueden|se puede|c[oó]mo|cu[aá]nto|d[oó]nde|how|where|kijan|koman|konbyen|kote)\b/;

/** Fields that take a person's name: a name has no digits. */
const NAME_FIELDS = new Set(['deceasedName', 'personName']);

/**
 * Thanks for the help, in words the thanks list does not hold ("mesi pou ed la", "gracias por la ayuda"): no field's
 * answer (sight72-a's Haitian had it kept as her brother's last place).
 */
const THANKS_FOR_HELP =
  /^(ok |oke |bueno )?(mesi|gracias|thanks|thank you|thank u)( anpil| mucho| muchas| so much| a lot)? (pou|por|for) (ed|led|la ayuda|tu ayuda|su ayuda|the help|your help|all the help|ede m|ayudarme|helping)( la| me)?$/;

export function readInForm(
  m: { text: string; words: readonly string[]; lang: Lang; terms: () => Terms },
  dialogue: DialogueContext,
  deps: {
    reader: DialogueReader;
    forms?: FormReading;
    languageAsked?: LanguageAsked;
    followUp?: FollowUpReader;
  },
): InContext {
  const { text, words, lang, terms } = m;
  const { reader } = deps;
  const form = dialogue.form;
  if (!form || !deps.forms) return { ...NONE, act: 'unclear' };
  // "Write to me in Spanish, my mom is reading": a language, never a field's answer.
  const switchLang = deps.languageAsked?.(words, lang);
  if (switchLang) return { ...NONE, act: 'language', switchLang };
  const answers = form.answers ?? {};
  const answered = form.fields.filter((f) => answers[f] !== undefined);
  // How staff may reach the family ("que me llamen a este número") is the contact's answer.
  // "human please", "una persona porfa", "si porfa páseme": a short message naming a person asks for one.
  const named = words.length <= 3 && words.some((w) => SOMEONE.has(w) || PASS_ME.has(w));
  // "ok páseme con alguien porfa" at the contact's question passes them on; it is no way to reach them.
  const passOn = words.some((w) => PASS_ME.has(w) || SEND_ON.has(w)) && !/\d/.test(text);
  const callAsked = CALL_ME.test(words.join(' '));
  const person = (form.current !== 'contact' || passOn) && (reader.wantsPerson(words) || named || callAsked);
  // "Actually, who can I talk to at your office?" asks for a person; it corrects nothing.
  if (!person && deps.forms.takesBack(text)) {
    const told = form.told ?? {};
    const corrections = deps.forms
      .corrections(text, form, { ...told, ...answers })
      // "ay perdón, ¿y cuánto cuesta traerlo?" asks; a question is no field's new value.
      .filter(
        (c) =>
          (answered.includes(c.field) || c.field === form.current || c.field in told) &&
          !c.value.includes('?'),
      );
    if (corrections.length) return { ...NONE, act: 'correction', corrections };
  }
  // "Es mi hijo. Y perdón, no fue el 3, fue el 5": the answer, and an earlier one corrected.
  const split = deps.forms.answerThenFix(text);
  const fixes = split
    ? deps.forms.corrections(split.fix, form, answers).filter((c) => answered.includes(c.field))
    : [];
  if (split && fixes.length && form.current) {
    const own = { field: form.current, value: split.answer };
    const extras = deps.forms.extras(split.answer, form, form.current, answered);
    return { ...NONE, act: 'unclear', formValues: [own, ...extras], corrections: fixes };
  }
  // "Sí, así está bien" after the answers were said back confirms them: no field's answer;
  // "yes thats right, send it" too, sent ahead of the summary.
  if (reader.onlyYes(words.filter((w) => !SEND.has(w)))) return { ...NONE, act: 'yes' };
  // "ok thanks" at "where were they last?": nothing to record (sight70-a's aunt had it kept as the place); asked again.
  const unaddressed = words.filter((w) => !ADDRESSED.has(w));
  if (reader.onlyThanks(unaddressed) || THANKS_FOR_HELP.test(words.join(' ')))
    return { ...NONE, act: 'thanks' };
  // "Ya pásame con alguien", "yes connect me pls": a person now, with what the form has so far
  // (a short message asks for a person with a phrase alone; a longer one needs the word).
  if (person && (words.some((w) => SOMEONE.has(w)) || words.length <= 5 || callAsked) && !text.includes('?'))
    return { ...NONE, topic: 'human', confidence: 1, act: 'topic' };
  // "no duermo nada, estoy muy mal de los nervios" at "where did he die?": help for the one writing, no field's answer.
  if (distressedSelf(words.join(' ')))
    return { ...NONE, topic: 'psych_support', confidence: 0.9, act: 'topic' };
  // "tengo 63", "ella tiene 58" asked for a name: context for the conversation, never the name.
  const noName = NAME_FIELDS.has(form.current ?? '') && /\d/.test(text);
  const asks =
    asksSomething(text) ||
    IF_ASKED.test(words.join(' ')) ||
    reader.asksWhen(words) ||
    person ||
    reader.asksCase(words) ||
    noName ||
    // The fare lacking, told after an answer in between, asks for help with it there (sight92-a's mother, deported son).
    (Boolean(dialogue.aside) && words.length <= ASIDE_WORDS && NO_MONEY_TOLD.test(words.join(' ')));
  // "pitit nou fet Houston, li gen 3 an, eske li ka…" asks in its last clause with no mark: only a new topic leaves the form.
  const clauseAsks = !asks && CLAUSE_ASKS.test(text.toLowerCase());
  if ((asks || clauseAsks) && deps.followUp) {
    // A topic answered in between ("no duermo nada…" got psychological support) is the one a question points back to.
    // Only a short question points back to it ("eske sa gratis"); "how long until you find out where he is?" is the form's.
    // "¿se puede por teléfono? vivo en un rancho lejos": the question is short (sight72-a).
    const question = lastQuestion(text);
    const asked = sentencesOf(text).find((sentence) => asksSomething(sentence)) ?? text;
    const short = Math.min(words.length, foldedWords(asked).length) <= ASIDE_WORDS;
    const aside = short ? dialogue.aside : undefined;
    const queued = { ...dialogue, asked: null, form: null, withStaff: true, topic: aside ?? dialogue.topic };
    // "Dallas, Texas, at Parkland hospital. Does the state pay for the transfer?": a place told, then
    // the question alone (a judge's daughter got humanitarian visas for the hospital in the place).
    // Not after a story ("no tengo papeles, me casé con él. ¿eso me ayuda?"), which the question refers to.
    const told = question ? sentencesOf(text).filter((sentence) => !asksSomething(sentence)) : [];
    const placeFirst = told.some((sentence) => reader.namesPlaceKind(foldedWords(sentence)));
    const alone = question
      ? deps.followUp(question, foldedWords(question), lang, queued, 'queued', terms)
      : null;
    // "pitit nou fet Houston, li gen 3 an, eske li ka gen nasyonalite meksiken": a question on another topic after
    // what it is about is that topic, never the form's answer (sight76-a's wife had it kept as her husband's place).
    const elsewhere = clauseAsks && alone?.act === 'topic' && alone.topic !== dialogue.topic;
    if (alone && (placeFirst || elsewhere) && IN_FORM_QUESTIONS.has(alone.act)) return alone;
    const read = clauseAsks ? null : deps.followUp(text, words, lang, queued, 'queued', terms);
    if (read && IN_FORM_QUESTIONS.has(read.act)) return read;
    // The fare lacking told after a topic answered in between: what that topic says of its cost.
    if (aside && read?.act === 'context' && NO_MONEY_TOLD.test(words.join(' ')))
      return { ...read, act: 'followUp', topic: aside, facets: ['cost'] };
  }
  // "Fritznel Joseph, li gen 25 an": the name is the answer, the age aside.
  // "non l se Jislene Pierre", "se llama Rosa Lopez": the name, without what opens it (review124 saw it kept whole).
  const opensWithName = NAME_FIELDS.has(form.current ?? '') && opensName(text);
  const name = (noName || opensWithName) && form.current ? nameBeforeAge(text) : null;
  if (name && form.current)
    return { ...NONE, act: 'unclear', formValues: [{ field: form.current, value: name }] };
  if (noName) return { ...NONE, act: 'context' };
  const formValues = deps.forms.extras(text, form, form.current ?? '', answered);
  return { ...NONE, act: 'unclear', ...(formValues.length ? { formValues } : {}) };
}
