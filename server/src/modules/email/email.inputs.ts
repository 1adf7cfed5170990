import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { EmailKind, EmailStatus } from './email-message.entity';

@InputType({ description: 'Narrows the list of e-mails; all given filters must match.' })
export class EmailMessageFilterInput {
  @Field(() => EmailStatus, { nullable: true, description: 'Only e-mails with this status.' })
  @IsOptional()
  @IsEnum(EmailStatus)
  status?: EmailStatus | null;

  @Field(() => EmailKind, { nullable: true, description: 'Only e-mails of this kind.' })
  @IsOptional()
  @IsEnum(EmailKind)
  kind?: EmailKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only e-mails to this address (case-insensitive, whole address).',
  })
  @IsOptional()
  @MaxLength(320)
  @IsEmail()
  recipient?: string | null;
}

@ArgsType()
export class EmailMessagesArgs extends PageArgs {
  @Field(() => EmailMessageFilterInput, { nullable: true, description: 'Optional filters.' })
  @IsOptional()
  @ValidateNested()
  filter?: EmailMessageFilterInput | null;
}

@ArgsType()
export class EmailMessageIdArgs {
  @Field(() => ID, { description: 'Identifier of the e-mail.' })
  @IsUUID()
  id: string;
}
