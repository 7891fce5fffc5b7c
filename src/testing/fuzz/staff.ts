/**
 * Fuzz cases for the staff inbox, signed in as an admin: every form (login, reply, note,
 * transfer, take, close, canned replies, disabling and unlocking accounts, signing out everywhere) with hostile fields, extra fields, a right, missing
 * or forged CSRF token and any content type, on real conversations and made-up ids (well or
 * badly percent-encoded); and every page with any query. Logins come from a client of their
 * own, so the admin's session stays. Rules beyond "no 5xx": every answer carries the
 * Content-Security-Policy with frame-ancestors 'none'.
 */
import fc from 'fast-check';
import type { Store } from '../../core/ports/store.ts';
import { body, contentType, from, headerValue, jsonValue, pick, text, urlPart } from './inputs.ts';
import { FUZZ_PASSWORD, type FuzzTarget, type Outcome, type Send } from './target.ts';

type Conversation = { seen: number } | { made: string };
type Csrf = 'right' | 'none' | { forged: string };
const FORM = 'application/x-www-form-urlencoded';

export type StaffCase =
  | { kind: 'login'; name: string; password: string; form: boolean; raw: string; type: string | undefined }
  | {
      kind: 'action';
      action: string;
      conversation: Conversation;
      fields: Record<string, string>;
      csrf: Csrf;
      type: string | undefined;
    }
  | { kind: 'canned'; fields: Record<string, string>; csrf: Csrf }
  | { kind: 'admin'; action: string; fields: Record<string, string>; csrf: Csrf }
  | { kind: 'page'; page: string; conversation: Conversation; part: string };

const conversation: fc.Arbitrary<Conversation> = fc.oneof(
  { weight: 3, arbitrary: pick.map((seen) => ({ seen })) },
  { weight: 1, arbitrary: urlPart.map((made) => ({ made })) },
);
const csrf: fc.Arbitrary<Csrf> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('right' as const) },
  { weight: 1, arbitrary: fc.constant('none' as const) },
  { weight: 1, arbitrary: headerValue.map((forged) => ({ forged })) },
);
const fields = fc.dictionary(
  fc.oneof(fc.constantFrom('text', 'to', 'canned', 'lang', 'remove', 'csrf', 'name'), text(10)),
  fc.oneof(text(), fc.constantFrom('ana', 'luis', 'es', 'en', 'ht', 'default-es-0', 'default-ht-1')),
  { maxKeys: 5 },
);
// Mostly a plain form, as the inbox's pages send.
const formType = fc.oneof({ weight: 6, arbitrary: fc.constant(FORM) }, { weight: 1, arbitrary: contentType });

export const staffCase: fc.Arbitrary<StaffCase> = fc.oneof(
  {
    // Few: a login costs a password hash.
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('login' as const),
      // Never the admin the runner is signed in as: wrong passwords lock an account out.
      name: fc.oneof(fc.constantFrom('luis', 'LUIS', 'luis ', 'nadie'), text(40)),
      password: fc.oneof(fc.constant(FUZZ_PASSWORD), text(80)),
      form: fc.boolean(),
      raw: body(jsonValue),
      type: formType,
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      action: fc.oneof(fc.constantFrom('reply', 'note', 'transfer', 'claim', 'close'), urlPart),
      conversation,
      fields,
      csrf,
      type: formType,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('canned' as const), fields, csrf }) },
  {
    // Disabling, enabling and unlocking accounts (signing out everywhere would end the runner's own session).
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('admin' as const),
      action: fc.oneof(fc.constantFrom('accounts/disable', 'accounts/enable', 'accounts/unlock'), urlPart),
      fields,
      csrf,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('page' as const),
      page: fc.constantFrom(
        'list',
        'conversation',
        'media',
        'canned',
        'reviews',
        'whatsapp',
        'accounts',
        'audit',
        'other',
      ),
      conversation,
      part: urlPart,
    }),
  },
);

export function staffTarget(harness: {
  send: Send;
  store: Pick<Store, 'listTickets'>;
}): FuzzTarget<StaffCase> {
  const jar = new Map<string, string>();
  let token = '';
  let signedIn = false;
  let ids: string[] = [];
  let cases = 0;

  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  async function asAdmin(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookieHeader());
    const response = await harness.send(path, { ...init, headers });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', ...value] = pair.split('=');
      jar.set(name, value.join('='));
    }
    // No case signs the admin out: being sent to the login page is a failure of the case
    // (and the runner signs in again for the next one).
    if (response.headers.get('location') === '/staff/login') signedIn = false;
    return response;
  }
  async function signIn() {
    jar.clear();
    const form = new URLSearchParams({ name: 'ana', password: FUZZ_PASSWORD }).toString();
    await asAdmin('/staff/login', { method: 'POST', body: form, headers: { 'content-type': FORM } });
    const page = await (await asAdmin('/staff')).text();
    token = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    signedIn = token !== '';
  }
  const idOf = (c: Conversation) =>
    'seen' in c ? encodeURIComponent(from(ids, c.seen) ?? 'web:none') : c.made;
  const withCsrf = (f: Record<string, string>, c: Csrf) => {
    const params = new URLSearchParams(f);
    if (c !== 'none') params.set('csrf', c === 'right' ? token : c.forged);
    return params.toString();
  };

  async function check(response: Response, path: string): Promise<Outcome> {
    await response.arrayBuffer();
    if (!signedIn) return { status: response.status, problem: "the admin's session ended" };
    const policy = response.headers.get('content-security-policy') ?? '';
    // ("/staff/c/x/../.." is not the inbox's any more.)
    const staff = /^\/staff(\/|$)/.test(new URL(path, 'http://localhost').pathname);
    // (A 431 comes from Node's HTTP server itself, for a URL past its header limit: no app there.)
    if (staff && response.status !== 431 && !/frame-ancestors 'none'/.test(policy))
      return { status: response.status, problem: `no frame-ancestors 'none' (CSP: "${policy}")` };
    return { status: response.status };
  }

  return {
    name: 'staff inbox',
    arbitrary: staffCase,
    async run(input) {
      if (!signedIn) await signIn();
      if (!signedIn) return { status: 0, problem: 'the admin could not sign in (locked out?)' };
      if (cases++ % 50 === 0) ids = (await harness.store.listTickets()).map((t) => t.conversationId);
      if (input.kind === 'login') {
        const payload = input.form
          ? new URLSearchParams({ name: input.name, password: input.password }).toString()
          : input.raw;
        const headers: Record<string, string> =
          input.type === undefined ? {} : { 'content-type': input.type };
        return check(
          await harness.send('/staff/login', { method: 'POST', body: payload, headers }),
          '/staff/login',
        );
      }
      if (input.kind === 'action') {
        const headers: Record<string, string> =
          input.type === undefined ? {} : { 'content-type': input.type };
        const path = `/staff/c/${idOf(input.conversation)}/${input.action}`;
        return check(
          await asAdmin(path, { method: 'POST', body: withCsrf(input.fields, input.csrf), headers }),
          path,
        );
      }
      if (input.kind === 'admin') {
        const path = `/staff/${input.action}`;
        const init = {
          method: 'POST',
          body: withCsrf(input.fields, input.csrf),
          headers: { 'content-type': FORM },
        };
        return check(await asAdmin(path, init), path);
      }
      if (input.kind === 'canned') {
        const init = {
          method: 'POST',
          body: withCsrf(input.fields, input.csrf),
          headers: { 'content-type': FORM },
        };
        return check(await asAdmin('/staff/canned', init), '/staff/canned');
      }
      const id = idOf(input.conversation);
      const paths: Record<string, string> = {
        list: `/staff?f=${input.part}`,
        conversation: `/staff/c/${id}`,
        media: `/staff/c/${id}/media/${input.part}`,
        canned: '/staff/canned',
        reviews: '/staff/reviews',
        whatsapp: '/staff/whatsapp',
        accounts: '/staff/accounts',
        audit: `/staff/audit?page=${input.part}`,
        other: `/staff/${input.part}`,
      };
      const path = paths[input.page] ?? '/staff';
      return check(await asAdmin(path), path);
    },
  };
}
