/**
 * Readings that correct the topic once the whole message is read in its conversation: who the person is, what they tell
 * (a death, a birth, care on the road, a danger's own questions) and what they ask in other words. Each lives in its own
 * file, whose opening says which conversation showed it; each is pure and returns the meaning unchanged when it does not
 * apply. They run in the order reading-order.ts gives; a message moved to another topic has its passages searched again
 * (none of the topic a death left), unless the reading chose its answer (KEEPS_CHOSEN).
 */
import type { DialogueContext, Lang, Meaning, TopicId } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import type { CareFar } from './care-far.ts';
import { anyOf } from './detect-emergency.ts';
import { fold, foldedWords } from './fold.ts';
import type { GlossaryMatcher } from './glossary-terms.ts';
import { movedTo } from './in-context-shapes.ts';
import { KEEPS_CHOSEN, LEAVES } from './reading-choices.ts';
import { orderedReadings } from './reading-order.ts';
import { createRefusedTopics } from './refused-topics.ts';

/** The passages that may answer a message read as a topic (passage-lookup.ts). */
type AnswersFor = (
  text: string,
  words: readonly string[],
  lang: Lang,
  read: Meaning,
  dialogue?: DialogueContext,
) => Pick<Meaning, 'answers' | 'defines'>;

export function createLateReadings(
  knowledge: Pick<Knowledge, 'emergencySignals' | 'entries'>,
  answersFor: AnswersFor,
  glossary: Pick<GlossaryMatcher, 'termsWithLength' | 'topicsOf'>,
  /** The care's town reader the understanding already holds (reading-tools.ts), for care found only late. */
  careFar: CareFar,
) {
  const readings = orderedReadings(knowledge, glossary);
  // An illness, a wound or a pregnancy told (the care signals' `ill`).
  const ill = anyOf(knowledge.emergencySignals.care.ill);
  const illTold = (folded: string) => ill?.test(folded) === true;
  const refusedIn = createRefusedTopics(glossary);
  /** A procedure refused by name ("paisano pa pou mwen"): the reply is about none of it (refused-topics.ts). */
  const withoutRefused = (m: Meaning, text: string, dialogue?: DialogueContext): Meaning => {
    const refused = refusedIn(text);
    if (!refused.size || m.emergency) return m;
    const allowed = (topic: string) => !refused.has(topic as TopicId);
    const next =
      m.candidates.find((t) => allowed(t) && t !== 'none') ?? m.answers?.find((a) => allowed(a.topic))?.topic;
    if (allowed(m.topic) || !next)
      return withAnswers(
        m,
        m.answers?.filter((a) => allowed(a.topic)),
      );
    const target = movedTo(m, next as TopicId, { act: 'topic', confidence: 1, facets: m.facets });
    const found = answersFor(text, foldedWords(text), m.lang, target, dialogue).answers;
    return withAnswers(
      target,
      found?.filter((a) => allowed(a.topic)),
    );
  };
  const withAnswers = (m: Meaning, answers: Meaning['answers']): Meaning => {
    const { answers: _, ...rest } = m;
    return answers ? { ...rest, answers } : rest;
  };
  return (m: Meaning, text: string, dialogue?: DialogueContext): Meaning =>
    withoutRefused(readLate(m, text, dialogue), text, dialogue);

  function readLate(m: Meaning, text: string, dialogue?: DialogueContext): Meaning {
    // The message folded once, for every reading.
    const folded = fold(text);
    // Moved by a reading whose topic the one left may still hold answers for: its answers are dropped (below).
    let leaves = false;
    let keepsChosen = false;
    const moved = readings.reduce((read, reading) => {
      const next = reading(read, text, dialogue, folded);
      if (next.topic !== read.topic) {
        leaves = LEAVES.has(reading);
        keepsChosen = KEEPS_CHOSEN.has(reading);
      } else if (next !== read && KEEPS_CHOSEN.has(reading)) {
        // Chosen in the topic an earlier reading moved to ("i have a daughter born here, her mom is mexican" after a
        // foreigner's status: family unity, which the search again would lose, sight30-a).
        keepsChosen = true;
      }
      return next;
    }, m);
    // Care found only now ("lo deportaron a tijuana… no trae su medicina"): the town it names, as care read at once.
    const late =
      moved.care && !m.care && !moved.careAt && !moved.careFar
        ? { ...moved, ...careFar(foldedWords(text), true, dialogue, moved.topic) }
        : moved;
    // A place told in a danger: the town's care line, if the sources give one; flows say it only where care is
    // what the danger needs (emerg-ei: "we're in Tapachula near the bus station" for a child with a high fever).
    // So too a danger that starts with someone sick or hurt in a town (emerg-ek: 8 months pregnant, in pain, in
    // Ciudad Juárez, then "is it free?" and "how do I get there?" got "your safety first").
    const careTold = dialogue?.emergency
      ? late.act === 'context'
      : Boolean(late.emergency) && illTold(folded);
    const careAt =
      careTold && late.slots?.place && !late.careAt
        ? careFar(foldedWords(late.slots.place), true, dialogue, 'transit_safety').careAt
        : undefined;
    if (careAt) return { ...late, careAt };
    // Moved to another topic: the passages that may answer it are that topic's ("can they go to school?").
    if (late.topic === m.topic || late.topic === 'emergency' || late.defines) return late;
    // A death supposed leaves the topic it is asked in: its own passages would keep the talk there ("y si mi papa
    // fallece alla, ¿ayudan a traerlo?" in the permit's talk kept the permit, a named answer of it sharing more words).
    const { answers: _, ...rest } = late;
    const found = answersFor(text, foldedWords(text), late.lang, late, dialogue);
    const left = leaves ? dialogue?.topic : undefined;
    const searched = left ? found.answers?.filter((a) => a.topic !== left) : found.answers;
    // The answer a reading chose for the topic it moved to comes first (jornada-asked.ts).
    const chosenFirst = keepsChosen ? (late.answers ?? []).slice(0, 1) : [];
    const answers = searched || chosenFirst.length ? [...chosenFirst, ...(searched ?? [])] : undefined;
    // A follow-up moved off the topic talked about asks about the new one ("…me dicen q ocupo el acta de dallas
    // apostillada, ustedes me ayudan con eso?" in a returnee's talk: judge124's grandmother got the jobs' answer).
    // With an aspect asked, the follow-up stands (sight7-b's "how do i contact them" lost its offer of staff).
    const asked =
      late.act === 'followUp' && !late.facets.length && dialogue?.topic && dialogue.topic !== late.topic
        ? { act: 'topic' as const }
        : {};
    return { ...rest, ...found, ...(answers ? { answers } : {}), ...asked };
  }
}
