/**
 * What the conversation decides to say next, as data (`Talk`), and the signature that tells
 * whether the same text would go out twice, and the rule that none does (`again`). The shape
 * shared by talk.ts, which decides, and the replies that render it.
 */
import type { Facet, TopicId } from '../../src/core/types.ts';
import type { IntakeKind } from '../intake-forms.ts';
import type { ConversationContext } from './context.ts';

/** `far`: on the road's health care, a place told where the sources name none (said before the answer). */
export type Talk = (
  | { do: 'emergency' }
  | { do: 'queue'; reason: 'asked' | 'topic' }
  /** `told`: answers the person already gave before the form started ("se llama Ramiro…"). */
  | { do: 'startIntake'; form: IntakeKind; told?: Record<string, string> }
  | { do: 'ambiguous'; first: TopicId; second: TopicId }
  | { do: 'declined' }
  | { do: 'offerStaff'; why: 'notHelped' | 'again' | 'unclear' | 'repeat' }
  /** A question about the topic under discussion that no facet answers: its details, else a person. */
  | { do: 'more' }
  | { do: 'facets'; topic: TopicId; facets: Facet[]; passage?: string }
  /** An age or a number of years stated, set against what the topic's sources say. */
  | { do: 'facts'; topic: TopicId; age?: number; years?: number }
  /** A fact stated that no answer bears on: said back as noted for staff (`said`), a person offered. */
  | { do: 'noted'; topic: TopicId; said: string }
  /** A question about the topic no facet answers: the sentence of the entry that does, or "our sources do not say". */
  | { do: 'other'; topic: TopicId; question: string; facet?: Facet; within?: Facet }
  /** The passage of the topic's entry that answers what was asked (a named answer, a paragraph). */
  | { do: 'passage'; topic: TopicId; passage: string; facet?: Facet }
  /** The person asked for another language: said in it, and the last answer (else the topic's) again in it. */
  | { do: 'language' }
  /** Which languages the assistant writes, to choose from. */
  | { do: 'languages' }
  /** Sick or hurt on the road, not in danger of life: where migrants are seen (the safety line goes first). */
  | { do: 'care'; at?: string; recalled?: true; whereAgain?: true }
  /** What to do if it gets worse: the line for a medical emergency (911). */
  | { do: 'worse' }
  /** A topic's first answer, with the short answer to an aspect asked with it ("¿y cuánto cuesta la apostilla?"). */
  | { do: 'answer'; topic: TopicId; facets?: Facet[]; passage?: string }
  | { do: 'details'; topic: TopicId }
  | { do: 'menu' }
  | { do: 'thanks' }
  /** "Are you a real person?" asked in a conversation: who answers here. */
  | { do: 'self' }
  /** "Tengo otra pregunta" with none asked yet: asks for it. */
  | { do: 'askIt' }
  | { do: 'clarify'; candidates: TopicId[] }
  | { do: 'outOfScope' }
) & { far?: string; noBed?: string };

/** The road's named answers that list its shelters, none near most towns (care-far-talk.ts). */
export const SHELTERS: ReadonlySet<string> = new Set(['answer.shelters_named', 'answer.women_shelters']);
/** The road's shelters a decision gives, alone or after the "where" it answers; undefined for any other. */
export const shelterOf = (talk: Talk): string | undefined => {
  const passage = talk.do === 'passage' || talk.do === 'facets' ? talk.passage : undefined;
  return passage && SHELTERS.has(passage) ? passage : undefined;
};
/** Whether a shelters' answer was said already in this conversation (remembered by its passage's signature). */
export const shelterSaid = (said: readonly string[], passage: string): boolean =>
  said.includes(`passage:transit_safety:${passage}`);

/** Remembered when a town told has no shelter named (`noBed:ciudad juarez`), for a bed asked later. */
export const NO_BED = 'noBed:';
/** Remembered beside the care's signature: the town whose care line was given (`careAt:health_tijuana`). */
export const CARE_AT = 'careAt:';

/** The signature of a reply, to tell whether the same text would go out twice. */
export const signature = (talk: Talk): string =>
  talk.do === 'facets'
    ? `facets:${talk.topic}:${talk.facets.join('+')}`
    : talk.do === 'answer' || talk.do === 'details'
      ? `${talk.do}:${talk.topic}`
      : talk.do === 'offerStaff'
        ? `offer:${talk.why}`
        : talk.do === 'facts'
          ? `facts:${talk.topic}:${talk.age ?? ''}:${talk.years ?? ''}`
          : talk.do === 'other'
            ? `other:${talk.topic}:${talk.question.slice(0, 60)}`
            : talk.do === 'passage'
              ? `passage:${talk.topic}:${talk.passage}`
              : talk.do;

/** The last reply was this signature's, a named answer beside it or not ("answer:apostille:answer.fees"). */
export const answeredLast = (lastReply: string, sig: string): boolean =>
  lastReply === sig || lastReply.startsWith(`${sig}:`);

/**
 * The answer a reply's signature names (an aspect's, a passage's, a topic's details), so that a
 * language asked for next says that answer again in it ("¿me lo escribes en español pa mi jefe?"
 * after a renewal was answered: judge73's man got the topic's first answer instead). Null for any other.
 */
export function answerSigned(sig: string): Talk | null {
  const [kind, topic, ...rest] = sig.split(':');
  const named = rest.join(':');
  if (!topic) return null;
  if (kind === 'facets' && named) return { do: 'facets', topic, facets: named.split('+') as Facet[] };
  if (kind === 'passage' && named) return { do: 'passage', topic, passage: named };
  if (kind === 'details') return { do: 'details', topic };
  return null;
}

/** Never a text already sent in this conversation: an offer of a person instead, in words not yet used. */
export function again(ctx: ConversationContext, talk: Talk, question = ''): Talk {
  if (!ctx.said.includes(signature(talk))) return talk;
  // The same aspect asked again in other words: the entry's sentence for these words, once.
  if (talk.do === 'facets' && question.trim()) {
    const other: Talk = { do: 'other', topic: talk.topic, question };
    if (!ctx.said.includes(signature(other))) return other;
  }
  const offers = (['repeat', 'again', 'notHelped', 'unclear'] as const).map(
    (why): Talk => ({ do: 'offerStaff', why }),
  );
  return offers.find((o) => !ctx.said.includes(signature(o))) ?? { do: 'menu' };
}

/** The signatures of the replies sent so far (the last 12), so none goes out twice. */
export function remember(said: readonly string[], signature: string): string[] {
  return [...said.filter((s) => s !== signature), signature].slice(-12);
}

/** A named answer found for a message, as the passage to send. */
export const namedTalk = (found: { topic: TopicId; passage: string }): Talk => ({
  do: 'passage',
  topic: found.topic,
  passage: found.passage,
});

/** Another topic's answer whose first answer was given already: its named passage alone, not that answer again. */
export const unrepeated = (said: readonly string[], talk: Talk | null): Talk | null =>
  talk?.do === 'answer' && talk.passage && said.includes(`answer:${talk.topic}`)
    ? namedTalk({ topic: talk.topic, passage: talk.passage })
    : talk;
