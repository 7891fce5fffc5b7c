/**
 * Where money would be paid, in a message about a danger: no place where anyone is. Pure.
 */

/**
 * Where money is to be paid ("deposítales en un oxxo", "by western union", "she already went to the store, should
 * she still pay?"): no place of the danger.
 */
const MONEY_PLACES =
  /\b(en|a|by|at|nan)( (un|una|el|la|the|an?|yon))? (oxxo|elektra|banco azteca|western union|moneygram|coppel|farmacias? guadalajara)\b|\b(went|gone|going|fue|se fue|ya fue|ale|al) (to |a |nan )?(the |la |el |al )?(store|tienda|bank|banco|oxxo|elektra|bank la|magazen an)\b/giu;

/** The message without the places money would be paid at. */
export const withoutMoneyPlaces = (part: string): string => part.replace(MONEY_PLACES, ' ');
