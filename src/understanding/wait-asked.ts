/**
 * How long until staff answer, asked at any length ("konbyen tan ankò m ap tann? gen 20 minit deja",
 * "how much longer until someone answers", "¿cuánto se tardan en decirme algo?"), read the same in
 * line (plain-ask.ts) and in an emergency (follow-up-emergency.ts): a judge's Haitian woman got the
 * TVRH's processing time, then office hours; and what comes now, asked alone ("y ahora que va a pasar?", "kisa k
 * pral pase kounye a?": emerg-fi got the danger's first lines again). Folded text. Pure.
 */
export const WAIT_ASKED =
  /^(y |and |e |ok |okay |bon |so |entonces )?(ahora |now |kounye a |kounya )?(que|q|what|kisa|sa)( k| ki)? (va a pasar|pasa|sigue|happens|will happen|is going to happen|s going to happen|pral pase|ap pase|pral rive|ap rive)( ahora| now| next| kounye a| kounya| con (el|ella|ellos|mi \w+))?$|\bkonbyen tan (ank(o|ò) )?((m|mwen|nou|n) (ap|pou|gen pou|dwe)|pou (m|mwen|nou|n)) tann\b|\bkonbyen tan (ank(o|ò) )?pou (yon moun|moun|yo|ekip la|biwo a)( \w+){0,4} (reponn|ekri|rele) (mwen|m|nou)\b|\bhow (much )?long(er)? (until|till|before|for) (someone|somebody|anyone|you|u|they|staff|a person)( \w+){0,3} (answer|answers|reply|replies|respond|responds|write|writes|text|texts|gets? back|calls?)\b|\bgen \d+ (minit|edtan|e|è) (deja|depi m ap tann)\b|\b(gen|sa fe) lontan (m|mwen|nou) ap tann\b|\bcuanto (mas |tiempo (mas )?)?(tengo|tenemos|voy a|vamos a|hay) (que |q |k |a )?esperar\b|\bhow (much )?long(er)? (do|will|must|should) (i|we) (have to |need to )?wait\b|\bcuanto (le )?(falta|faltara) (pa|para) (que|q|k) (me|nos) (atiendan|contesten|respondan|escriban|hablen)\b|\bcuanto (se )?(tardan|tarda|van a tardar|se van a tardar) en (decirme|contestarme|responderme|avisarme|llamarme|hablarme|escribirme)\b/;

/**
 * What to do now, asked beside the wait ("li soti kounye a. pesonn poko ekri m. kisa pou m fè?": judge113's woman held
 * by a trafficker got only her place in line): the danger's next step, not the wait. Folded text.
 */
/**
 * What to do, asked and nothing more at the end ("still nothing. what else can we do?"): no procedure, whatever the topic
 * model says (it reads "what can we do" as the Paisano programme, sure of it: emerg-gy's family got Héroes Paisanos in a
 * ransom). Folded text.
 */
export const WHAT_TO_DO_ALONE =
  /^(\w+ ){0,3}(what (else |more )?(can|could|should|do|shall) (i|we) do( now| next| then| here)?|(que|q) (mas|otra cosa) (podemos|puedo|hacemos|hago|debo|debemos)( hacer)?|kisa (anko|lot) (m|mwen|nou) (ka|dwe) fe)$/u;
export const WHAT_NOW_ASKED =
  /\b((que|q|k|ke) (hago|hacemos|puedo hacer|debo hacer|le hago)|what (do|should|can|shall) (i|we) do|kisa (pou )?(m|mwen|nou) (ka |dwe |ta dwe |pou )?(fe|fè)|kisa m fe)\b/u;
