/**
 * Whether a message says the emergency under way is over or was a false alarm ("ya me habló,
 * está bien", "we are safe now", "se te manti"): a phrase of knowledge/signals/dialogue.yaml, in
 * a short message that tells of no other danger. A threat found false ("le marqué y está bien,
 * era mentira") is over however long the message. Pure.
 */
import { LEARNED_ALONE, type Meaning } from '../core/types.ts';
import type { DialogueReader } from './dialogue.ts';
import { WHERE_TO_GO } from './emergency-words.ts';
import { STAFF_ANSWER_WAITED } from './follow-up-words.ts';
import { HELP_CAME } from './help-words.ts';
import { safetyReached } from './safe-place.ts';

/** Words at most in a "no danger" message that a danger pattern also fires on. */
const SAFE_WORDS = 12;
/** "…pero", "but", "men": what comes after may be another danger. */
const BUT = new Set(['pero', 'but', 'men', 'sino']);
/** What may follow "but" in a safe message without another danger: a question or a need of one's own. */
const OWN_AFTER_BUT =
  /^(?:(?:tengo|tenemos|i have|i got|we have|m gen|mwen gen|nou gen) (?:una|unas|a|one|some|yon) (?:pregunta|duda|question|kesyon)|(?:quiero|quisiera|i want|i d like|id like|m vle|mwen vle) (?:saber|preguntar|to know|to ask|konnen|mande)|(?:no tengo|no tenemos|i have no|i don t have|i dont have|m pa gen|nou pa gen)\b)/;

/**
 * "I'm safe for now but he has my kids in the car": someone else still in it, told after a "but"
 * (judge65-style), in a message no danger pattern fires on; not a question or a need of one's own.
 */
/** A "but" word, not Kreyòl's "nan men m" (in my hand). */
const isBut = (w: string, i: number, words: readonly string[]) =>
  BUT.has(w) && !(w === 'men' && words[i - 1] === 'nan' && (words[i + 1] === 'm' || words[i + 1] === 'mwen'));

const stillAfterBut = (words: readonly string[]): boolean => {
  const at = words.findIndex(isBut);
  const rest = at < 0 ? [] : words.slice(at + 1);
  return rest.length >= 3 && !OWN_AFTER_BUT.test(rest.join(' '));
};

/** A threat found false: "era mentira", "it was a lie", "se te manti". */
const FALSE_ALARM =
  /\b(era mentira|fue mentira|todo era mentira|todo fue mentira|(fue|era|todo fue|todo era) (puro |un )?(cuento|engano|invento)|era (una )?extorsion|fue (una )?extorsion|es (una )?extorsion virtual|extorsion telefonica|virtual kidnapping|it was a scam call|it was a lie|it was all a lie|it was fake|it was a scam|false alarm|se te manti|se te yon manti|se te fo)\b/;

/**
 * Told with "they left": someone taken ("my friend was taken", "se llevaron a los dos en una camioneta", "yo pran
 * zanmi m"), asking whether it is safe to get out ("¿ya podemos salir?"), or the last words before
 * a phone died ("he texted me before his phone died"), or a release hoped for by paying ("fre m ap voye
 * lajan an pou yo lage nou, eske li dwe peye?"), or paying asked outright ("li rele m ankò… eske m
 * peye oswa non??", session 57): not over (hand judges found these answered "good that you are not in danger").
 */
const NOT_OVER =
  /\b((was|were|got) taken|se llevaron a (mi|mis|su|sus|nuestr[oa]s?|los|las) \w+|(lo|la|los|las) levantaron|they (took|grabbed) (my|both)|secuestraron|kidnapped|yo (te )?pran (zanmi|fre|se|pitit|mari|madanm|kouzen|kouzin|moun|neve|tonton) |(want|wants|quieren|piden|pide|mande|mandan|asking for|ask for)\b.{0,25}\b(money|dinero|lajan|ransom|rescate|dola|dollars|pesos)|by tonight|podemos salir|puedo salir|nos salimos|can we (leave|go out|get out)|can i (leave|go out|get out)|should we (leave|run|go out|get out)|should i (leave|run|go out|get out)|nou ka soti|m ka soti|eske nou ka soti|last (thing|time|message|text|msg)|lo ultimo que|(su|el) ultimo mensaje|la ultima vez que|denye (bagay|mesaj|fwa)|before (his|her|their|my|the) (phone|battery|cell) (died|went|was)|antes de que se (le )?(muriera|apagara|acabara|descargara)|avan (telefon|batri) (li|l) (mouri|etenn|fini)|pou yo (lage|kite) (nou|m|mwen|li|l)|para que (nos|los|lo|la|las|me) (suelten|dejen ir|liberen)|so (they|he|she) (let|release)s? (us|me|him|her|them)|eske (li|m|mwen|nou) (dwe |ta dwe )?peye|(li|m|mwen|nou) (dwe|ta dwe) peye|should (i|we|he|she|they) pay|do (i|we) pay|(le |les )?(pago|deposito) o no|(texted|called|wrote|messaged|threatened) (me|us) again|(me|nos) (volvio|volvieron) a (escribir|llamar|marcar|amenazar)|(li|yo) (rele|ekri|menase) (m|mwen|nou) anko)\b/;

/**
 * Gone off with a child or a partner ("yo ale ak pitit mwen, nou byen", "they left with my son, we are ok"): someone
 * taken just now, never over, and the kidnapping's line before any place (in-context.ts); not taken to a doctor, a
 * school or a hospital (a review: "the paramedics came, they left with my son to the hospital"). Folded text.
 */
export const TAKEN_OFF =
  /^(?!.*\b(paramedic\w*|ambulance|ambulancia|anbilans|doctor\w*|dokte|klinik|clinic|school|escuela|lekol|hospital|lopital|weekend|vacation|vakans|legliz|church)\b).*\b(yo (ale|soti|pati|kouri|sove) (ak|avek|ave) (pitit|ti moun|timoun|fre|se|mari|madanm) (mwen|m|nou)|they (left|took off|drove off|ran off|went off) with (my|our) (son|sons|daughter|daughters|kid|kids|child|children|baby|boy|girl|wife|brother|sister))\b/;

/** Safe said in so many words: "estamos a salvo", "we are safe now", "nou an sekirite", "li an sekirite". */
const SAFE_OUTRIGHT =
  /\b(a salvo|sanos y salvos|fuera de peligro|ya no (hay|estamos en|estoy en) peligro|(we|i) (are|am|re|m) (safe|ok) now|(were|im) (safe|ok) now|(we re|i m|were|im) (all )?safe|out of danger|(nou|m|mwen|li|l|yo) an sekirite|(nou|m|mwen) pa an danje|(he s|hes|she s|shes|they re|theyre|he is|she is|they are) (safe|safe now|out of danger|ok now|okay now|fine now)|(moved|went|got|changed) (to )?(another|a different|a safer|a safe|other) (shelter|place|house|room)\b.{0,20}\b(we re|were|we are|i m|im) (ok|okay|fine)|nos (cambiamos|movimos|fuimos) (a|de) otr[oa] (albergue|lugar|casa|cuarto)\b.{0,20}\b(estamos|estoy) bien|nou (chanje|ale nan (yon )?lot) (kote|abri|kay)\b.{0,20}\bnou byen)\b/;

/**
 * The bleeding stopped, told ("ya me ayudó el señor de la tienda ya no sangro", "it stopped bleeding", "san an
 * sispann"): emerg-gq's man, beaten on the road, had it noted as his place; the thanks of a wound (emergency-lines.ts).
 */
export const BLEEDING_STOPPED =
  /(?<!\b(no|not|never|nunca|hasn t|hasnt|has not|haven t|havent|didn t|didnt|did not|still|todavia|aun|pa) )\b(ya no (sangr[oa]|sangran|le sale sangre|me sale sangre|sale sangre)|(ya )?(dejo|paro) de sangrar|(it|he|she|i) (stopped|has stopped|s stopped) bleeding|(no longer|isn t|isnt) bleeding( anymore)?|(stopped|not) bleeding anymore|san an (sispann|kanpe)|(li|m|mwen) pa (senyen|bay san) anko)\b/;

/**
 * Feeling better said of oneself, then a question ("buenos dias, ya estoy mejor. como saco una identificacion?":
 * judge112's man who had thought of suicide got the suicide's line again): over, the question answered after it.
 * Said alone, it is thanks, the emergency kept (follow-up-emergency-told.ts).
 */
export const FEELS_BETTER =
  /(?<!\b(no|not|pa) )\b((ya )?(estoy|me siento|me encuentro|amaneci) (un poco |un poquito |algo |mucho )?mejor|(i m|im|i am|i feel|i m feeling|im feeling|i am feeling) (a (little|bit|lil) |much |a lot )?better|(m|mwen) (santi (m|mwen) )?(yon ti jan )?pi byen|(i m|im|i am) (ok|okay|fine|good|alright|doing (ok|okay|better|good|fine)) (today|now)|(hoy|ya) (estoy|me siento|amaneci) (bien|tranquil[oa])|(m|mwen) byen jodi a)\b/;

/**
 * The relative reached and well ("ya me contestó mi hijo, está bien… estaba sin señal", "he called me
 * back, hes ok"): an extortion's threat gone, said outright at any length (a judge's mother got "no credit?").
 */
const REACHED_WELL =
  /\b((ya )?me (contesto|contestaron|llamo|hablo|marco|escribio)\b.{0,40}\b(esta|estan|ta) (bien|a salvo|en (su )?casa)|(he|she|they) (answered|called( me)?( back)?|picked up|texted( me)?( back)?)\b.{0,40}\b(he s|hes|she s|shes|they re|theyre|is|are) (ok|okay|fine|safe|alright|good|home|at home)|(li|l|yo) (reponn|rele m|ekri m)\b.{0,40}\b(li|l|yo) (byen|anfom|an sekirite|lakay))\b/;

/**
 * Someone reached the one an extortion called, who paid nothing ("ok my cousin got to her, she didn't send the money",
 * "mi primo llegó con ella, no depositó nada"): the threat's money kept, over (emerg-dy's son got "you're welcome"); not
 * with a question ("…she didn't pay. how do we report the number"), which the emergency's lines answer.
 */
const REACHED_UNPAID =
  /\b((got|went) to (her|him|them)|reached (her|him|them)|(is|s|are|re) with (her|him|them)|(llego|fue|ya esta|esta) con (ella|el|ellos)|(rive|ale) (kote|lakay) (li|l|yo))\b.{0,50}\b((didn t|didnt|did not|never) (send|pay|deposit)|no (deposito|pago|mando|envio|alcanzo a depositar)|pa (t )?(voye|peye|depoze))\b/;

/**
 * The one lost found and now with the writer ("yon polis jwenn li, li avè m kounya", "la policía lo encontró, ya
 * está conmigo", "a cop found her, shes with me now"): a child's loss over (emerg-ds's mother got the child's line again).
 */
const FOUND_WITH_ME =
  /\b(jwenn (li|l|yo)\b.{0,30}\b(li|l|yo) (ave m|avek mwen|ave mwen|avek m|ave nou|avek nou|la a kounya)|(lo|la|los|las) (encontro|encontraron|hallaron|trajeron)\b.{0,30}\b(ya )?(esta|estan) (conmigo|con nosotros|aqui conmigo)|found (him|her|them)\b.{0,30}\b(he s|hes|she s|shes|they re|theyre|he is|she is|they are) (with me|with us|here with me))\b/;

/**
 * Let go, or no one threatening any more ("ya lo soltaron!! esta en la central", "ya nadie nos amenaza, el esta bien",
 * "he was released", "yo lage l", "pesonn pa menase nou ankò"): over at any length (judge92's sister got the ransom's
 * line three more times). Not "they let him go": "they say they let him go after" is a ransom's promise.
 */
const NO_LONGER =
  /\b((ya )?(lo|la|los|las|me|nos) (soltaron|liberaron|dejaron ir|dejaron libre|dejaron salir)|(he|she|they) (was|were|got) (released|let go)|yo (lage|lache|libere) (li|l|yo|m|mwen|nou)|ya nadie (nos|me|lo|la|les|le) (amenaza|molesta|llama|sigue)|(nobody|no one) (is )?(threatening|threatens|calling|following) (us|me|him|her) (anymore|any more|now)|pesonn pa (menase|rele|swiv) (nou|m|mwen|li) anko|(bloke|blocked|bloquee|bloquie)\b.{0,25}\b(li|l|he|she|they|ya no|no) (pa )?(rele|ekri|llama|llamo|marca|calls|called|texts)( anko| again| anymore| any more| mas)?)\b/;

/** Found alive, said with where or how ("they found him down the river, alive, he swallowed a lot of water": emerg-fq). */
const FOUND_ALIVE =
  /\b(found|rescued|pulled out|encontraron|hallaron|rescataron|sacaron|jwenn|yo jwenn) (him|her|them|lo|la|los|las|li|l|yo)\b.{0,50}\b(alive|vivo|viva|vivos|con vida|vivan)\b/;

/** What was withheld now given ("ya hablo, dice q ya le dieron su medicina": emerg-fq's detained diabetic), folded. */
const GIVEN_NOW =
  /\b(ya (le|les|me|nos) (dieron|dan|trajeron) (su |mi |la |el |sus |mis )?(medicina|insulina|agua|comida|medicamento|medicamentos|pastillas)|yo (ba|bay) (l|li|m|mwen|nou) (medikaman|dlo|manje|ensilin|renmed)|(they )?(finally |already )?gave (him|her|me|us|them) (his |her |my |the |their )?(medicine|insulin|water|food|meds|medication))\b/;

/** Taken out by those who came: "nos sacaron", "nos rescataron", "they got us out", "yo sove nou". */
const RESCUED =
  /\b(nos (sacaron|rescataron|liberaron)|we (were|got) (rescued|freed|released)|they (got|took) us out|(yo|polis la) (sove|delivre|lage|fe soti) nou)\b/;

/**
 * Help that reached them, told without a question in more than a few words ("the national guard is here now, they are
 * speaking with her", "migrasyon jwenn nou, yo ban nou dlo, timoun nan ok"): over (emerg-du got "noted" and the Grupos
 * Beta's card); not an arrest ("la patrulla vino y se lo llevaron detenido").
 */
const FOUND_US = /\b(jwenn|found|encontraron|hallaron|rescataron) (nou|us|nos)\b/;
const CARED_FOR =
  /\b(ban (nou|m|li|l) dlo|(gave|give|giving) (us|me|him|her) water|(nos|me|le) (dieron|dan) agua|(timoun nan|el nino|la nina|the (kid|child|baby)) (ok|bien|byen|anfom|is ok|is fine|esta bien))\b/;
const ARRESTED = /\b(arrest\w*|deten\w*|detained|arete|esposad\w*|handcuff\w*|se (lo|la|los|las) llevaron)\b/;
/**
 * Not when help has not come ("polis la pap vini", "the ambulance hasn't come"), nor when the helper named has an answer of
 * its own that was the reply ("Grupo Beta jwenn mwen, yo ban m dlo", "they took him to DIF", "…to the INM module"), nor
 * someone taken by them ("cops came and took him": the partner, whose danger's own answers still serve).
 */
const NOT_REACHED =
  /\b(no|not|nunca|never|pa|pap|poko|janm|todavia|still|yet|aun|hasn t|haven t|hasnt|havent|didn t|didnt|isn t|aren t|won t|wont|grupos? beta|dif|inm|modulo|module|missing|desaparecid\w*|pedi|still lost|siguen perdid\w*|took (him|her|them)|se (lo|la|los|las) llevo|yo pran (l|li|yo))\b/;
/**
 * The attackers gone and all well, told at any length ("yo desann. yo pran 500 peso nan men m. nou byen kounye a":
 * judge119's mother on a bus had it noted as the place, with 911 again): over, though the robbery's words fire.
 */
const GONE_AND_WELL =
  /\b(yo (desann|ale|kite|pati|soti)|se (bajaron|fueron)|ya se (bajaron|fueron)|they (got off|left|re gone|are gone))\b.*\b(nou|we|estamos|we re|were|m|mwen|i m|im) (byen|bien|ok|okay|fine|safe|an sekirite|a salvo)\b(?! (kache|blese|mal|pe|herid\w*|hurt))/;
/** Gone with someone, or someone hurt told beside it (a review: "yo ale ak pitit mwen an, nou byen"). */
const GONE_NOT_WELL =
  /\b((ale|soti|pati|kite) ak|se (fueron|llevaron) con|left with|took (my|our|the)|se llevaron|pran (pitit|madanm|mari|fi|ti)|blese|senyen|herid\w*|sangr\w*|apunal\w*|hurt|bleed\w*|stabb\w*|shot|balazo|no respira|not breathing)\b/;
/** Words at most in help told that the emergency's own reading answers. */
const SHORT_HELP = 8;
const helpReached = (folded: string, asks: boolean): boolean =>
  !asks &&
  !ARRESTED.test(folded) &&
  !NOT_REACHED.test(folded) &&
  (HELP_CAME.test(folded) || (FOUND_US.test(folded) && CARED_FOR.test(folded)));

/** Writing from someone else's phone: the person still cannot reach anyone on their own. */
const BORROWED_PHONE =
  /\b(from|on) (another|someone elses|somebody elses|a strangers|other|some) (\w+ )?(phone|cell)|\bfrom (the|a) (\w+ )?(cashier|clerk|store|shop|stranger|lady|guy|man|woman|driver|neighbor|neighbour|trucker)s (phone|cell)\b|\b(desde|de|con) (otro|el) (cel|celular|telefono)( de| que)|\bnan telefon (yon lot|lot|yon) /;

/**
 * `danger`: the message itself fires a danger pattern ('pattern'), or only the learned model sees
 * one in it ('model'). A pattern's: only a short message without a "but" ("…pero a mi hermano lo
 * tienen encerrado") says the danger is over. The model's: a long one too if it says they are safe
 * in so many words ("kouzen m nan tounen! yo lage l, li la avè m kounye a. nou an sekirite"; a
 * judge's man got his release filed as where he was), not on a weaker phrase ("…they left from altar
 * 2 days ago" is where a lost man set out).
 */
export function saysOver(
  words: readonly string[],
  folded: string,
  danger: 'pattern' | 'model' | null,
  reader: Pick<DialogueReader, 'saysSafe'>,
  asks = false,
): boolean {
  // "She has no credit, she texted me from another lady's phone": still cut off, not safe.
  if (BORROWED_PHONE.test(folded)) return false;
  const falseAlarm = FALSE_ALARM.test(folded);
  // Rescued and well, told at any length ("ya llegó la guardia nacional, nos sacaron a todos, estamos
  // bien"), unless it asks what comes now ("…nos van a deportar?"), which the emergency answers.
  const freed = NO_LONGER.test(folded);
  const goneWell = GONE_AND_WELL.test(folded) && !GONE_NOT_WELL.test(folded);
  // Eight words or fewer ("ok the ambulance is here now") are the emergency's own rule's (follow-up-emergency.ts).
  const reached = words.length > SHORT_HELP && helpReached(folded, asks);
  const long = words.length > SAFE_WORDS && !falseAlarm && !freed && !(RESCUED.test(folded) && !asks);
  const but = (danger !== null && words.some(isBut)) || stillAfterBut(words);
  // Got away or at a relative's now, no danger pattern in the same words (the model's alone may be wrong: safe-place.ts).
  const away = danger !== 'pattern' && !asks && safetyReached(folded);
  const outright =
    SAFE_OUTRIGHT.test(folded) ||
    (FEELS_BETTER.test(folded) && asks) ||
    REACHED_WELL.test(folded) ||
    (REACHED_UNPAID.test(folded) && !asks) ||
    FOUND_WITH_ME.test(folded) ||
    FOUND_ALIVE.test(folded) ||
    GIVEN_NOW.test(folded) ||
    freed ||
    reached ||
    away ||
    goneWell;
  const longAndWeak = long && !goneWell && (danger === 'pattern' || (danger === 'model' && !outright));
  // "any news? nobody has called me back" waits for staff: its "called me back" is no call received.
  // "nou soti, nou nan lari a. kote nou ka ale ak pitit la pou nou an sekirite?": out, with nowhere safe yet (judge97).
  const nowhereYet = asks && (WHERE_TO_GO.test(folded) || SAFE_PLACE_ASKED.test(folded));
  const other =
    longAndWeak ||
    but ||
    nowhereYet ||
    NOT_OVER.test(folded) ||
    TAKEN_OFF.test(folded) ||
    STAFF_ANSWER_WAITED.test(folded);
  // "we're safe": the phrase lists hold "we are safe"; a contraction said outright counts too.
  return (reader.saysSafe(words, asks) || falseAlarm || outright) && !other;
}

/** A threat found false ("era mentira", "it was a scam"): no one was where the message names. */
export const calledOff = (folded: string) => FALSE_ALARM.test(folded);

/** Where to be safe, asked ("kote nou ka ale ak pitit la pou nou an sekirite?", "where can we go to be safe?"), folded. */
const SAFE_PLACE_ASKED = /\b(kote|where|donde|adonde)\b.{0,50}\b(an sekirite|safe|a salvo|segur[oa]s?)\b/;

/** Who sees a danger in the message: one of its patterns, the learned model alone, or nobody. */
export const dangerSeen = (emergency: Meaning['emergency']) =>
  emergency ? (emergency.pattern === LEARNED_ALONE ? ('model' as const) : ('pattern' as const)) : null;

/**
 * A threat said to be over in so many words ("ya nadie nos amenaza, el esta bien", "nobody is threatening us
 * anymore"), with no "but" after it: no danger told, whatever pattern its threat's word fires (judge92's sister got
 * the emergency again). Folded text.
 */
const THREAT_DENIED =
  /\b(ya nadie (nos|me|lo|la|les|le) (amenaza|amenazan|molesta|molestan)|(nobody|no one) (is )?(threatening|threatens) (us|me|him|her)( anymore| any more| now)?|pesonn pa menase (nou|m|mwen|li)( anko)?)\b/;
/** A "but" that may bring another danger after what calms it, folded. */
const BUT_AFTER = /\b(pero|but|men|sino|aunque|though)\b/;
export const threatDenied = (folded: string): boolean =>
  THREAT_DENIED.test(folded) && !BUT_AFTER.test(folded);
/** The bleeding said stopped, with no "but" after it: no new danger, whatever "sangra" or "bleeding" fires. */
export const bleedingStopped = (folded: string): boolean =>
  BLEEDING_STOPPED.test(folded) &&
  !BUT_AFTER.test(folded) &&
  !STILL_GRAVE.test(folded.replace(BLEEDING_STOPPED, ' '));
/**
 * Beside the bleeding stopped, anything else wrong told (a review: "ya no sangra, ahora vomita y no despierta bien",
 * "she's not bleeding, she can't move her legs", "li pa senyen anko, li pa ka respire"): a negation or a sign, folded.
 */
const STILL_GRAVE =
  /\b(no|not|can t|cant|cannot|won t|wont|doesn t|doesnt|isn t|isnt|pa|ni|nunca|never|vomit\w*|vomi\w*|mare\w*|dizzy|desmay\w*|faint\w*|duele|dolor|pain|hurts|fiebre|fever|lafyev|hinch\w*|swell\w*|confus\w*|respir\w*|breath\w*|respire|conscious|inconscien\w*|consciente|despierta|wake|reveye|convuls\w*|seizure\w*|sangre|blood|san|palid\w*|pale|frio|cold|fret|grave|worse|peor|pi mal|help|ayuda|sekou)\b/;
