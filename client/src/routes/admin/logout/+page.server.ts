import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { callWithCookies } from '$lib/server/admin';
import type { Actions, PageServerLoad } from './$types';

const LogoutDocument = graphql(`
  mutation AdminLogout {
    logout {
      errors {
        code
        message
      }
    }
  }
`);

// Signing out changes state, so it is a POST (the sign-out button); a GET just goes to the admin area.
export const load: PageServerLoad = () => redirect(303, '/admin');

export const actions: Actions = {
  default: async (event) => {
    await callWithCookies(event, LogoutDocument, {});
    redirect(303, '/admin/login');
  },
};
