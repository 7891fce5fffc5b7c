/**
 * A language asked for in so many words ("can we do this in spanish?", "¿podemos seguir en inglés?", "nou ka kontinye an
 * panyòl?", "le puedes contestar en ingles?"), on folded words: the language's word as written, for
 * language-request.ts to name. Pure.
 */

/** A request for a language in so many words, on folded words. */
const EXPLICIT =
  /\b(?:(?:can|could) (?:we|you|u) (?:do|continue|keep|talk|write|go on|switch|speak|send|give)(?: me| her| him| us)?(?: this| it| going| the answers?| the info| the information| that)?(?: to (?:her|him|me|us|them))? (?:in|to)|(?:podemos|podriamos|puede|puedes|podria|podrias) (?:seguir|continuar|hablar|escribir|cambiar|mandar(?:me|le|nos)?|enviar(?:me|le|nos)?|pasar(?:me|le|nos)?)(?: esto| eso| las respuestas| la info| la informacion)?(?: le| les| me| nos)? (?:en|a)|(?:nou|ou|w) ka (?:kontinye|pale|ekri|chanje|voye|ba)(?: sa)?(?: m| mwen| nou| li| l)?(?: sa| enfomasyon an| enfomasyon yo)?(?: an| nan)?) (?:spanish|english|creole|kreyol|kreol|creol|creyol|espanol|espanyol|espayol|espagnol|ingles|inglish|anglais|criollo|panyol|angle)\b/;
/**
 * This chat asked to answer in a language ("le puedes contestar en ingles?", "can you answer me in english", "ou ka
 * reponn mwen an panyòl": sight107-a), never another's answer ("mi hijo puede contestar en inglés?", "nou ka reponn
 * an angle nan entèvyou a?": a review), on folded words.
 */
const ANSWER_IN =
  /\b(?:(?:me|le|nos) (?:puedes|puede|pueden|podrias|podria) (?:contestar|responder)|(?:puedes|podrias) (?:contestar|responder)(?:me|le|nos)?|(?:can|could) (?:you|u) (?:answer|reply|respond)(?: me| her| him| us)?|(?:ou|w) ka reponn(?: m| mwen| li| l)?) (?:en|in|an|nan) (?:spanish|english|creole|kreyol|kreol|creol|creyol|espanol|ingles|inglish|anglais|criollo|panyol|angle)\b/;
/** The language's word of a request made in so many words, if the words make one. */
export const languageNamed = (joined: string): string | undefined =>
  (EXPLICIT.exec(joined) ?? ANSWER_IN.exec(joined))?.[0].split(' ').at(-1);
