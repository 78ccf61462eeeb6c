import bcrypt from 'bcryptjs';
import { SignJWT, jwtVerify } from 'jose';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { SessionUser } from '../api/request-context';
import { crmError, unauthenticated } from '../common/errors';
import { User } from './user.entity';

const ISSUER = 'open-crm';

/** Sign-in with email and password; bearer tokens are short-lived signed JWTs. */
export class AuthService {
  private readonly key: Uint8Array;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
  ) {
    this.key = new TextEncoder().encode(config.authSecret);
  }

  static hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, 10);
  }

  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    // Compare even when the user is unknown, so timing does not reveal which emails exist.
    const ok = await bcrypt.compare(password, user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva');
    if (!user || !ok || !user.isActive) throw unauthenticated('Wrong email or password');
    const token = await new SignJWT({ org: user.orgId, role: user.role, name: user.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.TOKEN_TTL_HOURS}h`)
      .sign(this.key);
    return { token, user };
  }

  /** The caller behind an Authorization header; null without one, an error for a bad one. */
  async verify(header: string | undefined): Promise<SessionUser | null> {
    if (!header) return null;
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) throw unauthenticated('Authorization must be "Bearer <token>"');
    try {
      const { payload } = await jwtVerify(m[1], this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      return { id: payload.sub!, orgId: payload.org as string, role: payload.role as SessionUser['role'], name: payload.name as string };
    } catch {
      throw unauthenticated('The sign-in token is invalid or expired: sign in again');
    }
  }

  /**
   * Brings a verified session up to date with its user before an operation runs: a deactivated
   * (or deleted) user is refused at once, not when the token expires, and a changed role or name
   * applies to the next operation. One primary-key lookup per executed operation.
   */
  static async confirm(dataSource: DataSource, session: SessionUser): Promise<void> {
    const [row] = await dataSource.query(`SELECT "orgId", role, name, "isActive" FROM "user" WHERE id = $1`, [session.id]);
    if (!row || !row.isActive || row.orgId !== session.orgId) {
      throw crmError('UNAUTHENTICATED', 'This user is deactivated or no longer exists: sign in again', { http: { status: 401 } });
    }
    session.role = row.role;
    session.name = row.name;
  }
}
