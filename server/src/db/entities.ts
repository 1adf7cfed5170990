/** Every TypeORM entity, listed explicitly so compiled and ts-jest runs load the same set. */
import { BookingRefundEntity } from '../modules/bookings/booking-refund.entity';
import { BookingLineEntity } from '../modules/bookings/booking-line.entity';
import { BookingPaymentEntity } from '../modules/bookings/booking-payment.entity';
import { BookingEntity, BookingLinkEntity } from '../modules/bookings/booking.entity';
import { TicketEntity } from '../modules/bookings/ticket.entity';
import { EmailMessageEntity } from '../modules/email/email-message.entity';
import { AdminAccountEntity } from '../modules/accounts/admin-account.entity';
import { PasswordLinkEntity } from '../modules/accounts/password-link.entity';
import { AuditLogEntryEntity } from '../modules/audit/audit-log-entry.entity';
import { AdminSessionEntity } from '../modules/auth/admin-session.entity';
import { LoginFailureCounterEntity } from '../modules/auth/login-failure-counter.entity';
import { PayPalWebhookEventEntity } from '../modules/payments/paypal-webhook-event.entity';
import { EventEntity } from '../modules/events/event.entity';
import { TicketTypeEntity } from '../modules/tickets/ticket-type.entity';
import { CapacityPoolEntity, CapacityPoolTicketTypeEntity } from '../modules/tickets/capacity-pool.entity';
import { WaiverLinkEntity, WaiverSignatureEntity } from '../modules/waivers/waiver-signature.entity';
import { WaiverVersionEntity, WaiverVersionQuestionEntity } from '../modules/waivers/waiver-version.entity';
import { EventMessageEntity, EventMessageRecipientEntity } from '../modules/messages/event-message.entity';
import { ReminderDeliveryEntity, ReminderRuleEntity } from '../modules/messages/reminder-rule.entity';
import { EventUnsubscribeEntity, UnsubscribeLinkEntity } from '../modules/messages/unsubscribe.entity';
import { EventEmailTextEntity } from '../modules/email/event-email-text.entity';
import { VoucherEntity } from '../modules/vouchers/voucher.entity';
import {
  QuestionChoiceEntity,
  QuestionEntity,
  QuestionTicketTypeEntity,
} from '../modules/questions/question.entity';
import {
  QuestionAnswerChoiceEntity,
  QuestionAnswerEntity,
} from '../modules/questions/question-answer.entity';
import { QuestionFileEntity } from '../modules/questions/question-file.entity';
import { RateLimitCounterEntity } from './rate-limit-counter.entity';
import {
  WaitingListEntryEntity,
  WaitingListSettingsEntity,
} from '../modules/waiting-list/waiting-list-entry.entity';
import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity';
import {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookMessageEntity,
} from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../modules/webhooks/webhook-endpoint.entity';

export const entities = [
  EventEntity,
  TicketTypeEntity,
  CapacityPoolEntity,
  CapacityPoolTicketTypeEntity,
  BookingEntity,
  BookingLinkEntity,
  BookingLineEntity,
  TicketEntity,
  EmailMessageEntity,
  AdminAccountEntity,
  AdminSessionEntity,
  PasswordLinkEntity,
  LoginFailureCounterEntity,
  RateLimitCounterEntity,
  AuditLogEntryEntity,
  BookingRefundEntity,
  BookingPaymentEntity,
  PayPalWebhookEventEntity,
  WaiverVersionEntity,
  WaiverVersionQuestionEntity,
  WaiverSignatureEntity,
  WaiverLinkEntity,
  ReminderRuleEntity,
  ReminderDeliveryEntity,
  EventMessageEntity,
  EventMessageRecipientEntity,
  EventUnsubscribeEntity,
  UnsubscribeLinkEntity,
  EventEmailTextEntity,
  ApiTokenEntity,
  WebhookEndpointEntity,
  WebhookMessageEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryAttemptEntity,
  VoucherEntity,
  QuestionEntity,
  QuestionChoiceEntity,
  QuestionTicketTypeEntity,
  QuestionAnswerEntity,
  QuestionAnswerChoiceEntity,
  QuestionFileEntity,
  WaitingListEntryEntity,
  WaitingListSettingsEntity,
];
