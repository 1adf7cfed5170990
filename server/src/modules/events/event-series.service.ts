/**
 * Dates of a series (event.entity.ts: `isSeries`, `seriesId`): each date is a complete event of its
 * own, copied from the series (event-copy.ts) with its own start, end and optional overrides, so
 * bookings, check-in, exports and reports work per date unchanged. A date follows its series'
 * status (DRAFT or PUBLISHED) and visibility, and a private series' dates open with the series' key.
 * Dates are added one by one or by a weekly rule (event-series-rules.ts), all or none, audited.
 */
import type { EntityManager } from 'typeorm';
import { domainProblem, InvalidInputError, type FieldProblem } from '../../common/domain-error';
import { requireActor, type RequestContext } from '../../common/request-context';
import { instantToZoned } from '../../common/zoned-time';
import { UUID } from '../../common/uuid';
import type { Transaction, UnitOfWork } from '../../db/unit-of-work';
import type { AuditService } from '../audit/audit.service';
import { MAX_CAPACITY, MAX_PRICE_MINOR } from '../tickets/ticket-type-admin.inputs';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { AdminEventViews } from './event-admin-views.service';
import { SLUG_PATTERN } from './event-admin.inputs';
import { EventErrorCode, type EventError } from './event-admin.types';
import { copyEventContents, type CopyOverrides } from './event-copy';
import type { AddEventDateInput, AddEventDatesByRuleInput, DateOverridesInput } from './event-series.inputs';
import { weekdayNames } from './event-series.inputs';
import { ruleDates, ruleProblems } from './event-series-rules';
import type { EventDatesPayload } from './event-series.types';
import { EventEntity, EventStatus } from './event.entity';

/** A date to create: its instants and, unless given, a slug made from its local day (and time). */
interface DateSpec {
  startsAt: Date;
  endsAt: Date;
  slug: string | null;
  /** Field an error about this date names. */
  field: string;
}

const refused = (error: EventError): EventDatesPayload => ({ series: null, dates: [], errors: [error] });
const notFound = () =>
  refused(domainProblem(EventErrorCode.EVENT_NOT_FOUND, 'No event has this id.', 'seriesId'));

export class EventSeriesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly views: Pick<AdminEventViews, 'toAdminEvents'>,
  ) {}

  /** One date of a series. ADMIN. */
  async addDate(ctx: RequestContext, input: AddEventDateInput): Promise<EventDatesPayload> {
    requireActor(ctx);
    const problems = overrideProblems(input);
    if (input.endsAt <= input.startsAt) problems.push({ field: 'endsAt', message: 'must be after startsAt' });
    if (input.slug != null && (!SLUG_PATTERN.test(input.slug) || input.slug.length > 100)) {
      problems.push({ field: 'slug', message: 'must be lower-case letters, digits and single hyphens' });
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
    const spec = { startsAt: input.startsAt, endsAt: input.endsAt, slug: input.slug ?? null, field: 'slug' };
    return this.addDates(ctx, input.seriesId, [spec], input, 'event.addDate');
  }

  /** Dates by a weekly rule, in the series' time zone: all of them, or none. ADMIN. */
  async addDatesByRule(ctx: RequestContext, input: AddEventDatesByRuleInput): Promise<EventDatesPayload> {
    requireActor(ctx);
    const rule = { ...input, weekdays: weekdayNames(input.weekdays), exceptDates: input.exceptDates ?? [] };
    const problems = [...ruleProblems(rule), ...overrideProblems(input)];
    if (problems.length > 0) throw new InvalidInputError(problems);
    if (!UUID.test(input.seriesId)) return notFound();
    const series = await this.uow.manager.findOneBy(EventEntity, { id: input.seriesId });
    if (!series) return notFound();
    const specs = ruleDates(rule, series.timeZone).map((date) => ({
      startsAt: date.startsAt,
      endsAt: date.endsAt,
      slug: null,
      field: 'fromDate',
    }));
    return this.addDates(ctx, series.id, specs, input, 'event.addDatesByRule', {
      rule: { before: null, after: rule },
    });
  }

  private async addDates(
    ctx: RequestContext,
    seriesId: string,
    specs: DateSpec[],
    overrides: DateOverridesInput,
    action: string,
    extraChanges: Record<string, { before: unknown; after: unknown }> = {},
  ): Promise<EventDatesPayload> {
    if (!UUID.test(seriesId)) return notFound();
    return this.uow.withTransaction(ctx, async (tx) => {
      const { manager } = tx;
      // Locked: two calls at once cannot both take the same slug or both miss each other's dates.
      const series = await manager.findOne(EventEntity, {
        where: { id: seriesId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!series) return notFound();
      const shapeError = await seriesErrors(manager, series, overrides);
      if (shapeError) return refused(shapeError);
      const slugs = await dateSlugs(manager, series, specs);
      if ('error' in slugs) return refused(slugs.error);
      const copyOverrides: CopyOverrides = {
        prices: new Map(
          (overrides.priceOverrides ?? []).map((price) => [price.ticketTypeId, price.priceMinor]),
        ),
        salesStartAt: overrides.salesStartAt ?? undefined,
        salesEndAt: overrides.salesEndAt ?? undefined,
        totalCapacity: overrides.capacity ?? null,
      };
      const created: EventEntity[] = [];
      for (const [index, spec] of specs.entries()) {
        created.push(await this.createDate(tx, series, spec, slugs.slugs[index], copyOverrides));
      }
      await spanDates(manager, series.id);
      await this.audit.record(tx, {
        action,
        objectType: 'Event',
        objectId: series.id,
        changes: {
          datesAdded: {
            before: null,
            after: created.map((date) => ({ id: date.id, slug: date.slug, startsAt: date.startsAt })),
          },
          ...(overrides.capacity != null ? { capacity: { before: null, after: overrides.capacity } } : {}),
          ...(overrides.priceOverrides?.length
            ? { priceOverrides: { before: null, after: overrides.priceOverrides } }
            : {}),
          ...extraChanges,
        },
      });
      const fresh = await manager.findOneByOrFail(EventEntity, { id: series.id });
      const [seriesView, ...dateViews] = await this.views.toAdminEvents(
        [fresh, ...created],
        ctx.now,
        manager,
      );
      return { series: seriesView, dates: dateViews, errors: [] };
    });
  }

  private async createDate(
    tx: Transaction,
    series: EventEntity,
    spec: DateSpec,
    slug: string,
    overrides: CopyOverrides,
  ): Promise<EventEntity> {
    const { manager } = tx;
    const { id: _id, createdAt: _c, updatedAt: _u, catalogVersion: _v, ticketTypes: _t, ...fields } = series;
    const date = await manager.save(
      manager.create(EventEntity, {
        ...fields,
        slug,
        startsAt: spec.startsAt,
        endsAt: spec.endsAt,
        answersEditableUntil: null,
        isSeries: false,
        seriesId: series.id,
        // A date follows its series: published with it, and opened with the same key if private.
        status: series.status === EventStatus.PUBLISHED ? EventStatus.PUBLISHED : EventStatus.DRAFT,
      }),
    );
    const copied = await copyEventContents(tx, series.id, date.id, overrides);
    await this.audit.record(tx, {
      action: 'event.createDate',
      objectType: 'Event',
      objectId: date.id,
      changes: {
        seriesId: { before: null, after: series.id },
        slug: { before: null, after: slug },
        startsAt: { before: null, after: spec.startsAt },
        endsAt: { before: null, after: spec.endsAt },
        copied: { before: null, after: copied },
      },
    });
    return date;
  }
}

/** Problems with the overrides a date may have (checked with the rest of the input, in one pass). */
function overrideProblems(input: DateOverridesInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.capacity != null && (input.capacity < 1 || input.capacity > MAX_CAPACITY)) {
    problems.push({ field: 'capacity', message: `must be between 1 and ${MAX_CAPACITY}` });
  }
  (input.priceOverrides ?? []).forEach((price, index) => {
    if (!UUID.test(price.ticketTypeId)) {
      problems.push({ field: `priceOverrides.${index}.ticketTypeId`, message: 'is not a ticket type id' });
    }
    if (price.priceMinor < 0 || price.priceMinor > MAX_PRICE_MINOR) {
      problems.push({
        field: `priceOverrides.${index}.priceMinor`,
        message: `must be between 0 and ${MAX_PRICE_MINOR}`,
      });
    }
  });
  if (input.salesStartAt && input.salesEndAt && input.salesEndAt <= input.salesStartAt) {
    problems.push({ field: 'salesEndAt', message: 'must be after salesStartAt' });
  }
  return problems;
}

/** Why dates cannot be added to this event (not a series, cancelled, unknown ticket types). */
async function seriesErrors(
  manager: EntityManager,
  series: EventEntity,
  overrides: DateOverridesInput,
): Promise<EventError | null> {
  if (!series.isSeries) {
    return domainProblem(EventErrorCode.NOT_A_SERIES, 'Dates can be added only to a series.', 'seriesId');
  }
  if (series.status === EventStatus.CANCELLED) {
    return domainProblem(EventErrorCode.EVENT_CANCELLED, 'The series is cancelled.', 'seriesId');
  }
  const typeIds = new Set(
    (await manager.findBy(TicketTypeEntity, { eventId: series.id })).map((ticketType) => ticketType.id),
  );
  const unknown = (overrides.priceOverrides ?? []).findIndex((price) => !typeIds.has(price.ticketTypeId));
  if (unknown >= 0) {
    return domainProblem(
      EventErrorCode.TICKET_TYPE_NOT_FOUND,
      'The series has no such ticket type.',
      `priceOverrides.${unknown}.ticketTypeId`,
    );
  }
  return null;
}

/**
 * Slugs for the new dates: the given one, else "<series>-YYYY-MM-DD" on the series' wall clock, with
 * "-HHMM" when the day has another date (among the new ones or the existing ones).
 */
async function dateSlugs(
  manager: EntityManager,
  series: EventEntity,
  specs: DateSpec[],
): Promise<{ slugs: string[] } | { error: EventError }> {
  const base = series.slug.slice(0, 84);
  const local = specs.map((spec) => instantToZoned(spec.startsAt, series.timeZone));
  const dayCounts = new Map<string, number>();
  for (const { date } of local) dayCounts.set(date, (dayCounts.get(date) ?? 0) + 1);
  const daySlugs = local.map(({ date }) => `${base}-${date}`);
  const takenDays = new Set(
    (
      await manager.query<{ slug: string }[]>(`SELECT slug FROM event WHERE slug = ANY($1::text[])`, [
        daySlugs,
      ])
    ).map((row) => row.slug),
  );
  const slugs = specs.map((spec, index) => {
    if (spec.slug) return spec.slug;
    const { date, time } = local[index];
    const shared = dayCounts.get(date)! > 1 || takenDays.has(daySlugs[index]);
    return shared ? `${base}-${date}-${time.replace(':', '')}` : daySlugs[index];
  });
  const clash = await manager.query<{ slug: string }[]>(
    `SELECT slug FROM event WHERE slug = ANY($1::text[])`,
    [slugs],
  );
  const duplicate = slugs.findIndex((slug, index) => slugs.indexOf(slug) !== index);
  const takenIndex = clash.length > 0 ? slugs.indexOf(clash[0].slug) : duplicate;
  if (takenIndex >= 0) {
    const { date, time } = local[takenIndex];
    return {
      error: domainProblem(
        EventErrorCode.SLUG_TAKEN,
        `Another event already has the slug "${slugs[takenIndex]}" (the series has a date on ${date} at ${time}).`,
        specs[takenIndex].field,
      ),
    };
  }
  return { slugs };
}

/** The series' own start and end span its dates that are not cancelled (the listing sorts by them). */
export async function spanDates(manager: EntityManager, seriesId: string): Promise<void> {
  await manager.query(
    `UPDATE event s SET starts_at = d.first_start, ends_at = d.last_end
     FROM (SELECT min(starts_at) AS first_start, max(ends_at) AS last_end FROM event
           WHERE series_id = $1 AND status <> 'CANCELLED') d
     WHERE s.id = $1 AND d.first_start IS NOT NULL`,
    [seriesId],
  );
}

/** A series' dates in status `from` move to `to` with it (publish, unpublish). */
export async function setDatesStatus(
  manager: EntityManager,
  seriesId: string,
  from: EventStatus,
  to: EventStatus,
): Promise<void> {
  await manager.update(EventEntity, { seriesId, status: from }, { status: to });
}

/** A series' dates share its visibility and key: a date of a private series opens with its link. */
export async function shareAccessWithDates(manager: EntityManager, event: EventEntity): Promise<void> {
  if (!event.isSeries) return;
  await manager.update(
    EventEntity,
    { seriesId: event.id },
    { visibility: event.visibility, accessKey: event.accessKey },
  );
}
