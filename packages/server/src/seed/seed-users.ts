// The demo users: an admin, a CEO, two sales teams, marketing and support.
import { AuthService } from '../identity/auth.service';
import { User } from '../identity/user.entity';
import { UserRole } from '../identity/user-role';
import { bulkInsert, type DemoUser, type SeedContext } from './context';
import type { Region } from './places';

export const DEMO_PASSWORD = 'demo1234';

interface UserDef {
  key: string;
  email: string;
  name: string;
  title: string;
  role: UserRole;
  manager: string | null;
  locale: 'en' | 'ko' | 'zh-CN';
}

const DEFS: UserDef[] = [
  { key: 'admin', email: 'admin@demo.example', name: 'Alex Morgan', title: 'System Administrator', role: UserRole.ADMIN, manager: null, locale: 'en' },
  { key: 'ceo', email: 'ceo@demo.example', name: 'Eleanor Hayes', title: 'Chief Executive Officer', role: UserRole.EXECUTIVE, manager: null, locale: 'en' },
  { key: 'manager', email: 'manager@demo.example', name: 'Marcus Reed', title: 'VP Sales, Americas & EMEA', role: UserRole.SALES_MANAGER, manager: 'ceo', locale: 'en' },
  { key: 'manager2', email: 'manager2@demo.example', name: 'Ji-woo Park', title: 'VP Sales, APAC', role: UserRole.SALES_MANAGER, manager: 'ceo', locale: 'ko' },
  { key: 'rep', email: 'rep@demo.example', name: 'Sarah Collins', title: 'Account Executive', role: UserRole.SALES_REP, manager: 'manager', locale: 'en' },
  { key: 'rep2', email: 'rep2@demo.example', name: 'Tobias Becker', title: 'Account Executive, DACH', role: UserRole.SALES_REP, manager: 'manager', locale: 'en' },
  { key: 'rep3', email: 'rep3@demo.example', name: 'Olivia Grant', title: 'Sales Development Representative', role: UserRole.SALES_REP, manager: 'manager', locale: 'en' },
  { key: 'rep4', email: 'rep4@demo.example', name: 'Seo-yeon Lee', title: 'Account Executive, Korea', role: UserRole.SALES_REP, manager: 'manager2', locale: 'ko' },
  { key: 'rep5', email: 'rep5@demo.example', name: 'Wei Chen', title: 'Account Executive, Greater China', role: UserRole.SALES_REP, manager: 'manager2', locale: 'zh-CN' },
  { key: 'rep6', email: 'rep6@demo.example', name: 'Mei Lin', title: 'Sales Development Representative', role: UserRole.SALES_REP, manager: 'manager2', locale: 'zh-CN' },
  { key: 'marketing', email: 'marketing@demo.example', name: 'Priya Nair', title: 'Marketing Manager', role: UserRole.MARKETING_USER, manager: 'ceo', locale: 'en' },
  { key: 'support', email: 'support@demo.example', name: 'Carlos Rivera', title: 'Customer Support Agent', role: UserRole.SERVICE_AGENT, manager: 'ceo', locale: 'en' },
  { key: 'support2', email: 'support2@demo.example', name: 'Haoran Liu', title: 'Customer Support Agent', role: UserRole.SERVICE_AGENT, manager: 'support', locale: 'zh-CN' },
];

/** The demo sign-ins (all with the password `demo1234`), for the README and the CLI. */
export const DEMO_USERS: ReadonlyArray<{ email: string; password: string; name: string; role: UserRole; title: string }> = DEFS.map((d) => ({
  email: d.email, password: DEMO_PASSWORD, name: d.name, role: d.role, title: d.title,
}));

/** Sales teams by region: [user key, weight] (the manager owns fewer records than the reps). */
export const TEAMS: Record<'AMER_EMEA' | 'APAC', ReadonlyArray<readonly [string, number]>> = {
  AMER_EMEA: [['manager', 1], ['rep', 3], ['rep2', 3], ['rep3', 2]],
  APAC: [['manager2', 1], ['rep4', 3], ['rep5', 3], ['rep6', 2]],
};
export const teamOf = (region: Region) => (region === 'APAC' ? TEAMS.APAC : TEAMS.AMER_EMEA);

export async function seedUsers(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('users');
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
  const ids = new Map(DEFS.map((d) => [d.key, r.uuid()]));
  const created = ctx.dates.dateTime(-800, 9);
  // Managers before their reports (one statement, but keep the natural order).
  await bulkInsert(ctx.em, User, DEFS.map((d) => ({
    id: ids.get(d.key)!, orgId: ctx.orgId, name: d.name, email: d.email, passwordHash, role: d.role, title: d.title,
    managerId: d.manager ? ids.get(d.manager)! : null, isActive: true, languageLocaleKey: d.locale, createdDate: created, lastModifiedDate: created,
  })));
  for (const d of DEFS) {
    ctx.users[d.key] = { key: d.key, id: ids.get(d.key)!, email: d.email, role: d.role, managerKey: d.manager } satisfies DemoUser;
  }
  return DEFS.length;
}
