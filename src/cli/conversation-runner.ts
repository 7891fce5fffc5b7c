/**
 * Runs one whole conversation of the `converse` contract through an engine on a simulated
 * clock: person turns through `handle`, staff turns through the engine's own staff actions,
 * the deadline sweep between turns as the server would run it. Shared by `npm run converse`
 * and the tests that score the project's own conversation sets.
 */
import { z } from 'zod';
import { conversationId } from '../core/address.ts';
import type { Conversations, TurnReport } from '../core/ports/conversations.ts';
import type { Lang, Meaning } from '../core/types.ts';

const wait = z
  .number()
  .nonnegative()
  .max(365 * 86_400)
  .optional();
export const conversationLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  channel: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,19}$/)
    .default('web'),
  turns: z
    .array(
      z.union([
        z.looseObject({
          staff: z.enum(['take', 'reply', 'close']),
          text: z.string().max(4000).optional(),
          wait,
        }),
        z.looseObject({ text: z.string().max(4096), wait }),
      ]),
    )
    .max(500),
});
export type ConversationLine = z.infer<typeof conversationLineSchema>;

export type RanTurn = TurnReport & { lang: Lang; reply: string; meaning?: Meaning | null };

export interface RunnerDeps {
  engine: Conversations & { sweep(): Promise<number> };
  clock: { time: number };
  /** The reply as the person would read it (buttons written out). */
  written(outbound: Awaited<ReturnType<Conversations['handle']>>['outbound']): string;
  /** Called after each turn with its index and the conversation's id (a measurement reads the store then). */
  afterTurn?(index: number, conversationId: string): Promise<void>;
  /** Add what understanding made of each message to its turn (for reading a failure, not for scoring). */
  withMeaning?: boolean;
}

/** 90 seconds pass before each turn, plus its own "wait". */
export async function runConversation(
  deps: RunnerDeps,
  input: ConversationLine,
  chatId: string,
): Promise<RanTurn[]> {
  const address = { channel: input.channel, chatId };
  const id = conversationId(address);
  const turns: RanTurn[] = [];
  let m = 0;
  for (const turn of input.turns) {
    deps.clock.time += 90_000 + (turn.wait ?? 0) * 1000;
    await deps.engine.sweep();
    const result =
      'staff' in turn
        ? turn.staff === 'take'
          ? await deps.engine.staff.take(id, 'staff')
          : turn.staff === 'reply'
            ? await deps.engine.staff.reply(id, 'staff', turn.text ?? '')
            : await deps.engine.staff.close(id, 'staff')
        : await deps.engine.handle({ id: `m${++m}`, ...address, content: { type: 'text', text: turn.text } });
    const ran: RanTurn = { lang: result.lang, ...result.report, reply: deps.written(result.outbound) };
    turns.push(deps.withMeaning ? { ...ran, meaning: result.meaning } : ran);
    await deps.afterTurn?.(turns.length - 1, id);
  }
  return turns;
}
