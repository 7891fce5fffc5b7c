/**
 * Small word lists that check what the dialogue model reads in a follow-up (follow-up.ts) and
 * in a form's answer (in-context.ts): that a person is named, that a complaint says something
 * negative, that a question is about the assistant itself, that a statement tells of lacking
 * something; the facet an act asks. Pure data.
 */

import { FACETS, type Facet } from '../core/types.ts';
import { HELP_CAME } from './help-words.ts';

/** Words for a person of the office: without one, a form's answer ("he called us from Veracruz") asks for nobody. */
export const SOMEONE = new Set(
  'alguien persona personal humano asesor asesora licenciado licenciada agente someone somebody anyone person human staff agent moun ekip anplwaye'.split(
    ' ',
  ),
);
/** Anyone at all ("can someone talk to me", "nadie me ha llamado"): no office title ("ya hablé con la licenciada"). */
export const ANYONE = new Set(
  'alguien nadie someone somebody anyone anybody nobody persona person humano human moun pesonn'.split(' '),
);
/** The same, and the words for being called: without them (or a phrase list's request) no person is asked for. */
export const PERSON = new Set([...SOMEONE, 'llamen', 'llame', 'call', 'rele']);
/** Politeness after a yes ("wi silvouplè", "sí porfavor"): still only a yes. */
export const POLITE = new Set(['silvouple', 'souple', 'tanpri', 'porfavor', 'porfa', 'please', 'pls', 'plz']);
/** Asking to be called or written to ("sí, que le hablen en la tarde"): after a yes, a person wanted. */
export const CALLED = new Set([
  ...PERSON,
  'hablen',
  'marquen',
  'llamar',
  'contacten',
  'escriban',
  'contact',
  'text',
]);
/** "Pass me", said last after a yes ("si porfa páseme"): to a person, not "send me the address". */
export const PASS_ME = new Set('paseme pasame pasenme pasenos pasanos pasele pasenle pasale'.split(' '));
/** A question about the assistant itself ("¿eres una persona?", "is this a bot?", "ou se yon moun?"). */
export const ABOUT_YOU =
  /\b(eres|are you|is this|ou se|se ou|usted es|es usted|es (un |una )?(bot|robot|maquina|máquina|persona)|you a)\b/i;
/** Words without which "that did not help" is not what a message says. */
export const NEGATIVE = new Set(
  'no not nothing nada nunca never didnt dont doesnt isnt wasnt pa wrong mal useless inutil'.split(' '),
);
/** A capitalised word after the first: a place named in a short line ("m Saltillo", "estoy en Reynosa"). */
export const NAMES_A_PLACE = /\s\p{Lu}\p{Ll}+/u;
/** A statement of lacking something ("no tengo papeles", "we don't have papers", "m pa gen papye"). */
export const LACKS =
  /\b(no (tengo|tiene|tienen|tenemos|traigo|trae|traemos|cuento con|cuenta con)|(don'?t|do not|doesn'?t|does not) have|(i|we|he|she|they) have no|(m|mwen|li|nou|yo) pa gen)\b/i;
/** Lacking an ID or a document, in folded words ("no traigo ine", "i got no id", "m pa gen paspo"): what can serve instead. */
export const LACKS_ID =
  /\b(no (tengo|tiene|traigo|trae|cuento con)|(don'?t|do not|doesn'?t|does not) have|(i|we|he|she) (have|got|has) no|(m|mwen|li|nou) pa gen)( \w+)? (ine|id|ids|identificacion|identification|credencial|pasaporte|passport|paspo|acta|birth certificate|batiste|kat idantite|documentos|documents|dokiman|licencia|license)\b/;
/**
 * Words that point at what was just said ("ki adrès li?", "¿dónde queda ese centro?", "where
 * is that"): a question with one asks about it, not about the office, unless it says "your".
 */
export const POINTS_BACK = new Set(
  'li l sa ese esa esos esas este esta eso esto it its that this those there ahi alla'.split(' '),
);
/** Words for the assistant's own office ("¿dónde están ustedes?", "your office", "biwo nou"). */
export const YOURS = new Set('ustedes usted su sus tu your you yall nou w ou'.split(' '));
/** Beginnings of the words without which a message does not ask whether to pay ("should I deposit?", "m dwe peye?"). */
export const PAYING =
  /^(pag|depos|deposit|mand|transf|zelle|western|cobr|dinero|lana|feria|pay|paid|send|sent|money|cash|wire|peye|depoze|lajan|kob|voye)/;
/** Beginnings of the words without which a message does not ask who is coming ("¿quién viene?", "are you sending someone?"). */
export const COMING =
  /^(vien|ven|vendr|lleg|mand|envi|quien|alguien|nadie|polic|patrull|ambulanc|coming|come|send|sent|who|arriv|someone|anybody|anyone|police|cops|ambulance|vini|vin|voye|rive|kimoun|moun|lapolis)/;
/** Beginnings of the words for talking with someone ("alguien con quien hablar", "someone to talk to"). */
export const TALKING = /^(habl|platic|convers|talk|speak|pale|koze)/;
/** Beginnings of the words without which a message does not say the person cannot call ("no tengo saldo", "m pa ka rele"). */
export const CALLING =
  /^(911|llam|marc|habl|telef|celul|saldo|credit|senal|bateri|pila|call|phone|signal|battery|talk|speak|minutes|thru|through|connect|ring|rele|telefon|kredi|batri|siyal|pale|apel)/;
/** Words that point at what was just said, in a question about it ("¿eso lo puedo hacer sin pasaporte?"). */
export const REFERS_BACK = new Set('eso esa ese esos esas esto it that those sa'.split(' '));
/**
 * "Is the program open right now?", "¿y el trámite cuánto tarda?", "pwogram nan": the procedure under
 * discussion named by a word any procedure has (a visa programme became productive projects on it).
 */
const THE_PROCEDURE =
  /\b(the|this|that|el|ese|este|dicho|le) (program|programme|programa|procedure|process|proceso|tramite|paperwork)\b|\b(pwogram|demach) (sa|la|a|an|nan)\b/;
/** The message points back at what was just said: "that", "eso", "the program". */
export const refersBack = (words: readonly string[]) =>
  words.some((w) => REFERS_BACK.has(w)) || namesTheProcedure(words);
/** "The program" in a short question: the one under discussion ("sign my mom up for the program" may name another). */
export const namesTheProcedure = (words: readonly string[]) =>
  words.length <= SHORT_BACK && THE_PROCEDURE.test(words.join(' '));
const SHORT_BACK = 8;

/** A first word that goes on from what was just said: "y cuánto me van a dar?", "and for my wife?", "e pou pitit mwen?". */
export const CONTINUES = new Set(['y', 'and', 'e', 'epi']);

/**
 * "The address?" alone ("whats the address", "adrès la svp", "pero la dirección? en qué calle está"): of
 * the place just named (a fresh writer's mother, and judge72's, got the office's address for the clinic in Juárez).
 */
const ADDRESS_ONLY =
  /^(y |and |e |ok |pero |but |men )?((whats |what s |what is |cual es |cuál es |ki )?(the |la |el )?(address|direccion|adres)( la| a)?( please| pls| porfa| svp| souple| tanpri)?( (en )?(que|q) calle (esta|queda)| what street( is it( on)?)?)?|(en )?(que|q) calle (esta|queda)|what street is it( on)?)$/;

/** Only the address asked ("the address please"): of what was just named. */
export const asksOnlyAddress = (words: readonly string[]) => ADDRESS_ONLY.test(words.join(' '));

/** A word that points back at what was just said, and none for the assistant's own office. */
export const pointsBack = (words: readonly string[]) =>
  (words.some((w) => POINTS_BACK.has(w)) || asksOnlyAddress(words)) && !words.some((w) => YOURS.has(w));

/** The facet an act of the dialogue model asks ("ask_cost": cost), if any. */
export const facetOf = (act: string): Facet | null => {
  const facet = act.startsWith('ask_') ? act.slice(4) : '';
  return (FACETS as readonly string[]).includes(facet) ? (facet as Facet) : null;
};

/** "Pandan m ap tann, …", "mientras espero, …", "while I wait, …" set the time of a question; they ask nothing of the wait. */
const WHILE = new Set(['pandan', 'mientras', 'while']);
const WAITING = new Set([
  'm',
  'mwen',
  'ap',
  'tann',
  'map',
  'espero',
  'esperamos',
  'i',
  'we',
  'wait',
  'waiting',
]);

/** The words without such a preface ("while", then the words of waiting that follow it). */
export function withoutWhile(words: readonly string[]): readonly string[] {
  // Most messages have no such preface: no copy for them (asksWhen runs several times a message).
  if (!words.some((w) => WHILE.has(w))) return words;
  const kept: string[] = [];
  let skipping = false;
  for (const word of words) {
    if (WHILE.has(word)) skipping = true;
    else if (!(skipping && WAITING.has(word))) {
      skipping = false;
      kept.push(word);
    }
  }
  return kept;
}
/**
 * Words of how someone feels in mind, folded ("no he podido dormir", "not doing good mentally",
 * "m santi m tris"); sleep only when it does not come ("nou pa gen kote pou n dòmi" asks a bed).
 */
export const FEELS =
  /\b(no (he |e |puedo |he podido |e podido )?(dormir|dormido)|no duermo|triste|tristeza|deprimid[oa]|depresion|ansiedad|ansios[oa]|estres|estresad[oa]|angustia|desesperad[oa]|llorar|lloro|can t sleep|cant sleep|couldnt sleep|couldn t sleep|haven t slept|havent slept|not sleeping|sad|depressed|depression|anxiety|anxious|stressed|mentally|mental health|crying|pa (ka )?domi( byen)?|tris|dekouraje|kriye|aguitad[oa]|achicopalad[oa]|bajonead[oa]|no (quiere|kiere) (hablar|salir|ver) (con nadie|a nadie|de (la casa|su cuarto))|no sale de (la casa|su cuarto)|(won t|wont|doesn t|doesnt|does not) (talk to anyone|leave (the house|his room|her room))|pa vle pale ak pesonn|pa vle soti nan kay)\b/;
/**
 * A sick person on the road getting worse, told rather than asked ("ahorita tiene 39 de calentura",
 * "li pa vle manje ditou", "he won't drink anything"), folded: the line for when it gets worse.
 */
export const GETS_WORSE =
  /\b(fiebre|calentura|fever|temperature|lafyev|tanperati)\b.{0,25}\b(3[89]|4[0-2]|10[2-6])\b|\b(3[89]|4[0-2]|10[2-6])\b( grados)?( de)? (fiebre|calentura|fever|lafyev)\b|\bno (quiere )?(come|comer|toma nada|quiere tomar|respira)\b|\b(won t|wont|doesn t|doesnt) (eat|drink|breathe)|\bnot (eating|drinking|breathing)\b|\bpa (vle )?(manje|bwe|respire)\b|\bconvuls|\b(high fever|fiebre (muy )?alta|calentura (muy )?alta|lafyev (a )?(wo|monte)|(can t|cant|cannot) (stand|get up|walk)|no (se )?puede (parar|levantar|caminar)|ya no (camina|se para)|pa (ka )?(kanpe|leve|mache) anko|pa ka kanpe|shaking|temblando|tiembla|tranble|decaid[oa]|(very|so|really) weak|feb anpil|muy debil)\b/;

/** Words that say it gets worse, folded ("peor", "pi mal", "fò anpil"). */
export const WORSE_WORDS =
  /\b(worse|worst|(gets|goes) (really |very |too |way )?(high|up)|(really|very|too|way) high|sube mucho|(se le )?sube (el azucar|la presion|la fiebre)|muy alt[oa]|monte anpil|peor|pi mal|pi grav|grave|fo anpil|fuerte|very bad|really bad|real bad|so bad|very sick|really sick|so sick|muy enferm[oa]|muy malit[oa]|muy mal|bien mal|malad anpil|pi malad|(empiezo|empieza|empiece|comienzo|comienza) a sentir(me|se)? (mal|peor)|(me|se|le) (sienta|sintiera) (mal|peor)|(start|starts|begin|begins) (to feel|feeling) (bad|sick|worse)|feels? worse|santi (l|li|m) pi mal)\b|\b(over|above|past|arriba de|mas de|pasa de|pase de|sube a|plis pase|plis ke|depase|rive) (3[89]|4[0-2]|10[2-6])\b/;

/**
 * The aspects a follow-up asks: one a reply, so it stays short (the model's when the phrase lists
 * agree, else the first they name), two when the message asks two, each with its question word
 * (`two`: "¿cuánto cuesta y qué papeles ocupo?", "how much is it and what documents do i need?").
 */
export function askedFacets(
  model: Facet | null | undefined,
  listed: readonly Facet[],
  two: boolean,
): Facet[] {
  if (two && listed.length > 1) return listed.slice(0, 2);
  if (model && listed.includes(model)) return [model];
  if (listed.length) return listed.slice(0, 1);
  return model ? [model] : [];
}

/** Words that ask to send what was told ("send it", "mándalo", "voye l"): with a yes, a confirmation. */
export const SEND = new Set('send it mandalo mandelo mandenlo envialo envielo envienlo voye l li'.split(' '));

/**
 * Being deported feared, as what may come of help or of getting out, folded ("si nos sacan, ¿nos
 * van a deportar?", "will they deport us if we get out?", "eske y ap depòte nou?"); not a
 * deportation told ("me deportaron", "he got deported last week").
 */
export const FEARS_DEPORTATION =
  /\b(?:(?:me|nos|lo|la|los|las|te|le|les) (?:van a|va a|vayan a|pueden|puede|podrian|podria|iran a|iba a|irian a) (?:deportar|regresar a (?:mi|su|nuestro|nuestros) pais)|(?:me|nos|lo|la|los|las|te) (?:deportan|deporten|deportaran|deportara|deporta|deporte)|(?:will|would|could|can|gonna|going to|might) (?:they |he |she |the police |the cops |cops |immigration |ice |migration |i |we )?(?:deport|get deported|be deported|send (?:me|us|him|her|them) back)|(?:get|getting) (?:me|us|him|her|them) deported|(?:they ll|theyll|they d|theyd|ice ll|they re gonna|theyre gonna) (?:deport|send (?:me|us|him|her|them) back)|(?:pral|ap|ka|va|prale) (?:depote|voye (?:m|mwen|nou|l|li) tounen)|pou (?:yo )?depote (?:m|mwen|nou|l|li)|(?:pe|krent) (?:yo |imigrasyon |migrasyon |lapolis |polis )?depote (?:m|mwen|nou))\b|\b(?:will|would|could|can|gonna|going to|might) (?:immigration|ice|migration|the police|the cops|they) (?:lock|detain|arrest) (?:her|him|them|me|us)\b|\b(?:la|lo|los|las|me|nos) (?:va|van) a (?:encerrar|detener) (?:la migra|migracion)\b|\b(?:me|nos|lo|la|los|las) (?:van a|va a|vayan a|pueden|puede) (?:mandar|regresar|echar|devolver) (?:pa|para|a) ?(?:atras|tras|mi pais|su pais|nuestro pais)\b|\b(?:me|nos|lo|la|los|las) (?:van a|va a|pueden|puede) (?:detener|agarrar|arrestar|encerrar) si (?:vienen|viene|llegan|llega|llamo|llamamos|hablo|hablamos)\b|\b(?:imigrasyon|migrasyon|ice|lapolis|polis)(?: yo)? (?:ap|pral|va|ka) (?:arete|fèmen|fenmen|pran) (?:nou|m|mwen|l|li)\b|\b(?:will|would|could|can|gonna|going to|might) (?:the )?(?:border patrol|migra) (?:take|keep|grab|detain|arrest) (?:her|him|them|me|us)\b(?! to )/;

/**
 * The police who would come, and papers the person lacks or a child they would lose, in one
 * message ("si viene la policía me van a quitar a mi niña? no tengo papeles", "if the police come
 * they'll ask for my papers"): the same fear of what help brings.
 */
const POLICE = '(?:policias?|police|cops?|polis|lapolis|patrulla|911|la migra|i?m?migra(?:cion|tion|syon))';
const PAPERS =
  '(?:papeles|documentos|papers|documents|papye|dokiman|quitar a mi|quitaran a mi|take my (?:kid|kids|child|children|son|daughter|baby)|pran pitit)';
export const POLICE_AND_PAPERS = new RegExp(
  `\\b${POLICE}\\b.{0,80}\\b${PAPERS}|\\b${PAPERS}.{0,80}\\b${POLICE}\\b`,
);

/**
 * The person in danger is being looked after now ("ya está en el hospital", "li nan lopital kounye a, dokte yo ap okipe
 * l"), or taken there ("ya llegó una patrulla y me van a llevar a la cruz roja", emerg-ea).
 */
export const AT_CARE =
  /\b((me|nos|lo|la|los) (van a llevar|estan llevando|llevan) (a|al) (la )?(cruz roja|hospital|clinica)|(they re|theyre|they are) taking (me|us|him|her|them) to (the )?(hospital|clinic|red cross)|yo (ap|pral) mennen (m|mwen|nou|li|l) (nan |lan )?(lopital|klinik|kwa wouj)|(i m|im|i am|we re|were|we are) (at|with) (the )?dif( now)?|(ya )?(estoy|estamos) (en el|con el|con los del) dif|(m|mwen|nou) (nan|ak) dif|(nos|lo|la|los|me) (subieron|metieron) a la ambulancia|ya (vamos|estamos|va|esta) en la ambulancia|(we re|were|we are|he s|hes|she s|shes|he is|she is) in the ambulance|(nou|li|l) nan anbilans (lan|la|a)|took (him|her|them|us) to (the )?hospital|(lo|la|los|nos) llevaron al hospital|te mennen (l|li|nou) (nan |lan )?lopital|ya (esta|estamos|esta internad[oa]|lo tienen|la tienen) en el hospital|ya (lo|la|nos) (estan atendiendo|atendieron|atienden)|(is|are|s) in (the )?hospital now|(he s|hes|she s|shes|he is|she is|they re|theyre|they are) (at|in) (the )?hospital|(m|mwen|nou|li|l) lopital (kounya|kounye a|kounyea)|(li|l|nou) nan lopital kounya|in (the )?hospital now|doctors (are )?(seeing|treating|looking after|taking care of)|took (him|her|them) to (the )?hospital\b.{0,60}\bstable|(lo|la|los) llevaron al hospital\b.{0,60}\bestable|(li|l|nou) nan lopital kounye a|dokte yo ap (okipe|trete|swen)|mennen (m|mwen|nou) (nan |lan )?lopital|(m|mwen|nou) nan lopital|yo ap okipe (m|mwen|nou)|(me|nos) llevaron al hospital|(ya )?(me|nos) (estan atendiendo|atendieron)|(took|brought) (me|us) to (the )?hospital|(i m|im|i am|we re|were|we are) (at|in) (the )?hospital|(they re|theyre|they are) (taking care of|treating|seeing) (me|us)|(y ap|yo|ap) mennen (l|li) (nan |lan )?lopital|(la|lo) llevan al hospital|(taking|takes) (him|her|them) to (the )?hospital|(ambulance|ambulancia|anbilans (lan|la|a)?) ?(came|arrived|got here|llego|vino|rive|vini)\b.{0,60}\b(took|taking|se (lo|la) llevo|(lo|la) llevaron|mennen (l|li)|(yo )?pran (l|li)))|(pran|mete|mennen) (l|li|m|mwen|nou) (nan |lan )?anbilans|(se lo|se la|lo|la|los|nos|me) (llevaron|llevo|subieron|subio) (en|a) la ambulancia|(took|put) (him|her|them|us|me) (in|into) (the|an) ambulance\b/;

/**
 * How long a procedure takes, asked in line after its answer ("how long does it take", "¿cuánto
 * se tarda?", "konbyen tan sa pran", "how long until you know where he is"), or a programme's waiting
 * list ("is there a long waiting list? how long would she wait", session 57's judge), not how long
 * staff take ("¿cuánto van a tardar en contestar?").
 */
export const PROCEDURE_TIME =
  /\b(does it take|will it take|(does|do|will) ((the|my|his|her|their|our) )?\w+( \w+)? (usually |normally )?take (to|for)|(does|do|will) (the|my|his|her|their|our) \w+( \w+)? (usually |normally )?take|it takes|takes long|does that take|se tarda|tarda el|tarda la|tardan en dar|se demora|demora el|cuanto dura|how long is it valid|sa pran|li pran|pran konbyen tan|until (you|they|we) (know|find|locate|hear)|hasta que (sepan|sepamos|lo encuentren|la encuentren|lo localicen|la localicen)|en (encontrarlo|encontrarla|localizarlo|localizarla)|pou (yo )?jwenn (li|l)|pou (yo )?konnen ki kote|waiting list|wait list|lista de espera|lis datant|would (she|he|they) wait|va a esperar|van a esperar)\b/;

/** Safe or gone, said outright ("we are ok", "ya se fueron", "nou byen"; "li pi byen" is better, not safe). */
const SAID_SAFE =
  /\b(ok|okay|bien|fine|safe|a salvo|se fueron|se largaron|they left|theyre gone|yo ale|tranquilo)\b|(?<!pi )\bbyen\b/;

/** Help came and the danger is in its hands, not said to be over ("ya vinieron los paramédicos, ya está mejor"). */
export const helpOnlyCame = (folded: string): boolean => HELP_CAME.test(folded) && !SAID_SAFE.test(folded);

/** The person in danger died, told ("lo encontraron muerto", "he didn't make it", "yo jwenn li… li mouri"), folded. */
const DIED =
  /(?<!\b(celular|cel|telefono|telefon|bateria|batri|pila|phone)( se| se le| se me| li| l)? )\b(murio|fallecio|esta muert[oa]|estan muertos|(lo|la|los) encontraron muert[oa]s?|(ya )?estaba muert[oa]|no sobrevivio|(he|she|they) (died|passed away|is dead|are dead)|found (him|her|them) dead|didn ?t make it|li mouri|yo mouri|li te mouri|pa t siviv)\b(?! (el|la|mi|su|tu) (celular|cel|telefono|bateria|pila))/;

/** What an emergency's end says of how it ended: help came, or the person died (the calm line fits it). */
export const calmKind = (folded: string): { helpCame?: true; died?: true } =>
  DIED.test(folded) ? { died: true } : helpOnlyCame(folded) ? { helpCame: true } : {};

/** A wait told as time gone by: "ya van 2 horas", "its been a whole day", "2 zè d tan m ap tann". */
export const WAITED =
  /\b(ya van|van|llevo|llevamos|ya paso|ya pasaron|paso|pasaron|its been|it s been|been waiting|waiting for|waited|sa fe|sa fè)( \w+)? (\d+|un|una|dos|tres|media|one|two|three|a|an|half|yon|de|twa) (\w+ )?(horas?|hrs?|minutos?|mins?|dias?|hours?|minutes?|days?|ze|zè|edtan|è|e|minit|jou)\b|\b\d+ (ze|zè|e|è) ?(d ?tan|dtan)? (m ap|map|n ap|nap) tann\b|\b(ya )?(tiene|tengo|llevo) (un )?(rato|buen rato|mucho|mucho rato|horas) (que |q |esperando)|\b(m|mwen|n|nou) (ap )?tann (depi|sa fe) (\d+|lontan|yon bon moman)|\b(been )?waiting (for )?(a while|so long|forever|too long)\b/;

/** A phone about to die or calls that cannot be made ("poca pila", "battery dying", "cant make long calls"). */
export const LOW_PHONE =
  /\b(poca pila|casi sin pila|sin pila|se me (acaba|esta acabando|va a acabar) la (pila|bateria)|low battery|battery (is )?(low|dying|almost dead|about to die)|phone (is )?(dying|about to die)|(cant|can t|cannot) make (long )?calls|no (puedo|puede|podemos) hacer llamadas|batri (a )?(ap|preske) (fini|mouri)|apag(ar|o|are) el (cel|celular|telefono)|turn(ing)? (off )?(my|the) phone|(m ap|m pral|m ap al) (etenn|fenmen|femen) telefon)\b/;
/** A battery's percentage ("6%", "al 5 %"). */
export const PERCENT = /\b\d{1,2}\s?%/;

/**
 * The kidnappers' or extortioners' threat against reporting ("dijeron q si le hablamos a la policia
 * lo matan", "they said if we call the cops they'll kill him", "yo di si nou rele lapolis y ap touye l").
 */
export const POLICE_THREAT =
  /\b(si|if|when|si nou|si m)\b.{0,30}\b(policia|policias|police|cops?|911|lapolis|polis|autoridades|authorities|denunci\w*|report)\b.{0,40}\b(lo|la|los|las|nos|me|te|le|les)? ?(matan|mata|matar|maten|mate|mataran|matara|van a matar|kill|killing|hurt|touye|tiye|fe l mal)\b/;

/** Only calling out: "hello??", "hola?", "alo", "bonjou?", "anyone?". */
export const CALLING_OUT =
  /^((hola|hello|hi|hey|helo|alo|allo|bueno|oiga|oye|bonjou|bonswa|anyone|anybody|alguien|someone|please|porfa|plis|souple|pls)\s*)+$/;

/** "ou la toujou?", "you still there?", "¿sigues ahí?": asking whether the chat is there; or "still here i guess": saying one is. */
export const STILL_THERE =
  /^(eske )?(ou|w) (la toujou|toujou la|la)$|^(are )?(you|u) (still )?(there|here)$|^(todavia |aun )?(sigues|siguen|estas|esta|estan) (ahi|ai|alli|aqui)( todavia)?$|^(i m |im |i am )?still here( i guess)?$|^(aqui |aca )?(sigo|todavia estoy)( aqui| aca)?( creo)?$|^(m|mwen) (la toujou|toujou la)$/;

/**
 * Who is going to go or come for them, asked in words the model missed ("¿quién va a ir por él?",
 * "kiyes k ap ale chache l?"); "moun k ap vini?", "is anyone coming?" only as the message's last words.
 */
export const WHO_GOES =
  /\b(quien|quienes) (va|van|viene|vienen|ira|iran|vendra|vendran) (a )?(ir|venir|llegar|buscar|sacar|rescatar|por)\b|\bwho( is| s| will| ll| can| could| would)?( gonna| going to)? (come|coming|go|get|pick|rescue|look)\b|\b(quien|quienes|alguien) (puede|pueden|podria|podrian) (ir|venir|pasar|llegar|recogerlo|recogerla|ir por)\b|\b(kiyes|kiles|ki moun) (k ap|ki ap|ki pral|pral|ki va|ap) (vin|vini|ale|al|chache|cheche)\b|\b(kiyes|kiles|ki moun) (ki ka|k ka|ka) (vin|vini|ale|al)\b|\b(gen )?moun (k ap|ki ap|kap) (vin|vini)$|\b(viene|vendra|va a venir) alguien$|\balguien (viene|va a venir|vendra)$|\b(is )?(someone|anyone|somebody|anybody) coming$|\balguien (q|que) vaya (por|a buscar)\b|\b(can t|cant|can) (you|someone) (send someone|go get)\b/;
/** "¿Quién viene a ayudarme?", "who's coming": asked beside a payment, both get an answer. */
export const WHO_COMES =
  /\b(quien|quienes|who|kiyes|kiles) (viene|vienen|va a venir|van a venir|is coming|s coming|will come|k ap vin|k ap vini|ap vin|ap vini)\b/;

/**
 * When staff will answer, asked in an emergency ("¿cuánto tardan en contestarme?", "kilè yo ap
 * reponn mwen?", "when will someone answer me"), or that nobody has yet ("nadie me ha hablado": a
 * judge's suicidal man got "you don't have to call anyone"), or that staff saw it ("ya lo vieron?"), or who
 * will ("kiyes k ap pale ave m?": emerg-gu's woman got the status of a foreigner's family; never of a hospital, the
 * police, kidnappers or callers: a review), the line.
 */
export const STAFF_ANSWER_WAITED =
  /^(?!.*\b(hospital|clinica|clinic|lopital|klinik|doctor|dokte|kidnap\w*|secuestr\w*|polic\w*|police|polis|lapolis|numeros?|numbers?|nimewo|llaman|marcan|no se)\b)(?=.*\b((kiyes|kiles|ki moun) (k ap|ki ap|kap|ki pral|pral|ki va|ap) (reponn|ekri|pale ave|pale avek|pale ak) (mwen|m|nou)|(quien|quienes) (me|nos) (va|van) a (contestar|responder|escribir|hablar)|who( is| s)? (will|gonna|going to) (talk to|answer|reply to|write to|text) (me|us))\b)|\b(tardan|tarda|van a tardar|se tardan) en (contest|respond|atend|escrib)\w*|\b(cuando|a que hora) (me |nos )?(van a )?(contestan|contestar|responden|responder|atienden|atender|escriben|escribir)\b|\bkile (y|yo|l|li|nou|moun|yon moun|pesonn) ?(ap|pral|va|a)? (reponn|ekri|rele|pale ave|pale avek|pale ak) (mwen|m|nou)\b|\bwhen (will|are|is) (you|u|they|someone|somebody|anyone|staff|the office)( going to| gonna)? (answer|reply|respond|write|text|get back)\w*|\bhow long (until|till|before|for) (you|u|they|someone|somebody|staff) (to )?(answer|reply|respond|write|get back)\w*|\b(nadie|ninguno) (me|nos|le|les) (ha |han )?(hablado|llamado|marcado|escrito|contestado|respondido|escribio|hablo|llamo|contesto|respondio)\b|\bno (me|nos) (ha|han) (hablado|llamado|marcado|escrito|contestado|respondido)\b|\b(nobody|no one|noone) (has |have )?(ever )?(called|texted|written|wrote|contacted|answered|replied to|messaged) (me|us|him|her|them)\b|\bpesonn (poko |pa )?(rele|ekri|reponn|kontakte) (m|mwen|nou|l|li|yo)\b|\bany (news|update|updates)\b|\b(we|i|am i|are we) still in (line|the queue)\b|\b(sigo|seguimos) en la fila\b|\b(m|nou) toujou nan liy\b|(?<!\bno )\b(alguna|algo de|hay) (novedad|novedades|noticia|noticias)\b|(?<!\bno )\b(saben|sabe|supieron) algo\b|(?<!\bpa )\b(gen|genyen) (okenn )?nouvel\b|\b(sigue|sigo|seguimos|todavia|aun) sin (que )?(hablarme|contestarme|escribirme|responderme|me hablen|me contesten|me escriban)\b|\bstill (no one|nobody|no answer|no reply|no response)\b|\b(nobody|no one) (answers|writes|calls|replies|responds)\b|\b(nobody|no one) (has )?(called|texted|written|answered|replied)( me| us)? (yet|back)\b|\b(toujou|poko) (pesonn|pa gen moun)\b|\b(nobody|no one|nadie|pesonn) (from|at|of|de|en|nan) (your|the|la|su|biwo) (office|oficina|team|staff|equipo|biwo)\b(?!.*\b(how|como|kijan|where|donde|kote)\b)|\b(nadie|ninguno) (del instituto|de la oficina|de ustedes|del iapmf)\b(?!.*\b(como|donde)\b)|\b(alguien|nadie) (me|nos) (va|van) a (contestar|responder|escribir|atender)\b|\b(alguien|que alguien|someone|somebody|yon moun) (que |q )?(me |nos |m |mwen )?(conteste|responda|escriba|answer me|reply|write to me|reponn (m|mwen)|ekri (m|mwen))\b|\b(me|nos) (va|van) a (contestar|responder|escribir|atender) (una persona|alguien|un humano|una gente)\b|\b(will|is) (a|any) (real )?(person|human) (going to |gonna )?(answer|reply|write|talk to)\b|\b(is )?(anyone|someone|somebody) (going to|gonna) (answer|reply|respond|write)\b|\b(yon moun|pesonn) (ap|pral) reponn (mwen|m|nou)\b|\bya (lo|la|me|nos) (vieron|leyeron|recibieron|checaron)\b|\b(ya )?(vieron|leyeron|recibieron) (mi|mis|el|los) (mensaje|mensajes|caso)\b|\bdid (your |the )?(staff|office|team|anyone|someone|somebody|people) (get|see|read|receive)\b|\bhas (anyone|someone|somebody|staff)( in your office| at the office)? (seen|read|gotten|got)\b|\b(anplwaye|ekip|moun) (biwo )?(yo |a |la )?(we|wè|resevwa|li) (sa|l|li|mesaj)\b|\b(youn|yon moun|okenn moun|pesonn) nan (biwo|ekip)( a| la| yo)? (ap |pral |pa |poko )?(we|resevwa|li|ekri|reponn)\b|\b(alguien|nadie) (de|en) (la oficina|el instituto|ustedes) (ya )?(vio|leyo|ha visto|ha leido|lo vio|lo leyo)\b/;

/** Kreyòl's and English's verbal negations, which go with the verb of wanting before a request. */
const NOT_WANTING = new Set(['pa', 'dont', 'not']);
/** Words of needing or wanting between such a negation and what is not wanted. */
const WANTING = new Set(['bezwen', 'vle', 'need', 'want', 'wanna']);

/**
 * Whether what starts at `start` is denied: a negation right before it ("li pa rele m"), or one
 * before a word of wanting ("m pa bezwen pale ak moun", "I don't need to talk to anyone": a fresh
 * writer's person was put in line for declining).
 */
export function deniedAt(words: readonly string[], start: number, not: ReadonlySet<string>): boolean {
  return (
    not.has(words[start - 1] ?? '') ||
    (WANTING.has(words[start - 1] ?? '') && NOT_WANTING.has(words[start - 2] ?? ''))
  );
}

/** Words that join a second clause ("llegó la policía y nos están golpeando"). */
const JOINS = new Set(['y', 'e', 'and', 'but', 'pero', 'men', 'epi', 'ak', 'mas']);
/**
 * A short line that only tells help came ("ok the ambulance is here now", "lapolis rive kounye a", "ya vino la ambulancia
 * se lo llevaron": emerg-fs): said back whatever act the dialogue model reads; a second clause may tell a danger still.
 */
export const onlyHelpTold = (words: readonly string[]): boolean =>
  words.length <= 7 && !words.some((w) => JOINS.has(w));
