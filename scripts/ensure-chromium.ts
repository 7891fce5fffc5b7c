/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium (npm's browser downloads
 * cannot work on this project's machines). Installs it with apt-get when it is missing and
 * we are allowed to, waiting (up to a few minutes) for another apt or dpkg that holds the
 * package lock; otherwise, or when that fails, says in one paragraph what to do, never with
 * a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long apt-get waits for a lock another apt or dpkg holds (unattended upgrades, a second terminal). */
const LOCK_WAIT_SECONDS = 300;
const howTo = `Install it (Debian: \`sudo apt-get install -y chromium\`), or set CHROMIUM_PATH to a Chromium or Chrome binary, then run \`npm test\` again.`;

function fail(why: string): never {
  console.error(`The browser tests need Chromium at ${path}, and ${why}. ${howTo}`);
  process.exit(1);
}

function apt(args: string[]) {
  try {
    execFileSync('apt-get', ['-o', `DPkg::Lock::Timeout=${LOCK_WAIT_SECONDS}`, ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    fail(
      `\`apt-get ${args.join(' ')}\` failed${status === undefined ? '' : ` (exit ${status})`}: another apt or dpkg may still hold the package lock after ${LOCK_WAIT_SECONDS / 60} minutes, or the package sources cannot be reached (see apt's own message above)`,
    );
  }
}

if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!hasApt) fail('this machine has no apt-get to install it with');
  if (!root) fail('installing it needs root');
  console.log(
    `Installing Chromium for the browser tests (apt-get install chromium, about a minute; waits up to ${LOCK_WAIT_SECONDS / 60} min if apt is busy)…`,
  );
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  if (!existsSync(path)) fail(`apt-get installed chromium but there is still nothing at ${path}`);
}
