/**
 * The waiver texts of events: versions of an event's text (the newest is current unless disabled),
 * set and disabled by admins, read by admins and staff; whether an event asks for a waiver now.
 * The module's rules are at the top of waiver-rules.ts.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { UUID } from '../../common/uuid';
import { currentVersion, waiverError } from './waiver-rules';
import { QuestionType } from '../questions/question.entity';
import { readEventQuestions } from '../questions/question-views';
import { requiredQuestionIds } from './waiver-answers';
import { WaiverVersionEntity, WaiverVersionQuestionEntity } from './waiver-version.entity';
import type { SetEventWaiverInput } from './waivers.inputs';
import { WaiverErrorCode, type EventWaiver, type EventWaiverPayload } from './waivers.types';

export class WaiverTextsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Whether the event asks attendees for a waiver now. Public. */
  async isRequired(_ctx: RequestContext, eventId: string): Promise<boolean> {
    return (await currentVersion(this.dataSource.manager, eventId)) !== null;
  }

  /** An event's waiver and all versions of its text; null for an unknown event. ADMIN and STAFF. */
  eventWaiver(_ctx: RequestContext, eventId: string): Promise<EventWaiver | null> {
    return this.readEventWaiver(this.dataSource.manager, eventId);
  }

  private async readEventWaiver(manager: EntityManager, eventId: string): Promise<EventWaiver | null> {
    if (!UUID.test(eventId) || !(await manager.existsBy(EventEntity, { id: eventId }))) return null;
    const versions = await manager.find(WaiverVersionEntity, {
      where: { eventId },
      order: { version: 'DESC' },
    });
    const currentId = versions[0] && !versions[0].disabledAt ? versions[0].id : null;
    const [questions, required] = await Promise.all([
      readEventQuestions(manager, eventId),
      requiredQuestionIds(
        manager,
        versions.map((version) => version.id),
      ),
    ]);
    const views = versions.map((version) => ({
      id: version.id,
      version: version.version,
      text: version.text,
      createdAt: version.createdAt,
      createdByEmail: version.createdByEmail,
      isCurrent: version.id === currentId,
      requiredQuestions: questions.filter((question) => required.get(version.id)!.includes(question.id)),
    }));
    return {
      eventId,
      required: currentId !== null,
      current: views.find((view) => view.isCurrent) ?? null,
      versions: views,
    };
  }

  /** Adds a version of the event's waiver text (it becomes the current one). ADMIN. */
  async setEventWaiver(ctx: RequestContext, input: SetEventWaiverInput): Promise<EventWaiverPayload> {
    const actor = requireActor(ctx);
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      // The event row lock serialises version numbers of one event.
      const locked = await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [input.eventId]);
      if (locked.length === 0) return eventNotFound();
      const questions = await readEventQuestions(manager, input.eventId);
      // A file is answered at checkout or on the booking page: the signing page is a plain form.
      const unknown = input.requiredQuestionIds.flatMap((id, index) =>
        questions.some(
          (question) => question.id === id && !question.hidden && question.type !== QuestionType.FILE,
        )
          ? []
          : [
              waiverError(
                WaiverErrorCode.QUESTION_NOT_FOUND,
                'Not a visible question of this event that a signer can answer (file questions cannot be).',
                `requiredQuestionIds.${index}`,
              ),
            ],
      );
      if (unknown.length > 0) return { waiver: null, errors: unknown };
      const last = await manager.findOne(WaiverVersionEntity, {
        where: { eventId: input.eventId },
        order: { version: 'DESC' },
      });
      const created = await manager.save(
        manager.create(WaiverVersionEntity, {
          eventId: input.eventId,
          version: (last?.version ?? 0) + 1,
          text: input.text,
          disabledAt: null,
          createdById: actor.accountId,
          createdByEmail: actor.email,
        }),
      );
      const required = [...new Set(input.requiredQuestionIds)];
      if (required.length > 0) {
        await manager.insert(
          WaiverVersionQuestionEntity,
          required.map((questionId) => ({ versionId: created.id, questionId })),
        );
      }
      const labels = questions.filter((question) => required.includes(question.id)).map((q) => q.label);
      await this.audit.record(tx, {
        action: 'waiver.set',
        objectType: 'event',
        objectId: input.eventId,
        changes: {
          waiverVersion: { before: last?.version ?? null, after: created.version },
          ...(labels.length > 0 ? { requiredQuestions: { before: null, after: labels } } : {}),
        },
      });
      return { waiver: await this.readEventWaiver(manager, input.eventId), errors: [] };
    });
  }

  /** Stops requiring a waiver for the event (signatures are kept). ADMIN. */
  async disableEventWaiver(ctx: RequestContext, eventId: string): Promise<EventWaiverPayload> {
    requireActor(ctx);
    if (!UUID.test(eventId)) return eventNotFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      const locked = await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [eventId]);
      if (locked.length === 0) return eventNotFound();
      const current = await currentVersion(manager, eventId);
      if (current) {
        await manager.update(WaiverVersionEntity, { id: current.id }, { disabledAt: ctx.now });
        await this.audit.record(tx, {
          action: 'waiver.disable',
          objectType: 'event',
          objectId: eventId,
          changes: { waiverRequired: { before: true, after: false } },
        });
      }
      return { waiver: await this.readEventWaiver(manager, eventId), errors: [] };
    });
  }
}

function eventNotFound(): EventWaiverPayload {
  return {
    waiver: null,
    errors: [waiverError(WaiverErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'eventId')],
  };
}
