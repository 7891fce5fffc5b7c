/**
 * After a danger, news that the relative is now held by border patrol or la migra is a search,
 * not a kidnapping (issue 30): "they're holding him" after "border patrol picked them up" gets
 * no kidnapping line, and "it's over, but la migra took him" is answered with how to find a
 * detained relative after the calm line, so "how much does that cost?" next asks about that.
 * Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('a relative held by the authorities after a danger', () => {
  it('is no kidnapping', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('my cousin got swept by the river near eagle pass, we cant see him')).report.emergency,
    ).toBe(true);
    const turn = await a.say(
      'update: border patrol found him on the other side and they are holding him now',
    );
    expect(texts(turn)).not.toMatch(/ransom/i);
    expect(turn.report.queued).toBe(true);
  });

  it('gets how to find a detained relative, and its cost next', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('a mi sobrino se lo llevo la corriente del rio bravo, no lo vemos')).report.emergency,
    ).toBe(true);
    const news = await a.say('ya lo encontraron vivo!! pero se lo llevo la migra, no sabemos a que centro');
    expect(news.report.topic).toBe('locate_person');
    expect(texts(news)).toMatch(/consulado/i);
    const cost = await a.say('y eso cuanto cuesta');
    expect(cost.report.topic).toBe('locate_person');
    expect(texts(cost)).toMatch(/no (indican|dicen)/);
  });

  it('asking where they hold him is no kidnapping, and "they are alive" says it is over', async () => {
    const a = await testAssistant({ channel: 'web' });
    expect(
      (await a.say('my uncle is lost in the desert near sasabe since last night with no water')).report
        .emergency,
    ).toBe(true);
    const news = await a.say(
      'update: they are alive, migra picked them up and took them to a clinic in nogales',
    );
    expect(texts(news)).not.toMatch(/where you are/i);
    const asks = await a.say('how do i find out where they are holding him after that?');
    expect(texts(asks)).not.toMatch(/ransom/i);
    expect(asks.report.queued).toBe(true);
  });

  // Session 40: relief and a detention in one message, with a "but" ("he's ok but they're holding
  // him"), got "keep writing here"; and how long the search takes got the place in line.
  it.each([
    [
      'en',
      'my nephew is lost in the desert in arizona, no water since yesterday',
      'he called! border patrol found him, he is ok but they are holding him and he does not know where they take him',
      'how long until you know where he is?',
      /consul/i,
      /5 working days/,
    ],
    [
      'es',
      'mi hermano se perdio en el desierto de sonora, no tiene agua',
      'ya aparecio, esta bien, pero lo tiene la migra y no sabe a donde lo llevan',
      'cuanto tardan hasta que sepan donde esta?',
      /consulado/i,
      /5 días hábiles/,
    ],
  ])(
    'in %s, news of a detention with relief is answered with the search, and its time',
    async (_l, danger, news, howLong, search, time) => {
      const a = await testAssistant({ channel: 'web' });
      expect((await a.say(danger)).report.emergency).toBe(true);
      const told = await a.say(news);
      expect(told.report).toMatchObject({ topic: 'locate_person', queued: true });
      expect(texts(told)).toMatch(search);
      expect(texts(told)).not.toMatch(/Keep writing here|Sigue escribiendo/);
      const asked = await a.say(howLong);
      expect(asked.report).toMatchObject({ topic: 'locate_person', facet: 'time' });
      expect(texts(asked)).toMatch(time);
    },
  );
});
