import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import {
  CreateReminderRuleInput,
  EventMessageInput,
  SendEventMessageInput,
  UpdateReminderRuleInput,
} from './messages.inputs';
import {
  DeleteReminderRulePayload,
  EventMessage,
  EventMessagePayload,
  EventMessagePreview,
  MessageDelivery,
  ReminderRule,
  ReminderRulePayload,
  UnsubscribePayload,
} from './messages.types';

const idArg = (name: string, description: string) => Arg(name, () => ID, { description });

@Resolver()
export class MessagesResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => [ReminderRule], { description: 'The reminder rules of an event, soonest first. ADMIN only.' })
  reminderRules(
    @idArg('eventId', 'The event.') eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ReminderRule[]> {
    return context.services.reminderRules.list(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => [MessageDelivery], {
    description: 'Who a reminder rule has reached, when, and how each e-mail went. ADMIN only.',
  })
  reminderRuleDeliveries(
    @idArg('ruleId', 'The reminder rule.') ruleId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<MessageDelivery[]> {
    return context.services.reminderRules.deliveries(context.ctx, ruleId);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => ReminderRulePayload, { description: 'Adds a reminder rule to an event. ADMIN only.' })
  createReminderRule(
    @Arg('input', { description: 'The new rule.' }) input: CreateReminderRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ReminderRulePayload> {
    return context.services.reminderRules.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => ReminderRulePayload, {
    description: 'Changes a reminder rule or switches it on or off. ADMIN only.',
  })
  updateReminderRule(
    @Arg('input', { description: 'The rule and the fields to change.' }) input: UpdateReminderRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ReminderRulePayload> {
    return context.services.reminderRules.update(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => DeleteReminderRulePayload, {
    description: 'Deletes a reminder rule (what it sent stays in the mail log). ADMIN only.',
  })
  deleteReminderRule(
    @idArg('id', 'The rule to delete.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteReminderRulePayload> {
    return context.services.reminderRules.delete(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => [EventMessage], {
    description: 'The messages written to an event’s people, newest first, with progress. ADMIN only.',
  })
  eventMessages(
    @idArg('eventId', 'The event.') eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventMessage[]> {
    return context.services.eventMessages.list(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => EventMessage, { nullable: true, description: 'One message with its progress. ADMIN only.' })
  eventMessage(
    @idArg('id', 'The message.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventMessage | null> {
    return context.services.eventMessages.byId(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => [MessageDelivery], {
    description: 'Each recipient of a message, when its e-mail was queued and how it went. ADMIN only.',
  })
  eventMessageDeliveries(
    @idArg('messageId', 'The message.') messageId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<MessageDelivery[]> {
    return context.services.eventMessages.deliveries(context.ctx, messageId);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => EventMessagePreview, {
    description: 'A draft message as its first recipient would get it, and how many it reaches. ADMIN only.',
  })
  previewEventMessage(
    @Arg('input', { description: 'The draft.' }) input: EventMessageInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventMessagePreview> {
    return context.services.eventMessages.preview(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventMessagePayload, {
    description: 'Sends a message to an event’s buyers or attendees, now or at a time. ADMIN only.',
  })
  sendEventMessage(
    @Arg('input', { description: 'The message, its recipients and when.' }) input: SendEventMessageInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventMessagePayload> {
    return context.services.eventMessages.send(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventMessagePayload, {
    description: 'Calls off a scheduled message (or the rest of one going out). ADMIN only.',
  })
  cancelEventMessage(
    @idArg('id', 'The message.') id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventMessagePayload> {
    return context.services.eventMessages.cancel(context.ctx, id);
  }

  @Mutation(() => UnsubscribePayload, {
    description:
      'Follows an unsubscribe link from a message or reminder: no more of them about that event to that address. Transactional e-mails still come. Limited per client address.',
  })
  async unsubscribe(
    @Arg('token', { description: 'The token of the link.' }) token: string,
    @Ctx() context: GraphQLContext,
  ): Promise<UnsubscribePayload> {
    const result = await context.services.unsubscribes.unsubscribe(context.ctx, token);
    if (result.outcome === 'RATE_LIMITED') {
      context.response.retryAfter(result.retryAfterSeconds);
      return { unsubscribed: false, eventTitle: null, retryAfterSeconds: result.retryAfterSeconds };
    }
    return result.outcome === 'UNSUBSCRIBED'
      ? { unsubscribed: true, eventTitle: result.eventTitle, retryAfterSeconds: null }
      : { unsubscribed: false, eventTitle: null, retryAfterSeconds: null };
  }
}
