/**
 * Codes as CSV: the columns adminVouchersCsv writes and importVouchers reads (one layout both ways, so
 * an export imports into another event as it is, ticket type ids aside).
 */
import { parse } from 'csv-parse/sync';
import type { CsvCell } from '../../csv';
import type { VoucherSettingsInput } from './voucher-admin.inputs';
import { MAX_VOUCHERS_PER_CALL } from './voucher-admin.inputs';
import { VoucherAdminErrorCode, type VoucherAdminError } from './voucher-admin.types';
import { normalizeVoucherCode } from './voucher-codes';
import { VoucherDiscountKind, VoucherUseUnit, type VoucherEntity } from './voucher.entity';
import { domainProblem } from '../../common/domain-error';

export const VOUCHER_CSV_COLUMNS = [
  'code',
  'discount_kind',
  'discount_value',
  'use_unit',
  'max_uses',
  'max_per_booking',
  'valid_from',
  'valid_until',
  'reveals_hidden',
  'opens_private_event',
  'ticket_type_ids',
  'reserves_seats',
  'used_count',
  'disabled',
] as const;

/** One code's row of the export. */
export function voucherCsvRow(voucher: VoucherEntity): CsvCell[] {
  return [
    voucher.code,
    voucher.discountKind,
    voucher.discountValue,
    voucher.useUnit,
    voucher.maxUses,
    voucher.maxPerBooking,
    voucher.validFrom,
    voucher.validUntil,
    String(voucher.revealsHidden),
    String(voucher.opensPrivateEvent),
    voucher.ticketTypeIds.join(' '),
    String(voucher.reservesSeats),
    voucher.usedCount,
    String(voucher.disabledAt !== null),
  ];
}

const csvError = (message: string, field: string) =>
  domainProblem(VoucherAdminErrorCode.INVALID_CSV, message, field) as VoucherAdminError;

/**
 * The codes in CSV text, each with its settings and the field its errors name (`csv.<row>.code`, rows
 * counted from 1 after the header); or every problem found reading it.
 */
export function readVoucherCsv(text: string): {
  rows: { code: string; settings: VoucherSettingsInput; field: string }[];
  errors: VoucherAdminError[];
} {
  let records: Record<string, string>[];
  try {
    // Trailing columns may be left out (only code and discount_kind are needed).
    records = parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    });
  } catch (error) {
    return {
      rows: [],
      errors: [csvError(`The CSV text cannot be read: ${(error as Error).message}`, 'csv')],
    };
  }
  if (records.length === 0) return { rows: [], errors: [csvError('The CSV text has no codes.', 'csv')] };
  if (records.length > MAX_VOUCHERS_PER_CALL) {
    return { rows: [], errors: [csvError(`At most ${MAX_VOUCHERS_PER_CALL} codes per import.`, 'csv')] };
  }
  const errors: VoucherAdminError[] = [];
  const rows = records.map((record, index) => {
    const field = (column: string) => `csv.${index + 1}.${column}`;
    const integer = (column: string): number | null => {
      const value = record[column]?.trim();
      if (!value) return null;
      if (!/^\d+$/.test(value)) errors.push(csvError('must be a whole number', field(column)));
      return Number(value);
    };
    const instant = (column: string): Date | null => {
      const value = record[column]?.trim();
      if (!value) return null;
      const date = new Date(value);
      if (Number.isNaN(date.getTime()))
        errors.push(csvError('must be an ISO 8601 date and time', field(column)));
      return date;
    };
    const flag = (column: string) => /^(true|yes|1)$/i.test(record[column]?.trim() ?? '');
    const oneOf = <T extends string>(column: string, values: Record<string, T>, fallback?: T): T => {
      const value = record[column]?.trim().toUpperCase() ?? '';
      if (!value && fallback) return fallback;
      if (!(value in values)) {
        errors.push(csvError(`must be one of ${Object.keys(values).join(', ')}`, field(column)));
        return fallback ?? (Object.values(values)[0] as T);
      }
      return values[value];
    };
    const settings: VoucherSettingsInput = {
      discountKind: oneOf('discount_kind', VoucherDiscountKind),
      discountValue: integer('discount_value') ?? 0,
      useUnit: oneOf('use_unit', VoucherUseUnit, VoucherUseUnit.BOOKINGS),
      maxUses: integer('max_uses'),
      maxPerBooking: integer('max_per_booking'),
      validFrom: instant('valid_from'),
      validUntil: instant('valid_until'),
      revealsHidden: flag('reveals_hidden'),
      opensPrivateEvent: flag('opens_private_event'),
      ticketTypeIds: (record.ticket_type_ids ?? '').split(/[\s;]+/).filter(Boolean),
      reservesSeats: flag('reserves_seats'),
    };
    return { code: normalizeVoucherCode(record.code ?? ''), settings, field: field('code') };
  });
  return { rows: errors.length > 0 ? [] : rows, errors };
}
