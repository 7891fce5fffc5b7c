/**
 * Procedures asked during an emergency, as a fresh set (session 55) asked them, with wording
 * written for this test, through the real engine:
 * - "so back to my baby's papers, what do I need?" after the dual nationality's answer and a
 *   medical danger: that procedure's documents, not the emergency's answer on lost papers;
 * - "we're fine but they'll deport us. once in Mexico, how do I get home to Durango?": the help
 *   after a deportation, not the fear of being deported for calling 911.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { testAssistant, texts } from '../support/assistant.ts';

const BACK: Record<Lang, { before: string; danger: string; back: string; papers: RegExp; notLost: RegExp }> =
  {
    es: {
      before: 'mi bebe nacio en Phoenix y ya nos regresamos a Lerdo, como le saco la nacionalidad mexicana?',
      danger: 'espere, mi papa se cayo y no puede hablar bien, se le torcio la boca',
      back: 'ya se lo llevaron al hospital. oiga y regresando a lo de mi bebe, que papeles ocupo pal registro?',
      papers: /Registro Civil|registrar/,
      notLost: /IFDP/,
    },
    en: {
      before: 'my baby was born in Phoenix and we moved back to Lerdo, how do i get her mexican nationality?',
      danger: 'wait my dad just fell and he cant talk right, his mouth is crooked',
      back: 'they took him to the hospital. ok so back to my baby, what papers do i need for the registration?',
      papers: /register|Registro Civil/,
      notLost: /IFDP/,
    },
    ht: {
      before: 'pitit mwen fèt Phoenix e nou tounen Lerdo, kijan pou l jwenn nasyonalite meksiken?',
      danger: 'tann, papa m tonbe, li pa ka pale byen, bouch li tòde',
      back: 'yo mennen l lopital. ann tounen sou koze pitit mwen an: ki papye m bezwen pou anrejistreman an?',
      papers: /Registro Civil|anrejistre|enskri/,
      notLost: /IFDP/,
    },
  };

describe.each(Object.keys(BACK) as Lang[])('back to an earlier procedure in a danger, in %s', (lang) => {
  it("gets that procedure's documents", async () => {
    const c = BACK[lang];
    const a = await testAssistant();
    await a.say(c.before);
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    const turn = await a.say(c.back);
    expect(turn.report.topic).toBe('dual_nationality');
    expect(texts(turn)).toMatch(c.papers);
    expect(texts(turn)).not.toMatch(c.notLost);
  });
});

const HOME: Record<Lang, { danger: string; asked: string; help: RegExp }> = {
  es: {
    danger: 'nos perdimos en el desierto de arizona, ya no tenemos agua, somos 3',
    asked:
      'ya nos encontro la migra, estamos bien pero nos van a deportar. cuando nos dejen en mexico como llego a durango?',
    help: /Módulos de Repatriación|repatriación/i,
  },
  en: {
    danger: 'we are lost in the arizona desert, no water left, there are 3 of us',
    asked:
      'border patrol found us, we are ok but they will deport us. once we are in mexico how do i get home to durango?',
    help: /Repatriation Modules|repatriation/i,
  },
  ht: {
    danger: 'nou pèdi nan dezè Arizona, nou pa gen dlo ankò, nou 3',
    asked:
      'migrasyon jwenn nou, nou byen men yo pral depote nou. lè nou rive Meksik kijan pou m ale Durango?',
    help: /repatriye|Repatriación|repatriasyon/i,
  },
};

describe.each(Object.keys(HOME) as Lang[])('deportation told, then how to get home, in %s', (lang) => {
  it('gets the help after a deportation', async () => {
    const c = HOME[lang];
    const a = await testAssistant();
    expect((await a.say(c.danger)).report.emergency).toBe(true);
    const turn = await a.say(c.asked);
    expect(turn.report.topic).toBe('deportee_support');
    expect(texts(turn)).toMatch(c.help);
  });
});
