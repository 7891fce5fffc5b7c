/**
 * A first message that is only an aspect's words ("horario", "dirección", "office hours") asks
 * that aspect (issue 28): the office's hours, which the sources do not give, come with a person
 * offered, not the whole entry with who the assistant is. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe("an aspect's words alone as the first message", () => {
  it.each([
    ['horario', 'time'],
    ['dirección', 'where'],
    ['office hours', 'time'],
  ] as const)('"%s" asks the office its %s', async (text, facet) => {
    const a = await testAssistant();
    const turn = await a.say(text);
    expect(turn.report).toMatchObject({ topic: 'office_info', facet });
    expect(texts(turn)).not.toMatch(/Soy un programa|I am a computer program/);
  });

  it('offers a person for the hours the sources do not give', async () => {
    const a = await testAssistant();
    const turn = await a.say('horario');
    expect(turn.report.handoff).toBe(true);
    expect(texts(turn)).toMatch(/¿Quieres que te pase con el personal/);
  });
});
