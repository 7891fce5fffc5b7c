/**
 * The raw material of the fuzz cases (fast-check arbitraries): text as people and attackers
 * send it (any Unicode, lone surrogates, control characters, markup, template and prototype
 * words, very long runs), numbers at the edges, header values, URL parts both well and badly
 * percent-encoded, and bodies that are JSON, almost JSON, or not JSON at all.
 */
import fc from 'fast-check';

/** Words that have broken parsers, templates and objects elsewhere. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  '\n\r\t',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE x; --",
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '{{x}}',
  '$t(web.title)',
  `\${7*7}`,
  '\u202eevil',
  '\ud800',
  '\udfff',
  '😀',
  '/start',
  '/start@enlace_bot',
  'HUMANO',
  'BORRAR',
  'menu',
  'sí',
  '911',
  '%00',
  '%E0%A4%A',
  '../../etc/passwd',
  'NaN',
  '-1',
  '1e308',
  'null',
  'undefined',
  'javascript:alert(1)',
];

/** Any text: whole graphemes, raw UTF-16 (lone surrogates too), the nasty list, long repeats. */
export function text(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...NASTY), fc.integer({ min: 50, max: 3000 }))
        .map(([s, n]) => s.repeat(n)),
    },
  );
}

/** Integers and not-quite-integers at the edges. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 53, Number.MAX_SAFE_INTEGER, 1e21, 0.5, -0.0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, often an object. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(text(20), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
);

/** A body: the value as JSON, JSON cut short, or any text. */
export function body(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.tuple(value, fc.nat()).map(([v, n]) => {
        const json = JSON.stringify(v) ?? '';
        return json.slice(0, n % (json.length + 1));
      }),
    },
    { weight: 1, arbitrary: text(300) },
  );
}

/** A header value a client can send (printable ASCII). */
export const headerValue: fc.Arbitrary<string> = fc
  .string({ unit: 'binary-ascii', maxLength: 60 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, '').trim());

export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant('application/json'),
  fc.constant('application/x-www-form-urlencoded'),
  fc.constantFrom(
    undefined,
    'text/plain',
    'multipart/form-data; boundary=x',
    'multipart/form-data',
    'application/json; charset=latin1',
    'application/xml',
  ),
  headerValue,
);

/** Lone surrogates as U+FFFD, so that encodeURIComponent takes the text. */
const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A URL part: percent-encoded (so any text), or raw characters that may be badly encoded ("%E0%A4%A"). */
export const urlPart: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: text(80).map((s) => encodeURIComponent(wellFormed(s))) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('%', 'E0', 'A4', 'zz', 'a', '0', '=', '&', '+', '.', '..', '~', ';', ':'), {
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
  },
);

/** An index into a pool the runner fills as it goes (ids, cookies, button values it has seen). */
export const pick = fc.nat();
export const from = <T>(pool: readonly T[], index: number): T | undefined =>
  pool[index % Math.max(1, pool.length)];
