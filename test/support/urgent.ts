/**
 * Tests' helpers for urgent cases: first messages the emergency patterns catch, in several
 * kinds and languages, for floods of many one-message urgent conversations.
 */
export const DANGERS = [
  'ayuda me quieren matar',
  'nos tienen secuestrados en una casa',
  'me están extorsionando por teléfono',
  'help they are holding us and we cannot leave',
  'ayuda estoy en peligro',
] as const;
