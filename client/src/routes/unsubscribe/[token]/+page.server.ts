import { graphql } from '$lib/gql';
import { runMutation } from '$lib/server/mutation';
import type { Actions } from './$types';

const UnsubscribeDocument = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      unsubscribed
      eventTitle
      retryAfterSeconds
    }
  }
`);

/** Opening the link only asks (mail scanners open links); the button posts here. */
export const actions: Actions = {
  default: async ({ locals, params }) => {
    const outcome = await runMutation(locals.graphql, UnsubscribeDocument, { token: params.token });
    if (!outcome.ok) return { unsubscribed: false, eventTitle: null, retryAfterSeconds: null };
    return outcome.data.unsubscribe;
  },
};
