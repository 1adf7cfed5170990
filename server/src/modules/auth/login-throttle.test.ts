import { createAccount, login, TEST_PASSWORD } from '../../../test/auth';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { clientAddressKey } from './login-throttle';

/** Two app instances on one database, as two replicas behind a load balancer. */
let first: TestServer;
let second: TestServer;

beforeEach(async () => {
  first = await startTestServer();
  second = await startTestServer({ database: first.database });
});

afterEach(async () => {
  await second.close();
  await first.close();
});

const codes = (response: Awaited<ReturnType<typeof login>>) =>
  response.data?.login.errors.map((error) => error.code);

describe('failed sign-in limits', () => {
  it('refuses the sixth attempt on an account after five failures spread over two replicas, even with the right password', async () => {
    const { email } = await createAccount(first.dataSource);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const replica = attempt % 2 === 0 ? first : second;
      // A different client address each time: the per-account limit alone stops this.
      const response = await login(replica, email, `wrong password ${attempt}`, {
        'x-forwarded-for': `10.1.0.${attempt}`,
      });
      expect(codes(response)).toEqual(['INVALID_CREDENTIALS']);
    }

    const sixth = await login(first, email, TEST_PASSWORD, { 'x-forwarded-for': '10.1.0.6' });
    expect(sixth.data?.login.account).toBeNull();
    expect(sixth.data?.login.errors).toEqual([
      {
        code: 'TOO_MANY_ATTEMPTS',
        field: null,
        message: expect.stringMatching(/try again in 1[45] minutes/i),
        retryAfterSeconds: expect.any(Number),
      },
    ]);
    expect(sixth.data!.login.errors[0].retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(sixth.data!.login.errors[0].retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(sixth.headers.getSetCookie()).toEqual([]);
  });

  it('limits failures from one client address across different e-mails', async () => {
    const { email } = await createAccount(first.dataSource);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await login(attempt % 2 ? first : second, `guess${attempt}@example.com`, 'guess', {
        'x-forwarded-for': '10.2.0.1',
      });
      expect(codes(response)).toEqual(['INVALID_CREDENTIALS']);
    }

    expect(codes(await login(second, email, TEST_PASSWORD, { 'x-forwarded-for': '10.2.0.1' }))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
    // The same account from another address is unaffected.
    expect(codes(await login(first, email, TEST_PASSWORD, { 'x-forwarded-for': '10.2.0.2' }))).toEqual([]);
  });

  it('counts only failures: successful sign-ins do not use the allowance up', async () => {
    const { email } = await createAccount(first.dataSource);
    for (let attempt = 1; attempt <= 6; attempt++) {
      expect(codes(await login(first, email, TEST_PASSWORD))).toEqual([]);
    }
    for (let attempt = 1; attempt <= 4; attempt++) await login(second, email, 'wrong password');
    expect(codes(await login(first, email, TEST_PASSWORD))).toEqual([]);
  });

  it('holds against concurrent attempts: no more than five passwords are checked', async () => {
    const { email } = await createAccount(first.dataSource);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        login(index % 2 ? first : second, email, `wrong password ${index}`, {
          'x-forwarded-for': `10.3.0.${index}`,
        }),
      ),
    );
    const checked = attempts.filter((response) => codes(response)?.[0] === 'INVALID_CREDENTIALS');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(codes(await login(first, email, TEST_PASSWORD, { 'x-forwarded-for': '10.3.1.1' }))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
  });
});

describe('the client address failures count against', () => {
  it('is an IPv4 address itself, also when IPv4-mapped', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 network of an IPv6 address, however it is written', () => {
    expect(clientAddressKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('2001:0db8:0000:0000::ffff%eth0')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('failed sign-ins from one IPv6 network', () => {
  it('count together, whichever address of the /64 they come from', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await login(first, `guess${attempt}@example.com`, 'guess', {
        'x-forwarded-for': `2001:db8:1:2::${attempt}`,
      });
    }
    const { email } = await createAccount(first.dataSource);
    expect(
      codes(await login(first, email, TEST_PASSWORD, { 'x-forwarded-for': '2001:db8:1:2:ffff::9' })),
    ).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
