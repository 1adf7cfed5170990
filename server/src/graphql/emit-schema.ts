/** `npm run schema`: writes schema.graphql at the project root from the TypeGraphQL classes. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../config';
import { buildAppSchema, printSchemaSDL } from './schema';

async function main(): Promise<void> {
  const file = path.join(findProjectRoot(), 'schema.graphql');
  fs.writeFileSync(file, printSchemaSDL(await buildAppSchema()));
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
