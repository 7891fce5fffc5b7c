/**
 * Messages the models alone (the topic model, trained on first messages, and the dialogue model) read as
 * a danger though they tell none, in a conversation not in an emergency: help that came or an ill one
 * well now ("they gave him pills! thank you", "ya llegó la ambulancia"), and a complaint about the help
 * ("oigan me dejaron a medias, no me dijeron nada de quien paga, no me sirvio": sight50-a, a full
 * emergency), a goodbye that thanks, and a parent away told for a child's papers. Patterns still speak; only the models' own call
 * is set aside. Pure.
 */

import type { DialogueContext } from '../core/types.ts';
import { LEARNED } from './classify-learned.ts';
import { complainsOfAnswers } from './complaint-words.ts';
import { bleedingStopped, threatDenied } from './danger-over.ts';
import { anyOf } from './detect-emergency.ts';
import { FIGURE_NOT_NOW } from './figure-words.ts';
import { FOUND_BY_HELP, HELP_CAME, WELL_NOW } from './help-words.ts';
import { complainsOfOfficial } from './official-complaint.ts';
import { propertyDispute } from './property-asked.ts';
import { injuryPayOwed } from './wages-owed.ts';

const PAPERWORK_FIGURE = anyOf(FIGURE_NOT_NOW);

/** Words said after the first message, in no emergency under way: what a veto of those words reads. */
const toldInTalk =
  (pattern: RegExp) =>
  (folded: string, dialogue?: DialogueContext): boolean =>
    dialogue !== undefined && !dialogue.first && !dialogue.emergency && pattern.test(folded);

/** Help came or the ill one is well now, outside an emergency under way. */
export const reassures = (folded: string, dialogue?: DialogueContext): boolean =>
  !dialogue?.emergency && (HELP_CAME.test(folded) || WELL_NOW.test(folded));

/**
 * That the help did not help, in words that cannot tell of a person ("li pa reponn" is someone who does not
 * respond: the phrase list's "pa reponn" is no complaint here).
 */
const NOT_HELPED =
  /\b(no me (sirvio|sirve|ayudo|ayudaron|ayudaste)|me dejaron a medias|(that|this|it|you) (didn t|didnt|did not) help|sa pa ede m|ou pa ede m)\b/;

/** After an answer, not in an emergency: says the help did not help. */
export const complainsOfHelp = (folded: string, dialogue?: DialogueContext): boolean =>
  dialogue !== undefined &&
  !dialogue.first &&
  !dialogue.emergency &&
  (NOT_HELPED.test(folded) || complainsOfAnswers(folded));

/**
 * A parent who is not there, told for a child's papers ("el niño tiene 4 años y solo estoy yo, el papá
 * no está con nosotros" after the US passport: sight51-a, a full emergency).
 */
const PARENT_AWAY =
  /\b(solo estoy yo|nomas estoy yo|soy (mama|madre|papa|padre) sol[oa]|(el|su|mi) (papa|padre|mama|madre) no (esta|vive|anda)|(it s|its) just me|(his|her|the) (dad|father|mom|mother) (isn t|isnt|is not|doesn t live|doesnt live)|se mwen sel|(papa|manman) (li|l) pa la)\b/;
/** Procedures a child's papers are asked in. */
const PAPERS_TOPICS = new Set([
  'us_visa_passport',
  'dual_nationality',
  'apostille',
  'state_documents',
  'mx_status',
]);

/** A parent away, told about a child's papers outside an emergency. */
const tellsParentAway = (folded: string, dialogue: DialogueContext): boolean =>
  !dialogue.emergency && PAPERS_TOPICS.has(dialogue.topic ?? '') && PARENT_AWAY.test(folded);

/**
 * A message that ends thanking, in a conversation ("ya me voy a la clínica con mi esposo. muchas gracias"):
 * a goodbye with news for staff, which the topic model read as a medical emergency (session 85).
 */
const ENDS_THANKING =
  /\b((muchas|mil) )?(gracias|grasias)( (por todo|de verdad|a todos))?$|\b(thank you|thanks)( (so much|a lot|for everything|again))?$|\bmesi( (anpil|pou tout))?$/;
const thanksToClose = toldInTalk(ENDS_THANKING);

/** Opening with the danger gone ("yo ale. yon fanm legliz la…", "they left"), not a trip ("they left nuevo laredo"). */
const GONE =
  /^(ya )?(they left|they re gone|theyre gone|they are gone|yo ale|yo kite|yo pati|se fueron|ya se fueron)(?=$| (mesi|gracias|thanks|thank|ok|now|kounye|ya|already|nou|we|estamos|m|mwen|yon|una|a lady)\b)/;
/**
 * In an emergency under way, being found or the danger gone ("yon patwouy jwenn nou, yo ba nou dlo, zanmi m reveye",
 * "yo ale"): judge99's two were noted as the place, with 911 again. Other help come ("the ambulance took him") stays
 * the help-came reading's, which the danger read again leads to (help-came.test.ts). Patterns still speak.
 */
const calmInDanger = (folded: string, dialogue?: DialogueContext): boolean =>
  dialogue?.emergency === true && (FOUND_BY_HELP.test(folded) || GONE.test(folded));

/** A phone number given ("her number is 675 866 0123, her name is…"): a contact for staff (judge99's got the urgent case). */
const NUMBER_WORD = /\b(number|numero|nimewo|telefono|telefon|phone|cel|celular|tel|whatsapp)\b/;
const contactGiven = (folded: string, dialogue?: DialogueContext): boolean =>
  dialogue !== undefined &&
  !dialogue.first &&
  !dialogue.emergency &&
  (folded.match(/\d/g)?.length ?? 0) >= 7 &&
  NUMBER_WORD.test(folded);

/**
 * Studies to finish, told in a conversation ("mwen menm m ta renmen fini etid mwen, m pa t fini lise": sight78-a, the
 * safety line on the model's word alone).
 */
const STUDIES_TOLD =
  /\b(fini|terminar|acabar|finish|complete|continuar|seguir|kontinye) (mis |my |m |mwen |los |the |la |el |de )?(etid|estudios|escuela|prepa|secundaria|primaria|school|high school|studies|lise|lekol|college)\b/;
const tellsStudies = toldInTalk(STUDIES_TOLD);
/**
 * Papers lost, not taken ("m pèdi paspò m ak kat mwen nan bis la… m pral fou": emerg-eu, the safety line on the
 * model's word alone for a card to replace). Folded text.
 */
const LOST_PAPERS =
  /\b((m|mwen|nou|li) pedi (tout )?(paspo|kat|papye|dokiman|idantite|batiste)|(perdi|perdimos|se me perdio|se me perdieron|extravie) (mi |mis |el |la |los |las )?(pasaporte|papeles|documentos|tarjeta|credencial|ine|acta|visa)|(lost|misplaced) (my|our|his|her) (passport|papers|documents|card|id|visa|green card))\b/;
/**
 * A deadline or a file told with "dying" ("deadline for my dad's pension paperwork is friday, im dying here", "…sinon yo
 * fèmen dosye m, m ap mouri la a": emerg-fs, the safety line on the model's word alone): a hurry, as the patterns' not.
 */
const HURRIED =
  /^(?!.*\b(apunal\w*|acuchill\w*|stab\w*|herid[oa]s?|hurt|injur\w*|sangr\w*|bleed\w*|disparo|balazo|shot|golpe\w*|secuestr\w*|kidnap\w*|amenaz\w*|threat\w*|respir\w*|breath\w*|blese|senyen|touye|kout kouto|atake)\b).*\b(deadline|paperwork|plazo|fecha limite|papeleo|tramites?|dosye|dat limit|randevou|cita|comar)\b.{0,80}\b(i m dying|im dying|i am dying|dying here|me estoy muriendo|me muero|m ap mouri|mwen ap mouri)\b/;
/**
 * No emergency said outright ("nomas quiero que me revisen, no es urgencia": judge120's pregnant woman in Torreón got the
 * full emergency on the model's word alone), with no "but" after which a danger may come ("no es urgencia pero mi esposo
 * llega tomado…": a review), folded. The safety line is still the model's to give.
 */
const saysNotUrgent = (folded: string): boolean =>
  (NOT_URGENT.test(folded) && !/\b(but|pero|men|sino)\b/.test(folded)) ||
  (NOT_TOO_BAD.test(folded) && !GRAVE_SIGNS.test(folded));
/**
 * The sick one said not so bad ("li pa twò mal, li manje toujou, men lafyev la pa bese": judge130's mother), with no
 * grave sign told beside it (a review: "she's not too bad, she's just very confused… doesn't recognize me").
 */
const GRAVE_SIGNS =
  /\b(just|only|solo|nomas|jis|confus\w*|recogni\w*|reconoce\w*|rekonet|respir\w*|breath\w*|conscious|inconscien\w*|despierta|wake|reveye|desmay\w*|faint\w*|svanouy\w*|convuls\w*|seizure\w*|sangr\w*|bleed\w*|senyen|vomit\w*|vomi\w*|frio|cold|fret|frèt|palid\w*|pale|chest|pecho|pwatrin|move|mueve|moverse|talk|habla|pale)\b/;
const NOT_TOO_BAD =
  /\b((li|l|el|ella|he|she|it|s?he s|it s) (pa (two|tro|twò) mal|no (esta|se ve) (tan|muy) mal|(isn t|isnt|is not|s not) (too|that|so) bad)|not too bad|pa (two|tro) grav)\b/;
const NOT_URGENT =
  /\b(no es (una |ninguna )?(urgencia|emergencia)|no es (nada )?urgente|(it s|its|it is|this is|that s|thats) not (an )?(emergency|urgent)|(isn t|isnt|is not) (an )?(emergency|urgent)|not an emergency|se pa (yon )?ijans|pa (yon )?ijans|pa ijan|(mwen|m|nou) pa an danje|no (estoy|estamos) en peligro|(i m|im|i am|we re|we are) not in danger)\b/;
/** Benefits asked to keep coming ("I already get my checks. Will they keep coming if I move?": judge132's safety line). */
const CHECKS_KEEP_COMING =
  /\b(checks?|cheques?|payments?|pension|benefits|social security|pagos?|cheke|pansyon)\b.{0,60}\b(keep coming|still come|stop coming|seguir(an)? llegando|sigue(n)? llegando|dejan de llegar|kontinye vini)\b/;
/** A loss, a claim or a hurry the models hear as a danger: papers lost, not taken; a work injury's pay owed (emerg-eu, emerg-ew). */
const lossOrClaim = (folded: string): boolean =>
  LOST_PAPERS.test(folded) ||
  injuryPayOwed(folded) ||
  HURRIED.test(folded) ||
  CHECKS_KEEP_COMING.test(folded);
/**
 * A trip too hard told of someone old or ill ("ya esta muy grande y se me hace q no aguanta el viaje" after the
 * pension's office: emerg-fi, the safety line on the models' word alone), or the office too far ("estamos en Gomez,
 * esta muy lejos. no hay algo aca?", sight88-a): a way to do it from afar, or nearer, asked.
 */
const TRIP_TOO_HARD =
  /\b(no (aguanta|aguantaria|resiste|soporta|va a aguantar|podria con) (el|ese|un) viaje|(can t|cant|cannot|won t|wont|couldn t) (handle|make|take|survive|do) (the|that|a|such a) (long )?(trip|drive|journey|ride)|(li|l) pa (ka|kapab) (fe|fè|sipote) (vwayaj|wout) (la|sa)|(esta|queda|is|s) (muy |bien |re |too |very |so )?(lejos|far)\b.{0,30}\b(no hay|hay algo|algo (aca|aqui)|anything|closer|mas cerca))\b/;
const tellsTripTooHard = toldInTalk(TRIP_TOO_HARD);
/**
 * A fare asked in a conversation ("does your office pay for his bus ticket to lerdo?", "¿ustedes pagan el pasaje?":
 * judge113's wife of a deported man got the full emergency on the models' word alone): the way home's cost.
 */
const FARE_ASKED =
  /\b(pay|pays|paying|cover|covers) (for )?(his|her|my|the|a|our|their) (bus )?(ticket|fare)\b|\b(pagan|paga|cubren|cubre|dan) (el|su|mi|un) (boleto|pasaje|camion)\b|\b(peye|bay) (tikè|tike|biye|pasaj) (li|l|mwen|m|a)\b/;
const asksFare = toldInTalk(FARE_ASKED);
/**
 * A relative's illness far away told with a visit wished ("non li pa mouri, li malad nan lopital. m vle ale wè l anvan
 * li mouri": judge117's Haitian asking for a humanitarian visa got the full emergency on the model's word alone).
 */
const VISIT_WISHED =
  /\b((ale|al|vin) we (l|li|manman|papa)|go (and )?see (her|him|my \w+)|visit (her|him|my \w+)|ir a ver(la|lo)?|verla|verlo|ver a mi \w+)\b.{0,30}\b(anvan|before|antes)\b/;
const wishesVisit = toldInTalk(VISIT_WISHED);
/** Any of these: the models alone call no full emergency (help that came counts in a first message too). */
export const vetoesAlone = (folded: string, dialogue?: DialogueContext): boolean =>
  // Land taken by a relative is a legal matter the model alone hears as a robbery (judge104).
  propertyDispute(folded) ||
  reassures(folded, dialogue) ||
  complainsOfHelp(folded, dialogue) ||
  thanksToClose(folded, dialogue) ||
  calmInDanger(folded, dialogue) ||
  contactGiven(folded, dialogue) ||
  tellsStudies(folded, dialogue) ||
  tellsTripTooHard(folded, dialogue) ||
  asksFare(folded, dialogue) ||
  wishesVisit(folded, dialogue) ||
  // Papers lost ("mwen pedi tout papye m yo nan bis la"): a card to replace; a work injury's pay owed: legal advice.
  lossOrClaim(folded) ||
  saysNotUrgent(folded) ||
  // Paperwork "killing" one ("y ap touye m ak papye sa yo": emerg-fy's Haitian got the full emergency).
  (!dialogue?.emergency && PAPERWORK_FIGURE?.test(folded) === true) ||
  (!dialogue?.emergency && complainsOfOfficial(folded)) ||
  // "ya nadie nos amenaza, el esta tranquilo" after the calm: the threat said over (judge92).
  (!dialogue?.emergency && threatDenied(folded)) ||
  bleedingStopped(folded) ||
  (dialogue !== undefined && !dialogue.first && tellsParentAway(folded, dialogue));

/** In a conversation, any of these: the models alone call no danger (the safety line included). */
export const modelsVetoed = (folded: string, dialogue?: DialogueContext): boolean =>
  dialogue !== undefined && !dialogue.first && vetoesAlone(folded, dialogue);

/** Told as a joke, long ago, of the authorities, or a service asked for calmly: no emergency by the model alone. */
export const MODEL_VETOES: ReadonlySet<string | null> = new Set([
  'joke',
  'longAgo',
  'authorities',
  'request',
]);

/**
 * Help begged and no way out, in words no pattern holds ("bonswa. m bzwn ed. m pa ka soti": judge78's
 * woman got the topic menu): the safety line, whose button says the danger if there is one. Folded text.
 */
const PLEADS_TRAPPED =
  /\b(ayuda|ayudenme|auxilio|help|ed|ede m|sekou|bzwn ed|bezwen ed)\b.*\b(no (puedo|podemos) salir|can ?t (get )?out|cant leave|can t leave|(m|mwen|nou) pa (ka|kapab) soti)\b|\b(no (puedo|podemos) salir|can ?t (get )?out|(m|mwen|nou) pa (ka|kapab) soti)\b.*\b(ayuda|auxilio|help|ed|sekou)\b/;
const pleadsTrapped = (folded: string): boolean => PLEADS_TRAPPED.test(folded);

/**
 * The safety line on the model's word alone, on a first message (or help begged with no way out): not
 * for a relative held by the authorities, unless the model all but calls it an emergency ("my brother got picked up by ICE…
 * we dont know where they took him" got "if you are in danger now, call 911", sight43-a).
 */
export const possibleByModel = (p: number, toldAs: string | null, folded: string): boolean =>
  pleadsTrapped(folded) ||
  (p >= LEARNED.possible && !(toldAs === 'authorities' && p < LEARNED.emergency) && !lossOrClaim(folded));
/**
 * A danger told as over and the writer safe now ("ya estoy bien aqui en durango", "li lib kounye a", "gras a dye m soti":
 * emerg-gw's kidnapping two years back), laughed about
 * ("m ap mouri ak ri lol") or seen in a film ("i just watched a movie about kidnappings"), with a question beside it:
 * no safety line on the pattern's or the model's word alone, unless the model all but calls it an emergency
 * (emerg-em: five such first messages got "if you are in danger now, call 911" above the answer). Folded text.
 */
const SAFE_NOW =
  /\b(ya (estoy|estamos|esta|estan) (bien|a salvo|tranquil[oa]s?)( aqui| aca)?|(i m|im|i am|we re|we are|he s|she s|hes|shes|he is|she is) (safe|fine|ok|okay) now|(now|ahora) (i m|im|we re|he s|she s) (safe|fine|ok)|(li|m|mwen|nou) (lib|byen|an sekirite) (kounye a|kounya|konnya)|(kounye a|kounya|konnya) (li|m|mwen|nou) (lib|byen|an sekirite)|(i m|im|i am|he s|she s|hes|shes|he is|she is) (all |fully |completely )?(healed|recovered)|ya (me |se )?(cure|curo|recupere|recupero|sane|sano|alivie|alivio)|(m|mwen|li) (fin |deja )?geri|(gras a dye|grasadye|gracias a dios|thank god|thankfully) (m |mwen |li |nou |i |we |he |she |ya )?(te )?(soti|sot|chape|sali|salimos|salio|escape|escapamos|got out|escaped|made it out|got away))\b/;
const FICTION =
  /\b(watch\w*|saw|seen|vi|vimos|viendo|vide|mire|mirando|gade|te gade|ap gade) (a |an |una |un |yon |the |esta |this |la |el )?(movie|pelicula|serie|series|film|fim|show|documental|documentary|novela|telenovela)\b/;
const TOLD_OVER = new Set<string | null>(['joke', 'past', 'longAgo']);

export const possibleAlone = (
  overruled: boolean,
  p: number,
  toldAs: string | null,
  folded: string,
): boolean => {
  const over = TOLD_OVER.has(toldAs) && (toldAs === 'joke' || SAFE_NOW.test(folded) || FICTION.test(folded));
  if (over && p < LEARNED.emergency) return false;
  return overruled || possibleByModel(p, toldAs, folded);
};

/** From this age a stated age in a follow-up is a parent's or grandparent's, for a visa or a pension. */
const ELDER_AGE = 50;
/** In a message this short, any age told is a fact for the procedure ("la niña tiene 6 años y vivimos en el mezquital"). */
const AGE_FACT_WORDS = 10;

/** An age told as a fact, not a danger's story: an elder's, or any in a short message (sight98-a got the safety line). */
export const ageIsFact = (age: number | undefined, words: number): boolean =>
  age !== undefined && (age >= ELDER_AGE || words <= AGE_FACT_WORDS);
