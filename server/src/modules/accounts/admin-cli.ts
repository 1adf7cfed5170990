/**
 * `npm run admin:create -- ...` and `npm run admin:password -- ...` (see admin-commands.ts; `--help`
 * on either says how): run on DATABASE_URL, or on the embedded database — the running app's, when
 * `npm start` is up, else one started for the command.
 */
import 'reflect-metadata';
import readline from 'node:readline';
import { ConfigError, loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { createAdminCommand, setAdminPasswordCommand, type CommandIo } from './admin-commands';

const COMMANDS = { create: createAdminCommand, password: setAdminPasswordCommand };

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
  const [name, ...argv] = process.argv.slice(2);
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    console.error(`Unknown command ${name ?? '(none)'}: use npm run admin:create or npm run admin:password.`);
    return 2;
  }
  const io: CommandIo = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    promptPassword: process.stdin.isTTY ? promptHidden : undefined,
  };
  return command(argv, loadConfig(), io, (config) =>
    openDatabase(config, createLogger('warn'), { shareRunningEmbedded: true }),
  );
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
