/**
 * A yes that says more than yes, in each language, through the real engine, with wording written
 * for these tests (a tester found both misread): a yes to the offer of a person followed by what
 * staff should tell them queues the conversation (it was read as a complaint, or as a question and
 * answered again); a yes at a form's summary followed by "how long will it take?" sends the case
 * (it was stored as a correction of the last place).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

interface Script {
  remains: string;
  whoPays: string;
  yesPerson: string;
  yesAndHowLong: string;
  sickOnRoad: string;
  yesPersonClinic: string;
}

const SCRIPTS: Record<Lang, Script> = {
  es: {
    remains: 'mi tío murió en Houston y lo queremos traer a Durango',
    whoPays: '¿ustedes pagan el traslado?',
    yesPerson: 'sí por favor, con una persona. estoy muy preocupada y no entiendo los papeles',
    yesAndHowLong: 'sí, todo bien. ¿y en cuánto tiempo me avisan?',
    sickOnRoad: 'voy de paso por Tijuana y estoy embarazada, ¿en dónde me pueden revisar gratis?',
    yesPersonClinic: 'sí, con una persona por favor, que me digan en qué clínica me atienden',
  },
  en: {
    remains: 'my uncle died in houston and we want to bring him home to durango',
    whoPays: 'do you pay for the transfer?',
    yesPerson: 'yes please, a person. im really worried and i dont understand the paperwork',
    yesAndHowLong: 'yes, all correct. and how soon will you let me know?',
    sickOnRoad: 'im passing through tijuana and im pregnant, where can i get a free checkup?',
    yesPersonClinic: 'yes, a person please, so they tell me which clinic will see me',
  },
  ht: {
    remains: 'tonton m mouri Houston e nou vle mennen l Durango',
    whoPays: 'èske se nou ki peye transfè a?',
    yesPerson: 'wi, yon moun silvouplè, pou yo di m konbyen sa ap koute',
    yesAndHowLong: 'wi, tout bagay kòrèk. e nan konbyen tan n ap di m yon bagay?',
    sickOnRoad: 'm ap pase Tijuana e m ansent, ki kote yo ka egzamine m gratis?',
    yesPersonClinic: 'wi, yon moun silvouplè, pou yo di m ki klinik ki ka wè m',
  },
};

describe.each(Object.keys(SCRIPTS) as Lang[])('a yes that says more, in %s', (lang) => {
  const s = SCRIPTS[lang];

  it('queues the conversation on a yes to the offer of a person, whatever follows it', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(s.remains);
    await a.say(s.whoPays);
    const yes = texts(await a.say(s.yesPerson));
    expect(yes).toMatch(/folio/i);
    expect(await a.store.getTicket('web:c1')).not.toBeNull();
  });

  it('queues a yes to a person that also names the clinic it is about', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say(s.sickOnRoad);
    const offer = await a.say(
      lang === 'es' ? '¿y cuánto cuesta?' : lang === 'en' ? 'and how much is it?' : 'e konbyen sa koute?',
    );
    expect(offer.report.handoff).toBe(true);
    const yes = await a.say(s.yesPersonClinic);
    expect(yes.report.queued).toBe(true);
    expect(texts(yes)).toMatch(/folio/i);
  });

  it('sends the case on a yes at the summary followed by how long it takes', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.choose('intake:remains');
    for (const answer of [
      'Juan Pérez López',
      'Houston, Texas',
      'el domingo',
      'sobrino',
      'Lerdo',
      'este chat',
    ])
      await a.say(answer);
    const sent = texts(await a.say(s.yesAndHowLong));
    expect(sent).toMatch(/folio/i);
    expect(sent).not.toContain('en cuánto tiempo');
    const ticket = await a.store.getTicket('web:c1');
    expect(ticket).not.toBeNull();
  });
});
