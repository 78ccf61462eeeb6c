import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { CrudService } from '../common/crud/crud-service';
import { badInput, conflict, forbidden } from '../common/errors';
import { User } from '../identity/user.entity';
import { lockTerritoryContent, TERRITORY_WRITE_ROLES } from './model-lock';
import { AssociationCause, ObjectTerritoryAssociation } from './object-territory-association.entity';
import { objectTerritoryAssociationList, userTerritoryAssociationList } from './territory-team.types';
import { UserTerritoryAssociation } from './user-territory-association.entity';

type Input = Record<string, unknown>;

/** Team selling: users assigned to territories with a role, one assignment per user and territory. */
export class UserTerritoryAssociationService extends CrudService<UserTerritoryAssociation> {
  readonly entity = UserTerritoryAssociation;
  readonly list = userTerritoryAssociationList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  /** Active and inactive assignments of many territories, oldest first: one statement per level. */
  ofTerritory(ctx: RequestContext, territoryId: string): Promise<UserTerritoryAssociation[]> {
    return ctx.loaders.listBy(UserTerritoryAssociation, 'territoryId', ['createdDate']).load(territoryId);
  }

  protected async applyInput(ctx: RequestContext, row: UserTerritoryAssociation, input: Input, isNew: boolean) {
    if (isNew) {
      const user = await this.reference(ctx, User, input.userId as string, 'userId', 'org');
      if (!user.isActive) throw badInput('userId', 'Only active users can be assigned to territories');
      const territory = await lockTerritoryContent(ctx, input.territoryId as string, 'territoryId');
      if (await ctx.em.getRepository(UserTerritoryAssociation).existsBy({ userId: user.id, territoryId: territory.id })) {
        throw conflict('userId', 'This user is already assigned to the territory');
      }
      row.userId = user.id;
      row.territoryId = territory.id;
      row.isActive = input.isActive !== false;
    } else {
      await lockTerritoryContent(ctx, row.territoryId, 'id');
      if (input.isActive === null) throw badInput('isActive', 'isActive cannot be blank');
      if (input.isActive !== undefined) row.isActive = input.isActive as boolean;
    }
    if (input.roleInTerritory !== undefined) row.roleInTerritory = (input.roleInTerritory as string | null) ?? null;
    row.roleInTerritory ??= null;
  }

  protected async beforeDelete(ctx: RequestContext, row: UserTerritoryAssociation) {
    await lockTerritoryContent(ctx, row.territoryId, 'id');
  }
}

export const userTerritoryService = new UserTerritoryAssociationService();

/**
 * Accounts in territories. Users add and remove TERRITORY_MANUAL assignments (the rules never
 * touch them); TERRITORY_RULE ones come from the rules (runs, activation, account saves).
 * Assigning an account needs the account to be visible to the caller.
 */
export class ObjectTerritoryAssociationService extends CrudService<ObjectTerritoryAssociation> {
  readonly entity = ObjectTerritoryAssociation;
  readonly list = objectTerritoryAssociationList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  protected async applyInput(ctx: RequestContext, row: ObjectTerritoryAssociation, input: Input, isNew: boolean) {
    if (!isNew) return;
    const account = await this.reference(ctx, Account, input.accountId as string, 'accountId', 'owner');
    const territory = await lockTerritoryContent(ctx, input.territoryId as string, 'territoryId');
    const existing = await ctx.em.findOne(ObjectTerritoryAssociation, { where: { accountId: account.id, territoryId: territory.id } });
    if (existing) {
      const how = existing.associationCause === AssociationCause.TERRITORY_RULE ? 'by an assignment rule' : 'by hand';
      throw conflict('accountId', `This account is already assigned to the territory (${how})`);
    }
    row.accountId = account.id;
    row.territoryId = territory.id;
    row.associationCause = AssociationCause.TERRITORY_MANUAL;
  }

  protected async beforeDelete(ctx: RequestContext, row: ObjectTerritoryAssociation) {
    await lockTerritoryContent(ctx, row.territoryId, 'id');
    if (!(await ctx.loaders.byId(Account, 'owner').load(row.accountId))) {
      throw forbidden('You cannot change the territories of an account you cannot see', { field: 'id' });
    }
  }
}

export const accountTerritoryService = new ObjectTerritoryAssociationService();
