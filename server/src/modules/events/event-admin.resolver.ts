import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { currencyDecimals } from '../../common/money';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import {
  AdminEventsArgs,
  CancelEventOptionsInput,
  CreateEventInput,
  DuplicateEventInput,
  SetEventVisibilityInput,
  UpdateEventInput,
} from './event-admin.inputs';
import { AdminEvent, AdminEventConnection, EventPayload } from './event-admin.types';
import { toConnection } from '../../graphql/pagination';

const eventId = (description: string) => Arg('id', () => ID, { description });

@Resolver(() => AdminEvent)
export class EventAdminResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => AdminEventConnection, {
    description:
      'Every event in any status or visibility, with sales figures: soonest first (most recent first for PAST). ADMIN and STAFF.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 1) * childComplexity,
  })
  async adminEvents(
    @Args() args: AdminEventsArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminEventConnection> {
    const page = await context.services.adminEventViews.list(context.ctx, args);
    return toConnection(page.events, page.cursors, page.hasNextPage);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => AdminEvent, {
    nullable: true,
    description: 'One event by id, with its private link and sales per ticket type. ADMIN and STAFF.',
  })
  adminEvent(@eventId('The event.') id: string, @Ctx() context: GraphQLContext): Promise<AdminEvent | null> {
    return context.services.adminEventViews.get(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, { description: 'Creates an event as a DRAFT. ADMIN only.' })
  createEvent(
    @Arg('input', { description: 'The new event.' }) input: CreateEventInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, { description: 'Changes an event’s details. ADMIN only.' })
  updateEvent(
    @Arg('input', { description: 'The event and the fields to change.' }) input: UpdateEventInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.update(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description: 'Publishes a draft: it goes on sale (and into the catalog if public). ADMIN only.',
  })
  publishEvent(
    @eventId('The event to publish.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.publish(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description: 'Takes a published event back to DRAFT (only while nothing is sold or held). ADMIN only.',
  })
  unpublishEvent(
    @eventId('The event to unpublish.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.unpublish(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description:
      'Cancels an event, or one date of a series (a series: with all its dates): sales end; its page says so. With `options`, unpaid holds end, buyers are e-mailed and paid bookings may be refunded; without, bookings are left as they are. ADMIN only.',
  })
  cancelEvent(
    @eventId('The event (or date, or series) to cancel.') id: string,
    @Arg('options', () => CancelEventOptionsInput, {
      nullable: true,
      description: 'What happens to its bookings; omitted: nothing (they stay as they are).',
    })
    options: CancelEventOptionsInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.cancel(context.ctx, id, options);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description: 'Copies an event and its ticket types as a new DRAFT with no sales. ADMIN only.',
  })
  duplicateEvent(
    @Arg('input', { description: 'The event to copy and the copy’s slug.' }) input: DuplicateEventInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.duplicate(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description:
      'Makes an event public (listed; key removed) or private (secret link; key generated). ADMIN only.',
  })
  setEventVisibility(
    @Arg('input', { description: 'The event and its new visibility.' }) input: SetEventVisibilityInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.setVisibility(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventPayload, {
    description: 'Gives a private event a new secret key; the old link stops working at once. ADMIN only.',
  })
  rotateEventAccessKey(
    @eventId('The private event.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventPayload> {
    return context.services.eventAdmin.rotateAccessKey(context.ctx, id);
  }

  @FieldResolver(() => Int, {
    description:
      'Decimals of the event currency (see Money.decimals): how the editor reads and writes its prices, even before it has any.',
  })
  currencyDecimals(@Root() event: AdminEvent): number {
    return currencyDecimals(event.currency);
  }
}
