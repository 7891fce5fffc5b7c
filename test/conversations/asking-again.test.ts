/**
 * The turns after an answer, the way people type them on a phone: a person asked for in
 * other words ("que me llamen", "sign me up", "m vle pale ak yon anplwaye"), short follow-ups
 * with no question mark and no facet word that stay on the topic, thanks that do not accept
 * an offer, a clarifying list that offers a person once, a procedure question answered during
 * an emergency, and indirect dangers the patterns now catch.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

/** Topic question, then a request for a person in other words: each queues, keeping the topic. */
const ASKS_FOR_A_PERSON = [
  [
    'es',
    '¿Qué apoyo dan para traer el cuerpo de mi tío que murió en Arizona?',
    'ok, que me llamen por favor a este número',
  ],
  [
    'es',
    'Quiero registrar a mi hijo nacido en Texas como mexicano',
    'quisiera una cita con alguien de ustedes',
  ],
  ['en', 'my dad worked 20 years in texas, can he get social security?', 'can someone call me back tomorrow'],
  ['en', 'is there help to bring my parents to visit me in the US?', 'ok please sign them up'],
  ['ht', 'Kijan pou m jwenn kat vizitè pou rezon imanitè?', 'm ta renmen pale ak yon moun nan biwo a'],
] as const;

describe('a person asked for in other words', () => {
  it.each(ASKS_FOR_A_PERSON)('queues in %s after "%s"', async (_lang, question, asks) => {
    const a = await testAssistant();
    const first = await a.say(question);
    expect(first.report.queued).toBe(false);
    const queued = await a.say(asks);
    // The turn is about the person asked for (as a first message asking for one is); the
    // ticket staff see keeps the topic of the conversation.
    expect(queued.report).toMatchObject({ queued: true, topic: 'human' });
    expect((await a.store.getTicket('test:c1'))?.topic).toBe(first.report.topic);
  });

  // A second request while already in line gets the place in line: the turn is a hand-off in
  // progress (the person's request is honoured), reported as one like the first request.
  it.each([
    ['es', 'pasenme con alguien por favor', 'ya les dije que quiero hablar con una persona'],
    ['en', 'i want to talk to a person', 'can i talk to someone now please'],
    ['ht', 'm vle pale ak yon moun', 'm toujou vle pale ak yon moun kounye a'],
  ])('reports a second request in %s as a hand-off', async (_lang, asks, again) => {
    const a = await testAssistant();
    expect((await a.say(asks)).report).toMatchObject({ queued: true, handoff: true });
    const second = await a.say(again);
    expect(second.report).toMatchObject({ queued: true, handoff: true });
    expect(texts(second)).toMatch(/fila|queue|liy/);
  });

  // A question answered while in line ends with "your message reaches staff": the hand-off is under way.
  it('reports a question answered while in line as a hand-off', async () => {
    const a = await testAssistant();
    await a.say('i want to talk to a person');
    const asked = await a.say('where is the INM office in Monterrey?');
    expect(asked.report).toMatchObject({ queued: true, handoff: true });
    expect(texts(asked)).toMatch(/reaches? (the )?staff|still in the queue/i);
  });

  it('answers a topic named with the request first ("... with a psychologist")', async () => {
    const a = await testAssistant();
    await a.say('Kote m ka jwenn yon refij sou wout la?');
    const turn = await a.say('m santi m tris anpil, m bezwen pale ak yon sikològ');
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe('short follow-ups without a question mark', () => {
  it.each([
    ['Mi hermano está detenido en Texas, ¿cómo lo localizo?', 'y como le hacemos pa encontrarlo'],
    ['¿Dan apoyo para poner un negocio al regresar?', 'es prestado o no se devuelve'],
    ['Mi hijo se fue al norte y no sabemos nada de él', 'a quien le avisamos primero'],
  ])('stay on the topic of "%s"', async (question, followUp) => {
    const a = await testAssistant();
    const first = await a.say(question);
    const next = await a.say(followUp);
    expect(next.report.topic).toBe(first.report.topic);
    expect(texts(next)).not.toMatch(/¿Es alguno de estos temas\?|Is it one of these\?/);
  });

  it('and so do details given for the case, with a name or a figure', async () => {
    const a = await testAssistant();
    const first = await a.say('mi hermano se fue al norte hace un mes y ya no contesta, ¿cómo lo buscamos?');
    const details = await a.say('es Pedro Salas Lugo, tiene 23, salio de Nogales el dia 3');
    expect(details.report.topic).toBe(first.report.topic);
  });

  it('but a longer request for something else is still out of scope', async () => {
    const a = await testAssistant();
    await a.say('my father worked in california for years, can he get a pension?');
    const other = await a.say('can you help me fill out my tax return this year');
    expect(other.report.topic).toBe('none');
  });
});

describe('a new subject announced', () => {
  it('takes the topic after "otra cosa" even when named loosely', async () => {
    const a = await testAssistant();
    await a.say('¿Cuánto cuesta apostillar un acta de matrimonio de California?');
    const turn = await a.say(
      'ok y otra cosa, mi esposo anda muy triste desde que regresamos, no quiere ni salir',
    );
    expect(turn.report.topic).toBe('psych_support');
  });
});

describe('thanks after an offer of a person', () => {
  it.each([
    ['¿Cuánto tarda la apostilla de un acta de Nevada?', 'ok gracias'],
    ['how long does the apostille of a birth certificate take?', 'cool thanks'],
    ['Konbyen tan apostiy la pran?', 'oke mesi'],
  ])('do not queue: "%s" then "%s"', async (question, thanks) => {
    const a = await testAssistant();
    const offer = await a.say(question);
    expect(offer.report.handoff).toBe(true);
    expect((await a.say(thanks)).report.queued).toBe(false);
  });

  it('while "sí, gracias" does', async () => {
    const a = await testAssistant();
    await a.say('¿Cuánto tarda la apostilla de un acta de Nevada?');
    expect((await a.say('si gracias')).report.queued).toBe(true);
  });
});

describe('the clarifying list', () => {
  it('offers a person once', async () => {
    const a = await testAssistant();
    const reply = await a.say('necesito ayuda con una cosa de alla');
    const labels = reply.outbound.flatMap((o) => o.buttons.map((b) => b.value));
    expect(labels.filter((v) => v === 'human')).toHaveLength(1);
  });
});

describe('during an emergency', () => {
  it('answers a question about a procedure, and still closes with the lines to call', async () => {
    const a = await testAssistant();
    const start = await a.say('ahorita nos están golpeando en la casa donde nos tienen');
    expect(start.report.emergency).toBe(true);
    const question = await a.say('¿y cómo saco la tarjeta de visitante por razones humanitarias?');
    expect(question.report.queued).toBe(true);
    // The reply answers the procedure: the turn is about it, the urgent ticket stays.
    expect(question.report.topic).toBe('mx_status');
    expect(question.report.emergency).toBe(true);
    expect(texts(question)).toMatch(/INM|tarjeta/);
    expect(texts(question)).toMatch(/911/);
  });

  it.each([
    ['es', 'Mi primo cruzó anoche por el desierto, el coyote lo dejó solo y ya no tiene agua'],
    ['en', 'sometimes i think everyone would be better if i just did not wake up tomorrow'],
    ['es', 'a veces pienso que sería más fácil si ya no despertara'],
  ])('catches an indirect danger in %s: "%s"', async (_lang, message) => {
    const a = await testAssistant();
    expect((await a.say(message)).report.emergency).toBe(true);
  });
});

describe('a beating told as past, during an arrest', () => {
  it('is a question for legal advice, not an emergency now', async () => {
    const a = await testAssistant();
    const told = await a.say(
      'a mi cuñado lo golpearon los guardias cuando lo detuvieron en Arizona, que hacemos',
    );
    expect(told.report.emergency).toBe(false);
    const now = await testAssistant();
    expect((await now.say('los policias nos estan golpeando ahorita')).report.emergency).toBe(true);
  });
});

describe('a danger told at length in the middle of a conversation', () => {
  it.each([
    [
      '¿Cómo saco el acta de nacimiento de mi hija nacida en Denver?',
      'unos tipos me ofrecieron raite y ahora estoy en una casa con como veinte mas, nos ponen a marcarle a la familia pa que manden dinero, le escribo desde el baño',
    ],
    [
      'how do I apply for the apostille of a birth certificate from Ohio?',
      'two men on a motorbike have been behind our bus since the last town, they stop whenever we stop and one of them took photos of my kids',
    ],
  ])('is a full emergency at once: after "%s"', async (question, story) => {
    const a = await testAssistant();
    await a.say(question);
    const turn = await a.say(story);
    expect(turn.report).toMatchObject({ emergency: true, queued: true });
    expect(texts(turn).slice(0, 200)).toMatch(/911/);
  });

  it('but a mild fever already looked after is a question, not an emergency', async () => {
    const a = await testAssistant();
    await a.say('quiero registrar a mi hijo nacido en Texas, que papeles ocupo');
    const turn = await a.say(
      'la cita es mañana pero el niño tiene poquita fiebre, ya le di paracetamol y esta jugando bien, ¿vamos de todos modos?',
    );
    expect(turn.report.emergency).toBe(false);
  });
});
