/**
 * The lint rule that keeps services free of the GraphQL layer (eslint.config.mjs, DESIGN.md "A request
 * context that is not GraphQL") really rejects such an import where it must, and only there.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const repositoryRoot = path.resolve(__dirname, '../..');
const GRAPHQL_IMPORT =
  "import { userInputError } from '../../graphql/errors';\nexport const refuse = userInputError;\n";

/**
 * ESLint's Node API (`new ESLint()` + `lintText`) in a child process: it loads eslint.config.mjs with
 * a dynamic import, which jest's module sandbox does not allow.
 */
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const { code, files } = JSON.parse(input);
  const eslint = new ESLint({ cwd: process.cwd() });
  const found = {};
  for (const file of files) {
    const [result] = await eslint.lintText(code, { filePath: file });
    found[file] = result.messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
  }
  process.stdout.write(JSON.stringify(found));
});
`;

/** The messages of the restricted-imports rule for `code` as if it were each of `files` (repository paths). */
function restrictedImports(code: string, files: string[]): Record<string, string[]> {
  const output = execFileSync(process.execPath, ['-e', LINT_SCRIPT], {
    cwd: repositoryRoot,
    input: JSON.stringify({ code, files: files.map((file) => path.join(repositoryRoot, file)) }),
    encoding: 'utf8',
  });
  const found = JSON.parse(output) as Record<string, string[]>;
  return Object.fromEntries(files.map((file) => [file, found[path.join(repositoryRoot, file)]]));
}

const SERVICE = 'server/src/modules/events/events.service.ts';
const BELOW_GRAPHQL = [
  'server/src/modules/events/access-key.ts',
  'server/src/common/new-helper.ts',
  'server/src/db/new-helper.ts',
  'server/src/jobs/new.job.ts',
];
const GRAPHQL_SIDE = [
  'server/src/modules/events/events.resolver.ts',
  'server/src/modules/events/events.types.ts',
  'server/src/modules/events/events.inputs.ts',
  'server/src/modules/events/events.test.ts',
];

let found: Record<string, string[]>;

beforeAll(() => {
  found = restrictedImports(GRAPHQL_IMPORT, [SERVICE, ...BELOW_GRAPHQL, ...GRAPHQL_SIDE]);
}, 60_000);

it('rejects an import of graphql/ in a service, pointing at DESIGN.md', () => {
  expect(found[SERVICE]).toHaveLength(1);
  expect(found[SERVICE][0]).toContain('DESIGN.md');
});

it('rejects it in every other file below the GraphQL layer: module helpers, common, db and jobs', () => {
  for (const file of BELOW_GRAPHQL)
    expect({ file, messages: found[file] }).toEqual({ file, messages: [expect.any(String)] });
});

it('accepts it in a resolver, GraphQL types and inputs, and tests', () => {
  for (const file of GRAPHQL_SIDE) expect({ file, messages: found[file] }).toEqual({ file, messages: [] });
});
