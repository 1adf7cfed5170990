/**
 * The SQL functions the app relies on live as files, db/functions/<name>.sql, each holding the
 * CURRENT text of one function (`CREATE OR REPLACE FUNCTION ...`) with a header saying what it does
 * and who calls it. Like Flyway's repeatable migrations they are applied after the versioned
 * migrations, on every run (runMigrations, under the same advisory lock), in file name order:
 * - a changed body: edit the file; the next start replaces the live function;
 * - a new function: add a file (no migration needed; none may call it before the files are applied);
 * - a changed signature or return type, or a function dropped: a migration drops the old one
 *   (CREATE OR REPLACE cannot change them), and the file is changed or removed with it.
 * A deploy applies them with the migrations while the previous version still serves (deploy.sh), so
 * a new text must still suit that version's calls. PL/pgSQL bodies are resolved when called, so the
 * order only matters for a LANGUAGE sql body, whose file must sort after what it uses.
 * The versioned migrations that created earlier texts stay as history. sql-functions.test.ts fails
 * when a live function differs from its file (to the character, inside the body) or has none.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * server/src/db/functions, whether this module runs from src (tests) or compiled in dist/src/db: the
 * files are read where they are edited, never from a copy that could be stale. Without a source tree
 * (the server image ships dist only), the copy `npm run build` puts beside the compiled module.
 */
const SOURCE_DIR = path.resolve(
  __dirname,
  path.basename(path.resolve(__dirname, '../..')) === 'dist' ? '../../../src/db/functions' : 'functions',
);
export const SQL_FUNCTIONS_DIR = fs.existsSync(SOURCE_DIR) ? SOURCE_DIR : path.join(__dirname, 'functions');

export interface SqlFunctionFile {
  file: string;
  sql: string;
}

/** The files in the order they are applied (by name); an empty or missing folder is an error. */
export function readSqlFunctionFiles(dir: string = SQL_FUNCTIONS_DIR): SqlFunctionFile[] {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.sql')) : [];
  if (names.length === 0) throw new Error(`No SQL function files in ${dir}`);
  return names.sort().map((file) => ({ file, sql: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * Every function of the app's schema (functions that belong to an extension such as pgcrypto aside)
 * as PostgreSQL prints it, and whether the current transaction wrote its row: CREATE OR REPLACE
 * writes a new row version even for an unchanged text, which is how the files' functions are told
 * from the others.
 */
const DEFINITIONS_SQL = `
  SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition,
         p.xmin = pg_current_xact_id()::xid AS written
  FROM pg_proc p
  WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind IN ('f', 'p')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  ORDER BY 1`;

interface LiveFunction {
  signature: string;
  definition: string;
  written: boolean;
}

export interface SqlFunctionsComparison {
  /** Functions whose live definition is not what their file creates (or that do not exist yet). */
  changed: string[];
  /** Functions of the app's schema that no file defines. */
  unmanaged: string[];
}

/** Runs the files in the runner's open transaction and says what they changed. */
async function applyInTransaction(
  runner: QueryRunner,
  files: SqlFunctionFile[],
): Promise<SqlFunctionsComparison> {
  const before = new Map(
    ((await runner.query(DEFINITIONS_SQL)) as LiveFunction[]).map((live) => [
      live.signature,
      live.definition,
    ]),
  );
  for (const { file, sql } of files) {
    try {
      await runner.query(sql);
    } catch (error) {
      throw new Error(`db/functions/${file}: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
  }
  const after = (await runner.query(DEFINITIONS_SQL)) as LiveFunction[];
  return {
    changed: after
      .filter((live) => live.written && before.get(live.signature) !== live.definition)
      .map((live) => live.signature),
    unmanaged: after.filter((live) => !live.written).map((live) => live.signature),
  };
}

/** Runs `work` in a transaction of its own, committed only when `commit` says so. */
async function inTransaction<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
  commit: (result: T) => boolean,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      const result = await work(runner);
      if (commit(result)) await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/**
 * Brings every function to its file's text, in one transaction; returns the signatures it changed.
 * Nothing is committed when all are current, so a start that changes nothing invalidates no cached
 * plan of the sessions already running them. Call it under the migration lock (runMigrations).
 */
export async function applySqlFunctions(dataSource: DataSource, dir?: string): Promise<string[]> {
  const files = readSqlFunctionFiles(dir);
  const { changed } = await inTransaction(
    dataSource,
    (runner) => applyInTransaction(runner, files),
    (result) => result.changed.length > 0,
  );
  return changed;
}

/**
 * What applySqlFunctions would change, without changing anything: PostgreSQL's print of each file's
 * function compared with the live one (pg_get_functiondef, so exact up to what PostgreSQL
 * normalises), and the live functions no file defines.
 */
export async function compareSqlFunctions(
  dataSource: DataSource,
  dir?: string,
): Promise<SqlFunctionsComparison> {
  const files = readSqlFunctionFiles(dir);
  return inTransaction(
    dataSource,
    (runner) => applyInTransaction(runner, files),
    () => false,
  );
}
