/**
 * Every text key exists in es, en and ht, with the same interpolation variables, so no
 * person ever sees a raw key or a "{{name}}" left unfilled.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/types.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { LOCALE_FILES, resources } from '../../src/i18n/resources.ts';

type Tree = { [key: string]: Tree | string | string[] };

function flatten(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string | string[]) =>
  [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  for (const file of LOCALE_FILES) {
    const [es, en, ht] = LANGS.map((lang) => flatten(resources[lang][file] as Tree));
    it(`${file}.json has the same keys in es, en and ht`, () => {
      expect([...(en ?? [])].map(([k]) => k).sort()).toEqual([...(es ?? [])].map(([k]) => k).sort());
      expect([...(ht ?? [])].map(([k]) => k).sort()).toEqual([...(es ?? [])].map(([k]) => k).sort());
    });
    it(`${file}.json uses the same interpolation variables in every language`, () => {
      for (const [key, text] of es ?? []) {
        expect(variables(en?.get(key) ?? ''), `en ${key}`).toEqual(variables(text));
        expect(variables(ht?.get(key) ?? ''), `ht ${key}`).toEqual(variables(text));
      }
    });
  }

  it('has no empty text', () => {
    for (const lang of LANGS) {
      for (const file of LOCALE_FILES) {
        for (const [key, text] of flatten(resources[lang][file] as Tree))
          expect(String(text).trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('detects a key missing in one language', () => {
    const es = flatten({ a: 'x', b: { c: 'y' } });
    const ht = flatten({ a: 'x' });
    expect([...ht.keys()]).not.toEqual([...es.keys()]);
  });

  it('falls back to English, never to a raw key, for a key only English has', () => {
    const i18n = createI18n();
    expect(i18n.t('ht')('welcome.greeting', { office: 'X' })).toContain('Bonjou');
    expect(i18n.t('es')('language.en')).toBe('English');
  });
});
