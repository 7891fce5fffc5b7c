/**
 * The conversation flow's states: the first message, talking (answers, follow-ups, offers),
 * the language menu, erasing, a family's form, waiting for staff and talking with them, and
 * the questions after staff closed (after-close.ts). Global commands work from any state. Pure: the
 * engine understands each message first and carries out the effects this machine emits;
 * no `after:` timers (the engine sends timer.idle).
 */
import { and, not } from 'xstate';
import type { TopicCatalog } from '../flow.ts';
import { afterClose } from './after-close.ts';
import { initialContext } from './context.ts';
import { createConversationSetup } from './setup.ts';
import { emergencyStart, erase, say, talkingWith, withdraw } from './talking.ts';

export const CONVERSATION_FLOW_VERSION = 2;

export function createConversationMachine(catalog: TopicCatalog) {
  const setup = createConversationSetup(catalog);

  const talking = talkingWith(false);

  const machine = setup.createMachine({
    id: 'conversation',
    context: () => initialContext(),
    initial: 'fresh',
    on: {
      'cmd.menu': {
        target: '.talking',
        actions: ['touchAndAdopt', 'clearIntake', 'clearOffer', say((r) => [r.menu('main')])],
      },
      'cmd.restart': {
        target: '.talking',
        actions: ['reset', 'touchAndAdopt', 'markWelcomed', say((r) => [r.welcome(), r.menu('main')])],
      },
      'cmd.language': {
        target: '.choosingLanguage',
        actions: ['touchAndAdopt', 'markWelcomed', 'clearOffer', say((r) => [r.languages()])],
      },
      'cmd.human': { target: '.handoff.queued', actions: ['touchAndAdopt', 'welcome', 'queueForStaff'] },
      'cmd.erase': {
        target: '.confirmingErase',
        actions: ['touchAndAdopt', 'clearOffer', say((r) => [r.confirmErase()])],
      },
      'timer.idle': { target: '.talking', actions: 'reset' },
      'staff.take': { target: '.handoff.withStaff', actions: ['staffTook', say((r) => [r.joined()])] },
      'staff.reply': {
        target: '.handoff.withStaff',
        actions: ['staffTook', { type: 'say', params: { replies: (r) => [r.joined()] } }, 'staffSays'],
      },
      // The close counts as the conversation's latest activity: "did we help?" waits for an
      // answer from then, not from the person's last message hours before (the demo found it).
      'staff.close': {
        target: '.rating',
        actions: ['staffClosed', 'touch', 'rememberCase', say((r) => r.closed())],
      },
      'staff.status': { actions: 'tellStatus' },
      'timer.followUp': { target: '.followUpAsked', actions: ['touch', 'askFollowUp'] },
      'user.unknownChoice': { actions: ['touch', say((r) => [r.unknownChoice()])] },
    },
    states: {
      /** Nobody has written yet: the first reply starts with the welcome, unless it is an emergency. */
      fresh: { on: talkingWith(true) },
      talking: { on: talking },
      choosingLanguage: { on: talking },
      confirmingErase: {
        on: {
          'user.text': [
            emergencyStart,
            { guard: 'saysYes', target: 'fresh', actions: erase },
            { guard: 'saysNo', target: 'talking', actions: ['touch', say((r) => [r.kept()])] },
            ...talking['user.text'],
          ],
          'user.choice': [
            { guard: 'saysYes', target: 'fresh', actions: erase },
            { guard: 'saysNo', target: 'talking', actions: ['touch', say((r) => [r.kept()])] },
            ...talking['user.choice'],
          ],
          'user.media': talking['user.media'],
          'cmd.erase': { target: 'fresh', actions: erase },
        },
      },
      /** A family's case for staff; every question can be skipped. */
      intake: {
        initial: 'asking',
        states: {
          asking: {
            on: {
              'user.text': [
                emergencyStart,
                { guard: 'correctsInForm', actions: ['touch', 'relay', 'correctInForm'] },
                // A person asked for, or the wait: what the form has so far goes to staff now.
                {
                  guard: 'wantsStaffNow',
                  target: '#conversation.handoff.queued',
                  actions: ['touch', 'relay', 'sendCase'],
                },
                // "Sí, así está bien" after the answers were said back confirms them: sent as they are.
                {
                  guard: and(['saysYes', 'hasFormAnswers']),
                  target: '#conversation.handoff.queued',
                  actions: ['touch', 'relay', 'sendCase'],
                },
                { guard: 'saysYes', actions: ['touch', 'relay', 'askAgain'] },
                // "tengo 63" while a name is asked: no answer to record; the question again.
                {
                  guard: { type: 'actIs', params: { act: 'context' } },
                  actions: ['touch', 'relay', 'askAgain'],
                },
                // "ok thanks" at a question: a word back, and the question again (no field's answer).
                {
                  guard: { type: 'actIs', params: { act: 'thanks' } },
                  actions: ['touch', 'relay', 'askAgain'],
                },
                { guard: 'asksInForm', actions: ['touchAndAdopt', 'relay', 'answerInForm'] },
                { guard: 'isLastField', target: 'confirming', actions: ['touch', 'relay', 'recordAnswer'] },
                { actions: ['touch', 'relay', 'recordAnswer'] },
              ],
              'user.choice': [
                {
                  guard: { type: 'chose', params: { kind: 'cancel' } },
                  target: '#conversation.talking',
                  actions: ['touch', 'clearIntake', say((r) => r.intakeCancelled())],
                },
                { guard: 'isLastField', target: 'confirming', actions: ['touch', 'recordAnswer'] },
                { actions: ['touch', 'recordAnswer'] },
              ],
              'user.media': { actions: ['touch', say((r) => [r.textOnly()])] },
            },
          },
          /** One summary, confirmed once; free text corrects a field. */
          confirming: {
            on: {
              'user.text': [
                emergencyStart,
                { guard: 'saysYes', target: '#conversation.handoff.queued', actions: ['touch', 'sendCase'] },
                {
                  guard: 'wantsStaffNow',
                  target: '#conversation.handoff.queued',
                  actions: ['touch', 'sendCase'],
                },
                { guard: 'saysNo', actions: ['touch', say((r) => [r.whatToCorrect()])] },
                // Another topic asked aside ("otra cosa… ¿tienen psicólogo?"): its answer, then the summary again.
                { guard: 'asksInForm', actions: ['touchAndAdopt', 'answerInForm'] },
                { actions: ['touch', 'correct'] },
              ],
              'user.choice': [
                { guard: 'saysYes', target: '#conversation.handoff.queued', actions: ['touch', 'sendCase'] },
                {
                  guard: { type: 'chose', params: { kind: 'cancel' } },
                  target: '#conversation.talking',
                  actions: ['touch', 'clearIntake', say((r) => r.intakeCancelled())],
                },
                { actions: ['touch', say((r) => [r.whatToCorrect()])] },
              ],
              'user.media': { actions: ['touch', say((r) => [r.textOnly()])] },
            },
          },
        },
      },
      /** Staff have the conversation: every message reaches them; the assistant answers briefly. */
      handoff: {
        initial: 'queued',
        on: {
          'user.media': { actions: ['touch', 'relay'] },
          'cmd.human': { actions: ['touch', say((r) => [r.alreadyQueued()])] },
          'cmd.menu': { target: '.leaving', actions: ['touch', say((r) => [r.leaveQueue()])] },
          'cmd.restart': {
            target: 'talking',
            actions: [withdraw, 'reset', 'touch', say((r) => [r.welcome(), r.menu('main')])],
          },
          'timer.idle': {},
        },
        states: {
          queued: {
            on: {
              'user.media': { actions: ['touch', 'relay', 'whileWaiting'] },
              'user.text': [
                {
                  guard: and(['isEmergency', 'inEmergency']),
                  actions: ['touchAndAdopt', 'relay', 'emergencyFollowUp'],
                },
                { guard: 'isEmergency', actions: ['touch', 'startEmergency', 'relay'] },
                // "I am not in danger": the emergency's lines stop; staff keep the urgent case.
                {
                  guard: and(['inEmergency', { type: 'actIs', params: { act: 'safe' as const } }]),
                  actions: ['touchAndAdopt', 'relay', 'calmEmergency'],
                },
                { guard: 'inEmergency', actions: ['touchAndAdopt', 'relay', 'emergencyFollowUp'] },
                // "¿Qué pasó con mi caso?" while in line: the case is this wait, and its place says how it goes.
                { guard: 'asksOwnCase', actions: ['touchAndAdopt', 'relay', say((r) => r.queueStatus())] },
                { guard: 'looksUpCase', actions: ['touchAndAdopt', 'relay', 'caseLookup'] },
                { actions: ['touchAndAdopt', 'relay', 'whileWaiting'] },
              ],
              'user.choice': { actions: ['touch', say((r) => [r.ack()])] },
            },
          },
          /** MENU while waiting: leave the queue? */
          leaving: {
            on: {
              'user.text': [
                { guard: 'isEmergency', target: 'queued', actions: ['touch', 'startEmergency', 'relay'] },
                {
                  guard: 'saysYes',
                  target: '#conversation.talking',
                  actions: ['touch', withdraw, say((r) => [r.menu('main')])],
                },
                { guard: 'saysNo', target: 'queued', actions: ['touch', say((r) => [r.stayInQueue()])] },
                { target: 'queued', actions: ['touch', 'relay', 'whileWaiting'] },
              ],
              'user.choice': [
                {
                  guard: 'saysYes',
                  target: '#conversation.talking',
                  actions: ['touch', withdraw, say((r) => [r.menu('main')])],
                },
                { target: 'queued', actions: ['touch', say((r) => [r.stayInQueue()])] },
              ],
              'cmd.menu': {
                target: '#conversation.talking',
                actions: ['touch', withdraw, say((r) => [r.menu('main')])],
              },
              'user.media': { target: 'queued', actions: ['touch', 'relay', 'whileWaiting'] },
            },
          },
          withStaff: {
            on: {
              'user.text': [
                // An emergency under way: every message still gets the line that fits it (staff see both);
                // thanks and "who is coming?" hear, at most every five minutes, that the staff member has it.
                {
                  guard: and(['inEmergency', { type: 'actIs', params: { act: 'safe' as const } }]),
                  actions: ['touchAndAdopt', 'relay', 'calmEmergency'],
                },
                // An answer to the staff member's question ("sí tengo foto, ahorita se la mando") is theirs.
                {
                  guard: and(['inEmergency', 'answersStaff', not('isEmergency')]),
                  actions: ['touch', 'relay'],
                },
                {
                  guard: and(['inEmergency', 'staffHasItDue']),
                  actions: ['touchAndAdopt', 'relay', 'whileWithStaff'],
                },
                { guard: 'inEmergency', actions: ['touchAndAdopt', 'relay', 'emergencyFollowUp'] },
                // An urgent case after the danger ended: thanks or "help is coming, thanks Rosa" are staff's.
                { guard: and(['isEmergency', 'calmsUrgent']), actions: ['touch', 'relay'] },
                { guard: 'isEmergency', actions: ['touch', 'startEmergency', 'relay'] },
                { guard: 'looksUpCase', actions: ['touchAndAdopt', 'relay', 'caseLookup'] },
                { actions: ['touchAndAdopt', 'relay', 'whileWithStaff'] },
              ],
              'user.choice': { actions: ['touch'] },
              'staff.take': { actions: 'staffTook' },
              'staff.reply': { actions: ['staffTook', 'staffSays'] },
            },
          },
        },
      },
      ...afterClose(),
    },
  });
  return machine;
}

export type ConversationMachine = ReturnType<typeof createConversationMachine>;
