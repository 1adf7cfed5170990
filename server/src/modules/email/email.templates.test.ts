import {
  attendeeTicket,
  berlinEvent,
  bookingConfirmation,
  newBookingNotice,
  waiverRequest,
} from '../../../test/email-views';
import jsQR from 'jsqr';
import { pdfImages, pdfPageCount } from '../../../test/pdf-images';
import { EmailKind } from './email-message.entity';
import { eventCalendarFile } from '../events/event-calendar';
import { EventStatus, EventVisibility } from '../events/event.entity';
import { formatDateTime, formatMoney, formatTimeRange } from './email.format';
import { EMAIL_HTML } from './email-html.generated';
import {
  renderAccountInvitation,
  renderAttendeeTicket,
  renderPasswordReset,
  renderWebhookEndpointDisabled,
  renderVoucherCode,
  renderWaitingListOffer,
  renderWaitingListEventCancelled,
  renderBookingCancelled,
  renderEventCancelled,
  renderBookingConfirmation,
  renderLatePaymentRefunded,
  renderNewBookingNotice,
  renderRefundIssued,
  renderWaiverReminder,
  renderWaiverRequest,
  type RenderedEmail,
} from './email.templates';

const REPLY_TO = 'hello@organiser.example.org';

/** One rendering of every kind, with the same buyer/attendee name, for the checks all kinds share. */
async function renderEveryKind(name: string): Promise<RenderedEmail[]> {
  const common = { to: 'someone@example.org', replyTo: REPLY_TO, event: berlinEvent };
  return Promise.all([
    renderBookingConfirmation(bookingConfirmation({ buyerName: name })),
    renderWaiverRequest(waiverRequest({ attendeeName: name })),
    renderWaiverReminder(waiverRequest({ attendeeName: name })),
    renderBookingCancelled({
      ...common,
      buyerName: name,
      bookingReference: 'B7K2-QX9F',
      reason: 'The venue flooded.',
      refund: { amountMinor: 6500, currency: 'EUR' },
      bookingUrl: 'https://tickets.example.org/bookings/abc',
    }),
    renderEventCancelled({
      ...common,
      buyerName: name,
      bookingReference: 'B7K2-QX9F',
      message: 'The venue flooded; we are sorry.',
      refundFollows: true,
      bookingUrl: 'https://tickets.example.org/bookings/abc',
    }),
    renderRefundIssued({
      ...common,
      buyerName: name,
      bookingReference: 'B7K2-QX9F',
      amount: { amountMinor: 1250, currency: 'EUR' },
      isFullRefund: false,
    }),
    renderLatePaymentRefunded({ ...common, buyerName: name, amount: { amountMinor: 6500, currency: 'EUR' } }),
    renderNewBookingNotice(newBookingNotice({ buyerName: name })),
    renderAttendeeTicket(
      attendeeTicket({
        attendeeName: name,
        tickets: [{ ...bookingConfirmation().tickets[1], attendeeName: name }],
      }),
    ),
    renderWaitingListOffer({
      ...common,
      name,
      ticketTypeName: 'Standing',
      quantity: 2,
      offerUrl: 'https://tickets.example.org/checkout/offer/abc',
      expiresAt: new Date('2026-03-21T18:30:00Z'),
    }),
    renderWaitingListEventCancelled({
      ...common,
      name,
      ticketTypeName: 'Standing',
      message: 'The venue flooded; we are sorry.',
    }),
  ]);
}

/** The e-mails about admin accounts: no event, a single-use link. */
function renderAccountKinds(): Promise<RenderedEmail[]> {
  const common = {
    to: 'new.staff@example.org',
    replyTo: REPLY_TO,
    expiresAt: new Date('2026-03-21T18:30:00Z'),
  };
  return Promise.all([
    renderAccountInvitation({
      ...common,
      invitedBy: 'boss@example.org',
      role: 'STAFF',
      roleDescription: 'Check attendees in.',
      setPasswordUrl: 'https://tickets.example.org/admin/set-password/abc',
    }),
    renderPasswordReset({ ...common, resetUrl: 'https://tickets.example.org/admin/set-password/def' }),
    renderWebhookEndpointDisabled({
      to: 'boss@example.org',
      replyTo: REPLY_TO,
      endpointUrl: 'https://crm.example.org/hooks',
      reason: 'answered 503 Service Unavailable',
      webhooksUrl: 'https://tickets.example.org/admin/webhooks',
    }),
  ]);
}

describe('every e-mail template', () => {
  let rendered: RenderedEmail[];
  let accountEmails: RenderedEmail[];
  let voucherEmail: RenderedEmail;

  beforeAll(async () => {
    rendered = await renderEveryKind('Grace Hopper');
    accountEmails = await renderAccountKinds();
    voucherEmail = await renderVoucherCode({
      to: 'friend@example.org',
      replyTo: REPLY_TO,
      event: berlinEvent,
      code: 'FRIEND-7KQ2M9X4TB3HZ8NP',
      offer: '20% off',
      message: 'Thanks for coming last year!',
      eventUrl: 'https://tickets.example.org/events/jazz?voucher=FRIEND-7KQ2M9X4TB3HZ8NP',
      validUntil: new Date('2026-03-21T18:30:00Z'),
    });
  });

  it('exists once per kind', () => {
    // Reminders and organisers' messages are rendered per recipient from the database: their tests
    // are in modules/messages.
    const perRecipient = [EmailKind.EVENT_REMINDER, EmailKind.EVENT_MESSAGE];
    expect([...rendered, ...accountEmails, voucherEmail].map((email) => email.kind).sort()).toEqual(
      Object.values(EmailKind)
        .filter((kind) => !perRecipient.includes(kind))
        .sort(),
    );
  });

  it('gives a code, what it does and a link that applies it in both parts of the code e-mail', () => {
    for (const part of [voucherEmail.html, voucherEmail.text]) {
      expect(part).toContain('FRIEND-7KQ2M9X4TB3HZ8NP');
      expect(part).toContain('20% off');
      expect(part).toContain('Thanks for coming last year!');
      expect(part).toContain('https://tickets.example.org/events/jazz?voucher=FRIEND-7KQ2M9X4TB3HZ8NP');
    }
  });

  it('puts the single-use link and when it expires into both parts of the account e-mails', () => {
    const [invitation, reset] = accountEmails;
    for (const part of [invitation.html, invitation.text]) {
      expect(part).toContain('https://tickets.example.org/admin/set-password/abc');
      expect(part).toContain('boss@example.org has invited you');
      expect(part).toContain('Saturday, 21 March 2026');
    }
    for (const part of [reset.html, reset.text]) {
      expect(part).toContain('https://tickets.example.org/admin/set-password/def');
      expect(part).toContain('UTC');
    }
  });

  it('has a subject, an HTML part, a plain-text part, the recipient and the reply-to address', () => {
    for (const email of [...rendered, ...accountEmails, voucherEmail]) {
      expect(email.subject.length).toBeGreaterThan(10);
      expect(email.subject).not.toMatch(/[\r\n]|\{\{/);
      expect(email.html).toMatch(/^<!doctype html>/i);
      expect(email.html).toContain(`<title>${email.subject}</title>`);
      expect(email.text.length).toBeGreaterThan(50);
      expect(email.to).toHaveLength(1);
      expect(email.replyTo).toBe(email.kind === EmailKind.NEW_BOOKING_NOTICE ? 'ada@example.org' : REPLY_TO);
      // No template tag is left unfilled in either part.
      expect(email.html).not.toMatch(/\{\{|\}\}/);
      expect(email.text).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("shows the event's title and its time in the event's own time zone in both parts", () => {
    for (const email of rendered) {
      for (const part of [email.html, email.text]) {
        expect(part).toContain('Spring Concert');
        // 18:30 UTC is 19:30 in Berlin in March (CET).
        expect(part).toContain('19:30');
        expect(part).not.toContain('18:30');
      }
    }
  });

  it('escapes what people typed: a buyer called <script> stays text', async () => {
    const hostile = await renderEveryKind('<script>alert("x")</script> & "Bob"');
    for (const email of hostile) {
      expect(email.html).not.toContain('<script>');
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Bob&quot;');
      // Plain text is not HTML: the name appears as typed.
      expect(email.text).toContain('<script>alert("x")</script> & "Bob"');
    }
  });

  it('keeps line breaks out of the subject, whatever the event is called', async () => {
    const email = await renderWaiverRequest(
      waiverRequest({ event: { ...berlinEvent, title: 'Evil\r\nBcc: victim@example.org' } }),
    );
    expect(email.subject).toBe('Please sign the waiver for Evil Bcc: victim@example.org');
  });

  it('refuses links that are not absolute http(s) URLs', async () => {
    await expect(renderWaiverRequest(waiverRequest({ signingUrl: 'javascript:alert(1)' }))).rejects.toThrow(
      /signingUrl/,
    );
  });

  it('is laid out for narrow screens: a viewport meta tag, fluid columns and no fixed width beyond 600px', () => {
    for (const email of rendered) {
      expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      // Columns are percentages, side by side only from 480px up; below that they stack at full width.
      expect(email.html).toMatch(/@media only screen and \(min-width:480px\)/);
      const fixedWidths = [...email.html.matchAll(/width:(\d+)px/g)].map((match) => Number(match[1]));
      expect(Math.max(...fixedWidths)).toBeLessThanOrEqual(600);
      expect(email.html).toContain('max-width:600px');
    }
  });

  it('is the HTML compiled from MJML at build time (email-html.generated.ts), filled in per message', () => {
    // email-html.generated.test.ts proves that HTML is what MJML makes of email.sources.ts today.
    for (const email of [...rendered, ...accountEmails, voucherEmail]) {
      const html = EMAIL_HTML[email.kind];
      const head = html.slice(0, html.indexOf('{{'));
      const tail = html.slice(html.lastIndexOf('}}') + 2);
      expect(head).toMatch(/^<!doctype html>/i);
      expect(email.html.startsWith(head)).toBe(true);
      expect(email.html.endsWith(tail)).toBe(true);
    }
  });
});

describe('the booking confirmation', () => {
  let email: RenderedEmail;

  beforeAll(async () => {
    email = await renderBookingConfirmation(bookingConfirmation());
  });

  it('summarises the order with lines, unit prices and the total in the currency', () => {
    expect(email.subject).toBe('Your tickets for Spring Concert');
    for (const part of [email.html, email.text]) {
      expect(part).toContain('Standard');
      expect(part).toContain('€12.50');
      expect(part).toContain('€25.00');
      expect(part).toContain('€40.00');
      expect(part).toContain('€65.00');
    }
    expect(email.text).toContain('- 2 x Standard (€12.50 each): €25.00');
    expect(email.text).toContain('Total: €65.00');
  });

  it('says once where the tickets are, however many there are', () => {
    expect(email.html.split('Your tickets are below').length - 1).toBe(1);
  });

  it('has one QR image per ticket, inline, each referenced from the HTML by its cid', () => {
    const images = email.attachments.filter((attachment) => attachment.contentType === 'image/png');
    expect(images).toHaveLength(3);
    for (const image of images) {
      expect(image.cid).toMatch(/@/);
      expect(email.html).toContain(`src="cid:${image.cid}"`);
      // PNG signature.
      expect(Buffer.from(image.contentBase64, 'base64').subarray(0, 8).toString('hex')).toBe(
        '89504e470d0a1a0a',
      );
    }
    expect(new Set(images.map((image) => image.cid)).size).toBe(3);
    // Under each QR code, the short code to type; the long secret stays in the QR code only.
    for (const shortCode of ['AAAAA-11111', 'BBBBB-22222', 'CCCCC-33333']) {
      expect(email.html).toContain(shortCode);
      expect(email.text).toContain(shortCode);
    }
    expect(email.html).not.toContain('TKT-AAAA-1111');
  });

  it('attaches the tickets as a PDF, a page each, whose QR codes decode to the tickets', () => {
    const attached = email.attachments.find((attachment) => attachment.contentType === 'application/pdf');
    expect(attached?.filename).toBe('tickets-B7K2-QX9F.pdf');
    const pdf = Buffer.from(attached!.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(3);
    const decoded = pdfImages(pdf).map((image) => jsQR(image.data, image.width, image.height)?.data);
    expect(decoded).toEqual(['TKT-AAAA-1111', 'TKT-BBBB-2222', 'TKT-CCCC-3333']);
    expect(email.html).toContain(
      'href="https://tickets.example.org/bookings/3q2v7Xk9mZ4pL1sT8wYbNc/tickets.pdf"',
    );
  });

  it('keeps a 30-ticket confirmation under Gmail’s 102 KB clipping limit: listed with short codes, QR codes in the PDF', async () => {
    const tickets = Array.from({ length: 30 }, (_, index) => ({
      code: `TKT-${String(index).padStart(4, '0')}-${'x'.repeat(20)}`,
      shortCode: `ABCDE${String(index).padStart(5, '0')}`,
      attendeeName: `Attendee With A Fairly Long Name Number ${index + 1}`,
      ticketTypeName: 'Standard admission with a long name',
    }));
    const big = await renderBookingConfirmation(bookingConfirmation({ tickets }));
    const htmlBytes = Buffer.byteLength(big.html, 'utf8');
    expect(htmlBytes).toBeLessThan(102 * 1024);
    expect(big.attachments.filter((attachment) => attachment.contentType === 'image/png')).toEqual([]);
    expect(big.html).toContain('ABCDE-00029');
    expect(big.html).toContain('Download your tickets (PDF)');
    const pdf = Buffer.from(
      big.attachments.find((attachment) => attachment.contentType === 'application/pdf')!.contentBase64,
      'base64',
    );
    expect(pdfPageCount(pdf)).toBe(30);
    const images = pdfImages(pdf);
    expect(jsQR(images[29].data, images[29].width, images[29].height)?.data).toBe(tickets[29].code);
  });

  it('attaches a calendar entry with the event in UTC, its place and its link', () => {
    const ics = email.attachments.find((attachment) => attachment.filename === 'event.ics');
    expect(ics?.contentType).toMatch(/^text\/calendar/);
    const calendar = Buffer.from(ics!.contentBase64, 'base64').toString('utf8');
    expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
    expect(calendar).toContain('SUMMARY:Spring Concert');
    expect(calendar).toContain('DTSTART:20260314T183000Z');
    expect(calendar).toContain('DTEND:20260314T220000Z');
    expect(calendar).toContain('LOCATION:Town Hall\\, Marktplatz 1\\, 10178 Berlin');
    expect(calendar).toContain('URL:https://tickets.example.org/events/spring-concert');
    expect(calendar).toContain('UID:event-5b0c3c4e-2f0a-4d55-9a0e-2b7f3c1d9e01@event-sales');
  });

  it('folds the calendar file’s lines at 75 octets, never inside a character, with a non-ASCII title', () => {
    const title =
      'Frühlingskonzert – Süßes Öl & Grüße aus Köln, München und Zürich 🎻🎺 mit Überraschungsgästen';
    const calendar = eventCalendarFile(
      {
        id: '5b0c3c4e-2f0a-4d55-9a0e-2b7f3c1d9e01',
        slug: 'fruehling',
        status: EventStatus.PUBLISHED,
        visibility: EventVisibility.PUBLIC,
        ...berlinEvent,
        description: 'Ein Abend voller Musik: Streicher, Bläser und ein Chor aus Überlingen am Bodensee.',
        title,
      },
      'https://tickets.example.org',
    );
    for (const line of calendar.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = calendar.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${title.replace(/,/g, '\\,')}`);
    expect(unfolded).toContain('UID:event-5b0c3c4e-2f0a-4d55-9a0e-2b7f3c1d9e01@event-sales');
  });

  it('links to the booking', () => {
    expect(email.html).toContain('href="https://tickets.example.org/bookings/3q2v7Xk9mZ4pL1sT8wYbNc"');
    expect(email.text).toContain('https://tickets.example.org/bookings/3q2v7Xk9mZ4pL1sT8wYbNc');
  });
});

describe("an attendee's own ticket", () => {
  let email: RenderedEmail;

  beforeAll(async () => {
    email = await renderAttendeeTicket(attendeeTicket());
  });

  it('shows their ticket: QR code inline by its cid, the short code, the ticket type, the event', () => {
    expect(email.to).toEqual(['charles@example.org']);
    expect(email.subject).toBe('Your ticket for Spring Concert');
    const images = email.attachments.filter((attachment) => attachment.contentType === 'image/png');
    expect(images).toHaveLength(1);
    expect(email.html).toContain(`src="cid:${images[0].cid}"`);
    for (const part of [email.html, email.text]) {
      expect(part).toContain('Hello Charles Babbage');
      expect(part).toContain('BBBBB-22222');
      expect(part).toContain('Standard');
      expect(part).toContain('Town Hall');
      expect(part).toContain('B7K2-QX9F');
    }
    expect(email.html).not.toContain('TKT-BBBB-2222');
  });

  it('attaches only their ticket as a PDF whose QR code decodes to it, and no calendar entry', () => {
    const attached = email.attachments.find((attachment) => attachment.contentType === 'application/pdf');
    expect(attached?.filename).toBe('ticket-BBBBB-22222.pdf');
    const pdf = Buffer.from(attached!.contentBase64, 'base64');
    expect(pdfPageCount(pdf)).toBe(1);
    const [image] = pdfImages(pdf);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe('TKT-BBBB-2222');
    expect(email.attachments.map((attachment) => attachment.filename)).not.toContain('event.ics');
  });

  it("never links to the buyer's booking, and says nothing of a waiver unless one is asked", async () => {
    for (const part of [email.html, email.text]) {
      expect(part).not.toContain('/bookings/');
      expect(part).not.toContain('waiver');
    }
    const withWaiver = await renderAttendeeTicket(attendeeTicket({ waiverRequired: true }));
    expect(withWaiver.text).toContain('you will receive a separate e-mail with your link to sign it');
    expect(withWaiver.html).toContain('you will receive a separate e-mail with your link to sign it');
  });
});

describe('the other messages', () => {
  it('asks each attendee to sign with their own link', async () => {
    const email = await renderWaiverRequest(waiverRequest());
    expect(email.to).toEqual(['charles@example.org']);
    expect(email.subject).toBe('Please sign the waiver for Spring Concert');
    expect(email.html).toContain('Hello Charles Babbage');
    expect(email.html).toContain('href="https://tickets.example.org/waivers/sign/Zx81QmT0vBn4Lk2Rp7Yc"');
    expect(email.text).toContain('https://tickets.example.org/waivers/sign/Zx81QmT0vBn4Lk2Rp7Yc');
  });

  it('reminds an attendee when the event starts', async () => {
    const email = await renderWaiverReminder(waiverRequest());
    expect(email.subject).toBe('Reminder: sign the waiver for Spring Concert');
    expect(email.text).toContain('starts on Saturday, 14 March 2026 at 19:30 CET');
  });

  it('says whether a refund was full or partial, with the amount', async () => {
    const base = {
      to: 'ada@example.org',
      replyTo: REPLY_TO,
      buyerName: 'Ada',
      bookingReference: 'B7K2-QX9F',
      event: berlinEvent,
      amount: { amountMinor: 1250, currency: 'EUR' },
    };
    const partial = await renderRefundIssued({ ...base, isFullRefund: false });
    const full = await renderRefundIssued({ ...base, isFullRefund: true, reason: 'Event cancelled' });
    expect(partial.subject).toBe('Refund of €12.50 for booking B7K2-QX9F');
    expect(partial.text).toContain('This is a partial refund of the booking.');
    expect(partial.text).not.toContain('Reason:');
    expect(full.html).toContain('This is a full refund of the booking.');
    expect(full.text).toContain('Reason: Event cancelled');
  });

  it('mentions a cancellation refund only when there is one', async () => {
    const base = {
      to: 'ada@example.org',
      replyTo: REPLY_TO,
      buyerName: 'Ada',
      bookingReference: 'B7K2-QX9F',
      event: berlinEvent,
    };
    const withRefund = await renderBookingCancelled({
      ...base,
      refund: { amountMinor: 6500, currency: 'EUR' },
    });
    const without = await renderBookingCancelled(base);
    expect(withRefund.text).toContain('A refund of €65.00');
    expect(without.text).not.toContain('refund');
    expect(without.html).not.toContain('View your booking');
  });

  it('tells someone on the waiting list which date is cancelled, that nothing was charged, and the organiser’s words', async () => {
    const base = { to: 'wanda@example.org', replyTo: REPLY_TO, event: berlinEvent, name: 'Wanda' };
    const mail = await renderWaitingListEventCancelled({
      ...base,
      ticketTypeName: 'Standing',
      message: 'The venue flooded.',
    });
    const when = formatDateTime(berlinEvent.startsAt, berlinEvent.timeZone);
    expect(mail.subject).toBe(`Spring Concert, ${when} is cancelled`);
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(`Spring Concert, ${when} has been cancelled`);
      expect(part).toContain('waiting list for Standing; nothing was charged');
      expect(part).toContain('The venue flooded.');
    }
    const silent = await renderWaitingListEventCancelled({ ...base, ticketTypeName: 'Standing' });
    expect(silent.text).not.toContain('flooded');
  });

  it('fills {booking.url} in the cancellation and the refund, alone or as a Markdown link target', async () => {
    const bookingUrl = 'https://tickets.example.org/bookings/B7K2-QX9F?token=a&b="><i>x</i>';
    const base = {
      to: 'ada@example.org',
      replyTo: REPLY_TO,
      buyerName: 'Ada',
      bookingReference: 'B7K2-QX9F',
      event: berlinEvent,
    };
    const body = 'Sorry.\n\n[Your booking]({booking.url} "Open it")\n\n{booking.url}';
    const cancelled = await renderBookingCancelled({ ...base, bookingUrl }, { subject: 'Cancelled', body });
    const refunded = await renderRefundIssued(
      { ...base, bookingUrl, amount: { amountMinor: 1250, currency: 'EUR' }, isFullRefund: true },
      { subject: 'Refunded', body },
    );
    const escaped =
      'https://tickets.example.org/bookings/B7K2-QX9F?token=a&amp;b=&quot;&gt;&lt;i&gt;x&lt;/i&gt;';
    for (const email of [cancelled, refunded]) {
      expect(email.html).toContain(`<a href="${escaped}" title="Open it">Your booking</a>`);
      expect(email.html).toContain(`<a href="${escaped}">${escaped}</a>`);
      expect(email.html).not.toContain('%7Bbooking.url%7D');
      expect(email.html).not.toContain('<i>x</i>');
      expect(email.text).toContain(`[Your booking](${bookingUrl} "Open it")`);
    }
    // Without a booking page (no link in the e-mail), the link keeps only its words.
    const without = await renderBookingCancelled(base, { subject: 'Cancelled', body });
    expect(without.html).toContain('Your booking');
    expect(without.html).not.toContain('%7Bbooking.url%7D');
    expect(without.html).not.toMatch(/<a [^>]*>Your booking/);
  });

  it('explains a late payment and offers to try again', async () => {
    const email = await renderLatePaymentRefunded({
      to: 'ada@example.org',
      replyTo: REPLY_TO,
      buyerName: 'Ada',
      event: berlinEvent,
      amount: { amountMinor: 6500, currency: 'EUR' },
      eventUrl: 'https://tickets.example.org/events/spring-concert',
    });
    expect(email.subject).toBe('Your payment for Spring Concert was refunded');
    expect(email.text).toContain('your payment of €65.00');
    expect(email.html).toContain('href="https://tickets.example.org/events/spring-concert"');
  });

  it('tells the organiser who booked what, with replies going to the buyer', async () => {
    const email = await renderNewBookingNotice(newBookingNotice());
    expect(email.to).toEqual(['organiser@example.org']);
    expect(email.replyTo).toBe('ada@example.org');
    expect(email.subject).toBe('New booking B7K2-QX9F for Spring Concert: 3 tickets, €65.00');
    expect(email.html).toContain('href="https://tickets.example.org/admin/bookings/B7K2-QX9F"');
  });
});

describe('money and time formatting', () => {
  it('formats integer minor units by the digits of the currency, without floats', () => {
    expect(formatMoney({ amountMinor: 1250, currency: 'EUR' })).toBe('€12.50');
    expect(formatMoney({ amountMinor: 5, currency: 'EUR' })).toBe('€0.05');
    expect(formatMoney({ amountMinor: 0, currency: 'USD' })).toBe('US$0.00');
    expect(formatMoney({ amountMinor: 1250, currency: 'JPY' })).toBe('JP¥1,250');
    expect(formatMoney({ amountMinor: 12345, currency: 'BHD' })).toBe('BHD\u00a012.345');
    expect(formatMoney({ amountMinor: 123456789012, currency: 'EUR' })).toBe('€1,234,567,890.12');
    expect(() => formatMoney({ amountMinor: 12.5, currency: 'EUR' })).toThrow(/integer/);
  });

  it('shows a JPY booking without decimals', async () => {
    const email = await renderBookingConfirmation(
      bookingConfirmation({
        lines: [
          {
            description: 'Standard',
            quantity: 2,
            unitPrice: { amountMinor: 1500, currency: 'JPY' },
            total: { amountMinor: 3000, currency: 'JPY' },
          },
        ],
        total: { amountMinor: 3000, currency: 'JPY' },
      }),
    );
    expect(email.text).toContain('Total: JP¥3,000');
    expect(email.text).not.toMatch(/JP¥3,000\.|JP¥30\.00/);
  });

  // The decimals are common/money's, the ones PayPal is sent: 1500 HUF is charged as "1500".
  it.each([
    ['HUF', 1500, 'HUF\u00a01,500'],
    ['JPY', 1500, 'JP¥1,500'],
    ['TWD', 1500, 'NT$1,500'],
    ['EUR', 1500, '€15.00'],
    ['KWD', 1234, 'KWD\u00a01.234'],
  ])('shows %s %i minor units as "%s" in the confirmation e-mail', async (currency, amountMinor, shown) => {
    const amount = { amountMinor, currency };
    const email = await renderBookingConfirmation(
      bookingConfirmation({
        lines: [{ description: 'Standard', quantity: 1, unitPrice: amount, total: amount }],
        total: amount,
      }),
    );
    expect(email.text).toContain(`Total: ${shown}`);
    expect(email.html).toContain(shown);
  });

  it("shows times in the event's time zone, with the zone named", () => {
    const start = new Date('2026-07-04T23:00:00Z');
    const end = new Date('2026-07-05T02:00:00Z');
    expect(formatTimeRange(start, end, 'Europe/Berlin')).toBe('Sunday, 5 July 2026, 01:00–04:00 CEST');
    expect(formatTimeRange(start, end, 'America/New_York')).toBe('Saturday, 4 July 2026, 19:00–22:00 GMT-4');
  });
});
