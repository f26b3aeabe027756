import { hash } from "@node-rs/argon2";
import { sql } from "drizzle-orm";
import type { GrantedRole } from "../app/lib/accounts/constants";
import { roleGrants, users } from "./schema";
import { seedLearning } from "./seed-learning";
import { seedGroups } from "./seed-groups";
import { seedReference, type SeedDb } from "./seed-reference";
import { seedWebinars } from "./seed-webinars";

export const DEMO_PASSWORD = "leercirkel-demo";

export const DEMO_USERS: {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  networkId: string;
  roles: GrantedRole[];
  label: string;
}[] = [
  { id: "demo-deelnemer", email: "deelnemer@demo.leercirkel.nl", name: "Sanne de Vries", organisationId: "org-gld-toegang-1", networkId: "net-gelderland", roles: [], label: "deelnemer" },
  { id: "demo-ervaringsdeskundige", email: "ervaringsdeskundige@demo.leercirkel.nl", name: "Mo Bakker", organisationId: "org-gld-ervaring", networkId: "net-gelderland", roles: ["expert"], label: "ervaringsdeskundige" },
  { id: "demo-begeleider", email: "begeleider@demo.leercirkel.nl", name: "Anouk Jansen", organisationId: "org-gld-aanbieder-1", networkId: "net-gelderland", roles: ["facilitator"], label: "begeleider" },
  { id: "demo-coordinator", email: "coordinator@demo.leercirkel.nl", name: "Karim El Amrani", organisationId: "org-gld-kennis", networkId: "net-gelderland", roles: ["coordinator"], label: "coördinator" },
  { id: "demo-beheerder", email: "beheerder@demo.leercirkel.nl", name: "Petra Visser", organisationId: "org-uf-kennis", networkId: "net-utrecht-flevoland", roles: ["admin"], label: "beheerder" },
];

export function hasUsers(db: SeedDb): boolean {
  const row = db.select({ n: sql<number>`count(*)` }).from(users).get();
  return (row?.n ?? 0) > 0;
}

export async function seedDemoUsers(db: SeedDb) {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  db.transaction((tx) => {
    for (const u of DEMO_USERS) {
      tx.insert(users)
        .values({ id: u.id, email: u.email, name: u.name, passwordHash, organisationId: u.organisationId, networkId: u.networkId })
        .onConflictDoNothing()
        .run();
      for (const role of u.roles) tx.insert(roleGrants).values({ userId: u.id, role }).onConflictDoNothing().run();
    }
  });
}

// Reference data always; demo people and their activity only when asked.
export async function seed(db: SeedDb, { demo }: { demo: boolean }) {
  seedReference(db);
  if (!demo) return;
  await seedDemoUsers(db);
  seedLearning(db);
  seedGroups(db);
  seedWebinars(db);
}
