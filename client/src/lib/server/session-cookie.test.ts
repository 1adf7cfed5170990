import { expect, test } from '@jest/globals';
import { parseSetCookie } from './session-cookie';

test('reads the attributes the API sets', () => {
  const parsed = parseSetCookie(
    'evt_session=abc%2Bdef; Max-Age=43200; Path=/; Expires=Wed, 25 Nov 2026 01:00:00 GMT; HttpOnly; Secure; SameSite=Lax',
  );
  expect(parsed).toEqual({
    name: 'evt_session',
    value: 'abc%2Bdef',
    options: {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: 43200,
      expires: new Date('2026-11-25T01:00:00.000Z'),
    },
  });
});

test('a clearing cookie and a malformed header', () => {
  expect(
    parseSetCookie('evt_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax'),
  ).toMatchObject({ name: 'evt_session', value: '', options: { httpOnly: true, secure: false } });
  expect(parseSetCookie('garbage')).toBeNull();
});
