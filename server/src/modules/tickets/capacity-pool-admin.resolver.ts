import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { CreateCapacityPoolInput, UpdateCapacityPoolInput } from './capacity-pool-admin.inputs';
import { CapacityPoolPayload, DeleteCapacityPoolPayload } from './capacity-pool-admin.types';

@Resolver()
export class CapacityPoolAdminResolver {
  @Authorized(AdminRole.ADMIN)
  @Mutation(() => CapacityPoolPayload, {
    description:
      'Adds seats shared by some ticket types of an event, or the event’s total capacity (`allTicketTypes`). ADMIN only.',
  })
  createCapacityPool(
    @Arg('input', { description: 'The new pool.' }) input: CreateCapacityPoolInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CapacityPoolPayload> {
    return context.services.capacityPoolAdmin.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => CapacityPoolPayload, {
    description:
      'Changes a pool’s name, capacity (never below the seats sold and held) or ticket types. ADMIN only.',
  })
  updateCapacityPool(
    @Arg('input', { description: 'The pool and the fields to change.' }) input: UpdateCapacityPoolInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CapacityPoolPayload> {
    return context.services.capacityPoolAdmin.update(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => DeleteCapacityPoolPayload, {
    description: 'Deletes a pool: its ticket types keep only their own capacities. ADMIN only.',
  })
  deleteCapacityPool(
    @Arg('id', () => ID, { description: 'The pool to delete.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteCapacityPoolPayload> {
    return context.services.capacityPoolAdmin.delete(context.ctx, id);
  }
}
