/**
 * Every migration, in order. Add new ones here: `npm run migration:generate -w server -- Name`
 * writes the file from the difference between the entities and the migrated schema.
 */
import { CreateCatalog1764000000000 } from './1764000000000-CreateCatalog';
import { AddBookings1795523024339 } from './1795523024339-AddBookings';
import { AuthAddAdminAccounts1795523140666 } from './1795523140666-AuthAddAdminAccounts';
import { AddEmailMessages1795523749936 } from './1795523749936-AddEmailMessages';
import { EventTimesInMilliseconds1795527000000 } from './1795527000000-EventTimesInMilliseconds';
import { AddPayments1795527053156 } from './1795527053156-AddPayments';
import { WaiversAndCheckin1795528000000 } from './1795528000000-WaiversAndCheckin';
import { AdminBookings1795531594063 } from './1795531594063-AdminBookings';
import { ReservePaidBookingFunction1795540000000 } from './1795540000000-ReservePaidBookingFunction';
import { CatalogVersion1795541000000 } from './1795541000000-CatalogVersion';
import { WebhookEventProcessedAtIndex1795542000000 } from './1795542000000-WebhookEventProcessedAtIndex';
import { OpenBookingLimits1795543000000 } from './1795543000000-OpenBookingLimits';
import { TicketShortCodes1795550000000 } from './1795550000000-TicketShortCodes';
import { BookingIdempotencyKey1795552000000 } from './1795552000000-BookingIdempotencyKey';
import { EventImageAlt1795553000000 } from './1795553000000-EventImageAlt';
import { PasswordLinks1795560000000 } from './1795560000000-PasswordLinks';
import { SendAttendeeTickets1795570000000 } from './1795570000000-SendAttendeeTickets';
import { HashBookingTokens1796451021822 } from './1796451021822-HashBookingTokens';
import { Questions1797000000000 } from './1797000000000-Questions';
import { Vouchers1797100000000 } from './1797100000000-Vouchers';
import { ReservingVouchers1798100000000 } from './1798100000000-ReservingVouchers';
import { EventMessagesAndReminders1797300000000 } from './1797300000000-EventMessagesAndReminders';
import { ApiTokens1797400000000 } from './1797400000000-ApiTokens';
import { Webhooks1797410000000 } from './1797410000000-Webhooks';
import { QuestionsInCatalogVersion1797600000000 } from './1797600000000-QuestionsInCatalogVersion';
import { AnswersEditableUntil1798000000000 } from './1798000000000-AnswersEditableUntil';
import { EventEmailTexts1798200000000 } from './1798200000000-EventEmailTexts';
import { CapacityPools1798300000000 } from './1798300000000-CapacityPools';
import { QuestionFiles1798500000000 } from './1798500000000-QuestionFiles';
import { WaiverQuestions1798600000000 } from './1798600000000-WaiverQuestions';
import { PoolsCountReservedBlocks1798800000000 } from './1798800000000-PoolsCountReservedBlocks';
import { CapacityPoolsInCatalogVersion1798800100000 } from './1798800100000-CapacityPoolsInCatalogVersion';
import { EventSeries1799000000000 } from './1799000000000-EventSeries';
import { EventCancelledEmail1799000100000 } from './1799000100000-EventCancelledEmail';
import { WaitingList1799100000000 } from './1799100000000-WaitingList';
import { WaitingListEventCancelled1799800000000 } from './1799800000000-WaitingListEventCancelled';
import { UnloggedRateLimitCounters1799900000000 } from './1799900000000-UnloggedRateLimitCounters';
import { OpenBookingKeyIndexes1799910000000 } from './1799910000000-OpenBookingKeyIndexes';
import { OpenBookingKeyIndexPredicates1799920000000 } from './1799920000000-OpenBookingKeyIndexPredicates';

export const migrations = [
  CreateCatalog1764000000000,
  AddBookings1795523024339,
  AuthAddAdminAccounts1795523140666,
  AddEmailMessages1795523749936,
  EventTimesInMilliseconds1795527000000,
  AddPayments1795527053156,
  WaiversAndCheckin1795528000000,
  AdminBookings1795531594063,
  ReservePaidBookingFunction1795540000000,
  CatalogVersion1795541000000,
  WebhookEventProcessedAtIndex1795542000000,
  OpenBookingLimits1795543000000,
  TicketShortCodes1795550000000,
  BookingIdempotencyKey1795552000000,
  EventImageAlt1795553000000,
  PasswordLinks1795560000000,
  SendAttendeeTickets1795570000000,
  HashBookingTokens1796451021822,
  Questions1797000000000,
  Vouchers1797100000000,
  EventMessagesAndReminders1797300000000,
  ApiTokens1797400000000,
  Webhooks1797410000000,
  QuestionsInCatalogVersion1797600000000,
  AnswersEditableUntil1798000000000,
  ReservingVouchers1798100000000,
  EventEmailTexts1798200000000,
  CapacityPools1798300000000,
  QuestionFiles1798500000000,
  WaiverQuestions1798600000000,
  PoolsCountReservedBlocks1798800000000,
  CapacityPoolsInCatalogVersion1798800100000,
  EventSeries1799000000000,
  EventCancelledEmail1799000100000,
  WaitingList1799100000000,
  WaitingListEventCancelled1799800000000,
  UnloggedRateLimitCounters1799900000000,
  OpenBookingKeyIndexes1799910000000,
  OpenBookingKeyIndexPredicates1799920000000,
];
