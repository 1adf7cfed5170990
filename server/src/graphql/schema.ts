import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { callFieldResolversDirectly, readPlainFieldsDirectly, ResolverInstances } from './resolver-shortcuts';
import { rememberValidationRules } from './validation-rules';
import { AccountsResolver } from '../modules/accounts/accounts.resolver';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { WebhooksResolver } from '../modules/webhooks/webhooks.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BookingAdminResolver } from '../modules/bookings/booking-admin.resolver';
import { BookingsResolver } from '../modules/bookings/bookings.resolver';
import { CheckInResolver } from '../modules/checkin/checkin.resolver';
import { EmailAdminResolver } from '../modules/email/email.admin.resolver';
import { EventAdminResolver } from '../modules/events/event-admin.resolver';
import { CheckoutResolver } from '../modules/checkout/checkout.resolver';
import { EventsResolver } from '../modules/events/events.resolver';
import {
  AdminEventDatesFieldResolver,
  EventDatesFieldResolver,
  EventSeriesResolver,
} from '../modules/events/event-series.resolver';
import { MessagesResolver } from '../modules/messages/messages.resolver';
import { EventEmailTextsResolver } from '../modules/messages/event-email-texts.resolver';
import {
  AdminBookingAnswersFieldResolver,
  AnswerEditingResolver,
  AdminTicketAnswersFieldResolver,
  BookingAnswersFieldResolver,
  DoorAnswersFieldResolver,
  EventQuestionsFieldResolver,
  QuestionsResolver,
  TicketAnswersFieldResolver,
} from '../modules/questions/questions.resolver';
import { ReportsResolver } from '../modules/reports/reports.resolver';
import { ShopResolver } from '../modules/shop/shop.resolver';
import { TicketTypeAdminResolver } from '../modules/tickets/ticket-type-admin.resolver';
import { CapacityPoolAdminResolver } from '../modules/tickets/capacity-pool-admin.resolver';
import { VoucherAdminResolver } from '../modules/vouchers/voucher-admin.resolver';
import { VouchersResolver } from '../modules/vouchers/vouchers.resolver';
import {
  WaitingListResolver,
  EventWaitingListFieldResolver,
} from '../modules/waiting-list/waiting-list.resolver';
import {
  EventWaiverFieldResolver,
  TicketWaiverFieldResolver,
  WaiversResolver,
} from '../modules/waivers/waivers.resolver';
import { authChecker } from './auth-checker';
import { CurrenciesResolver, MoneyFieldResolver } from './money.resolver';

export const resolvers: NonEmptyArray<Function> = [
  EventsResolver,
  ShopResolver,
  BookingsResolver,
  AuthResolver,
  AccountsResolver,
  ApiTokensResolver,
  WebhooksResolver,
  EventAdminResolver,
  EventSeriesResolver,
  EventDatesFieldResolver,
  AdminEventDatesFieldResolver,
  TicketTypeAdminResolver,
  CapacityPoolAdminResolver,
  WaitingListResolver,
  EventWaitingListFieldResolver,
  AuditResolver,
  EmailAdminResolver,
  CheckoutResolver,
  WaiversResolver,
  EventWaiverFieldResolver,
  TicketWaiverFieldResolver,
  CheckInResolver,
  ReportsResolver,
  MessagesResolver,
  EventEmailTextsResolver,
  BookingAdminResolver,
  VouchersResolver,
  VoucherAdminResolver,
  QuestionsResolver,
  AnswerEditingResolver,
  EventQuestionsFieldResolver,
  BookingAnswersFieldResolver,
  TicketAnswersFieldResolver,
  AdminBookingAnswersFieldResolver,
  AdminTicketAnswersFieldResolver,
  DoorAnswersFieldResolver,
  MoneyFieldResolver,
  CurrenciesResolver,
];

/** The API's schema, built from the TypeGraphQL classes; arguments are validated with class-validator. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  rememberValidationRules();
  const instances = new ResolverInstances();
  const schema = await buildSchema({
    // The field resolvers callFieldResolversDirectly calls run on these same instances. Global
    // middlewares (none today) would have to be added there too: its direct calls skip TypeGraphQL's.
    container: instances,
    resolvers,
    validate: true,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  // TypeGraphQL has no option for the root types' descriptions; Sandbox shows them first.
  const queryType = schema.getQueryType();
  if (queryType) queryType.description = 'Everything a client can read.';
  const mutationType = schema.getMutationType();
  if (mutationType) mutationType.description = 'Everything a client can change.';
  readPlainFieldsDirectly(schema);
  callFieldResolversDirectly(schema, resolvers, instances);
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so it changes only when the API does. */
export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
