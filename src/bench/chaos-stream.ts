/**
 * The steady, bounded stream `npm run chaos` sends through an outage: every second a new
 * person writes on WhatsApp, one on Telegram and one on the web chat. Each sender behaves as
 * its platform does: Meta and Telegram send again (here every 2 s) until they get a 2xx; a
 * person on the web chat sends again while the answer is 503 ("send it again"). Counts what
 * came back: every status seen, messages accepted, and the web chat's answers.
 */

import type { IntakeRig } from '../testing/intake-rig.node.ts';
import { telegramUpdates } from '../testing/telegram-updates.ts';

export interface StreamCounts {
  whatsapp: { sent: number; statuses: Record<string, number> };
  telegram: { sent: number; statuses: Record<string, number> };
  web: { sent: number; answered: number; statuses: Record<string, number> };
  /** People and chats whose message was accepted (2xx): each must get an answer. */
  waPeople: string[];
  tgChats: string[];
}

const RESEND_MS = 2_000;
const TEXTS = [
  '¿qué necesito para apostillar un acta de nacimiento?',
  'quiero saber de la pensión de mi papá que trabajó en Estados Unidos',
  'how can my son get Mexican nationality if he was born in Ohio?',
  'mwen vle konnen kijan pou m jwenn yon viza imanitè',
];

const count = (statuses: Record<string, number>, status: string) => {
  statuses[status] = (statuses[status] ?? 0) + 1;
};

/** Posts until the answer is 2xx; a refused connection counts as status "refused". */
async function untilAccepted(post: () => Promise<number>, statuses: Record<string, number>) {
  for (;;) {
    const status = await post().catch(() => 0);
    count(statuses, status === 0 ? 'refused' : String(status));
    if (status >= 200 && status < 300) return;
    await new Promise((resolve) => setTimeout(resolve, RESEND_MS));
  }
}

async function webMessage(base: string, text: string, counts: StreamCounts['web'], n: number) {
  let cookie = '';
  for (;;) {
    const response = await fetch(`${base}/api/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ id: `chaos-web-${n}`, text }),
    }).catch(() => null);
    count(counts.statuses, response ? String(response.status) : 'refused');
    cookie = response?.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    if (response?.status === 200) {
      const body = (await response.json()) as { messages: unknown[] };
      if (body.messages.length > 0) counts.answered += 1;
      return;
    }
    // Only "send it again" (503) or no answer at all is tried again; anything else is counted as lost.
    if (response && response.status !== 503) return;
    await new Promise((resolve) => setTimeout(resolve, RESEND_MS));
  }
}

/** Sends for `seconds`, one message per channel per second; resolves once every one was accepted. */
export async function steadyStream(rig: IntakeRig, seconds: number, tag: string): Promise<StreamCounts> {
  const counts: StreamCounts = {
    whatsapp: { sent: 0, statuses: {} },
    telegram: { sent: 0, statuses: {} },
    web: { sent: 0, answered: 0, statuses: {} },
    waPeople: [],
    tgChats: [],
  };
  const update = telegramUpdates(50_000);
  const senders: Promise<void>[] = [];
  for (let i = 0; i < seconds; i++) {
    const text = TEXTS[i % TEXTS.length] ?? '';
    const waId = `52161899${tag}${String(i).padStart(4, '0')}`;
    const chat = 8_000_000 + i;
    // Telegram sends the same update again (same update_id) until it gets a 2xx.
    const tgUpdate = update(chat, text);
    counts.whatsapp.sent += 1;
    counts.telegram.sent += 1;
    counts.web.sent += 1;
    senders.push(
      untilAccepted(
        () => rig.postCloud([{ waId, id: `wamid.chaos${tag}x${i}`, text }]),
        counts.whatsapp.statuses,
      ).then(() => void counts.waPeople.push(waId)),
      untilAccepted(() => rig.postTelegram(tgUpdate), counts.telegram.statuses).then(
        () => void counts.tgChats.push(String(chat)),
      ),
      webMessage(rig.base, text, counts.web, i),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await Promise.all(senders);
  return counts;
}
