/**
 * A paper or a thing that got lost ("my diploma got lost tho", "se me perdió el acta", "batistè m pèdi"): nobody lost on
 * the road, though the file's pattern for being lost fires on "got lost" (sight67-a: a returnee asking to replace his
 * high-school diploma got the desert rescue line and an urgent case). Pure.
 */
const THING = String.raw`(diplomas?|papers?|paperwork|documents?|docs|passports?|pasaportes?|actas?|certificates?|certificados?|cards?|tarjetas?|ids?|ine|curp|visas?|wallet|cartera|phone|cel|celular|telefono|teléfono|luggage|maleta|mochila|backpack|bag|bolsa|t[ií]tulos?|boletas?|licen[cs]e|licencia|kat|papye|paspò|paspo|dokiman|batistè|batiste|diplòm|diplom)`;

const THING_LOST = new RegExp(
  String.raw`\b(my|his|her|our|their|the|mi|mis|su|sus|el|la|los|las)\s+(\w+\s+){0,2}${THING}\s+(got|get|gets|was|were|has been|have been|is|are)\s+lost\b` +
    String.raw`|\bse (me|le|nos|les) (perdi[oó]|perdieron) (el|la|los|las|mi|mis|su|sus)\s+(\w+\s+)?${THING}\b` +
    String.raw`|\b(i|we|he|she|they) lost (my|his|her|our|their|the)\s+(\w+\s+)?${THING}\b` +
    String.raw`|\b${THING}\s+(m|mwen|li|nou|yo)?\s*(pèdi|pedi)\b`,
  'giu',
);

/** The same, without the global flag, so a test keeps no position between messages. */
const THING_LOST_TEST = new RegExp(THING_LOST.source, 'iu');

/** Whether the message says a paper or a thing got lost. */
export const thingLost = (text: string): boolean => THING_LOST_TEST.test(text);

/** The message without the thing it lost, for the danger patterns to read again. */
export const withoutThingLost = (text: string): string => text.replace(THING_LOST, ' ');
