/**
 * `npm run staff -- add NAME [--lang es,ht] [--role agent|admin] [--password P]`, `list`,
 * `remove NAME`: manages staff accounts in STAFF_FILE (default data/staff.json). Without
 * --password a strong one is generated and printed once.
 */
import { parseArgs } from 'node:util';
import { type StaffAccount, staffAccountSchema } from '../staff/accounts.ts';
import { readStaffFile, writeStaffFile } from '../staff/accounts-file.node.ts';
import { hashPassword } from '../staff/passwords.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'es' },
    role: { type: 'string', default: 'agent' },
    password: { type: 'string' },
  },
});
const [command, name] = positionals;
const usage =
  'usage: npm run staff -- add NAME [--lang es,en,ht] [--role agent|admin] [--password P] | list | remove NAME';
const data = await readStaffFile();

if (command === 'list') {
  for (const a of data.accounts) console.log(`${a.name}\t${a.role}\t${a.langs.join(',')}`);
  if (data.accounts.length === 0)
    console.log('No staff accounts yet. Add the first admin: npm run staff -- add NAME --role admin');
} else if (command === 'add' && name) {
  const password =
    values.password ?? btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12))));
  const candidate = {
    name,
    role: values.role,
    langs: (values.lang ?? 'es').split(','),
    hash: hashPassword(password),
  };
  const parsed = staffAccountSchema.safeParse(candidate);
  if (!parsed.success) {
    console.error(
      `Cannot add ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}\n${usage}`,
    );
    process.exit(2);
  }
  const accounts: StaffAccount[] = [...data.accounts.filter((a) => a.name !== name), parsed.data];
  await writeStaffFile({ accounts });
  console.log(`Saved ${name} (${parsed.data.role}, reads ${parsed.data.langs.join(', ')}).`);
  if (!values.password) console.log(`Password (shown once, give it to ${name}): ${password}`);
} else if (command === 'remove' && name) {
  await writeStaffFile({ accounts: data.accounts.filter((a) => a.name !== name) });
  console.log(`Removed ${name}.`);
} else {
  console.error(usage);
  process.exit(2);
}
