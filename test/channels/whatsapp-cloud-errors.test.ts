/**
 * Errors are seen: Meta's `errors` in a webhook (about the number, or about one message) and
 * statuses of a shape nobody expected are logged without any text a person wrote, and counted
 * for /metrics; the messages beside them are still kept.
 */
import { describe, expect, it } from 'vitest';
import type { CloudBatch } from '../../src/channels/whatsapp-cloud/inbound.ts';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import { whatsappCloudWebhook } from '../../src/channels/whatsapp-cloud/webhook.ts';
import { createMetrics } from '../../src/engine/metrics.ts';
import { cloudValuePayload } from '../../src/testing/whatsapp-cloud-payload.ts';

const SECRET = '0123456789abcdef0123456789abcdef';

const payload = (value: Record<string, unknown>) => cloudValuePayload('106540352242922', value);

describe('whatsapp cloud webhook: errors are seen', () => {
  it('logs and counts Meta errors and unknown statuses, and keeps the message beside them', async () => {
    const lines: Array<{ message: string; fields?: unknown }> = [];
    const log = (message: string, fields?: unknown) => void lines.push({ message, fields });
    const metrics = createMetrics();
    const kept: CloudBatch[] = [];
    const app = whatsappCloudWebhook({
      verifyToken: 'verify-token-for-enlace-tests',
      appSecret: SECRET,
      logger: { info: log, warn: log, error: log },
      keep: async (batch) => void kept.push(batch),
      countError: (code) => metrics.channelError('whatsapp-cloud', code),
    });
    // Shapes of Meta's reference: value.errors (e.g. 131051 unsupported message type) and a status nobody expected.
    const body = payload({
      errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown' }],
      messages: [
        {
          from: '5215512345678',
          id: 'wamid.errors1',
          timestamp: '1767225600',
          type: 'text',
          text: { body: 'mi secreto personal' },
        },
      ],
      statuses: [
        { id: 'wamid.x', status: 'warning', timestamp: '1767225600', recipient_id: '5215512345678' },
      ],
    });
    const response = await app.request('/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': await signBody(SECRET, body) },
    });
    expect(response.status).toBe(200);
    expect(kept[0]?.messages.map((m) => m.kind)).toEqual(['inbound']);
    const reported = lines.find((l) => l.message.includes('Meta reported an error'));
    expect(reported?.fields).toMatchObject({ code: 131051 });
    expect(JSON.stringify(lines)).not.toContain('mi secreto personal');
    const rendered = metrics.render(0, 0);
    expect(rendered).toContain('enlace_channel_errors_total{channel="whatsapp-cloud",code="131051"} 1');
    expect(rendered).toContain('enlace_channel_errors_total{channel="whatsapp-cloud",code="unknown"} 1');
  });
});
