/**
 * What session 73's judge and sets found, each through the real engine with wording written for
 * this test: feet blistered from walking are care on the road, not an emergency; in a danger under
 * way, someone's body failing ("vomiting and shaking", "talking nonsense") gets the medical line, and
 * being locked up only feared is no one held; no phone credit asked with "can you send the police?"
 * gets what to do without a call and that this chat sends no one; "write this in Spanish" after an
 * answer says that answer again in Spanish (without "this" too, since session 88); after "another
 * question," the words that follow say what the new subject is, not the story before them; a living
 * person asked for in other words ("de carne y hueso", "moun vivan") is queued.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('feet blistered from walking', () => {
  it.each([
    'i walked 4 days and my feet are full of blisters, some look yellow and puffy, it hurts a lot. im in caborca',
    'traigo los pies llenos de ampollas de tanto caminar, ya se ven amarillas y me duele pisar, estoy en altar',
  ])('is care on the road, not an emergency: %s', async (told) => {
    const a = await testAssistant();
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(false);
    expect(texts(turn)).toMatch(/IMSS/);
  });
});

describe('a body failing in a danger under way', () => {
  it('gets the medical line, and a fear of being locked up is no one held', async () => {
    const a = await testAssistant();
    const first = await a.say(
      'we are lost in the desert near lukeville since yesterday, no water left, my cousin can barely walk',
    );
    expect(first.report.emergency).toBe(true);
    const turn = await a.say(
      'should we walk to the highway? im afraid they will lock us up but my cousin is vomiting now and shaking',
    );
    expect(texts(turn)).not.toMatch(/800 5533 000/);
    expect(texts(turn)).toMatch(/injured, not breathing or very sick/);
    const next = await a.say('he is talking nonsense now, what do i do');
    expect(texts(next)).toMatch(/very sick: call 911/);
  });
});

describe('no phone credit, and "can you send the police?"', () => {
  it('gets what to do without a call and that this chat sends no one', async () => {
    const a = await testAssistant();
    await a.say(
      'bonswa, yon nonm rele m li di li gen pitit gason m, si m pa depoze 8000 peso jodi a li pral touye l',
    );
    const turn = await a.say('m pa gen kredi pou m rele 911. ou ka voye lapolis kote m ye?');
    expect(texts(turn)).toMatch(/San kredi/);
    expect(texts(turn)).toMatch(/pa ka voye pèsonn/);
  });
});

describe('"write this in Spanish" after an answer', () => {
  it('says that answer again in Spanish', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m gen kat imanitè a men li fin ekspire, kisa pou m fè?');
    const asked = await a.say('kote pou m al renouvle l?');
    expect(asked.lang).toBe('ht');
    const turn = await a.say('ou ka ekri m sa an panyòl pou patwon m nan li l?');
    expect(turn.lang).toBe('es');
    expect(texts(turn)).toMatch(/sigo en español/);
    expect(texts(turn)).toMatch(/oficina del INM/);
  });

  // Session 88: without "this" too, the answer just given (a Haitian who reads Spanish better asked for it after a
  // clinic's answer and got the road's summary instead).
  it('without "this", says that answer again too', async () => {
    const a = await testAssistant();
    await a.say('bonjou, m gen kat imanitè a men li fin ekspire, kisa pou m fè?');
    await a.say('kote pou m al renouvle l?');
    const turn = await a.say('mejor en español por favor');
    expect(turn.lang).toBe('es');
    expect(texts(turn)).toMatch(/oficina del INM/);
  });
});

describe('"another question," after a story', () => {
  it('reads the new subject from the words after it', async () => {
    const a = await testAssistant();
    await a.say('my son has a cough since monday, we are in tapachula, where can they check him');
    a.clock.time += 40 * 60_000;
    const turn = await a.say(
      'ok the clinic gave him medicine, thanks to God. another question, how can i get papers to live in mexico legally? i want a job here',
    );
    expect(turn.report.topic).toBe('mx_status');
  });
});

describe('a living person asked for in other words', () => {
  it.each([
    [
      'es',
      'quiero saber de la pension de mi papa que trabajo en texas',
      'oiga y no hay nadie de carne y hueso por ahi pa echar platica?',
    ],
    [
      'ht',
      'bonjou, m bezwen apostiy pou batistè pitit mwen ki fèt Texas',
      'eske gen yon moun vivan nan biwo a?',
    ],
    [
      'en',
      'my dad worked 15 years in illinois, can he get social security',
      'is there an actual person i can talk to',
    ],
  ])('queues the person (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
  });

  it('but "are you a real person?" asks who answers, and queues no one', async () => {
    const a = await testAssistant();
    await a.say('my dad worked 15 years in illinois, can he get social security');
    const turn = await a.say('wait are you an actual person or a bot');
    expect(turn.report.queued).toBe(false);
  });
});
