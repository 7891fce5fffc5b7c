/**
 * One i18next instance for the whole process, with the texts of locales/ loaded
 * synchronously. Every fallback chain ends in English (i18next does not append the
 * default chain when a language has its own entry). Kreyòl has no ICU plural or date
 * data: plurals fall back to one/other, which suits Kreyòl, and dates are written by hand.
 */
import i18next from 'i18next';
import type { Lang } from '../core/types.ts';
import { resources } from './resources.ts';

/** A text by key, with its variables filled in. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export function createI18n() {
  const instance = i18next.createInstance();
  const translation = (lang: Lang) => Object.assign({}, ...Object.values(resources[lang]));
  void instance.init({
    initAsync: false,
    lng: 'es',
    supportedLngs: ['es', 'en', 'ht'],
    fallbackLng: { es: ['en'], ht: ['en'], default: ['en'] },
    resources: {
      es: { translation: translation('es') },
      en: { translation: translation('en') },
      ht: { translation: translation('ht') },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Texts never change while the process runs, so each (language, key, variables) is
  // translated once: i18next's lookup is the slowest part of rendering a reply.
  const memo = new Map<string, string>();
  const fixed = Object.fromEntries(
    (['es', 'en', 'ht'] as const).map((lang) => {
      const t = instance.getFixedT(lang);
      const cached: Translate = (key, vars) => {
        const id = `${lang}\u0000${key}\u0000${vars ? JSON.stringify(vars) : ''}`;
        let text = memo.get(id);
        if (text === undefined) {
          text = String(vars ? t(key, vars) : t(key));
          if (memo.size < 50_000) memo.set(id, text);
        }
        return text;
      };
      return [lang, cached];
    }),
  ) as Record<Lang, Translate>;
  return {
    t: (lang: Lang): Translate => fixed[lang],
    /** A list under a key (command words, number words), or [] when the key is missing. */
    list(lang: Lang, key: string): string[] {
      const value = instance.getFixedT(lang)(key, { returnObjects: true });
      return Array.isArray(value) ? value.map(String) : [];
    },
  };
}

export type I18n = ReturnType<typeof createI18n>;
