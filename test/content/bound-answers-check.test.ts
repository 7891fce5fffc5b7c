/** places.yaml's bound answers are checked against the knowledge base: a typo is a problem, with what to do. */
import { describe, expect, it } from 'vitest';
import { checkBoundAnswers } from '../../src/knowledge/check-bound-answers.ts';
import { sharedKnowledge } from '../support/assistant.ts';

describe('bound answers in places.yaml', () => {
  it('has none that names a missing answer or state', async () => {
    expect(checkBoundAnswers((await sharedKnowledge()).knowledge)).toEqual([]);
  });

  it('reports an answer that does not exist and a state not listed', async () => {
    const { knowledge } = await sharedKnowledge();
    const placeSignals = {
      ...knowledge.placeSignals,
      answers: {
        'locate_person.missing_in_the_south': ['Chiapas'],
        'transit_safety.tabasco_health': ['Tabazco'],
      },
    };
    const problems = checkBoundAnswers({ ...knowledge, placeSignals });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/missing_in_the_south.*names no answer/);
    expect(problems[1]).toMatch(/"Tabazco", which is not under states/);
  });
});
