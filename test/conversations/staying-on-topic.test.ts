/**
 * A follow-up stays on the topic under discussion when it asks one of its aspects in words
 * that touch another topic (issue 28), through the real engine, with wording written for these
 * tests: a visa refused years ago in a humanitarian visa conversation, a deportation in a
 * pension one; and a person asked for with the office named is a person, not the office's
 * address.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('an aspect asked in words of another topic', () => {
  it.each([
    [
      'es',
      'mi mamá está muy grave en un hospital de Dallas, ¿cómo saco un permiso humanitario para ir a verla?',
      '¿y si hace unos años me rechazaron la visa, cuenta eso?',
      'us_humanitarian_visa',
    ],
    [
      'en',
      'my father is dying in a hospital in Phoenix, how can I get a humanitarian permit to see him?',
      'what if they turned down my visa a few years back, does that count against me?',
      'us_humanitarian_visa',
    ],
    [
      'en',
      'my uncle worked 15 years in Nevada paying social security, can he get his pension from Mexico?',
      'does it matter that he was deported in 2011?',
      'us_pension',
    ],
    [
      'es',
      'mi suegro trabajó 12 años en Oregon con seguro social, ¿puede cobrar pensión desde Durango?',
      '¿y afecta que lo hayan deportado hace unos años?',
      'us_pension',
    ],
  ] as const)('stays on the topic (%s: %s)', async (_lang, opener, aspect, topic) => {
    const a = await testAssistant();
    expect((await a.say(opener)).report.topic).toBe(topic);
    expect((await a.say(aspect)).report.topic).toBe(topic);
  });
});

describe('a person asked for with the office named', () => {
  it.each([
    [
      'en',
      'my sister has been having panic attacks since she came back, is there someone she can talk to?',
      'ok can somebody from your office call us',
    ],
    [
      'es',
      'mi hermana anda con ataques de ansiedad desde que la deportaron, ¿hay alguien con quien pueda hablar?',
      'ok que alguien de la oficina nos llame por favor',
    ],
  ] as const)('is a person (%s)', async (_lang, opener, ask) => {
    const a = await testAssistant();
    await a.say(opener);
    const turn = await a.say(ask);
    expect(turn.report.queued).toBe(true);
  });
});

describe('a new subject announced', () => {
  it.each([
    [
      'mi papá trabajó 11 años en Arizona con seguro social, ¿puede cobrar su pensión?',
      'otra cosa, mi mamá quiere visitar a mi hermana en Houston, no la ve desde hace 12 años y mi hermana no tiene papeles',
    ],
    [
      'my dad worked 11 years in Arizona with a social security number, can he collect his pension?',
      'another thing, my mom wants to visit my sister in Houston, she has not seen her in 12 years and my sister has no papers',
    ],
    [
      'papa m te travay 11 an Arizona ak yon nimewo sekirite sosyal, èske li ka touche pansyon li?',
      'yon lòt bagay, manman m vle al wè sè m nan Houston, li pa wè l depi 12 an e sè m nan pa gen papye',
    ],
  ] as const)('moves to it (%s)', async (opener, other) => {
    const a = await testAssistant();
    expect((await a.say(opener)).report.topic).toBe('us_pension');
    // The topic model still reads some of these as the humanitarian visa: a visit either way.
    expect(['family_reunification', 'us_humanitarian_visa']).toContain((await a.say(other)).report.topic);
  });
});

describe('questions about who is writing, and being written to', () => {
  it('"who are you, is this the government?" after a greeting is about the office, not a case', async () => {
    const a = await testAssistant();
    await a.say('hello');
    const turn = await a.say('wait who are you, is this some government thing?');
    expect(turn.report.topic).toBe('office_info');
    expect(texts(turn)).not.toMatch(/cannot find a case/);
  });

  it('"can someone text me" asks for a person', async () => {
    const a = await testAssistant();
    await a.say('i need a copy of my birth certificate from Durango, i live in Chicago');
    const turn = await a.say('ok can someone from the office text me about it');
    expect(turn.report.queued).toBe(true);
  });
});
