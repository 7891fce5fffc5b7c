/**
 * The Node server's staff accounts: read from STAFF_FILE at start and again every 10 s
 * (`npm run staff` edits the file while the server runs, so new accounts work without a
 * restart), and where a login stores a password's stronger hash and an admin's changes from the
 * inbox go (a new account, a new password, a role): the file itself, rewritten atomically with
 * mode 600 (src/staff/accounts-file.node.ts), and the accounts in memory at once.
 */
import type { Logger } from '../core/ports/runtime.ts';
import type { StaffAccount } from '../staff/accounts.ts';
import { readStaffFile, replaceStaffHash, updateStaffFile } from '../staff/accounts-file.node.ts';
import type { SaveHash } from '../staff/password-upgrade.ts';

/** How often the file is read again. */
const REREAD_EVERY_MS = 10_000;

export async function staffAccountsFile(file: string, logger: Logger) {
  let accounts: StaffAccount[] = (await readStaffFile(file)).accounts;
  if (accounts.length === 0)
    logger.warn(
      'no staff accounts yet: create the first admin with `npm run staff -- add NAME --role admin`',
    );
  // Bumped by each save: a reading begun before it must not put the old hash back in memory.
  let saves = 0;
  setInterval(async () => {
    const before = saves;
    const read = await readStaffFile(file).catch(() => null);
    if (read && before === saves) accounts = read.accounts;
  }, REREAD_EVERY_MS).unref();

  // One save at a time: two at once would each read the file before the other wrote it.
  let queue: Promise<unknown> = Promise.resolve();
  const saveHash: SaveHash = (name, previous, hash) => {
    const saved = queue.then(() => replaceStaffHash(name, previous, hash, file));
    queue = saved.catch(() => undefined);
    return saved.then((data) => {
      saves++;
      accounts = data.accounts;
    });
  };

  /** An admin's change from the inbox (add an account, a new password, a role), queued like the saves. */
  const edit = (change: (current: StaffAccount[]) => StaffAccount[] | null) => {
    const saved = queue.then(() =>
      updateStaffFile((data) => {
        const next = change(data.accounts);
        return next ? { accounts: next } : null;
      }, file),
    );
    queue = saved.catch(() => undefined);
    return saved.then((data) => {
      saves++;
      accounts = data.accounts;
      return accounts;
    });
  };

  return { accounts: () => accounts, saveHash, edit };
}
