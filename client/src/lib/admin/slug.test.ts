import { expect, test } from '@jest/globals';
import { slugFromTitle } from './slug';

test('a title suggests a page address the API accepts', () => {
  expect(slugFromTitle('Café Müller – Live!')).toBe('cafe-muller-live');
  expect(slugFromTitle('  Berlin   Jazz Night 2027 ')).toBe('berlin-jazz-night-2027');
  expect(slugFromTitle('Straße der Lieder')).toBe('strasse-der-lieder');
  expect(slugFromTitle('東京 Night')).toBe('night');
  expect(slugFromTitle('!!!')).toBe('');
  const long = slugFromTitle('word '.repeat(40));
  expect(long.length).toBeLessThanOrEqual(100);
  expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
