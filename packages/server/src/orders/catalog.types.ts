import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { UserRole } from '../identity/user-role';
import { PricebookEntry } from './pricebook-entry.entity';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';

/** Only admins maintain products and price books; everyone reads them. */
export const CATALOG_WRITE_ROLES: readonly UserRole[] = [UserRole.ADMIN];

export const productList = defineList(() => Product, {
  name: 'Product',
  fields: { id: 'id', name: 'string', productCode: 'string', family: 'string', isActive: 'boolean', createdDate: 'datetime' },
  defaultOrder: [['name', SortDirection.ASC]],
});

export const pricebookList = defineList(() => Pricebook, {
  name: 'Pricebook',
  fields: { id: 'id', name: 'string', isStandard: 'boolean', isActive: 'boolean' },
  defaultOrder: [['name', SortDirection.ASC]],
});

export const pricebookEntryList = defineList(() => PricebookEntry, {
  name: 'PricebookEntry',
  fields: { id: 'id', pricebookId: 'id', productId: 'id', unitPrice: 'number', isActive: 'boolean' },
  defaultOrder: [['unitPrice', SortDirection.ASC]],
});

@InputType()
class ProductFields {
  @Field(() => String, { nullable: true, description: 'Unique within the organisation.' }) @IsOptional() @MaxLength(40) productCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) family?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32000) description?: string | null;
  @Field({ nullable: true }) isActive?: boolean;
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field() @Length(1, 255) name: string;
}

@InputType()
export class UpdateProductInput extends ProductFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 255) name?: string;
}

@InputType()
class PricebookFields {
  @Field({ nullable: true }) isActive?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32000) description?: string | null;
}

@InputType()
export class CreatePricebookInput extends PricebookFields {
  @Field() @Length(1, 255) name: string;
  @Field({ nullable: true, description: 'At most one standard price book per organisation.' }) isStandard?: boolean;
}

@InputType()
export class UpdatePricebookInput extends PricebookFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 255) name?: string;
}

@InputType()
export class CreatePricebookEntryInput {
  @Field(() => ID) pricebookId: string;
  @Field(() => ID) productId: string;
  @Field(() => Float) @Min(0) unitPrice: number;
  @Field({ nullable: true }) isActive?: boolean;
}

@InputType()
export class UpdatePricebookEntryInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) unitPrice?: number;
  @Field({ nullable: true }) isActive?: boolean;
}
