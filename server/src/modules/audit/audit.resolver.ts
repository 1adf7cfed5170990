import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { currencyDecimals } from '../../common/money';
import { AuditLogArgs } from './audit.inputs';
import { auditObjectKey } from './audit.service';
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
    const objects = await context.services.audit.describeObjects(context.ctx, page.entries);
    const nodes = page.entries.map((entry) => {
      const object = objects.get(auditObjectKey(entry.objectType, entry.objectId));
      return {
        ...entry,
        objectLabel: object?.label ?? null,
        currency: object?.currency ?? null,
        currencyDecimals: object?.currency ? currencyDecimals(object.currency) : null,
        changes: Object.entries(entry.changes).map(([field, change]) => ({ field, ...change })),
      };
    });
    return toConnection(nodes, page.cursors, page.hasNextPage);
  }
}
