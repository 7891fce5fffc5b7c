/**
 * Staff accounts, validated with zod: a name, a role (agent, admin, or viewer: the dashboard
 * only), the languages the person reads (Kreyòl conversations are offered first to those who
 * read Kreyòl), and a password hash. Kept in a JSON file on Node (STAFF_FILE), written by `npm run staff`.
 */
import { z } from 'zod';
import { LANGS } from '../core/types.ts';

export const staffAccountSchema = z.object({
  name: z.string().regex(/^[\p{L}\p{N}._-]{2,40}$/u, '2–40 letters, digits, dots, dashes or underscores'),
  role: z.enum(['agent', 'admin', 'viewer']),
  langs: z.array(z.enum(LANGS)).min(1),
  hash: z.string().startsWith('scrypt$'),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const staffFileSchema = z.object({ accounts: z.array(staffAccountSchema) });
export type StaffFile = z.infer<typeof staffFileSchema>;

export function parseStaffFile(text: string, file: string): StaffFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(
      `${file} is not valid JSON. Fix it, or delete it and add accounts again with \`npm run staff -- add NAME\`.`,
    );
  }
  const parsed = staffFileSchema.safeParse(data);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(
      `${file} does not match the format (${problem}). Re-create the account with \`npm run staff -- add NAME\`.`,
    );
  }
  return parsed.data;
}
