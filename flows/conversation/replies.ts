/**
 * Builders for the replies the conversation flow sends: which locale key or knowledge part,
 * which buttons. Pure data; the engine renders them in the person's language and joins one
 * turn's replies into one message, so only the last reply of a turn carries buttons.
 * Menus come from the topic catalog (knowledge/ front-matter), not from a list in code.
 */
import type { Button, Facet, Reply, TopicId } from '../../src/core/types.ts';
import { encodeChoice } from '../choices.ts';
import type { TopicCatalog } from '../flow.ts';
import { INTAKE_FORMS, type IntakeKind } from '../intake-forms.ts';

export const button = (choice: Parameters<typeof encodeChoice>[0], label: string): Button => ({
  value: encodeChoice(choice),
  label,
});
export const HUMAN = button({ kind: 'human' }, 'buttons.human');
export const MENU = button({ kind: 'menu', page: 'main' }, 'buttons.menu');
const MORE_TOPICS = button({ kind: 'menu', page: 'more' }, 'buttons.moreTopics');
const DETAILS = button({ kind: 'details' }, 'buttons.moreDetails');
const NO = button({ kind: 'no' }, 'buttons.no');
/** Topic buttons are labelled from the topic's own entry (`label:` in its front-matter). */
export const topicButton = (topic: TopicId): Button => button({ kind: 'topic', topic }, `topics.${topic}`);

type TextReply = Extract<Reply, { kind: 'text' }>;

export const text = (key: string, buttons?: Button[], vars?: Record<string, string | number>): TextReply => ({
  kind: 'text',
  key,
  ...(buttons ? { buttons } : {}),
  ...(vars ? { vars } : {}),
});

/** A yes/no question: "Sí" with the words that say what yes does, and "No". */
const yesNo = (key: string, yesLabel: string, extra: Button[] = []): TextReply =>
  text(key, [button({ kind: 'yes' }, yesLabel), NO, ...extra]);

export function createReplies(catalog: TopicCatalog) {
  // The menus never change for a catalog: built once, the same objects every time (the
  // renderer caches their labels by identity).
  const menus = {
    main: text('menu.prompt', [...catalog.menus.main.map(topicButton), MORE_TOPICS, HUMAN]),
    more: text('menu.morePrompt', [...catalog.menus.more.map(topicButton), MENU, HUMAN]),
  };
  const menu = (page: 'main' | 'more'): Reply => menus[page];
  const hasDetails = (topic: TopicId) => catalog.topics[topic]?.details === true;

  return {
    welcome: (): Reply => ({ kind: 'text', key: 'welcome.greeting', alone: true }),
    menu,
    /** A topic's first reply, ending with the offer that fits it (its form, a person) or the usual buttons. */
    answer(
      topic: TopicId,
      offer: 'staff' | 'intake' | null,
      facets: Facet[] = [],
      passage?: string,
    ): Reply[] {
      const extra = hasDetails(topic) ? [DETAILS, MENU] : [MENU];
      // How long, asked with a topic a named answer opens, is said after it: the named answers say what a thing is,
      // seldom its time ("y lo de la apostilla… ¿cuánto tarda?": judge98 got no time), and a second aspect asked beside
      // the one it answers is said too ("how much… and what papers do i need"). Not the cost: a blind judge found
      // "does the programme charge" beside the duty-free allowance off the point.
      const alsoAsked = facets.filter((f, i) => f === 'time' || (i > 0 && f !== 'cost'));
      const entry: Reply[] = passage
        ? [
            { kind: 'entry', topic, part: 'reply', passage, ...(facets[0] ? { facet: facets[0] } : {}) },
            ...(alsoAsked.length ? [{ kind: 'facet', topic, facets: alsoAsked } as Reply] : []),
          ]
        : [
            { kind: 'entry', topic, part: 'reply' },
            ...(facets.length ? [{ kind: 'facet', topic, facets } as Reply] : []),
          ];
      if (offer === 'intake') return [...entry, yesNo('offer.intake', 'buttons.yesDetails', extra)];
      if (offer === 'staff') return [...entry, yesNo('offer.staff', 'buttons.yesPerson', extra)];
      const last = entry.at(-1) as Reply;
      return [
        ...entry.slice(0, -1),
        { ...last, buttons: [...(hasDetails(topic) ? [DETAILS] : []), HUMAN, MENU] },
      ];
    },
    details(topic: TopicId, offer: 'staff' | 'intake' | null): Reply[] {
      const entry: Reply = { kind: 'entry', topic, part: 'details' };
      if (offer === 'intake') return [entry, yesNo('offer.intake', 'buttons.yesDetails', [MENU])];
      if (offer === 'staff') return [entry, yesNo('offer.staff', 'buttons.yesPerson', [MENU])];
      return [{ ...entry, buttons: [HUMAN, MENU] }];
    },
    /**
     * Short answers to aspects of a topic. When the sources are silent on one, the reply offers
     * what reaches staff: the topic's form when it has one, else a person.
     */
    facets(topic: TopicId, facets: Facet[], offer: 'staff' | 'intake' | null, passage?: string): Reply[] {
      const reply: Reply = { kind: 'facet', topic, facets, ...(passage ? { passage } : {}) };
      if (offer === 'intake') return [reply, yesNo('offer.intake', 'buttons.yesDetails', [MENU])];
      if (offer === 'staff') return [reply, yesNo('offer.staffSilent', 'buttons.yesPerson', [MENU])];
      return [{ ...reply, buttons: [topicButton(topic), HUMAN, MENU] }];
    },
    /** An answer, then what reaches staff: the topic's form or a person. */
    withOffer(answer: Reply, offer: 'staff' | 'intake'): Reply[] {
      return [
        answer,
        offer === 'intake'
          ? yesNo('offer.intake', 'buttons.yesDetails', [MENU])
          : yesNo('offer.staffSilent', 'buttons.yesPerson', [MENU]),
      ];
    },
    /** A fact the person stated that no answer bears on: staff will have it. */
    noted: (said: string): Reply => text('answers.noted', undefined, { said }),
    /** Told while in line ("se llama Ramiro, es de Tlahualilo"): said back, for the case staff read. */
    notedInLine: (said: string): Reply => text('answers.notedInLine', undefined, { said }),
    /** "Ok, in English from now on." */
    languageNow: (): Reply => text('language.now'),
    languagesSpoken: (): Reply => text('language.spoken'),
    /** The town or state told on the road's health care, where the sources name no place to be seen. */
    careFar: (place: string): Reply => text('care.far', undefined, { place }),
    shelterFar: (place: string): Reply => text('care.shelterFar', undefined, { place }),
    shelterFarAgain: (place: string): Reply => text('care.shelterFarAgain', undefined, { place }),
    careFarAgain: (place: string): Reply => text('care.farAgain', undefined, { place }),
    /** Care sought there again: the silence, staff to look and 911, without the far places' list. */
    careFarOnlyAgain: (place: string): Reply => text('care.farOnlyAgain', undefined, { place }),
    careFarOnly: (place: string): Reply => text('care.farOnly', undefined, { place }),
    /** Care in a town the sources name asked again: its one place said so, staff to find it, 911. */
    careTownAgain: (town: string): Reply => text('care.townAgain', undefined, { town }),
    /** Where that town's place is, asked after its line: no street in the sources, then the line again. */
    careWhereAgain: (): Reply => text('care.whereAgain'),
    /** Offers a person; `why` picks the words, so a second offer never repeats the first. */
    offerStaff: (why: 'notHelped' | 'again' | 'unclear' | 'repeat', about: TopicId | null): Reply => ({
      ...yesNo(`offer.${why}`, 'buttons.yesPerson', [MENU]),
      ...(about ? { about } : {}),
    }),
    declined: (about: TopicId | null): Reply => ({
      ...text('offer.declined', [MENU]),
      ...(about ? { about } : {}),
    }),
    thanks: (): Reply => text('followUp.thanks'),
    /** Who answers here, asked in a conversation: a program, and how to reach a person. */
    self: (): Reply => ({ ...text('followUp.self'), about: 'office_info' }),
    askIt: (): Reply => text('followUp.askIt'),
    clarify: (candidates: readonly TopicId[]): Reply =>
      candidates.length === 0
        ? text('clarify.nothing', [MENU, HUMAN])
        : // "A person" is always offered once, as its own button, never again as a topic.
          text('clarify.prompt', [...candidates.filter((c) => c !== 'human').map(topicButton), HUMAN, MENU]),
    ambiguous: (first: TopicId, second: TopicId): Reply => ({
      ...text(`clarify.ambiguous.${first}`, [topicButton(first), topicButton(second), HUMAN]),
      about: first,
    }),
    unknownChoice: (): Reply => text('clarify.unknownChoice', [MENU, HUMAN]),
    /** What the office does and does not do, for a request it cannot help with. */
    outOfScope: (): Reply => ({ ...text('clarify.outOfScope', [MENU, HUMAN]), about: 'none' }),
    /**
     * The safety net's first line: call 911 if in danger now, and a button that starts the
     * emergency flow. A message of its own, first, so the button stays beside the line.
     */
    safetyLine: (): Reply => ({
      ...text('safety.possible', [button({ kind: 'danger' }, 'buttons.danger')]),
      alone: true,
    }),
    media: (): Reply => text('media.unsupported', [HUMAN, MENU]),

    // Staff.
    queued: (withCase: boolean): Reply[] => [
      text(withCase ? 'handoff.queuedWithCase' : 'handoff.queued'),
      { kind: 'queue' },
    ],
    ack: (): Reply => text('handoff.ack'),
    /** After an answer given while staff, who hold the conversation, are quiet: they see it too. */
    staffSees: (): Reply => text('handoff.staffSees'),
    /** "Is anyone there?" once staff hold the conversation: it reached them (in danger, 911 too), and the folio. */
    staffHasIt: (urgent: boolean): Reply[] => [
      text(urgent ? 'handoff.staffHasItUrgent' : 'handoff.staffHasIt'),
      { kind: 'folio' },
    ],
    /** "Am I still in line?": where they stand; sorry first when they say the wait is too long. */
    queueStatus: (sorry = false, call = false): Reply[] => [
      ...(sorry ? [text('handoff.sorry')] : []),
      { kind: 'queue', brief: true },
      ...(call ? [text('handoff.callBack')] : []),
      text('handoff.howToLeave'),
    ],
    alreadyQueued: (): Reply => text('handoff.alreadyQueued'),
    leaveQueue: (): Reply => yesNo('handoff.leaveAsk', 'buttons.yesLeave'),
    stayInQueue: (): Reply => text('handoff.stay'),
    /**
     * Thanks or a yes while in line: said once, then the acknowledgement (never the same line twice
     * in a row); the folio with it, which people leaving keep (writers of fresh sets expect it there).
     */
    thanksInQueue: (): Reply[] => [text('handoff.thanks'), { kind: 'folio', brief: true }],
    thanksAgain: (): Reply => text('handoff.thanksAgain'),
    joined: (): Reply => text('handoff.joined'),
    fromStaff: (words: string): Reply => text('handoff.fromStaff', undefined, { text: words }),
    closed: (): Reply[] => [text('handoff.closed'), yesNo('rating.prompt', 'rating.yes')],
    ratingThanks: (): Reply => text('rating.thanks'),

    // Language, erase.
    languages: (): Reply =>
      text('language.prompt', [
        button({ kind: 'lang', lang: 'es' }, 'language.es'),
        button({ kind: 'lang', lang: 'en' }, 'language.en'),
        button({ kind: 'lang', lang: 'ht' }, 'language.ht'),
      ]),
    languageChanged: (): Reply[] => [text('language.changed'), menu('main')],
    confirmErase: (): Reply => yesNo('erase.confirm', 'buttons.eraseYes'),
    erased: (): Reply => text('erase.done'),
    kept: (): Reply => text('erase.kept'),

    // Forms.
    /** A form's question; `told`: what the person already said of it, offered back to tap. */
    intakeQuestion(form: IntakeKind, step: number, told?: string): Reply {
      const field = INTAKE_FORMS[form].fields[step];
      const name = field?.name ?? 'end';
      const options = (field && 'options' in field ? field.options : []).map((o) =>
        button({ kind: 'option', value: o }, `intake.${form}.${name}.options.${o}`),
      );
      const said = told ? [{ ...button({ kind: 'told' }, 'intake.toldButton'), vars: { told } }] : [];
      return text(
        told ? `intake.${form}.${name}.prompt_told` : `intake.${form}.${name}.prompt`,
        [...said, ...options, button({ kind: 'skip' }, 'buttons.skip')],
        { step: step + 1, total: INTAKE_FORMS[form].fields.length, ...(told ? { told } : {}) },
      );
    },
    intakeIntro: (): Reply => text('intake.intro'),
    intakeThanks: (): Reply => text('intake.thanks'),
    /** The answers a correction changed, said back (a summary of just those fields). */
    corrected: (form: IntakeKind, fields: readonly string[], answers: Record<string, string>): Reply => ({
      kind: 'summary',
      form,
      answers: Object.fromEntries(fields.map((f) => [f, answers[f] ?? ''])),
      only: 'corrected',
    }),
    /** What the person told before the form, said back as the form starts with it. */
    toldBefore: (form: IntakeKind, answers: Record<string, string>): Reply => ({
      kind: 'summary',
      form,
      answers,
      only: 'noted',
    }),
    summary: (form: IntakeKind, answers: Record<string, string>): Reply[] => [
      { kind: 'summary', form, answers },
      text('intake.confirm', [
        button({ kind: 'yes' }, 'buttons.send'),
        button({ kind: 'cancel' }, 'buttons.cancel'),
      ]),
    ],
    whatToCorrect: (): Reply => text('intake.whatToCorrect', [button({ kind: 'cancel' }, 'buttons.cancel')]),
    intakeCancelled: (): Reply[] => [text('intake.cancelled'), menu('main')],
    textOnly: (): Reply => text('intake.textOnly'),

    // Emergencies: 911 first, the line for the danger described, then one question that helps staff.
    emergencyFirst(kind: string, placeTold: boolean): Reply[] {
      return [
        { kind: 'case', topic: 'emergency', name: 'first' },
        ...(catalog.emergencyCases.has(kind)
          ? [{ kind: 'case', topic: 'emergency', name: kind } as Reply]
          : []),
        // Told at once that staff know: what this chat can honestly promise.
        text('emergency.followUp.staffKnow'),
        // A place told with the danger is not asked again (a judge's mother had named Reynosa).
        text(placeTold ? 'emergency.whereMore' : 'emergency.where'),
      ];
    },
    /** What the person wrote, said back: where they are, or another detail for staff. */
    emergencyNoted: (said: string, place: boolean): Reply =>
      text(place ? 'emergency.placeNoted' : 'emergency.noted', undefined, { said }),
    /** What to tell 911: what is happening and all they know of where they are, the place told if any. */
    whatToSay: (place: string | undefined): Reply =>
      place ? text('emergency.whatToSay', undefined, { place }) : text('emergency.whatToSayNoPlace'),
    /** A phone number given while staff have the case ("escribe aquí el número y a qué hora"), said back. */
    phoneNoted: (phone: string): Reply => text('emergency.phoneNoted', undefined, { phone }),
    emergencyLine: (name: string): Reply =>
      name.startsWith('emergency.') ? text(name) : { kind: 'case', topic: 'emergency', name },
  };
}

export type Replies = ReturnType<typeof createReplies>;
