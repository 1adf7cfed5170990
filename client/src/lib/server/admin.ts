/**
 * The admin area's server side: calls whose Set-Cookie must reach the browser (login, logout), the
 * signed-in account, and role checks. Everything else uses `locals.graphql` like the storefront.
 */
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { apiUrl } from './api';
import { requestClientAddress } from './request-client-address';
import { forwardSetCookies } from './session-cookie';

/**
 * One GraphQL call to the API with the browser's cookies, copying the API's Set-Cookie onto this
 * site's response (urql does not expose response headers).
 */
export async function callWithCookies<Data, Variables extends Record<string, unknown>>(
  event: RequestEvent & { cookies: Cookies },
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-forwarded-for': requestClientAddress(event),
    'x-forwarded-proto': event.url.protocol.replace(':', ''),
  };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  const response = await event.fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: print(document), variables }),
  });
  forwardSetCookies(response, event.cookies);
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `The API refused the call: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`,
    );
  }
  return body.data;
}

export type Role = 'ADMIN' | 'STAFF';

/** Refuses an ADMIN-only page to STAFF with a 403 (the page itself would fail at the API anyway). */
export function requireAdmin(role: Role): void {
  if (role !== 'ADMIN') error(403, 'This page is for administrators only.');
}

const ActionMeDocument = graphql(`
  query AdminActionMe {
    me {
      role
    }
  }
`);

/**
 * The signed-in role in a form action, which gets no layout data: read fresh, since the session may
 * have ended since the page was shown (then: the sign-in page).
 */
export async function actionRole(locals: App.Locals): Promise<Role> {
  const { me } = unwrap(
    await locals.graphql.query(ActionMeDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
  );
  if (!me) redirect(303, '/admin/login');
  return me.role;
}

/** Only same-site admin paths are followed after sign-in, never another origin. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/admin') || next.startsWith('//') || next.includes('\\')) return '/admin';
  return next;
}
