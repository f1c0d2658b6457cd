// The studio's sections and the roles that may open each. Navigation shows a
// user only their sections; the server hook refuses the others.
import type { SessionInfo } from '$lib/api/generated/session-info.ts';
import { m } from '$lib/paraglide/messages.js';

export type Role = SessionInfo['roles'][number];

/** Each role's name in the current language. */
export const roleNames: Record<Role, () => string> = {
  analyst: m.role_analyst,
  clerk: m.role_clerk,
  supervisor: m.role_supervisor,
  auditor: m.role_auditor,
  admin: m.role_admin,
};

export interface Section {
  href: string;
  roles: Role[];
  label: () => string;
}

export const sections: Section[] = [
  { href: '/inbox', roles: ['clerk', 'supervisor', 'admin'], label: () => m.nav_inbox() },
  { href: '/design', roles: ['analyst', 'admin'], label: () => m.nav_design() },
  {
    href: '/cases',
    roles: ['clerk', 'supervisor', 'auditor', 'admin'],
    label: () => m.nav_cases(),
  },
  { href: '/overdue', roles: ['supervisor', 'admin'], label: () => m.sup_nav_overdue() },
  { href: '/kpis', roles: ['supervisor', 'admin'], label: () => m.nav_kpis() },
  { href: '/incidents', roles: ['supervisor', 'admin'], label: () => m.nav_incidents() },
  { href: '/audit', roles: ['auditor', 'admin'], label: () => m.nav_audit() },
  { href: '/knowledge', roles: ['clerk', 'supervisor', 'admin'], label: () => m.kb_nav() },
];

/** Pages anyone may open, signed in or not; /apply is the citizens' public pages. */
export const PUBLIC_PATHS = ['/login', '/language', '/apply'];

export function sectionOf(pathname: string): Section | undefined {
  return sections.find((s) => pathname === s.href || pathname.startsWith(`${s.href}/`));
}

export function sectionsFor(roles: readonly Role[]): Section[] {
  return sections.filter((s) => s.roles.some((r) => roles.includes(r)));
}

export function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
