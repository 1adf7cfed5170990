import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { compressHtml, preferredEncoding } from './compress';

const HTML = `<!doctype html><p>${'Harbour lights '.repeat(200)}</p>`;

function request(acceptEncoding?: string, method = 'GET') {
  return new Request('https://tickets.example.org/', {
    method,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
}

const page = (type = 'text/html') => new Response(HTML, { headers: { 'content-type': type } });

describe('compression of HTML answers', () => {
  it('prefers brotli, then gzip, honouring q=0', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip, br;q=0')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding(null)).toBeNull();
  });

  it('compresses a page with brotli or gzip and says it varies by Accept-Encoding', async () => {
    const br = compressHtml(request('br, gzip'), page());
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(brBody.length).toBeLessThan(HTML.length / 5);
    expect(brotliDecompressSync(brBody).toString()).toBe(HTML);

    const gzip = compressHtml(request('gzip'), page());
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(HTML);
  });

  it('leaves other answers, HEAD requests and clients that accept no encoding alone', async () => {
    expect(compressHtml(request('br'), page('text/csv')).headers.has('content-encoding')).toBe(false);
    expect(compressHtml(request('br', 'HEAD'), page()).headers.has('content-encoding')).toBe(false);
    const plain = compressHtml(request(), page());
    expect(plain.headers.has('content-encoding')).toBe(false);
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(HTML);
  });
});
