/**
 * Ways of saying one no longer sees why to live that knowledge/signals/emergency.yaml does not hold
 * yet ("COMAR refize dosye m… m pa konn pou kisa m ap viv ankò": emerg-cu's woman got the asylum entry
 * and no 911), or that another wants to die. Kept in code, beside the file's own rules, because a
 * change to the file's phrase lists means retraining the dialogue model on them; fold them into the
 * file at the next retraining. Folded text, as the file's rules.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';

export const DESPAIR_KINDS: EmergencySignals['kinds'] = [
  {
    kind: 'suicide',
    es: [
      '\\bno (se|entiendo) (para|pa) (que|q) (vivo|sigo vivo|sigo viva|estoy vivo|estoy viva)\\b',
      '\\b(mejor|mas facil) (seria )?(ya )?(no despertar|no despertarme|no amanecer|estar muert[oa]|morirme)\\b',
    ],
    en: [
      '\\b(dont|don t|do not) (know|see) why (im|i m|i am) (still )?(alive|living)\\b',
      '\\b(easier|better) (to |if i )?(just )?(not wake up|never wake up|didn t wake up|didnt wake up|wasn t here|wasnt here|be dead|were dead)\\b',
      // Of another ("my daughter… just texted me she wants to die and she has pills": judge96's father got the
      // psychologists' eligibility); not where one wishes to die or be buried ("wants to die in mexico").
      '\\bwants to die\\b(?! (in|at|back|there|home|here|near|with|of|from|peacefully|old|like)\\b)',
    ],
    ht: [
      '\\b(m|mw|mwen) pa (konn|konnen|we) (pou ?kisa|pouki|poukisa) (m|mw|mwen) (ap|ta) viv\\b',
      '\\b(pi bon|pi fasil|ta pi bon|ta pi fasil)\\b.{0,20}\\b(m|mwen) pa (leve|reveye)( anko| demen)?\\b',
    ],
  },
];
