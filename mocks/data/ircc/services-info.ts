/**
 * Our own stand-in for IRCC's `services-info.js`, in its real shape: a script, not JSON, with
 * a header comment, `var ServicesData = [ … ];`, unquoted keys, comments, trailing commas and a
 * single-quoted entry. The agencies, addresses and numbers are invented (555 numbers). Awkward
 * entries on purpose, one quirk each, as the real file has them:
 * - [1] coordinates as strings; French only by flag (`Franco: "yes"`)
 * - [2] coordinates swapped; postal code without its space; a phone number with an extension
 * - [3] French fields holding the English text; an unknown flag (`Housing_help`); `"YES"`
 * - [4] coordinates zero (rejected)
 * - [5] "Sudbury" for the municipality of Greater Sudbury; phone then fax in one field
 * - [6] and [7] outside Ontario (skipped)
 * - [8] no postal code (rejected)
 * - [9] two phone numbers with "or"; the misspelt `Citzenship_test_prep`; a city no option names
 * - [10] a second office of the agency in [2], same city
 * - [11] the office in [0] listed twice (rejected)
 * - [12] no name in `Type` (rejected)
 * - [13] single-quoted strings; latitude as a string, longitude as a number
 *
 * Kept as a TypeScript module exporting the script's text, because the MSW handlers run under
 * Vite (the dev worker), Vitest and plain Node (tsx, the preview server), and only a module
 * import works in all three (`?raw` is Vite's, `fs` is Node's).
 */
export const servicesInfoScript = String.raw`/*
 * Newcomer services data file. Do not edit by hand: generated from the service provider list.
 * Last generated 2026-11-02.
 */
var ServicesData = [
  {
    Type: {en: "Capital Newcomer Welcome Centre", fr: "Centre d'accueil des nouveaux arrivants de la capitale"},
    City: {en: "Ottawa", fr: "Ottawa"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "151 Slater Street, Suite 400, Ottawa, ON K1P 5H3", fr: "151, rue Slater, bureau 400, Ottawa (Ontario) K1P 5H3"},
    Telephone: {en: "613-555-0142 / 1-888-555-0199", fr: "613-555-0142 / 1-888-555-0199"},
    Email: {en: "info@capitalwelcome.example", fr: "info@capitalwelcome.example"},
    Note: {en: "Wheelchair accessible entrance on Slater Street.", fr: "Entrée accessible en fauteuil roulant rue Slater."},
    Coordinates: {Latitude: 45.4203, Longitude: -75.6972},
    Services: {
      General: "yes",
      Needs_assets_referrals: "Yes",
      Lang_assess: "yes",
      Lang_training: "no",
      Job_search: "",
      Franco: "no",
      Women: "no",
      Youth: "no",
      LGBTQ2: "no",
    },
  },
  {
    Type: {en: "Carrefour francophone de l'Est", fr: "Carrefour francophone de l'Est"},
    City: {en: "Ottawa", fr: "Ottawa"},
    Province: {en: "Ontario", fr: "Ontario"},
    Address: {en: "290 Dupuis Street, Ottawa, Ontario K1L 1A2", fr: "290, rue Dupuis, Ottawa (Ontario) K1L 1A2"},
    Telephone: {en: "613-555-0163", fr: "613-555-0163"},
    Email: {en: "accueil@carrefourest.example", fr: "accueil@carrefourest.example"},
    Note: {en: "Appointments preferred.", fr: "Rendez-vous de préférence."},
    Coordinates: {Latitude: "45.4312", Longitude: "-75.6801"},
    Services: {General: "yes", Lang_training: "Yes", Franco: "yes", Help_gar: "no", Youth: "yes"},
  },
  {
    Type: {en: "Toronto Settlement Partners", fr: "Partenaires d'établissement de Toronto"},
    City: {en: "Toronto", fr: "Toronto"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "489 College Street, Unit 200, Toronto ON M6G1A5", fr: "489, rue College, unité 200, Toronto ON M6G1A5"},
    Telephone: {en: "(416) 555-0123 ext. 204", fr: "(416) 555-0123 poste 204"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    // Swapped at source: the longitude is in Latitude.
    Coordinates: {Latitude: -79.4107, Longitude: 43.6555},
    Services: {Job_search: "yes", Help_professions: "yes", Women: "yes", Job_lang_training: "yes"},
  },
  {
    Type: {en: "North York Family Resource Hub", fr: "North York Family Resource Hub"},
    City: {en: "Toronto", fr: "Toronto"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "5095 Yonge Street, 3rd floor, Toronto, ON M2N 6Z4", fr: "5095 Yonge Street, 3rd floor, Toronto, ON M2N 6Z4"},
    Telephone: {en: "416-555-0188", fr: "416-555-0188"},
    Email: {en: "hello@nyhub.example", fr: "hello@nyhub.example"},
    Note: {en: "Elevator access to the 3rd floor.", fr: "Elevator access to the 3rd floor."},
    Coordinates: {Latitude: 43.7676, Longitude: -79.4127},
    Services: {Youth: "YES", LGBTQ2: "yes", Housing_help: "yes", Lang_assess: "no"},
  },
  {
    Type: {en: "Hamilton Immigrant Support Network", fr: "Réseau de soutien aux immigrants de Hamilton"},
    City: {en: "Hamilton", fr: "Hamilton"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "8 James Street North, Hamilton, ON L8R 2J9", fr: "8, rue James Nord, Hamilton (Ontario) L8R 2J9"},
    Telephone: {en: "905-555-0111", fr: "905-555-0111"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 0, Longitude: 0},
    Services: {General: "yes", Lang_assess: "yes"},
  },
  {
    Type: {en: "Sudbury Multicultural Welcome Centre", fr: "Centre multiculturel d'accueil de Sudbury"},
    City: {en: "Sudbury", fr: "Sudbury"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "110 Elm Street, Sudbury, Ontario P3C 1T5", fr: "110, rue Elm, Sudbury (Ontario) P3C 1T5"},
    Telephone: {en: "Tel: 705-555-0177, Fax: 705-555-0178", fr: "Tél. : 705-555-0177, téléc. : 705-555-0178"},
    Email: {en: "welcome@sudburymwc.example", fr: "welcome@sudburymwc.example"},
    Note: {en: "Ramp at the side door; call ahead for the lift.", fr: "Rampe à la porte latérale; appelez pour l'ascenseur."},
    Coordinates: {Latitude: 46.4917, Longitude: -80.993},
    Services: {Help_gar: "yes", Seniors: "yes", Volunteer: "yes", Franco: "Yes"},
  },
  {
    Type: {en: "Pacific Newcomer Hub", fr: "Carrefour des nouveaux arrivants du Pacifique"},
    City: {en: "Vancouver", fr: "Vancouver"},
    Province: {en: "BC", fr: "C.-B."},
    Address: {en: "333 Terminal Avenue, Vancouver, BC V6A 4C1", fr: "333, avenue Terminal, Vancouver (C.-B.) V6A 4C1"},
    Telephone: {en: "604-555-0100", fr: "604-555-0100"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 49.2727, Longitude: -123.0955},
    Services: {General: "yes"},
  },
  {
    Type: {en: "Outaouais Welcome Services", fr: "Services d'accueil de l'Outaouais"},
    City: {en: "Gatineau", fr: "Gatineau"},
    Province: {en: "Quebec", fr: "Québec"},
    Address: {en: "25 Laurier Street, Gatineau, QC J8X 4C8", fr: "25, rue Laurier, Gatineau (Québec) J8X 4C8"},
    Telephone: {en: "819-555-0150", fr: "819-555-0150"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 45.4289, Longitude: -75.7134},
    Services: {Franco: "yes", General: "yes"},
  },
  {
    Type: {en: "Waterloo Region Welcome Place", fr: "Waterloo Region Welcome Place"},
    City: {en: "Kitchener", fr: "Kitchener"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "67 King Street East, Kitchener", fr: "67 King Street East, Kitchener"},
    Telephone: {en: "519-555-0133", fr: "519-555-0133"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 43.4516, Longitude: -80.4925},
    Services: {General: "yes"},
  },
  {
    Type: {en: "Peel Language and Citizenship Centre", fr: "Centre de langues et de citoyenneté de Peel"},
    City: {en: "Mississauga", fr: "Mississauga"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "90 Burnhamthorpe Road West, Suite 1100, Mississauga, ON L5B 3C3", fr: "90, chemin Burnhamthorpe Ouest, bureau 1100, Mississauga (Ontario) L5B 3C3"},
    Telephone: {en: "905.555.0160 or 1-877-555-0161", fr: "905.555.0160 ou 1-877-555-0161"},
    Email: {en: "", fr: ""},
    Note: {en: "Free parking behind the building.", fr: "Stationnement gratuit derrière l'immeuble."},
    Coordinates: {Latitude: 43.5931, Longitude: -79.6418},
    Services: {Lang_assess: "yes", Citzenship_test_prep: "yes", Online_services: "yes", EngFra: "no"},
  },
  {
    Type: {en: "Toronto Settlement Partners", fr: "Partenaires d'établissement de Toronto"},
    City: {en: "Toronto", fr: "Toronto"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "2 Lansing Square, Toronto, ON M2J 4P8", fr: "2, square Lansing, Toronto (Ontario) M2J 4P8"},
    Telephone: {en: "416-555-0124", fr: "416-555-0124"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 43.7749, Longitude: -79.3338},
    Services: {Job_search: "yes", Lang_training: "yes",},
  },
  // Listed twice in the source list.
  {
    Type: {en: "Capital Newcomer Welcome Centre", fr: "Centre d'accueil des nouveaux arrivants de la capitale"},
    City: {en: "Ottawa", fr: "Ottawa"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "151 Slater Street, Suite 400, Ottawa, ON K1P 5H3", fr: "151, rue Slater, bureau 400, Ottawa (Ontario) K1P 5H3"},
    Telephone: {en: "613-555-0142", fr: "613-555-0142"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 45.4203, Longitude: -75.6972},
    Services: {General: "yes"},
  },
  {
    Type: {en: "", fr: ""},
    City: {en: "London", fr: "London"},
    Province: {en: "ON", fr: "ON"},
    Address: {en: "505 Dundas Street, London, ON N6B 1W4", fr: "505, rue Dundas, London (Ontario) N6B 1W4"},
    Telephone: {en: "519-555-0199", fr: "519-555-0199"},
    Email: {en: "", fr: ""},
    Note: {en: "", fr: ""},
    Coordinates: {Latitude: 42.9849, Longitude: -81.2453},
    Services: {General: "yes"},
  },
  {
    Type: {en: 'Forest City Newcomer Centre', fr: 'Centre des nouveaux arrivants Forest City'},
    City: {en: 'London', fr: 'London'},
    Province: {en: 'ON', fr: 'ON'},
    Address: {en: '215 Horton Street East, London, ON N6B 1K8', fr: '215, rue Horton Est, London (Ontario) N6B 1K8'},
    Telephone: {en: 'TBD', fr: 'À venir'},
    Email: {en: '', fr: ''},
    Note: {en: '', fr: ''},
    Coordinates: {Latitude: '42.9806', Longitude: -81.2497},
    Services: {Lang_training: 'yes', Children: 'yes'},
  },
];
`;
