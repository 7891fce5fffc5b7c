/**
 * Everything else the demo's people type, in the three languages, written for the demo:
 * greetings, asking for a person, "that did not help", messages the assistant cannot
 * understand (nonsense, things the office does not do), clear non-graphic emergencies
 * (someone held and threatened: each is checked with `npm run ask`), a worry that may be a
 * danger, words while waiting for staff, thanks, and made-up answers for the families' forms.
 */
import type { Lang } from '../core/types.ts';

type ByLang = Readonly<Record<Lang, readonly string[]>>;

export const GREETINGS: ByLang = {
  es: ['hola', 'buenas tardes', 'buen dia', 'hola buenas noches', 'que tal'],
  en: ['hi', 'hello', 'good morning'],
  ht: ['bonjou', 'bonswa', 'bonjou zanmi'],
};

export const ASK_PERSON: ByLang = {
  es: [
    'quiero hablar con una persona',
    'me pasas con alguien de la oficina',
    'prefiero que me atienda un humano',
  ],
  en: ['can I talk to a real person', 'I want to speak with someone from the office'],
  ht: ['mwen vle pale ak yon moun', 'pase m bay yon moun nan biwo a'],
};

export const NOT_HELPED: ByLang = {
  es: ['eso no me sirvio', 'no me ayudo en nada', 'no era eso lo que preguntaba'],
  en: ['that did not help', 'that did not help me at all'],
  ht: ['sa pa ede m', 'se pa sa m te mande'],
};

/** Keyboard noise and half words: the assistant should say it did not understand. */
export const NONSENSE: ByLang = {
  es: ['jsjsjs', 'asdfg', 'mmm ok ok ok', 'qwe rty', '...', 'ñlkj poiu'],
  en: ['lol idk', 'zxcv bnm', 'hmm?'],
  ht: ['mmm wi non', 'dkdkdk', 'hmm'],
};

/** Requests the office does not handle. */
export const OUT_OF_SCOPE: ByLang = {
  es: [
    'quien gano el partido de anoche',
    'me recomiendas una receta de pozole',
    'cuanto esta el dolar hoy',
    'vendo una camioneta seminueva',
  ],
  en: ['what is the weather tomorrow', 'can you recommend a good movie'],
  ht: ['ki moun ki genyen match la yè swa', 'ban m yon resèt diri ak pwa'],
};

/** Someone held and threatened, or in danger now: plain words, nothing graphic. */
export const EMERGENCY: ByLang = {
  es: [
    'me tienen encerrado en una casa y me amenazan, no me dejan salir',
    'unos hombres nos tienen retenidos y piden dinero a mi familia',
    'estoy en peligro, me estan amenazando ahorita',
  ],
  en: [
    'they are holding me in a house and threatening me, I cannot leave',
    'some men are keeping us locked up and asking my family for money',
  ],
  ht: [
    'yo fèmen m nan yon kay epi y ap menase m, mwen pa ka soti',
    'gen moun ki kenbe nou epi y ap mande fanmi m lajan',
  ],
};

/** Where the person is, after the assistant asks in an emergency. */
export const EMERGENCY_PLACE: ByLang = {
  es: [
    'en una casa en las afueras de reynosa',
    'no se, es un cuarto sin ventanas cerca de la central',
    'cerca de la terminal de autobuses',
  ],
  en: ['somewhere near the bus station in Monterrey', 'I do not know, a room with no windows'],
  ht: ['toupre tèminal bis la', 'mwen pa konnen, yon chanm san fenèt'],
};

/** A danger told in the past: the safety net answers ("possible") and staff are asked to look. */
export const PAST_DANGER: ByLang = {
  es: [
    'hace un año me tuvieron secuestrado en tamaulipas, todavia puedo denunciar?',
    'el año pasado un policia me golpeo en la garita, se puede hacer algo?',
  ],
  en: ['my cousin was kidnapped last year near the border, can we still report it?'],
  ht: ['ane pase yo te kidnape kouzen m, èske nou ka toujou fè plent?'],
};

export const WHILE_WAITING: ByLang = {
  es: ['hola? sigue alguien ahi', 'cuanto tiempo mas tengo que esperar', 'gracias, aqui espero'],
  en: ['hello? is anyone there', 'ok I will wait'],
  ht: ['alo? gen moun la', 'mèsi, m ap tann'],
};

export const THANKS: ByLang = {
  es: [
    'muchas gracias',
    'ok, gracias por la informacion',
    'perfecto, alla voy el lunes',
    'muy amable, gracias',
  ],
  en: ['thank you so much', 'ok, thanks for the help'],
  ht: ['mèsi anpil', 'dakò, mèsi pou èd la'],
};

/** Staff's first answer (not counted anywhere: staff words are no one's personal data). */
export const STAFF_REPLIES: ByLang = {
  es: [
    'Hola, soy del Instituto. Ya revisé tu caso; ¿me confirmas un teléfono para llamarte?',
    'Buenas tardes. Con gusto te ayudamos: puedes venir de lunes a viernes a la oficina con tu identificación.',
    'Hola, ya estamos en contacto con el consulado por tu caso. Te aviso por aquí.',
  ],
  en: ['Hello, this is the Institute. We are looking at your case; can you confirm a phone number?'],
  ht: ['Bonjou, se biwo Enstiti a. N ap gade ka w la kounye a.'],
};

/** Made-up answers for the families' forms: no real person. */
export const FORM_ANSWERS = {
  names: [
    'Juan Demo Martínez',
    'María Ejemplo Soto',
    'José Prueba Ramírez',
    'Rosa Ficticia Herrera',
    'Pierre Egzanp Jean',
  ],
  places: [
    'Houston, Texas',
    'Phoenix, Arizona',
    'Chicago, Illinois',
    'cerca de Sasabe, Sonora',
    'Los Angeles',
  ],
  dates: ['el 3 de marzo', 'hace dos semanas', 'el mes pasado', 'last Tuesday'],
  relationships: ['hermano', 'hija', 'esposa', 'tío', 'brother', 'sè'],
  origins: ['Canatlán, Durango', 'Santiago Papasquiaro', 'Gómez Palacio', 'Durango capital'],
  contacts: ['por este chat', '618 555 0100', 'WhatsApp 618 555 0199', 'aquí mismo'],
} as const;
