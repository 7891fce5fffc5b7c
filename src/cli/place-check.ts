/**
 * Whether an emergency's places reach staff (issue 30): runs conversation sets whose turns
 * mark where the person says they are (`"place": "…"`) through an engine, and counts the turns
 * after which the urgent ticket holds those words as the place, and the replies to them that
 * gave the office's address instead. Used by scripts/emergency-places.ts and the tests.
 */
import type { Conversations } from '../core/ports/conversations.ts';
import type { QueueStore } from '../core/ports/queue-store.ts';
import { conversationLineSchema, type RunnerDeps, runConversation } from './conversation-runner.ts';

export interface PlaceCheck {
  given: number;
  kept: number;
  addressed: number;
  /** "<id> turn <n>: …", ids and turn numbers only. */
  misses: string[];
}

const OFFICE_ADDRESS = /#144|Zona Centro/;

export async function checkPlaces(
  deps: Omit<RunnerDeps, 'afterTurn'> & {
    engine: Conversations & { sweep(): Promise<number> };
    store: QueueStore;
  },
  lines: readonly string[],
  prefix = 'places',
): Promise<PlaceCheck> {
  const check: PlaceCheck = { given: 0, kept: 0, addressed: 0, misses: [] };
  for (const [n, line] of lines.entries()) {
    const raw = JSON.parse(line) as { id: string; turns: Array<{ place?: string; text?: string }> };
    const ran = await runConversation(
      {
        ...deps,
        async afterTurn(index, id) {
          const turn = raw.turns[index];
          if (!turn?.place || !turn.text) return;
          check.given++;
          const ticket = await deps.store.getTicket(id);
          // The place as told, or the sentences of it that say where (a truck following told beside it stays out).
          const kept = ticket?.place?.text.trim();
          if (kept && turn.text.trim().includes(kept)) check.kept++;
          else check.misses.push(`${raw.id} turn ${index + 1}: not kept`);
        },
      },
      conversationLineSchema.parse(raw),
      `${prefix}-${n}`,
    );
    ran.forEach((turn, index) => {
      if (raw.turns[index]?.place && OFFICE_ADDRESS.test(turn.reply)) {
        check.addressed++;
        check.misses.push(`${raw.id} turn ${index + 1}: the office's address`);
      }
    });
  }
  return check;
}
