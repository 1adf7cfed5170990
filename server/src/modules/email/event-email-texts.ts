/**
 * Rendering an e-mail about an event in the event's own wording (event_email_text), safely: when the
 * stored text fails to render, the message goes out with the default text instead (never lost, never
 * late), the failure is logged and kept on the text for the admin area, which shows it.
 */
import type { EntityManager } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';
import type { EditableEmailKind, EmailText } from './email-texts';
import type { RenderedEmail } from './email.templates';
import { EventEmailTextEntity } from './event-email-text.entity';

const MAX_FAILURE_LENGTH = 500;

/** The event's own text of `kind`, or null for the default. */
export async function eventEmailText(
  manager: EntityManager,
  eventId: string,
  kind: EditableEmailKind,
): Promise<EmailText | null> {
  const row = await manager.findOneBy(EventEmailTextEntity, { eventId, kind });
  return row ? { subject: row.subject, body: row.body } : null;
}

/** Gives a copy of an event the original's own e-mail texts (not their failures). Returns how many. */
export async function copyEventEmailTexts(
  manager: EntityManager,
  fromEventId: string,
  toEventId: string,
): Promise<number> {
  const texts = await manager.findBy(EventEmailTextEntity, { eventId: fromEventId });
  if (texts.length > 0) {
    await manager.insert(
      EventEmailTextEntity,
      texts.map(({ kind, subject, body, updatedByEmail }) => ({
        eventId: toEventId,
        kind,
        subject,
        body,
        updatedByEmail,
      })),
    );
  }
  return texts.length;
}

/**
 * Renders with the event's text of `kind` when it has one; if that throws, records why (in `tx`) and
 * renders with the default. A failure of the default itself is a bug, and is thrown.
 */
export async function renderInEventWording(
  tx: Transaction,
  eventId: string,
  kind: EditableEmailKind,
  render: (text: EmailText | null) => Promise<RenderedEmail>,
): Promise<RenderedEmail> {
  const text = await eventEmailText(tx.manager, eventId, kind);
  if (!text) return render(null);
  try {
    return await render(text);
  } catch (error) {
    // Messages name placeholders and template paths only, never a recipient's data.
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, MAX_FAILURE_LENGTH);
    tx.ctx.logger.warn(
      { eventId, kind, reason },
      "an event's own e-mail text failed to render: the default text was sent",
    );
    await tx.manager.update(
      EventEmailTextEntity,
      { eventId, kind },
      { lastFailure: reason, lastFailureAt: tx.ctx.now },
    );
    return render(null);
  }
}
