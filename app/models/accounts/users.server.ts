import { randomUUID } from "node:crypto";
import { and, asc, eq, like, or } from "drizzle-orm";
import { networks, organisations, roleGrants, users } from "~db/schema";
import type { GrantedRole } from "~/lib/accounts/constants";
import { hashPassword, rolesOf } from "~/auth.server";
import { db } from "~/db.server";
import type { RegisterInput } from "~/lib/schemas/account";

export async function createUser(input: RegisterInput): Promise<string> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  db.insert(users)
    .values({
      id,
      email: input.email,
      name: input.name,
      passwordHash,
      organisationId: input.organisationId,
      networkId: input.networkId,
    })
    .run();
  return id;
}

export function getAccount(userId: string) {
  const row = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      organisation: organisations.name,
      network: networks.name,
    })
    .from(users)
    .leftJoin(organisations, eq(users.organisationId, organisations.id))
    .leftJoin(networks, eq(users.networkId, networks.id))
    .where(eq(users.id, userId))
    .get();
  return row ? { ...row, roles: rolesOf(userId) } : undefined;
}

export function listUsersWithRoles(search: string) {
  const term = `%${search.trim()}%`;
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, organisation: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(users.organisationId, organisations.id))
    .where(search.trim() ? or(like(users.name, term), like(users.email, term)) : undefined)
    .orderBy(asc(users.name))
    .limit(200)
    .all();
  const grants = db.select({ userId: roleGrants.userId, role: roleGrants.role }).from(roleGrants).all();
  return rows.map((row) => ({
    ...row,
    roles: grants.filter((g) => g.userId === row.id).map((g) => g.role),
  }));
}

export function getUserName(userId: string): string | undefined {
  return db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name;
}

export function grantRole(userId: string, role: GrantedRole, grantedBy: string) {
  db.insert(roleGrants).values({ userId, role, grantedBy }).onConflictDoNothing().run();
}

export function revokeRole(userId: string, role: GrantedRole) {
  db.delete(roleGrants).where(and(eq(roleGrants.userId, userId), eq(roleGrants.role, role))).run();
}
