/**
 * Words of what people write in an emergency under way (follow-up-emergency.ts), folded: asking
 * the chat to call, a call that did not get through, a search asked for, a move of one's own
 * against the danger, how to do a procedure asked without "?", a price asked or paying said, where
 * something is asked, money demanded, offered or sent, not wanting to call.
 * Pure data.
 */

/**
 * "Can YOU call someone for us?", "¿ustedes pueden llamar al 911?", "eske nou ka rele pou nou?": the
 * chat is asked to call for help, which it cannot (a judge's man with 4% battery got "keep writing").
 */
export const CALLS_FOR_US =
  /\b(can|could|would|will) (you|u|yall|you guys) (call|phone|ring|contact) (someone|somebody|anyone|911|the police|the cops|for (us|me)|them)\b|\b(ustedes|tu|usted) (pueden|puede|puedes|podrian|podria) (llamar|marcar|hablar)|\b(pueden|puede|puedes|podrian|podria) (ustedes )?(llamar|marcar|hablarle)( a alguien| al 911| a la policia| por (mi|nosotros))\b|\b(ou|nou|(yon moun |moun )?nan biwo a|ekip (biwo )?a) (ka|kapab) rele (yon moun|911|lapolis|polis|pou (mwen|m|nou))\b|\b(someone|anyone|somebody) (from|at|in) (your|the) office (call|phone) (911|the police|for (us|me))\b|\balguien de (la oficina|ustedes|alla) (puede|podria) (llamar|marcar) (al 911|a la policia|por (mi|nosotros))\b/;

/**
 * A call to 911 that did not get through, told, folded ("m rele 911 yo pa konprann mwen", "911 no
 * me entendió", "called 911, no answer"); not one feared ("si m rele 911 y ap konprann mwen?").
 */
const FAILED =
  'no me entend\\w*|no (nos |le )?entendi\\w*|no (me |nos )?contest\\w*|no responde\\w*|(me|nos) colg\\w*|didn t understand|don t understand|couldn t understand|doesn t understand|did not understand|no answer|didn t answer|nobody answer\\w*|no one answer\\w*|didn t pick up|nadie (me |nos )?contest\\w*|not answering|hung up|pa konprann|pa t konprann|pa reponn|pa t reponn|pa pran apel|pap konprann|p ap konprann|won t understand|wont understand|will not understand|no me (van|va) a entender|no (me|nos|le|les) (hacen|hicieron|pelan|pelaron) caso|no (me|nos) pelan|(ignored|ignore|ignoring) (me|us|him|her)|(didn t|did not|won t|wont) listen|(yo )?pa okipe (m|mwen|nou)';
const CALL_FAILED = new RegExp(`\\b911\\b.{0,40}\\b(${FAILED})\\b|\\b(${FAILED})\\b.{0,30}\\b911\\b`);
/** Who was called for help: 911 or the police. */
const REACHED = '(911|police|policia|polis|lapolis|cops)';
/** Told they cannot act: "can't do anything", "no pueden hacer nada", "pa ka fè anyen". */
const CANNOT_ACT =
  '(can t|cant|cannot|couldn t|could not|won t) (do anything|do nothing|help)|no (pueden|puede|podian|podia|pudieron|van a poder) (hacer nada|ayudar\\w*)|pa (ka|kapab) (fe anyen|ede)';
/**
 * 911 or the police reached but told they cannot act ("llamé al 911 de aquí y dicen q no pueden hacer
 * nada", "called 911 here, they said they cant do anything"): often a relative calling from the US.
 */
export const CALL_REFUSED = new RegExp(`\\b${REACHED}\\b.{0,60}\\b(${CANNOT_ACT})\\b`);
/** Whether 911 or a line understands a language, asked ("will 911 understand me?", "eske liy 800 la pale kreyòl?"). */
const CALL_LANGUAGE =
  /\b(911|800|089|liy|line|linea|hotline)\b.{0,40}\b(entend\w*|entiend\w*|understand|konprann|ingles|english|kreyol|creole|idioma\w*|language|lang|panyol|espanol|spanish)\b/;
/**
 * What to say in Spanish, asked ("ekri m sa pou m di 911 an panyol", "what do I say in spanish?",
 * "¿cómo le digo en español?"): words to say, not a wish to go on in Spanish (a judge's Haitian
 * got the whole emergency in Spanish after asking it).
 */
export const WORDS_ASKED =
  /\b(di|say|decir\w*|digo|dire)\b.{0,40}\b(panyol|espanol|spanish|espagnol)\b|\b(panyol|espanol|spanish)\b.{0,20}\b(di|say|decir\w*|digo)\b/;
/** Not speaking Spanish, told ("m pa pale panyòl byen", "i dont speak spanish"): 911 answers in Spanish. */
const NO_SPANISH =
  /\b(m|mwen|nou) pa (pale|konn pale|ka pale) (panyol|espanyol)\b|\bno (hablo|hablamos) (bien )?(el )?espanol\b|\b(i|we) (don t|dont|do not|can t|cant|cannot) speak (good |much )?spanish\b|\b(they|911)( only)? (speak|speaks|talk|talks) (only )?spanish\b|\b(yo|911) (pale|konn pale) (panyol|espanyol) (selman|sèlman)\b/;
/**
 * What to tell 911, asked ("q le digo al 911", "what does he tell 911??", "kisa pou m di 911?",
 * "911 what do i say"): the words for the call, with the place told (fresh sets asked it seven times).
 */
export const WHAT_TO_SAY = new RegExp(
  [
    // es: "q le digo al 911", "si marco al 911 q les digo" (not "que van a decir" of them)
    '\\b(que|q|ke|como) (le |les )?(digo|decimos|diga|digamos|tengo que decir|tenemos que decir|debo decir|explico)\\b.{0,15}\\b911\\b',
    '\\b911\\b.{0,25}\\b(que|q|ke|como) (le |les )?(digo|decimos|diga|digamos|tengo que decir|debo decir|explico)\\b',
    // en: "what do i tell 911", "what does he tell 911", "what to say to 911", "911 what do i say"
    '\\bwhat (do|should|can|would|will|does) (i|we|he|she|they) (say|tell)\\b.{0,20}\\b911\\b',
    '\\bwhat to (say|tell)\\b.{0,12}\\b911\\b',
    '\\b911\\b.{0,25}\\bwhat (do|should|can|does) (i|we|he|she) (say|tell)\\b',
    // ht: "kisa pou m di 911?", "m pa konn kisa pou m di si m rele 911"
    '\\b(kisa|kiss|kijan|kouman) (pou )?(m|mwen|nou|li|l) (ap |pou |dwe )?di\\b.{0,20}\\b911\\b',
    '\\bsa pou (m|mwen|nou|li|l) di\\b.{0,20}\\b911\\b',
    '\\b911\\b.{0,25}\\bkisa (pou )?(m|mwen|nou|li|l) (ap |pou |dwe )?di\\b',
    // 911 asks where ("my friend called 911 they are asking address", "el 911 me pide la dirección")
    '\\b911\\b.{0,40}\\b(asking|asks|ask|want|wants|need|needs|pide|piden|pregunta|preguntan|quiere|quieren|mande|vle konnen)\\b.{0,20}\\b(address|location|where|direccion|ubicacion|donde|domicilio|adres|kote)\\b',
  ].join('|'),
);

/**
 * Where they are not known, said without a place ("we dont know exact place", "no sé dónde
 * estamos", "m pa konn ki kote nou ye"): what to look for around them, not "noted where you are".
 */
export const WHERE_UNKNOWN =
  /\b((i|we) (dont|don t|do not|dunno) know (the )?(exact |exactly )?(place|where|location|address|the address)|no (se|sabemos|se bien|sabemos bien|conozco) (donde|en donde|en que parte|el lugar|la direccion|la calle)|(m|mwen|nou) pa (konn|konnen) (ki )?(kote|adres))\b/;
/**
 * The call failed, whether it can work in the person's language is asked, words to say in
 * Spanish asked, or no Spanish told: the same honest line (with the words to say).
 */
export const callFails = (joined: string, asks: boolean): boolean =>
  CALL_FAILED.test(joined) ||
  (asks && CALL_LANGUAGE.test(joined)) ||
  WORDS_ASKED.test(joined) ||
  NO_SPANISH.test(joined);

/** Asking to find or locate a relative: "ayudar a localizarlo", "help me find my son", "ede m chèche l". */
export const SEARCH_ASKED =
  /\b(ki kote yo (mennen|pote) (l|li|mari m|mari mwen|pitit mwen|fre m)|a donde (se )?(lo|la|los) llevaron|where did they take (him|her|them|my \w+)|localiz\w*|(ayud\w*|help|ede)( \w+){0,3} (a |to )?(buscar\w*|encontrar\w*|find|locate|search|look for|cheche|chèche)|(pa|para) (q|que) (lo|la|los|las) (busquen|encuentren|localicen)(?!.*\b911\b)(?<!\b911\b.*)|pou (yo|nou)( ka)? (cheche|chache|chèche) (l|li)|for (them|you) to (look for|search for|find) (him|her)|como (la |lo )?(buscamos|busco|encontramos|encuentro|localizamos) a (su|mi|sus|mis) (mama|papa|mami|papi|familia|mamá|papá)|como (lo|la|los) (busco|buscamos|localizo|localizamos)|how (do|can) (we|i) (find|look for|locate) (his|her|their|my) (mom|mother|dad|father|parents|family)|kijan (pou )?(n|nou|m|mwen) (ka )?(cheche|chèche|jwenn) (manman|papa|paran|fanmi) (li|l|yo)|(ustedes|uds|el instituto|la oficina)( \w+){0,3} (pa |para )?(buscar\w*|localizar\w*)|(lo|la|los) (pueden|puede|podrian) (buscar|localizar)|(you|you guys|your office|your staff)( \w+){0,3} (to )?(find|look for|search for|locate) (him|her|them)|(nou|biwo a)( \w+){0,3} (cheche|chache|jwenn) (l|li|yo)|kijan (pou )?(m|mwen|nou) (ka )?konnen ki kote (li|l|yo) ye|como (puedo |podemos )?(saber|averiguar) (donde|en donde|a donde) (esta|la tienen|lo tienen|se lo llevaron|se la llevaron)|how (do|can) (i|we) (find out|know) where (he|she|they) (is|are))\b/;
/** Who will search, someone sent to search, or the search for a body: not the procedure of finding a relative. */
export const NOT_SEARCH_ASKED =
  /\b(quien|quienes|who|kiyes|kiles|alguien|someone|somebody|anyone|anybody|rescue|rescate|muert\w*|dead|body|cuerpo|kadav\w*|mouri)\b/;

/** Who searches for the missing, asked as a category ("kiyes ki ka chache moun ki disparet?", "who looks for missing people?"). */
const MISSING_ASKED =
  /\b(personas? desaparecid\w*|los desaparecidos|missing (persons?|people)|(moun|jen) ki (disparet|disparèt|pedi)|moun disparet)\b/;
/**
 * Reporting the relative missing, or finding out where the authorities took them ("kijan pou m
 * deklare li disparet?", "how do i report him missing", "how do i find out where they are taking him"):
 * the office's search (emerg-ca: answered with the desert's line and Grupos Beta).
 */
const REPORT_MISSING =
  /\b(deklare|denonse|report|file)( \w+){0,2} (disparet|disparèt|pedi|missing)\b|\bfind out where (they|he|she|my)\b|\bsaber (a )?donde (l[oa]s?|se l[oa]s?) (llevan|llevaron|tienen)\b|\bcomo (se|sabre|sabemos|voy a saber|vamos a saber) (en |a )?donde (esta|lo tienen|la tienen|lo llevan|la llevan)\b|\bhow (do|will|would|can) (i|we) (know|find out) where (he|she|they) (is|are|s|re|took)\b|\bkijan (m|nou) (ap|ka|pral) konnen ki kote (l|li|yo) ye\b/;
/** Finding a relative asked as the office's procedure: help to search, or who searches for the missing. */
export const searchAsked = (joined: string): boolean =>
  (SEARCH_ASKED.test(joined) && !NOT_SEARCH_ASKED.test(joined)) ||
  MISSING_ASKED.test(joined) ||
  REPORT_MISSING.test(joined);

/** "…m vle konnen kijan pou m fè demand refij la", "quiero saber cómo pido refugio": how to do something, asked without "?". */
export const HOW_ASKED = /\b(kijan|koman|kouman|como|how)\b/;

/** The danger itself, not a procedure: call, go there, report the caller; not an office ("an office in chicago?"). */
export const DANGER_MOVE =
  /^(?!.*\b(office|offices|oficina|oficinas|biwo) (in|en|nan)\b).*\b(call|calling|llamo|llamar|llamamos|le hablo|hablarle|rele|myself|yo mism[oa]|mwen menm|go get|go there|ir por|ir a buscarl[oa]|voy por|al cheche|ale cheche|(?:reporto|reportar|reportarlo|reportarla)\b(?!(?: \w+){0,2} (?:desaparecid|perdid)\w*)|report it|report the|report this|report them)\b/;

/** What a procedure costs, asked ("¿y cuánto cuesta?", "how much is it", "konbyen sa koute"), folded. */
export const PRICE_ASKED =
  /\b(cuanto cuesta|cuanto cobran|cuanto sale|es gratis|(cobran|cobra|cuesta) algo|tiene (algun )?costo|does it cost (anything|money)|eske yo (chaje|fe peye)|how much (does it|is it|will it|would it|do they charge)|is it free|konbyen (li|sa|yo) (koute|chaje)|eske (li|sa) gratis)\b/;
/** Paying the ones who threaten, said ("should we pay?", "¿le deposito?", "m peye yo?"), folded. */
export const PAYING_SAID =
  /\b(pag(o|amos|ar|ue|uen|arles?|arle)|pay|paying|paid|deposit\w*|peye|depoze(?! (yon |la |a )?(plent|deklarasyon|dosye))|voye lajan|transfer\w*|wire)\b/;

/** "¿dónde…?", "where…", "kote…", "gen youn nan Gómez Palacio?": a question about where something is. */
export const WHERE_ASKED =
  /\b(donde|where|kote|ki bo|ki kote|kibo|(is there|are there|hay|habra|gen|eske gen) (one|uno|una|youn|any|alguno|alguna) (in|en|nan|near|cerca de))\b/;

/** Words for paying what is asked ("¿le deposito?", "m dwe depoze l?", "should i pay them?"). */
export const PAY_WORDS =
  /^(deposito|depositar|deposite|depositarle|depositamos|deposit|depositing|pago|pagar|pague|paguen|pagarle|pagamos|pay|paying|peye|depoze|transfiero|transferir|wire)$/;
/** A word of money or of paying, anywhere in the message. */
export const MONEY_SAID =
  /\b(deposit\w*|pag\w*|pay\w*|paid|peye|depoze(?! (yon |la |a )?(plent|deklarasyon|dosye))|transf\w*|wire|dinero|money|lajan|kob|dola|dolares|dollars|pesos?|mil|cash|feria|lana|rescate|ransom|ranson|oxxo|elektra|send\w*(?! (someone|somebody|anyone|anybody|help|an ambulance|the ambulance|police|the police|a patrol|people|(us|me|him|her|them) back))|sent|mand\w*(?! (a alguien|alguien|ayuda|una patrulla|la patrulla|la ambulancia|una ambulancia|a la policia|de regreso|de vuelta|pa tras|para atras))|envi\w*(?! (a alguien|alguien|ayuda|una patrulla|la ambulancia|una ambulancia))|voye(?! (nou|m|mwen|yo|li|l) (tounen|retounen|lakay))|zelle|cashapp|western|cobr\w*|gratis|gratui\w*|free|cost\w*|cuest\w*|charg\w*|precio|price|\d{4,}|\d+ ?(mil|k|dls))\b/;
/** Not wanting to call: "i dont want to call 911", "no quiero llamar a nadie", "m pa vle rele". */
export const WONT_CALL =
  /\b(dont want to call|do not want to call|dont wanna call|not calling|no quiero (llamar|hablar|marcar)|no voy a (llamar|marcar)|m pa vle rele|mwen pa vle rele|no quiero (que|q) (venga|vengan|llegue|llamen a) (la policia|policias|la patrulla|nadie|los polis)|(dont|do not|don t) want (the )?(police|cops|anyone) (to come|coming|here|called)|(m|mwen) pa vle (polis|lapolis|okenn moun) (la )?(vini|vin)|(dont|don t|do not) (send|call) (the )?(police|cops|anyone|anybody|nobody)|no (le |les )?(hablen|llamen|manden|avisen) (a )?(nadie|la policia|policia|los polis|la patrulla)|pa voye (polis|lapolis|pesonn|okenn moun)|(m|mwen) pa vle (polis|lapolis)|no quiero (la |a la )?(policia|polis|patrulla)|(dont|don t|do not) want (the )?(police|cops))\b/;
/**
 * Money demanded, told rather than asked ("they want 8000 dollars", "piden 5 mil", "fòk nou voye 500 dola"),
 * or where to deposit it ("q ya se los deposite en un oxxo": judge84's mother got "place noted"), or by which service to
 * send it ("3000 is fine if i send today by western union": judge94's man got the queue alone).
 */
export const DEMANDS_MONEY =
  /\b(want|wants|asking for|asked for|demand|demands|charge|charges|charging|piden|pide|pidio|pidieron|quieren|quiere|exigen|cobran|cobra|cobrar|mande|mandemos|deposite|depositemos|vle|chaje|fok nou voye|fok m voye)\b.{0,40}\b((?!911\b|089\b)\d[\d,.]*(?! ?(mwa|ane|lane|jou|semen|meses|mes|anos|dias|semanas|months?|years?|days?|weeks?|hours?|horas?)\b)|mil|thousand|grand|dollars|dolares|dola|pesos|peso|lajan|money|dinero|kob)\b|\b(deposite|depositen|depositemos|deposites|deposit it|deposit the money|depoze l|depoze lajan)\b.{0,30}\b(oxxo|elektra|coppel|western|banco|bank|cuenta|account|kont)\b|\b(send|sent|mande|mando|mandar|envie|enviar|voye)\b.{0,30}\b(western union|moneygram|elektra|oxxo|coppel)\b/;
/** Money offered for help in the danger ("va por él si le damos 1500 dólares", "if we give him 1500", "si nou ba l 1500 dola"). */
export const OFFERED_MONEY =
  /\b(si le|si les|if we|if i|si nou|si m)\b.{0,12}\b(damos|doy|pagamos|pago|mandamos|give|pay|send|ba|bay|peye|voye)\b.{0,24}\b(\d[\d,.]*|mil|thousand|grand|dollars|dolares|dola|pesos|peso)\b/;
/** Paying told as what they will do or had better do ("we're gonna pay i think", "vamos a depositar", "nou pral peye", "mi hermana dice q mejor pagamos"). */
export const GOING_TO_PAY =
  /\b((we re|were|we are|i m|im|i am|we|i|we ll|i ll) (gonna|going to|will|about to) (pay|deposit|send (the|them the|him the) money)|(vamos|voy) a (pagar|depositar|mandar (el|la) (dinero|feria|lana))|(juntamos|junto|juntar|reunimos|reunir) (el|la) (dinero|feria|lana|rescate)|(nou|m|mwen) (pral|ap|pra) (peye|voye lajan)|(mejor|mas vale|hay que|tenemos que|tengo que) (le |les )?(pagamos|pago|pagar|pagarle|pagarles|depositamos|deposito|depositar|mandamos el dinero)|(better|should|have to|got to|gotta) (just )?(pay|deposit)( them| him| it)?|(pito|fok|fo|nou dwe|m dwe) (nou |m )?(peye|depoze(?! (yon |la |a )?(plent|deklarasyon|dosye))|voye lajan))\b/;
/** Sending money asked about ("¿le mando el dinero?", "do i send him the money?", "m voye lajan an?"). */
export const SENDS_MONEY =
  /\b(mando|mandamos|mandarle|envio|enviamos|send|voye|juntamos|junto|juntar|reunimos)\b.*\b(dinero|money|lajan|kob|dola|dolares|dollars|pesos|feria|cash)\b|\b(should|do|shall) (i|we|she|he|they) (send|wire|transfer) (it|them|that)\b/;

/** The office named, folded ("¿dónde está su oficina?", "what's your address", "kote biwo a ye"). */
export const OFFICE_NAMED =
  /\b(oficina|oficinas|instituto|iapmf|ustedes|direccion|domicilio|office|institute|you guys|address|biwo|biro|enstiti|adres)\b/;

/** A shelter or a place, and who it is for when it is for women (shared by the two expressions below). */
const SHELTER = '(refugio|albergue|shelter|abri|albeg|place|lugar|sitio|kote|kay|casa|house)';
const FOR_WOMEN = '(pa|para|for|pou) (mujeres|women|fanm)';

/** A shelter for women asked for ("un refugio o albergue pa mujeres"): refuge, never asylum's COMAR (judge62). */
export const WOMEN_SHELTER = new RegExp(`\\b${SHELTER}\\b.{0,20}\\b${FOR_WOMEN}\\b`);

/**
 * Where to go or hide from the danger, asked, folded ("¿a dónde me puedo ir con mi niña?", "where
 * can we go", "ki kote m ka ale ak pitit mwen?", "m ta renmen kite l, kote m ka ale", "hay refugio pa mujeres?").
 */
export const WHERE_TO_GO = new RegExp(
  [
    '\\b(a donde|adonde|donde) (me |nos )?(puedo|podemos|pueda|podamos|voy|voi|vamos|ir|me escondo|nos escondemos|me quedo|nos quedamos)\\b',
    '\\bwhere (can|do|should|could) (i|we) (go|hide|stay|sleep)\\b|\\b(is there|any) (a )?(place|somewhere) (for (women|us|me|her) )?(to |where (i|we|she|women) can )?(stay|go|sleep|hide)\\b',
    '\\bki ?(kote|bo) (m|mwen|nou) (ka|kapab|dwe|pral) (ale|kache|rete|domi)\\b|(?<!(albeg|abri|albergue|refij) )\\bkote (m|mwen|nou) (ka|kapab|ta ka) (ale|al)\\b|\\b(gen|genyen) (yon )?kote (pou )?(m|mwen|nou) (ka )?(ale|al)\\b|\\bkote (m|mwen) (ka|kapab) ale ak\\b|\\b((gen|bezwen) (yon )?kote|(konn|konnen) yon kote) (pou )?(fanm|nou|m|mwen|moun)( \\w+){0,4} (ka )?(al |ale )?(rete|domi|kache)\\b',
    `\\b${SHELTER} ${FOR_WOMEN}\\b`,
  ].join('|'),
);

/**
 * A number asked for during an emergency ("gen yon nimewo pou trata moun?", "¿hay un número para
 * denunciar?", "is there a hotline for this?"): the kind's sourced lines, which carry its numbers,
 * not "this chat sends no one" (the office's own phone is OFFICE_NAMED's).
 */
export const NUMBER_ASKED =
  /^(?!.*\b(oficina|office|biwo|instituto)\b).*\b(hay|tienen|existe|cual es|que|a que|gen|ki|is there|what|what s|whats|any)( (un|una|el|la|yon|the|a|some|algun|alguna|any|otro|otra|another|other|yon lot|lot))? (numero|telefono|linea|nimewo|number|hotline|phone number)\b|\ba quien(es)? (le |les )?(hablo|llamo|marco|aviso|reporto)\b|\bki(yes|moun) (pou|m ta dwe|pou m) rele\b|\b(m ka|eske m ka|mwen ka|puedo|podemos|can i|can we|se puede) (rele|llamar|marcar|call|dial) (a |al |the )?(liy|linea|line|numero|nimewo|number|hotline)( sa a| sa| la| esa| ese| that| this)?\b/;

/** Help that has not come yet ("la ambulancia no ha llegado", "anbilans lan poko vini", "still hasn't come"). */
export const NOT_YET =
  /\b(no ha|no han|todavia no|aun no|ni ha|no llega|no llego|no viene|hasn t|hasnt|haven t|havent|not here|not yet|still not|never came|didn t come|poko|pa vini|pa rive|pa ko)\b/;

/** "¿Cuánto tardan en venir?" asks when help comes: who is coming, not the line. */
export const COMING =
  /\b(venir|vienen|viene|llegar|llegan|llega|come|coming|comes|arrive|get here|vini|rive|vin)\b/;

/** Someone unconscious or not breathing, told during another danger: a life at stake now. */
export const LIFE_NOW =
  /\b(unconscious|unresponsive|not breathing|stopped breathing|eyes closed|won t wake up|not waking up|inconsciente|no respira|dejo de respirar|no despierta|desmayad[oa]|pa respire|san konesans|endispoze|pa reveye)\b/;

/**
 * A place of medical care named, folded ("el hospital nos va a cobrar?", "will the hospital treat
 * him without papers?", "eske lopital la ap mande papye?"): a question of care, not of paying the
 * ones who threaten.
 */
export const CARE_PLACE =
  /\b(hospital|hospitales|clinica|clinic|centro de salud|health center|doctor|doctors|doctores|medico|medicos|lopital|klinik|dokte|imss|cruz roja|red cross)\b/;

/**
 * A first sentence that only tells the call was made ("ok i called.", "I ALREADY CALLED.", "m
 * rele.", "ya llamé al 911."), whatever follows it: help was called, at any length (a judge's man
 * in the desert got "if you can, call 911" after both).
 */
export const CALL_TOLD_FIRST =
  /^(?:(?:ok|okay|ya|yes|yeah|wi|oui|bueno|listo) )?(?:(?:i|we|m|mwen|nou) )?(?:(?:already|ya|deja|te) )?(?:called|llame|llamamos|marque|marcamos|rele)(?: (?:them|911|al 911|a la policia|the police|the cops|polis la|lapolis|ankò|anko|already))?$/;

/** Getting back home asked ("¿cómo me regreso pa allá sin dinero?", "kijan m ka retounen lakay", "can you help with the bus to durango?"). */
export const GOING_HOME =
  /\b(como|how|kijan|kouman)\b.{0,30}\b(me regreso|regresarme|nos regresamos|me devuelvo|regreso a (mi|casa)|volver a (mi|casa)|get (back )?home|go (back )?home|retounen lakay|tounen lakay|get (back )?to durango|(llega|llegar|regresa|regresar|llego) a durango|(me voy|irme|nos vamos|irnos|llego|llegar|regreso) (pa|para|pal) (durango|mi casa|mi tierra|mi rancho))\b|\b(me|nos) (ayuden|ayudan|apoyen|apoyan|puedan ayudar|pueden ayudar) a (regresar(me|nos)?|volver a (mi tierra|casa|durango)|llegar a durango)\b|\b(como|how) (le )?(hace|hago|hacemos|hacen) (para|pa) (regresar|regresarse|regresarme|regresarnos|volver|volverse|llegar) a (durango|casa|su casa|mi casa)\b|\bhelp (me|us) (get|go) (back )?(home|to durango)\b|\bede (m|mwen|nou) (retounen|tounen) lakay\b|\b(me|nos) (pueden|puede|podrian|podria|van a) (mandar|llevar|regresar|enviar) (pa|para|a) (durango|mi casa|casa|mi tierra)\b|\bcan (you|u|someone) (send|take|get) (me|us) (back )?(home|to durango)\b|\b(help|ayuda\w*|apoy\w*|ede)\b.{0,25}\b(bus|camion|pasaje|boleto|ticket|bis|transporte|transport|ride)\b.{0,12}\b(to|a|pa|para|hasta|pou) (durango|home|mi casa|mi pueblo|mi tierra|lakay)\b/;
/** How to get home, asked ("¿cómo llego a Durango?", "how do I get home", "kijan pou m ale lakay"). */
export const HOME_ASKED =
  /\b(como|how|kijan|kouman)\b.{0,30}\b(llego|llegar|llegamos|regreso|regresar|regresamos|me regreso|nos regresamos|me voy|irme|get (home|back|to)|go (home|back)|ale|retounen|rive|tounen)\b/;

/**
 * Getting home asked outright ("can you guys get me home?", "¿me pueden ayudar a regresar a Durango?",
 * "kijan m ka retounen lakay?"): the help after a return, not the danger's lines (a man deported
 * three days before got "First, your safety" to it).
 */
export const GET_HOME =
  /\b(get|take|send|bring|drive|help) (me|us|him|her|them) (get |go |back )?home\b|\b(get|go|going|make it|come) back (home|to durango)\b|\b(quiere|quieren|queremos|quiero) (regresar|volver|irse|irnos|irme) (a|pa|para) durango\b|\b(regresar(me|nos|lo|la)?|volver|llevar(me|nos|lo|la)?|mandar(me|nos|lo|la)|irme|irnos|llegar) (a|pa|para) (mi|nuestra|su) (casa|tierra|pueblo|rancho)\b|\b(regresar(me|nos|lo|la)?|volver|llevar(me|nos|lo|la)?|mandar(me|nos|lo|la)|irme|irnos|llegar) (a|pa|para) durango\b|\b(retounen|tounen|ale) lakay\b|\bcomo (me|nos|lo|la|los) (regreso|regresamos|regresa|vuelvo|volvemos|llevo|traigo|paso|voy|vamos) (a|pa|para) (durango|mi casa|mi pueblo|mi tierra|mi rancho)\b|\bcomo (lo|la|los|las) (traigo|traemos|regreso|regresamos|llevo|llevamos)\b|\b(traerlo|traerla|traerlos|regresarlo|regresarla) (pa|para|a) (aca|aqui|la casa|durango)\b|\bhow (do|can) (i|we) (get|go) (back )?(home|to durango)\b/;

/**
 * Grupos Beta asked about in an emergency ("ya llego una camioneta naranja dicen q son de grupo beta, es
 * confiable?", emerg-cm): who they are is the road's topic, not who this chat sends.
 */
export const GRUPOS_BETA = /\b(grupos? beta|gwoup beta|gwoupman beta|beta group)\b/;
/** Whether those who came can be trusted, or who they are: asked of Grupos Beta, not who comes. */
export const TRUSTED =
  /\b(confiables?|de confianza|(me|nos) (puedo|podemos) confiar|son de verdad|son reales|legit|trust|reliable|real|fyab|konfyans|quienes son|que son|who are they|what is|kiyes yo ye|kisa yo ye)\b/;

/** "Back to" what was asked before the danger ("regresando a lo de mi bebe", "so back to my baby's papers"). */
export const BACK_TO =
  /\b(regresando|volviendo|retomando) a lo (de|del)\b|\b(y )?lo (de|del) (mi|la|el) \w+ (que|q) (le|te) (pregunte|decia)\b|\bback to (my|the|his|her|our|what)\b|\b(ann |an )?(tounen|retounen) (sou|nan) (koze|zafe|papye|dosye)\b/;
/**
 * The phone taken from the others or watched ("they took our phones, I hid this one", "only one
 * phone for 20 of us and they check it", "nos quitaron los celulares"): no call to make, and
 * writing here is what is left.
 */
export const PHONE_AT_RISK =
  /\b((took|take|taking|grabbed|have) (all )?(our|the|their|everyones) (phones|cell phones|cells)|(hid|hide|hiding) (this|the|my|a) (phone|cell)|(they|he|she) (check|checks|checking|look at|looks at|go through|goes through) (the|our|my|every|it|everyones) ?(phone|phones)?|only (have )?(1|one) phone|(nos|les) (quitaron|recogieron|agarraron) (los|todos los) (celulares|telefonos|cels)|se llevaron (los|nuestros) (celulares|telefonos|cels)|escondi (este|el|mi|un) (cel|celular|telefono)|(revisan|checan|chequean) (el|los|mi|nuestros) (cel|celular|celulares|telefono|telefonos)|solo (hay|tenemos) (un|1) (cel|celular|telefono)|yo pran (tout )?telefon (nou|yo)|(m|mwen) kache telefon|yo (tcheke|gade|fouye) telefon)\b/;

/**
 * What a relative far away can do, asked ("yo estoy en texas, desde aqui puedo hacer algo?", "q hago yo
 * desde aca", "ella puede hacer algo desde alla?", "what can i even do from here"): the answer on calling
 * from abroad, not the safety line for the one in danger (emerg-co: legal advice and therapy came instead).
 */
export const FROM_AFAR_ASKED = new RegExp(
  [
    '\\b(que|q|what) (hago|hacemos|puedo hacer|podemos hacer|puede hacer|can (i|we|she|he) (even )?do|do (i|we))\\b.{0,30}\\b(desde (aqui|aca|alla)|from (here|there))\\b',
    '\\b(desde (aqui|aca|alla)|from (here|there))\\b.{0,25}\\b(puedo|podemos|puede|pueden|can (i|we|she|he)) (hacer|ayudar|do|help|report)( algo| anything| something)?\\b',
    '\\b(puedo|podemos|puede|pueden|can (i|we|she|he)) (even )?(hacer algo|ayudar|do (anything|something)|help|report( it)?)\\b.{0,20}\\b(desde (aqui|aca|alla)|from (here|there))\\b',
    '\\b(q|que|what) (pueden|puede|can) (ustedes |you guys |you )?(hacer|do) (ustedes |you guys )?(por|for) (el|ella|ellos|him|her|them)\\b',
    '\\bfrom (here|there|\\w+) (who|what number) (do|should|can) (i|we) call\\b|\\bdesde (aqui|aca|alla|\\w+) (a quien|a que numero) (le )?(llamo|marco|hablo)\\b',
    '\\b(kisa|sa) (m|nou|li) (ka|kapab) fe depi (isit|la)\\b|\\b(m|nou|li) (ka|kapab) fe (yon bagay|kek choz|anyen) depi (isit|la)\\b',
  ].join('|'),
);

/** Someone asked to contact the one in danger ("ok pls have someone contact him", "que alguien le marque"). */
export const SOMEONE_TO_CONTACT =
  /\b(have|get|can|could) (someone|somebody|a person|staff|one of you)( from (your|the) office| from there| of you)? (to )?(contact|call|text|reach|write to|write|message|talk to) (him|her|them|me|us)\b|\b(que )?(alguien|una persona|el personal) (le|me|nos|les) (marque|hable|llame|escriba|contacte)\b|\balguien (de ustedes |del instituto |de la oficina )?(me|nos) (va|van) a (hablar|llamar|marcar|escribir)\b|\byon moun (ap |pral |ka |kapab |va )?(rele|kontakte|ekri|pale ak) (li|l|m|mwen|nou|yo)\b(?! ?(mesi|merci))/;

/** The money given asked back ("can we get the 10k back?", "¿podemos recuperar el dinero?"): the extortion's line. */
export const MONEY_BACK =
  /\b(get|getting) (the|our|my|that) (money|cash|\$?\d+k?( dollars)?) back\b|\brecuperar (el|mi|nuestro|ese) (dinero|deposito)\b|\b(nos|me|les) (devuelven|regresan|van a devolver|van a regresar) (el|mi|nuestro) (dinero|deposito)\b|\b(jwenn|reprann) lajan (an|la|nou) (tounen)?\b/;

/**
 * Nowhere to stay once the danger eased ("ya me cosieron… pero no tengo donde quedarme ni dinero", "kounye a m pa
 * gen kote pou m rete ak bebe a", "we have nowhere to sleep tonight"): the road's shelters, not the place noted.
 */
export const NOWHERE_TO_STAY =
  /\bno (tengo|tenemos) (donde|a donde|adonde|en donde|ni donde) (quedarme|quedarnos|dormir|vivir|llegar)\b|\b(nowhere|no where|no place) to (stay|sleep|go tonight)\b|\b(m|mwen|nou|yo) pa gen kote pou (m|mwen|nou|yo) (rete|domi|dòmi)\b|\b(me quede|nos quedamos) (sola|solo|solas|solos)\b.{0,50}\bsin nada\b|\b(left|stuck|stranded) (here )?(alone )?with nothing\b/;

/**
 * The ambulance or the police asked after ("anbilans ap vini?", "is the ambulance coming", "¿ya viene la ambulancia?"),
 * not supposed ("si viene la policía, ¿me deportan?" is the fear of what help brings).
 */
export const HELP_ON_WAY_ASKED =
  /\b(anbilans|lapolis|polis|yon moun) (la |lan )?(ap vini|ap vin|pral vini|vini deja)\b|\b(is|s) (the |an )?(ambulance|police|cops|someone|anyone|anybody|somebody|help) (coming|on (its|the) way)\b|(?<!\b(si|if|cuando) )\b(ya )?(viene|vienen|va a venir|van a venir) (la )?(ambulancia|policia|patrulla)\b|\b(viene|va a venir) alguien\b|\balguien (viene|va a venir)\b/;

/**
 * 911 asked of or refused from another country ("i cant call 911 from the US it will go to american police
 * right?", "i cant call 911 mexico from chicago?? 911 here is the US"), or who should call from far away ("le digo
 * q marque al 911? desde aca de dallas marco al 911?", judge80; "i cant call 911 im in houston, he is in mexico", judge118;
 * "m nan chili, m pa ka rele 911", judge119: a country in its Kreyòl spelling).
 */
export const CALL_FROM_ABROAD =
  /^(?=.*\b(he|she|they|him|her|el|ella|ellos|li|yo)\b).*\b(cant|can t|cannot|no puedo|no podemos|pa ka|m pa ka|mwen pa ka) (call|llamar|marcar|rele) (al |the )?911\b.{0,30}\b(i m|im|i am|we re|estoy|estamos|m|mwen|nou) (in|en|nan) (houston|dallas|chicago|los angeles|phoenix|denver|atlanta|texas|california|arizona|the us|the states|usa|estados unidos|el otro lado|ozetazini|etazini)\b|\b(cant|can t|cannot|no puedo|no podemos|pa ka) (call|llamar|marcar|rele) (al |the )?911\b(.{0,20}\b(from (the us|the states|here|usa|america)|desde (aqui|aca|estados unidos|usa|eu|el otro lado)|depi (isit|ozetazini|etazini))\b| (de |in |of |from )?(mexico|meksik)\b)|\b911 (here|aca|aqui|isit la|isit) (is|es|se) (the us|usa|us|estados unidos|ozetazini|etazini)\b|\b(le |les )?(marco|llamo|hablo|marcar|llamar|call|dial|rele)( yo| i| m)? (al |a |the )?911 (de|desde|from|depi) (aca|aqui|here|alla|usa|eu|eeuu|estados unidos|the us|the states|texas|ozetazini|etazini)\b|\b(desde|from) (aca|aqui|here)( (de|in) \w+)? (marco|llamo|call|dial)( yo| i)? (al |a |the )?911\b|\b(le digo|les digo|tell (him|her|them)|di l|di li)( (q|que|to))?( (el|ella|ellos|he|she|they|li|yo))? (marque|llame|marquen|llamen|call|dial|rele) (al |a |the )?911\b|\b911\b.{0,12}\b(is|es|se|sera|would be|will be|goes to|va a)\b.{0,6}\b(lapolis|polis|policia|police|cops)( de| of| in| nan)? (miami|houston|dallas|chicago|los angeles|phoenix|denver|atlanta|new york|nueva york|nouyok|texas|california|florida|arizona)\b|\b911\b.{0,30}\b(o|or|oswa) (q |que )?(el|ella|he|she|li) (marque|llame|calls?|rele)\b|\b(puedo|podemos|can i|can we|eske m ka|m ka) (llamar|marcar|hablar|call|dial|rele)( yo| i| m)? (desde|from|depi) (aca|aqui|here|alla|usa|eu|eeuu|estados unidos|the us|the states|texas|ozetazini|etazini|isit)\b|(?<!\b(sot|soti|depi|vin|from|desde|de|venimos de|vengo de) )\b(ayiti|haiti|honduras|guatemala|el salvador|venezuela|cuba|colombia|ecuador|nicaragua|chile|chili|brasil|brazil|brezil|kiba|gwatemala|ondiras|kolonbi|venezyela)\b.{0,30}\b(cant|can t|cannot|no puedo|no podemos|pa ka|m pa ka|mwen pa ka) (call|llamar|marcar|rele) (al |the )?911\b|\b(cant|can t|cannot|no puedo|no podemos|pa ka|m pa ka|mwen pa ka) (call|llamar|marcar|rele) (al |the )?911\b.{0,30}\b(ayiti|haiti|honduras|guatemala|el salvador|venezuela|cuba|colombia|ecuador|nicaragua|chile|chili|brasil|brazil|brezil|kiba|gwatemala|ondiras|kolonbi|venezyela)\b|\b(they|ellos|yo) (said|told me|say|dijeron|me dijeron|dicen|di m|te di m) (to |que |q )?(call|llame|llamara|marque|marcara|rele) (a |al )?(mexico|meksik)\b|\b(can|could|puede|podria|ka) (she|he|they|ella|el|ellos|li|yo) (call|llamar|marcar|rele) (al |the )?911 (there|over there|alla|ahi|la a|la)\b|\b911 (from|de|desde|depi) (where|donde|ki kote|kote)\b/;

/**
 * Calls that do not go through, with no word of 911 ("calls dont go thru only whatsapp works sometimes", "no
 * entran las llamadas", "apèl yo pa pase"): no call to make, as with no credit (judge78's man lost in the desert
 * got "call 911" twice); no money to call ("no tengo pa llamar", session 80's fresh set got "Noted").
 */
export const CALLS_DONT_GO =
  /\b(calls?|phone calls?) (dont|don t|do not|wont|won t|doesn t|doesnt|can t|cant) (go|get) (thru|through|out)\b|\bno (hay|tengo|tenemos) (senal|señal|signal)\b|\bno (entran|salen|pasan|entra|sale|pasa) (las |la )?llamadas?\b|\b(las |la )?llamadas? no (entran|salen|pasan|entra|sale|pasa)\b|\b(ape?l|apel yo|rezo|rezo a) (pa|p ap|pap) (pase|mache|soti)\b|\bno (signal|service|reception)\b|\bpa gen rezo\b|\bno (tengo|tenemos|traigo|traemos) (ni )?(pa|para|con que|dinero pa|dinero para|saldo pa|saldo para) (llamar|marcar|hablar|la llamada)\b|\b(no|got no|dont have|don t have|have no) money (to|for) (call|a call|calling|the call)\b|\b(m|mwen|nou) pa gen (kob|lajan) pou (m |nou )?rele\b/;
