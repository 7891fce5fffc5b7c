/**
 * Browser tests' plumbing: the app served on 127.0.0.1 (a free port) and Debian's Chromium
 * driven by playwright-core, started with the flags this machine's closed network needs.
 */
import { existsSync } from 'node:fs';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testServer } from './server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function serveApp(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** For a test file: the whole app served and a browser, started before and stopped after. */
export function browserSession() {
  const session = {
    browser: undefined as unknown as Browser,
    base: '',
    server: undefined as unknown as Awaited<ReturnType<typeof testServer>>,
  };
  let served: Awaited<ReturnType<typeof serveApp>> | undefined;
  beforeAll(async () => {
    session.server = await testServer();
    served = await serveApp(session.server.app);
    session.base = served.base;
    session.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await served?.close();
  });
  return session;
}
