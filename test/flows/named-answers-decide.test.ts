/**
 * Which named answer a turn gives (issue 28), decided on hand-made meanings: a message the
 * topic model reads as no topic, or as out of scope without being sure, that says most of a way
 * of asking a named answer gets that topic and that answer; one the model is sure is out of
 * scope is told so; a topic's first answer carries a named answer only when it adds to it.
 */
import { describe, expect, it } from 'vitest';
import { initialContext } from '../../flows/conversation/context.ts';
import { decideTalk } from '../../flows/conversation/talk.ts';
import type { FoundPassage } from '../../src/core/types.ts';
import { TEST_CATALOG as catalog, meaning } from '../support/meanings.ts';

/** A named answer that says most of the message and that the message says most of. */
const SURE: FoundPassage = {
  topic: 'mx_status',
  passage: 'answer.border_worker_card',
  score: 19.8,
  coverage: 0.61,
  shared: 3,
  words: 6,
  askSaid: 0.7,
  beyondReply: 3,
};

describe('a message the topic model reads as no topic', () => {
  it('gets the topic and the named answer that says most of it', () => {
    const talk = decideTalk(initialContext('es'), meaning('none', { answers: [SURE] }), catalog);
    expect(talk).toEqual({ do: 'answer', topic: 'mx_status', passage: 'answer.border_worker_card' });
  });

  it('is still out of scope when the model is sure of that, and unless it is unsure', () => {
    const sure = meaning('none', { outOfScope: true, answers: [SURE] });
    expect(decideTalk(initialContext('es'), sure, catalog)).toEqual({ do: 'outOfScope' });
    const unsure = meaning('none', { outOfScope: true, outOfScopeUnsure: true, answers: [SURE] });
    expect(decideTalk(initialContext('es'), unsure, catalog)).toMatchObject({ topic: 'mx_status' });
  });

  it('asks which topic when the named answer says too little of it', () => {
    const weak = { ...SURE, askSaid: 0.4 };
    expect(decideTalk(initialContext('es'), meaning('none', { answers: [weak] }), catalog)).toMatchObject({
      do: 'clarify',
    });
  });
});

describe('a topic named for the first time', () => {
  it('carries a named answer only when two of its shared words are not in the first answer', () => {
    const adds = meaning('mx_status', { answers: [SURE] });
    expect(decideTalk(initialContext('es'), adds, catalog)).toMatchObject({ passage: SURE.passage });
    const repeats = meaning('mx_status', { answers: [{ ...SURE, beyondReply: 1 }] });
    expect(decideTalk(initialContext('es'), repeats, catalog)).toEqual({ do: 'answer', topic: 'mx_status' });
  });
});

describe('a question the topic under discussion has no passage for', () => {
  const context = { ...initialContext('es'), topic: 'asylum' as const };
  /** Another topic's named answer in a long message: most of one way of asking it, many rare words, a fair share of the message. */
  const HEAVY_ELSEWHERE: FoundPassage = {
    topic: 'mx_status',
    passage: 'answer.work_permission',
    score: 22.6,
    coverage: 0.58,
    shared: 5,
    words: 10,
    askSaid: 0.89,
    beyondReply: 5,
  };
  it('gets another topic’s named answer said at length (session 48), and moves there', () => {
    const asked = meaning('asylum', { act: 'otherQuestion', answers: [HEAVY_ELSEWHERE] });
    expect(decideTalk(context, asked, catalog)).toEqual({
      do: 'answer',
      topic: 'mx_status',
      passage: 'answer.work_permission',
    });
  });
  it('keeps to its own topic when that answer shares few rare words and little of a way of asking it', () => {
    const light = { ...HEAVY_ELSEWHERE, score: 12, beyondReply: 2, askSaid: 0.5 };
    const asked = meaning('asylum', { act: 'otherQuestion', answers: [light] });
    expect(decideTalk(context, asked, catalog)).toMatchObject({ do: 'other', topic: 'asylum' });
  });
});

describe('a short question whose one rare word several named answers share', () => {
  /** "pero la curp? ¿quién me la da?": the CURP's answer and others that name the CURP, tied on words. */
  const tied = (passage: string, askSaid: number): FoundPassage => ({
    topic: 'mx_status',
    passage,
    score: 7.6,
    coverage: 1,
    shared: 1,
    words: 1,
    askSaid,
    beyondReply: 1,
  });
  const context = { ...initialContext('es'), topic: 'mx_status' as const };
  it('gets the one whose ways of asking the message says clearly most of (session 48)', () => {
    const asked = meaning('mx_status', {
      act: 'followUp',
      facets: ['steps'],
      answers: [tied('answer.curp_foreigner', 0.79), tied('answer.children_school', 0.41)],
    });
    expect(decideTalk(context, asked, catalog)).toMatchObject({ passage: 'answer.curp_foreigner' });
  });
  it('leaves where and when to the aspect, and a close second to it too', () => {
    const where = meaning('mx_status', {
      act: 'followUp',
      facets: ['where'],
      answers: [tied('answer.curp_foreigner', 0.79), tied('answer.children_school', 0.41)],
    });
    expect(decideTalk(context, where, catalog)).not.toMatchObject({ passage: 'answer.curp_foreigner' });
    const close = meaning('mx_status', {
      act: 'followUp',
      facets: ['steps'],
      answers: [tied('answer.curp_foreigner', 0.79), tied('answer.children_school', 0.7)],
    });
    expect(decideTalk(context, close, catalog)).not.toMatchObject({ passage: 'answer.curp_foreigner' });
  });
});

describe('a question that another topic answers clearly better', () => {
  const context = { ...initialContext('es'), topic: 'asylum' as const };
  const theirs: FoundPassage = {
    topic: 'mx_status',
    passage: 'answer.work_permission',
    score: 15.9,
    coverage: 0.57,
    shared: 3,
    words: 6,
    askSaid: 0.69,
    beyondReply: 2,
  };
  const ours: FoundPassage = {
    ...theirs,
    topic: 'asylum',
    passage: 'answer.airports',
    score: 12.5,
    askSaid: 0.58,
  };
  it('gets that topic’s named answer, not a weaker passage of its own (session 48)', () => {
    const asked = meaning('asylum', { act: 'otherQuestion', answers: [ours, theirs] });
    expect(decideTalk(context, asked, catalog)).toMatchObject({ do: 'answer', topic: 'mx_status' });
  });
  it('keeps its own passage when the other shares about as much', () => {
    const asked = meaning('asylum', { act: 'otherQuestion', answers: [{ ...ours, score: 14 }, theirs] });
    expect(decideTalk(context, asked, catalog)).toMatchObject({ topic: 'asylum' });
  });
});
