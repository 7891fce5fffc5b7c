/**
 * Casework through the engine, on the memory store and on Redis: a folio for every queued
 * case (told to the person, on the ticket), staff's status changes told to the person in
 * their language, "how is my case going?" from the same conversation and a folio asked from
 * another one (only after the check), and the follow-up after a close: accepted, declined,
 * answered, and never sent once the person erased their data. First response is measured
 * from queueing to staff's first message whatever the order of take and reply.
 */
import { describe, expect, it } from 'vitest';
import { FOLIO } from '../../src/core/case-file.ts';
import type { TranscriptLine } from '../../src/core/ports/conversation-store.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createMetrics } from '../../src/engine/metrics.ts';
import { withGist } from '../../src/engine/plan.ts';
import { testAssistant, texts } from '../support/assistant.ts';
import { onEachStore } from '../support/store-suites.ts';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A family's remains case, through the form, ending queued: the folio it got. */
async function remainsCase(a: Awaited<ReturnType<typeof testAssistant>>, chatId: string) {
  await a.choose('intake:remains', chatId);
  for (const answer of [
    'Juan Pérez López',
    'Dallas, Texas',
    'el domingo',
    'hijo',
    'Gómez Palacio',
    'este chat',
  ])
    await a.say(answer, chatId);
  const sent = await a.choose('yes', chatId);
  const ticket = await a.store.getTicket(`test:${chatId}`);
  return { sent, ticket, folio: ticket?.folio ?? '' };
}

function caseworkSuite(name: string, makeStore: () => Promise<Store>) {
  describe(`casework on ${name}`, () => {
    const assistant = async () => testAssistant({ store: await makeStore() });

    it('gives every queued case a folio, tells it to the person and keeps the topic and first words', async () => {
      const a = await assistant();
      const { sent, ticket, folio } = await remainsCase(a, 'f1');
      expect(folio).toMatch(FOLIO);
      expect(texts(sent)).toContain(folio);
      expect(ticket?.topic).toBe('remains_repatriation');
      expect(await a.store.conversationOfFolio(folio)).toBe('test:f1');
      const [file] = await a.store.casesOf('test:f1');
      expect(file).toMatchObject({ folio, status: 'received', topic: 'remains_repatriation' });
      // A plain "a person, please" gets one too, and its first words for the inbox.
      const asked = await a.say('necesito hablar con alguien de la oficina sobre mi hermano', 'f2');
      const other = await a.store.getTicket('test:f2');
      expect(other?.folio).toMatch(FOLIO);
      expect(other?.folio).not.toBe(folio);
      expect(texts(asked)).toContain(other?.folio);
      expect(other?.gist).toContain('mi hermano');
    });

    it('tells the person a status change in their language, with the note, and records who and when', async () => {
      const a = await assistant();
      await a.say('I need to talk to a person about my pension', 'en1');
      const folio = (await a.store.getTicket('test:en1'))?.folio ?? '';
      a.clock.time += 60_000;
      const told = await a.engine.staff.status(
        'test:en1',
        'ana',
        'waitingDocuments',
        'Please send the birth certificate.',
      );
      expect(texts(told)).toContain(folio);
      expect(texts(told)).toContain('Waiting for documents from the family');
      expect(texts(told)).toContain('Please send the birth certificate.');
      expect((await a.store.getTicket('test:en1'))?.status).toBe('waitingDocuments');
      const [file] = await a.store.casesOf('test:en1');
      expect(file?.history.at(-1)).toMatchObject({
        by: 'ana',
        kind: 'status',
        status: 'waitingDocuments',
        at: a.clock.time,
      });
      await expect(a.engine.staff.status('test:nobody', 'ana', 'resolved', '')).rejects.toThrow();
    });

    it('answers "how is my case going?" from the same conversation', async () => {
      const a = await assistant();
      const { folio } = await remainsCase(a, 's1');
      await a.engine.staff.status('test:s1', 'ana', 'inProgress', 'Ya hablamos con el consulado.');
      const asked = await a.say('¿cómo va mi trámite?', 's1');
      expect(texts(asked)).toContain(folio);
      expect(texts(asked)).toContain('En trámite');
      expect(texts(asked)).toContain('Ya hablamos con el consulado.');
      const kreyol = await a.say('kijan dosye m nan ye?', 's1');
      expect(texts(kreyol)).toContain(folio);
      // Without a case, it says so instead of inventing one.
      const none = await a.say('¿cómo va mi trámite?', 'nocase');
      expect(texts(none)).toMatch(/No encuentro un caso/);
    });

    it('says, when asked after staff closed it, that the conversation is closed and how to reach them again', async () => {
      const a = await assistant();
      const { folio } = await remainsCase(a, 'cl');
      const open = await a.say('¿cómo va mi trámite?', 'cl');
      expect(texts(open)).not.toMatch(/ya cerró/);
      await a.engine.staff.reply('test:cl', 'ana', 'Hola, ya tenemos sus datos.');
      await a.engine.staff.close('test:cl', 'ana');
      const asked = await a.say('oiga, ¿y qué pasó con mi caso?', 'cl');
      expect(texts(asked)).toContain(folio);
      expect(texts(asked)).toMatch(/ya cerró la conversación/);
      expect(texts(asked)).toMatch(/Hablar con una persona/);
    });

    it('answers a folio from another conversation only after its code, never to a stranger', async () => {
      const a = await assistant();
      const { folio } = await remainsCase(a, 'owner');
      const code = (await a.store.casesOf('test:owner'))[0]?.check.code ?? '';
      await a.engine.staff.status('test:owner', 'ana', 'referred', 'Lo pasamos al consulado en Dallas.');
      const asked = await a.say(`hola, quiero saber del folio ${folio.toLowerCase()}`, 'family');
      expect(texts(asked)).not.toContain('consulado');
      expect(texts(asked)).toMatch(/código de 4 letras/);
      const right = await a.say(`el código es ${code.toLowerCase()}`, 'family');
      expect(texts(right)).toContain('Canalizado a otra oficina');
      expect(texts(right)).toContain('Lo pasamos al consulado en Dallas.');
      // A stranger: two wrong codes and the folio is refused in that conversation for good.
      await a.say(`folio ${folio}`, 'stranger');
      const wrong = await a.say('Juan Perez Lopez', 'stranger');
      expect(texts(wrong)).not.toContain('consulado');
      const refused = await a.say('QQQQ', 'stranger');
      expect(texts(refused)).toMatch(/No puedo dar información/);
      const again = await a.say(`folio ${folio}`, 'stranger');
      expect(texts(again)).toMatch(/No puedo dar información/);
    });

    it('follow-up accepted: one question a week after the close, its answer recorded and counted', async () => {
      const a = await assistant();
      // Ten days ago: the Redis store counts no day after tomorrow on the real clock.
      a.clock.time = Date.now() - 10 * DAY;
      const { folio } = await remainsCase(a, 'fu');
      await a.engine.staff.reply('test:fu', 'ana', 'Hola, ya tenemos el caso.');
      await a.engine.staff.close('test:fu', 'ana');
      const offer = await a.choose('yes', 'fu'); // "did we help?" yes
      expect(texts(offer)).toMatch(/en una semana/);
      const accepted = await a.choose('yes', 'fu');
      expect(texts(accepted)).toMatch(/te escribiremos en una semana/);
      a.clock.time += 3 * DAY;
      await a.engine.sweep();
      expect((await a.store.casesOf('test:fu'))[0]?.followUp?.state).toBe('accepted');
      a.clock.time += 5 * DAY;
      await a.engine.sweep();
      const lines = await a.store.getTranscript('test:fu');
      const question = lines.filter(
        (l) => l.from === 'bot' && l.text.includes(folio) && l.text.includes('¿Cómo va?'),
      );
      expect(question).toHaveLength(1);
      await a.engine.sweep();
      expect(
        (await a.store.getTranscript('test:fu')).filter((l) => l.text.includes('¿Cómo va?')),
      ).toHaveLength(1);
      const answered = await a.choose('outcome:resolved', 'fu');
      expect(texts(answered)).toMatch(/Qué bueno/);
      const [file] = await a.store.casesOf('test:fu');
      expect(file).toMatchObject({ outcome: 'resolved', followUp: { state: 'answered' } });
      const days = await a.store.activity(dayOf(Date.now() - 30 * DAY), dayOf(Date.now()));
      const total = (key: string) => days.reduce((n, d) => n + (d.counts[key] ?? 0), 0);
      expect(total('followUp=accepted')).toBe(1);
      expect(total('outcome=resolved')).toBe(1);
    });

    it('follow-up answered "I need help": back to staff under the same folio', async () => {
      const a = await assistant();
      const { folio } = await remainsCase(a, 'help');
      await a.engine.staff.close('test:help', 'ana');
      await a.choose('no', 'help');
      await a.choose('yes', 'help');
      a.clock.time += 8 * DAY;
      await a.engine.sweep();
      const back = await a.choose('outcome:needHelp', 'help');
      expect(back.report.queued).toBe(true);
      const ticket = await a.store.getTicket('test:help');
      expect(ticket?.folio).toBe(folio);
      expect((await a.store.casesOf('test:help'))[0]).toMatchObject({
        outcome: 'needHelp',
        status: 'received',
      });
    });

    it('sums up a case queued by a tap or a "sí" with the question that led to it', async () => {
      const a = await assistant();
      const question = '¿Qué papeles necesito para apostillar el acta de nacimiento de mi hijo?';
      await a.say(question, 'g1');
      await a.choose('human', 'g1');
      expect((await a.store.getTicket('test:g1'))?.gist).toBe(question);
      // A tapped button's label is not the person's words; nothing typed of substance: no summary.
      await a.choose('topic:apostille', 'g2');
      await a.choose('human', 'g2');
      expect((await a.store.getTicket('test:g2'))?.gist).toBeUndefined();
    });

    it("sums up a case by the person's problem, never by their request for a person", async () => {
      const a = await assistant();
      const problem = 'mi hermano está detenido en El Paso desde el lunes y no sabemos nada';
      await a.say(problem, 'r1');
      await a.say('quiero hablar con alguien de la oficina', 'r1');
      expect((await a.store.getTicket('test:r1'))?.gist).toBe(problem);
      // Asked first, the problem after: the problem, once they write it.
      await a.say('quiero hablar con alguien de la oficina', 'r2');
      expect((await a.store.getTicket('test:r2'))?.gist).toBeUndefined();
      await a.say('es por la visa de mi esposa', 'r2');
      expect((await a.store.getTicket('test:r2'))?.gist).toBe('es por la visa de mi esposa');
    });

    it('follow-up answered hours later, after the conversation started again: counted once, for its own case only', async () => {
      const a = await assistant();
      a.clock.time = Date.now() - 10 * DAY;
      const { folio } = await remainsCase(a, 'late');
      const other = (await remainsCase(a, 'stranger')).folio;
      await a.engine.staff.close('test:late', 'ana');
      await a.choose('yes', 'late');
      await a.choose('yes', 'late');
      a.clock.time += 8 * DAY;
      await a.engine.sweep();
      // Three hours later the person says hello first (the conversation starts again), then taps.
      a.clock.time += 3 * 60 * 60 * 1000;
      await a.say('hola', 'late');
      // A forged button naming another conversation's case is no answer at all.
      const forged = await a.choose(`outcome:resolved:${other}`, 'late');
      expect(forged.report.queued).toBe(false);
      expect((await a.store.casesOf('test:stranger'))[0]?.outcome).toBeUndefined();
      const answered = await a.choose(`outcome:waiting:${folio}`, 'late');
      expect(texts(answered)).toMatch(/Gracias por contarnos/);
      await a.choose(`outcome:waiting:${folio}`, 'late');
      expect((await a.store.casesOf('test:late'))[0]).toMatchObject({ outcome: 'waiting' });
      const days = await a.store.activity(dayOf(Date.now() - 30 * DAY), dayOf(Date.now()));
      expect(days.reduce((n, d) => n + (d.counts['outcome=waiting'] ?? 0), 0)).toBe(1);
      expect(days.reduce((n, d) => n + (d.counts['outcome=resolved'] ?? 0), 0)).toBe(0);
    });

    it('follow-up declined, or erased before it fires: nothing is ever sent', async () => {
      const a = await assistant();
      a.clock.time = Date.now() - 12 * DAY;
      await remainsCase(a, 'no');
      await a.engine.staff.close('test:no', 'ana');
      await a.choose('yes', 'no');
      const declined = await a.choose('no', 'no');
      expect(texts(declined)).toMatch(/no te escribiremos/);
      await remainsCase(a, 'gone');
      await a.engine.staff.close('test:gone', 'ana');
      await a.choose('yes', 'gone');
      await a.choose('yes', 'gone');
      await a.say('borrar', 'gone');
      await a.choose('yes', 'gone');
      expect(await a.store.casesOf('test:gone')).toEqual([]);
      a.clock.time += 10 * DAY;
      await a.engine.sweep();
      for (const id of ['test:no', 'test:gone'])
        expect((await a.store.getTranscript(id)).some((l) => l.text.includes('¿Cómo va?'))).toBe(false);
      const days = await a.store.activity(dayOf(Date.now() - 30 * DAY), dayOf(Date.now()));
      expect(days.reduce((n, d) => n + (d.counts['followUp=declined'] ?? 0), 0)).toBe(1);
    });

    it('measures first response from queueing to the first staff message when staff take first', async () => {
      const metrics = createMetrics();
      const a = await testAssistant({ store: await makeStore(), metrics });
      await a.say('quiero hablar con una persona', 'fr');
      a.clock.time += 60_000;
      const took = await a.engine.staff.take('test:fr', 'ana');
      a.clock.time += 240_000;
      const replied = await a.engine.staff.reply('test:fr', 'ana', 'Hola, soy Ana.');
      const joined =
        [took, replied]
          .map(texts)
          .join('\n')
          .match(/ya está contigo/g) ?? [];
      expect(joined).toHaveLength(1);
      // 5 minutes from queueing to the first staff message, not the 1 minute to the take.
      expect(metrics.render(0, 0)).toContain('enlace_first_response_seconds_sum 300');
      expect(metrics.render(0, 0)).toContain('enlace_first_response_seconds_count 1');
      const days = await a.store.activity('2026-11-01', '2026-12-31');
      const counted = days
        .flatMap((d) => Object.keys(d.counts))
        .filter((k) => k.startsWith('firstResponse|b='));
      expect(counted).toHaveLength(1);
    });
  });
}

describe('a case summed up by the words that led to it', () => {
  const ticket = {
    conversationId: 'test:w',
    lang: 'es' as const,
    reason: 'asked' as const,
    urgent: false,
    topic: 'apostille' as const,
    since: 1,
  };
  const human = { value: 'human', label: 'Hablar con una persona' };
  it("takes the person's last typed words of substance, never a tapped button's label or a file", () => {
    const lines: TranscriptLine[] = [
      { at: 1, from: 'person', text: 'Necesito apostillar el acta de mi hijo' },
      { at: 2, from: 'bot', text: 'Para apostillar…', buttons: [human] },
      { at: 3, from: 'person', text: 'Hablar con una persona' },
      { at: 4, from: 'bot', text: '¿Algo más?' },
      { at: 5, from: 'person', text: 'ok' },
      {
        at: 6,
        from: 'person',
        text: '[voice] nota de voz larga',
        attachment: { kind: 'voice', mimetype: 'audio/ogg', bytes: 9 },
      },
    ];
    expect(withGist(ticket, lines).gist).toBe('Necesito apostillar el acta de mi hijo');
    expect(withGist(ticket, lines.slice(1)).gist).toBeUndefined();
  });
});

onEachStore('casework', caseworkSuite);
