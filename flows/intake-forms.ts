/**
 * The two guided intakes families bring, as data: which questions, in which order, and
 * which have fixed options. Labels and prompts live in locales/<lang>/intake.json under
 * intake.<form>.<field>.*; every question can be skipped.
 */
import type { IntakeKind } from '../src/core/types.ts';

export interface IntakeField {
  name: string;
  /** Fixed options, offered as buttons; free text is accepted too. */
  options?: readonly string[];
}

export const INTAKE_FORMS: Record<IntakeKind, readonly IntakeField[]> = {
  // Bringing home the remains of a relative who died abroad.
  remains: [
    { name: 'deceasedName' },
    { name: 'placeOfDeath' },
    { name: 'dateOfDeath' },
    { name: 'relationship' },
    { name: 'originInMexico' },
    { name: 'contact' },
  ],
  // Finding a relative who is detained or missing.
  locate: [
    { name: 'personName' },
    { name: 'lastKnownPlace' },
    { name: 'since' },
    { name: 'situation', options: ['detained', 'missing', 'unknown'] },
    { name: 'relationship' },
  ],
};

/** The topic whose answer offers each intake. */
export const INTAKE_FOR_TOPIC: Partial<Record<string, IntakeKind>> = {
  remains_repatriation: 'remains',
  locate_person: 'locate',
};
