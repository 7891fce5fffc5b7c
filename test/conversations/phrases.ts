/**
 * What a person types, per language, for the conversation behaviour tests. Written for these
 * tests (never taken from the evaluation sets in ../shared/eval).
 */
import type { Lang } from '../../src/core/types.ts';

export interface Phrases {
  dualQuestion: string;
  cost: string;
  time: string;
  documents: string;
  where: string;
  eligibility: string;
  steps: string;
  asylumQuestion: string;
  yes: string;
  no: string;
  notHelped: string;
  remainsQuestion: string;
  locateQuestion: string;
  chatter: string;
  when: string;
  menu: string;
  erase: string;
  extortion: string;
  whatNow: string;
  cannotCall: string;
  placeCorrection: string;
  correctedPlace: string;
  dateCorrection: string;
  correctedDate: string;
  /** Words the reply of a queued conversation must contain in this language ("MENU"). */
  menuWord: RegExp;
  /** Words that say staff will answer: only ever said with a ticket open. */
  staffWill: RegExp;
}

export const PHRASES: Record<Lang, Phrases> = {
  es: {
    dualQuestion: 'mi bebe nacio en denver y quiero que tenga acta mexicana',
    cost: 'y eso cuanto cuesta?',
    time: 'cuanto tiempo tarda mas o menos',
    documents: 'que papeles me van a pedir',
    where: 'donde se hace, aqui en durango?',
    eligibility: 'y si mi otro hijo ya tiene 20 años tambien se puede?',
    steps: 'ok y como empiezo',
    asylumQuestion: 'soy de honduras y quiero pedir refugio en mexico',
    yes: 'si porfavor',
    no: 'no gracias',
    notHelped: 'no me sirvio eso',
    remainsQuestion: 'mi tio fallecio en phoenix y la familia quiere traerlo a durango',
    locateQuestion: 'no sabemos nada de mi primo desde que cruzo la frontera, ayudenme a buscarlo',
    chatter: 'hola',
    when: 'cuando me van a contestar?',
    menu: 'MENU',
    erase: 'BORRAR',
    extortion: 'me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan',
    whatNow: 'que hago? les pago?',
    cannotCall: 'no puedo llamar, no tengo saldo',
    placeCorrection: 'no, el lugar es Tucson Arizona',
    correctedPlace: 'Tucson Arizona',
    dateCorrection: 'no, la fecha es el 2 de junio',
    correctedDate: '2 de junio',
    menuWord: /MEN[UÚ]/,
    staffWill: /te responder[aá]|pas[eé] tu conversaci[oó]n|una persona te/i,
  },
  en: {
    dualQuestion: 'my baby was born in denver and i want her to have a mexican birth record',
    cost: 'how much does that cost?',
    time: 'how long does it take',
    documents: 'what papers will they ask me for',
    where: 'where is it done, can i do it here in durango?',
    eligibility: 'what if my other son is already 20, can he too?',
    steps: 'ok how do i start',
    asylumQuestion: 'i am from honduras and i want to ask for refugee status in mexico',
    yes: 'yes please',
    no: 'no thanks',
    notHelped: 'that did not help',
    remainsQuestion: 'my uncle passed away in phoenix and the family wants to bring him home to durango',
    locateQuestion: 'we have not heard from my cousin since he crossed the border, help us look for him',
    chatter: 'hello',
    when: 'when will someone answer me?',
    menu: 'MENU',
    erase: 'DELETE',
    extortion: 'they keep calling saying they have my son and i must send 2000 dollars or they kill him',
    whatNow: 'what do i do? should i pay them?',
    cannotCall: 'i cant call, i have no credit',
    placeCorrection: 'no, the place is Tucson Arizona',
    correctedPlace: 'Tucson Arizona',
    dateCorrection: 'no, the date is June 2',
    correctedDate: 'June 2',
    menuWord: /MENU/,
    staffWill: /will answer you|passed your conversation|a person will/i,
  },
  ht: {
    dualQuestion: 'pitit mwen fèt Denver epi m vle anrejistre l nan Meksik pou l gen batistè meksiken',
    cost: 'konbyen sa koute?',
    time: 'konbyen tan sa pran',
    documents: 'ki papye yo pral mande m',
    where: 'ki kote yo fè l, eske m ka fè l isit nan Durango?',
    eligibility: 'e pou lòt pitit mwen ki gen 20 an, eske li ka fè l tou?',
    steps: 'ok kijan pou m kòmanse',
    asylumQuestion: 'mwen se ayisyen epi m vle mande refij nan Meksik',
    yes: 'wi tanpri',
    no: 'non mèsi',
    notHelped: 'sa pa ede m',
    remainsQuestion: 'tonton mwen mouri Phoenix epi fanmi an vle fè kò li tounen Durango',
    locateQuestion: 'nou pa gen nouvèl kouzen mwen depi li travèse fwontyè a, ede nou chèche l',
    chatter: 'bonjou',
    when: 'kilè y ap reponn mwen?',
    menu: 'MENI',
    erase: 'EFASE',
    extortion: 'y ap rele m di yo gen pitit mwen e pou m voye 2000 dola oswa y ap touye l',
    whatNow: 'kisa pou m fè? eske m peye yo?',
    cannotCall: 'm pa ka rele, m pa gen kredi',
    placeCorrection: 'non, kote a se Tucson Arizona',
    correctedPlace: 'Tucson Arizona',
    dateCorrection: 'non, dat la se 2 jen',
    correctedDate: '2 jen',
    menuWord: /MENI/,
    staffWill: /ap reponn ou|pase konv[eè]sasyon ou|yon moun ap/i,
  },
};
