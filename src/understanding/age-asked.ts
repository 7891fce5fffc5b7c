/**
 * Who may, asked with an age ("is 61 old enough?", "¿y con 61 años ya puede?", "si li gen 61 an li ka
 * jwenn li?") about the topic under discussion: the topic's eligibility, with the age (or the years
 * worked) kept, so the flow sets it against the sources' limits before any passage. The topic model
 * and the facet cues read such a question as the topic again, with no aspect or with "who may" only,
 * and it got the eligibility paragraph a second time, the age unanswered (judge82). Only a question:
 * a statement of the age is context (facts.ts); only on a topic whose sources give an age (a Haitian's
 * "m gen 28 an… m ka jwenn CURP?" asks the CURP, not who may). Pure.
 */
import type { DialogueContext, Meaning, TopicId } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';
import { busyWithQuestion } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';
import { slotsIn } from './slots.ts';

/** What a question about the topic under discussion may be read as, for this reading to apply. */
const ON_TOPIC = new Set<Meaning['act']>(['topic', 'followUp', 'otherQuestion']);

export function createAgeAskedReading(entries: Knowledge['entries']) {
  const aged = new Set<TopicId>(entries.filter((e) => e.limits?.age !== undefined).map((e) => e.id));
  return (m: Meaning, text: string, dialogue: DialogueContext | undefined, folded: string): Meaning => {
    const current = dialogue?.topic;
    if (!current || !aged.has(current) || m.topic !== current || !ON_TOPIC.has(m.act)) return m;
    if (busyWithQuestion(dialogue) || m.facets.some((f) => f !== 'eligibility') || !asksSomething(text))
      return m;
    const { age, years } = slotsIn(folded, text);
    if (age === undefined) return m;
    const slots = { ...m.slots, age, ...(years !== undefined && { years }) };
    return { ...m, act: 'followUp', facets: ['eligibility'], slots };
  };
}
