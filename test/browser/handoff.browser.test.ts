/**
 * A handoff in two real browsers (Debian's Chromium via playwright-core): a person in the web
 * chat asks for staff; an agent signed in to /staff sees the conversation appear live, opens
 * it, replies; the person sees the reply; the agent closes it and the person is back with the
 * assistant. Screenshots of both go to docs/.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser.ts';
import { shoot } from '../support/screenshots.ts';
import { STAFF_PASSWORD } from '../support/server.ts';

const session = browserSession();

describe('handoff between the web chat and the staff inbox', () => {
  it('reaches an agent live, carries the reply, and returns the person to the bot', {
    timeout: 90_000,
  }, async () => {
    const agent = await (
      await session.browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'es-MX' })
    ).newPage();
    await agent.goto(`${session.base}/staff`);
    await agent.getByLabel('Usuario').fill('ana');
    await agent.getByLabel('Contraseña').fill(STAFF_PASSWORD);
    await agent.getByRole('button', { name: 'Entrar' }).click();
    await expect.poll(() => agent.locator('ul.list').textContent()).toContain('No hay conversaciones');

    const person = await (
      await session.browser.newContext({ viewport: { width: 390, height: 760 }, locale: 'es-MX' })
    ).newPage();
    await person.goto(`${session.base}/?lang=es`);
    await expect.poll(() => person.locator('.msg.bot').count()).toBeGreaterThanOrEqual(2);
    await person.getByRole('textbox').fill('quiero hablar con una persona, mi hijo está detenido');
    await person.getByRole('button', { name: 'Enviar' }).click();
    await expect
      .poll(() => person.locator('.msg.bot').last().textContent())
      .toMatch(/personal de la oficina/);

    // The agent's list refreshes by itself (Server-Sent Events).
    await expect.poll(() => agent.locator('ul.list a').count(), { timeout: 10_000 }).toBe(1);
    await shoot(agent, 'staff-inbox.png');
    await agent.locator('ul.list a').first().click();
    await agent.getByRole('button', { name: 'Tomar' }).click();
    await expect
      .poll(() => person.locator('.msg.bot').last().textContent(), { timeout: 15_000 })
      .toMatch(/ya está contigo/);
    await agent
      .getByRole('textbox', { name: /^Responder/ })
      .fill('Hola, soy Ana del Instituto. ¿Cómo se llama su hijo?');
    await agent.getByRole('button', { name: 'Responder' }).click();
    await expect.poll(() => agent.locator('ol.transcript li.staff').count()).toBe(1);

    await expect
      .poll(() => person.locator('.msg.staff').last().textContent(), { timeout: 15_000 })
      .toContain('Hola, soy Ana del Instituto');
    await agent.getByRole('button', { name: /Cerrar/ }).click();
    // The case is only received, not resolved: closing the chat is confirmed, the case kept open.
    await agent.getByRole('button', { name: /el caso sigue abierto/ }).click();
    await expect
      .poll(() => person.locator('.msg.bot').last().textContent(), { timeout: 15_000 })
      .toMatch(/¿Te ayudamos/);
    expect(await person.locator('.msg.bot').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Terminó la conversación/)]),
    );
    await person.getByRole('button', { name: 'Sí' }).click();
    await expect.poll(() => person.locator('.msg.bot').last().textContent()).toMatch(/Gracias por decirnos/);
    await shoot(person, 'web-chat-handoff.png');
  });
});
