import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { AuditLogArgs } from './audit.inputs';
import { AuditLogConnection } from './audit.types';
import { toConnection } from '../../graphql/pagination';

@Resolver()
export class AuditResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => AuditLogConnection, {
    description: 'Who changed what and when, newest first; filter by object or by account. ADMIN only.',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() context: GraphQLContext): Promise<AuditLogConnection> {
    const page = await context.services.audit.list(context.ctx, {
      first: args.first,
      after: args.after,
      ...args.filter,
    });
    const nodes = page.entries.map((entry) => ({
      ...entry,
      changes: Object.entries(entry.changes).map(([field, change]) => ({ field, ...change })),
    }));
    return toConnection(nodes, page.cursors, page.hasNextPage);
  }
}
