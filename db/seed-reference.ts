import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type * as schema from "./schema";
import type { OrganisationType } from "../app/lib/accounts/constants";
import { networks, organisations, themes } from "./schema";

export type SeedDb = BetterSQLite3Database<typeof schema>;

// Reference data every installation needs (networks, organisations, candidate themes).
// Fixed ids make seeding idempotent: a second run inserts nothing.
export const NETWORKS = [
  { id: "net-gelderland", slug: "gelderland", name: "Gelderland" },
  { id: "net-utrecht-flevoland", slug: "utrecht-flevoland", name: "Utrecht-Flevoland" },
] as const;

const ORGANISATIONS: { id: string; name: string; type: OrganisationType; networkId: string }[] = [
  { id: "org-gld-aanbieder-1", name: "Jeugdhulp Veluwe", type: "provider", networkId: "net-gelderland" },
  { id: "org-gld-aanbieder-2", name: "Kinder- en jeugdpsychiatrie Rivierenland", type: "provider", networkId: "net-gelderland" },
  { id: "org-gld-toegang-1", name: "Wijkteam Arnhem-Noord", type: "access_team", networkId: "net-gelderland" },
  { id: "org-gld-toegang-2", name: "Sociaal team Achterhoek", type: "access_team", networkId: "net-gelderland" },
  { id: "org-gld-gi", name: "Gecertificeerde instelling Gelderland", type: "certified_institution", networkId: "net-gelderland" },
  { id: "org-gld-onderwijs", name: "Samenwerkingsverband Passend Onderwijs Gelderland", type: "education", networkId: "net-gelderland" },
  { id: "org-gld-gemeente", name: "Gemeente Nijmegen", type: "municipality", networkId: "net-gelderland" },
  { id: "org-gld-kennis", name: "Academische werkplaats Gelderland", type: "knowledge_institute", networkId: "net-gelderland" },
  { id: "org-gld-ervaring", name: "Ervaringsdeskundigen Gelderland", type: "experiential_experts", networkId: "net-gelderland" },
  { id: "org-uf-aanbieder-1", name: "Jeugdhulp Utrecht-Stad", type: "provider", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-aanbieder-2", name: "Gezinshuizen Flevoland", type: "provider", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-toegang", name: "Buurtteam Jeugd en Gezin Utrecht", type: "access_team", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-gi", name: "Gecertificeerde instelling Utrecht-Flevoland", type: "certified_institution", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-onderwijs", name: "Onderwijscentrum Almere", type: "education", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-gemeente", name: "Gemeente Lelystad", type: "municipality", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-kennis", name: "Kenniscentrum Jeugd Utrecht", type: "knowledge_institute", networkId: "net-utrecht-flevoland" },
  { id: "org-uf-ervaring", name: "Ouder- en jongerenpanel Utrecht-Flevoland", type: "experiential_experts", networkId: "net-utrecht-flevoland" },
];

// Candidate themes (rode draden) from the source documents in shared/seeds.
export const THEMES = [
  { id: "thema-verklarende-analyse", slug: "verklarende-analyse", title: "Verklarende analyse", description: "Samen met jeugdige en ouders begrijpen wat er speelt en waarom, voordat je hulp kiest. Bron: Jeugdhulp Gelderland leert; Samen leren doen in de jeugdhulp." },
  { id: "thema-luisteren", slug: "luisteren-naar-jeugdigen-en-ouders", title: "Luisteren naar jeugdigen en ouders", description: "Jeugdigen en ouders als gelijkwaardige partners aan tafel. Bron: Infographic Ketenbreed Leren; Werkboek Jeugdhulp." },
  { id: "thema-samenwerking", slug: "samenwerking-rond-het-gezin", title: "Samenwerking rond het gezin", description: "Wie heeft de regie, wie doet wat, en hoe maak je heldere afspraken. Bron: Samenvatting Geleerde lessen IDU-pilots; Werkboek Jeugdhulp." },
  { id: "thema-onderwijs", slug: "onderwijs", title: "Onderwijs", description: "School en onderwijs als vast onderdeel van de hulp. Bron: Infographic Ketenbreed Leren." },
  { id: "thema-ouders", slug: "ouders-ondersteunen", title: "Ouders ondersteunen", description: "Ook de eigen problemen van ouders zien en ondersteunen. Bron: Infographic Ketenbreed Leren." },
  { id: "thema-casuistiek", slug: "leren-van-casuistiek", title: "Leren van casuïstiek", description: "Succesmomenten en knooppunten uit complexe situaties gebruiken om de praktijk te verbeteren. Bron: Werkboek Jeugdhulp; Samen leren doen in de jeugdhulp." },
  { id: "thema-trauma", slug: "trauma", title: "Trauma", description: "Traumasensitief werken en tijdig passende traumabehandeling. Bron: Jeugdhulp Gelderland leert." },
  { id: "thema-autisme", slug: "autisme", title: "Autisme", description: "Passende hulp bij autisme, thuis en op school. Bron: Jeugdhulp Gelderland leert." },
  { id: "thema-eetstoornissen", slug: "eetstoornissen", title: "Eetstoornissen", description: "Vroeg herkennen en samen behandelen van eetstoornissen. Bron: Jeugdhulp Gelderland leert." },
  { id: "thema-passende-hulp", slug: "passende-hulp", title: "Passende hulp: overbruggen, nazorg en maatwerk", description: "Een gezin vasthouden tijdens het wachten, nazorg na de hulp en samen maatwerk regelen. Bron: Samen leren doen in de jeugdhulp; Geleerde lessen IDU-pilots; Werkboek Jeugdhulp." },
  { id: "thema-resultaat-van-hulp", slug: "resultaat-van-hulp", title: "Resultaat van hulp volgen en schade voorkomen", description: "Volgen of hulp helpt, stoppen met overplaatsen en hulp naar het kind brengen. Bron: Infographic Ketenbreed Leren; Werkboek Jeugdhulp." },
  { id: "thema-aan-tafel", slug: "jeugdigen-en-ouders-aan-tafel", title: "Jeugdigen en ouders aan tafel, ervaringsdeskundigen inzetten", description: "Geen overleg zonder jeugdige en ouders, en ervaringskennis als derde bron. Bron: Werkboek Jeugdhulp; Samen leren doen in de jeugdhulp." },
  { id: "thema-beweging-naar-voren", slug: "beweging-naar-voren", title: "De beweging naar voren", description: "Voorkomen, vroeg signaleren, normaliseren en systemisch kijken. Bron: Geleerde lessen IDU-pilots." },
  { id: "thema-jezelf-als-instrument", slug: "jezelf-als-instrument", title: "Jezelf als instrument", description: "Leren van je levenslijn, stilstaan als het vastloopt en om hulp vragen. Bron: Werkboek Jeugdhulp." },
] as const;

export function seedReference(db: SeedDb) {
  db.transaction((tx) => {
    tx.insert(networks).values([...NETWORKS]).onConflictDoNothing().run();
    tx.insert(organisations).values(ORGANISATIONS).onConflictDoNothing().run();
    tx.insert(themes)
      .values(THEMES.map((t) => ({ ...t, status: "candidate" as const, origin: "seed" as const })))
      .onConflictDoNothing()
      .run();
  });
}
