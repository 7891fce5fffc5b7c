/**
 * What session 82's fresh sets and its judge (judge82) found, each through the real engine with
 * wording written for this test: a danger told in sentences of its own and then asked about ("…he
 * will come tonight to take me. What should I do?") is an emergency in the middle of a conversation
 * too; "should I stay here or leave?" in an emergency keeps the place and gets the danger's lines, not
 * a list of shelters; reporting a relative missing, asked during an emergency, is the search's answer,
 * not the danger's lines again; and another topic asked while waiting in line is answered as that
 * topic, not as its last clause ("…cómo se hace eso") read on the topic before.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

const THREATENED = {
  es: 'un señor al que le debo me esta amenazando, dice que hoy en la noche viene por mi',
  en: 'a man who says i owe him money is threatening me, he says he will come tonight to take me',
  ht: 'gen yon nonm ki di m dwe l kòb, l ap menase m, li di l ap vin chèche m aswè a',
} as const;

describe('staying or leaving, asked in an emergency', () => {
  it.each([
    ['es', 'estoy en el albergue de saltillo. me quedo aqui o me salgo? todos estan dormidos', /Saltillo/i],
    [
      'en',
      'Saltillo, in the shelter. Should I stay here or leave? The shelter people are sleeping',
      /Saltillo/,
    ],
    ['ht', 'm nan abri a Saltillo. eske m rete la oswa m ale? tout moun ap dòmi', /Saltillo/],
  ] as const)(
    'keeps the place and gets the danger’s lines, not a list of shelters (%s)',
    async (lang, asked, place) => {
      const a = await testAssistant();
      await a.say(THREATENED[lang]);
      const turn = await a.say(asked);
      expect(turn.report.emergency).toBe(true);
      expect(texts(turn)).toMatch(place);
      expect(texts(turn)).toMatch(/911/);
      expect(texts(turn)).not.toMatch(/Tenosique|FEVIMTRA|DIF/);
    },
  );
});

describe('a danger told, then asked about, in the middle of a conversation', () => {
  const shelter = {
    es: 'estoy en un albergue en saltillo y quiero pedir refugio, donde queda la comar?',
    en: 'I am staying at a shelter in Saltillo and want to ask for refugee status. Where is COMAR?',
    ht: 'mwen nan yon abri nan Saltillo, mwen vle mande refij. Kote biwo COMAR la ye?',
  } as const;
  it.each([
    [
      'es',
      'otra cosa. el pollero al que le debo dinero me mando fotos del albergue. dice que esta noche viene por mi. que hago?',
    ],
    [
      'en',
      'One more problem. The guy who crossed me still wants his money and he sent me pictures of this shelter. He says he is coming tonight to take me. What do I do?',
    ],
    [
      'ht',
      'Gen yon lòt bagay. Nèg ki te fè m pase a di m dwe l kòb, li voye foto abri a ban mwen. Li di l ap vin chèche m aswè a. Kisa pou m fè?',
    ],
  ] as const)('is an emergency, queued for staff (%s)', async (lang, told) => {
    const a = await testAssistant();
    await a.say(shelter[lang]);
    const turn = await a.say(told);
    expect(turn.report.emergency).toBe(true);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/911/);
  });

  it('while a question that only asks about a danger stays the safety line', async () => {
    const a = await testAssistant();
    await a.say('estoy en un albergue en saltillo y quiero pedir refugio, donde queda la comar?');
    const turn = await a.say('y si alguien me amenaza en el albergue, a quien le aviso?');
    expect(turn.report.emergency).toBe(false);
  });
});

describe('reporting a relative missing, asked in an emergency', () => {
  it('after 911 was called gets the search (CNB), not the desert lines again', async () => {
    const a = await testAssistant();
    await a.say(
      'mi hermano se perdio en el desierto cerca de altar sonora, el pollero los dejo y ya no tiene agua',
    );
    const turn = await a.say(
      'ya marque al 911 y me dijeron que lo reporte. como lo reporto como desaparecido?',
    );
    expect(turn.report.topic).toBe('locate_person');
    expect(texts(turn)).toMatch(/Búsqueda|CNB/);
    expect(texts(turn)).not.toMatch(/Perdido en el desierto/);
  });
});

describe('another topic asked while waiting in line', () => {
  const onTheRoad = {
    es: ['vamos de paso por chiapas con mi esposa, donde hay albergue?', 'pasame con alguien porfa'],
    ht: ['nou sou wout la nan Chiapas ak madanm mwen, eske gen abri?', 'm vle pale ak yon moun'],
  } as const;
  it.each([
    [
      'es',
      'oiga otra cosa, un señor del albergue dice q podemos sacar papeles para quedarnos en mexico y trabajar, como se hace eso',
    ],
    [
      'ht',
      'm ap tann toujou. yon nèg nan abri a di nou ka fè papye pou n rete Meksik epi travay, kijan pou n fè sa',
    ],
  ] as const)('is answered as that topic, not the last clause read on the road (%s)', async (lang, asked) => {
    const a = await testAssistant();
    for (const said of onTheRoad[lang]) await a.say(said);
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
    expect(texts(turn)).toMatch(/INM/);
    expect(texts(turn)).not.toMatch(/089/);
  });
});
