/**
 * What the conversation does with a family's form, as pure functions the machine's actions
 * call (setup.ts): the form started with what was told, an answer recorded (and any later field given with it), a correction at the
 * summary or in the middle, said back, a question in the middle answered before the form goes
 * on, and the case sent to staff (confirmed at the summary, or by a yes to what was said back
 * in the middle). Replies and effects leave as data (emit.ts).
 */
import type { Meaning } from '../../src/core/types.ts';
import type { FlowEvent, TopicCatalog } from '../flow.ts';
import { fieldsOf, formOfferedBy, INTAKE_FORMS, isIntakeKind } from '../intake-forms.ts';
import type { ConversationContext } from './context.ts';
import { type Enqueue, effect, say } from './emit.ts';
import { applyAnswer, applyCorrection, toldFor } from './intake.ts';
import { textOf } from './relay.ts';
import type { Replies } from './replies.ts';
import type { Talk } from './talk.ts';
import { decideWaiting } from './waiting.ts';

const meaningOf = (event: FlowEvent): Meaning | null => (event.type === 'user.text' ? event.meaning : null);

/** What a message in the middle of a form does when it is about another topic than the form's. */
const ASIDE_ACTS = new Set<string | undefined>(['topic', 'followUp', 'otherQuestion']);

export function createFormActions(r: Replies, catalog: TopicCatalog) {
  return {
    /** The form starts: chosen, accepted, or offered by the topic; what was told fills its questions. */
    startIntake(context: ConversationContext, event: FlowEvent, talk: Talk | null, enqueue: Enqueue) {
      const form =
        event.type === 'user.choice' && event.choice.kind === 'intake'
          ? event.choice.form
          : talk?.do === 'startIntake'
            ? talk.form
            : context.topic
              ? (formOfferedBy(context.topic) ?? null)
              : null;
      if (!form || !isIntakeKind(form)) return;
      // What the person already told fills its questions, said back; the form asks the first one left.
      const answers = talk?.do === 'startIntake' ? (talk.told ?? {}) : {};
      const step = Math.max(
        0,
        fieldsOf(form).findIndex((f) => answers[f] === undefined),
      );
      enqueue.assign({
        intake: { form, step, answers },
        offer: null,
        topic: INTAKE_FORMS[form].offeredBy,
        lastReply: 'intake',
      });
      const told = Object.keys(answers).length ? [r.toldBefore(form, answers)] : [];
      say(enqueue, [r.intakeIntro(), ...told, r.intakeQuestion(form, step, toldFor(context, form, step))]);
    },
    recordAnswer(context: ConversationContext, event: FlowEvent, enqueue: Enqueue) {
      if (!context.intake) return;
      const intake = applyAnswer(
        context.intake,
        event,
        toldFor(context, context.intake.form, context.intake.step),
      );
      // Answered: a topic answered in between is behind (view.ts's aside).
      enqueue.assign({ intake, lastReply: 'intake' });
      // An earlier answer corrected in the same message is said back before the next question.
      const fixed = (meaningOf(event)?.corrections ?? []).map((c) => c.field);
      const corrected = fixed.length ? [r.corrected(intake.form, fixed, intake.answers)] : [];
      say(enqueue, [
        ...corrected,
        ...(intake.step >= INTAKE_FORMS[intake.form].fields.length
          ? r.summary(intake.form, intake.answers)
          : [r.intakeQuestion(intake.form, intake.step, toldFor(context, intake.form, intake.step))]),
      ]);
    },
    /** At the summary: the fields named change, and the summary is shown once more. */
    correct(context: ConversationContext, event: FlowEvent, enqueue: Enqueue) {
      const m = meaningOf(event);
      if (!context.intake || !m) return;
      const intake = applyCorrection(context.intake, m, textOf(event));
      enqueue.assign({ intake });
      say(enqueue, r.summary(intake.form, intake.answers));
    },
    /** An earlier answer taken back in the middle of the form: changed, said back, and the question asked again. */
    correctInForm(context: ConversationContext, event: FlowEvent, enqueue: Enqueue) {
      if (!context.intake) return;
      const m = meaningOf(event);
      const intake = applyCorrection(context.intake, m, '');
      enqueue.assign({ intake });
      const changed = (m?.corrections ?? []).map((c) => c.field);
      const done = intake.step >= INTAKE_FORMS[intake.form].fields.length;
      say(enqueue, [
        r.corrected(intake.form, changed, intake.answers),
        ...(done
          ? r.summary(intake.form, intake.answers)
          : [r.intakeQuestion(intake.form, intake.step, toldFor(context, intake.form, intake.step))]),
      ]);
    },
    /** A question in the middle of the form: its short answer (or what comes next), then the question again. */
    answerInForm(context: ConversationContext, event: FlowEvent, enqueue: Enqueue) {
      if (!context.intake) return;
      const m = meaningOf(event);
      // A topic answered in between and asked about again ("eske sa gratis" after psychological support): its own.
      const other = Boolean(
        m?.topic && m.topic !== 'none' && m.topic !== context.topic && ASIDE_ACTS.has(m.act),
      );
      const about = other && m?.topic && m.act !== 'topic' ? { ...context, topic: m.topic } : context;
      const waiting = decideWaiting(about, m, event.at, r, catalog, textOf(event));
      // Not in line yet: the form's summary, once confirmed, is what reaches staff.
      const answer =
        m?.act === 'language'
          ? [r.languageNow()]
          : waiting.do === 'answer'
            ? waiting.replies.slice(0, 1)
            : m && context.topic
              ? [{ kind: 'excerpt' as const, topic: context.topic, question: textOf(event) }]
              : [];
      // Another topic answered in between: what is asked next may be about it (view.ts's aside).
      enqueue.assign({ lastReply: other && waiting.do === 'answer' ? `aside:${m?.topic}` : 'intake' });
      const { form, step, answers } = context.intake;
      // At the summary (every field answered), the summary again to confirm.
      const atSummary = step >= INTAKE_FORMS[form].fields.length;
      say(enqueue, [
        ...answer,
        ...(atSummary
          ? r.summary(form, answers)
          : [r.intakeQuestion(form, step, toldFor(context, form, step))]),
      ]);
    },
    /** A bare yes to a question nothing was said back for, or thanks: the question again, nothing recorded. */
    askAgain(context: ConversationContext, enqueue: Enqueue, event?: FlowEvent) {
      if (!context.intake) return;
      say(enqueue, [
        // "ok thanks" at a question: a word back first, so the question asked again is no bare repeat.
        ...(event && meaningOf(event)?.act === 'thanks' ? [r.intakeThanks()] : []),
        r.intakeQuestion(
          context.intake.form,
          context.intake.step,
          toldFor(context, context.intake.form, context.intake.step),
        ),
      ]);
    },
    /** The summary confirmed, or staff asked for in the middle: the case goes to staff with its answers. */
    sendCase(context: ConversationContext, enqueue: Enqueue) {
      if (!context.intake) return;
      const { form, answers } = context.intake;
      enqueue.assign({ intake: null, offer: null, lastReply: 'queued' });
      say(enqueue, r.queued(true));
      effect(enqueue, {
        type: 'ticket.open',
        reason: 'intake',
        urgent: false,
        topic: INTAKE_FORMS[form].offeredBy,
        case: { form, answers },
      });
    },
  };
}
