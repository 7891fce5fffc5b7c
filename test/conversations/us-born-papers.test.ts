/**
 * A child born in the US who lives in Mexico and needs Mexican papers asks about dual nationality
 * (registering the birth in Mexico), whatever the topic model leans to (session 57's fresh set: a
 * grandmother's grandchildren "need their Mexican papers for school" got the returnees' job
 * service; a granddaughter "without a CURP" got a foreigner's card). A US passport asked for is the
 * passport's topic; a child born in Mexico to a foreigner, or in Central America, is not read so, nor a
 * detention. Through the real engine and the reading alone, with wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Meaning } from '../../src/core/types.ts';
import { usBornReading } from '../../src/understanding/us-born.ts';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a US birth told with Mexican papers asked', () => {
  it('is dual nationality, in a first message (es)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'buenas, mis dos nietos nacieron en tucson y viven conmigo en canatlan, en la primaria me piden sus papeles mexicanos',
    );
    expect(turn.report.topic).toBe('dual_nationality');
    expect(texts(turn)).toMatch(/Registro Civil/);
  });

  it('is dual nationality when told as context after a school question (en)', async () => {
    const a = await testAssistant();
    await a.say('hi i need help with my papers for school here in lerdo');
    const turn = await a.say('i was born in denver colorado, my parents are from here');
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('is dual nationality mid-conversation about a trip home (es)', async () => {
    const a = await testAssistant();
    await a.say('hola vamos a ir a durango en navidad, que cosas podemos llevar en la troca');
    const turn = await a.say('y de una vez quiero registrar alla a mi niña, nacio en el paso texas');
    expect(turn.report.topic).toBe('dual_nationality');
  });

  it('is the US passport when the passport is asked (en)', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'my grandson lives with me in santiago papasquiaro, he was born in fresno california and his us passport expired, how do we renew it',
    );
    expect(turn.report.topic).toBe('us_visa_passport');
  });
});

describe('the reading itself', () => {
  const meaning = (topic: Meaning['topic']): Meaning => ({
    lang: 'es',
    langConfident: true,
    emergency: null,
    danger: 'none',
    topic,
    confidence: 0.6,
    candidates: [],
    greeting: false,
    act: 'topic',
    facets: [],
  });

  it('leaves a child born here to a foreigner as it was read ("nacido aca" is no California)', () => {
    const read = usBornReading(
      meaning('mx_status'),
      'mi esposa es mexicana y tenemos un niño de un año nacido aca',
    );
    expect(read.topic).toBe('mx_status');
  });

  it('leaves a child born in Central America as it was read', () => {
    const read = usBornReading(
      meaning('mx_status'),
      'mi hijo nacio en centro america, le puedo sacar la curp?',
    );
    expect(read.topic).toBe('mx_status');
  });

  it('leaves a death or a detention to their own reading', () => {
    const read = usBornReading(
      meaning('legal_advice'),
      'mi hijo nacio en houston y lo detuvo ice, tiene derecho a abogado?',
    );
    expect(read.topic).toBe('legal_advice');
  });
});
