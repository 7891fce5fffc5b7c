/**
 * The contract of finding a case by its folio (CaseStore): a folio is claimed for one
 * conversation only (claiming it again from the same one is fine, from another is refused,
 * even when many try at once), is looked up by what a person typed (anything that is not a
 * folio is simply unknown), and goes free with its conversation's erase, that one's only.
 * The cases are the conversation's record's, as last committed: they come back through a
 * turn as they were written, and casesOf reads them without holding the conversation.
 * With `makePair`, two handles on one store (two instances) share the claims.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/core/case-file.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { caseFile, commit, opts, record, turn } from './fixtures.ts';

/** A case that has been through everything a case goes through: every field of CaseFile set. */
const fullCase = (folio: string): CaseFile =>
  caseFile(folio, {
    topic: 'none',
    lang: 'ht',
    status: 'resolved',
    note: 'Su cita es el lunes a las 10.',
    changedAt: 5_000,
    closedAt: 6_000,
    check: { code: 'KTPM' },
    followUp: { state: 'answered', dueAt: 7_000 },
    outcome: 'waiting',
    history: [
      { at: 1_000, by: 'assistant', kind: 'opened' },
      { at: 2_000, by: 'ana', kind: 'assigned', to: 'luis' },
      { at: 3_000, by: 'luis', kind: 'status', status: 'waitingDocuments', note: 'Traiga su acta.' },
      { at: 6_000, by: 'luis', kind: 'closed' },
      { at: 6_500, by: 'person', kind: 'followUp', detail: 'accepted' },
      { at: 7_500, by: 'person', kind: 'outcome', detail: 'waiting' },
    ],
  });

/** Commits a record carrying these cases. */
const withCases = (cases: CaseFile[]) => ({ record: { ...record('idle'), cases } });

export function casesContract(make: () => Promise<Store>, makePair?: () => Promise<[Store, Store]>) {
  describe('folios and cases', () => {
    it('claims a folio for one conversation and finds the conversation by it', async () => {
      const store = await make();
      expect(await store.conversationOfFolio('ACD-3467')).toBeNull();
      expect(await store.claimFolio('ACD-3467', 'web:a')).toBe(true);
      expect(await store.conversationOfFolio('ACD-3467')).toBe('web:a');
      expect(await store.conversationOfFolio('ACD-3466')).toBeNull();
      // A conversation may hold several folios (one per case).
      expect(await store.claimFolio('KMN-9463', 'web:a')).toBe(true);
      expect(await store.conversationOfFolio('KMN-9463')).toBe('web:a');
    });

    it('refuses a folio another conversation holds, and claims it again for the same one', async () => {
      const store = await make();
      expect(await store.claimFolio('PQR-7734', 'web:first')).toBe(true);
      expect(await store.claimFolio('PQR-7734', 'web:second')).toBe(false);
      expect(await store.claimFolio('PQR-7734', 'web:first')).toBe(true);
      expect(await store.conversationOfFolio('PQR-7734')).toBe('web:first');
    });

    it('gives a folio to one conversation only when many claim it at once', async () => {
      const store = await make();
      const ids = Array.from({ length: 10 }, (_, i) => `web:rush-${i}`);
      const claimed = await Promise.all(ids.map((id) => store.claimFolio('TWX-6699', id)));
      expect(claimed.filter(Boolean)).toHaveLength(1);
      expect(await store.conversationOfFolio('TWX-6699')).toBe(ids[claimed.indexOf(true)]);
    });

    it('reads anything that is not a folio as unknown, and refuses to claim it', async () => {
      const store = await make();
      await store.claimFolio('HJK-4443', 'web:a');
      for (const typed of [
        'hjk-4443',
        'HJK4443',
        ' HJK-4443',
        'HJK-4443 ',
        'HJK-0000',
        'OIL-4443',
        '',
        'x'.repeat(5_000),
      ])
        expect(await store.conversationOfFolio(typed), typed).toBeNull();
      expect(await store.conversationOfFolio(42 as unknown as string)).toBeNull();
      for (const bad of ['acd-3467', 'ACD-1234', 'ACD3467', ''])
        await expect(store.claimFolio(bad, 'web:a'), bad).rejects.toThrow(/folio/);
    });

    it('reads the cases of the record as last committed, every field as written', async () => {
      const store = await make();
      expect(await store.casesOf('web:nobody')).toEqual([]);
      await turn(store, 'web:c');
      expect(await store.casesOf('web:c')).toEqual([]); // a record without cases
      const cases = [caseFile('ACD-3467'), fullCase('KMN-9463')];
      await turn(store, 'web:c', withCases(cases));
      expect(await store.casesOf('web:c')).toEqual(cases);
      const held = await store.openTurn('web:c', opts());
      expect(held.record?.cases).toEqual(cases); // and the next turn reads them back
      await held.release();
      // Read without holding the conversation: a turn under way does not stop it.
      const busy = await store.openTurn('web:c', opts({ leaseMs: 60_000 }));
      expect(await store.casesOf('web:c')).toEqual(cases);
      await busy.commit(commit('idle', withCases([cases[1] as CaseFile])));
      expect(await store.casesOf('web:c')).toEqual([cases[1]]);
    });

    it('lets an erased conversation’s folios go, and its cases with its record', async () => {
      const store = await make();
      await store.claimFolio('ACD-3467', 'web:gone');
      await store.claimFolio('KMN-9463', 'web:gone');
      await turn(store, 'web:gone', withCases([caseFile('ACD-3467'), caseFile('KMN-9463')]));
      const erasing = await store.openTurn('web:gone', opts());
      await erasing.commit(commit('erased', { erase: true }));
      expect(await store.conversationOfFolio('ACD-3467')).toBeNull();
      expect(await store.conversationOfFolio('KMN-9463')).toBeNull();
      expect(await store.casesOf('web:gone')).toEqual([]);
      expect(await store.claimFolio('ACD-3467', 'web:next')).toBe(true);
      expect(await store.conversationOfFolio('ACD-3467')).toBe('web:next');
    });

    it('lets go of the erased conversation’s folios only', async () => {
      const store = await make();
      await store.claimFolio('PQR-7734', 'web:gone');
      await store.claimFolio('TWX-6699', 'web:stays');
      await turn(store, 'web:stays', withCases([caseFile('TWX-6699')]));
      await turn(store, 'web:gone', { erase: true });
      expect(await store.conversationOfFolio('PQR-7734')).toBeNull();
      expect(await store.conversationOfFolio('TWX-6699')).toBe('web:stays');
      expect(await store.claimFolio('TWX-6699', 'web:gone')).toBe(false);
      expect(await store.casesOf('web:stays')).toEqual([caseFile('TWX-6699')]);
    });

    if (makePair)
      it('shares claims between instances', async () => {
        const [a, b] = await makePair();
        const [one, two] = await Promise.all([
          a.claimFolio('HJK-4443', 'web:on-a'),
          b.claimFolio('HJK-4443', 'web:on-b'),
        ]);
        expect([one, two].filter(Boolean)).toHaveLength(1);
        const owner = one ? 'web:on-a' : 'web:on-b';
        expect(await a.conversationOfFolio('HJK-4443')).toBe(owner);
        expect(await b.conversationOfFolio('HJK-4443')).toBe(owner);
        await turn(b, owner, { erase: true });
        expect(await a.conversationOfFolio('HJK-4443')).toBeNull();
      });
  });
}
