/**
 * Reads QR codes from the door camera's video: the browser's BarcodeDetector where it has one that
 * reads QR codes (Chrome on Android and macOS), else jsQR on a canvas copy of the frame (Firefox,
 * iOS Safari, desktop Linux). jsQR is plain JavaScript, so the page's CSP needs no 'wasm-unsafe-eval',
 * the server's tests decode ticket QR codes with the same library, and it is loaded only here.
 */
import { findBarcodeDetector, firstCode } from './barcode';

export interface QrReader {
  /** The code in the current frame, or null. */
  read(video: HTMLVideoElement): Promise<string | null>;
}

/** Longest side of the frame jsQR looks at: enough for a ticket held up close, cheap on a phone. */
const MAX_SCAN_SIDE = 640;

/** Whether this browser can show a camera picture at all. */
export function hasCamera(scope: Window): boolean {
  return typeof scope.navigator?.mediaDevices?.getUserMedia === 'function';
}

export async function createQrReader(scope: Window): Promise<QrReader> {
  const Detector = findBarcodeDetector(scope);
  if (Detector && (await Detector.getSupportedFormats()).includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return { read: async (video) => firstCode(await detector.detect(video)) };
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = scope.document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return {
    async read(video) {
      if (video.videoWidth === 0 || video.videoHeight === 0) return null;
      const scale = Math.min(1, MAX_SCAN_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
      return found?.data.trim() || null;
    },
  };
}
