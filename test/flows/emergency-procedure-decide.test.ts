/**
 * What an emergency under way answers to a procedure asked (issue 30), decided on hand-made
 * meanings: a question the topic model is all but sure of is answered from that topic even when
 * it also reads as a possible danger, or as one by the learned model alone (staff already have
 * the case as urgent); a statement read so, a question the model is unsure of, the office asked
 * about then, and a danger a pattern names stay with the danger.
 * A question answered from the emergency entry never gets another kind of danger's line (a
 * hand judge saw the suicide line answer "who goes out there?" in the desert).
 */
import { describe, expect, it } from 'vitest';
import { initialContext } from '../../flows/conversation/context.ts';
import { emergencyFollowUp } from '../../flows/conversation/emergency.ts';
import { createReplies } from '../../flows/conversation/replies.ts';
import { type FoundPassage, LEARNED_ALONE, type Meaning } from '../../src/core/types.ts';
import { TEST_CATALOG as catalog, meaning } from '../support/meanings.ts';

const inEmergency = { ...initialContext('es'), emergency: { kind: 'first', said: ['first'] } };
const replies = createReplies(catalog);
const topicOf = (m: Meaning) => emergencyFollowUp(inEmergency, m, 'texto', replies, catalog).topic;
const possible = (extra: Partial<Meaning>) =>
  meaning('mx_status', { danger: 'possible', question: true, confidence: 0.95, ...extra });

describe('a procedure asked during an emergency', () => {
  it('is answered with no danger in it', () => {
    expect(topicOf(meaning('mx_status'))).toBe('mx_status');
  });

  it('is answered when a sure question also reads as a possible danger', () => {
    expect(topicOf(possible({}))).toBe('mx_status');
  });

  it('is answered when only the learned model reads the story as a danger, not when a pattern does', () => {
    const story = (pattern: string) =>
      meaning('mx_status', {
        danger: 'emergency',
        emergency: { kind: 'unknown', pattern },
        question: true,
        confidence: 0.95,
      });
    expect(topicOf(story(LEARNED_ALONE))).toBe('mx_status');
    expect(topicOf(story('\\bme quieren matar\\b'))).toBeUndefined();
  });

  it('stays with the danger for a statement, an unsure question, or the office', () => {
    const statement = meaning('mx_status', { danger: 'possible', confidence: 0.95 });
    expect(topicOf(statement)).toBeUndefined();
    expect(topicOf(possible({ confidence: 0.7 }))).toBeUndefined();
    expect(topicOf(possible({ topic: 'office_info' }))).toBeUndefined();
  });
});

describe('a question during a danger, answered from the emergency entry', () => {
  it('never gets the line of another kind of danger', () => {
    // The emergency entry's fifth details paragraph is a kind's line, found strongly by the search.
    const kindLine: FoundPassage = {
      topic: 'emergency',
      passage: 'details.5',
      score: 13.8,
      coverage: 0.47,
      shared: 4,
      beyondReply: 1,
      words: 7,
    };
    const asked = meaning('none', { act: 'whatToDo', question: true, answers: [kindLine] });
    const desert = { ...inEmergency, emergency: { kind: 'desert', said: ['desert'] } };
    const step = emergencyFollowUp(desert, asked, 'who actually goes out there?', replies, catalog);
    expect(step.replies).not.toContainEqual(
      expect.objectContaining({ kind: 'passage', passage: 'details.5' }),
    );
  });
});
