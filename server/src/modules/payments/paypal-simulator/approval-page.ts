/** The simulator's stand-in for PayPal's checkout page: one order, an Approve and a Cancel button. */
import { createHash } from 'node:crypto';
import { pageSecurityHeaders } from '../../../http/security-headers';

export interface ApprovalPageOrder {
  id: string;
  amount: string;
  currency: string;
  description?: string;
  status: string;
  /** Why the buyer is back: PayPal refused to capture with the way to pay chosen before. */
  captureRefusal?: 'INSTRUMENT_DECLINED' | 'PAYER_ACTION_REQUIRED';
}

const REFUSAL_NOTICES = {
  INSTRUMENT_DECLINED:
    'The way you chose to pay was declined and nothing was charged. Please choose another way to pay.',
  PAYER_ACTION_REQUIRED: 'PayPal needs you to confirm this payment again before it can be completed.',
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const PAGE_STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
  .test-mode { border: 2px solid #8a5a00; background: #fff4d6; padding: 0.75rem 1rem; border-radius: 0.5rem; }
  .refusal { border: 2px solid #a4262c; background: #fde7e9; padding: 0.75rem 1rem; border-radius: 0.5rem; }
  .amount { font-size: 2rem; font-weight: 700; margin: 1rem 0; }
  .amount .label { display: block; font-size: 1rem; font-weight: 400; }
  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: 0.6rem 1.4rem; border-radius: 0.4rem; cursor: pointer; }
  button:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
  .approve { background: #1a4fd6; color: #fff; border: 0; }
  .cancel { background: #fff; color: #111; border: 1px solid #555; }
`;

/** The pages' one inline stylesheet, allowed by its hash; nothing else loads or runs. */
const STYLE_SOURCE = `'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`;

/**
 * Headers of the simulator's pages: the site's security headers and a policy allowing the style
 * above and form posts to the simulator itself, then on to `redirectOrigins` (the shop's return and
 * cancel pages, where Approve and Cancel redirect: browsers check form-action on redirects too).
 */
export function pageHeaders(redirectOrigins: string[] = []): Record<string, string> {
  const formAction = ["'self'", ...redirectOrigins].join(' ');
  return {
    ...pageSecurityHeaders(false),
    'content-security-policy': `default-src 'none'; style-src ${STYLE_SOURCE}; frame-ancestors 'none'; base-uri 'none'; form-action ${formAction}`,
  };
}

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

const testModeNotice = `<p class="test-mode" role="note"><strong>Test mode:</strong> this is the built-in PayPal
simulator. No PayPal account is used and no money moves.</p>`;

export function approvalPage(order: ApprovalPageOrder): string {
  const description = order.description ? `<p>${escapeHtml(order.description)}</p>` : '';
  const refusal = order.captureRefusal
    ? `<p class="refusal" role="alert" data-capture-refusal="${order.captureRefusal}">${REFUSAL_NOTICES[order.captureRefusal]}</p>`
    : '';
  const token = escapeHtml(order.id);
  return page(
    `Approve payment of ${order.amount} ${order.currency} - PayPal simulator (test mode)`,
    `<h1>Approve your payment</h1>
${testModeNotice}
${refusal}
${description}
<p class="amount"><span class="label">Amount to pay:</span> ${escapeHtml(order.amount)} ${escapeHtml(order.currency)}</p>
<p>Order <code>${token}</code></p>
<div class="actions">
  <form method="post" action="/checkoutnow/approve">
    <input type="hidden" name="token" value="${token}">
    <button type="submit" class="approve">Approve</button>
  </form>
  <form method="post" action="/checkoutnow/cancel">
    <input type="hidden" name="token" value="${token}">
    <button type="submit" class="cancel">Cancel</button>
  </form>
</div>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(
    `${title} - PayPal simulator (test mode)`,
    `<h1>${escapeHtml(title)}</h1>
${testModeNotice}
<p>${escapeHtml(message)}</p>`,
  );
}
