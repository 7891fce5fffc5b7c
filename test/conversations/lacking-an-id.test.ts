/**
 * A question about the papers needed, with a missing ID told beside it ("q papeles ocupo pa eso,
 * no traigo INE"), asks the documents, not who may be helped (session 46: a fresh set's deported
 * man got the eligibility answer); a missing ID told alone bears on the documents too. In each
 * language, through the real engine, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; papers: string }> = {
  es: {
    first: 'ayer me regresaron por nogales, soy de santiago papasquiaro y no se como llegar a mi casa',
    papers: 'y q documentos me piden pa eso, no traigo ni credencial',
  },
  en: {
    first: 'they deported me to nogales last night, im from durango and i dont know how to get home',
    papers: 'what documents do they ask for that, i dont have my id',
  },
  ht: {
    first: 'yo depòte m Nogales yè swa, m se moun Durango, m pa konn kijan pou m rive lakay',
    papers: 'ki dokiman yo mande pou sa, m pa gen paspò',
  },
};

describe.each(Object.keys(CASES) as Lang[])('papers asked with an ID lacking, in %s', (lang) => {
  it('answers the documents', async () => {
    const a = await testAssistant();
    const first = await a.say(CASES[lang].first);
    expect(first.report.topic).toBe('deportee_support');
    const reply = await a.say(CASES[lang].papers);
    expect(reply.report.facet).toBe('documents');
    expect(reply.lang).toBe(lang);
  });
});
