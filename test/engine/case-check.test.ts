/**
 * A case's status only for the case's person (issue 31, item 4), on memory, Redis and Durable
 * Objects: a folio typed in another conversation gets the same answers whether a case has it
 * or not until its code is given; a display name passes nothing; wrong checks are counted in
 * the store per folio and per sender (an erase forgets none), and 100 probes, in parallel
 * from 100 conversations, lock the folio after a few checks, with a line in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_CHECK_LOCK, folioCheckKey, SENDER_CHECK_LOCK } from '../../src/core/case-check.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { testAssistant, texts } from '../support/assistant.ts';
import { onEachStore } from '../support/store-suites.ts';

type Assistant = Awaited<ReturnType<typeof testAssistant>>;

/** A case opened by a person whose display name is one word ("Rosa"), with no form: its folio and code. */
async function caseOfRosa(a: Assistant) {
  let n = 0;
  const write = (text: string) =>
    a.engine.handle({
      id: `rosa-${++n}`,
      channel: 'test',
      chatId: 'rosa',
      name: 'Rosa',
      content: { type: 'text', text },
    });
  await write('necesito hablar con alguien de la oficina sobre mi hijo');
  const ticket = await a.store.getTicket('test:rosa');
  await a.engine.staff.status('test:rosa', 'ana', 'inProgress', 'Localizamos a su hijo en Otay Mesa.');
  const [file] = await a.store.casesOf('test:rosa');
  return { folio: ticket?.folio ?? '', code: file?.check.code ?? '' };
}

/** One message from a chat, from an address when given (the web chat's). */
function writer(a: Assistant, chatId: string, from?: string) {
  let n = 0;
  return async (text: string) =>
    texts(
      await a.engine.handle({
        id: `${chatId}-${++n}`,
        channel: 'test',
        chatId,
        ...(from ? { from } : {}),
        content: { type: 'text', text },
      }),
    );
}

const STATUS = /Otay Mesa|En trámite/;

function caseCheckSuite(name: string, makeStore: () => Promise<Store>) {
  describe(`case checks on ${name}`, () => {
    it('answers a real folio and a made-up one alike, and a display name passes nothing', async () => {
      const a = await testAssistant({ store: await makeStore() });
      const { folio, code } = await caseOfRosa(a);
      expect(code).toMatch(/^[A-Z]{4}$/);
      const made = folio === 'ACD-3467' ? 'ACD-3469' : 'ACD-3467';
      const real = writer(a, 'prober-real');
      const fake = writer(a, 'prober-fake');
      const asked = [
        await real(`hola, ¿cómo va el folio ${folio}?`),
        await fake(`hola, ¿cómo va el folio ${made}?`),
      ];
      expect(asked[0]?.replaceAll(folio, 'F')).toBe(asked[1]?.replaceAll(made, 'F'));
      const rosa = [await real('rosa'), await fake('rosa')];
      expect(rosa[0]).toBe(rosa[1]);
      expect(rosa.join(' ')).not.toMatch(STATUS);
      const again = [await real('Rosa'), await fake('Rosa')];
      expect(again[0]).toBe(again[1]);
      expect(again.join(' ')).not.toMatch(STATUS);
      // The family, from another phone, with the code they were given.
      const family = writer(a, 'family');
      await family(`folio ${folio}`);
      expect(await family(code.toLowerCase())).toMatch(STATUS);
    });

    it('locks the folio after a few wrong checks of 100 parallel probes; staff see it in the audit log', async () => {
      const a = await testAssistant({ store: await makeStore() });
      const { folio, code } = await caseOfRosa(a);
      const probes = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const probe = writer(a, `probe-${i}`, `198.51.100.${i}`);
          await probe(`folio ${folio}`);
          return await probe(i === 0 ? 'rosa' : 'QQQQ');
        }),
      );
      expect(probes.join(' ')).not.toMatch(STATUS);
      const [counted] = await a.store.loginFailures([folioCheckKey(folio)], a.clock.now());
      console.info(`100 parallel probes of one folio: ${counted?.count} codes checked, then locked`);
      expect(counted?.count).toBe(CASE_CHECK_LOCK);
      // Locked for everyone now, the right code too: the family asks staff.
      const late = writer(a, 'family-late');
      await late(`folio ${folio}`);
      expect(await late(code)).not.toMatch(STATUS);
      const audit = await a.store.listAudit(a.clock.now(), 0, 50);
      expect(audit.filter((l) => l.action === 'case-locked')).toEqual([
        expect.objectContaining({ by: 'assistant', detail: folio }),
      ]);
    });

    it('counts a sender’s wrong checks in the store, so erasing the conversation forgets none', async () => {
      const a = await testAssistant({ store: await makeStore() });
      const { folio, code } = await caseOfRosa(a);
      const address = '203.0.113.9';
      let checks = 0;
      // New folios, one after another from one address, erasing the conversation in between
      // (each a different folio, so no folio's own lock stops a check from counting; the "sí"
      // that confirms the erase is no check: a command ends the check asked for).
      const digits = '34679';
      for (let chat = 0; checks < SENDER_CHECK_LOCK; chat++) {
        const guess = writer(a, `guesser-${chat}`, address);
        await guess(`folio ACD-${digits[chat % 5]}${digits[Math.floor(chat / 5) % 5]}99`);
        await guess('QQQQ');
        checks++;
        await guess('BORRAR');
        await guess('sí');
      }
      const last = writer(a, 'guesser-last', address);
      await last(`folio ${folio}`);
      expect(await last(code)).not.toMatch(STATUS);
      // Another address is not held back by it.
      const other = writer(a, 'other', '203.0.113.10');
      await other(`folio ${folio}`);
      expect(await other(code)).toMatch(STATUS);
    });
  });
}

onEachStore('case-check', caseCheckSuite);

let worker: StoreWorker;
beforeAll(async () => {
  worker = await startStoreWorker();
}, 60_000);
afterAll(async () => {
  await worker?.dispose();
});
caseCheckSuite('durable objects', async () => worker.connect().store);
