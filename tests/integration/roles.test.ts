import { describe, expect, it } from "vitest";
import { rolesOf } from "~/auth.server";
import { action as usersAction, loader as usersLoader } from "~/routes/beheer.gebruikers";
import { context, createTestUser, get, post, run } from "../support/fixtures";

describe("role guards at /beheer/gebruikers", () => {
  it("sends a visitor who is not logged in to the login page and back", async () => {
    const res = await run(() => usersLoader({ request: get("/beheer/gebruikers"), params: {}, context: context() }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inloggen?redirectTo=%2Fbeheer%2Fgebruikers");
  });

  it("refuses a participant and a coordinator with 403, in the loader and the action", async () => {
    for (const roles of [[], ["coordinator"] as const]) {
      const user = await createTestUser([...roles]);
      const target = await createTestUser();
      expect((await run(() => usersLoader({ request: get("/beheer/gebruikers", user.cookie), params: {}, context: context() }))).status).toBe(403);
      const res = await run(() =>
        usersAction({ request: post("/beheer/gebruikers", { userId: target.id, role: "admin", intent: "grant" }, user.cookie), params: {}, context: context() }),
      );
      expect(res.status).toBe(403);
      expect(rolesOf(target.id)).toEqual(["participant"]);
    }
  });

  it("lets an admin grant and revoke roles; a person can hold several", async () => {
    const admin = await createTestUser(["admin"]);
    const target = await createTestUser();
    for (const role of ["coordinator", "facilitator"]) {
      const res = await run(() => usersAction({ request: post("/beheer/gebruikers", { userId: target.id, role, intent: "grant" }, admin.cookie), params: {}, context: context() }));
      expect(res.status).toBe(302);
    }
    expect(rolesOf(target.id)).toEqual(["participant", "facilitator", "coordinator"]);
    await run(() => usersAction({ request: post("/beheer/gebruikers", { userId: target.id, role: "facilitator", intent: "revoke" }, admin.cookie), params: {}, context: context() }));
    expect(rolesOf(target.id)).toEqual(["participant", "coordinator"]);
  });

  it("keeps an admin from removing their own admin role", async () => {
    const admin = await createTestUser(["admin"]);
    await run(() => usersAction({ request: post("/beheer/gebruikers", { userId: admin.id, role: "admin", intent: "revoke" }, admin.cookie), params: {}, context: context() }));
    expect(rolesOf(admin.id)).toContain("admin");
  });
});
