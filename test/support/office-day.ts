/**
 * A small office day on the web chat of a running server, for the tests and fixtures that need
 * real stored records: a family gives the details of a relative who died abroad and confirms
 * them (a case with a folio, queued for staff), and another person asks for a person (a
 * ticket). Each person keeps their cookie, so their history can be read back later.
 */

/** A person on the web chat: sends messages, reads the whole history. */
export function webPerson(base: string, cookie = '') {
  let n = 0;
  const who = Math.random().toString(36).slice(2);
  return {
    cookie: () => cookie,
    send: async (content: Record<string, string>) => {
      const response = await fetch(`${base}/api/chat/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ id: `day-${who}-${++n}`, ...content }),
      });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const body = (await response.json()) as { messages: Array<{ text: string }> };
      return body.messages.map((m) => m.text).join('\n');
    },
    history: async (at = base) =>
      (
        (await fetch(`${at}/api/chat/history`, { headers: { cookie } }).then((r) => r.json())) as {
          lines: Array<{ text: string }>;
        }
      ).lines.map((l) => l.text),
  };
}

function expectIn(reply: string, wanted: RegExp | string, step: string) {
  const found = typeof wanted === 'string' ? reply.includes(wanted) : wanted.test(reply);
  if (!found) throw new Error(`office day, ${step}: expected ${wanted} in the reply:\n${reply}`);
}

/** The day's two conversations, each step checked; returns the two people. */
export async function officeDay(base: string) {
  const family = webPerson(base);
  await family.send({ text: 'mi papá murió en houston y queremos traerlo' });
  expectIn(await family.send({ choice: 'yes' }), '(1/6)', 'the form starts');
  for (const answer of ['José Luis Ramírez', 'Houston, Texas', 'el 3 de octubre', 'hijo', 'Gómez Palacio'])
    await family.send({ text: answer });
  expectIn(await family.send({ text: 'este chat' }), 'Nombre: José Luis Ramírez', 'the summary');
  await family.send({ choice: 'yes' });
  const asker = webPerson(base);
  expectIn(
    await asker.send({ text: 'quiero hablar con una persona, mi hijo está detenido' }),
    /personal de la oficina/,
    'queued for staff',
  );
  expectIn(await asker.send({ text: 'se llama Mario' }), /llega al personal/, 'while waiting');
  return { family, asker };
}
