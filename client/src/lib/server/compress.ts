/**
 * Compression of the site's HTML answers (the built assets are precompressed by adapter-node and
 * served as .br/.gz already). No compression library is installed, so node:zlib streams do it:
 * brotli at a quality meant for answers made per request, else gzip. Every chunk is flushed, so a
 * streamed page still arrives piece by piece.
 */
import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** What the client accepts, brotli first; null when it accepts neither (or no Accept-Encoding). */
export function preferredEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    if (q && !(Number(q.slice(2)) > 0)) continue;
    accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function compressor(encoding: Encoding): zlib.BrotliCompress | zlib.Gzip {
  if (encoding === 'br') {
    return zlib.createBrotliCompress({
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
    });
  }
  return zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
}

function shouldCompress(method: string, response: Response): boolean {
  return (
    method !== 'HEAD' &&
    response.body !== null &&
    response.status !== 204 &&
    response.status !== 304 &&
    !response.headers.has('content-encoding') &&
    (response.headers.get('content-type') ?? '').startsWith('text/html')
  );
}

/** The HTML answer compressed as the request accepts, or the answer as it is. */
export function compressHtml(request: Request, response: Response): Response {
  const encoding = preferredEncoding(request.headers.get('accept-encoding'));
  const vary = response.headers.get('vary');
  if (!shouldCompress(request.method, response)) return response;
  const headers = new Headers(response.headers);
  // Caches (Cloudflare's too) must keep the compressed and the plain answer apart.
  if (!vary?.toLowerCase().includes('accept-encoding')) {
    headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  }
  if (!encoding)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
  const source = Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
  // pipeline tears both down together: a failed page or a client gone aborts the answer.
  const compressed = pipeline(source, compressor(encoding), () => {});
  const body = Readable.toWeb(compressed) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
