import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VoucherDiscountKind, VoucherUseUnit } from './voucher.entity';

/** The most codes one call makes (generate, import, e-mail). */
export const MAX_VOUCHERS_PER_CALL = 1000;

/** What a code may consist of once spaces are dropped: letters, digits, - and _. */
export const VOUCHER_CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

@InputType({
  description: 'What codes do and how often they may be used (shared by create, import and e-mail).',
})
export class VoucherSettingsInput {
  @Field(() => VoucherDiscountKind, { description: 'What the code takes off each ticket it covers.' })
  discountKind: VoucherDiscountKind;

  @Field(() => Int, {
    defaultValue: 0,
    description:
      'Percent (1-100) for PERCENTAGE; minor units of the event currency for AMOUNT_OFF and SET_PRICE.',
  })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  discountValue: number;

  @Field({ defaultValue: false, description: 'An access code: reveals the hidden ticket types it covers.' })
  revealsHidden: boolean;

  @Field({ defaultValue: false, description: 'Opens the event, when private, without its private link.' })
  opensPrivateEvent: boolean;

  @Field({
    defaultValue: false,
    description:
      'Reserves seats for its holders: `maxUses` seats of its one ticket type (`ticketTypeIds`) are set aside when it is made and sold only with it, until used or until `validUntil` (required), when the unused ones go back on sale. Uses are counted in TICKETS.',
  })
  reservesSeats: boolean;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The ticket types it covers; empty: all of the event.',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ticket type ids' })
  ticketTypeIds: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'Valid from; null: at once.' })
  @IsOptional()
  validFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Valid until (exclusive); null: no end.' })
  @IsOptional()
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many uses it has (in `useUnit`); null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxUses?: number | null;

  @Field(() => VoucherUseUnit, { defaultValue: VoucherUseUnit.BOOKINGS, description: 'What one use is.' })
  useUnit: VoucherUseUnit;

  @Field(() => Int, {
    nullable: true,
    description: 'How many tickets of one booking it may cover; null: no limit.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxPerBooking?: number | null;
}

@InputType({ description: 'Codes the shop draws: a prefix and how many, each unguessable (80 random bits).' })
export class GenerateVoucherCodesInput {
  @Field({ defaultValue: '', description: 'Put before every code, e.g. "VIP" gives "VIP-7KQ2M9X4TB3HZ8NP".' })
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9_]*$/, { message: 'may hold only letters, digits and _' })
  prefix: string;

  @Field(() => Int, { description: `How many codes, 1 to ${MAX_VOUCHERS_PER_CALL}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_VOUCHERS_PER_CALL)
  count: number;
}

@InputType({ description: 'One code the organiser chose, or many the shop draws, for an event.' })
export class CreateVouchersInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The code (letters, digits, - and _); give this or `generate`.',
  })
  @IsOptional()
  @MinLength(3)
  @MaxLength(64)
  @Matches(VOUCHER_CODE_PATTERN, { message: 'may hold only letters, digits, - and _' })
  code?: string | null;

  @Field(() => GenerateVoucherCodesInput, {
    nullable: true,
    description: 'Codes to draw; give this or `code`.',
  })
  @IsOptional()
  @ValidateNested()
  generate?: GenerateVoucherCodesInput | null;

  @Field(() => VoucherSettingsInput, { description: 'What the codes do and their limits.' })
  @ValidateNested()
  settings: VoucherSettingsInput;
}

@InputType({ description: 'Codes from a CSV file, in the columns adminVouchersCsv writes.' })
export class ImportVouchersInput {
  @Field(() => ID, { description: 'The event the codes are for.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;

  @Field({
    description:
      'CSV text with a header row: code, discount_kind, discount_value, use_unit, max_uses, max_per_booking, valid_from, valid_until, reveals_hidden, opens_private_event, ticket_type_ids (separated by spaces), reserves_seats. Only `code` and `discount_kind` are required; used_count, disabled and other columns are ignored.',
  })
  @MaxLength(1_000_000)
  csv: string;
}

@InputType({ description: 'Draws one code per address and e-mails it (through the outbox).' })
export class EmailVouchersInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;

  @Field(() => [String], {
    description: `The addresses, 1 to ${MAX_VOUCHERS_PER_CALL}; each gets its own code.`,
  })
  @ArrayMaxSize(MAX_VOUCHERS_PER_CALL)
  @IsEmail({}, { each: true, message: 'must be e-mail addresses' })
  @MaxLength(254, { each: true })
  recipients: string[];

  @Field({ defaultValue: '', description: 'Put before every code (letters, digits and _).' })
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9_]*$/, { message: 'may hold only letters, digits and _' })
  prefix: string;

  @Field({ defaultValue: '', description: 'A few words from the organiser, shown above the code.' })
  @MaxLength(2000)
  message: string;

  @Field(() => VoucherSettingsInput, { description: 'What the codes do and their limits.' })
  @ValidateNested()
  settings: VoucherSettingsInput;
}

@InputType({ description: 'A code to switch off (at once) or on again.' })
export class SetVoucherDisabledInput {
  @Field(() => ID, { description: 'The code.' })
  @IsUUID('all', { message: 'must be a voucher id' })
  id: string;

  @Field({ description: 'True: no booking can use it from now on. False: usable again.' })
  disabled: boolean;
}
