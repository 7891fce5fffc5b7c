/**
 * What session 90's fresh sets found, each through the real engine with wording written for this test: a pregnancy
 * never checked told with a misspelling, "hasn't" or "okenn" is care, not the emergency flow, and so is a wound that
 * is healing; falling ill asked about for the one on the road, and no money for the doctor, are care's own answers;
 * after a sexual assault, the police refused gets the care that asks for no report; a complaint "without them
 * knowing it was me" gets the anonymous line; an office in a city asked in an emergency is the office, not a move.
 */
import { describe, expect, it } from 'vitest';
import { afterEmergency, testAssistant, texts } from '../support/assistant.ts';

describe('care on the road, not the emergency flow', () => {
  it.each([
    ['es', 'tengo 5 meses de embarazo y no me e echo ningun chequeo, estamos en tijuana'],
    ['en', 'my sister is 6 months pregnant and hasnt had any checkup yet, we are in tapachula'],
    ['ht', 'mwen ansent 6 mwa m poko fe okenn konsiltasyon, nou nan tijuana'],
    [
      'en',
      'my daughter cut her hand on a fence, its healing but still hurts, we are in tijuana. any doctor for migrants?',
    ],
  ] as const)('is care with where to be seen (%s: %s)', async (_lang, told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('"and if he gets sick, where do they see him?" on the road is where care is given', async () => {
    const a = await testAssistant();
    await a.say('mi hermano va de camino por chihuahua, que ayuda hay para migrantes');
    const turn = await a.say('y si se enferma a donde lo llevan o donde lo atienden');
    expect(turn.report.topic).toBe('transit_safety');
    expect(texts(turn)).toMatch(/IMSS/);
  });

  it('no money for the doctor, told after care, is what care costs', async () => {
    const a = await testAssistant();
    await a.say('madanm mwen ansent 7 mwa, nou nan palenque, ki kote li ka wè yon doktè?');
    const turn = await a.say('nou pa gen lajan pou n peye doktè');
    expect(turn.report.facet).toBe('cost');
    expect(texts(turn)).toMatch(/gratis/);
  });
});

describe('in an emergency, what the person asks next', () => {
  it.each([
    [
      'es',
      'abusaron de mi anoche en el tren, estoy en un albergue de monterrey',
      'no quiero ir a la policia',
    ],
    ['ht', 'yon nonm vyole m yè swa, kounye a m nan yon abri nan reynosa', 'mwen pa vle ale nan lapolis'],
    ['en', 'i was raped last night on the way, im at a shelter in saltillo now', 'i dont want the police'],
  ] as const)(
    'after a sexual assault, the police refused gets care that needs no report (%s)',
    async (_l, danger, next) => {
      const turn = await afterEmergency(danger, next);
      expect(texts(turn)).toMatch(/CENSIDA/);
      expect(texts(turn)).not.toMatch(/Este chat no puede mandar|Chat sa a pa ka voye|This chat cannot send/);
    },
  );

  it('a complaint "without them knowing it was me" gets the anonymous line', async () => {
    const turn = await afterEmergency(
      'gen moun k ap mande m lajan chak semèn nan monterrey, yo di y ap touye m si m pa peye',
      'èske m ka pote plent san yo pa konnen se mwen?',
    );
    expect(turn.report.topic).toBe('emergency');
    expect(texts(turn)).toMatch(/089/);
  });

  it('an office in a city, asked in an emergency, is the office and not going there oneself', async () => {
    const a = await testAssistant();
    await a.say('someone called my mom in canatlan saying they have me kidnapped, she already deposited 500');
    await a.say('they keep calling her right now saying they will hurt her');
    const turn = await a.say('do you guys have an office in chicago? maybe i can go there');
    expect(texts(turn)).toMatch(/Chicago/);
  });
});
