import { describe, expect, it } from '@jest/globals';
import { clientAddress } from './client-address';

const connection = () => '172.30.0.5';

describe('the client address seen by the site', () => {
  it("is the configured header's address when present", () => {
    const headers = new Headers({ 'cf-connecting-ip': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(headers, 'cf-connecting-ip', connection)).toBe('203.0.113.7');
  });

  it('is the connection when the header is absent or not an address', () => {
    expect(clientAddress(new Headers(), 'cf-connecting-ip', connection)).toBe('172.30.0.5');
    const forged = new Headers({ 'cf-connecting-ip': '203.0.113.7, 10.0.0.1' });
    expect(clientAddress(forged, 'cf-connecting-ip', connection)).toBe('172.30.0.5');
  });

  it('ignores every address header when none is configured', () => {
    const headers = new Headers({ 'cf-connecting-ip': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(headers, undefined, connection)).toBe('172.30.0.5');
  });
});
