/**
 * What a message after the first one does, read by the learned dialogue layer (dialogue-model.ts) given what
 * the assistant just did: a yes or no, an aspect, a fact, a new topic, a person, the wait, a language, thanks,
 * a complaint; in an emergency, its own acts, but a yes or no to a question ("erase everything?") answers it. It
 * moves to another topic only when it names it (topic-switch.ts); the hand rules read what the model is unsure of. Pure.
 */
import type { DialogueContext, Facet, Lang, TopicId } from '../core/types.ts';
import { type createClassify, pick, SURE_OUT_OF_SCOPE } from './classify-topic.ts';
import { closesWithNews, complainsOfAnswers } from './complaint-words.ts';
import { procedureOf } from './dialogue-model.ts';
import { questionAfterThanks } from './follow-up-after-thanks.ts';
import { readInEmergency } from './follow-up-emergency-told.ts';
import { readNewTopic } from './follow-up-new-topic.ts';
import { personAskedWithFacts } from './follow-up-person.ts';
import { readAboutSelf } from './follow-up-self.ts';
import {
  ACT_CONFIDENCE,
  LANGUAGE_P,
  LONG_REQUEST,
  MISREAD_PLACE,
  PERSON_P,
  SURE_ASPECT,
  SURE_TOPIC,
} from './follow-up-settings.ts';
import { topicCues, unsaidActs, yesSaid } from './follow-up-unsaid.ts';
import { readWait } from './follow-up-wait.ts';
import { ANYONE, askedFacets, CONTINUES, facetOf, LACKS, LACKS_ID, refersBack } from './follow-up-words.ts';
import { type FormReading, TOLD_KINDS } from './form-reading.ts';
import {
  factsTold,
  type InContext,
  languageTurn,
  NONE,
  onTopicOf,
  slotsTold,
  told,
} from './in-context-shapes.ts';
import { goesOwnWay, okThenNo, takesPerson } from './offer-answer.ts';
import { pointsBackOrLacksId } from './papers-held.ts';
import { asksPlainly, asksSomething } from './question.ts';
import type { ReadingTools } from './reading-tools.ts';
import { lackedFacet } from './slots.ts';
import type { Terms, TopicSwitch } from './topic-switch.ts';
import { TELLS_A_NAME, tellsWho } from './who-told.ts';

type Situation = Parameters<ReadingTools['readAct']>[1];

export function createFollowUpReader(deps: {
  tools: Pick<
    ReadingTools,
    'cuesOf' | 'readAct' | 'languageAsked' | 'reader' | 'searchAnswers' | 'lonePlace'
  >;
  classify: ReturnType<typeof createClassify>;
  topicSwitch: TopicSwitch;
  forms: FormReading;
}) {
  const { tools, classify, topicSwitch, forms } = deps;
  const { reader } = tools;
  // Understanding asks about the same message twice (its danger, then what it does): read once.
  let last: { key: string; reading: ReturnType<ReadingTools['readAct']> } | null = null;
  function readingOf(
    text: string,
    words: readonly string[],
    lang: Lang,
    situation: Situation,
    current: TopicId | null,
  ) {
    const key = `${situation}\u0000${current}\u0000${lang}\u0000${text}`;
    if (last?.key !== key)
      last = { key, reading: tools.readAct(text, situation, tools.cuesOf(text, words, lang, current)) };
    return last.reading;
  }

  /** How likely the dialogue model finds that a follow-up tells of a danger, in its situation. */
  function dangerOf(
    text: string,
    words: readonly string[],
    lang: Lang,
    dialogue: DialogueContext,
    situation: Situation,
  ) {
    const current = procedureOf(dialogue, situation);
    return readingOf(text, words, lang, situation, current).ranked.find((r) => r.label === 'danger')?.p ?? 0;
  }

  function readFollowUp(
    text: string,
    words: readonly string[],
    lang: Lang,
    dialogue: DialogueContext,
    situation: Situation,
    terms: () => Terms,
  ): InContext | null {
    const current = procedureOf(dialogue, situation);
    const reading = readingOf(text, words, lang, situation, current);
    // A yes or no in none of the words people say them with: the next reading (follow-up-unsaid.ts).
    const asked = tools.languageAsked.unlessChoice(words, lang, text);
    const { figureTold, readsATopic } = topicCues(text, words, current, {
      classify: (t) => classify(t, lang).topic,
      search: (w, topic) => tools.searchAnswers(w, lang, [topic], 1)[0]?.coverage ?? 0,
    });
    const unsaid = unsaidActs(text, words, reader, asked, readsATopic, situation === 'queued');
    const best = reading.ranked.find((r) => !unsaid(r.label)) ?? reading.ranked[0];
    // "si" to a yes/no question on screen is a yes, whatever the model leans to (in an emergency, thanks).
    const yes = dialogue.asked === 'yesno' && yesSaid(text, words, reader, best?.label);
    const act = (yes ? 'yes' : (best?.label ?? reading.act)) as typeof reading.act;
    // Its share of what is left once the unsaid yes or no is set aside.
    const setAside = reading.ranked.filter((r) => unsaid(r.label)).reduce((sum, r) => sum + r.p, 0);
    const p = (best?.p ?? reading.p) / Math.max(1e-9, 1 - setAside);
    const { ranked } = reading;
    const pLanguage = ranked.find((r) => r.label === 'language')?.p ?? 0;
    // In the queue nothing else is on the table: a language asked for in words is the request.
    const queued = situation === 'queued';
    // "in english please, le voy a pasar el chat a mi novio…": a long message opening with the request.
    const opens = asked !== null && tools.languageAsked(words, lang) === null;
    const plainly =
      act === 'language' ||
      opens ||
      words.length <= 4 ||
      (queued && asked !== lang) ||
      tools.languageAsked.explicitly(words) ||
      tools.languageAsked.outright(words);
    const switchLang = asked && (plainly || pLanguage >= LANGUAGE_P) ? asked : undefined;
    if (switchLang && plainly) return languageTurn(switchLang, current, reader.wantsPerson(words));
    // Below its bar or on words mostly never seen, the hand rules read it; not a lone place ("Leon").
    const unsure = p < ACT_CONFIDENCE || reading.known < Math.min(3, Math.ceil(words.length / 2));
    const lone = current !== null && (unsure || MISREAD_PLACE.has(act)) && tools.lonePlace(words.join(' '));
    // A name told alone ("li rele Jacinto Ledezma Rocha") is a statement the model may be unsure of.
    if (unsure && !lone && !(current && tellsWho('', text))) return null;
    const withLang = (m: InContext): InContext => (switchLang ? { ...m, switchLang } : m);
    const askPerson = () => withLang({ ...NONE, topic: 'human', confidence: 1, act: 'topic' });
    const onTopic = (facets: Facet[]): InContext => onTopicOf(current, facets);
    /** A question: about another topic when the message names it, else about this one. */
    const question = (facets: Facet[]): InContext => {
      const read = classify(reader.newSubject(words, text), lang);
      const sureOf = topicSwitch.sureElsewhere(read, current, words, terms());
      // "¿Dónde queda ese centro?", "ki adrès li?": an aspect of what was just said, unless the model is all
      // but sure of another topic (a trial: 15 turns gained, 3 lost).
      if (current && facets.length && pointsBackOrLacksId(words, facets) && !sureOf) return onTopic(facets);
      // About the topic under discussion: another takes over only when the message names it and the topic model
      // does not see this one ("does it matter that he got deported?" is still the pension); with an aspect sure,
      // only if sure of the other. The office (who, where, when), seen in most questions, holds no procedure's talk.
      const aspect = act.startsWith('ask_') && act !== 'ask_other' && p >= SURE_ASPECT;
      // "And can I do that even if I lost my passport?" asks about what was said: another topic only by a longer term.
      const back = refersBack(words);
      const sure = read.confidence >= SURE_TOPIC && !back;
      const named =
        topicSwitch.switchesTo(read, current, terms()) &&
        !(current && current !== 'office_info' && topicSwitch.keeps(read, current, terms())) &&
        (current === null || sure || (!aspect && topicSwitch.names(terms(), read.topic, current) >= 2));
      const elsewhere = !back && !aspect && sureOf;
      if (named || elsewhere || (!current && read.topic !== 'none'))
        return { ...pick(read), facets, act: 'topic' };
      // A request the office does not do, unless it goes on from this topic ("y cuánto me dan?", "…pou pansyon an?").
      const goesOn = back || CONTINUES.has(words[0] ?? '') || read.candidates.includes(current ?? 'none');
      if (
        !goesOn &&
        (read.outOfScopeP ?? 0) >= SURE_OUT_OF_SCOPE &&
        facets.length === 0 &&
        words.length >= LONG_REQUEST
      )
        return { ...pick(read), topic: 'none', facets: [], act: 'unclear', outOfScope: true };
      if (!current) return { ...pick(read), topic: 'none', facets, act: 'unclear' };
      return onTopic(facets);
    };
    const cueFacets = () => reader.facetsIn(words, text).facets;
    const namesTopic = (topic: TopicId) => topicSwitch.names(terms(), topic, 'none') > 0;
    const askedToo = () => (asksSomething(text) ? cueFacets().slice(0, 1) : []);
    /** What the readers of single acts (follow-up-wait.ts, follow-up-new-topic.ts) read a message with. */
    const models = { reader, classify, topicSwitch, terms };
    const shared = { ...models, onTopic, question, cueFacets, askPerson, withLang };
    if (situation === 'emergency' && !(dialogue.asked === 'yesno' && (act === 'yes' || act === 'no')))
      return readInEmergency(tools.lonePlace(words.join(' ')) ? 'context' : act, {
        text,
        words,
        lang,
        procedure: dialogue.topic,
        reader,
        classify,
        slots: () => slotsTold(text, words, !dialogue.placeKnown, reader),
        facets: cueFacets,
        withLang,
      });
    // A person asked for while one or the form is on offer ("ok si pásenos con alguien") takes it.
    const offered = situation === 'offered_person' || situation === 'offered_form';
    if (offered && takesPerson(reader.wantsOnlyPerson(words, text), words, terms(), text, situation))
      return askPerson();
    // "Otra cosa, …", "another question, …": the person says a new subject comes.
    if (current && reader.changesSubject(words)) {
      const read = classify(reader.newSubject(words, text), lang);
      if (read.topic !== 'none' && read.topic !== current)
        return withLang({ ...pick(read), facets: cueFacets().slice(0, 1), act: 'topic' });
    }
    if (dialogue.asked !== 'field' && personAskedWithFacts(act, text, words, reader)) return askPerson();
    const self = readAboutSelf({ act, text, words, lang, current }, { reader, classify, cueFacets });
    if (self) return withLang(self);
    // Statements, whatever the model leaned to: a name ("Se llama José Refugio…"), an age ("she's 58,
    // so she can't?"), news ("ya no me amenaza ni nada jaja": a complaint only if it says it did not help).
    const telling =
      tellsWho(act, text) ||
      lone ||
      (['new_topic', 'greeting', 'wait'].includes(act) && figureTold(act)) ||
      (act === 'complaint' && !reader.notHelped(words) && !factsTold(current, words, text));
    const useless = complainsOfAnswers(words.join(' ')); // "man this is useless", "you said that already", whatever the model read
    const closing = closesWithNews(text, words, act);
    const does = current && useless ? 'complaint' : closing ? 'thanks' : current && telling ? 'context' : act;
    switch (does) {
      case 'yes':
      case 'no': {
        // "Sí, pásame con alguien" to an offer, "yes connect me again pls" after a close: a person (not to "in danger?").
        const person =
          (ranked.find((r) => r.label === 'person')?.p ?? 0) >= PERSON_P || reader.wantsPerson(words);
        if (act === 'yes' && person && (dialogue.offered || dialogue.asked !== 'yesno')) return askPerson();
        // "no traigo ni un peso" starts with "no" but tells a fact.
        const fact = factsTold(current, words, text);
        if (fact) return withLang(fact);
        // "ok ill go tomorrow" after the offer: their own way, no person asked for.
        if (act === 'yes' && goesOwnWay(words)) return withLang({ ...NONE, act: 'thanks' });
        const answer = act === 'yes' && !okThenNo(words) ? 'yes' : 'no';
        return withLang({ ...NONE, act: dialogue.asked === 'yesno' ? answer : 'thanks' });
      }
      case 'person': {
        // "ya hablé con la licenciada… ¿dan pláticas con psicólogo?": a person done, a topic asked, none asked for.
        const topicAsked =
          asksSomething(text) && !reader.wantsPerson(words) && !words.some((w) => ANYONE.has(w));
        const asked = topicAsked ? question(cueFacets().slice(0, 1)) : null;
        return asked && asked.topic !== 'none' && namesTopic(asked.topic) ? withLang(asked) : askPerson();
      }
      case 'thanks':
      case 'greeting':
        return withLang(
          questionAfterThanks(text, lang, current, { reader, classify }) ?? { ...NONE, act: does },
        );
      case 'complaint': {
        // "that's not helpful at all. where even are u": the question asked with it is what to answer.
        const cued = reader.facetsIn(words, text);
        if (current && cued.facets.length && (asksSomething(text) || cued.interrogative))
          return withLang(question(cued.facets.slice(0, 1)));
        // "thats not what i asked. my brother needs dual nationality": the procedure it names, sure (judge90).
        const meant = classify(text, lang);
        if (
          meant.topic !== current &&
          meant.topic !== 'office_info' &&
          meant.confidence >= SURE_TOPIC &&
          namesTopic(meant.topic)
        )
          return withLang({ ...pick(meant), facets: cued.facets.slice(0, 1), act: 'topic' });
        // "no traigo ni un peso, me quitaron todo" tells what they lack; it is no complaint about the answer.
        return current ? withLang(factsTold(current, words, text) ?? { ...NONE, act: 'notHelped' }) : null;
      }
      case 'wait':
      case 'who_comes':
        return readWait(does, { text, words, lang, dialogue, current }, shared);
      case 'cannot_call':
        return withLang({ ...NONE, act: 'cannotCall' });
      case 'context':
      case 'correction': {
        if (!current) return null;
        const read = classify(reader.newSubject(words, text), lang);
        // A name told ("Se llama José Refugio…"), whatever it names; after the office, a procedure sure of.
        const fromOffice =
          current === 'office_info' && read.topic !== 'none' && read.confidence >= SURE_TOPIC;
        // A place told ("they live in Vicente Guerrero") is no question about the office; "¿cuál es su teléfono?" is.
        const slots = slotsTold(text, words, situation === 'emergency', reader);
        const switches = topicSwitch.factSwitchesTo(read, current, terms(), { text, words, slots });
        if (!TELLS_A_NAME.test(text) && (fromOffice || switches))
          return withLang({ ...pick(read), facets: askedToo(), act: 'topic' });
        // Details for the form on offer ("se llama Ramiro, salió de Nogales el 12"): its answers.
        const offered = dialogue.offeredForm;
        const formValues = offered ? forms.extras(text, offered, '', [], TOLD_KINDS) : [];
        // "ki nimewo CNDH": asked, nothing told (sight59-a got "noted" back).
        const asked = !formValues.length && !Object.keys(slots).length && asksPlainly(text);
        const reading = asked ? question(cueFacets().slice(0, 1)) : null;
        if (reading && reading.topic !== 'none') return withLang(reading);
        return withLang({ ...told(current, slots), ...(formValues.length ? { formValues } : {}) });
      }
      case 'new_topic': {
        const pPerson = ranked.find((r) => r.label === 'person')?.p ?? 0;
        return readNewTopic({ text, words, lang, current, pPerson }, shared);
      }
      case 'danger':
        return null;
      default: {
        // The phrase lists name the facet precisely when they find one; else the model's.
        const facet = facetOf(act);
        const cued = reader.facetsIn(words, text);
        const facets = askedFacets(facet, cued.facets, cued.two);
        // "No tengo papeles" asks nothing: lacking something bears on who may be helped; lacking
        // an ID, on the documents ("i got no id nothing" after a deportee's answer), unless an aspect is asked.
        const lacks = !text.includes('?') && LACKS.test(text);
        const lacked: Facet = LACKS_ID.test(words.join(' ')) ? 'documents' : lackedFacet(words.join(' '));
        return withLang(question(lacks && !(cued.interrogative && facets.length) ? [lacked] : facets));
      }
    }
  }
  return Object.assign(readFollowUp, { dangerOf });
}

export type FollowUpReader = ReturnType<typeof createFollowUpReader>;
