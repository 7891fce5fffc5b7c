/**
 * What session 78's fresh sets and judge found after the first message, each through the real engine with
 * wording written for this test: a case's status names its folio, and whether a case was closed is that
 * status in all three languages; an "ok" that goes on to say no declines; asking whether this chat is a
 * person is the office's own entry, not a queue; a staff member asked for by name queues the person;
 * help begged with no way out gets the safety line; on the road's care, a town the sources name no place
 * in is said so before the places they name; whether one may collect is who may, not a price; doing it from
 * where one is asks where; papers asked on the road are whether one is helped without them; "¿cuánto dan?"
 * is the money.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

async function closedCase(lang: 'es' | 'en' | 'ht') {
  const first = {
    es: 'necesito asesoria legal, en la garita me quitaron mi dinero',
    en: 'i need legal advice, an officer took my money at the checkpoint',
    ht: 'mwen bezwen konsey legal, yon ajan pran lajan m nan baryè a',
  }[lang];
  const a = await testAssistant({ channel: 'web' });
  await a.say(first);
  await a.say({ es: 'si', en: 'yes', ht: 'wi' }[lang]);
  await a.engine.staff.take('web:c1', 'rosa');
  await a.engine.staff.close('web:c1', 'rosa');
  return a;
}

describe('whether a case was closed', () => {
  it.each([
    ['es', 'oye y ya cerraron lo mio?'],
    ['en', 'hey was my case closed?'],
    ['ht', 'alo, yo fenmen dosye m nan?'],
  ] as const)('is the case status, with its folio (%s)', async (lang, asked) => {
    const a = await closedCase(lang);
    const turn = await a.say(asked);
    expect(texts(turn)).toMatch(/folio [A-Z]{3}-\d{4}/);
    expect(texts(turn)).not.toMatch(/CNDH|IFDP/);
  });
});

describe('an ok that goes on to say no', () => {
  it.each([
    ['cuanto cuesta el pasaporte americano de mi hija?', 'ok no, yo les vuelvo a escribir'],
    ['how much is a us passport for my son', 'ok nah, maybe next week'],
    ['konbyen paspò ameriken pitit mwen an ap koute?', 'oke non, m a ekri nou apre'],
  ])('declines the offer of a person (%s)', async (question, answer) => {
    const a = await testAssistant();
    await a.say(question);
    const turn = await a.say(answer);
    expect(turn.report.queued).toBe(false);
  });

  it('but "ok no problem, put me through" still queues', async () => {
    const a = await testAssistant();
    await a.say('how much is a us passport for my son');
    const turn = await a.say('ok no problem, put me through to someone');
    expect(turn.report.queued).toBe(true);
  });
});

describe('asking whether this chat is a person', () => {
  it.each([
    ['en', 'r u a real person or a bot?'],
    ['ht', 'eske ou se yon moun tout bon oswa yon robo?'],
  ])('gets who answers, not a place in line (%s)', async (_lang, asked) => {
    const a = await testAssistant();
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(false);
    expect(turn.report.topic).toBe('office_info');
  });
});

describe('a staff member asked for by name', () => {
  it.each([
    ['es', 'quiero platicar con rosa otra vez por favor'],
    ['en', 'can i talk to rosa again please'],
    ['ht', 'm vle pale ak rosa ankò souple'],
  ] as const)('queues the person again (%s)', async (lang, asked) => {
    const a = await closedCase(lang);
    const turn = await a.say(asked);
    expect(turn.report.queued).toBe(true);
  });

  it('is not a relative named in a story', async () => {
    const a = await testAssistant();
    await a.say('como saco la apostilla del acta de mi hijo?');
    const turn = await a.say('tengo que hablar con mi esposo primero');
    expect(turn.report.queued).toBe(false);
  });
});

describe('help begged with no way out', () => {
  it.each([
    ['ht', 'bonswa. m bzwn ed. m pa ka soti'],
    ['ht', 'ede nou tanpri, nou pa kapab soti'],
  ])('gets the safety line, not the menu alone (%s)', async (_lang, said) => {
    const a = await testAssistant();
    const turn = await a.say(said);
    expect(texts(turn)).toMatch(/911/);
  });

  it('not a day indoors for the rain', async () => {
    const a = await testAssistant();
    const turn = await a.say('m pa ka soti jodi a paske lapli ap tonbe, kijan pou m fè apostiy?');
    expect(texts(turn)).not.toMatch(/911/);
  });
});

describe('care on the road in a town the sources name no place in', () => {
  it.each([
    ['es', 'mi niño tiene calentura desde anoche, andamos en saltillo, donde lo pueden ver?', /en Saltillo/],
    [
      'en',
      'im in chihuahua city, my ankle is swollen since tuesday, where can i get it checked',
      /in Chihuahua/,
    ],
    ['ht', 'pitit mwen gen lafyèv depi yè, nou nan torreon, ki kote yo ka wè l?', /nan Torreon/],
  ])('says so before the places the sources name (%s)', async (_lang, said, place) => {
    const a = await testAssistant();
    const turn = await a.say(said);
    expect(texts(turn)).toMatch(place);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });

  it('says nothing of the kind in a town the sources name', async () => {
    const a = await testAssistant();
    const turn = await a.say(
      'mi niño tiene calentura desde anoche, estamos en tijuana, donde lo pueden ver?',
    );
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
    expect(texts(turn)).not.toMatch(/no nombran un lugar/);
  });
});

describe('whether one may collect', () => {
  it.each([
    ['es', 'hola, una pregunta de la pension americana', 'yo como viuda puedo cobrar algo?'],
    [
      'es',
      'hola, una pregunta de la pension americana',
      'mi suegra quedo sola, ella puede cobrar lo de su esposo?',
    ],
  ])('is who may, not a price (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.facet).toBe('eligibility');
  });

  it('but how much one may collect is the amount', async () => {
    const a = await testAssistant();
    await a.say('mi papá trabajó 16 años en nevada de jardinero');
    const turn = await a.say('y cuanto puede cobrar al mes?');
    expect(turn.report.facet).toBe('cost');
  });
});

describe('doing it from where one is', () => {
  it.each([
    ['ht', 'mwen vle mande refij nan Meksik', 'kounye a m nan torreon, m ka fè l isit la?'],
    ['en', 'how do i get an apostille for my daughters birth certificate', 'can i do it from houston?'],
    ['es', 'como registro a mi hija que nacio en denver', 'y lo puedo hacer desde aqui o tengo q ir?'],
  ])('asks where (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.facet).toBe('where');
  });
});

describe('papers asked on the road', () => {
  it.each([
    [
      'es',
      'voy de paso por mexico con mi hermano, donde hay albergues?',
      'y ahi me van a pedir papeles?',
      /nacionalidad/,
    ],
    [
      'en',
      'we are walking north through chiapas, is there help on the way?',
      'do they ask for papers?',
      /nationality/,
    ],
    ['ht', 'nou sou wout la nan Chiapas, ki èd ki genyen pou migran?', 'eske yo mande papye?', /nasyonalite/],
  ])('is whether one is helped without them (%s)', async (_lang, first, asked, answer) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.facet).toBe('eligibility');
    expect(texts(turn)).toMatch(answer);
  });
});

describe('an amount given, asked', () => {
  it.each([
    ['es', 'quiero poner una tienda en mi pueblo, ustedes apoyan con proyectos?', 'y cuanto dan?'],
    ['ht', 'mwen vle louvri yon ti biznis, nou ede ak pwojè?', 'konbyen kòb yo bay?'],
  ])('is the money, not how long (%s)', async (_lang, first, asked) => {
    const a = await testAssistant();
    await a.say(first);
    const turn = await a.say(asked);
    expect(turn.report.facet).toBe('cost');
  });
});
