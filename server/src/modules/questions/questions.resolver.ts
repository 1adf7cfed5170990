import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { AdminBooking, AdminBookingTicket } from '../bookings/booking-admin.types';
import { Booking, Ticket } from '../bookings/bookings.types';
import { AttendeeTicket } from '../checkin/checkin.types';
import type { EventEntity } from '../events/event.entity';
import { Event } from '../events/events.types';
import { DateTimeResolver } from 'graphql-scalars';
import { withRetryAfter } from '../../graphql/retry-after';
import { hasValidTickets } from '../bookings/booking-status';
import { answersCutoff } from './answer-editing.service';
import {
  AdminUpdateBookingAnswersInput,
  SetAnswersEditableUntilInput,
  SetAnswersEditableUntilPayload,
  UpdateBookingAnswersInput,
  UpdateBookingAnswersPayload,
} from './answer-editing.types';
import { CreateQuestionInput, ReorderQuestionsInput, UpdateQuestionInput } from './questions.inputs';
import {
  DeleteQuestionPayload,
  Question,
  QuestionAnswer,
  QuestionAnswerSummary,
  QuestionPayload,
  ReorderQuestionsPayload,
} from './questions.types';

@Resolver()
export class QuestionsResolver {
  @Authorized(AdminRole.STAFF)
  @Query(() => [Question], {
    description:
      'Every question of an event in order, hidden ones too (empty for an unknown event). ADMIN and STAFF.',
  })
  eventQuestions(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Question[]> {
    return context.services.questionAnswers.eventQuestions(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => [QuestionAnswerSummary], {
    description:
      'The answers to each of an event’s questions over its confirmed bookings: how many, and per choice (or yes/no) how often. ADMIN only.',
  })
  questionAnswerSummaries(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<QuestionAnswerSummary[]> {
    return context.services.questionAnswers.summaries(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => QuestionPayload, {
    description: 'Adds a checkout question to an event, at the end of its list. ADMIN only.',
  })
  createQuestion(
    @Arg('input', { description: 'The new question.' }) input: CreateQuestionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<QuestionPayload> {
    return context.services.questionAdmin.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => QuestionPayload, {
    description:
      'Changes a question: wording, required, choices (renamed by id, answers kept), ticket types, dependency, or hides it. ADMIN only.',
  })
  updateQuestion(
    @Arg('input', { description: 'The question and the fields to change.' }) input: UpdateQuestionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<QuestionPayload> {
    return context.services.questionAdmin.update(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => ReorderQuestionsPayload, {
    description: 'Sets the order of an event’s questions. ADMIN only.',
  })
  reorderQuestions(
    @Arg('input', { description: 'The event and its question ids in the new order.' })
    input: ReorderQuestionsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ReorderQuestionsPayload> {
    return context.services.questionAdmin.reorder(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => DeleteQuestionPayload, {
    description:
      'Deletes a question nobody has answered and no question depends on (else hide it). ADMIN only.',
  })
  deleteQuestion(
    @Arg('id', () => ID, { description: 'The question to delete.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteQuestionPayload> {
    return context.services.questionAdmin.delete(context.ctx, id);
  }
}

/** Changing a booking's answers after checkout: its buyer until the cut-off, an ADMIN at any time. */
@Resolver()
export class AnswerEditingResolver {
  @Mutation(() => UpdateBookingAnswersPayload, {
    description:
      "The buyer changes their booking's answers (the buyer's and every attendee's) from the booking link, until `Booking.answersEditableUntil`; checked as at checkout. Limited per client address like createBooking (TOO_MANY_ATTEMPTS, with a `Retry-After` header).",
  })
  async updateBookingAnswers(
    @Arg('input', { description: 'The booking link’s token and all its answers.' })
    input: UpdateBookingAnswersInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateBookingAnswersPayload> {
    return withRetryAfter(context, await context.services.answerEditing.updateByBuyer(context.ctx, input));
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => UpdateBookingAnswersPayload, {
    description:
      "Changes a booking's answers at any time (no cut-off), checked as at checkout; audited (which answers, not what they say). ADMIN only.",
  })
  adminUpdateBookingAnswers(
    @Arg('input', { description: 'The booking and all its answers.' }) input: AdminUpdateBookingAnswersInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateBookingAnswersPayload> {
    return context.services.answerEditing.updateByAdmin(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => SetAnswersEditableUntilPayload, {
    description:
      'Sets until when buyers may change their answers (null: until the event starts). ADMIN only.',
  })
  setAnswersEditableUntil(
    @Arg('input', { description: 'The event and the cut-off.' }) input: SetAnswersEditableUntilInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SetAnswersEditableUntilPayload> {
    return context.services.answerEditing.setEditableUntil(context.ctx, input);
  }
}

/** The questions shoppers are asked, on the public event. */
@Resolver(() => Event)
export class EventQuestionsFieldResolver {
  @FieldResolver(() => [Question], {
    description:
      'The questions the checkout asks, in order: of the buyer once (BOOKING) or of each attendee (ATTENDEE), for which ticket types, when (dependency), with the choices offered. Hidden questions and choices are left out.',
  })
  questions(@Root() event: EventEntity, @Ctx() context: GraphQLContext): Promise<Question[]> {
    return context.loaders.questionsByEventId.load(event.id);
  }
}

/** The buyer's answers on the booking opened by its token: as private as the booking itself. */
@Resolver(() => Booking)
export class BookingAnswersFieldResolver {
  @FieldResolver(() => [QuestionAnswer], {
    description: "The buyer's answers to the event's BOOKING questions.",
  })
  answers(@Root() booking: Booking, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.buyerAnswersByBookingId.load(booking.id);
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description:
      'Until when the buyer may change the answers (`updateBookingAnswers`); null when they no longer can (cut-off passed, or no valid tickets).',
  })
  answersEditableUntil(@Root() booking: Booking, @Ctx() context: GraphQLContext): Date | null {
    const cutoff = answersCutoff(booking.event);
    return hasValidTickets(booking.status) && context.ctx.now < cutoff ? cutoff : null;
  }
}

@Resolver(() => Ticket)
export class TicketAnswersFieldResolver {
  @FieldResolver(() => [QuestionAnswer], {
    description: "The attendee's answers to the event's ATTENDEE questions.",
  })
  answers(@Root() ticket: Ticket, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.answersByTicketId.load(ticket.id);
  }
}

@Resolver(() => AdminBooking)
export class AdminBookingAnswersFieldResolver {
  @FieldResolver(() => [QuestionAnswer], {
    description: "The buyer's answers (STAFF see only those shown at the door).",
  })
  answers(@Root() booking: AdminBooking, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.buyerAnswersByBookingId.load(booking.id);
  }
}

@Resolver(() => AdminBookingTicket)
export class AdminTicketAnswersFieldResolver {
  @FieldResolver(() => [QuestionAnswer], {
    description: "The attendee's answers (STAFF see only those shown at the door).",
  })
  answers(@Root() ticket: AdminBookingTicket, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.answersByTicketId.load(ticket.ticketId);
  }
}

@Resolver(() => AttendeeTicket)
export class DoorAnswersFieldResolver {
  @FieldResolver(() => [QuestionAnswer], {
    description:
      "The attendee's answers to questions shown at the door (e.g. dietary needs), then the buyer's, for the check-in screen.",
  })
  doorAnswers(@Root() ticket: AttendeeTicket, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.doorAnswersByTicketId.load(ticket.ticketId);
  }

  @FieldResolver(() => [QuestionAnswer], {
    description:
      "The attendee's answers, then the buyer's, for the attendee list's question columns (STAFF see only those shown at the door).",
  })
  answers(@Root() ticket: AttendeeTicket, @Ctx() context: GraphQLContext): Promise<QuestionAnswer[]> {
    return context.loaders.ticketAndBuyerAnswersByTicketId.load(ticket.ticketId);
  }
}
