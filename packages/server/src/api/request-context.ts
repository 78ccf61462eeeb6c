import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { unauthenticated } from '../common/errors';
import { Loaders } from '../common/loaders/loaders';
import { ORG_WIDE_ROLES, type UserRole } from '../identity/user-role';
import { RawJsonParts } from './raw-json';

export interface SessionUser {
  id: string;
  orgId: string;
  role: UserRole;
  name: string;
}

/**
 * Everything a request carries: the caller, the database handle (the transaction's manager
 * inside a mutation), and the request-scoped DataLoaders.
 */
export class RequestContext {
  // Apollo hands resolvers a shallow copy of the context: mutable state lives in one shared
  // object so that every copy sees the current transaction and loaders.
  private readonly state: { em: EntityManager; loaders: Loaders; rawJson: RawJsonParts };
  /** Set when the request is a dashboard widget (`x-crm-dashboard`, checked): its result may be cached. */
  dashboardId?: string;

  constructor(
    readonly dataSource: DataSource,
    readonly config: Config,
    readonly sessionUser: SessionUser | null,
  ) {
    this.state = { em: dataSource.manager, loaders: undefined as unknown as Loaders, rawJson: new RawJsonParts() };
    this.state.loaders = new Loaders(this);
  }

  /** The database handle: the transaction's manager while a write runs. */
  get em(): EntityManager {
    return this.state.em;
  }

  get loaders(): Loaders {
    return this.state.loaders;
  }

  /** Parts of the response PostgreSQL wrote as JSON text, spliced in when it is sent. */
  get rawJson(): RawJsonParts {
    return this.state.rawJson;
  }

  get user(): SessionUser {
    if (!this.sessionUser) throw unauthenticated();
    return this.sessionUser;
  }

  get orgId(): string {
    return this.user.orgId;
  }

  /** Admins and executives see every record of their organisation. */
  get seesWholeOrg(): boolean {
    return ORG_WIDE_ROLES.includes(this.user.role);
  }

  /**
   * Runs `fn` in one transaction; every read and write inside uses its manager. A transaction
   * that lost a deadlock or serialisation race is retried (it re-reads everything), so that
   * concurrent writers get the answer the rules give, not a database error.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.em.queryRunner?.isTransactionActive) return fn();
    const outer = this.state.em;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (em) => {
          this.state.em = em;
          return fn();
        });
      } catch (err) {
        const code = (err as { driverError?: { code?: string } }).driverError?.code;
        if (attempt >= 4 || (code !== '40P01' && code !== '40001')) throw err;
      } finally {
        this.state.em = outer;
        // Whatever was cached before or during the write may be stale now.
        this.state.loaders = new Loaders(this);
      }
    }
  }
}
