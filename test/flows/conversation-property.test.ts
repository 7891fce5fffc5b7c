/**
 * Random choice values and texts thrown at the conversation flow from every state
 * (fast-check): a step never throws, the context it leaves can always be stored and restored,
 * every button it offers decodes to a typed choice, and a person who writes while nobody from
 * staff has the conversation always gets an answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextSchema } from '../../flows/conversation/context.ts';
import type { FlowEvent } from '../../flows/index.ts';
import { FACETS } from '../../src/core/types.ts';
import { TEST_CODEC as codec, TEST_FLOW as flow, meaning, TEST_CATALOG } from '../support/meanings.ts';

const topics = [...Object.keys(TEST_CATALOG.topics), 'none', 'unknown_topic'];
const acts = [
  'emergency',
  'yes',
  'no',
  'notHelped',
  'when',
  'cannotCall',
  'correction',
  'followUp',
  'topic',
  'greeting',
  'thanks',
  'unclear',
] as const;

const KNOWN_VALUES = [
  'yes',
  'no',
  'menu',
  'menu:more',
  'human',
  'more',
  'skip',
  'cancel',
  'lang:es',
  'lang:ht',
  'intake:remains',
  'intake:locate',
  'topic:apostille',
  'answer:missing',
];
/** A button value: one the flows give, or anything a broken or hostile client might send. */
const choiceValue = fc.oneof(
  fc.constantFrom(...KNOWN_VALUES),
  fc.constantFrom('lang:fr', 'intake:whatever', 'topic:', 'answer:', 'topic:../../x', 'rating:yes', ':', ''),
  fc.string({ maxLength: 64 }),
);

const textEvent = fc
  .record({
    topic: fc.constantFrom(...topics),
    act: fc.constantFrom(...acts),
    facets: fc.subarray([...FACETS]),
    text: fc.string({ maxLength: 80 }),
    field: fc.option(fc.constantFrom('placeOfDeath', 'contact', 'nope')),
  })
  .map(
    ({ topic, act, facets, text, field }): FlowEvent => ({
      type: 'user.text',
      text,
      at: 1,
      meaning: meaning(topic, {
        act,
        facets,
        ...(act === 'correction' ? { correction: { field: field ?? null, value: text } } : {}),
      }),
    }),
  );

const anyEvent: fc.Arbitrary<FlowEvent> = fc.oneof(
  textEvent,
  choiceValue.map((value): FlowEvent => {
    const choice = codec.decode(value);
    return choice ? { type: 'user.choice', choice, at: 1 } : { type: 'user.unknownChoice', at: 1 };
  }),
  fc.constantFrom<FlowEvent>(
    { type: 'cmd.menu', at: 1 },
    { type: 'cmd.language', at: 1 },
    { type: 'cmd.human', at: 1 },
    { type: 'cmd.erase', at: 1 },
    { type: 'cmd.restart', at: 1 },
    { type: 'user.media', media: 'voice', at: 1 },
    { type: 'staff.take', by: 'ana', at: 1 },
    { type: 'staff.reply', text: 'hola', at: 1 },
    { type: 'staff.close', at: 1 },
    { type: 'timer.idle', at: 1 },
  ),
);

describe('conversation flow: any input from any state', () => {
  it('never throws, stays storable, offers only decodable buttons, and answers a person it is talking with', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { minLength: 1, maxLength: 25 }), (events) => {
        let snapshot = flow.start(null);
        for (const [i, event] of events.entries()) {
          const { next, effects } = flow.step(snapshot, { ...event, at: 1 + i * 120_000 });
          expect(contextSchema.safeParse(next.context).success).toBe(true);
          expect(flow.restore(flow.persist(next))).not.toBeNull();
          for (const effect of effects) {
            if (effect.type !== 'reply') continue;
            for (const button of effect.reply.buttons ?? [])
              expect(codec.decode(button.value), button.value).not.toBeNull();
          }
          const person = event.type.startsWith('user.') || event.type.startsWith('cmd.');
          // Waiting for staff, a chat message may be acknowledged at most once a minute (events here
          // are two minutes apart); only a staff member's presence allows silence.
          const staffHaveIt = JSON.stringify(snapshot.value).includes('withStaff');
          if (person && !staffHaveIt)
            expect(
              effects.some((e) => e.type === 'reply'),
              event.type,
            ).toBe(true);
          snapshot = next;
        }
      }),
      // A fixed seed: the same 2,000 cases on every run (explored with random seeds while writing it).
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 2000),
        seed: Number(process.env.PROPERTY_SEED ?? 20261122),
      },
    );
  });
});
