/**
 * Words newcomers type for the same thing, in either official language. A query that contains
 * any entry of a group also looks for every other entry of that group, so "health card" finds the
 * OHIP step and "NAS" the SIN step whatever the UI language. Entries are written as people type
 * them; they go through the same normalisation as the index (case, accents, stop words), so
 * "numéro d’assurance sociale" and "numero assurance sociale" are the same entry.
 *
 * Keep groups narrow: every entry of a group is searched as soon as one is typed, so a broad
 * word ("service", "card") in a group would pull in half the catalogue.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Health
  [
    'OHIP',
    'health card',
    'Ontario health card',
    'health insurance',
    'Ontario Health Insurance Plan',
    'carte santé',
    'assurance-santé',
    'assurance-maladie',
    'RAMO',
  ],
  ['Health811', 'Santé811', '811', 'Telehealth', 'Télésanté'],
  ['IFHP', 'PFSI', 'Interim Federal Health Program', 'Programme fédéral de santé intérimaire'],
  ['family doctor', 'family physician', 'GP', 'médecin de famille', 'Health Care Connect', 'Accès Soins'],
  ['vaccination', 'vaccinations', 'immunization', 'immunisation', 'vaccine', 'vaccines', 'vaccin', 'vaccins'],
  // Status and documents
  ['SIN', 'social insurance number', 'NAS', 'numéro d’assurance sociale'],
  ['PR card', 'permanent resident card', 'PRC', 'carte RP', 'carte de résident permanent'],
  ['PR', 'permanent resident', 'permanent residence', 'RP', 'résident permanent', 'résidence permanente'],
  ['passport', 'passports', 'passeport', 'passeports'],
  ['IRCC', 'CIC', 'Immigration Canada', 'Immigration, Refugees and Citizenship Canada', 'Immigration, Réfugiés et Citoyenneté Canada'],
  ['CBSA', 'ASFC', 'Canada Border Services Agency', 'Agence des services frontaliers du Canada', 'customs', 'douanes'],
  ['ECA', 'EDE', 'WES', 'educational credential assessment', 'credential assessment', 'évaluation des diplômes'],
  // Language
  [
    'LINC',
    'CLIC',
    'language classes',
    'language class',
    'language courses',
    'English classes',
    'French classes',
    'ESL',
    'FSL',
    'cours de langue',
    'cours de langues',
    'cours d’anglais',
    'cours de français',
  ],
  ['language assessment', 'language test', 'CLB', 'NCLC', 'Canadian Language Benchmarks', 'évaluation linguistique'],
  // Driving and transit
  ['driver’s licence', 'driver’s license', 'driving licence', 'driving license', 'permis de conduire'],
  ['G1', 'G2', 'licence test', 'license test', 'driving test', 'knowledge test', 'road test', 'examen des connaissances', 'examen sur route'],
  ['DriveTest', 'Test au volant'],
  ['photo card', 'photo ID', 'carte-photo', 'pièce d’identité avec photo'],
  ['PRESTO', 'transit pass', 'bus pass', 'laissez-passer'],
  ['bus', 'buses', 'autobus', 'transit', 'transport en commun'],
  // Money and taxes
  [
    'CRA',
    'ARC',
    'Canada Revenue Agency',
    'Agence du revenu du Canada',
    'tax',
    'taxes',
    'tax return',
    'income tax',
    'impôt',
    'impôts',
    'déclaration de revenus',
  ],
  ['GST', 'TPS'],
  ['HST', 'TVH'],
  ['Canada Child Benefit', 'CCB', 'child benefit', 'Allocation canadienne pour enfants', 'ACE'],
  ['Ontario Trillium Benefit', 'OTB', 'Prestation Trillium de l’Ontario', 'PTO'],
  ['bank account', 'chequing account', 'compte bancaire', 'compte chèques'],
  // Family, housing, work
  ['child care', 'childcare', 'daycare', 'garderie', 'garde d’enfants', 'services de garde'],
  ['rent', 'loyer'],
  ['tenant', 'tenants', 'locataire', 'locataires'],
  ['landlord', 'landlords', 'propriétaire', 'propriétaires'],
  ['job', 'jobs', 'emploi', 'emplois'],
  ['minimum wage', 'salaire minimum'],
  ['settlement agency', 'settlement services', 'newcomer services', 'immigrant services', 'organisme d’établissement', 'services d’établissement'],
  // Help lines and offices
  ['211', 'Ontario 211', '211 Ontario'],
  ['911', 'emergency number', 'numéro d’urgence'],
  ['library card', 'carte de bibliothèque'],
];

/**
 * One-way rewrites: spellings people type for a name written otherwise in the content. They are
 * not groups because the reverse would hurt: "ServiceOntario" must not also look for every text
 * that contains "service" and "Ontario".
 */
export const QUERY_REWRITES: Readonly<Record<string, string>> = {
  'service ontario': 'ServiceOntario',
  // "day care" as two words would also find "24 hours a day … care".
  'day care': 'daycare',
  'health 811': 'Health811',
  'santé 811': 'Santé811',
  'drive test': 'DriveTest',
};
