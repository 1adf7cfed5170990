/** `npm run email-templates -w server`: writes email-html.generated.ts from the MJML in email.sources.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../../config';
import { compileEmailHtml, EMAIL_HTML_FILE, emailHtmlModule } from './email-html.compile';

async function main(): Promise<void> {
  const file = path.join(findProjectRoot(), 'server', EMAIL_HTML_FILE);
  fs.writeFileSync(file, emailHtmlModule(await compileEmailHtml()));
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
