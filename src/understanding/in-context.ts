/**
 * What a message means in the conversation it comes in: the answer to the question just asked (a yes, a no, a correction
 * of a form), "that did not help", "when will they answer?", a follow-up about a facet of the topic under discussion, or
 * a topic. A new topic wins over the one under discussion only when the message names it (a glossary term of that topic
 * that is not one of the topic under discussion): "and for my wife?" stays on the visa, "y lo de la pensión de mi
 * papá?" moves to the pension. Pure.
 */
import type { DialogueContext, Lang, Meaning, TopicId } from '../core/types.ts';
import { readAtSummary } from './at-summary.ts';
import { type createClassify, pick, type Read, SURE_OUT_OF_SCOPE } from './classify-topic.ts';
import { complainsOfAnswers } from './complaint-words.ts';
import { bleedingStopped, dangerSeen, saysOver, TAKEN_OFF } from './danger-over.ts';
import type { DialogueReader } from './dialogue.ts';
import { procedureOf, situationOf } from './dialogue-model.ts';
import { readInEmergencyTurn, toldAgain } from './emergency-question.ts';
import { LIFE_NOW, WONT_CALL } from './emergency-words.ts';
import { foldedWords } from './fold.ts';
import type { FollowUpReader } from './follow-up.ts';
import { calmKind, refersBack } from './follow-up-words.ts';
import type { FormReading } from './form-reading.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { type InContext, languageTurn, NONE } from './in-context-shapes.ts';
import { readInForm } from './in-form.ts';
import type { LanguageAsked } from './language-request.ts';
import { answerToOffer, personAsked, yesFirstToPerson } from './offer-answer.ts';
import { onlyRelativesHome } from './place-clauses.ts';
import { plainAsk } from './plain-ask.ts';
import { asksSomething, QUESTION } from './question.ts';
import { firstSentence, lastQuestion } from './question-part.ts';
import { STAFF_CALLED } from './staff-called.ts';
import { createTopicSwitch, type Terms } from './topic-switch.ts';

/** A figure, or a name of two capitalised words after the first word: details someone gives. */
const DETAILS = /\d|\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** Words at most in a follow-up taken as one whatever the model's out-of-scope class says. */
const SHORT_FOLLOW_UP = 6;
/** Words that point back at what was just said ("¿tengo que ir para pedirlo?", "is it online"): a follow-up. */
const BACK_REFERENCES: Record<Lang, RegExp> = {
  es: /^(eso|esa|ese|esto|lo|la|los|las|ahi|alla|ello|\p{L}+r(lo|la|los|las|le|les))$/u,
  en: /^(it|that|there|them)$/,
  ht: /^(sa|li|l|sila)$/,
};
/** "¿Es crédito o es regalado?", "is it online or by phone": an either-or question, asked without "?". */
const EITHER_OR =
  /^\s*(?:y\s+|and\s+)?(es|son|ser[aá]|seria|is it|is that|are they|se)\b.+\s(o|or|oswa|ou)\s+\S/i;

/** How sure the topic model must be of a first message's question read alone to take its topic. */
const SURE_TOPIC = 0.8;
export function createContextReader(deps: {
  classify: ReturnType<typeof createClassify>;
  reader: DialogueReader;
  glossary: GlossaryMatcher;
  /** The learned dialogue layer (follow-up.ts); the rules below read what it leaves. */
  followUp?: FollowUpReader;
  /** Corrections and early values of a form's answers (form-reading.ts). */
  forms?: FormReading;
  /** A language asked for in words (language-request.ts). */
  languageAsked?: LanguageAsked;
}) {
  const { classify, reader, glossary } = deps;
  const { names, namesAnother, namedPart, switchesTo: switchesFrom } = createTopicSwitch(glossary);

  /**
   * A first message's topic, or its question's alone when the whole reads as none: people
   * often say who they are before what they ask ("hi, i volunteer with haitian families in
   * tijuana, where can a pregnant woman get a checkup?"), and the preface is no topic.
   */
  function classifyAsked(text: string, lang: Lang): Read {
    const whole = classify(text, lang);
    const asked = whole.topic === 'none' ? lastQuestion(text) : null;
    if (!asked) return whole;
    const part = classify(asked, lang);
    return part.topic !== 'none' && part.confidence >= SURE_TOPIC ? part : whole;
  }

  /** Text that names no answer of the form to change: no field's name or hint, no value a field takes. */
  function namesNoField(text: string, form: NonNullable<DialogueContext['form']>): boolean {
    return (
      reader.correction(text, form).field === null &&
      (deps.forms?.corrections(text, form, form.answers ?? {}) ?? []).length === 0
    );
  }

  const summaryTools = { reader, forms: deps.forms, namesNoField, classifyAsked };

  return function readInContext(
    text: string,
    words: readonly string[],
    lang: Lang,
    seen: { emergency: Meaning['emergency']; greeting: boolean },
    dialogue: DialogueContext | undefined,
  ): InContext {
    const none = NONE;
    const folded = words.join(' ');
    // The glossary terms in the message, found once and only when a rule needs them.
    let found: Terms | undefined;
    const terms = () => (found ??= glossary.termsWithLength(folded));
    // A person asked for with no aspect asked: read at most once, by whichever rule needs it first.
    let onlyPerson: boolean | undefined;
    const asksOnlyPerson = () => (onlyPerson ??= reader.wantsOnlyPerson(words, text));
    // "No estoy en peligro, solo preguntaba", "ya estaba muerto": a false alarm, or over.
    // Never a language asked: "ou ka pale panyòl avè m? m konprann li pi byen" is no "byen" (emerg-eu).
    const calming = dialogue?.emergency && !deps.languageAsked?.explicitly(words);
    const ended = calming ? calmKind(folded) : {};
    // The office said to have called ("ya me llamó alguien de ustedes, gracias") ends nothing (staff-called.ts).
    const over =
      calming &&
      !STAFF_CALLED.test(folded) &&
      saysOver(words, folded, dangerSeen(seen.emergency), reader, QUESTION.test(text));
    if (ended.died || over) return { ...none, act: 'safe', ...ended };
    // "ok it stopped bleeding now", however unsure the dialogue model: the thanks of a wound (emergency-lines.ts).
    if (calming && bleedingStopped(folded) && !QUESTION.test(text)) return { ...none, act: 'thanks' };
    // In an emergency under way, what the message does comes first: a place or "should I
    // pay?" told with danger words is still a place or a question, not a new emergency.
    const inDanger =
      deps.followUp && dialogue?.emergency
        ? readInEmergencyTurn(deps.followUp, glossary, { text, words, lang, terms }, dialogue)
        : null;
    // Someone unconscious told in it ("breathing but eyes closed"): the medical line (a judge saw extortion's);
    // thoughts of suicide told with where they are: its line (a judge's man got "noted where you are").
    // A child just taken off with ("yo ale ak pitit mwen"): the kidnapping's line, not "noted where you are".
    // The danger told again, begged or back while nobody wrote (emergency-question.ts).
    const dangerFirst =
      seen.emergency &&
      (LIFE_NOW.test(folded) ||
        seen.emergency.kind === 'suicide' ||
        TAKEN_OFF.test(folded) ||
        toldAgain(inDanger, folded));
    if (inDanger && inDanger.act !== 'emergency' && !dangerFirst) return inDanger;
    // "ok i called… battery 8%. one of the guys cant walk anymore": the danger again, with the call and the battery told.
    const told = {
      ...(inDanger?.helpCalled && { helpCalled: true as const }),
      ...(inDanger?.lowBattery && { lowBattery: true as const }),
    };
    if (inDanger?.slots && seen.emergency)
      return { ...none, topic: 'emergency', confidence: 1, act: 'emergency', slots: inDanger.slots, ...told };
    const cannotCall = dialogue?.emergency === true && reader.cannotCall(words);
    const wontCall = dialogue?.emergency === true && WONT_CALL.test(words.join(' '));
    if (seen.emergency)
      return {
        ...none,
        topic: 'emergency',
        confidence: 1,
        act: cannotCall && !told.helpCalled ? 'cannotCall' : 'emergency',
        ...told,
      };
    // In an emergency, a statement the dialogue model is unsure of that says where ("nos tienen en un cuarto") is the place.
    // The family's home is read last, only for a statement in an emergency that says where: it splits the sentences.
    const saysOwnPlace = () => reader.saysWhere(words, text) && !onlyRelativesHome(text);
    if (dialogue?.emergency && !cannotCall && !asksSomething(text) && saysOwnPlace())
      return {
        ...none,
        act: 'context',
        slots: { place: text.trim() },
        // "en mi cuarto… no quiero q venga la policia": no call to make either.
        ...(wontCall && { alsoCannotCall: true as const }),
      };
    // "no quiero q llamen a la policia", read as the danger again with no danger in its words: no call to make.
    if (cannotCall || wontCall) return { ...none, act: 'cannotCall' };
    // "¿Este chat entiende kreyòl?": which languages it writes, to choose from.
    if (!dialogue?.emergency && deps.languageAsked?.asksAbout(words, text, lang))
      return { ...none, act: 'languages' };
    // "bonjou eske w pale kreyòl" as a first message: yes, in that language (emerg-fw's woman was queued to staff).
    if ((!dialogue || dialogue.first) && deps.languageAsked?.own(words, lang))
      return languageTurn(lang, null, false);
    // A form question is answered with whatever the person writes, unless it takes an answer back or asks something.
    if (dialogue?.asked === 'field') return readInForm({ text, words, lang, terms }, dialogue, deps);
    const situation = situationOf(dialogue);
    // A yes to the offer of a person or of the form, with a person named or then only telling (offer-answer.ts);
    // "yes a person" typed with no offer on screen (after a "no") asks for one too (judge99).
    const offered = situation === 'offered_person' || situation === 'offered_form';
    const toOffer =
      offered || yesFirstToPerson(text, words, dialogue) ? answerToOffer(reader, text, words) : null;
    if (toOffer === 'person') return personAsked(reader, words);
    if (offered && toOffer) return { ...none, act: toOffer };
    const plain = dialogue && !dialogue.emergency ? plainAsk(reader, words, dialogue, terms) : null;
    if (plain) return plain;
    // "y cuánto tarda lo de la doble nacionalidad?" after the passport: the part named, whatever the model reads.
    const current = procedureOf(dialogue);
    const part = current && !dialogue?.emergency ? namedPart(terms, current, folded, lang) : null;
    if (part)
      return {
        ...none,
        topic: part,
        confidence: 1,
        facets: reader.facetsIn(words, text).facets,
        act: 'topic',
      };
    if (deps.followUp && dialogue && situation && situation !== 'summary' && situation !== 'emergency') {
      const read = deps.followUp(text, words, lang, dialogue, situation, terms);
      // "no me sirvió la info" to an offer is a complaint the rules read below, whatever "no" the model heard.
      if (read && !(read.act === 'no' && dialogue.offered && reader.notHelped(words))) return read;
    }
    if (dialogue?.asked === 'summary' && dialogue.form)
      return readAtSummary(text, words, lang, { ...dialogue, form: dialogue.form }, summaryTools);
    // "That did not help" is of an earlier answer, never a first; a topic named wins ("no entiendo el DS-160").
    // "¿no hay alguien q me explique bien? no le entiendo": a person asked for, not only a complaint.
    // In line, "pesonn pa reponn mwen. ki kote COMAR ye?" asks where the COMAR is after the wait told (judge92).
    const askedAfter = dialogue?.withStaff && terms().size > 0 && lastQuestion(text) !== null;
    const notHelped =
      dialogue?.topic != null && !askedAfter && (reader.notHelped(words) || complainsOfAnswers(folded));
    if (notHelped && asksOnlyPerson()) return { ...none, topic: 'human', confidence: 1, act: 'topic' };
    if (notHelped) {
      const other = classify(text, lang);
      if (
        !(
          other.topic !== 'none' &&
          other.topic !== dialogue?.topic &&
          names(terms(), other.topic, dialogue?.topic ?? '') >= 2
        )
      )
        return { ...none, act: 'notHelped' };
    }
    if (dialogue?.asked === 'yesno') {
      if (reader.saysYes(words, text)) return { ...none, act: 'yes' };
      if (reader.saysNo(words, text)) return { ...none, act: 'no' };
    }
    if (dialogue?.withStaff && reader.asksWhen(words)) return { ...none, act: 'when' };

    const { facets, cueWords, interrogative } = reader.facetsIn(words, text);
    // Most follow-ups name no other topic: then no topic needs scoring at all.
    // Not when a new subject is announced ("one more, my cousin… can he get a permit": judge117 got the pension's who).
    const announced = reader.changesSubject(words);
    if (current && !seen.greeting && !announced && !namesAnother(terms(), current)) {
      // "yon moun ki ka ede m ak papye yo?" asks for a person, whatever aspect it names.
      if (facets.length > 0 && !asksOnlyPerson())
        return { ...none, topic: current, confidence: 1, facets, act: 'followUp' };
      if (reader.thanks(words)) return { ...none, act: 'thanks' };
    }
    const read = seen.greeting
      ? { ...none, ambiguousWith: undefined, outOfScope: false }
      : (current ? classify : classifyAsked)(reader.newSubject(words, text), lang);
    const picked = pick(read);
    // Another topic takes over only when the message names it: by a term of several words
    // ("kat rezidan", "constancia de origen"), or by one word when the topic under discussion is
    // not among its likely topics ("can I work with it?" stays on the card: "work" is weak).
    // A message that points back at what was said ("can I do that without a passport?") moves to
    // another topic only on a term of several words.
    const back = refersBack(words);
    const switchesTo = (r: Read) =>
      back && current
        ? r.topic !== current && names(terms(), r.topic, current) >= 2
        : switchesFrom(r, current, terms());
    // "que me llamen", "can someone call my mom", "m ta renmen pale ak yon moun": a person,
    // please; unless the message names a topic to answer first ("... yon sikològ"). "Someone
    // at the office" names the office, which is no topic to answer instead.
    const overrides = read.topic !== 'human' && read.topic !== 'office_info' && switchesTo(read);
    if (asksOnlyPerson() && !overrides) return { ...none, topic: 'human', confidence: 1, act: 'topic' };
    if (!current) {
      // A first mention gets the topic's answer; a facet only when the message asks it ("¿cuánto
      // cuesta la apostilla?", "horario": an aspect's words alone), not a paper named in passing.
      const asked =
        interrogative || QUESTION.test(text) || (words.length <= 2 && cueWords.size === words.length);
      if (read.topic !== 'none') return { ...picked, facets: asked ? facets : [], act: 'topic' };
      if (seen.greeting) return { ...picked, facets: [], act: 'greeting' };
      if (reader.thanks(words)) return { ...picked, facets: [], act: 'thanks' };
      const unsure = (read.outOfScopeP ?? 1) < SURE_OUT_OF_SCOPE ? { outOfScopeUnsure: true as const } : {};
      return {
        ...picked,
        facets,
        act: 'unclear',
        ...(read.outOfScope ? { outOfScope: true, ...unsure } : {}),
      };
    }
    if (facets.length > 0) {
      // A follow-up about the topic under discussion, unless the message names another: as a
      // whole, or once the facet's words are set aside ("y cuánto cuesta la apostilla").
      const newSubject = announced && read.topic !== 'none' && read.topic !== current;
      if (switchesTo(read) || newSubject) return { ...picked, facets, act: 'topic' };
      const rest = words.filter((_, i) => !cueWords.has(i)).join(' ');
      const other = rest ? classify(rest, lang) : null;
      if (other && switchesTo(other)) return { ...picked, ...pick(other), facets, act: 'topic' };
      return { topic: current, confidence: 1, candidates: read.candidates, facets, act: 'followUp' };
    }
    if (read.topic === current || switchesTo(read)) return { ...picked, facets: [], act: 'topic' };
    // "y otra cosa, …", "another question: …": the person says a new subject is coming, so a
    // topic the model sees there wins even when the message names it only loosely.
    if (read.topic !== 'none' && announced) return { ...picked, facets: [], act: 'topic' };
    if (seen.greeting) return { ...none, act: 'greeting' };
    if (reader.thanks(words)) return { ...none, act: 'thanks' };
    // A question that names no other topic is about this one ("is that a problem?"). A short
    // one is, whatever the model says: read without their conversation, short follow-ups look
    // like small talk to it ("como le hacemos pa buscarlo"); a longer one it calls out of
    // scope asks for something else ("can you help me file my taxes").
    const short = words.length <= SHORT_FOLLOW_UP;
    const pointsBack = words.some((w) => BACK_REFERENCES[lang].test(w));
    const asks = QUESTION.test(text);
    // One that names the topic under discussion ("pa gen anyen ki pi pre pou pansyon an?") is about it.
    const namesOwn = names(terms(), current, 'none' as TopicId) > 0;
    if ((short || pointsBack || namesOwn || !read.outOfScope) && (asks || EITHER_OR.test(text)))
      return { topic: current, confidence: 1, candidates: read.candidates, facets: [], act: 'followUp' };
    // Details for the case under discussion ("se llama Jesús Rivas, tiene 19, iba pa Phoenix"):
    // names and figures told, not asked, naming no other topic (the model may still lean to
    // one). They stay on the topic (staff need them), whatever the out-of-scope class says.
    if (!asks && DETAILS.test(text))
      return { topic: current, confidence: 1, candidates: read.candidates, facets: [], act: 'followUp' };
    return { ...picked, topic: 'none', facets: [], act: 'unclear' };
  };
}
