/**
 * Care, not crisis (issue 30): whether a message read as a danger tells an illness or a wound looked after on
 * the road, with the care signals of knowledge/signals/emergency.yaml, and whether a danger found may still be
 * care. Someone held by the authorities is not cared for on the road: "picked up by ICE… he's diabetic and
 * needs insulin" is a search, urgent (emerg-dm's wife got the clinics of Tijuana). Pure.
 */
import type { EmergencySignals } from '../knowledge/schema.ts';
import { anyOf, deniedSigns } from './detect-emergency.ts';
import { fold } from './fold.ts';

/** Held by the authorities now: no care on the road for them. */
const HELD =
  /\b((picked up|detained|arrested|taken|held) by (ice|immigration|la migra|border patrol)|ice (has|took|picked up|detained) (him|her|them)|in (ice )?(detention|custody)|(lo|la|los) (tiene|agarro|detuvo|detuvieron|agarraron) (ice|la migra|migracion)|(esta|sigue) (detenid[oa]|pres[oa]|en la carcel)|(ice|imigrasyon|migrasyon) (kenbe|arete|pran) (li|l)|li nan prizon)\b/;

/**
 * A daily medicine run out ("my cousin has diabetes and ran out of his pills", "se le acabaron las pastillas de la
 * presión", "grenn tansyon li fini"): the road's care, unless it is insulin or an inhaler, which the emergency's own
 * lines name, or pills told beside the wish to die ("i dont see the point no more. i got a bunch of pills here").
 */
const MEDICINE_RUN_OUT =
  /^(?!.*\b(insulin\w*|insulina|ensilin|asthma|asma|inhaler|inhalador|epilep\w*|convuls\w*|point|die|dying|kill|morir|matarme|suicid\w*|all of them|todas|overdose|touye|mouri)\b).*(\b(ran out of|run out of|runs out of|se (me|le|nos|les) (acabaron|terminaron|acabo|termino)|ya no (tengo|tiene|tenemos) (su |sus |mi |mis )?)\b.{0,25}\b(pills|medicine|meds|medication|pastillas|medicina|medicamentos?|metformin\w*|grenn|medikaman|antibiotic\w*|antibiotico\w*|bandages?|vendas?|gasas?|bandaj)\b|\b(grenn|medikaman)\b.{0,20}\b(fini|kaba)\b)/;

/**
 * A relative not heard from, told ("her last text was 4 days ago… she has high blood pressure", emerg-gy got the road's
 * clinics three times): the search for them, whatever illness or days the message names, not care on the road.
 */
const NOT_HEARD_FROM =
  /\b(last (text|message|call|heard)|(haven t|have not|havent|hasn t|has not|hasnt) (heard|been able to reach)|stopped (answering|responding|replying)|no (sabemos|hemos sabido|se) nada de|(ya )?no (contesta|responde) (el|su) (cel|celular|telefono)|dejo de (contestar|responder)|perdimos (el )?contacto|lost (contact|touch)|(is|are|went|has been|have been) missing|pa (gen|konn) (okenn )?nouvel|pa konn kote (l|li) ye)\b/;

/** Someone sick or hurt now, told: care, whoever else is not heard from. */
const SICK_NOW =
  /\b(fever|fiebre|calentura|lafyev|tos|cough|vomit\w*|vomi|diarrea|diarrhea|dyare|herid\w*|wound|blese|sangr\w*|bleed\w*|dolor|pain|doule|sick|enferm\w*|malad|malade)\b/;

/**
 * Papers run out ("kat mwen an fini depi 2 mwa", "se me venció la tarjeta", "my card expired"): a renewal, no medicine
 * finished (judge120's Haitian asking where to renew got the clinics), unless an illness is named.
 */
const PAPERS_ENDED =
  /\b(kat|paspo|papye|pemi|tarjeta|permiso|pasaporte|visa|card|passport|permit|papers|papeles|residencia)\b( \w+){0,3} (fini|ekspire|expir\w*|vencid\w*|vencio|vence|kaba|se (me |le )?vencio)\b/;

/** A wound or a sore gone bad: infection takes days, so it is no fresh injury ("tiene pus", "li enfekte"). */
const INFECTED =
  /\b(pus|infectad[oa]s?|se infecto|infected|got infected|enfekte|li gen pi|gen pij|ampollas?|ampollad[oa]s?|blisters?|blistered|li wouj|li vin wouj|se (esta )?(puso|poniendo) roj[oa]|(ya )?se (ve|mira) (roj[oa]|morad[oa])|(turning|getting|it s|its) red)\b/;

/**
 * A limb or a wound swollen: swelling takes hours, so it is no fresh bleeding ("m blese pye m sou wout
 * la, li anfle e li fè m mal"); a face, a throat or a tongue swelling may be an allergy closing the airway.
 */
const SWOLLEN =
  /^(?!.*\b(cara|garganta|lengua|labios|boca|face|throat|tongue|lips|mouth|figi|goj|gòj|lang|bouch|po bouch)\b).*\b(anfle|hinchad[oa]s?|hinchando|se (me|le) (esta )?hincho|inflamad[oa]s?|inflamando|swollen|swelling|swelled)\b/;

/** Bleeding said to be little (emerg-fk's son cut his hand at a gas station in Saltillo: the full emergency). */
const LITTLE_BLEEDING =
  /\b(bleeding|bleeds|bleed|sangra|sangrando|sangrar|senyen|ap senyen)\s+(a little|a bit|just a little|a little bit|un poco|un poquito|poquito|tikras|yon ti kras|ti kras)\b/g;
/** A pregnancy: bleeding in one is never little. */
const PREGNANCY = /\b(pregnant|embarazada|embarazo|ansent|gwoses)\b/;

/**
 * Care, not crisis (issue 30): a child's fever since yesterday, a wound getting infected, medicine
 * run out, with nothing that says life is at stake now. Such a message gets the health line and
 * the safety line, not the emergency flow. See `care` in knowledge/signals/emergency.yaml: a sign
 * it is not acute (`mild`), none that it is (`acute`), and either "where can we see a doctor?"
 * (`asks`) or, about an illness or a wound (`ill`), how the person is holding up ("she can walk",
 * "li toujou ap bwe dlo", or an acute sign said to be absent: "no bleeding", "pa senyen", which
 * is then no acute sign). Walking for days with no illness named is no care: it may be the desert.
 */
export function createCareTest(signals: EmergencySignals) {
  const { asks, mild, acute, calm, ill, lasting } = signals.care;
  const [asking, signOfMild, signOfAcute, holdingUp, illness, forDays] = [
    asks,
    mild,
    acute,
    calm,
    ill,
    lasting,
  ].map((list) => anyOf(list));
  const denied = deniedSigns(acute);
  /** `daysCount`: no pattern of danger fired (at most the model's), so days lasted may say care. */
  return (text: string, daysCount = true): boolean => {
    const folded = fold(text);
    if (HELD.test(folded) || (PAPERS_ENDED.test(folded) && !illness?.test(folded))) return false;
    // A relative not heard from, no one sick now told with it ("my baby has had a fever" stays care: a review).
    if (NOT_HEARD_FROM.test(folded) && !SICK_NOW.test(folded)) return false;
    const denying = denied ? folded.replace(denied, ' ') : folded;
    // Bleeding told as little ("its not deep but its bleeding a little") is no acute sign, but in a pregnancy.
    const unsaid = PREGNANCY.test(folded) ? denying : denying.replace(LITTLE_BLEEDING, ' ');
    if (signOfAcute?.test(unsaid)) return false;
    if (MEDICINE_RUN_OUT.test(folded)) return true;
    // A wound gone bad is a mild sign in any words ("kounya li wouj e li gen pi"); so is an acute sign
    // said to be absent ("me corté el pie, no sangra mucho pero me duele": emerg-dc got the emergency flow), and so is a
    // limb swelling ("me corté el pie con un alambre y se me está hinchando": emerg-dw got the safety line alone).
    if (!signOfMild?.test(folded) && !INFECTED.test(folded) && !SWOLLEN.test(folded) && unsaid === folded)
      return false;
    if (asking?.test(folded)) return true;
    // An illness that has lasted days with no acute sign ("dyare ak vomi depi 2 jou") is no sudden
    // threat; nor is a wound gone bad ("ya se está poniendo fea, tiene pus"), told with any danger's words.
    return Boolean(
      illness?.test(folded) &&
        (holdingUp?.test(folded) ||
          (daysCount && forDays?.test(folded)) ||
          INFECTED.test(folded) ||
          SWOLLEN.test(folded) ||
          unsaid !== folded),
    );
  };
}

/**
 * Whether a danger found may still be care, and whether days lasted count for it: nothing found
 * or the model's alone (days count), a medical pattern (they do not: "no insulin since yesterday"
 * may be grave), or violence told as past ("hace 2 días unos agentes me golpearon… ahora le sale
 * pus": the wound now is the matter; a fresh set's people beaten at a checkpoint days before got
 * "get away if you can"). `when`: what the not-now test said of the message.
 */
export function careReading(kind: string | undefined, when: string | null): { may: boolean; days: boolean } {
  const pastViolence = kind === 'violence' && when === 'past';
  const days = kind === undefined || kind === 'unknown' || pastViolence;
  return { may: days || kind === 'medical', days };
}

/** Illness, pregnancy or a body part hurting told ("7 meses de embarazo y se me hinchan los pies", "li gen lafyèv"), folded. */
const HEALTH_TOLD =
  /\b(embaraz\w*|pregnan\w*|ansent|fiebre|calentura|fever|lafyev|enferm[oa]s?|sick|malad|hinch\w*|swell\w*|swollen|anfle|vomit\w*|vomi|diarrea|diarrhea|dyare|desmay\w*|fainted|pass(ed)? out|endispoze|diabet\w*|dyabet\w*|sangr\w*|bleed\w*|senyen)\b/u;

/** Sick as a figure ("im sick of this", "enferma de tanto miedo": a review), folded. */
const SICK_OF =
  /\b(sick (of|and tired)|tired of|enferm[oa]s? de (tanto |puro )?(miedo|nervios|esto|eso|estres|preocupacion)|harto|harta|malad ak)\b/u;

/** People doing harm or money demanded beside the illness ("the men who have my sister say she is sick and want money"). */
const OTHERS_DANGER =
  /\b(want|wants|piden|pide|quieren|money|dinero|lana|lajan|kob|rescate|ransom|kidnap\w*|secuestr\w*|kidnape|men|guys|hombres|tipos|batos|mesye|nonm|follow\w*|sig(uen|uiendo)|vigil\w*|amenaz\w*|threat\w*|menase|golpe\w*|beat\w*|bat)\b/u;

/**
 * The kind of a danger the learned model alone reads: with an illness or a pregnancy told, a medical one, whose lines
 * say what to do (emerg-gs's pregnant woman with swollen feet got only "staff have your case"); else unknown.
 */
export const learnedKind = (folded: string): 'medical' | 'unknown' =>
  HEALTH_TOLD.test(folded) && !SICK_OF.test(folded) && !OTHERS_DANGER.test(folded) ? 'medical' : 'unknown';
