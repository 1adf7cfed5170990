/**
 * The admin side of webhooks: registering endpoints (the signing secret is returned once), changing,
 * disabling and enabling them, deleting them, reading their delivery log and resending a delivery.
 * Every change is audited. Delivery itself is webhook-delivery.service.ts.
 */
import type { DataSource, Repository } from 'typeorm';
import { domainProblem, type DomainProblem } from '../../common/domain-error';
import type { RequestContext } from '../../common/request-context';
import { UUID } from '../../common/uuid';
import type { UnitOfWork } from '../../db/unit-of-work';
import { SECRET, fieldChanges, type AuditService } from '../audit/audit.service';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity } from './webhook-delivery.entity';
import type { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { endpointUrlProblem } from './webhook-endpoint-url';
import type { WebhookEventType } from './webhook-event-types';
import { DELIVER_WEBHOOK_QUEUE } from './webhook-outbox';
import { newWebhookSecret } from './webhook-signature';

export enum WebhookErrorCode {
  INVALID_URL = 'INVALID_URL',
  ENDPOINT_NOT_FOUND = 'ENDPOINT_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  DELIVERY_IN_PROGRESS = 'DELIVERY_IN_PROGRESS',
}

type Problems = DomainProblem<WebhookErrorCode>[];

export interface WebhookEndpointResult {
  endpoint: WebhookEndpointEntity | null;
  /** The signing secret: only in the answer that created the endpoint. */
  secret?: string | null;
  errors: Problems;
}

/** A delivery with its message and attempts, for the log. */
export interface WebhookDeliveryRecord {
  delivery: WebhookDeliveryEntity;
  body: string;
  attempts: WebhookDeliveryAttemptEntity[];
}

const AUDITED_FIELDS: (keyof WebhookEndpointEntity & string)[] = [
  'url',
  'description',
  'eventTypes',
  'disabledAt',
];

export class WebhookEndpointsService {
  private readonly endpoints: Repository<WebhookEndpointEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly delivery: WebhookDeliveryService,
    private readonly production: boolean,
  ) {
    this.endpoints = dataSource.getRepository(WebhookEndpointEntity);
  }

  private urlProblems(url: string | null | undefined): Problems {
    if (url === null || url === undefined) return [];
    const problem = endpointUrlProblem(url.trim(), this.production);
    return problem ? [domainProblem(WebhookErrorCode.INVALID_URL, `The URL ${problem}.`, 'url')] : [];
  }

  async create(
    ctx: RequestContext,
    input: { url: string; eventTypes: WebhookEventType[]; description?: string | null },
  ): Promise<WebhookEndpointResult> {
    const errors = this.urlProblems(input.url);
    if (errors.length > 0) return { endpoint: null, secret: null, errors };
    const secret = newWebhookSecret();
    const endpoint = await this.uow.withTransaction(ctx, async (tx) => {
      const saved = await tx.manager.save(
        tx.manager.create(WebhookEndpointEntity, {
          url: input.url.trim(),
          description: input.description?.trim() ?? '',
          eventTypes: [...new Set(input.eventTypes)],
          secret,
          createdById: ctx.actor?.accountId ?? null,
        }),
      );
      await this.audit.record(tx, {
        action: 'webhookEndpoint.create',
        objectType: 'WebhookEndpoint',
        objectId: saved.id,
        changes: {
          ...fieldChanges<WebhookEndpointEntity>(null, saved, AUDITED_FIELDS),
          secret: { before: null, after: SECRET },
        },
      });
      return saved;
    });
    return { endpoint, secret, errors: [] };
  }

  async update(
    ctx: RequestContext,
    input: {
      id: string;
      url?: string | null;
      eventTypes?: WebhookEventType[] | null;
      description?: string | null;
      enabled?: boolean | null;
    },
  ): Promise<WebhookEndpointResult> {
    const errors = this.urlProblems(input.url);
    if (errors.length > 0) return { endpoint: null, errors };
    if (!UUID.test(input.id)) return notFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const before = await tx.manager.findOne(WebhookEndpointEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) return notFound();
      const after: WebhookEndpointEntity = {
        ...before,
        url: input.url?.trim() ?? before.url,
        eventTypes: input.eventTypes ? [...new Set(input.eventTypes)] : before.eventTypes,
        description: input.description?.trim() ?? before.description,
      };
      if (input.enabled === true) {
        after.disabledAt = null;
        after.disabledReason = null;
      } else if (input.enabled === false && !before.disabledAt) {
        after.disabledAt = tx.ctx.now;
        after.disabledReason = 'Disabled by an admin.';
      }
      const changes = fieldChanges(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return { endpoint: before, errors: [] };
      await tx.manager.save(WebhookEndpointEntity, after);
      await this.audit.record(tx, {
        action: 'webhookEndpoint.update',
        objectType: 'WebhookEndpoint',
        objectId: before.id,
        changes,
      });
      // Enabled again: what waited goes out now rather than at the next sweep.
      if (before.disabledAt && !after.disabledAt) {
        const waiting = await tx.manager.find(WebhookDeliveryEntity, {
          where: { endpointId: before.id, status: 'PENDING' as WebhookDeliveryEntity['status'] },
          select: { id: true },
          order: { sequence: 'ASC' },
          take: 100,
        });
        for (const delivery of waiting) await tx.enqueue(DELIVER_WEBHOOK_QUEUE, { deliveryId: delivery.id });
      }
      return { endpoint: after, errors: [] };
    });
  }

  /** Deletes an endpoint with its deliveries and their log. */
  async delete(ctx: RequestContext, id: string): Promise<WebhookEndpointResult> {
    if (!UUID.test(id)) return notFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const endpoint = await tx.manager.findOneBy(WebhookEndpointEntity, { id });
      if (!endpoint) return notFound();
      await tx.manager.delete(WebhookEndpointEntity, { id });
      await this.audit.record(tx, {
        action: 'webhookEndpoint.delete',
        objectType: 'WebhookEndpoint',
        objectId: id,
        changes: fieldChanges<WebhookEndpointEntity>(endpoint, {}, ['url', 'eventTypes']),
      });
      return { endpoint, errors: [] };
    });
  }

  list(_ctx: RequestContext): Promise<WebhookEndpointEntity[]> {
    return this.endpoints.find({ order: { createdAt: 'ASC', id: 'ASC' }, take: 200 });
  }

  /** An endpoint's latest deliveries, newest first, with their bodies and attempts. */
  async deliveries(
    _ctx: RequestContext,
    endpointId: string,
    first: number,
  ): Promise<WebhookDeliveryRecord[]> {
    if (!UUID.test(endpointId)) return [];
    const deliveries = await this.dataSource.getRepository(WebhookDeliveryEntity).find({
      where: { endpointId },
      relations: { message: true },
      order: { sequence: 'DESC' },
      take: first,
    });
    if (deliveries.length === 0) return [];
    const attempts = await this.dataSource
      .getRepository(WebhookDeliveryAttemptEntity)
      .createQueryBuilder('attempt')
      .where('attempt.deliveryId IN (:...ids)', { ids: deliveries.map((delivery) => delivery.id) })
      .orderBy('attempt.attemptedAt', 'ASC')
      .getMany();
    return deliveries.map((delivery) => ({
      delivery,
      body: delivery.message?.body ?? '',
      attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
    }));
  }

  /** Sends a delivery again now, with the same webhook-id (receivers that had it ignore it). */
  async resend(ctx: RequestContext, deliveryId: string): Promise<{ errors: Problems }> {
    const missing = domainProblem(
      WebhookErrorCode.DELIVERY_NOT_FOUND,
      'No delivery has this id.',
      'deliveryId',
    );
    if (!UUID.test(deliveryId)) return { errors: [missing] };
    return this.uow.withTransaction(ctx, async (tx) => {
      const delivery = await tx.manager.findOneBy(WebhookDeliveryEntity, { id: deliveryId });
      if (!delivery) return { errors: [missing] };
      if (!(await this.delivery.resend(tx, deliveryId))) {
        return {
          errors: [
            domainProblem(
              WebhookErrorCode.DELIVERY_IN_PROGRESS,
              'The delivery is being attempted right now; look again in a moment.',
              'deliveryId',
            ),
          ],
        };
      }
      await this.audit.record(tx, {
        action: 'webhookDelivery.resend',
        objectType: 'WebhookEndpoint',
        objectId: delivery.endpointId,
        changes: { delivery: { before: null, after: deliveryId } },
      });
      await tx.enqueue(DELIVER_WEBHOOK_QUEUE, { deliveryId });
      return { errors: [] };
    });
  }
}

function notFound(): WebhookEndpointResult {
  return {
    endpoint: null,
    errors: [domainProblem(WebhookErrorCode.ENDPOINT_NOT_FOUND, 'No webhook endpoint has this id.', 'id')],
  };
}
