/**
 * `npm start` as a person would run it: the real process (src/runtime/node.ts), configured
 * only by environment variables, polling a Bot API emulator on localhost; and refusing bad
 * settings with a message that names the variable.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServer } from '../support/runtime.ts';

const TOKEN = '123456789:START-token-for-enlace-tests';

describe('npm start', () => {
  let child: ChildProcess | undefined;
  let server: TelegramServer | undefined;
  afterAll(async () => {
    child?.kill('SIGTERM');
    await server?.stop();
  });

  it('runs the Telegram bot in polling mode when TELEGRAM_BOT_TOKEN is set', {
    timeout: 90_000,
  }, async () => {
    server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60_000 });
    await server.start();
    // Running once it says so (the bot starts polling before that).
    const started = await startServer({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });
    child = started.process;
    const output = started.output;
    const client = server.getClient(TOKEN, { userId: 77, chatId: 77, firstName: 'Ana', type: 'private' });
    await client.sendCommand(client.makeCommand('/start'));
    let texts: string[] = [];
    const until = Date.now() + 30_000;
    while (texts.length < 2 && Date.now() < until) {
      const result = await client.getUpdates().then(
        (r) => r.result,
        () => [],
      );
      texts = [...texts, ...result.map((u) => String((u.message as { text?: string }).text))];
    }
    expect(texts.join('\n'), output()).toMatch(/Enlace/);

    // docker stop / systemd: SIGTERM ends the process (it used to stop only the polling).
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const signalled = Date.now();
    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(12_000);
    expect(output()).toContain('shutting down');
  });

  it('stops with a clear message when a setting is wrong', () => {
    const run = spawnSync(process.execPath, ['src/runtime/node.ts'], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: 'not-a-token', TELEGRAM_MODE: 'webhook' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/TELEGRAM_BOT_TOKEN: looks like 123456789:AA/);
    expect(run.stderr).toMatch(/TELEGRAM_WEBHOOK_SECRET/);
  });
});
