import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { runMutation } from '$lib/server/mutation';
import { loadPasswordRules, passwordProblem, passwordRulesText } from '$lib/server/password-rules';
import type { Actions, PageServerLoad } from './$types';

const ChangePasswordDocument = graphql(`
  mutation AdminChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account {
        id
      }
      errors {
        code
        ...UserErrorFields
        retryAfterSeconds
      }
    }
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

export const load: PageServerLoad = async ({ locals }) => ({
  rulesText: passwordRulesText(await loadPasswordRules(locals)),
});

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const form = await request.formData();
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const confirmPassword = String(form.get('confirmPassword') ?? '');
    const errors: Partial<Record<Field, string>> = {};
    if (!currentPassword) errors.currentPassword = 'Enter your current password.';
    const tooWeak = passwordProblem(newPassword, await loadPasswordRules(locals));
    if (tooWeak) errors.newPassword = tooWeak;
    else if (newPassword !== confirmPassword) errors.confirmPassword = 'The two new passwords differ.';
    if (Object.keys(errors).length) return fail(400, { errors, done: false });

    const outcome = await runMutation(locals.graphql, ChangePasswordDocument, {
      input: { currentPassword, newPassword },
    });
    if (!outcome.ok) {
      const [field, message] = Object.entries(outcome.fieldErrors)[0];
      errors[field === 'currentPassword' ? 'currentPassword' : 'newPassword'] = message;
      return fail(400, { errors, done: false });
    }
    for (const problem of outcome.data.changePassword.errors) {
      const field: Field =
        problem.field === 'newPassword' || problem.code === 'PASSWORD_UNCHANGED'
          ? 'newPassword'
          : 'currentPassword';
      errors[field] = problem.message;
    }
    if (Object.keys(errors).length) return fail(400, { errors, done: false });
    return { errors, done: true };
  },
};
