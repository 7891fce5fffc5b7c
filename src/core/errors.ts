/**
 * Errors the engine and its ports raise on purpose. Each has a code and a message that
 * says what to do next; anything else that is thrown is a bug.
 */
export class AssistantError extends Error {
  override name = 'AssistantError';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export class InvalidInboundError extends AssistantError {
  override name = 'InvalidInboundError';
  constructor(details: string) {
    super(
      'INVALID_INBOUND',
      `A channel sent a message the engine cannot read (${details}). Fix the channel adapter's mapping.`,
    );
  }
}

export class StoreConflictError extends AssistantError {
  override name = 'StoreConflictError';
  constructor(conversationId: string) {
    super(
      'STORE_CONFLICT',
      `Conversation ${conversationId} was written by someone else first; handle the message again.`,
    );
  }
}

/** The store cannot be reached (Redis down): nothing was done; the channel should send the message again. */
export class StoreUnavailableError extends AssistantError {
  override name = 'StoreUnavailableError';
  constructor(cause: string) {
    super(
      'STORE_UNAVAILABLE',
      `The store is unreachable (${cause}); the message was not handled. Send it again shortly.`,
    );
  }
}

/** A staff action named a conversation that does not exist (or an id that is not one). */
export class UnknownConversationError extends AssistantError {
  override name = 'UnknownConversationError';
  constructor(conversationId: string) {
    super(
      'UNKNOWN_CONVERSATION',
      `There is no conversation ${JSON.stringify(conversationId.slice(0, 80))}; reload the inbox and pick one from the list.`,
    );
  }
}

/** Staff set a status on a conversation that has no case (it never reached the staff queue). */
export class NoCaseError extends AssistantError {
  override name = 'NoCaseError';
  constructor(conversationId: string) {
    super(
      'NO_CASE',
      `The conversation ${JSON.stringify(conversationId.slice(0, 80))} has no case to set a status on: a case (and its folio) starts when the person is queued for staff.`,
    );
  }
}

/** A button value that no flow gives (a web client sending made-up choices). */
export class UnknownChoiceError extends AssistantError {
  override name = 'UnknownChoiceError';
  constructor(value: string) {
    super(
      'UNKNOWN_CHOICE',
      `"${value.slice(0, 64)}" is not one of the assistant's options; send one of the values it gave, or text.`,
    );
  }
}

/** A channel refused a message outright (WhatsApp's 24-hour window, an unknown number): it never went. */
export class DeliveryRefusedError extends AssistantError {
  override name = 'DeliveryRefusedError';
  /** The channel's own code, for the log and for staff. */
  readonly channelCode: number;
  constructor(channel: string, channelCode: number, reason: string) {
    super(
      'DELIVERY_REFUSED',
      `${channel} refused the message (${channelCode}: ${reason.slice(0, 200)}); nothing was sent. Read the reason, then try another way of reaching the person.`,
    );
    this.channelCode = channelCode;
  }
}

/** A filed example the knowledge would not take (a topic that is not a folder, an empty text). */
export class ExampleRefusedError extends AssistantError {
  override name = 'ExampleRefusedError';
  /** What is wrong, for staff. */
  readonly problem: string;
  constructor(problem: string) {
    super('EXAMPLE_REFUSED', `The example was not filed: ${problem} Pick another topic and try again.`);
    this.problem = problem;
  }
}
