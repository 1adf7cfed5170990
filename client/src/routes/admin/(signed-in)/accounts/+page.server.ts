import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import { addFieldError, runMutation, type FieldErrors } from '$lib/server/mutation';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const AccountsDocument = graphql(`
  query AdminAccounts($after: String) {
    adminAccounts(first: 50, after: $after) {
      nodes {
        id
        email
        role
        disabled
        invitationPending
        createdAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const CreateAccountDocument = graphql(`
  mutation AdminCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        email
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ResendInvitationDocument = graphql(`
  mutation AdminResendInvitation($accountId: ID!) {
    resendInvitation(accountId: $accountId) {
      account {
        id
        email
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const ChangeRoleDocument = graphql(`
  mutation AdminChangeAccountRole($input: ChangeAccountRoleInput!) {
    changeAccountRole(input: $input) {
      account {
        id
        role
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const DisableDocument = graphql(`
  mutation AdminDisableAccount($accountId: ID!) {
    disableAccount(accountId: $accountId) {
      account {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const EnableDocument = graphql(`
  mutation AdminEnableAccount($accountId: ID!) {
    enableAccount(accountId: $accountId) {
      account {
        id
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  requireAdmin((await parent()).me.role);
  const after = url.searchParams.get('after');
  let result = await locals.graphql
    .query(AccountsDocument, { after }, { requestPolicy: 'network-only' })
    .toPromise();
  if (after && result.error)
    result = await locals.graphql.query(AccountsDocument, { after: null }).toPromise();
  return { accounts: unwrap(result).adminAccounts, isFirstPage: !after };
};

type Role = 'ADMIN' | 'STAFF';
const role = (value: FormDataEntryValue | null): Role => (value === 'ADMIN' ? 'ADMIN' : 'STAFF');

async function accountAction(
  { locals }: RequestEvent,
  run: () => Promise<
    { ok: true; errors: readonly { message: string }[] } | { ok: false; fieldErrors: FieldErrors }
  >,
  done: string | (() => string),
) {
  void locals;
  const outcome = await run();
  const message = outcome.ok
    ? outcome.errors.map((problem) => problem.message).join(' ')
    : Object.values(outcome.fieldErrors).join(' ');
  if (message) return fail(400, { kind: 'problem' as const, message });
  return { kind: 'notice' as const, message: typeof done === 'string' ? done : done() };
}

export const actions: Actions = {
  create: async ({ locals, request }) => {
    const form = await request.formData();
    const values = { email: String(form.get('email') ?? '').trim(), role: role(form.get('role')) };
    const errors: FieldErrors = {};
    if (!values.email) errors.email = 'Enter an e-mail address.';
    if (Object.keys(errors).length) return fail(400, { kind: 'create' as const, values, errors });
    // No password here: the person chooses their own from the invitation e-mail.
    const outcome = await runMutation(locals.graphql, CreateAccountDocument, {
      input: { email: values.email, role: values.role },
    });
    if (!outcome.ok) return fail(400, { kind: 'create' as const, values, errors: outcome.fieldErrors });
    for (const problem of outcome.data.createAccount.errors)
      addFieldError(errors, problem.field, problem.message);
    if (Object.keys(errors).length) return fail(400, { kind: 'create' as const, values, errors });
    return {
      kind: 'notice' as const,
      message: `Invitation sent to ${values.email}. They choose their own password from the link in the e-mail.`,
    };
  },
  resend: async (event) => {
    const accountId = String((await event.request.formData()).get('accountId') ?? '');
    let email = '';
    return accountAction(
      event,
      async () => {
        const outcome = await runMutation(event.locals.graphql, ResendInvitationDocument, { accountId });
        if (!outcome.ok) return outcome;
        email = String(outcome.data.resendInvitation.account?.email ?? '');
        return { ok: true, errors: outcome.data.resendInvitation.errors };
      },
      () => `A new invitation is on its way to ${email}; the earlier link no longer works.`,
    );
  },
  role: async (event) => {
    const form = await event.request.formData();
    const accountId = String(form.get('accountId') ?? '');
    const newRole = role(form.get('role'));
    return accountAction(
      event,
      async () => {
        const outcome = await runMutation(event.locals.graphql, ChangeRoleDocument, {
          input: { accountId, role: newRole },
        });
        return outcome.ok ? { ok: true, errors: outcome.data.changeAccountRole.errors } : outcome;
      },
      `Role changed to ${newRole}; it applies to their open sessions at once.`,
    );
  },
  disable: async (event) => {
    const accountId = String((await event.request.formData()).get('accountId') ?? '');
    return accountAction(
      event,
      async () => {
        const outcome = await runMutation(event.locals.graphql, DisableDocument, { accountId });
        return outcome.ok ? { ok: true, errors: outcome.data.disableAccount.errors } : outcome;
      },
      'Account disabled; its sessions have ended.',
    );
  },
  enable: async (event) => {
    const accountId = String((await event.request.formData()).get('accountId') ?? '');
    return accountAction(
      event,
      async () => {
        const outcome = await runMutation(event.locals.graphql, EnableDocument, { accountId });
        return outcome.ok ? { ok: true, errors: outcome.data.enableAccount.errors } : outcome;
      },
      'Account enabled.',
    );
  },
};
