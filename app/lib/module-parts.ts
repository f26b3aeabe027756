// The fixed structure of every module, shared by the build script, the server and the pages.
// Kept free of heavy imports because page components use it in the browser too.
export const PARTS = [
  { number: 1, slug: "kennis", file: "1-kennis.mdx" },
  { number: 2, slug: "toepassen", file: "2-toepassen.mdx" },
  { number: 3, slug: "ervaringsdeskundigen", file: "3-ervaringsdeskundigen.mdx" },
  { number: 4, slug: "reflectie", file: "4-reflectie.mdx" },
  { number: 5, slug: "afsluiting", file: "5-afsluiting.mdx" },
] as const;
export const PART_COUNT = PARTS.length;
export const EXPERT_PART = 3;
export const REFLECTION_PART = 4;
export const CLOSING_PART = 5;

export function partBySlug(slug: string | undefined) {
  return PARTS.find((part) => part.slug === slug);
}

// The source documents in shared/seeds that module content may name.
export const SEED_DOCUMENTS = {
  "000": "Samen leren doen in de jeugdhulp (Kenniswerkplaats Jeugd Friesland)",
  "001": "Werkboek Jeugdhulp",
  "002": "Jeugdhulp Gelderland leert",
  "003": "Infographic Ketenbreed Leren",
  "004": "Samenvatting Geleerde lessen IDU-pilots",
} as const;

export const KNOWLEDGE_KINDS = ["wetenschap", "praktijk", "ervaring"] as const;

// Form limits and field names, shared by the schemas and the forms.
export const REFLECTION_MAX = 4000;
export const COMMITMENT_MAX = 500;
export const LOOK_BACK_TEXT_MAX = 1000;
export const CONTRIBUTION_MAX = 1500;
export const DISPLAY_NAME_MAX = 60;
export const answerField = (questionId: string) => `antwoord-${questionId}`;
