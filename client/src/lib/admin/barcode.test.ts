import { describe, expect, it } from '@jest/globals';
import { cameraProblem, findBarcodeDetector, firstCode } from './barcode';

class FakeDetector {
  static async getSupportedFormats() {
    return ['qr_code'];
  }
  async detect() {
    return [];
  }
}

const withCamera = { mediaDevices: { getUserMedia: async () => ({}) } };

describe('finding the barcode detector', () => {
  it('uses the browser’s detector when there is a camera API too', () => {
    expect(findBarcodeDetector({ BarcodeDetector: FakeDetector, navigator: withCamera })).toBe(FakeDetector);
  });

  it('offers no scanner without the detector or without camera access', () => {
    expect(findBarcodeDetector({ navigator: withCamera })).toBeNull();
    expect(findBarcodeDetector({ BarcodeDetector: FakeDetector, navigator: {} })).toBeNull();
    expect(findBarcodeDetector({ BarcodeDetector: FakeDetector })).toBeNull();
  });
});

describe('reading a scan', () => {
  it('takes the first non-empty code, trimmed', () => {
    expect(firstCode([{ rawValue: '  ' }, { rawValue: ' ABC123 ' }, { rawValue: 'XYZ' }])).toBe('ABC123');
  });

  it('has no code when nothing was read', () => {
    expect(firstCode([])).toBeNull();
    expect(firstCode([{ rawValue: '' }])).toBeNull();
  });
});

describe('camera problems in words', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });

  it('tells a refused permission from a missing or busy camera', () => {
    expect(cameraProblem(named('NotAllowedError'))).toMatch(/refused/);
    expect(cameraProblem(named('NotFoundError'))).toMatch(/no camera/);
    expect(cameraProblem(named('NotReadableError'))).toMatch(/in use/);
  });

  it('falls back to typing for anything else', () => {
    expect(cameraProblem('weird')).toBe('The camera could not be started: type the code below.');
  });
});
