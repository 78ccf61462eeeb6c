import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { defineList } from '../common/list/define-list';
import { SortDirection } from '../common/list/connection-types';
import { UserRole } from './user-role';
import { User } from './user.entity';

export const userList = defineList(() => User, {
  name: 'User',
  fields: { id: 'id', name: 'string', email: 'string', role: 'string', managerId: 'id', isActive: 'boolean', title: 'string', createdDate: 'datetime' },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType()
export class CreateUserInput {
  @Field() @Length(1, 121) name: string;
  @Field() @IsEmail() @MaxLength(254) email: string;
  @Field({ description: 'At least 8 characters.' }) @Length(8, 200) password: string;
  @Field(() => UserRole) role: UserRole;
  @Field(() => ID, { nullable: true }) managerId?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) title?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(10) languageLocaleKey?: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 121) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @Field({ nullable: true }) @IsOptional() @Length(8, 200) password?: string;
  @Field(() => UserRole, { nullable: true }) role?: UserRole;
  @Field(() => ID, { nullable: true }) managerId?: string;
  @Field({ nullable: true }) isActive?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) title?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(10) languageLocaleKey?: string;
}
