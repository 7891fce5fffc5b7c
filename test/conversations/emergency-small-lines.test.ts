/**
 * Three messages of an emergency under way that got another block (session 47): fear of the
 * police told as fear ("me da miedo q si viene la policía me agarre migración, no tengo papeles")
 * gets what the sources say of help without papers, not the legal-advice block; a phone about to
 * die ("his phone is at 6%, he can't make long calls") is no place but how to go on without a call;
 * "ou la toujou?" from someone thinking of suicide gets that the chat is still with them; a child
 * who tells their age ("tengo 14") also gets who looks after children the sources name. Through
 * the real engine, wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, texts } from '../support/assistant.ts';

describe('an emergency under way', () => {
  it('answers fear of the police and papers told as fear', async () => {
    const reply = await afterEmergency(
      'un hombre nos viene siguiendo desde la central de camiones, traigo a mi niña y tengo mucho miedo',
      'me da miedo que si llega la policia me agarre migracion, no traigo papeles',
    );
    expect(texts(reply)).toMatch(/Grupos Beta/);
    expect(reply.report.topic).not.toBe('legal_advice');
  });
  it('reads a phone about to die as no call to make, not as a place', async () => {
    const reply = await afterEmergency(
      'my brother is lost in the desert near sasabe, the guide left him and he has no water',
      'his phone is at 5% and he cant make long calls',
    );
    expect(texts(reply)).toMatch(/write here/i);
    expect(texts(reply)).not.toMatch(/Place noted/);
  });
  it('tells someone thinking of suicide who asks "ou la toujou?" that the chat is still there', async () => {
    const reply = await afterEmergency(
      'm pa wè poukisa pou m viv ankò, m pral fini ak lavi m aswè a',
      'ou la toujou?',
    );
    expect(texts(reply)).toMatch(/M la toujou avè w/);
    expect(reply.lang).toBe('ht');
  });
  it('tells a child in danger who tells their age of the child-protection officers', async () => {
    const reply = await afterEmergency(
      'un señor me tiene encerrada en una casa y me pone a trabajar sin pagarme, no puedo salir',
      'tengo 14 años',
    );
    expect(texts(reply)).toMatch(/Protección a la Infancia/);
  });
});
