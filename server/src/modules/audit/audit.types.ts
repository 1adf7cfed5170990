import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionTypes, type Connection } from '../../graphql/pagination';

@ObjectType({ description: 'One field an admin changed.' })
export class AuditFieldChange {
  @Field({ description: 'Name of the field, e.g. "priceMinor".' })
  field: string;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Value before the change (secrets: "[secret]").',
  })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Value after the change (secrets: "[secret]").' })
  after: unknown;
}

@ObjectType({ description: 'Who did what to which object, and when.' })
export class AuditLogEntry {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string;

  @Field(() => DateTimeResolver, { description: 'When it happened.' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that acted; null for the system (start-up, CLI).',
  })
  accountId: string | null;

  @Field(() => String, { nullable: true, description: 'That account’s e-mail at the time.' })
  accountEmail: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The API token the account acted through; null when a signed-in person (or the system) acted.',
  })
  apiTokenId: string | null;

  @Field(() => String, { nullable: true, description: 'That API token’s name at the time.' })
  apiTokenName: string | null;

  @Field({ description: 'What was done, e.g. "event.publish" or "ticketType.update".' })
  action: string;

  @Field({ description: 'Kind of object changed, e.g. "Event", "TicketType", "AdminAccount".' })
  objectType: string;

  @Field({ description: 'Id of the object changed.' })
  objectId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The object as a person names it today, e.g. the event\'s title, "Booking K7Q2M9 · Jazz Night" or an ' +
      "account's e-mail; null when it no longer exists or has no name.",
  })
  objectLabel: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 4217 code of the money fields of `changes` (fields ending in "Minor", in minor units); null when ' +
      'the object has no currency.',
  })
  currency: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Decimals of `currency` (its minor units per major unit as a power of ten); null with it.',
  })
  currencyDecimals: number | null;

  @Field(() => [AuditFieldChange], { description: 'The fields that changed, with values before and after.' })
  changes: AuditFieldChange[];
}

export const AuditLogConnection = connectionTypes(AuditLogEntry, {
  name: 'AuditLogConnection',
  edgeName: 'AuditLogEntryEdge',
  description: 'A page of audit entries, newest first.',
  edgeDescription: 'An audit entry in a list, with its cursor.',
  item: 'entry',
  items: 'entries',
});
export type AuditLogConnection = Connection<AuditLogEntry>;
