import { describe, expect, it } from "vitest";
import {
  PERSONAL_DATA_KINDS_NL,
  findPersonalData,
  isValidBsn,
  personalDataMessage,
} from "../../app/lib/personal-data";

describe("isValidBsn (elfproef)", () => {
  it.each(["111222333", "123456782", "987654305", "12345672"])("accepts %s", (digits) => {
    expect(isValidBsn(digits)).toBe(true);
  });

  it.each(["123456789", "111222334", "000000000", "12345678a"])("rejects %s", (digits) => {
    expect(isValidBsn(digits)).toBe(false);
  });
});

describe("findPersonalData: bsn", () => {
  it.each([
    "BSN 111222333",
    "bsn: 123456782.",
    "Burgerservicenummer 123.456.782",
    "nummer 123 456 782 van de jongere",
    "111.222.333",
    "sofinummer 012345672", // padded 8-digit BSN
    "sofinummer 12345672",
  ])("finds a BSN in %j", (text) => {
    expect(findPersonalData(text)).toEqual(["bsn"]);
  });

  it.each([
    "dossier 123456789",
    "123.456.789",
    "123 456 789",
    "111222334",
    "000000000",
    "1234567820", // ten digits is no BSN
    "€ 111.222.333 subsidie",
    "3,111222333",
  ])("does not flag %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("findPersonalData: birthdate", () => {
  it.each([
    "geboren 03-03-2015",
    "geb. 3/3/2015",
    "geboortedatum: 12.10.2010",
    "op 3-3-15 was er een incident",
    "29-02-2016",
    "datum 2015-03-12",
    "geboren 3 maart 2015",
    "geb. 12 okt. 2010",
    "12 Oktober 2010",
    "1 jan 2001",
    "29 februari 2016",
    "3 mrt. '15",
    "periode 10/12/2020-15/12/2020",
  ])("finds a date in %j", (text) => {
    expect(findPersonalData(text)).toEqual(["birthdate"]);
  });

  it.each([
    "31-02-2015",
    "29-02-2015",
    "32-01-2015",
    "12-13-2015",
    "31 april 2015",
    "3 maart",
    "in maart 2015",
    "2015",
    "paragraaf 2.3.14",
    "12.10.15",
    "01-01-1850",
    "schooljaar 2023-2024",
  ])("does not flag %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("findPersonalData: phone", () => {
  it.each([
    "bel 06-12345678",
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
  ])("finds a phone number in %j", (text) => {
    expect(findPersonalData(text)).toEqual(["phone"]);
  });

  it.each([
    "bel 112",
    "0800-0432",
    "06-1234567",
    "061234567890",
    "van 0 tot 18 jaar",
    "schaal 0 1 2 3 4 5 6 7 8 9",
    "0000000000",
    "IBAN NL91ABNA0417164300",
  ])("does not flag %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("findPersonalData: email", () => {
  it.each(["mail naar jan.jansen@example.nl", "j.de-vries+jeugd@gemeente.amsterdam", "ÉLISE@voorbeeld.be"])(
    "finds an e-mail address in %j",
    (text) => {
      expect(findPersonalData(text)).toEqual(["email"]);
    },
  );

  it.each(["@Jeugdzorg op sociale media", "naam@", "a @ b"])("does not flag %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("findPersonalData: combinations and ordinary text", () => {
  it("returns distinct kinds in a stable order", () => {
    const text = "Mail a@b.nl, bel 0612345678 of 0201234567, BSN 111222333, geboren 3 maart 2015, a@c.nl";
    expect(findPersonalData(text)).toEqual(["bsn", "birthdate", "phone", "email"]);
  });

  it("does not read a phone number's digits as a BSN", () => {
    // The last eight digits of this number pass the elfproef when padded.
    expect(isValidBsn("12345672")).toBe(true);
    expect(findPersonalData("+31 6 12345672")).toEqual(["phone"]);
  });

  it.each([
    "In 2023 zijn we gestart met de leercirkel.",
    "Dit is stap 3 van 5.",
    "De module duurt 30 minuten, daarna 2 x 15 minuten oefenen.",
    "75% van de deelnemers vond het nuttig; 1 op de 10 jongeren.",
    "Jongeren van 12-18 jaar, en kinderen van 0-6 jaar.",
    "Bijeenkomst 1 t/m 4, elke 2 weken, 1,5 uur per keer.",
    "Zie paragraaf 3.1.12 en hoofdstuk 4.2 van de Jeugdwet 2015.",
    "Schooljaar 2023/2024 en 2024-2025.",
    "We hebben 250.000 euro subsidie en 1.250 deelnemers.",
    "Webinar 3 van 2024: 45 minuten, 120 deelnemers, score 4,2 op 5.",
    "Bel bij nood 112 of de Kindertelefoon 0800-0432.",
    "Module 7 (8 lessen, ongeveer 90 min) in maart 2024.",
    "Versie 1.2.3 van het werkboek, pagina 12-14.",
    "Een score van 0 tot 10; 8/10 deelnemers deed mee.",
  ])("passes clean: %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe("findPersonalData on long input", () => {
  // Would take many seconds (and hit the test timeout) if a pattern backtracked quadratically.
  it.each(["a", "0-", "0 ", "1.", "x@a."])(
    "stays linear on a long run of %j",
    (unit) => {
      expect(findPersonalData(unit.repeat(100_000))).toEqual([]);
    },
    3_000,
  );
});

describe("personalDataMessage", () => {
  it("names each kind found", () => {
    expect(personalDataMessage(["bsn", "phone"])).toBe(
      "Je tekst lijkt een burgerservicenummer (BSN) en een telefoonnummer te bevatten. " +
        "Haal persoonsgegevens van cliënten weg en probeer het opnieuw.",
    );
  });

  it("lists three or more kinds with commas and 'en', in the stable order", () => {
    const message = personalDataMessage(["email", "bsn", "birthdate", "phone"]);
    expect(message).toContain(
      "een burgerservicenummer (BSN), een geboortedatum, een telefoonnummer en een e-mailadres te bevatten",
    );
    for (const name of Object.values(PERSONAL_DATA_KINDS_NL)) expect(message).toContain(name);
  });

  it("names a single kind", () => {
    expect(personalDataMessage(["email"])).toMatch(/^Je tekst lijkt een e-mailadres te bevatten\./);
  });

  it("falls back to a general sentence when no kind is given", () => {
    expect(personalDataMessage([])).toMatch(/^Je tekst lijkt persoonsgegevens te bevatten\./);
  });
});
