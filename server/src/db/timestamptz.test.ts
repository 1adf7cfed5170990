import pg from 'pg';
import { parseTimestamptz } from './timestamptz';

const postgresDate = pg.types.getTypeParser(1184, 'text') as (text: string) => unknown;

/** The same value postgres-date makes: an equal Date, or the same non-Date answer. */
function expectSameAsPostgresDate(text: string): void {
  const ours = parseTimestamptz(text);
  const theirs = postgresDate(text);
  if (theirs instanceof Date) {
    expect(ours).toBeInstanceOf(Date);
    expect([text, (ours as Date).getTime()]).toEqual([text, theirs.getTime()]);
  } else {
    expect([text, ours]).toEqual([text, theirs]);
  }
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes exactly as postgres-date does', () => {
    const samples = [
      '2026-12-05 17:12:09+00',
      '2026-12-05 17:12:09.1+00',
      '2026-12-05 17:12:09.12+00',
      '2026-12-05 17:12:09.123+00',
      '2026-12-05 17:12:09.285999+00',
      '2026-02-28 23:59:59.999999+00',
      '2024-02-29 00:00:00+01',
      '2026-03-29 01:30:00-05',
      '2026-10-25 02:30:00.5+05:30',
      '2026-10-25 02:30:00-09:30',
      '1000-01-01 00:00:00+00',
      '9999-12-31 23:59:59.999+00',
    ];
    for (const text of samples) expectSameAsPostgresDate(text);
    // Every millisecond fraction rounds as postgres-date's arithmetic rounds it.
    for (let ms = 0; ms < 1000; ms++) {
      expectSameAsPostgresDate(`2026-07-01 12:00:00.${String(ms).padStart(3, '0')}+00`);
      expectSameAsPostgresDate(`2026-07-01 12:00:00.${String(ms).padStart(3, '0')}456+02`);
    }
  });

  it('leaves every other form to postgres-date', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0099-01-01 00:00:00+00',
      '0001-01-01 00:00:00+00 BC',
      '12026-01-01 00:00:00+00',
      '2026-01-01 00:00:00+05:30:15',
      '2026-01-01 00:00:00',
      '2026-01-01 00:00:00.+00',
      '2026-01-01',
    ]) {
      expectSameAsPostgresDate(text);
    }
  });
});
