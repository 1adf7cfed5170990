import { describe, expect, it } from '@jest/globals';
import { attachmentDisposition, csvFileName, fileNamePart } from './attachment';

describe('download file names', () => {
  it('reduces a title to lower-case letters, digits and single hyphens', () => {
    expect(fileNamePart('Quiz night: Jazz & Co!')).toBe('quiz-night-jazz-co');
    expect(fileNamePart('  Café Noël  ')).toBe('cafe-noel');
  });

  it('falls back to a neutral name when nothing usable is left', () => {
    expect(fileNamePart('!!!')).toBe('export');
    expect(fileNamePart('東京')).toBe('export');
  });

  it('keeps long titles short without a trailing hyphen', () => {
    const part = fileNamePart(`${'a'.repeat(59)} b`);
    expect(part).toBe('a'.repeat(59));
  });

  it('names a CSV after what it holds, its subject and the UTC day', () => {
    expect(csvFileName('attendees', 'harbour-lights', new Date('2026-11-24T23:30:00Z'))).toBe(
      'attendees-harbour-lights-2026-11-24.csv',
    );
  });
});

describe('attachment headers', () => {
  it('offers an ASCII name and the exact UTF-8 name', () => {
    expect(attachmentDisposition('attendees-café.csv')).toBe(
      `attachment; filename="attendees-caf_.csv"; filename*=UTF-8''attendees-caf%C3%A9.csv`,
    );
  });

  it('cannot be broken out of by quotes or backslashes', () => {
    expect(attachmentDisposition('a"b\\c.csv')).toBe(
      `attachment; filename="a_b_c.csv"; filename*=UTF-8''a%22b%5Cc.csv`,
    );
  });
});
