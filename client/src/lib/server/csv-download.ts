/**
 * One GraphQL CSV field as a real download: a `+server.ts` route asks the API through the
 * per-request client (the admin's session cookie goes along) and answers `text/csv` as an
 * attachment. What the API refuses keeps its meaning: signed out -> the sign-in page (and back to
 * `returnTo` afterwards), the wrong role -> 403, a refused filter -> 400 with the API's reason, an
 * unknown object (the field is null, or a malformed id) -> 404.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { attachmentDisposition } from './attachment';

export interface CsvDownload<Data, Variables extends Record<string, unknown>> {
  /** A query whose result holds the CSV text in one field. */
  document: TypedDocumentNode<Data, Variables>;
  variables: Variables;
  /** The CSV text from the result; null when the object asked about does not exist. */
  pick: (data: Data) => string | null | undefined;
  /** The file name the browser saves it as, e.g. from `csvFileName`. */
  fileName: string | ((data: Data) => string);
  /** The admin page the download belongs to: where to return after signing in. */
  returnTo: string;
}

export async function csvDownload<Data, Variables extends Record<string, unknown>>(
  event: Pick<RequestEvent, 'locals'>,
  { document, variables, pick, fileName, returnTo }: CsvDownload<Data, Variables>,
): Promise<Response> {
  const result = await event.locals.graphql
    .query(document, variables, { requestPolicy: 'network-only' })
    .toPromise();
  const codes = result.error?.graphQLErrors.map((problem) => problem.extensions?.code) ?? [];
  if (codes.includes('UNAUTHENTICATED')) redirect(303, `/admin/login?next=${encodeURIComponent(returnTo)}`);
  if (codes.includes('FORBIDDEN')) error(403, 'This download is not open to your role.');
  const refusal = result.error?.graphQLErrors.find(
    (problem) => problem.extensions?.code === 'BAD_USER_INPUT',
  );
  // A refused filter (e.g. an export too large for one file) says why; a malformed id names no
  // object, like an unknown one.
  if (refusal?.extensions?.field === 'filter') error(400, refusal.message);
  if (refusal) error(404, 'There is nothing to download here.');
  if (result.error) throw result.error;
  const csv = result.data ? pick(result.data) : null;
  if (csv === null || csv === undefined) error(404, 'There is nothing to download here.');
  const name = typeof fileName === 'function' ? fileName(result.data!) : fileName;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentDisposition(name),
      // Cache-Control (no-store under /admin) is set for every response in hooks.server.ts.
      'x-content-type-options': 'nosniff',
    },
  });
}
