import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from './data-source';
import { runMigrations } from './migrate';
import {
  applySqlFunctions,
  compareSqlFunctions,
  readSqlFunctionFiles,
  SQL_FUNCTIONS_DIR,
} from './sql-functions';
import { createLogger } from '../logger';
import { createMigratedTestDatabase, type TestDatabase } from '../../test/test-database';

const logger = createLogger('silent');

describe('SQL functions as files (db/functions)', () => {
  let database: TestDatabase;
  let dataSource: ReturnType<typeof createDataSource>;
  const scratchDirs: string[] = [];

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
    for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of db/functions with one file's text changed, as a developer's edit would. */
  function editedCopy(file: string, from: string, to: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-functions-'));
    scratchDirs.push(dir);
    for (const { file: name, sql } of readSqlFunctionFiles()) {
      const text = name === file ? sql.replace(from, to) : sql;
      if (name === file) expect(text).not.toBe(sql);
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('a migrated database runs exactly the text of every file, and has no function without one', async () => {
    expect(await compareSqlFunctions(dataSource)).toEqual({ changed: [], unmanaged: [] });
    const live = await dataSource.query(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
       ORDER BY 1`,
    );
    expect(live.map((row: { signature: string }) => row.signature)).toEqual([
      'capacity_pool_catalog_changed()',
      'charge_rate_limit(jsonb)',
      'check_open_booking_limits(jsonb)',
      'event_catalog_changed()',
      'make_waiting_list_offers(uuid,timestamp with time zone,uuid)',
      'pool_seat_needs(jsonb)',
      'question_catalog_changed()',
      'release_voucher_blocks(timestamp with time zone,uuid)',
      'reserve_paid_booking(jsonb)',
      'return_booking_vouchers(uuid[])',
      'return_pool_seats(jsonb)',
      'store_booking_answers(uuid,uuid[],jsonb)',
      'take_booking_seats(uuid)',
      'take_pool_seats(jsonb)',
      'ticket_type_catalog_changed()',
      'use_booking_voucher(uuid)',
    ]);
  });

  it('each file is one function named after it, with a header saying what it does', () => {
    for (const { file, sql } of readSqlFunctionFiles()) {
      const name = path.basename(file, '.sql');
      expect(sql).toMatch(new RegExp(`^-- ${name}\\(`));
      expect(sql.match(/CREATE OR REPLACE FUNCTION (\w+)\(/g)).toEqual([
        `CREATE OR REPLACE FUNCTION ${name}(`,
      ]);
    }
  });

  it('a file edited but not applied differs from the live function, down to a comment in its body', async () => {
    const headerEdited = editedCopy('take_booking_seats.sql', '-- ', '-- edited\n-- ');
    // The header comments are outside the function: not part of it.
    expect(await compareSqlFunctions(dataSource, headerEdited)).toEqual({ changed: [], unmanaged: [] });

    const bodyEdited = editedCopy('take_booking_seats.sql', 'LOOP\n', 'LOOP\n    -- edited\n');
    expect(await compareSqlFunctions(dataSource, bodyEdited)).toEqual({
      changed: ['take_booking_seats(uuid)'],
      unmanaged: [],
    });
    // Comparing changed nothing.
    expect(await compareSqlFunctions(dataSource)).toEqual({ changed: [], unmanaged: [] });
  });

  it('the migration run brings a function changed behind its back to its file again', async () => {
    const stale = editedCopy('reserve_paid_booking.sql', "'catalog changed'", "'stale'");
    expect(await applySqlFunctions(dataSource, stale)).toEqual(['reserve_paid_booking(jsonb)']);
    expect(await compareSqlFunctions(dataSource)).toEqual({
      changed: ['reserve_paid_booking(jsonb)'],
      unmanaged: [],
    });

    expect(await runMigrations(dataSource, logger)).toEqual([]);
    expect(await compareSqlFunctions(dataSource)).toEqual({ changed: [], unmanaged: [] });
    // All current: nothing is replaced (nothing committed).
    expect(await applySqlFunctions(dataSource)).toEqual([]);
  });

  it('a live function that no file defines is reported', async () => {
    await dataSource.query(`CREATE FUNCTION stray() RETURNS int LANGUAGE sql AS 'SELECT 1'`);
    expect(await compareSqlFunctions(dataSource)).toEqual({ changed: [], unmanaged: ['stray()'] });
  });

  it('a file that fails names itself, and nothing of the run is kept', async () => {
    const broken = editedCopy('take_booking_seats.sql', 'RETURNS void', 'RETURNS nonsense_type');
    await expect(applySqlFunctions(dataSource, broken)).rejects.toThrow(
      /db\/functions\/take_booking_seats\.sql: type "nonsense_type" does not exist/,
    );
    expect(await compareSqlFunctions(dataSource)).toEqual({ changed: [], unmanaged: [] });
  });

  it('the files are read from the source tree, also by the compiled server (dist)', async () => {
    expect(SQL_FUNCTIONS_DIR).toBe(path.resolve(__dirname, 'functions'));
    const compiled = path.resolve(__dirname, '../../dist/src/db/sql-functions.js');
    const compiledModule = (await import(compiled)) as { SQL_FUNCTIONS_DIR: string };
    expect(compiledModule.SQL_FUNCTIONS_DIR).toBe(SQL_FUNCTIONS_DIR);
  });
});
