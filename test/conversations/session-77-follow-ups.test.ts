/**
 * What session 77's fresh sets and judge found after the first message, each through the real engine with
 * wording written for this test: how a sick child holds up, told in care on the road, gets the care line
 * again; a question said again ("te pregunté por…, no por…") is answered as asked; words quoted in Spanish
 * keep a Kreyòl conversation in Kreyòl; a language asked in the middle of a long message is followed;
 * "do I need an appointment?" asks, it does not ask for a person, nor does an "ok" that tells the person's own
 * way, while "¿pueden hablarme?" does; a service named in the plural is that service;
 * the office's phone, which the sources lack, comes with the offer of a person.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('care on the road, then how the ill one holds up', () => {
  it('gets where to be seen and 911 if it gets worse, not a list of topics', async () => {
    const a = await testAssistant();
    await a.say('mi niña tiene calentura desde ayer, estamos en un albergue de tijuana, donde la llevo?');
    const turn = await a.say('todavia come y juega un poquito');
    expect(texts(turn)).toMatch(/911/);
    expect(texts(turn)).toMatch(/IMSS-Bienestar/);
  });
});

describe('a question said again', () => {
  it('is answered as asked, not noted', async () => {
    const a = await testAssistant();
    await a.say('mi hermano murio en phoenix, como lo traemos a canatlan?');
    await a.say('y mi mama necesita visa para ir al funeral alla');
    const turn = await a.say('no, te pregunté por las cenizas de mi hermano, no por la visa');
    expect(turn.report.topic).toBe('remains_repatriation');
    expect(texts(turn)).not.toMatch(/^Anotado/);
  });
});

describe('the language of the conversation', () => {
  it('stays Kreyòl when a card’s Spanish words are quoted', async () => {
    const a = await testAssistant();
    await a.say('bonjou, kat mwen an ap ekspire mwa pwochen, kijan pou m renouvle l?');
    const turn = await a.say("kat la di 'visitante por razones humanitarias'");
    expect(turn.lang).toBe('ht');
  });

  it('follows Spanish asked for in the middle of a longer English message', async () => {
    const a = await testAssistant();
    await a.say(
      'my grandparents in durango want to visit my dad in denver, they havent seen him in 15 years',
    );
    const turn = await a.say(
      'ok my grandpa is here now. mejor en español mijo, soy el abuelo, que papeles ocupamos?',
    );
    expect(turn.lang).toBe('es');
  });
});

describe('a person of the office', () => {
  it('is not queued for asking whether an appointment is needed', async () => {
    const a = await testAssistant();
    await a.say('where is your office?');
    const turn = await a.say('do i need an appointment or can i just walk in');
    expect(turn.report.queued).toBe(false);
  });

  it('is not asked for by an ok that tells the person’s own way', async () => {
    const a = await testAssistant();
    await a.say('where is ur office? i live in gomez palacio');
    const turn = await a.say('ok ill come by next week');
    expect(turn.report.queued).toBe(false);
  });

  it('is queued for "can you call me"', async () => {
    const a = await testAssistant();
    await a.say('mi tio murio en tulsa, como lo traemos a durango?');
    const turn = await a.say('pueden hablarme a este mismo numero?');
    expect(turn.report.queued).toBe(true);
  });
});

describe('the office asked', () => {
  it('for a service in the plural is that service', async () => {
    const a = await testAssistant();
    const turn = await a.say('buenas, tienen psicologos?');
    expect(turn.report.topic).toBe('psych_support');
  });

  it('for its phone, which the sources lack, offers a person', async () => {
    const a = await testAssistant();
    await a.say('a mi primo lo deportaron por juarez, ustedes lo pueden traer a durango?');
    const turn = await a.say('cual es su telefono pa que les marque el');
    expect(turn.report.handoff).toBe(true);
  });
});
