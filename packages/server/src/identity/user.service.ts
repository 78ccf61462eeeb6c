import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput, conflict } from '../common/errors';
import { AuthService } from './auth.service';
import { UserRole } from './user-role';
import { User } from './user.entity';
import { userList } from './user.types';

export class UserService extends CrudService<User> {
  readonly entity = User;
  readonly list = userList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN];

  protected async applyInput(ctx: RequestContext, row: User, input: Record<string, unknown>, isNew: boolean) {
    const { password, managerId, email, ...rest } = input;
    // As in Salesforce, admins cannot lock themselves out: the org always keeps an active admin.
    if (row.id && row.id === ctx.user.id) {
      if (rest.isActive === false) throw badInput('isActive', 'You cannot deactivate your own user');
      if (rest.role !== undefined && rest.role !== UserRole.ADMIN) throw badInput('role', 'You cannot remove your own administrator role');
    }
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) (row as unknown as Record<string, unknown>)[k] = v;
    if (typeof email === 'string') {
      const taken = await ctx.em.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email) AND u.id IS DISTINCT FROM :id', { email, id: row.id ?? null }).getExists();
      if (taken) throw conflict('email', 'A user with this email already exists');
      row.email = email.trim();
    }
    if (typeof password === 'string') row.passwordHash = await AuthService.hashPassword(password);
    if (managerId !== undefined) row.managerId = managerId === null ? null : await this.validManager(ctx, row, managerId as string);
    if (isNew && !row.passwordHash) throw badInput('password', 'password is required');
  }

  /** The manager must be a user of the org and not the user or anyone below them. */
  private async validManager(ctx: RequestContext, row: User, managerId: string): Promise<string> {
    await this.reference(ctx, User, managerId, 'managerId', 'org');
    if (row.id) {
      const [{ cycle }] = await ctx.em.query(
        `WITH RECURSIVE up(id) AS (SELECT CAST($1 AS uuid) UNION SELECT u."managerId" FROM "user" u JOIN up ON u.id = up.id WHERE u."managerId" IS NOT NULL)
         SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
        [assertId(managerId, 'managerId'), row.id],
      );
      if (cycle) throw badInput('managerId', 'A user cannot report to themselves or to someone who reports to them');
    }
    return managerId;
  }
}

export const userService = new UserService();
