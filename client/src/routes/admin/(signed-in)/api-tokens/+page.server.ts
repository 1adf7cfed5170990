import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import type { ApiTokenScope } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { API_TOKEN_ACCESS } from '$lib/admin/api-token-access';
import { requireAdmin } from '$lib/server/admin';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad } from './$types';

const ApiTokensDocument = graphql(`
  query AdminApiTokens {
    apiTokens(includeRevoked: true) {
      id
      name
      hint
      scopes
      createdByEmail
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenDocument = graphql(`
  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token {
        id
        name
      }
      secret
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const RevokeApiTokenDocument = graphql(`
  mutation AdminRevokeApiToken($tokenId: ID!) {
    revokeApiToken(tokenId: $tokenId) {
      token {
        id
        name
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent }) => {
  requireAdmin((await parent()).me.role);
  const result = await locals.graphql
    .query(ApiTokensDocument, {}, { requestPolicy: 'network-only' })
    .toPromise();
  return { tokens: unwrap(result).apiTokens };
};

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const form = await request.formData();
    const access =
      API_TOKEN_ACCESS.find((option) => option.value === form.get('access')) ?? API_TOKEN_ACCESS[0];
    const expiresOn = String(form.get('expiresOn') ?? '').trim();
    const values = { name: String(form.get('name') ?? '').trim(), access: access.value, expiresOn };
    const errors: FieldErrors = {};
    if (!values.name) errors.name = 'Give the token a name, e.g. what uses it.';
    if (expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) errors.expiresAt = 'Enter a date.';
    if (Object.keys(errors).length) return fail(400, { kind: 'create' as const, values, errors });
    const outcome = await runMutation(locals.graphql, CreateApiTokenDocument, {
      input: {
        name: values.name,
        scopes: [...access.scopes] as ApiTokenScope[],
        // The end of the chosen day, UTC.
        expiresAt: expiresOn ? `${expiresOn}T23:59:59.000Z` : null,
      },
    });
    if (!outcome.ok) return fail(400, { kind: 'create' as const, values, errors: outcome.fieldErrors });
    const created = outcome.data.createApiToken;
    for (const problem of created.errors) addFieldError(errors, problem.field, problem.message);
    if (Object.keys(errors).length || !created.secret) {
      return fail(400, { kind: 'create' as const, values, errors });
    }
    return { kind: 'created' as const, name: values.name, secret: created.secret };
  },
  revoke: async ({ locals, request }) => {
    const tokenId = String((await request.formData()).get('tokenId') ?? '');
    const outcome = await runMutation(locals.graphql, RevokeApiTokenDocument, { tokenId });
    const message = outcome.ok
      ? outcome.data.revokeApiToken.errors.map((problem) => problem.message).join(' ')
      : Object.values(outcome.fieldErrors).join(' ');
    if (message) return fail(400, { kind: 'problem' as const, message });
    const name = outcome.ok ? outcome.data.revokeApiToken.token?.name : '';
    return {
      kind: 'notice' as const,
      message: `The token “${name}” is revoked: it stopped working at once.`,
    };
  },
};
