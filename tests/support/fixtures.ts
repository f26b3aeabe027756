// Helpers for integration tests: users, sessions and requests against the real database.
import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { createSessionCookie } from "~/auth.server";
import type { GrantedRole } from "~/lib/accounts/constants";
import { createUser } from "~/models/accounts/users.server";
import { grantRole } from "~/models/accounts/users.server";

export const TEST_PASSWORD = "een-goed-wachtwoord";

export async function createTestUser(roles: GrantedRole[] = [], name = "Test Gebruiker") {
  const email = `test-${randomUUID()}@voorbeeld.nl`;
  const id = await createUser({ name, email, password: TEST_PASSWORD, organisationId: "org-gld-toegang-1", networkId: "net-gelderland" });
  for (const role of roles) grantRole(id, role, id);
  const cookie = (await createSessionCookie(id)).split(";")[0] ?? "";
  return { id, email, name, cookie };
}

export function context(clientIp = "127.0.0.1"): AppLoadContext {
  return { clientIp, cspNonce: "" };
}

export function get(path: string, cookie?: string): Request {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(path: string, fields: Record<string, string | string[]>, cookie?: string): Request {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(`http://localhost${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

// Runs a loader or action and returns the Response, whether it was returned or thrown.
export async function run(fn: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await fn();
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
