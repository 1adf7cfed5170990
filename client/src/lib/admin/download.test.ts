import { describe, expect, it } from '@jest/globals';
import { fileNameFromDisposition, formatBytes } from './download';

describe('the file name of a download', () => {
  it('prefers the exact UTF-8 name', () => {
    expect(fileNameFromDisposition(`attachment; filename="caf_.csv"; filename*=UTF-8''caf%C3%A9.csv`)).toBe(
      'café.csv',
    );
  });

  it('reads a plain quoted or bare name', () => {
    expect(fileNameFromDisposition('attachment; filename="attendees.csv"')).toBe('attendees.csv');
    expect(fileNameFromDisposition('attachment; filename=waivers.csv')).toBe('waivers.csv');
  });

  it('falls back to the plain name when the UTF-8 one is malformed', () => {
    expect(fileNameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''%E0%A4%A.csv`)).toBe(
      'a.csv',
    );
  });

  it('has no name without a header or a filename', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('attachment')).toBeNull();
  });
});

describe('sizes in words', () => {
  it('counts bytes, then kilobytes and megabytes with one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(3_500_000)).toBe('3.5 MB');
  });
});
