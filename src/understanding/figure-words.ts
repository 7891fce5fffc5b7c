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
  `\\b(los|las|el|la|estos|estas|este|esta|tantos|tantas) ${PAPERWORK_ES}( de [a-z ]{1,30})? (me|nos) (esta|estan|tienen|traen) matando\\b`,
  '\\b(drowning|buried|swamped) in (paperwork|papers|forms|documents|red tape|bureaucracy)\\b',
  '\\b(this |the )?(paperwork|forms|process|bureaucracy|red tape) (is|s) killing (me|us)\\b',
  `\\b${PAPERWORK_HT} (ap|pral) touye (m|mwen|nou)\\b`,
];
