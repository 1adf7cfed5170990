import { createAccount, login, loginAs, TEST_PASSWORD } from '../../../test/auth';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { clientAddressKey } from '../../common/client-address-key';

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

const from = (address: string) => ({ 'x-forwarded-for': address });

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      errors {
        code
        field
        retryAfterSeconds
      }
    }
  }
`;

/** Another replica on the same database, with `env` on top of the defaults. */
const replicaWith = (env: Record<string, string>) => startTestServer({ database: first.database, env });

describe('failed sign-in limits', () => {
  it('let the owner in from another address after five failures from one address, which stays stopped', async () => {
    const { email } = await createAccount(first.dataSource);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const replica = attempt % 2 === 0 ? first : second;
      const response = await login(replica, email, `wrong password ${attempt}`, from('10.1.0.1'));
      expect(codes(response)).toEqual(['INVALID_CREDENTIALS']);
    }

    // The brute force from that address is stopped, even with the right password.
    const sixth = await login(first, email, TEST_PASSWORD, from('10.1.0.1'));
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

    // The owner, elsewhere, signs in.
    const owner = await login(second, email, TEST_PASSWORD, from('10.1.0.2'));
    expect(codes(owner)).toEqual([]);
    expect(owner.data?.login.account?.email).toBe(email);
    expect(owner.headers.getSetCookie()).toHaveLength(1);
  });

  it('stop a brute force over many addresses at the per-account limit, with waits that double on the way', async () => {
    const limited = await replicaWith({ LOGIN_ACCOUNT_MAX_FAILURES: '20' });
    try {
      const { email } = await createAccount(first.dataSource);
      const waits: number[] = [];
      let failures = 0;
      let refusedFresh: Awaited<ReturnType<typeof login>> | undefined;
      let ownerSignedIn = false;
      for (let host = 1; host <= 40 && !refusedFresh; host++) {
        const address = `10.4.0.${host}`;
        const firstTry = await login(limited, email, `guess ${host}`, from(address));
        if (codes(firstTry)?.[0] === 'TOO_MANY_ATTEMPTS') {
          refusedFresh = firstTry;
          break;
        }
        expect(codes(firstTry)).toEqual(['INVALID_CREDENTIALS']);
        failures++;
        // The same address again at once: waits once the account is past five failures.
        const again = await login(limited, email, `guess ${host} again`, from(address));
        const [error] = again.data!.login.errors;
        if (error.code === 'INVALID_CREDENTIALS') failures++;
        else {
          expect(error.code).toBe('TOO_MANY_ATTEMPTS');
          waits.push(error.retryAfterSeconds!);
        }
        if (failures >= 10 && !ownerSignedIn) {
          ownerSignedIn = true;
          // Mid-attack, the owner from an address that has not failed still gets in.
          expect(codes(await login(limited, email, TEST_PASSWORD, from('10.5.0.1')))).toEqual([]);
        }
      }

      expect(failures).toBe(20);
      expect(ownerSignedIn).toBe(true);
      // 1 s after the sixth failure (maybe over before the retry), then doubling: 2, 4, … 512 s, then
      // 15 minutes; the retry after the twentieth failure meets the hard limit, which lasts the hour.
      expect(waits).toEqual([...waits].sort((a, b) => a - b));
      expect(waits.length).toBeGreaterThanOrEqual(10);
      expect(waits.slice(0, 3).some((wait) => wait <= 4)).toBe(true);
      expect(waits).toContain(64);
      expect(waits.at(-2)).toBeGreaterThan(14 * 60);
      expect(waits.at(-2)).toBeLessThanOrEqual(15 * 60);
      expect(waits.at(-1)).toBeGreaterThan(55 * 60);

      // At the hard limit even the right password from a fresh address waits for the hour to end.
      expect(refusedFresh).toBeDefined();
      const refusal = await login(limited, email, TEST_PASSWORD, from('10.6.0.1'));
      expect(refusal.data?.login.errors).toEqual([
        expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) }),
      ]);
      expect(refusal.data!.login.errors[0].retryAfterSeconds).toBeGreaterThan(55 * 60);
      expect(refusal.data!.login.errors[0].retryAfterSeconds).toBeLessThanOrEqual(60 * 60);
    } finally {
      await limited.close();
    }
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

  it('counts wrong current passwords on a password change against the same limits', async () => {
    const admin = await loginAs(first);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await first.graphql<{ changePassword: { errors: { code: string }[] } }>(
        CHANGE_PASSWORD,
        { input: { currentPassword: `wrong password ${attempt}`, newPassword: 'a brand new password' } },
        { ...admin.headers, ...from('10.7.0.1') },
      );
      expect(response.data?.changePassword.errors.map((error) => error.code)).toEqual(['WRONG_PASSWORD']);
    }
    const refused = await second.graphql<{
      changePassword: { errors: { code: string; field: string; retryAfterSeconds: number }[] };
    }>(
      CHANGE_PASSWORD,
      { input: { currentPassword: admin.password, newPassword: 'a brand new password' } },
      { ...admin.headers, ...from('10.7.0.1') },
    );
    expect(refused.data?.changePassword.errors).toEqual([
      { code: 'TOO_MANY_ATTEMPTS', field: 'currentPassword', retryAfterSeconds: expect.any(Number) },
    ]);
    expect(codes(await login(first, admin.email, admin.password, from('10.7.0.1')))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
    expect(codes(await login(first, admin.email, admin.password, from('10.7.0.2')))).toEqual([]);
  });

  it('holds against concurrent attempts from one address: no more than five passwords are checked', async () => {
    const { email } = await createAccount(first.dataSource);
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        login(index % 2 ? first : second, email, `wrong password ${index}`, from('10.3.0.1')),
      ),
    );
    // Attempts refused in the race give their reservations back, so the rest of the allowance may
    // come after; together no more than five are checked.
    const after = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      after.push(await login(first, email, `later password ${attempt}`, from('10.3.0.1')));
    }
    const checked = [...burst, ...after].filter((response) => codes(response)?.[0] === 'INVALID_CREDENTIALS');
    expect(checked.length).toBe(5);
    expect(codes(await login(first, email, TEST_PASSWORD, from('10.3.0.1')))).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('holds the per-account limit against concurrent attempts from many addresses', async () => {
    const limited = await replicaWith({ LOGIN_ACCOUNT_MAX_FAILURES: '5' });
    try {
      const { email } = await createAccount(first.dataSource);
      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          login(limited, email, `wrong password ${index}`, from(`10.3.1.${index + 1}`)),
        ),
      );
      const checked = attempts.filter((response) => codes(response)?.[0] === 'INVALID_CREDENTIALS');
      expect(checked.length).toBeLessThanOrEqual(5);
      expect(codes(await login(limited, email, TEST_PASSWORD, from('10.3.2.1')))).toEqual([
        'TOO_MANY_ATTEMPTS',
      ]);
    } finally {
      await limited.close();
    }
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
