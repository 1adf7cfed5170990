import { graphql } from '$lib/gql';
import type { EmailStatus } from '$lib/gql/graphql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import type { PageServerLoad } from './$types';

const EmailListDocument = graphql(`
  query AdminEmailList($filter: EmailMessageFilterInput, $after: String) {
    emailMessages(first: 25, filter: $filter, after: $after) {
      nodes {
        id
        kind
        status
        subject
        recipients
        createdAt
        sentAt
        attempts
        lastError
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const STATUSES: EmailStatus[] = ['FAILED', 'HELD', 'QUEUED', 'SENT', 'PREVIEW'];

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  requireAdmin((await parent()).me.role);
  const requested = url.searchParams.get('status');
  const status = STATUSES.find((item) => item === requested) ?? null;
  const recipient = url.searchParams.get('recipient')?.trim().slice(0, 254) ?? '';
  const after = url.searchParams.get('after');
  const variables = { filter: { status, recipient: recipient || null }, after };
  let result = await locals.graphql.query(EmailListDocument, variables).toPromise();
  // A stale cursor: the first page instead.
  if (after && result.error?.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
    result = await locals.graphql.query(EmailListDocument, { ...variables, after: null }).toPromise();
  }
  return { filters: { status, recipient }, messages: unwrap(result).emailMessages, isFirstPage: !after };
};
