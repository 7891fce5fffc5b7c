/**
 * Writes src/understanding/trigrams.json: franc's trigram models for Spanish, English
 * and Haitian Kreyòl only (about 6 KB instead of franc's 363 KB for every language).
 * Run again after upgrading franc: `npm run build:trigrams`.
 */
import { writeFile } from 'node:fs/promises';
import { data } from 'franc/data.js';

const latin = data.Latin ?? {};
const models = { es: latin.spa, en: latin.eng, ht: latin.hat };
for (const [lang, model] of Object.entries(models)) {
  if (!model) throw new Error(`franc has no Latin-script model for ${lang}: check the franc version`);
}
const out = new URL('../src/understanding/trigrams.json', import.meta.url);
await writeFile(out, `${JSON.stringify(models, null, 1)}\n`);
console.log(`wrote ${out.pathname}`);
