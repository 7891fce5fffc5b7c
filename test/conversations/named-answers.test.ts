/**
 * Questions the sources answer beyond the six facets (issue 28), in each language, through the
 * real engine, with wording written for these tests: a follow-up gets the named answer that
 * says what it asked (a temporary CURP for refugee applicants, with its 180 or 365 days); a
 * topic asked with a precise question gets its first answer and that answer; a question that
 * points back at what was said stays on the topic; replies after the first stay short; a person
 * asked for with words around "someone" and "call" is queued; a language asked for at the end
 * of a longer message is followed.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  refuge: string;
  curp: string;
  firstWithCurp: string;
  pointsBack: string;
  callGrandma: string;
  languageLate: string;
  otherLang: Lang;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    refuge: 'ya metí mi solicitud de refugio en la COMAR de Monterrey la semana pasada',
    curp: '¿y mientras me dan una CURP temporal? ¿por cuánto tiempo?',
    firstWithCurp: 'solicité refugio en Monterrey, ¿me pueden dar una CURP temporal mientras resuelven?',
    pointsBack: 'y eso lo puedo hacer aunque ya no tenga mi pasaporte?',
    callGrandma: 'oiga, ¿alguien de su oficina le puede hablar a mi abuelita? ella no usa el celular',
    languageLate: 'mi esposo quiere leer esto también, ¿podemos seguir en inglés?',
    otherLang: 'en',
  },
  en: {
    refuge: 'i applied for refugee status at the COMAR office in Monterrey last week',
    curp: 'and can i get a temporary CURP while i wait? for how long?',
    firstWithCurp: 'i asked for asylum in Monterrey, can they give me a temporary CURP while they decide?',
    pointsBack: 'and can i do that even if i lost my passport?',
    callGrandma: 'hey can somebody from your office phone my grandmother? she doesnt text',
    languageLate: 'my father will be reading this with me, can we do this in spanish?',
    otherLang: 'es',
  },
  ht: {
    refuge: 'mwen depoze demann refij mwen nan COMAR Monterrey semèn pase',
    curp: 'e pandan m ap tann, èske m ka jwenn yon CURP tanporè? pou konbyen tan?',
    firstWithCurp: 'mwen mande refij nan Monterrey, èske yo ka ban m yon CURP tanporè pandan y ap deside?',
    pointsBack: 'e m ka fè sa menm si m pèdi paspò m?',
    callGrandma: 'tanpri, èske yon moun nan biwo a ka rele grann mwen? li pa konn ekri mesaj',
    languageLate: 'madanm mwen vle li sa tou, nou ka kontinye an panyòl?',
    otherLang: 'es',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('questions the sources answer, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('answers a follow-up with the named answer that says what it asked, short', async () => {
    const a = await testAssistant();
    await a.say(s.refuge);
    const curp = await a.say(s.curp);
    expect(texts(curp)).toMatch(/180|365/);
    expect(curp.lang).toBe(lang);
    const body = texts(curp).split(/\n\n(?:1\. |Fuente|Source|Sous)/)[0] ?? '';
    expect(body.length).toBeLessThan(450);
  });

  it('gives a topic asked with a precise question its first answer and that answer', async () => {
    const a = await testAssistant();
    const turn = await a.say(s.firstWithCurp);
    expect(['asylum', 'mx_status']).toContain(turn.report.topic);
    expect(texts(turn)).toMatch(/180|365/);
  });

  it('keeps a question that points back at what was said on the topic', async () => {
    const a = await testAssistant();
    await a.say(s.refuge);
    const back = await a.say(s.pointsBack);
    expect(back.report.topic).toBe('asylum');
    expect(back.report.handoff).toBe(true);
  });

  it('queues a person asked for with words between "someone" and "call"', async () => {
    const a = await testAssistant();
    await a.say(s.refuge);
    const call = await a.say(s.callGrandma);
    expect(call.report.queued).toBe(true);
    expect(texts(call)).toMatch(/[A-Z]{3}-\d{4}/);
  });

  it('follows a language asked for at the end of a longer message', async () => {
    const a = await testAssistant();
    await a.say(s.refuge);
    const turn = await a.say(s.languageLate);
    expect(turn.lang).toBe(s.otherLang);
  });
});
