/**
 * What the e-mails say: per EmailKind the subject, inbox preheader, MJML body and plain-text twin,
 * with the shared header, footer and sections. email.templates.ts compiles and renders them.
 */
import { EmailKind } from './email-message.entity';

export interface TemplateSource {
  subject: string;
  /** The line mail clients show after the subject in the inbox. */
  preheader: string;
  /** MJML sections between the shared header and footer. */
  body: string;
  text: string;
}

// ---- Shared MJML --------------------------------------------------------------------------------

const EVENT_SECTION = `
  <mj-section background-color="#ffffff" padding="0 0 8px">
    <mj-column>
      <mj-text css-class="event">
        <strong>{{event.title}}</strong><br />
        {{event.when}}<br />
        {{event.venueName}}{{#event.addressLines}}<br />{{.}}{{/event.addressLines}}
      </mj-text>
    </mj-column>
  </mj-section>`;

const EVENT_TEXT = `{{event.title}}
{{event.when}}
{{event.venueName}}{{#event.addressLines}}
{{.}}{{/event.addressLines}}`;

const ORDER_SECTION = `
  <mj-section background-color="#ffffff">
    <mj-column>
      <mj-table cellpadding="4px" css-class="order">
        <tr style="border-bottom:1px solid #d9dee3;text-align:left;">
          <th style="padding:4px;">Item</th>
          <th style="padding:4px;text-align:right;">Qty</th>
          <th style="padding:4px;text-align:right;">Amount</th>
        </tr>
        {{#lines}}<tr>
          <td style="padding:4px;">{{description}}<br /><span style="color:#52606d;">{{unitPrice}} each{{#discount}}, {{discount}}{{/discount}}</span></td>
          <td style="padding:4px;text-align:right;">{{quantity}}</td>
          <td style="padding:4px;text-align:right;white-space:nowrap;">{{total}}</td>
        </tr>{{/lines}}
        <tr style="border-top:1px solid #d9dee3;font-weight:bold;">
          <td style="padding:4px;" colspan="2">Total</td>
          <td style="padding:4px;text-align:right;white-space:nowrap;">{{total}}</td>
        </tr>
      </mj-table>
    </mj-column>
  </mj-section>`;

const ORDER_TEXT = `{{#lines}}- {{quantity}} x {{description}} ({{unitPrice}} each{{#discount}}, {{discount}}{{/discount}}): {{total}}
{{/lines}}Total: {{total}}`;

/** The booking's money: payments, refunds and what is still held (left out when there is no account). */
const ACCOUNT_SECTION = `
  <mj-raw>{{#account}}</mj-raw>
  <mj-section background-color="#ffffff">
    <mj-column>
      <mj-table cellpadding="4px" css-class="account">
        <tr style="border-bottom:1px solid #d9dee3;text-align:left;">
          <th style="padding:4px;" colspan="2">Your payment</th>
        </tr>
        {{#rows}}<tr>
          <td style="padding:4px;">{{label}}</td>
          <td style="padding:4px;text-align:right;white-space:nowrap;">{{amount}}</td>
        </tr>{{/rows}}
      </mj-table>
    </mj-column>
  </mj-section>
  <mj-raw>{{/account}}</mj-raw>`;

const ACCOUNT_TEXT = `{{#account}}
Your payment:
{{#rows}}- {{label}}: {{amount}}
{{/rows}}{{/account}}`;

/** A section per ticket in `inlineTickets`: its QR image (`cid:`), the attendee and the short code. */
const INLINE_TICKETS_SECTION = `
  <mj-raw>{{#inlineTickets}}</mj-raw>
  <mj-section background-color="#ffffff" border-top="1px solid #d9dee3">
    <mj-column width="40%" vertical-align="middle">
      <mj-image src="cid:{{cid}}" alt="QR code of the ticket of {{attendeeName}}" width="160px" height="160px" />
      <mj-text align="center" padding-top="0" font-family="Menlo, Consolas, monospace" font-size="16px" font-weight="bold">{{shortCode}}</mj-text>
    </mj-column>
    <mj-column width="60%" vertical-align="middle">
      <mj-text>
        <strong>{{attendeeName}}</strong><br />
        {{ticketTypeName}}<br />
        <span style="color:#52606d;">Code to type at the door: {{shortCode}}</span>
      </mj-text>
    </mj-column>
  </mj-section>
  <mj-raw>{{/inlineTickets}}</mj-raw>`;

/** The plain-text list of `tickets`, with the code to type at the door. */
const TICKETS_TEXT = `Tickets (the code to type at the door if a QR code will not scan):
{{#tickets}}- {{attendeeName}}, {{ticketTypeName}}: {{shortCode}}
{{/tickets}}`;

/** The answers to the event's checkout questions, left out when there are none. */
const ANSWERS_SECTION = `
  <mj-raw>{{#hasAnswers}}</mj-raw>
  <mj-section background-color="#ffffff" border-top="1px solid #d9dee3">
    <mj-column>
      <mj-text font-weight="bold">Your answers</mj-text>
      <mj-table cellpadding="4px">
        {{#answers}}<tr><td style="padding:4px;color:#52606d;">{{who}}</td><td style="padding:4px;">{{label}}</td><td style="padding:4px;white-space:pre-line;">{{display}}</td></tr>{{/answers}}
      </mj-table>
    </mj-column>
  </mj-section>
  <mj-raw>{{/hasAnswers}}</mj-raw>`;

const ANSWERS_TEXT = `{{#hasAnswers}}Your answers:
{{#answers}}- {{who}}, {{label}}: {{display}}
{{/answers}}
{{/hasAnswers}}`;

/** The white section a message opens with: its greeting and what it is about. */
function openingSection(content: string): string {
  return `
  <mj-section background-color="#ffffff" padding="16px 0 0">
    <mj-column>
      ${content}
    </mj-column>
  </mj-section>`;
}

/** A button to the model's `urlKey`; the whole section is left out when the model has no such URL. */
function optionalButtonSection(urlKey: string, label: string): string {
  return `
  <mj-raw>{{#${urlKey}}}</mj-raw>
  <mj-section background-color="#ffffff" padding="0 0 16px">
    <mj-column>
      <mj-button href="{{${urlKey}}}">${label}</mj-button>
    </mj-column>
  </mj-section>
  <mj-raw>{{/${urlKey}}}</mj-raw>`;
}

/** The plain-text twin of optionalButtonSection: a labelled link line, only when there is a URL. */
function optionalLinkText(urlKey: string, label: string): string {
  return `{{#${urlKey}}}
${label}: {{${urlKey}}}{{/${urlKey}}}`;
}

const WAIVER_REQUEST_NOTE =
  'This link is for you alone; please do not forward it. Everyone in your group receives their own.';
const WAIVER_REMINDER_NOTE = 'This link is for you alone; please do not forward it.';

/** The waiver e-mails' call to action: the personal signing link and why it must not be passed on. */
function signingLinkMjml(note: string): string {
  return `<mj-button href="{{signingUrl}}">Read and sign the waiver</mj-button>
      <mj-text font-size="13px" color="#52606d">${note}</mj-text>`;
}

function signingLinkText(note: string): string {
  return `{{signingUrl}}

${note}`;
}

/** Wraps a template's sections in the shared head, header and footer. */
export function mjmlDocument(body: string): string {
  return `<mjml lang="en">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{preheader}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="1.5" color="#1f2933" />
      <mj-table font-size="14px" line-height="1.4" color="#1f2933" />
      <mj-button background-color="#1d4ed8" color="#ffffff" font-size="15px" font-weight="bold" border-radius="6px" inner-padding="12px 24px" />
    </mj-attributes>
    <mj-style>.intro p { margin: 0 0 12px; } .intro p:last-child { margin-bottom: 0; }</mj-style>
  </mj-head>
  <mj-body width="600px" background-color="#f4f5f7">
    <mj-section padding="16px 0 0">
      <mj-column>
        <mj-text font-size="13px" color="#52606d">{{preheader}}</mj-text>
      </mj-column>
    </mj-section>
    ${body}
    <mj-section padding="8px 0 24px">
      <mj-column>
        <mj-text font-size="12px" color="#52606d">Questions? Reply to this e-mail and the organiser will answer.</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

export function textDocument(body: string): string {
  return `${body}

--
Questions? Reply to this e-mail and the organiser will answer.
`;
}

/** Messages an organiser sends (not transactional) offer a way out of the event's messages. */
const UNSUBSCRIBE_SECTION = `
  <mj-raw>{{#unsubscribeUrl}}</mj-raw>
  <mj-section padding="0">
    <mj-column>
      <mj-text font-size="12px" color="#52606d">You receive this because you booked for {{event.title}}. <a href="{{unsubscribeUrl}}" style="color:#52606d;">Unsubscribe from this event's messages</a>.</mj-text>
    </mj-column>
  </mj-section>
  <mj-raw>{{/unsubscribeUrl}}</mj-raw>`;

const UNSUBSCRIBE_TEXT = `{{#unsubscribeUrl}}

Unsubscribe from this event's messages: {{unsubscribeUrl}}{{/unsubscribeUrl}}`;

/** The recipient's tickets, with the code to type at the door (reminders). */
const TICKET_LIST_SECTION = `
  <mj-raw>{{#hasTickets}}</mj-raw>
  <mj-section background-color="#ffffff" padding="0 0 8px">
    <mj-column>
      <mj-table cellpadding="4px">
        <tr style="text-align:left;"><th style="padding:4px;">Ticket</th><th style="padding:4px;">Code</th></tr>
        {{#tickets}}<tr><td style="padding:4px;">{{attendeeName}}<br /><span style="color:#52606d;">{{ticketTypeName}}</span></td><td style="padding:4px;font-family:Menlo,Consolas,monospace;white-space:nowrap;">{{shortCode}}</td></tr>{{/tickets}}
      </mj-table>
    </mj-column>
  </mj-section>
  <mj-raw>{{/hasTickets}}</mj-raw>`;

// ---- The templates ------------------------------------------------------------------------------

export const EMAIL_SOURCES: Record<EmailKind, TemplateSource> = {
  [EmailKind.BOOKING_CONFIRMATION]: {
    subject: '{{introSubject}}',
    preheader: 'Booking {{bookingReference}}: {{ticketCountText}} for {{event.title}}.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-text>{{^hasListedTickets}}Your tickets are below: show the QR code of each at the entrance.{{/hasListedTickets}}{{#hasListedTickets}}Your {{ticketCountText}} are in the attached PDF, a page each: show the QR code of each at the entrance.{{/hasListedTickets}} The tickets (PDF) and a calendar entry are attached.</mj-text>`)}
  ${EVENT_SECTION}
  ${ORDER_SECTION}
  ${ACCOUNT_SECTION}
  ${ANSWERS_SECTION}
  ${INLINE_TICKETS_SECTION}
  <mj-raw>{{#hasListedTickets}}</mj-raw>
  <mj-section background-color="#ffffff" border-top="1px solid #d9dee3">
    <mj-column>
      <mj-table cellpadding="4px">
        <tr style="text-align:left;"><th style="padding:4px;">Attendee</th><th style="padding:4px;">Code</th></tr>
        {{#listedTickets}}<tr><td style="padding:4px;">{{attendeeName}}<br /><span style="color:#52606d;">{{ticketTypeName}}</span></td><td style="padding:4px;font-family:Menlo,Consolas,monospace;white-space:nowrap;">{{shortCode}}</td></tr>{{/listedTickets}}
      </mj-table>
    </mj-column>
  </mj-section>
  <mj-raw>{{/hasListedTickets}}</mj-raw>
  <mj-section background-color="#ffffff" padding="8px 0 16px">
    <mj-column>
      <mj-button href="{{bookingUrl}}">View your booking</mj-button>
      <mj-text align="center"><a href="{{ticketsPdfUrl}}">Download your tickets (PDF)</a></mj-text>
      <mj-text font-size="13px" color="#52606d">Keep this e-mail: the link above opens your booking and its tickets at any time. It is personal, so please do not share it.</mj-text>
    </mj-column>
  </mj-section>`,
    text: `{{introText}}

Show each ticket's QR code (in the attached PDF, or on your booking page) at the entrance. The tickets (PDF) and a calendar entry are attached.

${EVENT_TEXT}

Your order:
${ORDER_TEXT}
${ACCOUNT_TEXT}
${ANSWERS_TEXT}${TICKETS_TEXT}
Your tickets as a PDF: {{ticketsPdfUrl}}
Your booking: {{bookingUrl}}
(This link is personal, so please do not share it.)`,
  },

  [EmailKind.ATTENDEE_TICKET]: {
    subject: '{{introSubject}}',
    preheader: 'Booking {{bookingReference}}: show the QR code at the entrance.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-text>Show its QR code below, or the attached PDF, at the entrance.{{#waiverRequired}} Everyone attending signs a waiver: you will receive a separate e-mail with your link to sign it.{{/waiverRequired}}</mj-text>`)}
  ${EVENT_SECTION}
  ${INLINE_TICKETS_SECTION}
  <mj-section background-color="#ffffff" padding="0 0 8px">
    <mj-column>
      <mj-text font-size="13px" color="#52606d">Keep this e-mail: it is your ticket. It is for you alone, so please do not forward it.</mj-text>
    </mj-column>
  </mj-section>`,
    text: `{{introText}}

Show its QR code, in the attached PDF, at the entrance.{{#waiverRequired}} Everyone attending signs a waiver: you will receive a separate e-mail with your link to sign it.{{/waiverRequired}}

${EVENT_TEXT}

${TICKETS_TEXT}
Keep this e-mail: it is your ticket.`,
  },

  [EmailKind.VOUCHER_CODE]: {
    subject: 'Your code for {{event.title}}',
    preheader: 'Use the code {{code}} when you book.',
    body: `${openingSection(`<mj-text>Hello,</mj-text>
      {{#message}}<mj-text>{{message}}</mj-text>{{/message}}
      <mj-text>your code for <strong>{{event.title}}</strong> is <strong>{{code}}</strong>{{#offer}} ({{offer}}){{/offer}}.</mj-text>
      <mj-button href="{{eventUrl}}">Book with your code</mj-button>
      <mj-text font-size="13px" color="#52606d">The link applies the code for you; or type it in on the event page.{{#validUntil}} It is valid until {{validUntil}}.{{/validUntil}}</mj-text>`)}
  ${EVENT_SECTION}`,
    text: `Hello,
{{#message}}
{{message}}
{{/message}}
your code for {{event.title}} is {{code}}{{#offer}} ({{offer}}){{/offer}}.

Book with your code: {{eventUrl}}
{{#validUntil}}
It is valid until {{validUntil}}.
{{/validUntil}}
${EVENT_TEXT}`,
  },

  [EmailKind.WAITING_LIST_OFFER]: {
    subject: 'Held for you: tickets for {{event.title}}, {{event.startsAt}}',
    preheader: '{{quantity}} x {{ticketTypeName}}, held for you until {{expiresAt}}.',
    body: `${openingSection(`<mj-text>Hello {{name}},</mj-text>
      <mj-text>seats came free for <strong>{{event.title}}</strong>, and you are next on the waiting list: <strong>{{quantity}} x {{ticketTypeName}}</strong> are held for you until <strong>{{expiresAt}}</strong>.</mj-text>
      <mj-button href="{{offerUrl}}">Book your tickets</mj-button>
      <mj-text font-size="13px" color="#52606d">After that time the seats go to the next person in line. If you no longer want them, do nothing.</mj-text>`)}
  ${EVENT_SECTION}`,
    text: `Hello {{name}},

seats came free for {{event.title}}, and you are next on the waiting list: {{quantity}} x {{ticketTypeName}} are held for you until {{expiresAt}}.

Book your tickets: {{offerUrl}}

After that time the seats go to the next person in line. If you no longer want them, do nothing.

${EVENT_TEXT}`,
  },

  [EmailKind.WAIVER_REQUEST]: {
    subject: '{{introSubject}}',
    preheader: 'Every attendee signs a waiver before check-in. It takes a minute.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      ${signingLinkMjml(WAIVER_REQUEST_NOTE)}`)}
  ${EVENT_SECTION}`,
    text: `{{introText}}

${signingLinkText(WAIVER_REQUEST_NOTE)}

${EVENT_TEXT}`,
  },

  [EmailKind.WAIVER_REMINDER]: {
    subject: '{{introSubject}}',
    preheader: 'Your waiver is not signed yet. Without it you cannot be checked in.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      ${signingLinkMjml(WAIVER_REMINDER_NOTE)}`)}
  ${EVENT_SECTION}`,
    text: `{{introText}}

${signingLinkText(WAIVER_REMINDER_NOTE)}

${EVENT_TEXT}`,
  },

  [EmailKind.BOOKING_CANCELLED]: {
    subject: '{{introSubject}}',
    preheader: 'Your booking {{bookingReference}} has been cancelled.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-raw>{{#reason}}</mj-raw><mj-text>Reason: {{reason}}</mj-text><mj-raw>{{/reason}}</mj-raw>
      <mj-raw>{{#refund}}</mj-raw><mj-text>A refund of <strong>{{refund}}</strong> goes back to the payment method you used. It may take a few days to show on your statement.</mj-text><mj-raw>{{/refund}}</mj-raw>`)}
  ${ACCOUNT_SECTION}
  ${EVENT_SECTION}
  ${optionalButtonSection('bookingUrl', 'View your booking')}`,
    text: `{{introText}}{{#reason}}
Reason: {{reason}}{{/reason}}
{{#refund}}
A refund of {{refund}} goes back to the payment method you used. It may take a few days to show on your statement.
{{/refund}}${ACCOUNT_TEXT}
${EVENT_TEXT}
${optionalLinkText('bookingUrl', 'Your booking')}`,
  },

  [EmailKind.EVENT_CANCELLED]: {
    subject: '{{introSubject}}',
    preheader: '{{eventTitle}} has been cancelled.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-raw>{{#message}}</mj-raw><mj-text>{{message}}</mj-text><mj-raw>{{/message}}</mj-raw>
      <mj-raw>{{#refundFollows}}</mj-raw><mj-text>Your booking is cancelled and refunded in full: a separate e-mail confirms the refund.</mj-text><mj-raw>{{/refundFollows}}</mj-raw>
      <mj-raw>{{^refundFollows}}</mj-raw><mj-text>If you paid and would like your money back, reply to this e-mail.</mj-text><mj-raw>{{/refundFollows}}</mj-raw>`)}
  ${EVENT_SECTION}
  ${optionalButtonSection('bookingUrl', 'View your booking')}`,
    text: `{{introText}}{{#message}}

{{message}}{{/message}}
{{#refundFollows}}
Your booking is cancelled and refunded in full: a separate e-mail confirms the refund.
{{/refundFollows}}{{^refundFollows}}
If you paid and would like your money back, reply to this e-mail.
{{/refundFollows}}
${EVENT_TEXT}
${optionalLinkText('bookingUrl', 'Your booking')}`,
  },

  [EmailKind.WAITING_LIST_EVENT_CANCELLED]: {
    subject: '{{introSubject}}',
    preheader: '{{eventTitle}} has been cancelled. Nothing was charged.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-raw>{{#message}}</mj-raw><mj-text>{{message}}</mj-text><mj-raw>{{/message}}</mj-raw>`)}
  ${EVENT_SECTION}`,
    text: `{{introText}}{{#message}}

{{message}}{{/message}}

${EVENT_TEXT}`,
  },

  [EmailKind.REFUND_ISSUED]: {
    subject: '{{introSubject}}',
    preheader: '{{amount}} is on its way back to you.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>
      <mj-text>{{#isFullRefund}}This is a full refund of the booking.{{/isFullRefund}}{{^isFullRefund}}This is a partial refund of the booking.{{/isFullRefund}}{{#reason}}<br />Reason: {{reason}}{{/reason}}</mj-text>
      <mj-text>The money goes back to the payment method you used. It may take a few days to show on your statement.</mj-text>`)}
  ${ACCOUNT_SECTION}
  ${EVENT_SECTION}
  ${optionalButtonSection('bookingUrl', 'View your booking')}`,
    text: `{{introText}}

{{#isFullRefund}}This is a full refund of the booking.{{/isFullRefund}}{{^isFullRefund}}This is a partial refund of the booking.{{/isFullRefund}}{{#reason}}
Reason: {{reason}}{{/reason}}

The money goes back to the payment method you used. It may take a few days to show on your statement.
${ACCOUNT_TEXT}
${EVENT_TEXT}
${optionalLinkText('bookingUrl', 'Your booking')}`,
  },

  [EmailKind.LATE_PAYMENT_REFUNDED]: {
    subject: '{{introSubject}}',
    preheader: 'Your payment arrived after your reservation had expired, so we refunded it in full.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>`)}
  ${optionalButtonSection('eventUrl', 'Try again')}
  ${EVENT_SECTION}`,
    text: `{{introText}}
{{#eventUrl}}
Try again: {{eventUrl}}
{{/eventUrl}}
${EVENT_TEXT}`,
  },

  [EmailKind.ACCOUNT_INVITATION]: {
    subject: 'You are invited to the admin area',
    preheader: 'Choose your password to sign in. The link works until {{expiresAt}}.',
    body: `${openingSection(`<mj-text>Hello,</mj-text>
      <mj-text>{{#invitedBy}}{{invitedBy}} has invited you{{/invitedBy}}{{^invitedBy}}You have been invited{{/invitedBy}} to the admin area of the ticket shop as <strong>{{role}}</strong>. {{roleDescription}}</mj-text>
      <mj-text>Choose your password to sign in:</mj-text>
      <mj-button href="{{setPasswordUrl}}">Choose your password</mj-button>
      <mj-text font-size="13px" color="#52606d">The link works once, until {{expiresAt}}. It is for you alone, so please do not forward it. If you did not expect this invitation, you can ignore this e-mail.</mj-text>`)}`,
    text: `Hello,

{{#invitedBy}}{{invitedBy}} has invited you{{/invitedBy}}{{^invitedBy}}You have been invited{{/invitedBy}} to the admin area of the ticket shop as {{role}}. {{roleDescription}}

Choose your password to sign in:

{{setPasswordUrl}}

The link works once, until {{expiresAt}}. It is for you alone, so please do not forward it. If you did not expect this invitation, you can ignore this e-mail.`,
  },

  [EmailKind.PASSWORD_RESET]: {
    subject: 'Set a new password for the admin area',
    preheader: 'Someone asked for a new password for this address. The link works until {{expiresAt}}.',
    body: `${openingSection(`<mj-text>Hello,</mj-text>
      <mj-text>someone (we hope you) asked to set a new password for the admin account of this e-mail address. Choose a new password here:</mj-text>
      <mj-button href="{{resetUrl}}">Choose a new password</mj-button>
      <mj-text font-size="13px" color="#52606d">The link works once, until {{expiresAt}}. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this e-mail: your password stays as it is.</mj-text>`)}`,
    text: `Hello,

someone (we hope you) asked to set a new password for the admin account of this e-mail address. Choose a new password here:

{{resetUrl}}

The link works once, until {{expiresAt}}. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this e-mail: your password stays as it is.`,
  },

  [EmailKind.WEBHOOK_ENDPOINT_DISABLED]: {
    subject: 'A webhook endpoint was disabled',
    preheader:
      'Deliveries to {{endpointUrl}} kept failing, so it receives nothing until you enable it again.',
    body: `${openingSection(`<mj-text>Hello,</mj-text>
      <mj-text>deliveries to the webhook endpoint <strong>{{endpointUrl}}</strong> kept failing, so it has been disabled: it receives no new events until an admin enables it again. The last failure: {{reason}}</mj-text>
      <mj-text>The delivery log shows every attempt; once the receiver works again, enable the endpoint and resend what it missed.</mj-text>
      <mj-button href="{{webhooksUrl}}">Open the webhooks</mj-button>`)}`,
    text: `Hello,

deliveries to the webhook endpoint {{endpointUrl}} kept failing, so it has been disabled: it receives no new events until an admin enables it again. The last failure: {{reason}}

The delivery log shows every attempt; once the receiver works again, enable the endpoint and resend what it missed.

{{webhooksUrl}}`,
  },

  [EmailKind.NEW_BOOKING_NOTICE]: {
    subject: '{{introSubject}}',
    preheader: '{{buyerName}} booked {{ticketCountText}} for {{total}}.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>`)}
  ${EVENT_SECTION}
  ${ORDER_SECTION}
  ${optionalButtonSection('adminUrl', 'Open the booking')}`,
    text: `{{introText}}

${EVENT_TEXT}

${ORDER_TEXT}
${optionalLinkText('adminUrl', 'Open the booking')}`,
  },

  [EmailKind.EVENT_REMINDER]: {
    subject: '{{introSubject}}',
    preheader: 'See you at {{event.venueName}}. Bring your tickets.',
    body: `${openingSection(`<mj-text css-class="intro">{{introHtml}}</mj-text>`)}
  ${EVENT_SECTION}
  ${TICKET_LIST_SECTION}
  ${optionalButtonSection('bookingUrl', 'View your booking and tickets')}
  ${UNSUBSCRIBE_SECTION}`,
    text: `{{introText}}

${EVENT_TEXT}

{{#tickets}}- {{attendeeName}}, {{ticketTypeName}}: {{shortCode}}
{{/tickets}}${optionalLinkText('bookingUrl', 'Your booking and tickets')}${UNSUBSCRIBE_TEXT}`,
  },

  [EmailKind.EVENT_MESSAGE]: {
    subject: '{{messageSubject}}',
    preheader: 'A message from the organiser of {{event.title}}.',
    body: `${openingSection(`<mj-text css-class="message">{{messageHtml}}</mj-text>`)}
  ${EVENT_SECTION}
  ${optionalButtonSection('bookingUrl', 'View your booking')}
  ${UNSUBSCRIBE_SECTION}`,
    text: `{{messageText}}

${EVENT_TEXT}
${optionalLinkText('bookingUrl', 'Your booking')}${UNSUBSCRIBE_TEXT}`,
  },
};
