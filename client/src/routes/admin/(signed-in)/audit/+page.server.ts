import { graphql } from '$lib/gql';
import { unwrap } from '$lib/graphql/client';
import { requireAdmin } from '$lib/server/admin';
import type { PageServerLoad } from './$types';

const AuditLogDocument = graphql(`
  query AdminAuditLog($filter: AuditLogFilterInput, $after: String) {
    auditLog(first: 30, filter: $filter, after: $after) {
      nodes {
        id
        at
        action
        objectType
        objectId
        objectLabel
        currency
        currencyDecimals
        accountId
        accountEmail
        changes {
          field
          before
          after
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  requireAdmin((await parent()).me.role);
  const param = (name: string) => url.searchParams.get(name)?.trim().slice(0, 200) ?? '';
  const filters = {
    objectType: param('objectType'),
    objectId: param('objectId'),
    accountId: param('accountId'),
  };
  const accountIdValid = !filters.accountId || UUID.test(filters.accountId);
  const after = url.searchParams.get('after');
  const variables = {
    filter: {
      objectType: filters.objectType || null,
      objectId: filters.objectId || null,
      accountId: accountIdValid ? filters.accountId || null : null,
    },
    after,
  };
  let result = await locals.graphql.query(AuditLogDocument, variables).toPromise();
  if (after && result.error?.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
    result = await locals.graphql.query(AuditLogDocument, { ...variables, after: null }).toPromise();
  }
  return {
    filters,
    filterError: accountIdValid ? null : 'An account id looks like 0f8c…: pick it from an entry below.',
    entries: unwrap(result).auditLog,
    isFirstPage: !after,
  };
};
