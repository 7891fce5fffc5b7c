/**
 * "Is this a real person?" asks who answers: the assistant says what it is and queues no one,
 * while "can I talk to a real person" still asks for one. "Pass us to someone" in the middle of
 * a conversation queues as "pass me to someone" does, and "pásame con el abogado" asks for staff
 * too. A trip told as "last time at the border an officer asked me for money" is past, not an
 * extortion now. Through the real engine, with wording written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testAssistant, texts } from '../support/assistant.ts';

describe('who answers, and a person asked for', () => {
  it('"is this a real person?" gets who the assistant is, and nobody is queued', async () => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say('hi who am i talking to?? is this a real person');
    expect(turn.report.topic).toBe('office_info');
    expect(turn.report.queued).toBe(false);
    expect(texts(turn)).toMatch(/Enlace/);
  });

  it('"can I talk to a real person" still queues', async () => {
    const a = await testAssistant({ channel: 'web' });
    const turn = await a.say('can i talk to a real person please');
    expect(turn.report.queued).toBe(true);
  });

  it('"pass us to someone" in the middle of the details for staff queues', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('my aunt died in houston last week, we want to bring her body home to durango');
    await a.say('yes, the details');
    const turn = await a.say('actually please pass us to someone');
    expect(turn.report.queued).toBe(true);
  });

  it('"pásame con el abogado" queues', async () => {
    const a = await testAssistant({ channel: 'whatsapp' });
    await a.say('mi ex se quiere quedar con mi casa en durango y yo estoy en colorado, me pueden asesorar?');
    const turn = await a.say('pasame con el abogado porfa');
    expect(turn.report.queued).toBe(true);
  });

  it('an officer asking for money "last time" on a trip is no emergency now', async () => {
    const a = await testAssistant({ channel: 'web' });
    await a.say('we are driving to zacatecas for new year from dallas, what do i need for the truck?');
    const turn = await a.say('last time in reynosa a customs guy asked us for money to let us through');
    expect(turn.report.emergency).toBe(false);
  });
});
