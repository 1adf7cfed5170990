/**
 * Sending codes by e-mail: one fresh code per address, each message an outbox row written in the
 * unit of work that makes the codes (sent after commit, never for codes rolled back). The link in it
 * opens the event page with the code applied (`?voucher=`).
 */
import { money } from '../../common/money';
import { requireActor, type RequestContext } from '../../common/request-context';
import type { Transaction } from '../../db/unit-of-work';
import type { EmailService } from '../email/email.service';
import { formatMoney } from '../email/email.format';
import { renderVoucherCode } from '../email/email.templates';
import { emailEventView } from '../email/email.views';
import { EventEntity } from '../events/event.entity';
import { siteLinks } from '../bookings/booking-notifications';
import type { EmailVouchersInput } from './voucher-admin.inputs';
import type { VoucherAdminService } from './voucher-admin.service';
import type { VouchersPayload } from './voucher-admin.types';
import { newVoucherCode } from './voucher-codes';
import { VoucherDiscountKind, type VoucherEntity } from './voucher.entity';

/** What a code does, in a buyer's words ("20% off"), or null for a plain access code. */
export function voucherOffer(voucher: VoucherEntity, currency: string): string | null {
  const amount = () => formatMoney(money(voucher.discountValue, currency));
  switch (voucher.discountKind) {
    case VoucherDiscountKind.PERCENTAGE:
      return `${voucher.discountValue}% off`;
    case VoucherDiscountKind.AMOUNT_OFF:
      return `${amount()} off each ticket`;
    case VoucherDiscountKind.SET_PRICE:
      return `tickets at ${amount()}`;
    case VoucherDiscountKind.NONE:
      if (voucher.revealsHidden) return 'access to tickets not on general sale';
      return voucher.reservesSeats ? 'seats set aside for you' : null;
  }
}

export class VoucherEmails {
  constructor(
    private readonly admin: VoucherAdminService,
    private readonly email: EmailService,
    private readonly settings: { publicUrl: string; replyTo: string },
  ) {}

  /** Makes one code per recipient (the same settings) and e-mails each its own. All or nothing. */
  async send(ctx: RequestContext, input: EmailVouchersInput): Promise<VouchersPayload> {
    requireActor(ctx);
    const recipients = [...new Set(input.recipients.map((address) => address.trim()))];
    const wanted = recipients.map((_, index) => ({
      code: newVoucherCode(input.prefix),
      settings: input.settings,
      field: `recipients.${index}`,
    }));
    return this.admin.write(ctx, input.eventId, wanted, {
      action: 'voucher.email',
      settingsField: 'settings.',
      enqueue: (tx, vouchers) => this.enqueue(tx, input, recipients, vouchers),
    });
  }

  private async enqueue(
    tx: Transaction,
    input: EmailVouchersInput,
    recipients: string[],
    vouchers: VoucherEntity[],
  ): Promise<void> {
    const event = await tx.manager.findOneByOrFail(EventEntity, { id: input.eventId });
    const eventUrl = new URL(siteLinks(this.settings.publicUrl).event(event));
    for (const [index, voucher] of vouchers.entries()) {
      eventUrl.searchParams.set('voucher', voucher.code);
      const message = await renderVoucherCode({
        to: recipients[index],
        replyTo: this.settings.replyTo,
        event: emailEventView(event),
        code: voucher.code,
        offer: voucherOffer(voucher, event.currency),
        message: input.message.trim(),
        eventUrl: eventUrl.toString(),
        validUntil: voucher.validUntil,
      });
      await this.email.enqueue(tx, message, `voucher-code:${voucher.id}`);
    }
  }
}
