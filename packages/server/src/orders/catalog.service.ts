import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { CATALOG_WRITE_ROLES, pricebookEntryList, pricebookList, productList } from './catalog.types';
import { PricebookEntry } from './pricebook-entry.entity';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';

type Input = Record<string, unknown>;

export class ProductService extends CrudService<Product> {
  readonly entity = Product;
  readonly list = productList;
  readonly access = 'org' as const;
  readonly writeRoles = CATALOG_WRITE_ROLES;

  protected async apply(_ctx: RequestContext, row: Product, input: Input) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    if (input.isActive === null) throw badInput('isActive', 'isActive cannot be blank');
    row.name = row.name.trim();
    if (typeof row.productCode === 'string') row.productCode = row.productCode.trim() || null;
  }
}

export class PricebookService extends CrudService<Pricebook> {
  readonly entity = Pricebook;
  readonly list = pricebookList;
  readonly access = 'org' as const;
  readonly writeRoles = CATALOG_WRITE_ROLES;

  protected async apply(_ctx: RequestContext, row: Pricebook, input: Input) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    // The unique index keeps one standard price book per org (CONFLICT when a second is made).
  }

  protected async beforeDelete(_ctx: RequestContext, row: Pricebook) {
    if (row.isStandard) throw badInput('id', 'The standard price book cannot be deleted');
  }

  /** The org's active standard price book, or null. */
  standard(ctx: RequestContext): Promise<Pricebook | null> {
    return ctx.em.findOne(Pricebook, { where: { orgId: ctx.orgId, isStandard: true, isActive: true } });
  }
}

export class PricebookEntryService extends CrudService<PricebookEntry> {
  readonly entity = PricebookEntry;
  readonly list = pricebookEntryList;
  readonly access = 'org' as const;
  readonly writeRoles = CATALOG_WRITE_ROLES;

  protected async apply(ctx: RequestContext, row: PricebookEntry, input: Input, isNew: boolean) {
    if (isNew) {
      await this.reference(ctx, Pricebook, input.pricebookId as string, 'pricebookId', 'org');
      await this.reference(ctx, Product, input.productId as string, 'productId', 'org');
    }
    if (input.unitPrice === null) throw badInput('unitPrice', 'unitPrice is required');
  }
}

export const productService = new ProductService();
export const pricebookService = new PricebookService();
export const pricebookEntryService = new PricebookEntryService();
