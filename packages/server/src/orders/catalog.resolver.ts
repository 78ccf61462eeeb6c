import { Arg, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { InputType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { forbidden } from '../common/errors';
import { Organization } from '../identity/organization.entity';
import { UserRole } from '../identity/user-role';
import { pricebookEntryService, pricebookService, productService } from './catalog.service';
import {
  CreatePricebookEntryInput, CreatePricebookInput, CreateProductInput, UpdatePricebookEntryInput, UpdatePricebookInput, UpdateProductInput,
} from './catalog.types';
import { defaultServiceEmail } from './order-email';
import { PricebookEntry } from './pricebook-entry.entity';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';

@Resolver(() => Product)
export class ProductResolver extends createCrudResolver({ entity: Product, service: productService, create: CreateProductInput, update: UpdateProductInput }) {}

@Resolver(() => Pricebook)
export class PricebookResolver extends createCrudResolver({ entity: Pricebook, service: pricebookService, create: CreatePricebookInput, update: UpdatePricebookInput }) {}

@Resolver(() => PricebookEntry)
export class PricebookEntryResolver extends createCrudResolver({
  entity: PricebookEntry, service: pricebookEntryService, create: CreatePricebookEntryInput, update: UpdatePricebookEntryInput, plural: 'pricebookEntries',
}) {
  @ToOne(productService, 'productId')
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() e: PricebookEntry, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, productService, e.productId);
  }

  @ToOne(pricebookService, 'pricebookId')
  @FieldResolver(() => Pricebook, { nullable: true })
  pricebook(@Root() e: PricebookEntry, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, pricebookService, e.pricebookId);
  }
}

@InputType()
export class OrderSettingsInput {
  @Field(() => String, { nullable: true, description: 'Null: the default service@<org>.example.' }) @IsOptional() @IsEmail() @MaxLength(255) customerServiceEmail?: string | null;
}

@Resolver(() => Organization)
export class OrganizationOrderSettingsResolver {
  @FieldResolver(() => String, { description: 'Where order notifications go (set with updateOrderSettings; default service@<org name>.example).' })
  customerServiceEmail(@Root() org: Organization) {
    return org.customerServiceEmail || defaultServiceEmail(org.name);
  }

  @Mutation(() => Organization, { description: 'Admins: the customer-service address of order notifications.' })
  async updateOrderSettings(@Arg('input', () => OrderSettingsInput) input: OrderSettingsInput, @Ctx() ctx: RequestContext) {
    if (ctx.user.role !== UserRole.ADMIN) throw forbidden('Only admins change the order settings');
    return ctx.transaction(async () => {
      await ctx.em.update(Organization, { id: ctx.orgId }, { customerServiceEmail: input.customerServiceEmail?.trim() || null });
      return ctx.em.findOneByOrFail(Organization, { id: ctx.orgId });
    });
  }
}
