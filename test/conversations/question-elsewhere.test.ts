/**
 * A question in the middle of a conversation that another topic's sources answer, and a person
 * asked for in the middle of a form in words of "who do I talk to", in each language, through
 * the real engine, with wording written for these tests (session 29's fresh writers found each
 * answered from the topic under discussion, or with the form's next question).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  deported: string;
  school: string;
  refuge: string;
  curpToWork: string;
  whoDoITalkTo: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    deported: 'me deportaron la semana pasada por Nuevo Laredo y ya estoy en Durango',
    school: 'oiga y yo nunca acabe la secundaria, eso lo puedo terminar aca de grande?',
    refuge: 'pedí refugio en la COMAR de Tapachula hace un mes',
    curpToWork: 'mientras espero la respuesta me dan curp pa poder trabajar?',
    whoDoITalkTo: 'mejor con quien hablo de la oficina?',
  },
  en: {
    deported: 'they deported me last week through nuevo laredo, im in durango now',
    school: 'btw i never finished middle school, can i still do that over here as a grown up?',
    refuge: 'i asked for refugee status at COMAR in tapachula a month ago',
    curpToWork: 'while i wait for the answer can i get a curp so i can work?',
    whoDoITalkTo: 'actually who can i talk to at your office?',
  },
  ht: {
    deported: 'yo depòte m semèn pase pa Nuevo Laredo, kounye a m Durango',
    school: 'e mwen pa t janm fini lekòl segondè, èske m ka fini l isit la kòm granmoun?',
    refuge: 'mwen te mande refij nan COMAR Tapachula sa gen yon mwa',
    curpToWork: 'pandan m ap tann repons lan, èske m ka gen yon CURP pou m ka travay?',
    whoDoITalkTo: 'ak ki moun pou m pale nan biwo a?',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a question answered elsewhere, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it("answers a question of another topic from that topic's sources", async () => {
    const a = await testAssistant();
    await a.say(s.deported);
    const school = texts(await a.say(s.school));
    expect(school).toContain('INEA');
    expect(school).not.toMatch(/Módulos? de Repatriación|Repatriation Modules|Modil Repatriyasyon/i);
  });

  it("prefers the topic under discussion's answer when it says more of the question", async () => {
    const a = await testAssistant();
    await a.say(s.refuge);
    const curp = texts(await a.say(s.curpToWork));
    expect(curp).toMatch(/180|365/);
    expect(curp).not.toMatch(/Belice|Belize|Beliz/);
  });

  it('sends the form so far to staff when the person asks who to talk to', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.choose('intake:remains');
    await a.say('Juan Pérez López');
    const asked = texts(await a.say(s.whoDoITalkTo));
    expect(asked).toMatch(/folio/i);
    expect(await a.store.getTicket('web:c1')).not.toBeNull();
  });
});
