/**
 * Work forced by one who keeps the worker's passport, told without a locked door ("el señor que me trajo tiene mi
 * pasaporte, me hace trabajar sin pagarme y dice que si me voy llama a migración", "mesye a kenbe pasapo m, li fè m
 * travay, li pa peye m": judge98's Haitian woman got "call 911" alone, never the anti-trafficking line). The file's
 * held rules need "no me dejan salir". Kept in code, beside knowledge/signals/emergency.yaml, because a change to
 * the file's phrase lists means retraining the dialogue model on them; fold them into the file at the next
 * retraining. Folded text, as the file's rules. So too work demanded "or else", a threat.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';

/** Both told, in any order: the papers kept by another, and work unpaid or forced. */
const allOf = (...parts: string[]): string => `^${parts.map((p) => `(?=.*\\b${p}\\b)`).join('')}`;

/** Work for them demanded with a threat ("some dudes at the station said i gotta work for them or else", judge104). */
const WORK_OR_ELSE = {
  es: '(tengo|tienes|tenemos|tiene|tienen) que (trabajar|jalar|chambear) (para|pa|con) ellos\\b.{0,20}\\b(o si no|si no)',
  en: '(gotta|have to|got to|must|need to|has to) work for (them|him|us)\\b.{0,20}\\b(or else|or they|if not|or we)',
  ht: '(fok|fo|dwe) (m|mwen|nou|li) travay pou (yo|li)\\b.{0,20}\\b(sinon|si (m|mwen|nou) pa)',
};

export const LABOUR_KINDS: EmergencySignals['kinds'] = [
  { kind: 'threats', es: [WORK_OR_ELSE.es], en: [WORK_OR_ELSE.en], ht: [WORK_OR_ELSE.ht] },
  {
    kind: 'held',
    es: [
      allOf(
        '(tiene|tienen|retiene|retienen|guarda|guardan|se quedo con|se quedaron con|me quito|me quitaron) (mi|mis|nuestro|nuestros|el|los) (pasaporte|pasaportes|papeles|documentos)',
        '(sin pagar\\w*|no me (paga|pagan|quiere pagar|quieren pagar)|no nos (paga|pagan)|trabajar gratis|me (hace|hacen|obliga|obligan a) trabajar|nos (hace|hacen|obliga|obligan a) trabajar)',
      ),
    ],
    en: [
      allOf(
        '(has|keeps|kept|took|takes|holds|is holding|won t give back|wont give back) (my|our) (passport|passports|papers|documents|ids?)',
        '((doesn t|doesnt|won t|wont|don t|dont) pay (me|us)|without pay\\w*|(makes|forces|made|forced) (me|us) (to )?work)',
      ),
    ],
    ht: [
      allOf(
        '((kenbe|pran|sere) (paspo|pasapo|papye|dokiman) (m|mwen|nou)|(paspo|pasapo|papye) (m|mwen|nou)( \\w+){0,8} (kenbe|pran|sere) (l|li|yo))',
        '(pa peye (m|mwen|nou)|fe (m|mwen|nou) travay|travay gratis)',
      ),
    ],
  },
];
