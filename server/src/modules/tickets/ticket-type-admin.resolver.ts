import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import {
  CreateTicketTypeInput,
  ReorderTicketTypesInput,
  UpdateTicketTypeInput,
} from './ticket-type-admin.inputs';
import {
  DeleteTicketTypePayload,
  ReorderTicketTypesPayload,
  TicketTypePayload,
} from './ticket-type-admin.types';

const ticketTypeId = (description: string) => Arg('id', () => ID, { description });

@Resolver()
export class TicketTypeAdminResolver {
  @Authorized(AdminRole.ADMIN)
  @Mutation(() => TicketTypePayload, { description: 'Adds a ticket type to an event. ADMIN only.' })
  createTicketType(
    @Arg('input', { description: 'The new ticket type.' }) input: CreateTicketTypeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketTypePayload> {
    return context.services.ticketTypeAdmin.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => TicketTypePayload, {
    description:
      'Changes price, capacity (never below sold + held), order limits or sales window. ADMIN only.',
  })
  updateTicketType(
    @Arg('input', { description: 'The ticket type and the fields to change.' }) input: UpdateTicketTypeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketTypePayload> {
    return context.services.ticketTypeAdmin.update(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => ReorderTicketTypesPayload, {
    description: 'Sets the display order of an event’s ticket types. ADMIN only.',
  })
  reorderTicketTypes(
    @Arg('input', { description: 'The event and its ticket type ids in the new order.' })
    input: ReorderTicketTypesInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ReorderTicketTypesPayload> {
    return context.services.ticketTypeAdmin.reorder(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => TicketTypePayload, {
    description: 'Takes a ticket type off sale and out of the catalog (sold tickets stay valid). ADMIN only.',
  })
  deactivateTicketType(
    @ticketTypeId('The ticket type to deactivate.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketTypePayload> {
    return context.services.ticketTypeAdmin.setActive(context.ctx, id, false);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => TicketTypePayload, {
    description: 'Puts a deactivated ticket type back on offer. ADMIN only.',
  })
  reactivateTicketType(
    @ticketTypeId('The ticket type to reactivate.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketTypePayload> {
    return context.services.ticketTypeAdmin.setActive(context.ctx, id, true);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => DeleteTicketTypePayload, {
    description: 'Deletes a ticket type that has no seats sold or held (else deactivate it). ADMIN only.',
  })
  deleteTicketType(
    @ticketTypeId('The ticket type to delete.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteTicketTypePayload> {
    return context.services.ticketTypeAdmin.delete(context.ctx, id);
  }
}
