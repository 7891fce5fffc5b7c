/**
 * Session 113's second round, where the models' own reading of a whole message makes the engine hard to reach with
 * other words: a bus fare asked for a deported husband, which the models alone called a full emergency (judge113).
 * The veto itself is read here, with and without the conversation around it. Pure.
 */
import { describe, expect, it } from 'vitest';
import type { DialogueContext } from '../../src/core/types.ts';
import { fold } from '../../src/understanding/fold.ts';
import { vetoesAlone } from '../../src/understanding/model-vetoes.ts';

const talk = { topic: 'deportee_support', first: false, emergency: false } as unknown as DialogueContext;
const fare = fold(
  'shes with a cousin in reynosa now, not at the module. do you guys pay for her bus ticket to lerdo?',
);

describe('a bus fare asked in a conversation', () => {
  it('is no emergency on the models’ word alone, but is not vetoed as a first message nor in an emergency', () => {
    expect(vetoesAlone(fare, talk)).toBe(true);
    expect(vetoesAlone(fare, { ...talk, first: true })).toBe(false);
    expect(vetoesAlone(fare, { ...talk, emergency: true })).toBe(false);
  });
});
