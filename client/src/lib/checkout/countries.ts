/**
 * The countries a COUNTRY question offers: the ISO 3166-1 alpha-2 codes the API accepts (the same
 * list, from validator), named in English and sorted by name.
 */
import { CountryCodes } from 'validator/lib/isISO31661Alpha2';

const names = new Intl.DisplayNames(['en'], { type: 'region' });

export const COUNTRIES: readonly { value: string; label: string }[] = [...CountryCodes]
  .map((code) => ({ value: code, label: names.of(code) ?? code }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));
