import { expect, test } from '@jest/globals';
import { csvDownload } from './csv-download';

test('a CSV text becomes an attachment that nothing caches', async () => {
  const response = csvDownload('bookings-2026-11-24.csv', 'reference,status\r\nK7Q-9ZD4,CONFIRMED\r\n');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(
    `attachment; filename="bookings-2026-11-24.csv"; filename*=UTF-8''bookings-2026-11-24.csv`,
  );
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  await expect(response.text()).resolves.toBe('reference,status\r\nK7Q-9ZD4,CONFIRMED\r\n');
});

test('a filename with quotes, slashes or accents cannot break the header', () => {
  const disposition = csvDownload('Café "night"/../x.csv', '').headers.get('content-disposition');
  expect(disposition).toBe(
    `attachment; filename="Caf-night-..-x.csv"; filename*=UTF-8''Caf%C3%A9%20%22night%22%2F..%2Fx.csv`,
  );
});
