import { hash, verify } from "@node-rs/argon2";
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { redirect } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { Cookie, Lucia, TimeSpan } from "lucia";
import { roleGrants, sessions, users } from "~db/schema";
import { GRANTED_ROLES, type Role } from "~/lib/accounts/constants";
import { db, prepared } from "./db.server";
import { env } from "./env.server";
import { forbidden } from "./lib/http";

const adapter = new DrizzleSQLiteAdapter(db, sessions, users);

export const SESSION_COOKIE = "leercirkel_session";

// How long a session lasts is docs/decisions/013-session-lifetime.md: until the browser closes,
// and on the server 12 hours after its last use (renewed on use after 6 hours).
export const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(12, "h"),
  sessionCookie: {
    name: SESSION_COOKIE,
    attributes: { secure: env.COOKIE_SECURE, sameSite: "lax" },
  },
  getUserAttributes: (attributes) => ({ name: attributes.name, email: attributes.email }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { name: string; email: string };
  }
}

// OWASP's recommended argon2id parameters (19 MiB, 2 iterations).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Spent on unknown e-mail addresses, so a failed login takes as long either way.
let dummyHash: Promise<string> | undefined;

// The user's id when e-mail and password match, otherwise null; never says which was wrong.
export async function checkCredentials(email: string, password: string): Promise<string | null> {
  const row = db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).get();
  if (!row) {
    dummyHash ??= hashPassword("leercirkel-dummy-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  return (await verifyPassword(row.passwordHash, password)) ? row.id : null;
}

export async function checkPassword(userId: string, password: string): Promise<boolean> {
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  return row ? verifyPassword(row.passwordHash, password) : false;
}

export async function setPassword(userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  sessionId: string;
}

export function hasRole(user: Pick<CurrentUser, "roles">, role: Role): boolean {
  return user.roles.includes(role);
}

// Prepared once: it runs on every request of a logged-in user.
const rolesQuery = prepared(() =>
  db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.userId, sql.placeholder("userId")))
    .prepare(),
);

export function rolesOf(userId: string): Role[] {
  const granted = new Set(rolesQuery().all({ userId }).map((g) => g.role));
  return ["participant", ...GRANTED_ROLES.filter((role) => granted.has(role))];
}

// Root and route loaders of one request share the lookup.
const usersByRequest = new WeakMap<Request, Promise<CurrentUser | null>>();

export function getOptionalUser(request: Request): Promise<CurrentUser | null> {
  let user = usersByRequest.get(request);
  if (!user) {
    user = loadUser(request);
    usersByRequest.set(request, user);
  }
  return user;
}

async function loadUser(request: Request): Promise<CurrentUser | null> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return null;
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return null;
  return { id: user.id, name: user.name, email: user.email, roles: rolesOf(user.id), sessionId: session.id };
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getOptionalUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  throw redirect(`/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`);
}

// Passes when the user holds at least one of the roles; otherwise a Dutch 403.
export async function requireRole(request: Request, ...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!roles.some((role) => hasRole(user, role))) throw forbidden();
  return user;
}

export async function createSessionCookie(userId: string): Promise<string> {
  const session = await lucia.createSession(userId, {});
  // lucia always sets Max-Age (400 days for "expires: false"); without it the browser forgets
  // the cookie when it closes, which suits shared work computers.
  const { name, value, attributes } = lucia.createSessionCookie(session.id);
  return new Cookie(name, value, { ...attributes, maxAge: undefined }).serialize();
}

export async function logout(request: Request): Promise<string> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (sessionId) await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

export async function endOtherSessions(userId: string, keepSessionId: string) {
  const all = await lucia.getUserSessions(userId);
  await Promise.all(all.filter((s) => s.id !== keepSessionId).map((s) => lucia.invalidateSession(s.id)));
}
