/**
 * The browser's BarcodeDetector (Shape Detection API), where there is one: Chrome on Android and
 * macOS, not Firefox or desktop Linux. The door screen offers the camera only when it exists and
 * falls back to typing the code otherwise. The API is not in TypeScript's DOM types yet.
 */

export interface DetectedBarcode {
  rawValue: string;
}

export interface BarcodeDetectorInstance {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}

export interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

/** The detector class, or null where the browser has none or no camera access at all. */
export function findBarcodeDetector(scope: object): BarcodeDetectorClass | null {
  const { BarcodeDetector, navigator } = scope as {
    BarcodeDetector?: BarcodeDetectorClass;
    navigator?: { mediaDevices?: { getUserMedia?: unknown } };
  };
  if (typeof BarcodeDetector !== 'function') return null;
  if (typeof navigator?.mediaDevices?.getUserMedia !== 'function') return null;
  return BarcodeDetector;
}

/** The first code read that holds something (a ticket QR holds just the ticket code). */
export function firstCode(barcodes: readonly DetectedBarcode[]): string | null {
  for (const barcode of barcodes) {
    const code = barcode.rawValue.trim();
    if (code) return code;
  }
  return null;
}

/** What to tell door staff when the camera does not start (getUserMedia's DOMException names). */
export function cameraProblem(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : null;
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'Camera access was refused: allow it for this site in the browser, or type the code below.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'This device has no camera to scan with: type the code below.';
  if (name === 'NotReadableError')
    return 'The camera is in use by another app: close it and try again, or type the code below.';
  return 'The camera could not be started: type the code below.';
}
