import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { callWithCookies } from '$lib/server/admin';
import { loadPasswordRules, passwordProblem, passwordRulesText } from '$lib/server/password-rules';
import type { Actions, PageServerLoad } from './$types';

const PasswordLinkDocument = graphql(`
  query AdminPasswordLink($token: String!) {
    passwordLink(token: $token) {
      link {
        email
        invitation
        expiresAt
      }
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const SetPasswordDocument = graphql(`
  mutation AdminSetPasswordWithLink($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input) {
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

export const load: PageServerLoad = async ({ locals, params }) => {
  const [{ passwordLink }, rules] = await Promise.all([
    locals.graphql
      .query(PasswordLinkDocument, { token: params.token }, { requestPolicy: 'network-only' })
      .toPromise()
      .then(unwrap),
    loadPasswordRules(locals),
  ]);
  return {
    link: passwordLink.link,
    problem: passwordLink.errors[0]?.message ?? null,
    rulesText: passwordRulesText(rules),
    rules,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const newPassword = String(form.get('newPassword') ?? '');
    const confirmPassword = String(form.get('confirmPassword') ?? '');
    const rules = await loadPasswordRules(event.locals);
    const errors: { newPassword?: string; confirmPassword?: string; form?: string } = {};
    errors.newPassword = passwordProblem(newPassword, rules);
    if (!errors.newPassword && newPassword !== confirmPassword)
      errors.confirmPassword = 'The two passwords differ.';
    if (errors.newPassword || errors.confirmPassword) return fail(400, { errors });

    const { setPasswordWithLink } = await callWithCookies(event, SetPasswordDocument, {
      input: { token: event.params.token, newPassword },
    });
    const [problem] = setPasswordWithLink.errors;
    if (problem) {
      if (problem.field === 'newPassword') errors.newPassword = problem.message;
      else errors.form = problem.message;
      return fail(400, { errors });
    }
    // Signed in with the new session cookie.
    redirect(303, '/admin');
  },
};
