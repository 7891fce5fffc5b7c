/**
 * Answers bound to one state's own programme (knowledge/signals/places.yaml, `answers`) and the
 * states a message names, on the project's own places file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createBoundAnswers } from '../../src/understanding/bound-answers.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let bound: ReturnType<typeof createBoundAnswers>;
beforeAll(async () => {
  bound = createBoundAnswers((await sharedKnowledge()).knowledge.placeSignals);
});

describe('the states a message names', () => {
  it.each([
    ['el andaba en reynosa', ['Tamaulipas']],
    ['lo dejaron en sabinas hidalgo', ['Nuevo Leon']],
    ['we live in mexico city now', ['Ciudad de Mexico']],
    ['nou nan tapachula, pitit la nan siglo xxi', ['Chiapas']],
    ['mi suegra vive en vicente guerrero', []],
    ['somos de nombre de dios', []],
    ['estoy en nuevo leon y mi hermano en chiapas', ['Nuevo Leon', 'Chiapas']],
  ])('%s → %j', (text, states) => {
    expect(bound.statesIn(text.split(' '))).toEqual(states);
  });
});

describe('which found passages may answer', () => {
  const southern = { topic: 'locate_person', passage: 'answer.missing_in_southern_mexico' };
  it('sets another state’s own programme aside where that state was not named', () => {
    expect(bound.mayAnswer(southern, [])).toBe(false);
    expect(bound.mayAnswer(southern, ['Tamaulipas'])).toBe(false);
  });
  it('keeps it where one of its states was named', () => {
    expect(bound.mayAnswer(southern, ['Tabasco'])).toBe(true);
  });
  it('keeps every passage no state binds', () => {
    expect(bound.mayAnswer({ topic: 'locate_person', passage: 'answer.local_search_commissions' }, [])).toBe(
      true,
    );
    expect(bound.mayAnswer({ topic: 'locate_person', passage: 'details.1' }, [])).toBe(true);
  });
});
