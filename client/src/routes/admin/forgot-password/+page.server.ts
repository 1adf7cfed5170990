import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { callWithCookies } from '$lib/server/admin';
import type { Actions } from './$types';

const RequestResetDocument = graphql(`
  mutation AdminRequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
      errors {
        code
        ...UserErrorFields
      }
    }
  }
`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '').trim();
    if (!EMAIL.test(email) || email.length > 254) {
      return fail(400, { email, error: 'Enter the e-mail address you sign in with.', sent: false });
    }
    // Through callWithCookies so the API sees the browser's address (the limit is per address).
    const { requestPasswordReset } = await callWithCookies(event, RequestResetDocument, { input: { email } });
    const [problem] = requestPasswordReset.errors;
    if (problem)
      return fail(problem.code === 'TOO_MANY_ATTEMPTS' ? 429 : 400, {
        email,
        error: problem.message,
        sent: false,
      });
    return { email, error: undefined, sent: true };
  },
};
