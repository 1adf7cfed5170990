import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.types';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookErrorCode } from './webhook-endpoints.service';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-event-types';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'A kind of event a webhook endpoint can receive; the delivered body’s `type` is given in each.',
  valuesConfig: Object.fromEntries(
    Object.entries(WEBHOOK_EVENT_TYPES).map(([type, info]) => [
      type,
      { description: `\`${info.wireName}\`: ${info.description}` },
    ]),
  ),
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt (or being attempted).' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt of its retry schedule (about 3 days) failed; it can be resent.' },
  },
});

registerEnumType(WebhookErrorCode, {
  name: 'WebhookErrorCode',
  description: 'Why a webhook change was refused.',
  valuesConfig: {
    INVALID_URL: { description: 'The URL is not one deliveries may go to (see the field’s message).' },
    ENDPOINT_NOT_FOUND: { description: 'No webhook endpoint has this id.' },
    DELIVERY_NOT_FOUND: { description: 'No delivery has this id.' },
    DELIVERY_IN_PROGRESS: { description: 'The delivery is being attempted right now.' },
  },
});

@ObjectType({ description: 'A URL that receives signed webhook deliveries of the chosen event types.' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Stable identifier of the endpoint.' })
  id: string;

  @Field({ description: 'Where deliveries are POSTed.' })
  url: string;

  @Field({ description: 'What it is for, in the admin’s words (may be empty).' })
  description: string;

  @Field(() => [WebhookEventType], { description: 'The kinds of events it receives.' })
  eventTypes: WebhookEventType[];

  @Field({
    description: 'False while it receives nothing (disabled by an admin, or after failing for days).',
  })
  enabled: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was disabled, if it is.' })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled, if it is.' })
  disabledReason: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Its last successful delivery.' })
  lastSuccessAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was registered.' })
  createdAt: Date;
}

@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookDeliveryAttempt {
  @Field(() => DateTimeResolver, { description: 'When it was made.' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came.' })
  responseStatus: number | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  durationMs: number;

  @Field(() => String, {
    nullable: true,
    description: 'The start of the answer’s body (at most 1000 characters).',
  })
  responseBody: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no answer came: a refused address, a timeout, a connection error.',
  })
  error: string | null;
}

@ObjectType({ description: 'One event delivered (or being delivered) to one endpoint.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Stable identifier of the delivery (for resendWebhookDelivery).' })
  id: string;

  @Field({
    description: 'The `webhook-id` header and the body’s `id`: the same on every attempt and resend.',
  })
  webhookId: string;

  @Field({ description: 'The body’s `type`, e.g. "booking.confirmed".' })
  type: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount: number;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the next attempt is due; null unless PENDING.',
  })
  nextAttemptAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the event happened.' })
  createdAt: Date;

  @Field({ description: 'The JSON body sent, as signed.' })
  requestBody: string;

  @Field(() => [WebhookDeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attempts: WebhookDeliveryAttempt[];
}

@ObjectType({ implements: UserError, description: 'A problem found with a webhook change.' })
export class WebhookError extends UserError {
  @Field(() => WebhookErrorCode, { description: 'What went wrong, for programs.' })
  code: WebhookErrorCode;
}

@ObjectType({
  description: 'Result of registering a webhook endpoint: it and its signing secret, or why not.',
})
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The new endpoint; null when refused.' })
  endpoint: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`) to verify deliveries with. Shown only in this answer: keep it in the receiver.',
  })
  secret: string | null;

  @Field(() => [WebhookError], { description: 'Why it was refused; empty on success.' })
  errors: WebhookError[];
}

@ObjectType({ description: 'Result of changing or deleting a webhook endpoint.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, {
    nullable: true,
    description: 'The endpoint after the change; null when refused.',
  })
  endpoint: WebhookEndpoint | null;

  @Field(() => [WebhookError], { description: 'Why it was refused; empty on success.' })
  errors: WebhookError[];
}

@ObjectType({ description: 'Result of resending a delivery.' })
export class ResendWebhookDeliveryPayload {
  @Field(() => [WebhookError], { description: 'Why it was refused; empty when it is on its way.' })
  errors: WebhookError[];
}
