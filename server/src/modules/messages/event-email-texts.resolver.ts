import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { EmailKind } from '../email/email-message.entity';
import { PreviewEventEmailTextInput, SaveEventEmailTextInput } from './event-email-texts.inputs';
import { EmailTextPreview, EventEmailText, EventEmailTextPayload } from './event-email-texts.types';

@Resolver()
export class EventEmailTextsResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => [EventEmailText], {
    nullable: true,
    description:
      'The e-mails of an event whose subject and opening text an organiser can change, with the text each sends; null when there is no such event. ADMIN only.',
  })
  eventEmailTexts(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<EventEmailText[] | null> {
    return context.services.eventEmailTexts.list(context.ctx, eventId);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => EmailTextPreview, {
    description:
      'A draft text as the e-mail would look, filled in with a booking’s data or sample data; nothing is saved or sent. ADMIN only.',
  })
  previewEventEmailText(
    @Arg('input', { description: 'The draft, and optionally a booking to fill it in with.' })
    input: PreviewEventEmailTextInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EmailTextPreview> {
    return context.services.eventEmailTexts.preview(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventEmailTextPayload, {
    description:
      'Saves the event’s own subject and opening text of one e-mail, sent from now on instead of the default. Unknown {placeholders} are refused. ADMIN only.',
  })
  saveEventEmailText(
    @Arg('input', { description: 'The event, the e-mail and its text.' }) input: SaveEventEmailTextInput,
    @Ctx() context: GraphQLContext,
  ): Promise<EventEmailTextPayload> {
    return context.services.eventEmailTexts.save(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => EventEmailTextPayload, {
    description: 'Goes back to the default text of one of the event’s e-mails. ADMIN only.',
  })
  resetEventEmailText(
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('kind', () => EmailKind, { description: 'Which e-mail.' }) kind: EmailKind,
    @Ctx() context: GraphQLContext,
  ): Promise<EventEmailTextPayload> {
    return context.services.eventEmailTexts.reset(context.ctx, eventId, kind);
  }
}
