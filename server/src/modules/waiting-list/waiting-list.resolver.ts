import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import type { EventEntity } from '../events/event.entity';
import { Event } from '../events/events.types';
import {
  JoinWaitingListInput,
  MoveWaitingListEntryInput,
  UpdateWaitingListSettingsInput,
} from './waiting-list.inputs';
import {
  AdminWaitingList,
  JoinWaitingListPayload,
  WaitingListEntryPayload,
  WaitingListOffer,
  WaitingListSettingsPayload,
} from './waiting-list.types';

@Resolver()
export class WaitingListResolver {
  @Mutation(() => JoinWaitingListPayload, {
    description:
      'Joins the waiting list of a sold-out ticket type (anyone; limited per client address, and per e-mail to a few ticket types of an event). When seats come back the next people in line get an e-mail offering them for a while (see `WaitingListSettings.offerHours`).',
  })
  joinWaitingList(
    @Arg('input', () => JoinWaitingListInput, { description: 'Who waits for what.' })
    input: JoinWaitingListInput,
    @Ctx() context: GraphQLContext,
  ): Promise<JoinWaitingListPayload> {
    return context.services.waitingList.join(context.ctx, input);
  }

  @Query(() => WaitingListOffer, {
    nullable: true,
    description:
      'A waiting-list offer by the secret token of its e-mailed link; null for a token that opens none. Book it with `createBooking(input: { waitingListOfferToken })`.',
  })
  waitingListOffer(
    @Arg('token', { description: 'The token from the offer link.' }) token: string,
    @Ctx() context: GraphQLContext,
  ): Promise<WaitingListOffer | null> {
    return context.services.waitingList.offerByToken(context.ctx, token);
  }

  @Authorized(AdminRole.ADMIN, AdminRole.STAFF)
  @Query(() => AdminWaitingList, {
    nullable: true,
    description:
      'An event’s waiting list and its settings; null for an unknown event. ADMIN and STAFF (read only).',
  })
  waitingList(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<AdminWaitingList | null> {
    return context.services.waitingListAdmin.list(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WaitingListEntryPayload, {
    description: 'Moves a waiting entry to another place in the line of its ticket type. ADMIN only.',
  })
  moveWaitingListEntry(
    @Arg('input', () => MoveWaitingListEntryInput, { description: 'The entry and its new place.' })
    input: MoveWaitingListEntryInput,
    @Ctx() context: GraphQLContext,
  ): Promise<WaitingListEntryPayload> {
    return context.services.waitingListAdmin.move(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WaitingListEntryPayload, {
    description:
      'Takes an entry off the waiting list; the seats of an open offer go to the next people in line. ADMIN only.',
  })
  removeWaitingListEntry(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<WaitingListEntryPayload> {
    return context.services.waitingListAdmin.remove(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WaitingListEntryPayload, {
    description:
      'Offers seats to one waiting entry now, whatever its place and whether automatic offers are on: the seats are held and the offer e-mailed, or NO_SEATS_FREE. ADMIN only.',
  })
  offerWaitingListEntry(
    @Arg('id', () => ID, { description: 'The entry (WAITING).' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<WaitingListEntryPayload> {
    return context.services.waitingListAdmin.offer(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WaitingListSettingsPayload, {
    description:
      'Changes an event’s waiting-list settings (on/off, automatic offers, hours to accept). ADMIN only.',
  })
  updateWaitingListSettings(
    @Arg('input', () => UpdateWaitingListSettingsInput, { description: 'The event and its settings.' })
    input: UpdateWaitingListSettingsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<WaitingListSettingsPayload> {
    return context.services.waitingListAdmin.updateSettings(context.ctx, input);
  }
}

/** What shoppers see of an event's waiting list: whether a sold-out ticket type offers it. */
@Resolver(() => Event)
export class EventWaitingListFieldResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when shoppers may join the waiting list of a sold-out ticket type (`joinWaitingList`); its organiser can turn it off.',
  })
  async waitingListOpen(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<boolean> {
    return (await context.services.waitingList.settings(context.ctx, event.id)).enabled;
  }
}
