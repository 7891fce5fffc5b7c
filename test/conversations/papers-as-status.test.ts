/**
 * "Papers" that mean a person's status, not the documents a procedure asks for (issue 28): after
 * a first answer, "she had no papers there, does that count?" or "the card lets me work?" asks
 * who may be helped (eligibility), in each language, through the real engine; "what papers do I
 * bring?" still asks for documents. Wording written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant } from '../support/assistant.ts';

const CASES: Record<Lang, { first: string; status: string; work: string; bring: string }> = {
  es: {
    first: 'mi tia trabajo en california muchos años, como saca su pension del seguro social?',
    status: 'ella alla no tenia papeles, cuenta eso?',
    work: 'la tarjeta de visitante humanitario me permite trabajar en una fabrica?',
    bring: 'que papeles llevo?',
  },
  en: {
    first: 'my uncle worked in oregon for 20 years, how does he claim his social security pension?',
    status: 'he didnt have papers back then, is that an issue',
    work: 'that humanitarian visitor card lets me work at a restaurant?',
    bring: 'what papers do i bring?',
  },
  ht: {
    first: 'tonton m te travay nan Florid 15 an, kijan li ka jwenn pansyon sekirite sosyal li?',
    status: 'li pa t gen papye la, li ka jwenn li kanmenm?',
    work: 'kat vizitè imanitè a pemet mwen travay nan yon faktori?',
    bring: 'ki papye pou m pote?',
  },
};

const MX_STATUS: Record<Lang, string> = {
  es: 'soy de guatemala y estoy en durango, como saco la tarjeta humanitaria?',
  en: 'im from honduras living in durango now, how do i get the humanitarian visitor card?',
  ht: 'mwen se ayisyen m nan Durango, kijan pou m jwenn kat imanitè a?',
};

describe.each(Object.keys(CASES) as Lang[])('papers that mean status, in %s', (lang) => {
  const c = CASES[lang];

  it('reads "had no papers, does it count?" as who may be helped, not as documents', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const status = await a.say(c.status);
    expect(status.report).toMatchObject({ topic: 'us_pension', facet: 'eligibility' });
    expect(status.lang).toBe(lang);
  });

  it('reads "the card lets me work?" as who may do what', async () => {
    const a = await testAssistant();
    await a.say(MX_STATUS[lang]);
    const work = await a.say(c.work);
    expect(work.report).toMatchObject({ topic: 'mx_status', facet: 'eligibility' });
  });

  it('still reads "what papers do I bring?" as documents', async () => {
    const a = await testAssistant();
    await a.say(c.first);
    const bring = await a.say(c.bring);
    expect(bring.report).toMatchObject({ topic: 'us_pension', facet: 'documents' });
  });
});
