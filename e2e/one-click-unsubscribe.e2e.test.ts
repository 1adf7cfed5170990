/**
 * The site's cross-site form check (client/src/lib/server/form-origin.ts) on the built site: a form
 * posted from another origin is refused with 403 everywhere except at /unsubscribe/<token>, where a
 * mail client's one-click unsubscribe (RFC 8058) lands and works.
 */
import { createEvent } from '../server/test/factories';
import { EventUnsubscribeEntity } from '../server/src/modules/messages/unsubscribe.entity';
import { mintUnsubscribeLink } from '../server/src/modules/messages/unsubscribe-links';
import { startStack, type Stack } from './support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function postForm(path: string, origin: string | null, body = 'email=a%40example.org&password=x') {
  return fetch(`${stack.siteUrl}${path}`, {
    method: 'POST',
    headers: { ...FORM, ...(origin ? { origin } : {}) },
    body,
    redirect: 'manual',
  });
}

test('a form posted from another site is refused with 403; from the site itself it is not', async () => {
  for (const origin of ['https://evil.example', null]) {
    const refused = await postForm('/admin/login', origin);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Cross-site POST form submissions are forbidden');
  }
  const own = await postForm('/admin/login', new URL(stack.siteUrl).origin);
  expect(own.status).not.toBe(403);
  await own.arrayBuffer();
});

test("a mail client's one-click POST from its own origin unsubscribes the address from the event", async () => {
  const event = await createEvent(stack.dataSource, { title: 'One Click Night' });
  const token = await mintUnsubscribeLink(stack.dataSource.manager, event.id, 'Reader@Example.org');
  const unsubscribes = stack.dataSource.getRepository(EventUnsubscribeEntity);
  expect(await unsubscribes.countBy({ eventId: event.id })).toBe(0);

  const response = await postForm(
    `/unsubscribe/${token}`,
    'https://mail.example',
    'List-Unsubscribe=One-Click',
  );
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('One Click Night');
  expect(await unsubscribes.findBy({ eventId: event.id })).toEqual([
    expect.objectContaining({ addressKey: 'reader@example.org' }),
  ]);
});
