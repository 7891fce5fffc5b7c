/**
 * Safety reached, told without a danger in the same words: got away ("we turned around and got away", "li chape"), or
 * at a safe place, arrived or there now ("im at my neighbors house now with the kids", "they made it to Durango city,
 * they're at my aunt's house", "m al kay yon zanmi"). emerg-dw's writer expected gladness and the 089 line; they got
 * "Place noted" and "call 911". Folded text. Pure.
 */

/**
 * Got away themselves. Not the one who hurt them gone ("ya se fue en la troca, creo q fue por cerveza": he comes back),
 * nor "li soti" (also "he is from").
 */
const GOT_AWAY =
  /\b(got away|escaped|ran away|managed to (leave|get out|escape)|(logramos|pudimos|pude|logre) (salir|escapar|huir|irnos|irme)|(nos|me|se) (escapamos|escape|escapo|pelamos|pele)|(li|l|nou|m|mwen) (chape|sove))\b/;

/** A relative's, a neighbour's or a friend's home, or a shelter or a church. */
const SAFE_PLACE =
  /\b((at|in|to) (my|our|his|her|a|the) (neighbor|neighbour|aunt|uncle|mom|mother|sister|brother|friend|cousin|grandma|grandmother|family|parents|in laws)s?( s)? (house|place|home|apartment)|(at|in|to|inside) (a|the) (shelter|church)|(dentro de|adentro de) (un|el|una|la) (albergue|iglesia)|(en|a) (la )?casa de (mi|mis|una|un|nuestra|nuestro|su) (vecin|tia|tio|mama|hermana|hermano|amig|prima|primo|abuel|familia|suegr)\w*|(en|a) (un|el|una|la) (albergue|refugio|iglesia)|(la)?kay (yon|vwazen|vwazin|zanmi|matant|tonton|manman|se|fre|kouzen|kouzin|fanmi)\w*|(nan|anndan) (yon )?(albeg|legliz))\b/;

/**
 * Picked up by a relative or a friend ("ya llegó mi hermano por nosotros", "ok my sister is picking us up", "frè m vin
 * chache nou"): out of it with someone of their own (emerg-fs's writer expected gladness, not "Place noted"). Not a
 * partner, who may be the danger ("ya llegó mi esposo por mí").
 */
const PICKED_UP =
  /\b((llego|vino|paso) (mi|nuestro|nuestra) (hermano|hermana|tio|tia|mama|papa|primo|prima|hijo|hija|amigo|amiga|cunado|cunada|suegro|suegra|familia|vecino|vecina) (por (nosotros|mi|ella|el|ellos)|a (recoger|traer)\w*|pa recoger\w*)|(my|our) (sister|brother|aunt|uncle|mom|mother|dad|father|cousin|friend|son|daughter|family|neighbor|neighbour) (is picking|picked|came (to get|for)|is coming (to get|for)|came and got) (us|me|her|him|them)|(fre|se|manman|papa|tonton|matant|kouzen|kouzin|zanmi|fanmi) (m|mwen|nou) (vin|vini|pase) (chache|cheche|pran) (nou|m|mwen|li|l))\b/;

/** Arrived there: "made it", "llegamos", "m al", "rive" ("we're at my aunt's" alone may be where it happens). */
const ARRIVED =
  /\b(made it|got to|arrived|went to|went inside|got inside|ran to|ran inside|llegamos|nos metimos|me meti|entramos|entre|antre|llegue|llego|nos fuimos|me fui|rive|m al|mwen al|nou al|al kay)\b/;

/** There now, said of oneself ("im at my neighbors house now"); "she's in a shelter now" may be where she is hurt. */
const SELF_NOW =
  /^(ok |ya |bueno )?(i m|im|i am|we re|were|we are|estoy|estamos|m|mwen|nou)\b.*\b(now|ahora|ya|kounye a|kounya)\b/;

/** Not got away: a negation, still held or followed, or only going there ("m pral kay sè m"). */
const NOT_AWAY =
  /\b(no|not|can t|cant|couldn t|couldnt|didn t|didnt|pa|pap|poko|never|nunca|todavia|still|siguen?|sigue|following|afuera|outside|deyo|back|volvio|tounen|pral|pra|prale|going to|gonna|will go|voy a|vamos a|va a|van a)\b/;

/** Arrived, thanking God ("ya llegue a gomez palacio gracias a dios", judge121's deported man two days on). */
const ARRIVED_THANKFUL =
  /\b(llegue|llegamos|made it|got home|we got here|i got here|rive)\b.{0,50}\b(gracias a dios|thank god|thank the lord|gras a dye|mesi bondye|mesi jezi)\b/;

/** On the way out and safe, said of oneself ("im on the bus to durango now, safe": judge126's deported man). */
const SAFE_ON_WAY =
  /\b(on (the|a) bus|en el (camion|autobus|bus)|arriba del (camion|autobus)|nan (bis|otobis)( la| a)?)\b.{0,40}\b(safe|a salvo|sekirite)\b/;

export const safetyReached = (folded: string): boolean =>
  !NOT_AWAY.test(folded) &&
  (GOT_AWAY.test(folded) ||
    SAFE_ON_WAY.test(folded) ||
    ARRIVED_THANKFUL.test(folded) ||
    PICKED_UP.test(folded) ||
    (SAFE_PLACE.test(folded) && (ARRIVED.test(folded) || SELF_NOW.test(folded))));

/** Picked up by their own: "picking us up" tells no detention (the topic model hears one in it). */
export const pickedUpByKin = (folded: string): boolean => PICKED_UP.test(folded);
