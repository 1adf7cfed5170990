import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { WebhookEventType } from './webhook-event-types';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field({
    description:
      'Where deliveries are POSTed: https:// (http:// and loopback addresses only outside production).',
  })
  @MaxLength(2000, { message: 'must have at most 2000 characters' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The kinds of events it receives.' })
  @ArrayNotEmpty({ message: 'must name at least one event type' })
  @ArrayMaxSize(50, { message: 'has too many event types' })
  eventTypes: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'What it is for (at most 200 characters).' })
  @IsOptional()
  @MaxLength(200, { message: 'must have at most 200 characters' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'A new URL (same rules as when created).' })
  @IsOptional()
  @MaxLength(2000, { message: 'must have at most 2000 characters' })
  url?: string | null;

  @Field(() => [WebhookEventType], {
    nullable: true,
    description: 'The event types it receives from now on.',
  })
  @IsOptional()
  @ArrayNotEmpty({ message: 'must name at least one event type' })
  @ArrayMaxSize(50, { message: 'has too many event types' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @IsOptional()
  @MaxLength(200, { message: 'must have at most 200 characters' })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False disables it (it receives nothing new; deliveries waiting stay waiting); true enables it again and its waiting deliveries go out.',
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'Which deliveries of an endpoint to list.' })
export class WebhookDeliveriesInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;

  @Field(() => Int, { defaultValue: 50, description: 'How many, newest first (1 to 100).' })
  @Min(1)
  @Max(100)
  first: number = 50;
}
