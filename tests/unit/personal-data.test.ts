// The personal-data guard's examples: what it refuses (and as which kind) and what it lets through.
// Both tables are the trade-off in writing; a change to the guard shows up here as a moved line.
import { describe, expect, it } from "vitest";
import { nl } from "~/i18n/nl";
import { type PersonalDataKind, findPersonalData, isValidBsn, personalDataMessage } from "~/lib/personal-data";

// The day the examples are judged on: later dates are plans, dates more than four weeks before it
// count as birth dates.
const NOW = new Date("2026-11-29T10:00:00Z");

const BSN: string[] = [
  "BSN 111222333 staat in het dossier.",
  "Het BSN van de jongere is 123456782.",
  "bsn: 123.456.782",
  "Burgerservicenummer 1234.56.782, graag nakijken.",
  "Zijn nummer is 123-456-782, dat had ik niet moeten noteren.",
  "12 34 56 782 is het nummer van moeder.",
  "BSN moeder: 111 222 333",
  "sofinummer 012345672",
  "Sofinr. 12345672 stond op de brief.",
  "Graag het BSN-nummer 987654305 controleren bij de gemeente.",
  "Het kind (BSN 1112.22.333) woont bij oma.",
  "BSN vader 11 12 22 333",
  "BSN １２３４５６７８２ doorgegeven aan de GI.",
  "725763863 is het nummer dat de GI doorgaf.",
  "nummer 123 456 782 van de jongere",
  "111.222.333",
  "In het verslag stond 987.654.305 bij de naam van het kind.",
  "De jongere met nummer 1622 75 869 hoort bij het vorige team.",
  "De gezinsvoogd noemde 192 28 51 42 in het overleg.",
  "Het dossier (691682483) is gesloten.",
  "BSN  123   456  782 van de jongste.",
  "BSN\u00a0123\u00a0456\u00a0782",
  "bsn 123\u2010456\u2010782",
  "BSN 123\u2013456\u2013782",
  "Noteer bsn 12.34.56.782 in het systeem.",
  "Moeder gaf haar burgerservicenummer door: 111-222-333.",
  "Het BSN is 123456789, maar dat klopt misschien niet.",
  "Vader (987825707) belde over de omgangsregeling.",
  "De school gebruikte 688.136.138 als leerlingnummer.",
  "Nummer 864 623 112 hoort bij de broer.",
  "In de brief van de Raad stond 321-146-487.",
  "bsn:187891151",
  "Zus heeft bsn 883 235 912.",
  "BSN 178598835; graag niet delen.",
  "Het burgerservicenummer van het kind is 4672.79.627.",
  "burgerservicenummer van oma: 0123 45 672",
];

const BIRTHDATE: string[] = [
  "Jongen geboren op 12-03-2011, zit thuis.",
  "geboren 03-03-2015",
  "geb. 3/3/2015",
  "geboortedatum: 12.10.2010",
  "Zij is geboren op 3 maart 2015 in Arnhem.",
  "Het meisje (geb. 12 okt. 2010) woont bij haar vader.",
  "Geboortedatum 2011-04-23, eerste aanmelding.",
  "Hij is op 12e maart 2015 geboren.",
  "Geboren 12032015.",
  "De dochter is jarig op 14 februari.",
  "Zijn verjaardag is 3-5, dan wordt hij 12.",
  "Ze is geboren in maart 2015.",
  "Op 12-3-'15 was er een incident thuis.",
  "Sinds 12-10-2010 woont hij in het pleeggezin.",
  "Het kind kwam op 4 januari 2019 in beeld bij Veilig Thuis.",
  "In het dossier staat 01/06/2008 als datum van de eerste melding.",
  "29-02-2016",
  "periode 10/12/2020-15/12/2020",
  "3 mrt. '15",
  "12 Oktober 2010",
  "1 jan 2001",
  "Melding op 2023-05-17 door school.",
  "Op 20150312 werd het gezin aangemeld.",
  "Datum van de uithuisplaatsing: 5 september 2022.",
  "De moeder is bevallen op 2 juni 2024.",
  "DOB 04/07/2009",
  "Zij werd geboren op 1 april.",
  "geb. 120315",
  "geb. 12.10.15",
  "Hij wordt op 3 december jarig.",
  "Verjaardag: 17/8",
  "Hij wordt 16, geboren 9-12-2010.",
  "Hij is jarig op 9 december 2026, dan geven we een feestje in de groep.",
  "Op dinsdag 14 oktober 2025 hadden we een gesprek met de ouders.",
  "Intake was op 10-10-2026, daarna werd het stil.",
  "geboren １２－０３－２０１５",
  "geboren op 12 - 03 - 2015",
  "Geboren: 12 maart 2015",
  "d.o.b. 12-03-2015",
  "geb.datum 3-3-2015",
  "De jongste is geboren op 7/11/2019 en de oudste op 2/2/2016.",
  "Zijn geboortedag is 5 mei.",
  "3-3-15",
  "Op 12.3.2015 kwam de melding binnen.",
  "Aanmelding 12-mrt-2015 via de huisarts.",
  "Ze kwam op 12mrt2015 bij ons binnen.",
  "1ste januari 2010 is hij geboren.",
  "Na de geboorte op 3 maart werd het gezin aangemeld.",
  "De Jeugdwet geldt sinds 1 januari 2015.",
  "Op 3 mrt '98 ging het mis thuis.",
  "geboren op 3 mrt 98",
  "Zoon (05-06-2014) heeft autisme.",
  "Het jongste kind is van 2 juli 2019.",
  "Geboren te Utrecht op 4 november 2008.",
  "Ze is op 14-02-'09 geboren.",
  "Zijn geboortedatum 3 maart 2015 klopt niet in het systeem.",
  "Sinds 1 september 2020 zit hij op het speciaal onderwijs.",
  "geb 12/3/15",
  "Op 4 mei 2012 werd ze geboren, in Zwolle.",
  "Date of birth: 12 March 2014",
  "Hij is van 23-07-2012.",
];

const PHONE: string[] = [
  "Bel moeder op 06-12345678 voor de afspraak.",
  "06 1234 5678",
  "0612345678",
  "06 12 34 56 78",
  "06-12-34-56-78",
  "+31 6 12345678",
  "+31612345678",
  "+31 (0)6 12345678",
  "0031612345678",
  "010-1234567",
  "0201234567",
  "(010) 123 45 67",
  "+31 20 123 4567",
  "tel.: 020 - 123 45 67",
  "Vader is bereikbaar op 06/12345678.",
  "+ 31 6 12345678",
  "00 31 6 12345678",
  "0 20 123 45 67",
  "Oma belt vanaf ０６１２３４５６７８.",
  "Het nummer van oma: 06.12.34.56.78",
  "Bel +32 470 12 34 56, het Belgische nummer van vader.",
  "Zijn mobiel: 06 - 1234 5678.",
  "Via 0031 (0)20 1234567 bereik je de pleegmoeder.",
  "Moeder schreef +31 06 12345678 op het formulier.",
  "tel 030 123 4567",
  "Bel (06) 12345678 na vieren.",
  "mob. 0612 345 678",
  "Tante belt vanaf 0049 151 12345678.",
  "Jongere bereikbaar op 06\u00a012345678.",
  "Stiefvader: 0031-6-12345678",
  "Moeder heeft een nieuw nummer: 06 87654321.",
  "Telefoon opa 0513-123456",
  "Belgische oma: 0032 470 12 34 56",
  "+31 (0) 6 - 123 456 78",
];

const EMAIL: string[] = [
  "mail naar jan.jansen@example.nl",
  "j.de-vries+jeugd@gemeente.amsterdam",
  "ÉLISE@voorbeeld.be",
  "Moeder mailt via jan at example.nl.",
  "jan [at] example.nl",
  "jan(at)example.nl",
  "jan @ example.nl",
  "jan＠example.nl",
  "moeder {at} voorbeeld.nl",
  "vader[at]voorbeeld[dot]nl",
  "oma (at) voorbeeld (punt) nl",
  "jan apenstaartje example.nl",
  "Stuur het naar m.bakker AT hotmail.com",
  "jeugd-team@wijk-noord.nl stuurde het verslag door.",
  "Mail: p.devries@ziggo.nl voor de stukken.",
  "Het adres van de jongere is sanne2010@gmail.com.",
  "Pleegouders: fam.jansen@kpnmail.nl",
  "Vader schreef kevin_b @hotmail.com op.",
  "Jan.Jansen@Voorbeeld.NL",
  "Zijn adres: pietje1985 at gmail dot com",
  "m.janssen＠ziggo．nl",
  "Stuur het naar jan.jansen(a)example.nl.",
];

const REFUSED: [PersonalDataKind, string][] = [
  ...BSN.map((text): [PersonalDataKind, string] => ["bsn", text]),
  ...BIRTHDATE.map((text): [PersonalDataKind, string] => ["birthdate", text]),
  ...PHONE.map((text): [PersonalDataKind, string] => ["phone", text]),
  ...EMAIL.map((text): [PersonalDataKind, string] => ["email", text]),
];

const HARMLESS: string[] = [
  // Planning: future dates and dates of the last four weeks.
  "Op 9 december 2026 bespreek ik dit met mijn team.",
  "15-12-2026 evalueren we het plan.",
  "meeting 2026-12-01 10:00",
  "Deadline: 2026-12-15T17:00",
  "We evalueren op 15 december 2026 met de jongere en zijn ouders.",
  "Volgende bijeenkomst: dinsdag 9 december om 14:00 uur.",
  "Op 3 maart start de nieuwe groep.",
  "Vorige week, op 20 november 2026, spraken we de ouders.",
  "De intake was op 10-11-2026.",
  "Het rapport verscheen op 9 november 2026.",
  "Terugkijken doen we op 01-12-2026 en 15-01-2027.",
  "Volgend jaar, op 1 januari 2027, gaat de nieuwe werkwijze in.",
  "Start 1-12-2026, einde 31-12-2026.",
  "Ik plan een gesprek op 3-12-26.",
  "We zien elkaar op 9-12 en 16-12.",
  "Schoolvakantie van 20/12 tot 4/1.",
  "Onze minderjarige cliënten krijgen op 12 januari 2027 een nieuw plan.",
  "Om 10.00 uur op 2026-12-01 start de intervisie.",
  "Evaluatie in de week van 7 dec. 2026.",
  "In week 49 van 2026 plannen we de evaluatie.",
  // Years, months and periods.
  "In 2023 zijn we gestart met de leercirkel.",
  "In maart 2024 deden 1.250 deelnemers mee.",
  "Hij zit sinds januari 2025 op de wachtlijst.",
  "Schooljaar 2023/2024 en 2024-2025.",
  "Tussen 2015 en 2020 verdubbelde het aantal meldingen.",
  "Jaarverslag 2025, blz. 12-13.",
  // Amounts and counts.
  "Het budget is 123.456.782 euro.",
  "€ 111.222.333 subsidie",
  "EUR 123.456.782 begroot voor de regio.",
  "Het project kost € 1.234.567,00 per jaar.",
  "De begroting: 987.654.305,- voor drie jaar.",
  "Budget 2026: €111.222.333.",
  "We hebben 250.000 euro subsidie en 1.250 deelnemers.",
  "De gemeente telt 123.456 inwoners.",
  "Nederland heeft 17.942.942 inwoners.",
  "We bespraken het 06 keer in het team.",
  "Wij bereiken 12.000 jongeren per jaar.",
  "In 2025 kwamen 1.234 gezinnen op de wachtlijst.",
  "Aantal meldingen: 1.234.567.",
  "Het dossier telt 350 pagina's.",
  "Ons roosternummer is 123456789.",
  "Kamerstuk 31839-123 over de jeugdzorg.",
  // Postcodes, ages, scores and other numbers.
  "Postcode 6821 AB, wijkteam Arnhem-Noord.",
  "Postcodegebied 1000-1099 valt onder Amsterdam.",
  "De jongere is 15 jaar en zit in groep 8.",
  "Jongeren van 12-18 jaar, en kinderen van 0-6 jaar.",
  "Dit is stap 3 van 5.",
  "Zie paragraaf 3.1.12 en hoofdstuk 4.2 van de Jeugdwet 2015.",
  "Webinar 3 van 2024: 45 minuten, 120 deelnemers, score 4,2 op 5.",
  "Versie 1.2.3 van het werkboek, pagina 12-14.",
  "Een score van 0 tot 10; 8/10 deelnemers deed mee.",
  "75% van de deelnemers vond het nuttig; 1 op de 10 jongeren.",
  "Bijeenkomst 1 t/m 4, elke 2 weken, 1,5 uur per keer.",
  "Om 09:30 start de intervisie, tot 11.00 uur.",
  "Telefonisch spreekuur: 9.00-12.00.",
  "Artikel 7:456 BW en artikel 1.3 Jeugdwet.",
  "De wachtlijst ging van 120 naar 45 dagen.",
  "Tel de stappen: 0 1 2 3 4 5 6 7 8 9.",
  "De jongeren scoorden gemiddeld 7,5 op 10.",
  // Service and company numbers, and e-mail talk without an address.
  "Bel bij nood 112 of de Kindertelefoon 0800-0432.",
  "Veilig Thuis is bereikbaar op 0800-2000.",
  "Bel het wijkteam via 088-1234567.",
  "@Jeugdzorg op sociale media",
  "a @ b",
  "Ik kijk op www.nji.nl voor de richtlijn.",
  "Mail de mentor via de schoolapp, niet privé.",
  // Birth words without a date, and a birthday without a day.
  "De verjaardag van ons wijkteam vieren we in mei.",
  "Ze is jarig, we trakteren in de groep.",
  "Hij is geboren in 2012 en woont bij zijn moeder.",
  "Zie bijlage (a) en (b) van het plan.",
  "Na de geboorte van haar broertje ging het minder goed.",
];

describe("findPersonalData refuses client data", () => {
  it("has at least 150 refused and 60 harmless examples", () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(150);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(REFUSED)("%s in %j", (kind, text) => {
    expect(findPersonalData(text, NOW)).toEqual([kind]);
  });
});

describe("findPersonalData lets ordinary work text through", () => {
  it.each(HARMLESS)("%j", (text) => {
    expect(findPersonalData(text, NOW)).toEqual([]);
  });
});

describe("findPersonalData and the day it is written", () => {
  const plan = "Op 9 december 2026 bespreek ik dit met mijn team.";

  it("reads a date as a plan while it is ahead or recent, and as a birth date long after", () => {
    expect(findPersonalData(plan, new Date("2026-12-09T12:00:00Z"))).toEqual([]);
    expect(findPersonalData(plan, new Date("2027-01-06T12:00:00Z"))).toEqual([]);
    expect(findPersonalData(plan, new Date("2027-01-07T12:00:00Z"))).toEqual(["birthdate"]);
  });

  it("reads a two-digit year in the century that puts it at most 20 years ahead", () => {
    expect(findPersonalData("Ik plan een gesprek op 3-12-46.", NOW)).toEqual([]);
    expect(findPersonalData("Ik plan een gesprek op 3-12-47.", NOW)).toEqual(["birthdate"]);
  });

  it("refuses any date next to a birth word, also one ahead", () => {
    expect(findPersonalData("Op 9 december 2026 bespreek ik het met mijn team.", NOW)).toEqual([]);
    expect(findPersonalData("Op 9 december 2026 is hij jarig.", NOW)).toEqual(["birthdate"]);
  });

  it("does not carry a birth word over into the next sentence", () => {
    expect(findPersonalData("Ze is geboren in Utrecht. Op 9 december 2026 zien we haar.", NOW)).toEqual([]);
  });
});

describe("findPersonalData: combinations and edge cases", () => {
  it("returns distinct kinds in a stable order", () => {
    const text = "Mail a@b.nl, bel 0612345678 of 0201234567, BSN 111222333, geboren 3 maart 2015, a@c.nl";
    expect(findPersonalData(text, NOW)).toEqual(["bsn", "birthdate", "phone", "email"]);
  });

  it("does not read a phone number's digits as a BSN", () => {
    // The last eight digits of this number pass the elfproef when padded.
    expect(isValidBsn("12345672")).toBe(true);
    expect(findPersonalData("+31 6 12345672", NOW)).toEqual(["phone"]);
  });

  it("tells a BSN from an amount only by what stands next to it", () => {
    expect(findPersonalData("123.456.782 euro", NOW)).toEqual([]);
    expect(findPersonalData("123.456.782", NOW)).toEqual(["bsn"]);
    expect(findPersonalData("123.456.789", NOW)).toEqual([]);
  });

  it.each(["31-02-2015", "29-02-2015", "32-01-2015", "12-13-2015", "31 april 2015", "01-01-1850", "12.10.15", "paragraaf 2.3.14"])(
    "does not take %j for a date",
    (text) => {
      expect(findPersonalData(text, NOW)).toEqual([]);
    },
  );

  it.each(["0800-0432", "06-1234567", "061234567890", "0000000000", "1234567820", "3,111222333", "111222334"])(
    "does not take %j for a phone number or a BSN",
    (text) => {
      expect(findPersonalData(text, NOW)).toEqual([]);
    },
  );
});

describe("findPersonalData on long input", () => {
  // Would take many seconds (and hit the test timeout) if a pattern backtracked quadratically.
  it.each(["a", "0-", "0 ", "1.", "x@a.", "12 ", "a at ", "3 maart "])(
    "stays linear on a long run of %j",
    (unit) => {
      expect(findPersonalData(unit.repeat(50_000), NOW)).toEqual([]);
    },
    5_000,
  );
});

describe("isValidBsn (elfproef)", () => {
  it.each(["111222333", "123456782", "987654305", "12345672"])("accepts %s", (digits) => {
    expect(isValidBsn(digits)).toBe(true);
  });

  it.each(["123456789", "111222334", "000000000", "12345678a"])("rejects %s", (digits) => {
    expect(isValidBsn(digits)).toBe(false);
  });
});

describe("personalDataMessage", () => {
  it("names the kind and says how to write a date instead", () => {
    expect(personalDataMessage(["birthdate"], NOW)).toBe(
      "Je tekst lijkt een geboortedatum te bevatten. Schrijf een datum van een afspraak zo: 13 december 2026. " +
        "Bij iets van langer geleden zijn maand en jaar genoeg, zoals maart 2024. Schrijf nooit de geboortedatum van een kind.",
    );
  });

  it("lists several kinds in the stable order, each with its own advice", () => {
    const message = personalDataMessage(["email", "bsn", "phone"], NOW);
    expect(message).toMatch(/^Je tekst lijkt een burgerservicenummer \(BSN\), een telefoonnummer en een e-mailadres te bevatten\. /);
    for (const kind of ["bsn", "phone", "email"] as const) expect(message).toContain(nl.privacy.howTo[kind]);
  });

  it("falls back to a general sentence when no kind is given", () => {
    expect(personalDataMessage([], NOW)).toBe("Je tekst lijkt persoonsgegevens te bevatten. Haal persoonsgegevens van cliënten weg en probeer het opnieuw.");
  });
});
