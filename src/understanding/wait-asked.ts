/**
 * How long until staff answer, asked at any length ("konbyen tan ankò m ap tann? gen 20 minit deja",
 * "how much longer until someone answers", "¿cuánto se tardan en decirme algo?"), read the same in
 * line (plain-ask.ts) and in an emergency (follow-up-emergency.ts): a judge's Haitian woman got the
 * TVRH's processing time, then office hours. Folded text. Pure.
 */
export const WAIT_ASKED =
  /\bkonbyen tan (ank(o|ò) )?((m|mwen|nou|n) (ap|pou|gen pou|dwe)|pou (m|mwen|nou|n)) tann\b|\bkonbyen tan (ank(o|ò) )?pou (yon moun|moun|yo|ekip la|biwo a)( \w+){0,4} (reponn|ekri|rele) (mwen|m|nou)\b|\bhow (much )?long(er)? (until|till|before|for) (someone|somebody|anyone|you|u|they|staff|a person)( \w+){0,3} (answer|answers|reply|replies|respond|responds|write|writes|text|texts|gets? back|calls?)\b|\bgen \d+ (minit|edtan|e|è) (deja|depi m ap tann)\b|\b(gen|sa fe) lontan (m|mwen|nou) ap tann\b|\bcuanto (mas |tiempo (mas )?)?(tengo|tenemos|voy a|vamos a|hay) (que |q |k |a )?esperar\b|\bhow (much )?long(er)? (do|will|must|should) (i|we) (have to |need to )?wait\b|\bcuanto (le )?(falta|faltara) (pa|para) (que|q|k) (me|nos) (atiendan|contesten|respondan|escriban|hablen)\b|\bcuanto (se )?(tardan|tarda|van a tardar|se van a tardar) en (decirme|contestarme|responderme|avisarme|llamarme|hablarme|escribirme)\b/;
