import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { callWithCookies, safeNext } from '$lib/server/admin';
import type { Actions, PageServerLoad } from './$types';

const LoginDocument = graphql(`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      account {
        id
        role
      }
      errors {
        code
        ...UserErrorFields
        retryAfterSeconds
      }
    }
  }
`);

const MeDocument = graphql(`
  query AdminLoginMe {
    me {
      id
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  // Already signed in: nothing to do here.
  const { me } = unwrap(await locals.graphql.query(MeDocument, {}).toPromise());
  if (me) redirect(303, next);
  return {
    next,
    expired: url.searchParams.has('expired'),
    passwordSet: url.searchParams.has('password-set'),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const next = safeNext(String(form.get('next') ?? ''));
    if (!email || !password) {
      return fail(400, {
        email,
        errors: {
          email: email ? undefined : 'Enter your e-mail address.',
          password: password ? undefined : 'Enter your password.',
        },
      });
    }
    const { login } = await callWithCookies(event, LoginDocument, { input: { email, password } });
    const [problem] = login.errors;
    if (problem || !login.account) {
      let message = problem?.message ?? 'Sign-in failed.';
      if (problem?.code === 'INVALID_CREDENTIALS') message = 'That e-mail address and password do not match.';
      if (problem?.code === 'TOO_MANY_ATTEMPTS') {
        const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
        message = `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
      }
      return fail(problem?.code === 'TOO_MANY_ATTEMPTS' ? 429 : 400, {
        email,
        errors: { email: undefined, password: message },
      });
    }
    redirect(303, next);
  },
};
