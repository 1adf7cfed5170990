/**
 * The page address an event's title suggests: "Café Müller – Live!" -> "cafe-muller-live". The same
 * rule the API checks (lower-case letters, digits and single hyphens, at most 100 characters).
 */
export const SLUG_MAX_LENGTH = 100;

export function slugFromTitle(title: string): string {
  return (
    title
      // "é" -> "e" + accent, then the accents go.
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_MAX_LENGTH)
      .replace(/-+$/, '')
  );
}
