// Registration answers an address that already has an account exactly as it answers a new one:
// the same page, no session either way, about the same time (one password hash each), so the
// form never tells anyone which addresses have an account (docs/decisions/012-login-limits.md).
import { randomUUID } from "node:crypto";
import { users } from "~db/schema";
import { hashPassword } from "~/auth.server";
import { db } from "~/db.server";
import type { RegisterInput } from "~/lib/schemas/account";

export async function registerAccount(input: RegisterInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const { changes } = db
    .insert(users)
    .values({ id: randomUUID(), email: input.email, name: input.name, passwordHash, organisationId: input.organisationId, networkId: input.networkId })
    .onConflictDoNothing({ target: users.email })
    .run();
  if (changes === 0) onRegistrationForExistingAccount(input.email);
}

// The place to tell an account's owner that someone tried to register their address again.
// Nothing is sent yet: the existing account and its password stay as they were.
export function onRegistrationForExistingAccount(_email: string): void {}
