/**
 * Whether the humanitarian permit is sure to be given, asked in its talk ("y se la dan seguro?", "y me lo aseguran?", "me la pueden negar?":
 * sight83-a's brother got "our sources do not say that", its named answer scoring too low on three words; sight87-a's
 * son the same): the answer that nobody can promise it and the Institute acts only in the cases that proceed. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** Sure to be given or approved, asked, folded. */
const SURE_TO_BE_GIVEN =
  /\b((se la|se lo|me la|me lo|nos la|nos lo|le|les) (dan|dan de|van a dar|aprueban|van a aprobar) (seguro|de seguro|segurito|si o si)|(me|nos|se|le|te) (lo|la) (aseguran|asegura|garantizan|garantiza)|(me|nos|se|le|te) (lo|la) (pueden|puede|van a) negar|(can|could|will) they (deny|refuse|reject) (it|him|her|me|us|them)|es seguro (que|q) (se la|me la|me lo|se lo|nos lo|nos la) (den|aprueben)|(is it|it s|its) (guaranteed|for sure|sure)|will (they|she|he|i|we) (surely|definitely|for sure) (get|give|approve)|(is|are) (she|he|they|we|i) (sure|guaranteed) to (get|be approved)|(eske )?(yo|y) (ap|pral|va) ba(y)? (li|l|m|nou) (l )?(asire|seten|kanmenm))\b/u;

export const guaranteeAskedReading = namedAskedReading(
  'us_humanitarian_visa',
  SURE_TO_BE_GIVEN,
  'answer.approval_not_guaranteed',
);
