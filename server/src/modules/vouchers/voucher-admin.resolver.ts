import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { AdminRole } from '../accounts/admin-account.entity';
import {
  CreateVouchersInput,
  EmailVouchersInput,
  ImportVouchersInput,
  SetVoucherDisabledInput,
} from './voucher-admin.inputs';
import { AdminVoucher, VoucherBooking, VoucherPayload, VouchersPayload } from './voucher-admin.types';

const eventId = () => Arg('eventId', () => ID, { description: 'The event.' });

@Resolver(() => AdminVoucher)
export class VoucherAdminResolver {
  @Authorized(AdminRole.ADMIN)
  @Query(() => [AdminVoucher], {
    nullable: true,
    description: "An event's codes with their uses, newest first; null for an unknown event. ADMIN only.",
  })
  adminVouchers(@eventId() id: string, @Ctx() context: GraphQLContext): Promise<AdminVoucher[] | null> {
    return context.services.voucherAdmin.list(context.ctx, id);
  }

  @Authorized(AdminRole.ADMIN)
  @Query(() => String, {
    nullable: true,
    description:
      "An event's codes as CSV text (header row: code, discount_kind, discount_value, use_unit, max_uses, max_per_booking, valid_from, valid_until, reveals_hidden, opens_private_event, ticket_type_ids, used_count, disabled), the layout importVouchers reads; null for an unknown event. ADMIN only.",
  })
  adminVouchersCsv(@eventId() id: string, @Ctx() context: GraphQLContext): Promise<string | null> {
    return context.services.voucherAdmin.csv(context.ctx, id);
  }

  @FieldResolver(() => [VoucherBooking], {
    description:
      'The bookings that used the code, newest first (expired and cancelled ones gave their uses back).',
  })
  bookings(@Root() voucher: AdminVoucher, @Ctx() context: GraphQLContext): Promise<VoucherBooking[]> {
    return context.services.voucherAdmin.bookingsOf(context.ctx, voucher.id);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => VouchersPayload, {
    description:
      'Makes one code the organiser chose (`code`), or draws `generate.count` unguessable ones with a prefix, all with the same settings; all or none. Audited. ADMIN only.',
  })
  createVouchers(
    @Arg('input', { description: 'The event, the code or how many to draw, and what they do.' })
    input: CreateVouchersInput,
    @Ctx() context: GraphQLContext,
  ): Promise<VouchersPayload> {
    return context.services.voucherAdmin.create(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => VouchersPayload, {
    description:
      'Makes codes from CSV text (the layout of adminVouchersCsv); every row is checked and none is made if any is wrong (errors name `csv.<row>.<column>`). Audited. ADMIN only.',
  })
  importVouchers(
    @Arg('input', { description: 'The event and the CSV text.' }) input: ImportVouchersInput,
    @Ctx() context: GraphQLContext,
  ): Promise<VouchersPayload> {
    return context.services.voucherAdmin.import(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => VouchersPayload, {
    description:
      'Draws one code per address and e-mails each its own, with a link that applies it (sent through the outbox after the codes are made). Audited. ADMIN only.',
  })
  emailVouchers(
    @Arg('input', { description: 'The event, the addresses, a message and what the codes do.' })
    input: EmailVouchersInput,
    @Ctx() context: GraphQLContext,
  ): Promise<VouchersPayload> {
    return context.services.voucherEmails.send(context.ctx, input);
  }

  @Authorized(AdminRole.ADMIN)
  @Mutation(() => VoucherPayload, {
    description:
      'Switches a code off at once (no booking made after this can use it; bookings that used it keep their price), or on again. Audited. ADMIN only.',
  })
  setVoucherDisabled(
    @Arg('input', { description: 'The code and whether it is off.' }) input: SetVoucherDisabledInput,
    @Ctx() context: GraphQLContext,
  ): Promise<VoucherPayload> {
    return context.services.voucherAdmin.setDisabled(context.ctx, input);
  }
}
