/**
 * The guided forms families fill in for staff, as data: which questions, in which order,
 * which have fixed options, and which topic's answer offers the form. Prompts, labels and
 * options' words live in locales/<lang>/intake.json under intake.<form>.<field>.*; every
 * question can be skipped. Adding a form is one entry here plus its locale strings.
 */
export interface IntakeField {
  name: string;
  /** Fixed options, offered as buttons; free text is accepted too. */
  options?: readonly string[];
}

export interface IntakeForm {
  /** The topic whose answer offers this form ("¿Quieres darme los datos ahora?"). */
  offeredBy: string;
  fields: readonly IntakeField[];
}

export const INTAKE_FORMS = {
  // Bringing home the remains of a relative who died abroad.
  remains: {
    offeredBy: 'remains_repatriation',
    fields: [
      { name: 'deceasedName' },
      { name: 'placeOfDeath' },
      { name: 'dateOfDeath' },
      { name: 'relationship' },
      { name: 'originInMexico' },
      { name: 'contact' },
    ],
  },
  // Finding a relative who is detained or missing.
  locate: {
    offeredBy: 'locate_person',
    fields: [
      { name: 'personName' },
      { name: 'lastKnownPlace' },
      { name: 'since' },
      { name: 'situation', options: ['detained', 'missing', 'unknown'] },
      { name: 'relationship' },
      { name: 'contact' },
    ],
  },
} as const satisfies Record<string, IntakeForm>;

export type IntakeKind = keyof typeof INTAKE_FORMS;
export const INTAKE_KINDS = Object.keys(INTAKE_FORMS) as IntakeKind[];

export const isIntakeKind = (value: string): value is IntakeKind => Object.hasOwn(INTAKE_FORMS, value);

/** The form a topic's answer offers, if any. */
export const formOfferedBy = (topic: string): IntakeKind | undefined =>
  INTAKE_KINDS.find((kind) => INTAKE_FORMS[kind].offeredBy === topic);

/** The field names of a form, in order. */
export const fieldsOf = (form: IntakeKind): string[] => INTAKE_FORMS[form].fields.map((f) => f.name);
