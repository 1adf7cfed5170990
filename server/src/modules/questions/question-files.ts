/**
 * What an uploaded file is, told by its first bytes (never by its name or the type the client sent),
 * and the name it is kept under for people to see. Pure functions; storing is question-files.service.ts.
 *
 * Three signatures are all FILE questions accept, so they are checked here rather than with a
 * file-type library (whose current versions are ES modules only, see docs/testing.md).
 */
import { FileKind } from './question.entity';

/** The type each kind is served with. */
export const FILE_KIND_CONTENT_TYPES: Readonly<Record<FileKind, string>> = {
  [FileKind.PDF]: 'application/pdf',
  [FileKind.JPEG]: 'image/jpeg',
  [FileKind.PNG]: 'image/png',
};

const SIGNATURES: readonly { kind: FileKind; bytes: readonly number[] }[] = [
  { kind: FileKind.PDF, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: FileKind.PNG, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: FileKind.JPEG, bytes: [0xff, 0xd8, 0xff] },
];

/** The kind the bytes are, or null when they are none we accept. */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  const match = SIGNATURES.find(({ bytes: signature }) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
  return match?.kind ?? null;
}

const MAX_NAME_LENGTH = 200;

/**
 * The buyer's file name, safe to show and to put in a Content-Disposition header: the last path
 * segment, without control characters, quotes, backslashes or slashes, at most 200 characters,
 * keeping its extension; `file` when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f"*<>?|:]/g, '')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return 'file';
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}
