import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';

@InputType({ description: 'Narrows the audit log; all given filters must match.' })
export class AuditLogFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Only entries about this kind of object, e.g. "Event".',
  })
  @IsOptional()
  @MaxLength(64)
  objectType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about the object with this id.' })
  @IsOptional()
  @MaxLength(64)
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries by this account.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an account id' })
  accountId?: string | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilterInput, { nullable: true, description: 'Optional filters.' })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilterInput | null;
}
