/**
 * Someone of the office said to have reached the person in an emergency under way ("ya me llamó alguien de ustedes,
 * gracias", "yon moun rele m, mèsi anpil": judge116's mother in Haiti got "this chat cannot send anyone", and in
 * Spanish "glad you are out of danger"): not the danger over, not a person asked for. Folded text.
 */

/** Someone of the office said to have called or written ("ya me llamaron de la oficina", "someone from your office called
 * me", "yon moun rele m, mèsi", "yon dam nan biwo a rele m": judge129), folded. Not the callers of an extortion ("yo rele
 * m ankò"). */
export const STAFF_CALLED =
  /\b((ya )?(me|nos) (llamo|llamaron|hablo|hablaron|marco|marcaron|contacto|contactaron) (alguien|una persona|una senora|un senor|el personal|ustedes|de (la oficina|ustedes|el instituto))|alguien de (ustedes|la oficina|el instituto) (ya )?(me|nos) (llamo|hablo|marco|escribio)|(someone|somebody|a lady|a woman|a man|staff|your office|the office|someone from (your|the) office) (just |already )?(called|phoned|contacted) (me|us)|(yon moun|biwo a|ekip la|yon dam|yon madanm|yon mesye) (te |deja )?rele (m|mwen|nou)\b.{0,30}\b(mesi|merci)|(yon moun|biwo a|ekip la|yon dam|yon madanm|yon mesye) (te|deja) rele (m|mwen|nou)|(yon moun|yon dam|yon madanm|yon mesye|yon gason) (nan|ki nan|ki soti nan|de) (biwo a|ekip la|enstiti a|biwo nou) (te |deja )?rele (m|mwen|nou))\b/;

/**
 * Whether the office reached them, asked or denied ("ya me hablo alguien de ustedes? no he recibido nada": judge133's
 * mother was told "good that someone reached you"), folded.
 */
const NOT_REACHED =
  /\b(no (me|nos) (han|ha) (llamado|hablado|marcado|contactado|escrito)|no he recibido|nadie|nobody|no one|noone|haven t|hasn t|have not|has not|pesonn|poko|pa ko|pako|not yet|todavia no|aun no)\b/u;

/** Someone of the office said to have reached them, told, not asked nor denied. */
export const staffCalledTold = (folded: string, text: string): boolean =>
  STAFF_CALLED.test(folded) && !NOT_REACHED.test(folded) && !text.includes('?');
