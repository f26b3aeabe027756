// The steps and log entries of the demo groups (see seed-groups.ts for the sources).
import type { Factor, StepStatus } from "../app/lib/groups/constants";

export interface SeedStep {
  id: string;
  what: string;
  successSign: string;
  owners: string[];
  dueInDays: number;
  // Status changes as [days from now, status, reason?]; the first is the creation ("planned").
  history: [number, StepStatus, string?][];
}

export interface SeedLogEntry {
  daysAgo: number;
  author: string;
  step?: string;
  did: string;
  helped?: string;
  hindered?: string;
  next?: string;
  helpedFactors?: Factor[];
  hinderedFactors?: Factor[];
  shared?: boolean;
}

const S = "demo-stap-";

// `daysToSunday`: step 3 is due at the end of the current week, so the home page always shows it.
export const demoGroupSteps = (daysToSunday: number): SeedStep[] => [
  {
    id: `${S}1`,
    what: "In het wijkteam bij elke intake één vaste vraag stellen: hoe verklaart het gezin zelf wat er speelt?",
    successSign: "In tien intakes staat het antwoord van het gezin in eigen woorden in het verslag.",
    owners: ["demo-deelnemer"],
    dueInDays: -21,
    history: [[-40, "planned"], [-33, "in_progress"], [-22, "done"]],
  },
  {
    id: `${S}2`,
    what: "Samen met een ervaringsdeskundige een korte uitleg voor ouders maken: wat is een verklarende analyse en wat heb jij eraan?",
    successSign: "Drie ouders lezen de uitleg en zeggen dat ze hem begrijpen.",
    owners: ["demo-ervaringsdeskundige", "demo-begeleider"],
    dueInDays: -10,
    history: [[-38, "planned"], [-30, "in_progress"], [-12, "done"]],
  },
  {
    id: `${S}3`,
    what: "Bij drie nieuwe gezinnen de verklaring samen opstellen en aan het gezin voorleggen voordat we hulp kiezen.",
    successSign: "Alle drie de gezinnen kunnen de verklaring in eigen woorden navertellen.",
    owners: ["demo-begeleider", "demo-deelnemer"],
    dueInDays: daysToSunday,
    history: [[-35, "planned"], [-20, "in_progress"]],
  },
  {
    id: `${S}4`,
    what: "Afspreken hoe school meedenkt over de verklaring bij jongeren die thuiszitten.",
    successSign: "Bij elke thuiszitter in onze gezinnen zit iemand van school bij het gesprek over de verklaring.",
    owners: ["demo-onderwijs", "demo-deelnemer"],
    dueInDays: -3,
    history: [[-30, "planned"], [-16, "in_progress"]],
  },
  {
    id: `${S}5`,
    what: "Een situatie inbrengen in het regionaal expertteam met de verklarende analyse als startpunt van het gesprek.",
    successSign: "Het expertteam bespreekt eerst de verklaring en pas daarna de mogelijke hulp.",
    owners: ["demo-jeugdbeschermer"],
    dueInDays: 30,
    history: [[-14, "planned"]],
  },
  {
    id: `${S}6`,
    what: "Een vast formulier voor de verklarende analyse in het dossiersysteem laten maken.",
    successSign: "Iedereen in de groep vindt de analyse op dezelfde plek terug.",
    owners: ["demo-begeleider"],
    dueInDays: -7,
    history: [[-36, "planned"], [-25, "in_progress"], [-9, "stopped", "Het dossiersysteem kan dit jaar niet worden aangepast. We gebruiken eerst een werkblad op papier."]],
  },
];

export const DEMO_GROUP_LOG_ENTRIES: SeedLogEntry[] = [
  { daysAgo: 38, author: "demo-deelnemer", step: `${S}1`, did: "De vaste vraag in twee intakes gesteld.", helped: "Ouders reageerden opgelucht dat iemand naar hun verklaring vroeg.", hindered: "De intake is kort; de vraag kwam pas aan het eind.", next: "De vraag eerder in het gesprek stellen.", helpedFactors: ["management_support"], hinderedFactors: ["time"] },
  { daysAgo: 31, author: "demo-ervaringsdeskundige", step: `${S}2`, did: "Een eerste versie van de uitleg voor ouders geschreven, met voorbeelden uit mijn eigen ervaring.", helped: "Anouk dacht mee over eenvoudige woorden.", next: "De tekst laten lezen door twee andere ouders.", helpedFactors: ["time"] },
  { daysAgo: 26, author: "demo-begeleider", step: `${S}6`, did: "Met de functioneel beheerder gesproken over een formulier in het dossiersysteem.", hindered: "Aanpassingen aan het systeem staan pas volgend jaar gepland en kosten geld.", next: "In de bijeenkomst bespreken of we een alternatief nemen.", hinderedFactors: ["funding", "management_support"] },
  { daysAgo: 22, author: "demo-deelnemer", step: `${S}1`, did: "Tien intakes gedaan met de vaste vraag. Het antwoord van het gezin staat steeds in het verslag.", helped: "Collega's in het wijkteam deden mee na het teamoverleg.", helpedFactors: ["management_support", "time"], shared: true },
  { daysAgo: 17, author: "demo-onderwijs", step: `${S}4`, did: "Met twee scholen gesproken over meedenken bij thuiszitters.", helped: "De intern begeleiders willen graag aansluiten.", hindered: "Niet duidelijk wie de school uitnodigt en wat er gedeeld mag worden.", next: "Een korte afspraak op papier zetten.", helpedFactors: ["school_cooperation"], hinderedFactors: ["unclear_roles", "privacy_rules"] },
  { daysAgo: 12, author: "demo-ervaringsdeskundige", step: `${S}2`, did: "Drie ouders hebben de uitleg gelezen. Ze vonden hem duidelijk en hebben nog twee vragen toegevoegd.", helped: "Ouders voelden zich serieus genomen.", helpedFactors: ["time"] },
  { daysAgo: 8, author: "demo-begeleider", step: `${S}3`, did: "Bij het eerste gezin de verklaring samen opgesteld. De jongere koos zelf de woorden.", helped: "Het werkblad op papier werkte goed aan de keukentafel.", hindered: "Het kostte twee gesprekken in plaats van één.", next: "Bij het tweede gezin plannen we meteen twee gesprekken.", helpedFactors: ["management_support"], hinderedFactors: ["time", "workload"] },
  { daysAgo: 4, author: "demo-jeugdbeschermer", step: `${S}5`, did: "Een situatie voorbereid voor het expertteam, met de verklaring als eerste onderwerp.", hindered: "De wachtlijst voor passende hulp drukt op het gesprek: iedereen wil snel iets inzetten.", next: "In de groep oefenen hoe we het gesprek bij de verklaring houden.", hinderedFactors: ["waiting_lists", "workload"] },
];

const C = "demo-afgesloten-stap-";

export const CLOSED_GROUP_STEPS: SeedStep[] = [
  { id: `${C}1`, what: "Bij elk gezin met meer dan twee organisaties in de eerste week afspreken wie de regie heeft.", successSign: "In alle nieuwe situaties staat de regisseur in het plan.", owners: ["demo-deelnemer"], dueInDays: -120, history: [[-190, "planned"], [-170, "in_progress"], [-118, "done"]] },
  { id: `${C}2`, what: "Ouders vragen wie zij als regisseur zien en dat meenemen in de afspraak.", successSign: "Ouders noemen zelf de regisseur in het evaluatiegesprek.", owners: ["demo-begeleider"], dueInDays: -80, history: [[-185, "planned"], [-150, "in_progress"], [-82, "done"]] },
  { id: `${C}3`, what: "Eén gezamenlijk plan in een gedeelde map voor alle betrokken organisaties.", successSign: "Alle betrokkenen werken vanuit hetzelfde plan.", owners: ["demo-jeugdbeschermer"], dueInDays: -60, history: [[-180, "planned"], [-140, "in_progress"], [-65, "stopped", "De organisaties konden geen gedeelde map afspreken."]] },
];

export const CLOSED_GROUP_LOG_ENTRIES: SeedLogEntry[] = [
  { daysAgo: 175, author: "demo-deelnemer", step: `${C}1`, did: "In drie situaties de regie in de eerste week besproken.", hindered: "Niet iedereen wist wat regie voeren precies inhoudt.", hinderedFactors: ["unclear_roles"] },
  { daysAgo: 150, author: "demo-begeleider", step: `${C}2`, did: "Aan ouders gevraagd wie zij als regisseur zien.", helped: "Ouders kozen vaak iemand die ze al kenden en vertrouwden.", helpedFactors: ["school_cooperation"] },
  { daysAgo: 120, author: "demo-jeugdbeschermer", step: `${C}3`, did: "Geprobeerd een gedeelde map op te zetten.", hindered: "Iedere organisatie had eigen regels over delen; niemand durfde te beslissen.", hinderedFactors: ["privacy_rules", "unclear_roles"], shared: true },
  { daysAgo: 90, author: "demo-deelnemer", did: "Overleg met alle betrokkenen twee keer verschoven.", hindered: "Geen vaste tijd voor overleg in de agenda's.", hinderedFactors: ["time", "workload"] },
];
