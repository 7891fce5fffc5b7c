/**
 * Words that tell help came, was called or is on its way, folded: "ya llegó la ambulancia", "my
 * neighbor called the cops", "llamó a la ambulancia, ya vienen". An emergency under way reads them
 * so that help told is said back, not answered with "call 911" or "this chat sends no one". Pure.
 */

/**
 * Help that came, folded ("ya llegó la ambulancia", "the cops are here", "lapolis rive", "ya nos subieron a
 * la ambulancia", "they took him to the hospital"): no place, no call to make.
 */
export const HELPERS =
  '(ambulancia|policia|patrulla|paramedicos|bomberos|cruz roja|grupo beta|grupos beta|dif|guardia nacional|ambulance|police|cops|paramedics|red cross|national guard|anbilans|lapolis|polis|kwa wouj|hospital|lopital|helicopter|helicoptero|elikopte|rescatistas|rescuers|patwouy|patwol|patrol|border patrol)';
const CAME =
  '(landing|landed|aterriz\\w*|ateri|saw us|nos vio|nos vieron|llego|llegaron|vino|vinieron|ya esta aqui|ya estan aqui|nos encontraron|me encontraron|nos encontro|me encontro|came|arrived|is here|are here|got here|found (me|us)|find (me|us)|rive|vini|jwenn (mwen|m|nou)|(se )?(nos|me|lo|la|los|las) (subieron|metieron|llevaron|llevo|subio)|took (him|her|them|us|me)|put (him|her|them|us|me) in|(mete|mennen|pote) (l|li|nou|m|yo)|vin (pran|chache) (l|li|nou|m|yo))';
/** Someone taking them to care now ("a guy at the store is driving us to the clinic now": emerg-fu). */
const TAKEN_TO_CARE =
  '\\b(is|are|s|re|now) (driving|taking) (us|me|him|her|them) to (the |a )?(clinic|hospital|doctor|er|emergency room)\\b|\\b(nos|me|lo|la|los) (esta|estan) llevando (al|a la|a un|a una) (clinica|hospital|doctor|centro de salud|seguro)\\b|\\b(ap|pral) mennen (nou|m|mwen|li|l) (nan )?(lopital|klinik|dokte)\\b';
/** Told as being sent ("dicen q mandan", "they're sending", "yo ap voye"), not asked ("¿mandan una ambulancia?"). */
const SENT =
  '((dicen|dijeron|me dijeron|nos dijeron|ya) (q |que )?(ya )?(mandan|mandaron|van a mandar|envian|enviaron|van a enviar)|(they re|theyre|they are|they said they re|they said they are|they ll be|they will be) sending|(they|they ve|they have) sent|(yo|yo di yo) (ap|pral) voye)';
/** On its way: "ya vienen", "on the way", "ap vini"; gone to them ("the police are going there now", "ya va para allá": emerg-fi). */
const ON_ITS_WAY =
  '(ya vienen|ya viene|vienen en camino|viene en camino|va en camino|van en camino|on (the|their|its) way|is coming|are coming|ap vini|(is|are|re|s) (going|heading|headed) (there|over there|to (her|his|their) (house|place|apartment))|(ya )?(va|van) (para|pa|hacia) (alla|su casa)|(pral|prale|ap) (la|lakay (li|l|yo)))';
/** Help there now, told ("theres a federal patrol here", "polis la la kounye a": emerg-fy's got "Noted" and 911). */
const THERE_NOW = `^(?!.*\\b(rob\\w*|stole|ones who|they re the|son los|fueron ellos|me robaron|nos robaron|asaltaron|pe|miedo|afraid|scared|extors\\w*|money|dinero|lajan|pidieron|asked (us|me) for|vole|kraze)\\b).*(\\b(there s|theres|there is|there are|hay) (a |an |the |una |un |unos |unas )?(\\w+ )?${HELPERS} (here|right here|aqui|aca)\\b|(?<!\\b(kont|ak|avek|pou|nan|de) )\\b(polis la|lapolis|polis yo|patwouy la|anbilans lan) (la a|la|isit la|isit)( kounye a)?$)`;
export const HELP_CAME = new RegExp(
  `\\b${CAME}\\b.{0,40}\\b${HELPERS}\\b|\\b${HELPERS}\\b.{0,30}\\b${CAME}\\b|${TAKEN_TO_CARE}|${THERE_NOW}`,
);

/**
 * 911 or the police called, folded ("ya llamé al 911", "my neighbor called the cops", "vwazen an
 * rele lapolis"). Kreyòl "rele" is "to call" too ("m pè rele lapolis"): only after a past marker or a
 * subject, never after "si" ("si m rele 911 yo p ap konprann mwen" asks what if) nor "pou" ("m pa gen kòb pou m
 * rele… lopital?" has no money to call, judge69); "le hablé" only
 * after "ya" ("¿quieres que le hable al 911?" asks).
 */
// Never a call told not to make ("ellos dijeron ke no llame a la policia": judge129's sister was told "good that you called").
export const HELP_CALLED = new RegExp(
  // "llame" after "que" is a wish, not a call made ("no quiere q llame a la policia": emerg-gw's boy afraid of it).
  `(?<!\\b(?:que|ke|q|k) no )\\b((?<!\\b(?:que|ke|q|k) )llame|llamamos|ya llamo|llamaron|marque|marcamos|ya marco|ya (le )?hable|ya (le )?hablamos|called|(te|fin|deja|vin|an|a) rele|(?<!\\b(?:si|pou) )(m|mwen|nou) rele|(vwazen|vwazin|zanmi|moun)( an| nan| la| a| m)? rele|(vecin[oa]|vecinos) (ya )?(llamo|hablo|marco))\\b.{0,25}\\b(911|089|800|linea|line|hotline|liy|${HELPERS})\\b` +
    // Called, and nobody came yet ("ya llame pero no llegan", judge115's woman got her words noted as the place).
    `|\\b(ya (le |les )?(llame|marque|hable)|(i|we) (already )?called|(i|we) ve (already )?called|already called|(m|mwen|nou) (te |deja )?rele)\\b(?: \\w+){0,3} (pero|but|men) (no (llegan|vienen|han llegado|ha llegado|llega|viene)|(nobody|no one|noone) (came|comes|is coming|has come)|(they|he|she) (are not|re not|aren t|haven t|have not|didn t|did not|is not|isn t) (coming|come|here)|(pesonn|yo|li) (pa|poko) (vini|rive))\\b` +
    // Help told on its way ("llamó a la ambulancia, ya vienen", "the ambulance is on its way": session 57's judge).
    `|\\b${HELPERS}\\b.{0,60}\\b${ON_ITS_WAY}\\b|(?<!\\b(?:si|cuando) (?:le |les |yo le )?)\\b(llamo|llamaron|hablo|hablaron) a (la |los )?${HELPERS}` +
    // Help being sent ("dicen q mandan ambulancia", "they're sending the police", session 70's judge).
    `|\\b${SENT}\\b.{0,15}\\b${HELPERS}\\b`,
);

/**
 * The police not trusted or no use ("aquí la policía trabaja con ellos", "i can't go to the police,
 * last time they laughed at me", "m pa fè lapolis konfyans"), folded: the anonymous report (089)
 * is the answer, not "this chat sends no one" (session 62's sets got the latter three times); so is not
 * wanting them to know who told ("no quiero q sepan q fui yo el q aviso"), and a call feared to be found out ("si le
 * hablo a la policía él se va a enterar": emerg-fi's man got "good that you called"), or a report ("si denuncio se van
 * a enterar?": session 128), or the police forbidden by those who call ("ellos dijeron ke no llame a la policia":
 * judge129).
 */
export const POLICE_DISTRUSTED =
  /\b((?!.*\b(ambulan\w*|anbilans|cruz roja|red cross|enfermer[oa]|nurse|doctor\w*|dokte|bomber\w*|paramedic\w*|vecin[oa]s?|neighbou?rs?|vwazen)\b)(dijeron|dicen|dijo|me dijeron|said|told (me|us)|yo di|li di)( que| ke| q)? (no|not to|pa) (llame|llamemos|llamar|hable|avise|call|rele) (a la |the )?(policia|police|cops|polis|lapolis)|(?!.*\b(papeles|papers|papye|migra\w*|deport\w*|depote|imigrasyon|immigration)\b)(si|cuando|if|when) (lo |los |la |las |le |les )?(denuncio|denunciamos|reporto|reportamos|pongo (la |una )?denuncia|i report|we report)( (it|them|him|her))?\b.{0,30}\b(se (va|van) a (enterar|dar cuenta)|se enteran?|(will|would) (they|he|she) (find out|know))|(si|cuando) (le |les )?(hablo|llamo|marco|aviso|digo) a la policia\b.{0,30}\b(se (va|van) a (enterar|dar cuenta)|se entera|sabe|sabra|me mata|nos mata|lo sabe)|if (i|we) (call|tell) the (police|cops)\b.{0,30}\b(he|she|they) (will|ll|would|d) (find out|know|kill)|si (m|mwen|nou) rele (polis|lapolis)\b.{0,30}\b(l|li|yo) (ap|pral|va) (konnen|touye)|(la )?policia (trabaja|trabajan|esta|estan|anda|andan) con ellos|(la )?policia (sea|es|son|sean|este|esta|estan) (amig[oa]s?|compa\w*|cuate\w*|conocid[oa]s?) (de|del)|(police|cops) (are|is|might be|could be|may be) (friends|in on it|paid off|working with)|(i|we) (dont|don t|do not) wanna (call|go to) (the )?(police|cops)|(police|cops)\b.{0,25}\bthey (might|could|may) be (with|working with) them|(los )?polis (estan|andan|trabajan) con ellos|no (confio|me fio|confiamos) (en|de) (la )?policia|no (le |les )?(tengo|tenemos) confianza (a|en) (la )?(policia|polis|los policias)|(a|en) (la )?(policia|polis) no (le |les )?(tengo|tenemos) confianza|no (puedo|podemos) (ir|llamar|acudir) a la policia|la policia (no hace nada|se burl\w*|no (me|nos) (ayuda|hace caso|creyo))|(police|cops) (work|works|are|is) with them|(dont|don t|do not|cant|can t) trust (the )?(police|cops)|(cant|can t|cannot) (go to|call) the (police|cops)|(police|cops) (laughed|did nothing|wont do anything|don t do anything|dont do anything)|will the (police|cops) even come|se (polis|lapolis) (yo )?(menm )?ki (vole|bat|pran|arete)|fueron (los )?(mismos )?(policias|polis|federales|municipales) (los )?(que|q) (me|nos)|(it was|they were) the (police|cops) (who|that)|the (police|cops) (themselves )?(robbed|beat|took)|(polis|lapolis) (la |yo )?(travay|se|ap travay) (ak|ave|avek) yo|m pa (fe|ka fe) (polis|lapolis) konfyans|no quiero (que|q) (sepan|se enteren) (que|q) (fui|fue|soy) yo|(dont|don t|do not) want (them|anyone|nobody) to know (it was|that it was|it s|its) me|(m|mwen) pa vle (yo|moun) konnen se (mwen|m)|san (yo|moun|pesonn) pa konnen se (mwen|m)|sin que (sepan|se enteren|sepa) (que|q) (soy|fui|es|era) yo|without (them|anyone|anybody) knowing (it s|its|it was|that it s|that it was) me)\b|(si (m|mwen) rele|if i call)( (911|polis|lapolis|the police|the cops))? (l ap|li pral|yo ap|he ll|hell|he will|they ll|theyll) (konnen|know) (se mwen|it s me|its me|it was me)|(se va a enterar|va a saber|sabra) (que|q) (fui|soy) yo|^(?!.*\b(papeles|papers|papye|deport\w*|depote|migra\w*|imigrasyon|immigration|ambulan\w*|anbilans|cruz roja|red cross|paramedic\w*|doctor\w*|dokte|medic\w*)\b).*\b(no quiero (ir a la |a la |la |ir con la |(hablarle|llamarle|marcarle|hablar|llamar|avisarle) a la )?(policia|polis|denunciar|poner (una |la )?denuncia)|(m|mwen) pa vle (al |ale (nan |kot )?)?(lapolis|polis|fe deklarasyon|pote plent)(?! (la |yo )?(vini|vin|rive))|(i|we) (dont|don t|do not) want (to go to |to involve )?(the )?(police|cops)(?! (to come|coming|here|called|to show|showing))|(i|we) (dont|don t|do not) want to (report|press charges))\b/;

/** The chat called a machine ("para q te escribo si eres un robot", "ur just a bot", "se yon machin w ye"). */
export const ROBOT_SAID =
  /\b((eres|es|son) (un |una )?(robot|bot|maquina|programa|contestadora)|(you re|youre|ur|you are|its|it s) (just |only )?(a )?(robot|bot|machine|program|ai)|(w|ou) (se|ye) (yon )?(robo|bot|machin|pwogram)|se (yon )?(robo|bot|machin) (w|ou) ye)\b/;

/**
 * The chat asked whether a person writes ("are you a real person?", "eres persona o maquina?", "eske w se yon moun
 * vre?", "kiyes ou ye menm?"): that it is a program and staff read it (emerg-ea got "First, your safety" again).
 */
export const ROBOT_ASKED =
  /\b((are you|are u|r u|r you|is this|am i (talking|texting|writing) (to|with)) (a |an )?(real |actual )?(person|human|bot|robot|machine|ai|program)|(eres|es usted|usted es|hablo con|estoy hablando con) (una |un )?(persona|humano|robot|bot|maquina|programa)|(w|ou) se (yon )?(vre )?(moun|robo|bot|machin|pwogram)|who are you|who is this|quien eres|quien es usted|quien me (escribe|contesta)|kiyes ou ye|ki moun ou ye|kiyes k ap (ekri|reponn))\b/;

/**
 * The threat said to come again ("y si me vuelven a marcar q hago", "what if they call again", "si yo rele m ankò"), or
 * calls that go on ("siguen marcando, q hago", "they keep calling her phone"), not beside credit or a battery lacked,
 * which the no-credit line answers.
 */
export const CALLED_AGAIN =
  /\b((si|y si) (me |nos |le |les )?(vuelven a (marcar|llamar|hablar)|llaman (otra vez|de nuevo))|(q|que) (me |nos |le |les )?vuelvan a (marcar|llamar|hablar)|if they (call|text) (again|back)|(they ll|they will|they might|they re gonna) (call|text) (me |us )?again|si yo (rele|ekri) (m|mwen|nou) anko|^(?!.*\b(saldo|credito|credit|kredi|pila|battery|bateri)\b).*\b((siguen|sigue|todavia|aun) (me |nos |le |les )?(marcando|llamando|hablando|mandando mensajes)|(they|he|she) (keep|keeps|kept|are still|is still|re still|s still) (calling|texting|messaging)|(yo|li) (kontinye|toujou ap|pa sispann|pa janm sispann) (rele|ekri)))\b/;

/** "¿Ustedes van por él?", "can you guys come get us?", "eske nou ka vin chèche l?": who is coming, asked of this office. */
export const YOU_GO =
  /\b((ustedes|usted) (pueden|puede|podrian|podria|van a|van|vienen|mandan|mandarian|podrian mandar a alguien a) (ir|venir|pasar|ir a (buscar|sacar|rescatar)(lo|la|los|me|nos)?|por (el|ella|ellos|ellas|mi|nosotros))|can (you|u) (guys |people )?(come|go|send (someone|somebody|anyone)|pick (him|her|us|them|me) up|get (him|her|us|them|me)( out)?)|(eske )?nou (ka|pral|ap) (vin|vini|ale|al) (cheche|pran|sove) (l|li|yo|nou|m|mwen)|(eske )?(ou|w|nou) (ka|kapab|pral|ap) voye (lapolis|polis|yon patrouy|anbilans|yon moun|moun|ed|èd)|(pueden|puede|puedes|podrian|podria) (mandar|enviar|mandarme|mandarnos) (a la policia|la policia|una patrulla|a alguien|ayuda|una ambulancia)|can (you|u) send (the police|the cops|police|cops|help|an ambulance))\b/;

/**
 * Someone ill said to be well now ("kounye a li byen l ap jwe", "ya está bien, ya come", "now she's fine
 * and playing") or given their medicine ("they gave him pills! thank you"): no emergency by the model
 * alone (danger-d: a child's fever gone down was read as one; emerg-co, a diabetic's pills got).
 */
export const WELL_NOW =
  /\b((the |her |his |my )?fever (is|s|went|has gone|came) (lower|down|better)|(ya )?(le |me )?(bajo|bajó) (la )?(fiebre|calentura)|(la )?(fiebre|calentura) (ya )?(bajo|le bajo|esta bajando|va bajando)|(lafyev|fyev) (la|a) (desann|bese|bese l)|(they|the doctors?|the nurse|the clinic) (gave|give) (him|her|me|us|them) (some )?(pills|medicine|meds|medication|antibiotics|a shot)|(le|me|nos|les) (dieron|pusieron|recetaron) (la |una |unas |su )?(medicina|pastillas|suero|antibiotico|medicamento|inyeccion)|yo ba (l|li|m|nou) (grenn|medikaman|renmed)|kounye a (li|l|m|nou|yo) (byen|pi byen)|(li|l) (byen|pi byen) kounye a|(ahora|ahorita) ya (esta|estamos|anda) (bien|mejor)|ya (esta|anda) (bien|mejor) (y|ya) (come|juega|jugando|comiendo)|(now|right now) (he|she|hes|shes|he s|she s|it s|its|they re|theyre) (fine|better|ok|okay)|(he|she|hes|shes|he s|she s) (is )?(fine|better|ok|okay) (right |for )?now)\b/;

/**
 * Found or rescued, or given water and a bed, told by the person ("they found us!!", "yo jwenn nou", "yon fanm nan legliz la
 * ban m dlo ak kote pou m domi": judge97's man got it filed as a place): help that came (danger-over.ts reads being
 * taken out). So too one pulled out and fine ("they got him!! … pulled him out, he's ok") and migration's water to a
 * group lost ("migrasyon jwenn nou, yo ban nou dlo"), both noted as places in emerg-eq; the Grupos Beta's water given
 * ("they r grupo beta, they gave us water. thank u so much": judge114's girls lost near Sásabe were told to call 911).
 */
export const FOUND_BY_HELP =
  /\b(migrasyon|imigrasyon|la migra|migracion|border patrol) (jwenn|found|encontro|nos encontro) (nou|us|nos)\b.{0,20}\b(ban nou|gave us|nos dio|nos dieron) (dlo|water|agua)\b|\b(grupos? beta|la migra|border patrol|la patrulla|cruz roja|red cross|rescuers|rescatistas)\b.{0,30}\b(they |ellos )?(gave us|nos dio|nos dieron) (some |un poco de )?(water|agua|food|comida)\b|\b(they|the [a-z]+( [a-z]+)?) (got|pulled|rescued|saved) (him|her|them)( out)?\b.{0,40}\b(he s|she s|hes|shes|they re|he is|she is|they are) (ok|okay|fine|safe|alive)\b|\b(ya )?(lo|la|los) (sacaron|rescataron)\b.{0,30}\b(esta|estan) bien\b|\byo (rale|sove) (l|li|yo)\b.{0,30}\b(li|yo) byen\b|(?<!\b(can|will|could|would|to|may|might|should|not|t|please|pls|plz|help|come|gonna|going to|cant|wont|dont) )\bfind (us|me)\b(?! (please|pls|plz|now)\b)(?!.*\?)|\b(ya )?(nos|me) (levanto|levantaron|agarro|agarraron|recogio|recogieron) (la migra|la patrulla|migracion)\b|\bla migra (ya )?(nos|me) (levanto|agarro|recogio)\b|\bborder patrol (picked|found) (us|me)( up)?\b|\b(found us|found me|rescued us|rescued me|nos encontraron|me encontraron|nos encontro|me encontro|nos rescataron|me rescataron|yo jwenn nou|yo jwenn mwen|patwouy( la)? jwenn (nou|mwen|m)|yo sove nou|yo sove m|(ban m|ban nou|me dio|me dieron|nos dio|nos dieron|gave me|gave us) (dlo|agua|water|manje|comida|food)( \w+)? (ak|y|and) (kote|donde|lugar|a place|place|somewhere) (pou|para|pa|to)( m| nou)? (domi|dormir|sleep|stay|quedarme|quedarnos))\b/;
