/**
 * Fuzz cases for the web chat: its page (any language asked, any Accept-Language), its
 * message API (bodies shaped like a message with hostile values, any JSON, cut JSON, not
 * JSON; any content type; with no cookie, a cookie it set earlier, or a forged one; button
 * values it gave earlier or made up) and its history (any `after`). Rules beyond "no 5xx":
 * every answer carries the Content-Security-Policy, and an accepted message gets messages.
 */
import fc from 'fast-check';
import {
  body,
  contentType,
  edgeNumber,
  from,
  headerValue,
  jsonValue,
  pick,
  text,
  urlPart,
} from './inputs.ts';
import { type FuzzTarget, type Outcome, remember, type Send } from './target.ts';

type Cookie = { known: number } | { forged: string } | null;

export type WebChatCase =
  | {
      kind: 'message';
      message: {
        id?: string;
        lang?: string;
        text?: string;
        choice?: string | { seen: number };
        extra?: unknown;
      };
      json: boolean;
      raw: string;
      contentType: string | undefined;
      cookie: Cookie;
      address: number;
    }
  | { kind: 'history'; after: string; cookie: Cookie; address: number }
  | { kind: 'page'; query: string; accept: string; address: number };

const cookie: fc.Arbitrary<Cookie> = fc.oneof(
  fc.constant(null),
  pick.map((known) => ({ known })),
  headerValue.map((forged) => ({ forged })),
);
// Requests from a few hundred addresses, as many people would send them.
const address = fc.integer({ min: 1, max: 400 });

const message = fc.record(
  {
    id: fc.oneof(fc.uuid(), text(80)),
    lang: fc.oneof(fc.constantFrom('es', 'en', 'ht'), text(6)),
    text: text(),
    choice: fc.oneof(
      pick.map((seen) => ({ seen })),
      text(70),
    ),
    extra: jsonValue,
  },
  { requiredKeys: [] },
);

export const webChatCase: fc.Arbitrary<WebChatCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('message' as const),
      message,
      // Mostly a message-shaped object; else any body at all.
      json: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      raw: body(jsonValue),
      contentType,
      cookie,
      address,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('history' as const),
      after: fc.oneof(urlPart, edgeNumber.map(String)),
      cookie,
      address,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('page' as const),
      query: urlPart,
      accept: headerValue,
      address,
    }),
  },
);

export function webChatTarget(send: Send): FuzzTarget<WebChatCase> {
  const cookies: string[] = [];
  const choices: string[] = [];

  function headersFor(input: { cookie?: Cookie; address: number }, type?: string) {
    const headers = new Headers({ 'x-forwarded-for': `198.51.100.${input.address % 256}` });
    const c = input.cookie;
    const value = c && 'known' in c ? from(cookies, c.known) : c?.forged;
    if (value !== undefined) headers.set('cookie', value);
    if (type !== undefined) headers.set('content-type', type);
    return headers;
  }

  async function check(response: Response, expectMessages: boolean): Promise<Outcome> {
    const status = response.status;
    for (const set of response.headers.getSetCookie()) remember(cookies, set.split(';')[0] ?? '');
    // (A 431 comes from Node's HTTP server itself, for a URL past its header limit: no app there.)
    if (status !== 431 && !response.headers.get('content-security-policy'))
      return { status, problem: 'no Content-Security-Policy header' };
    if (!expectMessages || status !== 200) {
      await response.arrayBuffer();
      return { status };
    }
    const data = (await response.json()) as { messages?: Array<{ buttons?: Array<{ value: string }> }> };
    if (!Array.isArray(data.messages)) return { status, problem: 'a 200 without messages' };
    for (const m of data.messages) for (const b of m.buttons ?? []) remember(choices, b.value);
    return { status };
  }

  return {
    name: 'web chat',
    arbitrary: webChatCase,
    async run(input) {
      if (input.kind === 'page') {
        const headers = headersFor(input);
        if (input.accept) headers.set('accept-language', input.accept);
        return check(await send(`/?lang=${input.query}`, { headers }), false);
      }
      if (input.kind === 'history')
        return check(
          await send(`/api/chat/history?after=${input.after}`, { headers: headersFor(input) }),
          false,
        );
      const { choice, ...rest } = input.message;
      const chosen = typeof choice === 'object' ? from(choices, choice.seen) : choice;
      const payload = input.json
        ? JSON.stringify({ ...rest, ...(chosen !== undefined ? { choice: chosen } : {}) })
        : input.raw;
      const response = await send('/api/chat/messages', {
        method: 'POST',
        body: payload,
        headers: headersFor(input, input.contentType),
      });
      return check(response, true);
    },
  };
}
