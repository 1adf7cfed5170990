/**
 * `npm run admin:create -- --email you@example.com [--role ADMIN|STAFF] [--password ...]`: creates an
 * admin account on DATABASE_URL (or the embedded database). See create-admin.command.ts.
 */
import 'reflect-metadata';
import readline from 'node:readline';
import { ConfigError, loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { createAdminCommand } from './create-admin.command';

/** Asks for a password on the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const muted = rl as unknown as { _writeToOutput: (text: string) => void };
    let prompted = false;
    muted._writeToOutput = (text: string) => {
      // Only the question itself is shown; typed characters are not echoed.
      if (!prompted) process.stdout.write(text);
      prompted = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main(): Promise<number> {
  const config = loadConfig();
  return createAdminCommand(
    process.argv.slice(2),
    config,
    {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      promptPassword: process.stdin.isTTY ? promptHidden : undefined,
    },
    (config) => openDatabase(config, createLogger('warn')),
  );
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
