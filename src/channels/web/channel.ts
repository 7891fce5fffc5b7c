/**
 * The web chat as a channel: the page, its script, an embed script for other sites, and a
 * small JSON API, served as the channel's route at /. It has no `deliver`: a request is
 * answered with its turn's messages, and staff replies are read from the transcript
 * (/api/chat/history). The person is known by a signed, HttpOnly cookie holding a random id,
 * so a reload keeps the conversation. Every request body is validated with zod; a button
 * value the assistant never gave is a 400 that says what to send, never a 500. The API takes
 * JSON from the chat's own page (or the office's sites) only (api-guard.ts); a person over a
 * rate limit reads what to do and the emergency lines, never an empty chat (wait-reply.ts).
 * Every message it returns says its language, so the page can mark each one (`lang`), and
 * whether it is an emergency's reply (set apart, its lines to call as tel: links).
 */
import { type Context, Hono } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import { conversationId } from '../../core/address.ts';
import { UnknownChoiceError } from '../../core/errors.ts';
import type { Channel } from '../../core/ports/channel.ts';
import type { ConversationStore } from '../../core/ports/conversation-store.ts';
import type { Conversations } from '../../core/ports/conversations.ts';
import { LANGS, type Lang } from '../../core/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { chatApiGuard } from './api-guard.ts';
import { chatClientScript } from './client.ts';
import { chatPage } from './page.ts';
import { waitReplies } from './wait-reply.ts';
import { widgetScript } from './widget.ts';

export interface WebChannelOptions {
  /** Where the chat's history is read (staff replies arrive there). */
  transcripts: Pick<ConversationStore, 'getTranscript'>;
  i18n: I18n;
  /** The office's short name, in the page's title. */
  office: string;
  /** Signs the chat cookie; from SESSION_SECRET. */
  secret: string;
  /** Send cookies only over HTTPS (true in production). */
  secureCookies: boolean;
  /** Rate limits (src/http/limits/policy.ts); none: every message is taken. */
  limits?: WebChatLimits;
  /** Pages that may write to the API, as CSP sources (WEB_CHAT_FRAME_ANCESTORS); its own origin by default. */
  allowedOrigins?: readonly string[];
  /** The chat's address that widget.js frames (PUBLIC_URL); the address widget.js was loaded from if not set (widget.ts). */
  publicUrl?: string;
  /** The office's emergency lines (knowledge/office.yaml): where a reply names one, it is a tap-to-call link. */
  phoneLines?: readonly string[];
}

/** What the web chat asks of the rate limits (the policy lives in src/http/limits). */
export interface WebChatLimits {
  /** The client's address, from the request (and Hono's env, for Node's socket). */
  address(request: Request, env: unknown): string;
  /** Counts a message from `address` in `conversationId` (null: it starts one): 0, or ms to wait. */
  webMessage(address: string, conversationId: string | null): Promise<number>;
  /** A conversation was started from `address`. */
  started(conversationId: string, address: string): Promise<void>;
}

const COOKIE = 'enlace_chat';
/** A message's body: 2,000 characters, even sent as 6-byte \u escapes, and its id, fit well. */
const MAX_BODY = 16 * 1024;
const ONE_YEAR = 365 * 24 * 3600;
const messageSchema = z.union([
  z.object({
    id: z.string().min(8).max(64),
    lang: z.enum(LANGS).optional(),
    text: z.string().trim().min(1).max(2000),
  }),
  z.object({
    id: z.string().min(8).max(64),
    lang: z.enum(LANGS).optional(),
    choice: z.string().min(1).max(64),
  }),
]);

function pickLang(query: string | undefined, accept: string | undefined): Lang {
  const wanted = [query, ...(accept ?? '').split(',').map((p) => p.trim().slice(0, 2))];
  return (wanted.find((l) => LANGS.includes(l as Lang)) as Lang | undefined) ?? 'es';
}

export function createWebChannel(options: WebChannelOptions): Channel {
  return {
    name: 'web',
    choices: 'buttons',
    routes: (conversations) => [
      { path: '/', maxBody: MAX_BODY, fetch: webChatApp(options, conversations).fetch },
    ],
  };
}

function webChatApp(options: WebChannelOptions, conversations: Conversations) {
  const app = new Hono();
  // Errors go to the server's one handler (a store outage is a 503 that asks to send again).
  app.onError((error) => {
    throw error;
  });
  app.use('/api/chat/*', chatApiGuard({ sources: options.allowedOrigins ?? ["'self'"], i18n: options.i18n }));
  const waits = waitReplies(options.i18n);

  async function chatId(c: Context, create: boolean): Promise<string | null> {
    const known = await getSignedCookie(c, options.secret, COOKIE);
    if (typeof known === 'string' && /^[0-9a-f-]{36}$/.test(known)) return known;
    if (!create) return null;
    const fresh = crypto.randomUUID();
    await setSignedCookie(c, COOKIE, fresh, options.secret, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookies,
      path: '/',
      maxAge: ONE_YEAR,
    });
    return fresh;
  }

  app.get('/', (c) => {
    const lang = pickLang(c.req.query('lang'), c.req.header('accept-language'));
    return c.html(chatPage(lang, options.i18n, options.office, options.phoneLines ?? []));
  });
  /** A script that is the same for every request (nothing of the request is in it), so caches may keep it. */
  const script = (source: string) => (c: Context) =>
    c.body(source, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
  app.get('/chat.js', script(chatClientScript));
  // <script src="https://your.office/widget.js" async></script> puts the chat in a corner of any page.
  app.get('/widget.js', script(widgetScript(options.publicUrl)));

  app.post('/api/chat/messages', async (c) => {
    const raw: unknown = await c.req.json().catch(() => null);
    const known = await chatId(c, false);
    // Every message counts, even one that turns out malformed; a refused one starts nothing.
    const address = options.limits?.address(c.req.raw, c.env) ?? '';
    const wait = options.limits
      ? await options.limits.webMessage(
          address,
          known ? conversationId({ channel: 'web', chatId: known }) : null,
        )
      : 0;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const lang = pickLang((raw as { lang?: string } | null)?.lang, c.req.header('accept-language'));
      const error = options.i18n.t(lang)('limits.tooMany');
      const messages = waits.over(lang, !known).map((m) => ({ ...m, lang }));
      return c.json({ error, retryAfter: seconds, messages }, 429, {
        'retry-after': String(seconds),
      });
    }
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return c.json({ error: 'Send {"id", "text"} or {"id", "choice"}.' }, 400);
    const body = parsed.data;
    if ('choice' in body && !conversations.isChoice(body.choice))
      return c.json({ error: new UnknownChoiceError(body.choice).message }, 400);
    const id = known ?? (await chatId(c, true)) ?? '';
    if (!known) await options.limits?.started(conversationId({ channel: 'web', chatId: id }), address);
    const result = await conversations.handle({
      id: body.id,
      channel: 'web',
      chatId: id,
      // The client's address, for the case checks' per-sender limits (hashed by the engine, never kept).
      ...(address ? { from: address } : {}),
      ...(body.lang ? { langHint: body.lang } : {}),
      content: 'text' in body ? { type: 'text', text: body.text } : { type: 'choice', value: body.choice },
    });
    const lines = await options.transcripts.getTranscript(conversationId({ channel: 'web', chatId: id }), 1);
    const messages = result.outbound.map((o) => ({ text: o.text, buttons: o.buttons }));
    if (!known && 'text' in body && body.text === '/start') waits.keepWelcome(result.lang, messages);
    // The conversation's language after the turn (its messages are in it; the page follows it), and
    // the person's words' when understanding was sure of it (as the transcript keeps it).
    const m = result.meaning;
    const said = m?.langConfident || m?.langClear ? m.lang : undefined;
    return c.json({
      seq: lines.at(-1)?.seq ?? 0,
      lang: result.lang,
      ...(said ? { said } : {}),
      // An emergency's reply is set apart on the page (its own style, the lines to call).
      ...(result.report.emergency ? { emergency: true } : {}),
      messages,
    });
  });

  app.get('/api/chat/history', async (c) => {
    const id = await chatId(c, false);
    if (!id) return c.json({ lines: [] });
    const after = Number(c.req.query('after') ?? 0) || 0;
    const lines = (
      await options.transcripts.getTranscript(conversationId({ channel: 'web', chatId: id }))
    ).filter(
      // Internal staff notes are never shown to the person.
      (l) => (l.seq ?? 0) > after && l.from !== 'note',
    );
    return c.json({
      lines: lines.map((l) => ({
        seq: l.seq ?? 0,
        from: l.from,
        text: l.text,
        buttons: l.buttons ?? [],
        ...(l.lang ? { lang: l.lang } : {}),
        ...(l.emergency ? { emergency: true } : {}),
      })),
    });
  });

  return app;
}
