/**
 * One i18next instance for the whole process, with the texts of locales/ loaded
 * synchronously. Every fallback chain ends in English (i18next does not append the
 * default chain when a language has its own entry). Kreyòl has no ICU plural or date
 * data: plurals fall back to one/other, which suits Kreyòl, and dates are written by hand.
 */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../core/types.ts';
import { resources } from './resources.ts';

export type Translate = TFunction;

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
  return {
    t: (lang: Lang): Translate => instance.getFixedT(lang),
    /** A list under a key (command words, number words), or [] when the key is missing. */
    list(lang: Lang, key: string): string[] {
      const value = instance.getFixedT(lang)(key, { returnObjects: true });
      return Array.isArray(value) ? value.map(String) : [];
    },
  };
}

export type I18n = ReturnType<typeof createI18n>;
