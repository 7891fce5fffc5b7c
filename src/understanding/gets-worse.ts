/**
 * On the road's health care, a message that says the illness gets worse or asks what to do if it
 * does ("ya tiene 39 de calentura", "coughing a lil blood now", "and if I get a fever?"): the line
 * for when it gets worse (911) comes with the answer; and a sign of life at stake told now, in care, in an
 * emergency, or (someone collapsed who does not respond) in any conversation. Pure.
 */
import type { DialogueContext, TopicId } from '../core/types.ts';
import type { EmergencySignals } from '../knowledge/schema.ts';
import { createAcuteTest, createIllnessTest } from './detect-emergency.ts';
import { GETS_WORSE, WORSE_WORDS } from './follow-up-words.ts';

/**
 * "And if I get a fever?", "y si le sube?", "si doulè a vin fò?": a question that opens on "if",
 * folded. About an illness on the road, it asks what to do if it gets worse (the 911 line).
 */
const IF_OPENING =
  /^(?:(?:and|y|e|so|pero|but|ok|okay|oke|mesi|mersi|gracias|thanks|thx)\s+){0,2}(?:what\s+(?:happens\s+|do\s+(?:i|we)\s+do\s+)?|(?:que|q|k|ke)\s+(?:pasa|hago|hacemos|pasaria)\s+|(?:sa k ap pase|kisa pou (?:m|mwen|nou) fe)\s+)?(?:if|si)\b/;

/**
 * It rising or hurting more ("y si en la noche le sube más?", "if it hurts more", "si li fè m mal plis", "y si se pone
 * malo"), or pain or bleeding starting ("y si me empieza a doler la panza fuerte o sangro?", emerg-gs).
 */
const MORE_PAIN =
  /\b(sube mas|sube mucho|duele mas|duela mas|hurts more|(empieza|empiezan|comienza) a (doler|sangrar)|sangro|sangra|(start|starts) (bleeding|to bleed|hurting|to hurt)|bleed|bleeds|(komanse )?senyen|komanse fe (m|l|li) mal|goes up|gets bad|fe (m|l|li) mal plis|monte plis|(me|se) (siento|siente) (muy )?mal|(i|we|she|he) (feel|feels) (really |very )?(bad|sick)|santi (m|l|li) mal|(se|me|le) pone (malo|mala|mal|grave|peor))\b/;

/** A period's bleeding ("what if i bleed from my period, do the shelters have pads?": a review): no sign. */
const PERIOD = /\b(period|periods|regla|menstru\w*|pads|toallas|kotex|tampon\w*|rega)\b/;
const painMore = (folded: string) => MORE_PAIN.test(folded) && !PERIOD.test(folded);

/** Labour starting, asked about on the road ("what if she goes into labor on the road?", "y si se alivia en el camino?"). */
const LABOUR =
  /\b((goes|go|went|going) into labou?r|(gives|give) birth|labou?r starts|water breaks|contractions|(empieza|empiezan|comienza) (el parto|las contracciones|a dar a luz)|se alivia|se (le )?rompe (la )?fuente|da a luz|(li|l) akouche|tranche)\b/;

/** Whether it is grave yet, asked ("y como se si ya es grave", "how do i know if its serious", "kijan m ap konnen si l grav"). */
const SERIOUS_ASKED =
  /\b((como|cmo) (se|sabre|sabemos|le hago pa saber) (si|cuando) (ya )?(es|esta) (grave|serio|peligroso)|how (do|will|would|can) (i|we) know (if|when) (it s|its|it is|she s|he s|she is|he is) (serious|bad|an emergency|dangerous)|kijan (m|mwen|nou) (ap|ka) konnen si (li|l) (grav|danjere)|(is it|is that|is this) (dangerous|serious|bad)|should (i|we) go to the (hospital|er|emergency room|doctor) (now|today|right now)|(es|sera) peligroso|(debo|tengo que) ir al (hospital|doctor|medico) (ya|ahorita|ahora)|(eske )?(li|sa) (grav|danjere)|(eske )?(m|mwen) dwe ale lopital (kounye a|kounya|jodi a))\b/;

/**
 * Seen and treated already, told ("nou te ale nan sant sante a, yo ba l medikaman. mèsi anpil": judge117's mother got
 * the line for when it gets worse), folded.
 */
const TREATED =
  /\b(yo ba (l|li|m|mwen|nou) (medikaman|renmed|grenn|piki)|(they|the doctor|the doctors|doctors) gave (him|her|me|us|them) (medicine|meds|pills|a shot|something)|(le|me|nos|les) (dieron|recetaron|pusieron) (medicina|medicamento|pastillas|algo|una inyeccion|suero)|(nou|m|mwen) te ale (nan|lan) (sant sante|lopital|klinik)|(we|i) went to the (clinic|hospital|health cent\w*|doctor)|(fuimos|fui) (al|a la) (centro de salud|hospital|clinica|doctor|medico))\b/;

/** One's own hunger told ("m pa manje depi aye", "no hemos comido desde ayer", "we haven't eaten"), folded. */
const HUNGRY_SELF =
  /\b((m|mwen|nou) (pa|poko) (manje|janm manje)|(m|mwen|nou) grangou|no (he|hemos) comido|(tengo|tenemos) (mucha )?hambre|(i|we) (haven t|havent|have not|didn t|didnt) (eaten|eat)|(i m|im|we re|were) (so |very )?(hungry|starving))\b/;

/** Feeling worse, told of oneself or of someone ("ya me sentí peor", "me siento mareado", "i feel worse", "li santi l pi mal"). */
const FEELS_WORSE =
  /\b(me (siento|senti|estoy sintiendo)|se (siente|sintio)|i (feel|felt|m feeling)|im feeling|(he|she) (feels|felt)|(m|mwen|li) santi (m|l|li)?) ?(mucho |mas |muy |cada vez |even |way )?(peor|worse|pi mal|mareado|mareada|dizzy|debil|weak|faint)\b/;

/** A headache, which the care signals' illnesses do not name in English or Kreyòl. */
const HEADACHE =
  /\b(headaches?|migraines?|head hurts|tet (m |mwen |li |l )?(ap )?fe (m |mwen |li |l )?mal)\b/;
/** Told as strong ("tèt mwen ap fè m mal anpil", "my head hurts so bad"): a sign that may be grave. */
const STRONG_PAIN = /\b(anpil|twop|mucho|muchisimo|bien fuerte|a lot|so bad|really bad|terrible|horrible)\b/;

/**
 * Asking whether to call 911 or an ambulance ("911 wi oswa non???", "¿le hablo al 911?", "should i call
 * an ambulance?"): about an illness, the line for when it gets worse answers it (judge67: a pregnant
 * woman with a headache and swollen feet asking it got the cost of health care), or the hospital now ("should i go
 * to hospital now or wait?": judge91's pregnant woman got the Grupos Beta). Folded text.
 */
const ASKS_911 =
  /\b(hospital|lopital|urgencias|emergency room)\b.{0,20}\b(or wait|o espero|o me espero|o esperamos|oswa m tann|oswa nou tann)\b|\bshould (i|we) (go|take (him|her|them)) to (the )?(hospital|er)\b|\beske (m|nou) (dwe )?(ale|mennen l) (nan )?lopital\b|\b911\b.{0,30}\b(wi oswa non|o no|or not|si o no|yes or no)\b|\b(llam\w*|habl\w*|marc\w*|call|dial|rele)( (al|a la|an|the|yon|a|le))? (911|ambulancia|ambulance|anbilans)\b|\b(911|ambulancia|ambulance|anbilans)\b\W*$/;

/**
 * A sign told as new or lasting ("kounya m gen lafyèv tou", "tengo un poquito de fiebre también", "fever
 * still high"): in care on the road, the illness goes on or grows, and the line for when it gets worse
 * answers it (session 69: a Haitian with an infected wound who then had a fever got the Grupos Beta's
 * eligibility). Folded text.
 */
const NEW_OR_STILL =
  /\b(ahora|ahorita|ya|tambien|todavia|aun|sigue|now|too|also|still|kounya|kounye a|tou|toujou|anko|vin pi|cada vez mas|more and more)\b/;

/**
 * Swelling with a headache ("mis pies ya se me hincharon más y me duele la cabesa", "pye m anfle e tèt mwen fè m
 * mal"): in pregnancy a warning sign, which gets the line for when it gets worse (judge85's pregnant woman in line
 * got "our sources do not say"). Folded text.
 */
const SWELLING_AND_HEADACHE =
  /\b(hinch|inch|anfle|swell|swollen|(feet|legs) (are )?(more big|bigger|so big))\w*\b.{0,60}\b(cabeza|cabesa|head|headache|tet)\b|\b(cabeza|cabesa|headache|tet)\b.{0,60}\b(hinch|inch|anfle|swell|swollen)\w*/;

/**
 * What to give the sick one, asked with the sign still there ("el niño sigue con calentura, que le puedo dar?": judge110's
 * mother got the humanitarian card's website): the sources prescribe nothing, so the line for when it gets worse.
 */
const MEDICINE_ASKED =
  /\b((que|q) (le|les|me) (puedo|podemos|doy|damos) (dar|tomar)|que (medicina|medicamento|pastilla) (le )?(doy|puedo dar)|what (can|should|do) (i|we) give (him|her|them|the baby)|what (medicine|meds) (can|should)|ki (sa|medikaman) (m|mwen|nou) (ka|dwe) ba(y)? (li|l))\b/;

/** A sign denied, or a complaint ("no tengo fiebre todavía", "that didn't help"): nothing told worse. */
const NEGATED = /\b(no|not|never|nunca|ni|dont|doesnt|didnt|pa|poko)\b/;

/** The sign going away ("ya le bajó la calentura", "the fever broke", "lafyèv la desann"): better, not a new sign (judge83 got 911). */
const BETTER =
  /\b(le (bajo|ha bajado|quito|paso)|se le (quito|paso|bajo)|ya (esta|anda|se siente) (mejor|bien)|mejoro|went down|came down|(fever|it) broke|is gone|(is|feels|feeling) better|(is|s|got|getting) lower|(fever|temp|temperature) (a )?(little|lil|bit) lower|(fever|temp|temperature) lower|(she s|he s|shes|hes|she is|he is) (sleeping|asleep) now|(ya )?(se durmio|esta dormid[oa]|ya duerme)|desann|bese|pi byen|refe|(li|l) ap dòmi kounye a|(li|l) ap domi kounye a)\b/;

/**
 * A lasting illness or its medicine lost, told in care ("also im HIV positive and i lost my meds on the way", "tambien
 * soy diabetico y se me acabaron las pastillas"): its own answer (emerg-ds got the 911 line twice), not a sign growing.
 */
const LONG_ILLNESS =
  /\b(hiv|vih|sida|aids|seropositiv\w*|diabetic|diabetes|diabetic[oa]|(lost|ran out of|out of|no more) (my )?(meds|medicine|medication|pills|insulin)|se me (acabaron|acabo) (la |las |mi |mis )?(medicina|medicinas|pastillas|insulina)|(perdi|no tengo) (mi |mis )?(medicina|medicinas|pastillas|insulina)|(pedi|pa gen) medikaman)\b/;

/** Someone already in a hospital, or gravely ill far away. */
const IN_HOSPITAL = /\b(hospital\w*|internad[oa]|lopital|grave|gravemente|critical|icu|terapia intensiva)\b/;

/** "No one answers" is the wait, "sa pa reponn kesyon m" a complaint: not someone unconscious (judge62). */
const NO_ANSWER = /\b(pa reponn|no responde|no contesta|not responding|doesn'?t respond|not answering)\b/giu;

/** The topic whose entry says where migrants on the road are seen by a doctor. */
export const CARE_TOPIC: TopicId = 'transit_safety';

/** What an emergency told this way is kept by (its pattern's place in a match). */
export const ACUTE_TOLD = 'acute sign told in care';

/**
 * Someone who fell or fainted and does not respond, told in any conversation or as a first message ("ay espere
 * se acaba de caer mi papa no responde": a fresh set's daughter got the visits programme's text, no 911). Kept in
 * code, as FAILING below: the emergency patterns retrain the dialogue model. A call or a line that dropped and
 * does not answer is no body ("se cayó la llamada y no responde").
 */
const COLLAPSED =
  /\b(se (acaba de |acababa de )?(cayo|desmayo|desvanecio|desplomo)|(se )?acaba de (caer|desmayar)|(fell|fell down|collapsed|passed out|fainted)|(li )?(tonbe|endispoze|pedi konesans))\b.{0,50}\b(no (responde|reacciona|despierta|contesta|respira|se mueve|abre los ojos)|(is not|isn t|isnt|not|wont|won t|doesnt|doesn t) (responding|respond|waking up|wake up|breathing|breathe|moving)|pa (reponn|reveye|respire|leve|bouje))\b/;
const DEVICE =
  /\b(llamada|linea|senal|internet|pagina|app|aplicacion|sistema|call|line|signal|wifi|apel|rezo|sit la)\b/;
const collapsedNow = (folded: string) =>
  COLLAPSED.test(folded) && !DEVICE.test(folded) && !IF_OPENING.test(folded);
/** What an emergency told this way is kept by. */
const COLLAPSED_TOLD = 'collapsed and not responding';

/**
 * On the road's health care, a sign that life is at stake told now, not asked about ("ahorita ya
 * me están dando más seguido y me salió sangre" after pains in pregnancy): a medical emergency,
 * marked urgent for staff (a fresh set's pregnant woman got the 911 line and no one was told).
 */
function createAcuteNowTest(acuteTold: (text: string) => boolean) {
  return (text: string, folded: string, dialogue?: Pick<DialogueContext, 'topic' | 'emergency'>) => {
    if (collapsedNow(folded)) return { kind: 'medical', pattern: COLLAPSED_TOLD };
    // In an emergency under way a sign told with a question is news too, and so is a body failing.
    const inEmergency = Boolean(dialogue?.emergency);
    const told = inEmergency || (dialogue?.topic === CARE_TOPIC && !/[?¿]/.test(text));
    const acute =
      acuteTold(text) ||
      ((inEmergency || told) && FAILING.test(folded)) ||
      (told && SHAKING_NOW.test(folded));
    return told && !IF_OPENING.test(folded) && acute ? { kind: 'medical', pattern: ACUTE_TOLD } : null;
  };
}

/**
 * In a danger under way, someone's body failing ("luis is throwing up now and shaking", "ya no
 * dice cosas con sentido"): the medical line, not the danger's first lines again (judge73's man
 * lost in the desert got the anti-trafficking line, then the desert's again). Folded text. Kept here,
 * not among the care signals' acute signs: those also judge care on the road, and editing them retrains
 * the dialogue model, whose training is keyed on the emergency signals.
 */
const FAILING =
  /\b((throwing up|vomiting|vomitando|vomita|vomi)\b.{0,30}\b(shaking|trembling|temblando|tiembla|tranble)|not making sense|makes no sense when (he|she) talks|(dice|habla) (cosas )?(sin sentido|incoherencias|puras incoherencias)|ya no (habla|dice nada) (bien|claro)|(li )?(pale|di) (bagay )?(ki )?pa (fe|gen) sans)\b/;

/**
 * Someone ill who has started shaking, told of them in care or a danger ("li komanse tranble anpil kounya", "she
 * started shaking", "empezó a temblar"): an emergency now (emerg-dy's feverish child got the "if it gets worse" line
 * again). Of another only: "empecé a temblar" may be fear. Folded text.
 */
const SHAKING_NOW =
  /\b((li|l|pitit la|pitit mwen an|timoun nan|bebe a) ((komanse|konmanse|kmanse) (ap |a )?|ap )tranble|(he|she|the (baby|kid|child)|my (son|daughter|baby)) (started|is|s|began|starting|keeps) (shaking|trembling|to shake|having (a )?seizures?)|(empezo|comenzo|se puso) a (temblar|convulsionar)|(esta|sigue) (temblando|convulsionando))\b/;

/** Talks of a relative far away (a visit, a permit, a search): an illness told there is theirs, no care to call now. */
const RELATIVE_AWAY: ReadonlySet<TopicId> = new Set<TopicId>([
  'us_humanitarian_visa',
  'family_reunification',
  'remains_repatriation',
  'locate_person',
  'us_pension',
  'us_visa_passport',
]);

function createWorseTest(signals: EmergencySignals, acuteTold: (text: string) => boolean) {
  const namesIllness = createIllnessTest(signals);
  /** `folded`: the message's folded words joined; `topic`: the topic under discussion. */
  return (text: string, folded: string, topic: TopicId | null | undefined): boolean => {
    // "m pa manje depi aye": one's own hunger since yesterday is food to find, not an illness lasting (sight89-a).
    if ((HUNGRY_SELF.test(folded) || TREATED.test(folded)) && !acuteTold(text)) return false;
    const asksIf = IF_OPENING.test(folded);
    const asks911 = ASKS_911.test(folded) && /[?¿]/.test(text);
    // A sign told outright: one that life is at stake, feeling worse, or swelling with a headache.
    const signTold = () => acuteTold(text) || FEELS_WORSE.test(folded) || SWELLING_AND_HEADACHE.test(folded);
    // In any conversation, a sign that life is at stake ("se me nubla la vista", "coughing a lil blood
    // now") or "what if his headache gets really bad": the line for when it gets worse (session 62's
    // sets got the queue's line and "this office does not do that" after a topic had moved).
    // Not a first message (its danger is read before), nor a relative gravely ill in a hospital
    // (the humanitarian permit: "mi mamá está muy grave en un hospital de Denver").
    // Just deported with a wound or an illness, care is asked as on the road (home-trip.ts moves such a man there).
    if (topic !== CARE_TOPIC && topic !== 'deportee_support') {
      if (!topic || IN_HOSPITAL.test(folded)) return false;
      return (
        signTold() ||
        // An illness told worse now, the talk moved on ("ahora tiene más calentura y no quiere comer", judge121's
        // mother in line after asking about refuge got the far clinics a fourth time).
        (!RELATIVE_AWAY.has(topic) &&
          GETS_WORSE.test(folded) &&
          NEW_OR_STILL.test(folded) &&
          namesIllness(text)) ||
        (HEADACHE.test(folded) && STRONG_PAIN.test(folded) && !NEGATED.test(folded)) ||
        (asks911 && (namesIllness(text) || HEADACHE.test(folded))) ||
        (asksIf && (namesIllness(text) || HEADACHE.test(folded)) && WORSE_WORDS.test(folded))
      );
    }
    // "she also has a headache today": a headache is a sign too (emerg-cq: a pregnant woman's got the Grupos Beta).
    const newSign =
      (!/[?¿]/.test(text) || MEDICINE_ASKED.test(folded)) &&
      (NEW_OR_STILL.test(folded) || STRONG_PAIN.test(folded)) &&
      !NEGATED.test(folded) &&
      !BETTER.test(folded) &&
      !LONG_ILLNESS.test(folded) &&
      (namesIllness(text) || HEADACHE.test(folded));
    const toldWorse =
      GETS_WORSE.test(folded) || signTold() || asks911 || newSign || SERIOUS_ASKED.test(folded);
    return (
      toldWorse ||
      (asksIf && (namesIllness(text) || WORSE_WORDS.test(folded) || painMore(folded) || LABOUR.test(folded)))
    );
  };
}

/** Both readings of it getting worse: said or asked about (the line), and told now in care (an emergency). */
export function createWorseTests(signals: EmergencySignals) {
  const acuteSign = createAcuteTest(signals);
  // "No one answers" taken out first: it is the wait or a complaint, not someone unconscious.
  const acuteTold = (text: string) => acuteSign(text.replace(NO_ANSWER, ' '));
  return { getsWorse: createWorseTest(signals, acuteTold), acuteNow: createAcuteNowTest(acuteTold) };
}
