/**
 * The committed email-html.generated.ts is what MJML makes of email.sources.ts now (as schema.graphql
 * is checked against the schema classes): a template changed without regenerating fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EmailKind } from './email-message.entity';
import { EMAIL_HTML } from './email-html.generated';
import { compileEmailHtml, EMAIL_HTML_COMMAND, EMAIL_HTML_FILE, emailHtmlModule } from './email-html.compile';

it('holds the HTML that MJML compiles from email.sources.ts, for every kind', async () => {
  const fresh = await compileEmailHtml();
  const stale = Object.values(EmailKind).filter((kind) => EMAIL_HTML[kind] !== fresh[kind]);
  const file = fs.readFileSync(path.join(__dirname, '../../..', EMAIL_HTML_FILE), 'utf8');
  if (stale.length > 0 || file !== emailHtmlModule(fresh)) {
    throw new Error(
      `${EMAIL_HTML_FILE} is stale (${stale.join(', ') || 'its text'}): run ${EMAIL_HTML_COMMAND}`,
    );
  }
});
