/**
 * Admin mutations from form actions. Problems the API reports about the input come back per field
 * (payload `errors` with a `field`, or a BAD_USER_INPUT naming fields), so each shows at its input;
 * anything else fails the action loudly like a load does.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from '@urql/svelte';
import { CombinedError } from '@urql/svelte';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';

export type FieldErrors = Record<string, string>;

/** `input.venue.name` -> `venue.name`: field names as the forms use them. */
export function formField(field: string | null | undefined): string {
  return (field ?? '').replace(/^input\./, '') || 'form';
}

/** Adds a message to a field, keeping earlier ones. */
export function addFieldError(errors: FieldErrors, field: string | null | undefined, message: string): void {
  const key = formField(field);
  errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
}

/** Payload errors (`{ field, message }[]`) as field errors. */
export function payloadFieldErrors(
  errors: readonly { field?: string | null; message: string }[],
): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) addFieldError(result, error.field, error.message);
  return result;
}

export type MutationOutcome<Data> = { ok: true; data: Data } | { ok: false; fieldErrors: FieldErrors };

export async function runMutation<Data, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<MutationOutcome<Data>> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error instanceof CombinedError) {
    const fieldErrors: FieldErrors = {};
    for (const error of result.error.graphQLErrors) {
      if (error.extensions?.code !== 'BAD_USER_INPUT') throw result.error;
      const fields = error.extensions.fields as { field: string; message: string }[] | undefined;
      if (fields?.length)
        for (const problem of fields) addFieldError(fieldErrors, problem.field, problem.message);
      else addFieldError(fieldErrors, error.extensions.field as string | undefined, error.message);
    }
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  }
  return { ok: true, data: unwrap(result) };
}

/**
 * What every payload's `errors` list is read for (the schema's UserError interface): spread it as
 * `errors { ...UserErrorFields }`, with `code` beside it where a page tells problems apart. Codegen
 * finds the fragment by name, so documents using it need not import this.
 */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
  }
`);

/** A problem a mutation payload reports (any domain's UserError). */
export interface PayloadProblem {
  field?: string | null;
  message: string;
}

export type PayloadOutcome<Payload> =
  { ok: true; payload: Payload } | { ok: false; fieldErrors: FieldErrors; message: string };

/**
 * The one shape of an admin form action's call: run a mutation whose payload lists problems in
 * `errors`, and gather what validation refused and what the payload reports alike, as errors per
 * form field (API field paths renamed to input names by `rename`) and as one sentence for a notice.
 */
export async function runPayloadMutation<
  Data,
  Variables extends Record<string, unknown>,
  Payload extends { errors: readonly PayloadProblem[] },
>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payloadOf: (data: Data) => Payload,
  rename: (field: string) => string = (field) => field,
): Promise<PayloadOutcome<Payload>> {
  const outcome = await runMutation(client, document, variables);
  const problems = outcome.ok
    ? payloadOf(outcome.data).errors.map((error) => ({
        field: formField(error.field),
        message: error.message,
      }))
    : Object.entries(outcome.fieldErrors).map(([field, message]) => ({ field, message }));
  if (outcome.ok && problems.length === 0) return { ok: true, payload: payloadOf(outcome.data) };
  const fieldErrors: FieldErrors = {};
  for (const problem of problems) addFieldError(fieldErrors, rename(problem.field), problem.message);
  return { ok: false, fieldErrors, message: problems.map((problem) => problem.message).join(' ') };
}
