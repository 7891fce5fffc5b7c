/**
 * Whether a message only says who writes and where they are ("hola estamos en monterrey mi esposo y
 * yo", "hi me and my wife are in juarez", "bonjou nou nan Tijuana ak pitit mwen"): a greeting, the
 * people, their country and their town, and nothing else. The topic model, trained on dangers that
 * open that way ("estamos en Reynosa mi esposo y yo, nos tienen encerrados"), read such
 * introductions as a danger on its own (p 0.73 to 1.0, session 69): it calls no emergency on one.
 * Pure.
 */
import type { PlaceSignals } from '../knowledge/schema.ts';
import { fold } from './fold.ts';

/** Greetings, pronouns, links and the verbs of being somewhere, in the three languages; folded. */
const LINKS = [
  'hola holaa buenas buenos dias tardes noches saludos hello hi hey good morning afternoon evening bonjou bonswa alo',
  'yo nosotros mi mis me soy somos estoy estamos ando andamos vivo vivimos venimos vengo llegamos llegue aqui aca',
  'en de del y con el la los las un una ahorita ahora ya',
  'i im me my we were are am is in at from and with here now just arrived live living',
  'm mwen nou li se ye nan rete soti ak avek ak isit kounye kounya la a yon',
].flatMap((line) => line.split(' '));

/** The people someone travels with. */
const PEOPLE = [
  'esposo esposa marido mujer hijo hija hijos hijas nino nina ninos ninas bebe familia mama papa hermano hermana',
  'hermanos primo prima amigo amiga amigos novio novia suegra tio tia nietos',
  'husband wife son daughter sons daughters kids children child baby family mom dad brother sister brothers',
  'cousin friend friends boyfriend girlfriend',
  'mari madanm pitit piti timoun bebe fanmi manman papa frè fre se kouzen kouzin zanmi',
].flatMap((line) => line.split(' '));

/** Countries and nationalities of the people on the road; folded, one or two words. */
const COUNTRIES = [
  'honduras hondureno hondurena hondurenos guatemala guatemalteco guatemalteca guatemaltecos salvador el salvador',
  'salvadoreno salvadorena salvadorenos nicaragua nicaraguense venezuela venezolano venezolana venezolanos',
  'cuba cubano cubana cubanos haiti haitiano haitiana haitianos ayiti ayisyen haitian haitians colombia colombiano',
  'ecuador ecuatoriano peru peruano mexico mexicano mexicana mexicanos meksik meksiken usa',
].flatMap((line) => line.split(' '));

export function createIntroductionTest(places: PlaceSignals) {
  const countries = new Set(COUNTRIES);
  const known = new Set([...LINKS, ...PEOPLE, ...COUNTRIES]);
  const placeWords = new Set(
    [...Object.keys(places.states), ...Object.values(places.states).flat(), ...places.home].flatMap((name) =>
      fold(name).split(' '),
    ),
  );
  /** `folded`: the message folded. A figure (an age, how many children) is part of an introduction too. */
  return (folded: string): boolean => {
    const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
    return (
      words.length > 0 &&
      words.some((w) => placeWords.has(w) || countries.has(w)) &&
      words.every((w) => known.has(w) || placeWords.has(w) || /^\d+$/.test(w))
    );
  };
}
