/**
 * Counters for the /metrics route, in Prometheus' text format: messages in and out per
 * channel, handoffs waiting, first-response time, and staff logins by outcome (many
 * "throttled" ones: someone is guessing passwords; the audit log says which accounts). Plain numbers in memory; each
 * instance reports its own (Prometheus adds them up).
 */
export function createMetrics() {
  const messagesIn = new Map<string, number>();
  const messagesOut = new Map<string, number>();
  const firstResponse = { count: 0, sumSeconds: 0 };
  const ratings = { yes: 0, no: 0 };
  /** What a channel's platform reported as an error, or sent in a shape not understood, by channel and code. */
  const channelErrors = new Map<string, number>();
  /** Staff login attempts, by outcome (signed-in, wrong, throttled). */
  const logins = new Map<string, number>();
  const add = (map: Map<string, number>, channel: string, n: number) =>
    map.set(channel, (map.get(channel) ?? 0) + n);
  const label = (value: string) => value.replace(/[^a-z0-9_-]/gi, '_');

  return {
    messageIn: (channel: string) => void add(messagesIn, channel, 1),
    messagesOut: (channel: string, n: number) => void (n > 0 && add(messagesOut, channel, n)),
    /** An error a platform reported in a webhook (Meta's code), or an update of an unknown shape ("unknown"). */
    channelError: (channel: string, code: string) => void add(channelErrors, `${channel}\u0000${code}`, 1),
    /** A staff login attempt's outcome: signed in, a wrong password checked, or refused unchecked. */
    login: (outcome: 'signed-in' | 'wrong' | 'throttled') => void add(logins, outcome, 1),
    /** The one-question check after staff closed a conversation. */
    rating: (helped: boolean) => void (helped ? ratings.yes++ : ratings.no++),
    /** Time from joining the staff queue to the first staff reply. */
    firstResponse(ms: number) {
      firstResponse.count += 1;
      firstResponse.sumSeconds += ms / 1000;
    },
    render(handoffsWaiting: number, urgentWaiting: number): string {
      const lines = [
        '# HELP enlace_messages_in_total Messages received, per channel.',
        '# TYPE enlace_messages_in_total counter',
        ...[...messagesIn].map(([c, n]) => `enlace_messages_in_total{channel="${label(c)}"} ${n}`),
        '# HELP enlace_messages_out_total Messages sent, per channel.',
        '# TYPE enlace_messages_out_total counter',
        ...[...messagesOut].map(([c, n]) => `enlace_messages_out_total{channel="${label(c)}"} ${n}`),
        '# HELP enlace_handoffs_waiting Conversations waiting for staff.',
        '# TYPE enlace_handoffs_waiting gauge',
        `enlace_handoffs_waiting ${handoffsWaiting}`,
        `enlace_handoffs_waiting{urgent="true"} ${urgentWaiting}`,
        '# HELP enlace_first_response_seconds Time from joining the queue to the first staff reply.',
        '# TYPE enlace_first_response_seconds summary',
        `enlace_first_response_seconds_sum ${firstResponse.sumSeconds}`,
        `enlace_first_response_seconds_count ${firstResponse.count}`,
        '# HELP enlace_channel_errors_total Errors a platform reported in its webhooks, and updates of an unknown shape.',
        '# TYPE enlace_channel_errors_total counter',
        ...[...channelErrors].map(([key, n]) => {
          const [channel = '', code = ''] = key.split('\u0000');
          return `enlace_channel_errors_total{channel="${label(channel)}",code="${label(code)}"} ${n}`;
        }),
        '# HELP enlace_ratings_total Answers to "did we help?" after staff closed a conversation.',
        '# TYPE enlace_ratings_total counter',
        `enlace_ratings_total{helped="yes"} ${ratings.yes}`,
        `enlace_ratings_total{helped="no"} ${ratings.no}`,
        '# HELP enlace_staff_logins_total Staff login attempts: signed-in, wrong (password checked), throttled (refused unchecked).',
        '# TYPE enlace_staff_logins_total counter',
        ...[...logins].map(([outcome, n]) => `enlace_staff_logins_total{outcome="${label(outcome)}"} ${n}`),
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
