import { eq } from "drizzle-orm";
import { loginFailures, roleGrants, users } from "~db/schema";
import { db, sqlite, truncateWal } from "~/db.server";
import { exportLearningData } from "~/models/learning/export.server";
import { exportGroupData } from "~/models/groups/export.server";
import { releaseGroupsOf } from "~/models/groups/membership.server";
import { getAccount } from "~/models/accounts/users.server";
import { anonymiseWebinarData, exportWebinarData } from "~/models/webinars/export.server";

// Everything Leercirkel keeps about one person; each feature adds its part here.
export function exportUserData(userId: string) {
  const account = getAccount(userId);
  const grants = db
    .select({ role: roleGrants.role, grantedAt: roleGrants.grantedAt })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .all();
  return {
    exportedAt: new Date().toISOString(),
    account: account && {
      name: account.name,
      email: account.email,
      organisation: account.organisation,
      network: account.network,
      createdAt: account.createdAt.toISOString(),
    },
    roles: grants.map((g) => ({ role: g.role, grantedAt: g.grantedAt.toISOString() })),
    learning: exportLearningData(userId),
    groups: exportGroupData(userId),
    webinars: exportWebinarData(userId),
  };
}

// Sessions, roles and personal records go with the user (foreign keys cascade); shared
// group history keeps its rows with the author set to null (anonymised). secure_delete zeroes the
// freed space and the WAL is emptied afterwards, so the file keeps no readable copy (decision 015).
export function deleteUserAccount(userId: string) {
  db.transaction((tx) => {
    const row = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    if (row) tx.delete(loginFailures).where(eq(loginFailures.key, `account:${row.email}`)).run();
    releaseGroupsOf(tx, userId);
    anonymiseWebinarData(tx, userId);
    tx.delete(users).where(eq(users.id, userId)).run();
  });
  if (!truncateWal(sqlite)) console.warn("Account verwijderd, maar de WAL kon niet worden geleegd: een ander proces las de database.");
}
