// Interface text for the personal-data guard: what it found, and how to write it instead.
export const privacyText = {
  privacy: {
    kinds: {
      bsn: "een burgerservicenummer (BSN)",
      birthdate: "een geboortedatum",
      phone: "een telefoonnummer",
      email: "een e-mailadres",
    },
    somethingPersonal: "persoonsgegevens",
    and: "en",
    found: (what: string) => `Je tekst lijkt ${what} te bevatten.`,
    // One tip per kind: what to write instead. The example day is a date in the near future.
    howTo: {
      bsn: "Schrijf nooit een BSN of een ander nummer van een cliënt. Is het een bedrag? Zet er euro bij, zoals 123.456 euro.",
      birthdate: (exampleDay: string) =>
        `Schrijf een datum van een afspraak zo: ${exampleDay}. Bij iets van langer geleden zijn maand en jaar genoeg, zoals maart 2024. Schrijf nooit de geboortedatum van een kind.`,
      phone: "Schrijf geen telefoonnummer van een cliënt. Noem wie je belt, zoals: ik bel de moeder.",
      email: "Schrijf geen e-mailadres. Noem wie je mailt, zoals: ik mail de mentor.",
    },
    removeAndRetry: "Haal persoonsgegevens van cliënten weg en probeer het opnieuw.",
  },
} as const;
