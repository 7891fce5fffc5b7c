/**
 * Figures of speech about paperwork that knowledge/signals/emergency.yaml's notNow does not hold yet: the
 * procedure, not a person, "is killing" or "drowning" the one writing ("me estan matando los tramites de la doble
 * nacionalidad", "im drowning in paperwork", "papye sa yo ap touye m": emerg-ee's three parents got 911 and an
 * urgent case for an apostille). As the file's notNow, they veto a pattern only where the model too all but rules
 * a danger out. Kept in code because a change to the file's phrase lists means retraining the dialogue model on
 * them; fold them into the file at the next retraining. Folded text, as the file's rules.
 */
const PAPERWORK_ES =
  '(tramites?|papeles|papeleo|documentos|requisitos|vueltas|formularios|espera|proceso|citas)';
const PAPERWORK_HT =
  '(papye|papye yo|papye sa yo|papye sa a|dokiman|dokiman yo|demach|demach yo|tann nan|tann lan|pwosesis la)';

export const FIGURE_NOT_NOW: readonly string[] = [
  `\\b(me|nos) (esta|estan|tienen|traen) matando (los|las|el|la|estos|estas|este|esta|tantos|tantas) ${PAPERWORK_ES}\\b`,
  `\\b(los|las|el|la|estos|estas|este|esta|tantos|tantas) ${PAPERWORK_ES}( (de|del|pa|para) [a-z ]{1,50})? (me|nos) (esta|estan|tienen|traen) matando\\b`,
  // "with" the papers ("me estan matando con los papeles de la pension de mi apa", emerg-fg).
  `\\b(me|nos) (esta|estan|tienen|traen) matando con (los |las |el |la |tantos |tantas |estos |estas |este |esta )?${PAPERWORK_ES}\\b`,
  // A price ("me estan matando con el precio de la apostilla", emerg-gm: 911 for a fee).
  '\\b(me|nos) (esta|estan|tienen|traen) matando con (el|los|la|las|esos|estos|ese|este) (precio|precios|costo|costos|tarifa|tarifas)\\b',
  '\\b(the |this |that |these |those )?(price|prices|cost|costs|fee|fees) (is|are|s|re) killing (me|us)\\b',
  '\\b(pri a|pri yo|pri sa a|fre yo) (ap|pral) touye (m|mwen|nou)\\b',
  '\\b(drowning|buried|swamped) in (paperwork|papers|forms|documents|red tape|bureaucracy)\\b',
  '\\b(this |the )?(paperwork|forms|process|bureaucracy|red tape) (is|s) killing (me|us)\\b',
  `\\b${PAPERWORK_HT} (ap|pral) touye (m|mwen|nou)\\b`,
  // The verb first ("y ap touye m ak tout papye sa yo", emerg-fy: the safety line on a card awaited).
  `\\b(y|yo|sa) (ap|pral) touye (m|mwen|nou) ak (tout )?${PAPERWORK_HT}\\b`,
  // Papers told first, then "this is killing me" (emerg-fa: "papye m mouri kat vizite imanite m lan ekspire sa ap touye m").
  `\\b${PAPERWORK_HT}\\b.{0,60}\\bsa (ap|pral) touye (m|mwen|nou)\\b`,
  // Waiting for a card or an answer ("tann kat imanite a ap touye m", emerg-es: the safety line on a status question).
  '\\btann (kat|papye|repons|rezilta|demach|dokiman|viza|paspo|randevou)( \\w+){0,3} (ap|pral) touye (m|mwen|nou)\\b',
];

/**
 * The heat, a queue, a wait or a job said to be killing one where it is only hard (emerg-eq: "ando en la fila del
 * puente, me esta matando el calor… cuanto puedo pasar sin pagar impuestos?", "liy la nan INM long anpil, chale a ap
 * touye m", "my boss will kill me if i miss work"): said lightly, as a joke is, so neither a pattern nor the model
 * alone calls an emergency. Never where a sign makes it real (the desert, no water, lost, fainting).
 */
const REAL_SIGNS =
  '(desierto|desert|deze|monte|brecha|sin agua|no water|pa gen dlo|perdid[oa]s?|lost|pedi|desmay\\w*|faint\\w*|vomit\\w*|mare[oa]\\w*|dizzy|convulsi\\w*|respira\\w*|breath\\w*|golpe de calor|heat ?stroke|insolacion)';
/** What is killing one, said lightly: the heat, the sun, a wait or a queue (never a person, nor work one is made to do). */
const KILLER =
  '(el calor|la espera|la fila|la cola|el sol|this heat|the heat|the wait|the line|this line|chale a|chale|soley la|tann lan|liy la|fil la|fil sa a)';
const KILLING =
  '(me esta matando|nos esta matando|me mata|is killing (me|us)|killing me|ap touye (m|mwen|nou))';
/**
 * A boss's "will kill me" only for missing a day, coming late or a paper not got in time ("my boss is gonna kill me if
 * i dont get this apostille by friday", emerg-gc): leaving, talking, escaping or not paying is a real threat.
 */
const BOSS_LIGHTLY =
  '^(?!.*\\b(money|pay|paid|cash|dinero|pago|lana|lajan|kob|pesos|dollars|dolares|dlls|feria|debo|owe|sex|sexo|coger)\\b).*' +
  '\\b(boss|jefe|jefa|patron|bos|manager|supervisor)\\b.{0,20}\\b(kill|matar|touye)\\b.{0,6}\\b(if i|si) (miss|m late|am late|get there late|falto|llego tarde|pido el dia|((dont|don t|do not) (get|finish|bring|turn in|submit|have)|no (entrego|termino|traigo|consigo|saco|tengo))\\b.{0,20}\\b(apostill\\w*|papers?|paperwork|papeles|forms?|formatos?|documents?|documentos?|certificate|acta|report|reporte|tramite|the work|el trabajo|this done|it done|it on time))\\b';
export const FIGURE_LIGHTLY: readonly string[] = [
  `^(?!.*\\b${REAL_SIGNS}\\b).*\\b${KILLER}\\b.{0,12}\\b${KILLING}\\b`,
  `^(?!.*\\b${REAL_SIGNS}\\b).*\\b${KILLING}\\b.{0,4}\\b${KILLER}\\b`,
  BOSS_LIGHTLY,
  // Working oneself to death ("he's killing himself working in the fields", "se está matando trabajando", emerg-go: 911
  // and an urgent case for a pension): never with a wish to die, pills, a rope, "can't take it", a goodbye, a threat, money
  // demanded or someone kept from leaving told (a review: "…y anoche me dijo que ya no quiere vivir").
  '^(?!.*\\b(pills|pastillas|grenn|suicid\\w*|wants? to die|wanna die|want to live|wants to live|end it|end it all|quiere morir|quiero morir|quiere vivir|quiero vivir|se quiere matar|colgar\\w*|cuerda|soga|rope|hang\\w*|kod|vle mouri|vle viv|ya no (aguanta|aguanto|puede|puedo)|(can t|cant|cannot) (take|do) (it|this)|goodbye|despedi\\w*|adios|orevwa|cuota|pag\\w*|pay\\w*|peye|dinero|money|lajan|salir|leave|soti|golpe\\w*|beat\\w*|hit|bat|amenaz\\w*|threat\\w*|menase|arma\\w*|gun|zam|patron|boss)\\b).*(\\bkilling (himself|herself|myself|themselves|ourselves) (working|at work|at (his|her|my|their) jobs?|with (work|the work)|in the fields?)\\b|\\bwork(ing|s|ed)? (himself|herself|myself|themselves) to death\\b|\\b(se (esta |anda )?(mata|matando)|me (estoy |ando )?matando|nos (estamos |andamos )?matando) (trabajando|de trabajo|en el trabajo|en la chamba|en el campo|chambeando)\\b|\\b(ap|pral) touye tet (li|l|mwen|m|yo) (nan|ak) (travay|djob|jaden)\\b)',
  // Impatience told as dying or killing ("me muero de hambre por saber", "me mata la duda", "m ap mouri pou m konnen").
  '\\bme mata la (duda|curiosidad|espera|ansiedad|incertidumbre)\\b|\\bme muero (de hambre |de ganas |de curiosidad )?(por|de) saber\\b|\\bmouri pou (m|mwen) konnen\\b|\\bdying to (know|find out|hear)\\b',
  // Longing told as dying ("me muero por ver a mi ama", emerg-fy: the safety line before Abrazando Almas).
  `^(?!.*\\b(${REAL_SIGNS}|kill\\w*|mat(ar|arme|an|o)|amenaz\\w*|threat\\w*|took (them|him|her)|se (los|las|lo|la) llevo|golpe\\w*|pega\\w*|hit|beat\\w*|gun|pistola|arma|touye|menase|pran yo)\\b).*(\\b(dying|die) to (see|bring|hug|meet|visit|hold)\\b|\\bme muero (por|de ganas de) (ver|verl[oa]s?|abrazar|abrazarl[oa]s?|traer|traerl[oa]s?|conocer)\\b|\\bmouri (pou|anvi) (m )?(we|anbrase|fe vini)\\b)`,
];

/**
 * Debt, tiredness or hunger for want of work told as drowning or dying ("im broke and exhausted, drowning in debt",
 * "m mouri grangou wi, pa gen travay pa gen lajan", emerg-ga: the safety line on a look-alike). Only against a danger
 * the model alone calls possible (figure-reading.ts), never a pattern's: "drowning in debt and i dont want to live" is
 * one (a review).
 */
export const FIGURE_POSSIBLE_ONLY: readonly string[] = [
  `^(?!.*\\b${REAL_SIGNS}\\b).*(\\b(drowning|ahogad[oa]s?|ahogando|neye) (in|en|ak) (debt|debts|deudas|bills|det)\\b|\\bdead tired\\b|\\bmuert[oa]s? de cansancio\\b)`,
  `^(?!.*\\b${REAL_SIGNS}\\b).*\\b(m|mwen|nou) (ap )?mouri (ak )?grangou\\b.{0,40}\\b(travay|lajan|kob|djob)\\b`,
];
