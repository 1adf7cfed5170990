/**
 * ADMIN-only API of the outbox: the mail log, mail preview and resend. It exposes every message's
 * content (booking and signing links included), so STAFF do not get it either.
 */
import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AdminRole } from '../accounts/admin-account.entity';
import type { GraphQLContext } from '../../graphql/context';
import { domainProblem } from '../../common/domain-error';
import type { EmailMessageEntity } from './email-message.entity';
import { EmailMessageIdArgs, EmailMessagesArgs } from './email.inputs';
import { inlineImagesAsDataUrls } from './email.preview';
import { toConnection } from '../../graphql/pagination';
import {
  EmailAttachment,
  EmailMessage,
  EmailMessageConnection,
  EmailMessageErrorCode,
  ResendEmailMessagePayload,
} from './email.types';

@Authorized(AdminRole.ADMIN)
@Resolver(() => EmailMessage)
export class EmailAdminResolver {
  @Query(() => EmailMessageConnection, {
    description:
      'Admin only. E-mails of the outbox, newest first: the mail log and, without SMTP, mail preview.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 1) * childComplexity,
  })
  async emailMessages(
    @Args() args: EmailMessagesArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<EmailMessageConnection> {
    const page = await context.services.email.list(context.ctx, {
      first: args.first,
      after: args.after,
      ...args.filter,
    });
    const nodes = page.messages as unknown as EmailMessage[];
    return toConnection(nodes, page.cursors, page.hasNextPage);
  }

  @Query(() => EmailMessage, {
    nullable: true,
    description: 'Admin only. One e-mail by id; null if none has it.',
  })
  emailMessage(
    @Args() args: EmailMessageIdArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<EmailMessageEntity | null> {
    return context.services.email.findById(context.ctx, args.id);
  }

  @Mutation(() => ResendEmailMessagePayload, {
    description: 'Admin only. Sends a failed, sent or previewed e-mail again, as it was first rendered.',
  })
  async resendEmailMessage(
    @Args() args: EmailMessageIdArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ResendEmailMessagePayload> {
    const requeued = await context.services.email.resend(context.ctx, args.id);
    if (requeued) return { emailMessage: requeued as unknown as EmailMessage, errors: [] };
    const exists = await context.services.email.findById(context.ctx, args.id);
    return {
      emailMessage: null,
      errors: [
        exists
          ? domainProblem(
              EmailMessageErrorCode.NOT_RESENDABLE,
              'This e-mail is still queued; it will be sent.',
              'id',
            )
          : domainProblem(EmailMessageErrorCode.NOT_FOUND, 'No e-mail has this id.', 'id'),
      ],
    };
  }

  @FieldResolver(() => [EmailAttachment], {
    description: 'Files sent with the message: QR codes, calendar entry.',
  })
  attachments(@Root() message: EmailMessageEntity): EmailAttachment[] {
    return message.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: Buffer.byteLength(attachment.contentBase64, 'base64'),
      contentId: attachment.cid,
    }));
  }

  @FieldResolver(() => String, {
    description:
      'The HTML part with inline images embedded as data: URLs, so a browser shows it as a mail client would.',
  })
  previewHtml(@Root() message: EmailMessageEntity): string {
    return inlineImagesAsDataUrls(message.html, message.attachments);
  }
}
