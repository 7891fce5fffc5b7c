/**
 * `npm run staff -- add NAME [--lang es,ht] [--role agent|admin|viewer] [--ask]`, `list`,
 * `remove NAME`: manages staff accounts in STAFF_FILE (default data/staff.json; each write
 * atomic, leaving the file at mode 600). A strong password is generated and printed once; with
 * --ask it is typed twice at a hidden prompt. Hashes use today's scrypt parameters (passwords.ts).
 * There is no --password flag: npm echoes its arguments, and the shell keeps them.
 */
import { parseArgs } from 'node:util';
import { type StaffAccount, staffAccountSchema } from '../staff/accounts.ts';
import { readStaffFile, updateStaffFile } from '../staff/accounts-file.node.ts';
import { hashPassword } from '../staff/passwords.ts';
import { askHidden } from './hidden-prompt.node.ts';

/** A typed password shorter than this is refused (a generated one is 16 characters). */
const MIN_PASSWORD = 12;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'es' },
    role: { type: 'string', default: 'agent' },
    ask: { type: 'boolean', default: false },
  },
  strict: false,
});
const [command, name] = positionals;
const usage =
  'usage: npm run staff -- add NAME [--lang es,en,ht] [--role agent|admin|viewer] [--ask] | list | remove NAME';
if ('password' in values) {
  console.error(
    'There is no --password: npm prints its arguments and the shell keeps them. Use --ask to type it at a hidden prompt, or leave it out to get a generated one.',
  );
  process.exit(2);
}
const data = await readStaffFile();

if (command === 'list') {
  for (const a of data.accounts) console.log(`${a.name}\t${a.role}\t${a.langs.join(',')}`);
  if (data.accounts.length === 0)
    console.log('No staff accounts yet. Add the first admin: npm run staff -- add NAME --role admin');
} else if (command === 'add' && name) {
  const password = values.ask
    ? await typedPassword()
    : btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12))));
  const candidate = {
    name,
    role: values.role,
    langs: String(values.lang ?? 'es').split(','),
    hash: hashPassword(password),
  };
  const parsed = staffAccountSchema.safeParse(candidate);
  if (!parsed.success) {
    console.error(
      `Cannot add ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}\n${usage}`,
    );
    process.exit(2);
  }
  // Changed as the file is when written (the server may have stored a stronger hash meanwhile).
  await updateStaffFile((current) => {
    const accounts: StaffAccount[] = [...current.accounts.filter((a) => a.name !== name), parsed.data];
    return { accounts };
  });
  console.log(`Saved ${name} (${parsed.data.role}, reads ${parsed.data.langs.join(', ')}).`);
  if (!values.ask) console.log(`Password (shown once, give it to ${name}): ${password}`);
} else if (command === 'remove' && name) {
  await updateStaffFile((current) => ({ accounts: current.accounts.filter((a) => a.name !== name) }));
  console.log(`Removed ${name}.`);
} else {
  console.error(usage);
  process.exit(2);
}

async function typedPassword(): Promise<string> {
  const first = await askHidden(`Password for ${name} (not shown): `);
  const again = await askHidden('Again: ');
  if (first !== again) {
    console.error('The two passwords differ; nothing was saved. Run the command again.');
    process.exit(2);
  }
  if (first.length < MIN_PASSWORD) {
    console.error(`Use at least ${MIN_PASSWORD} characters (a short phrase is fine); nothing was saved.`);
    process.exit(2);
  }
  return first;
}
