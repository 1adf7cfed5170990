import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import type { LayoutServerLoad } from './$types';

const MeDocument = graphql(`
  query AdminMe {
    me {
      id
      email
      role
    }
  }
`);

/** Every admin page needs a valid session; without one, sign in and come back here. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const { me } = unwrap(
    await locals.graphql.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
  );
  if (!me) redirect(303, `/admin/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  return { me };
};
