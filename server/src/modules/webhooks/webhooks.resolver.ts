import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { WebhookDeliveryRecord } from './webhook-endpoints.service';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesInput,
} from './webhooks.inputs';
import {
  CreateWebhookEndpointPayload,
  ResendWebhookDeliveryPayload,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointPayload,
} from './webhooks.types';

function toEndpoint(endpoint: WebhookEndpointEntity): WebhookEndpoint {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.disabledAt === null,
    disabledAt: endpoint.disabledAt,
    disabledReason: endpoint.disabledReason,
    lastSuccessAt: endpoint.lastSuccessAt,
    createdAt: endpoint.createdAt,
  };
}

function toDelivery({ delivery, body, attempts }: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: delivery.id,
    webhookId: delivery.messageId,
    type: delivery.type,
    status: delivery.status,
    attemptCount: delivery.attempts,
    nextAttemptAt: delivery.status === WebhookDeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
    deliveredAt: delivery.deliveredAt,
    createdAt: delivery.createdAt,
    requestBody: body,
    attempts,
  };
}

const endpointPayload = (result: {
  endpoint: WebhookEndpointEntity | null;
  errors: WebhookEndpointPayload['errors'];
}) => ({
  endpoint: result.endpoint ? toEndpoint(result.endpoint) : null,
  errors: result.errors,
});

@Resolver()
export class WebhooksResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => [WebhookEndpoint], { description: 'Every webhook endpoint, oldest first. ADMIN only.' })
  async webhookEndpoints(@Ctx() context: GraphQLContext): Promise<WebhookEndpoint[]> {
    return (await context.services.webhookEndpoints.list(context.ctx)).map(toEndpoint);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => [WebhookDelivery], {
    description:
      'The delivery log of an endpoint: its latest deliveries, newest first, with every attempt. ADMIN only.',
  })
  async webhookDeliveries(
    @Arg('input', { description: 'The endpoint, and how many.' }) input: WebhookDeliveriesInput,
    @Ctx() context: GraphQLContext,
  ): Promise<WebhookDelivery[]> {
    return (
      await context.services.webhookEndpoints.deliveries(context.ctx, input.endpointId, input.first)
    ).map(toDelivery);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      'Registers a webhook endpoint; the answer holds its signing secret, which is never shown again. ADMIN only.',
  })
  async createWebhookEndpoint(
    @Arg('input', { description: 'URL, event types, description.' }) input: CreateWebhookEndpointInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateWebhookEndpointPayload> {
    const result = await context.services.webhookEndpoints.create(context.ctx, input);
    return { ...endpointPayload(result), secret: result.secret ?? null };
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WebhookEndpointPayload, {
    description: 'Changes a webhook endpoint: URL, event types, description, enabled. ADMIN only.',
  })
  async updateWebhookEndpoint(
    @Arg('input', { description: 'The endpoint and what changes.' }) input: UpdateWebhookEndpointInput,
    @Ctx() context: GraphQLContext,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await context.services.webhookEndpoints.update(context.ctx, input));
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => WebhookEndpointPayload, {
    description: 'Deletes a webhook endpoint with its delivery log; nothing more is sent to it. ADMIN only.',
  })
  async deleteWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await context.services.webhookEndpoints.delete(context.ctx, id));
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => ResendWebhookDeliveryPayload, {
    description:
      'Sends a delivery again now, with the same `webhook-id` (a receiver that has it already ignores it), starting its retry schedule afresh. ADMIN only.',
  })
  resendWebhookDelivery(
    @Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ResendWebhookDeliveryPayload> {
    return context.services.webhookEndpoints.resend(context.ctx, deliveryId);
  }
}
