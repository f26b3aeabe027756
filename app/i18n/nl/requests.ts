// Pages the HTTP server answers itself, before Remix: refused requests and unexpected errors.
export const requestsText = {
  requests: {
    tooLargeTitle: "Te veel gegevens",
    tooLarge: "Je stuurde meer gegevens dan Leercirkel aanneemt. Maak je tekst korter en probeer het opnieuw.",
    lengthRequiredTitle: "Verzoek niet aangenomen",
    lengthRequired: "Je browser stuurde dit formulier op een manier die Leercirkel niet aanneemt. Ververs de pagina en probeer het opnieuw.",
    badRequestTitle: "Verzoek niet begrepen",
    badRequest: "Leercirkel begreep dit verzoek niet. Controleer het adres of ga naar de startpagina.",
    serverTitle: "Er ging iets mis",
    server: "Er ging iets mis aan onze kant. Probeer het later opnieuw. Blijft het misgaan? Neem contact op met de beheerder.",
    backHome: "Naar de startpagina",
  },
} as const;
