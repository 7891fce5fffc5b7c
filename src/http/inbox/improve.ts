/**
 * The improvement loop (/staff/improve, admins): the texts the assistant did not understand,
 * or that "did not help", grouped by the topic understanding now thinks likeliest. An admin
 * files a text under its topic, or under "not something the office does", which writes the
 * office's examples (through the same validation as knowledge:check) and takes effect at once
 * (understanding reads them: src/understanding/office-examples.ts); or dismisses it. The page
 * says how many of the listed texts the last filing made understood.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { ExampleRefusedError } from '../../core/errors.ts';
import type { ReviewItem } from '../../core/ports/activity-store.ts';
import type { Lang } from '../../core/types.ts';
import { improvePage, type LastFiling } from './improve-view.ts';
import type { ImproveOptions, InboxOptions } from './inbox-options.ts';
import type { InboxEnv } from './session.ts';

const fileForm = z.object({ id: z.string().min(1).max(100), topic: z.string().regex(/^[a-z_]{2,40}$/) });
const dismissForm = z.object({ id: z.string().min(1).max(100) });

export function improveRoutes(app: Hono<InboxEnv>, options: InboxOptions, now: () => number): void {
  const improve = options.improve;
  let last: LastFiling | undefined;
  const tFor = (langs: readonly Lang[]) => options.i18n.t(langs[0] ?? 'es');
  /** Whether understanding now reads a listed text as something (a topic, or not the office's). */
  const understoodAs = (item: ReviewItem, read: ReturnType<ImproveOptions['read']>) =>
    // "Did not help" was understood already: filing it says where it belongs, it fixes no reading.
    item.kind !== 'notHelped' &&
    (read.topic !== 'none' || (item.kind === 'unclear' && Boolean(read.outOfScope)));
  const understood = (item: ReviewItem) =>
    item.kind !== 'notHelped' &&
    improve !== undefined &&
    understoodAs(item, improve.read(item.text, item.lang));
  const countUnderstood = (items: readonly ReviewItem[]) => items.filter(understood).length;

  app.use('/improve/*', async (c, next) => {
    const { account } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account.langs)('inbox.improve.adminsOnly'), 403);
    if (!improve) return c.text(tFor(account.langs)('inbox.improve.off'), 404);
    await next();
  });
  app.get('/improve', async (c) => {
    const { account, csrf } = c.get('session');
    if (account.role !== 'admin') return c.text(tFor(account.langs)('inbox.improve.adminsOnly'), 403);
    if (!improve) return c.text(tFor(account.langs)('inbox.improve.off'), 404);
    const items = await options.store.reviewItems();
    const rows = items.map((item) => {
      const read = improve.read(item.text, item.lang);
      const likely = read.topic !== 'none' ? read.topic : (read.candidates[0] ?? item.guesses[0] ?? 'none');
      // One reading per text: understanding is the page's whole cost.
      return { item, likely, understood: understoodAs(item, read) };
    });
    const lang = account.langs[0] ?? 'es';
    const topics = improve.topics.map((t) => ({ id: t.id, title: t.title[lang] }));
    return c.html(improvePage(tFor(account.langs), { rows, topics, csrf, last }));
  });

  app.post('/improve/file', async (c) => {
    const { account } = c.get('session');
    const t = tFor(account.langs);
    const form = fileForm.safeParse(await c.req.parseBody());
    if (!form.success || !improve) return c.text(t('inbox.improve.badForm'), 400);
    const items = await options.store.reviewItems();
    const item = items.find((i) => i.id === form.data.id);
    if (!item) return c.text(t('inbox.improve.gone'), 404);
    const before = countUnderstood(items);
    try {
      const added = new Date(now()).toISOString().slice(0, 10);
      const example = { text: item.text, topic: form.data.topic, lang: item.lang, added, by: account.name };
      improve.refresh(await improve.book.add(example));
    } catch (error) {
      if (error instanceof ExampleRefusedError)
        return c.text(t('inbox.improve.refused', { problem: error.problem }), 400);
      throw error;
    }
    const after = countUnderstood(items);
    last = {
      text: item.text,
      topic: form.data.topic,
      by: account.name,
      at: now(),
      fixed: after - before,
      listed: items.length,
    };
    await options.store.removeReviewItems([item.id]);
    return c.redirect('/staff/improve');
  });

  app.post('/improve/dismiss', async (c) => {
    const t = tFor(c.get('session').account.langs);
    const form = dismissForm.safeParse(await c.req.parseBody());
    if (!form.success) return c.text(t('inbox.improve.badForm'), 400);
    await options.store.removeReviewItems([form.data.id]);
    return c.redirect('/staff/improve');
  });
}
