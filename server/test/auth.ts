/** Admin accounts and signed-in sessions for tests that need them. */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AdminAccountEntity, AdminRole } from '../src/modules/accounts/admin-account.entity';
import { hashPassword } from '../src/modules/accounts/password';
import type { GraphQLResponse, TestServer } from './test-server';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestAccount {
  account: AdminAccountEntity;
  email: string;
  password: string;
}

/** An account stored directly (no API call, no audit entry), with TEST_PASSWORD unless told otherwise. */
export async function createAccount(
  dataSource: DataSource,
  role: AdminRole = AdminRole.ADMIN,
  overrides: { email?: string; password?: string; disabledAt?: Date | null } = {},
): Promise<TestAccount> {
  const email = overrides.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.com`;
  const password = overrides.password ?? TEST_PASSWORD;
  const repository = dataSource.getRepository(AdminAccountEntity);
  const account = await repository.save(
    repository.create({
      email,
      role,
      passwordHash: await hashPassword(password),
      disabledAt: overrides.disabledAt ?? null,
    }),
  );
  return { account, email, password };
}

export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      account {
        id
        email
        role
      }
      errors {
        code
        field
        message
        ... on AuthError {
          retryAfterSeconds
        }
      }
    }
  }
`;

export interface LoginResult {
  login: {
    account: { id: string; email: string; role: string } | null;
    errors: { code: string; field: string | null; message: string; retryAfterSeconds: number | null }[];
  };
}

/** Signs in over the API; `headers` lets a test pose as another client address (X-Forwarded-For). */
export function login(
  server: TestServer,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<LoginResult>> {
  return server.graphql<LoginResult>(LOGIN, { email, password }, headers);
}

/** The `name=value` part of a response's Set-Cookie, ready to send back as a Cookie header. */
export function sessionCookieOf(response: GraphQLResponse<unknown>, name = 'evt_session'): string {
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  return cookie.split(';')[0];
}

export interface SignedIn extends TestAccount {
  /** Headers that make a request as this account. */
  headers: { cookie: string };
}

/** Creates an account of `role` and signs it in; send `headers` with a request to act as it. */
export async function loginAs(server: TestServer, role: AdminRole = AdminRole.ADMIN): Promise<SignedIn> {
  const created = await createAccount(server.dataSource, role);
  const response = await login(server, created.email, created.password);
  if (response.data?.login.errors.length !== 0) {
    throw new Error(`could not sign in: ${JSON.stringify(response.errors ?? response.data)}`);
  }
  return { ...created, headers: { cookie: sessionCookieOf(response) } };
}
