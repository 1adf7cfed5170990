import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import type { EventEntity } from '../events/event.entity';
import { Ticket } from '../bookings/bookings.types';
import { Event } from '../events/events.types';
import {
  OpenWaiverSigningInput,
  RecordPaperWaiverInput,
  SetEventWaiverInput,
  SignWaiverInput,
} from './waivers.inputs';
import {
  EventWaiver,
  EventWaiverPayload,
  OpenWaiverSigningPayload,
  SignWaiverPayload,
  TicketWaiver,
  TicketWaiverPayload,
  WaiverStatus,
  WaiverErrorCode,
  WaiverToSign,
} from './waivers.types';

@Resolver()
export class WaiversResolver {
  @Mutation(() => OpenWaiverSigningPayload, {
    description:
      'A new signing link for an attendee of a booking, for "sign your waiver" on the booking page. Public: the booking token is the key; a few dozen links per attendee at most.',
  })
  async openWaiverSigning(
    @Arg('input', { description: 'The booking’s token and the ticket.' }) input: OpenWaiverSigningInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OpenWaiverSigningPayload> {
    const booking = await context.services.bookingViews.findEntityByToken(context.ctx, input.bookingToken);
    if (!booking) {
      return {
        signingToken: null,
        errors: [
          { code: WaiverErrorCode.NOT_FOUND, field: 'bookingToken', message: 'No booking has this link.' },
        ],
      };
    }
    return context.services.waiverSigning.signingLinkForBooking(context.ctx, booking.id, input.ticketId);
  }

  @Authorized(AdminRole.STAFF)
  @Query(() => EventWaiver, {
    nullable: true,
    description:
      'An event’s waiver and every version of its text; null for an unknown event. ADMIN and STAFF.',
  })
  eventWaiver(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventWaiver | null> {
    return context.services.waiverTexts.eventWaiver(context.ctx, eventId);
  }

  @Query(() => WaiverToSign, {
    nullable: true,
    description:
      'What the signing page shows for a signing link: event, attendee, the current waiver text, and the signature if signed. Null for an unknown token. Public: the token is the key.',
  })
  waiverToSign(
    @Arg('token', { description: 'The token of the signing link.' }) token: string,
    @Ctx() context: GraphQLContext,
  ): Promise<WaiverToSign | null> {
    return context.services.waiverSigning.waiverToSign(context.ctx, token);
  }

  @Mutation(() => SignWaiverPayload, {
    description:
      'Signs the waiver of a signing link with the typed full name, on the current version. Public: the token is the key.',
  })
  signWaiver(
    @Arg('input', { description: 'The link’s token, the full name and the agreement.' })
    input: SignWaiverInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SignWaiverPayload> {
    return context.services.waiverSigning.signWaiver(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventWaiverPayload, {
    description: 'Writes a new version of the event’s waiver text and requires it from now on. ADMIN only.',
  })
  setEventWaiver(
    @Arg('input', { description: 'The event and the text.' }) input: SetEventWaiverInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventWaiverPayload> {
    return context.services.waiverTexts.setEventWaiver(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventWaiverPayload, {
    description: 'Stops requiring a waiver for the event; signatures are kept. ADMIN only.',
  })
  disableEventWaiver(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventWaiverPayload> {
    return context.services.waiverTexts.disableEventWaiver(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => TicketWaiverPayload, {
    description:
      'E-mails the attendee of a ticket a new signing link (their earlier links keep working). ADMIN only.',
  })
  resendWaiverRequest(
    @Arg('ticketId', () => ID, { description: 'The attendee’s ticket.' }) ticketId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketWaiverPayload> {
    return context.services.waiverSigning.resendWaiverRequest(context.ctx, ticketId);
  }

  @Authorized(AdminRole.STAFF)
  @Mutation(() => TicketWaiverPayload, {
    description: 'Records a waiver the attendee signed on paper, on the current version. ADMIN and STAFF.',
  })
  recordPaperWaiver(
    @Arg('input', { description: 'The ticket and the name signed with.' }) input: RecordPaperWaiverInput,
    @Ctx() context: GraphQLContext,
  ): Promise<TicketWaiverPayload> {
    return context.services.waiverSigning.recordPaperWaiver(context.ctx, input);
  }
}

/** What shoppers see of an event's waiver: only whether one is asked for (the checkout says so). */
@Resolver(() => Event)
export class EventWaiverFieldResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when every attendee must sign the event’s waiver before check-in; each receives a signing link by e-mail once the booking is confirmed.',
  })
  waiverRequired(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<boolean> {
    return context.services.waiverTexts.isRequired(context.ctx, event.id);
  }
}

/**
 * What the booking's holder sees of each attendee's waiver. Public tickets are reachable only through
 * a booking opened by its token, so this is as private as the booking itself.
 */
@Resolver(() => Ticket)
export class TicketWaiverFieldResolver {
  @FieldResolver(() => TicketWaiver, {
    description:
      'Whether the attendee must sign the event’s waiver and whether (when, how) they have. The signing link is not shown: it reaches the attendee by e-mail only.',
  })
  async waiver(@Root() ticket: Ticket, @Ctx() context: GraphQLContext): Promise<TicketWaiver> {
    return (
      (await context.loaders.waiverByTicketId.load(ticket.id)) ?? {
        status: WaiverStatus.NOT_REQUIRED,
        signature: null,
      }
    );
  }
}
