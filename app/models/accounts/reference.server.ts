// Reference data every installation has: networks and organisations.
import { asc, eq } from "drizzle-orm";
import { networks, organisations } from "~db/schema";
import { db } from "~/db.server";

export function listNetworks() {
  return db.select({ id: networks.id, name: networks.name }).from(networks).orderBy(asc(networks.name)).all();
}

export function networkExists(id: string): boolean {
  return db.select({ id: networks.id }).from(networks).where(eq(networks.id, id)).get() !== undefined;
}

export function organisationExists(id: string): boolean {
  return db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)).get() !== undefined;
}

export function listOrganisations() {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, networkId: organisations.networkId })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all();
}
