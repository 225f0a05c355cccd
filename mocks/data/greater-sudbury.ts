import type { FeedInput } from '../../src/content/feed';
import type { OfficeInput } from '../../src/content/office';

const cityOfGreaterSudbury = {
  jurisdiction: 'municipal',
  body: { en: 'City of Greater Sudbury', fr: 'Ville du Grand Sudbury' },
} as const;
const greaterSudburyPublicLibrary = {
  jurisdiction: 'municipal',
  body: { en: 'Greater Sudbury Public Library', fr: 'Bibliothèque publique du Grand Sudbury' },
} as const;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const libraryHours: NonNullable<OfficeInput['hours']> = [
  { days: ['mon', 'tue', 'wed', 'thu'], opens: '10:00', closes: '20:00' },
  { days: ['fri', 'sat'], opens: '10:00', closes: '17:00' },
];

export const greaterSudburyFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-03T13:30:00Z',
  publisher: {
    id: 'greater-sudbury',
    name: { en: 'City of Greater Sudbury', fr: 'Ville du Grand Sudbury' },
    jurisdiction: 'municipal',
    licence: {
      name: {
        en: 'City of Greater Sudbury Open Data Licence',
        fr: 'Licence de données ouvertes de la Ville du Grand Sudbury',
      },
      url: 'https://opendata.greatersudbury.ca/pages/open-data-policy',
    },
    attribution: {
      en: 'Contains information licensed under the City of Greater Sudbury Open Data Licence.',
      fr: 'Contient des renseignements visés par la Licence de données ouvertes de la Ville du Grand Sudbury.',
    },
    homepage: { en: 'https://www.greatersudbury.ca/', fr: 'https://www.grandsudbury.ca/' },
  },
  municipalities: [
    {
      id: 'greater-sudbury',
      name: { en: 'Greater Sudbury', fr: 'Grand Sudbury' },
      region: { en: 'Northern Ontario', fr: 'Nord de l’Ontario' },
      population: 166004,
      populationYear: 2021,
      frenchLanguageServices: true,
      portal: { en: 'https://www.greatersudbury.ca/live/immigration-and-newcomers/' },
      dateModified: '2026-07-21',
    },
  ],
  items: [
    {
      id: 'sudbury.transit',
      kind: 'task',
      title: {
        en: 'Ride GOVA Transit buses',
        fr: 'Prenez les autobus de GOVA Transit',
      },
      summary: {
        en: 'GOVA is Greater Sudbury’s bus service. New ways to pay, a mobile app and a reloadable card, arrived in 2026.',
        fr: 'GOVA est le service d’autobus du Grand Sudbury. De nouvelles façons de payer, une application mobile et une carte rechargeable, sont arrivées en 2026.',
      },
      body: {
        en: '<p>GOVA Transit runs the City’s buses, from downtown Sudbury to communities such as Chelmsford, Lively and Capreol. The name works in both languages: “go” and “va”.</p><p>In 2026, GOVA started moving away from paper ride cards. You can buy and keep your pass on your phone with the <strong>GOVA Pass</strong> app, or load fares on a reloadable GOVA Pass card. You can get help and buy fares at the Downtown Transit Centre, at library branches and at Citizen Service Centres.</p><p>When you pay, you can transfer to another bus within 90 minutes. Payment options and fares are changing. <strong>Check the official page</strong> before you ride.</p>',
        fr: '<p>GOVA Transit exploite les autobus de la Ville, du centre-ville de Sudbury jusqu’à des collectivités comme Chelmsford, Lively et Capreol. Le nom fonctionne dans les deux langues : « go » et « va ».</p><p>En 2026, GOVA a commencé à abandonner les cartes de déplacements en papier. Vous pouvez acheter et garder votre laissez-passer sur votre téléphone avec l’application <strong>Laissez-passer GOVA</strong>, ou charger vos tarifs sur une carte rechargeable Laissez-passer GOVA. Vous pouvez obtenir de l’aide et acheter vos tarifs au Centre de transport du centre-ville, dans les succursales de la bibliothèque et dans les Centres de services aux citoyens.</p><p>Après avoir payé, vous pouvez prendre un autre autobus dans un délai de 90 minutes. Les modes de paiement et les tarifs changent. <strong>Consultez la page officielle</strong> avant de voyager.</p>',
      },
      topics: ['driving-transportation'],
      stages: ['first-days'],
      responsible: {
        jurisdiction: 'municipal',
        body: { en: 'GOVA Transit (City of Greater Sudbury)', fr: 'GOVA Transit (Ville du Grand Sudbury)' },
      },
      partners: [greaterSudburyPublicLibrary],
      channels: [
        { type: 'online', url: { en: 'https://www.greatersudbury.ca/transit', fr: 'https://www.grandsudbury.ca/transit' } },
        {
          type: 'phone',
          phone: '705-675-3333',
          note: { en: 'GOVA Transit information line.', fr: 'Ligne d’information de GOVA Transit.' },
        },
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: {
            en: 'Library branches and Citizen Service Centres sell fares and help with the new GOVA Pass.',
            fr: 'Les succursales de la bibliothèque et les Centres de services aux citoyens vendent des tarifs et aident avec le nouveau Laissez-passer GOVA.',
          },
        },
      ],
      fees: {
        en: 'Reduced fares exist for some riders. Check the official page for today’s prices.',
        fr: 'Des tarifs réduits existent pour certains passagers. Consultez la page officielle pour connaître les prix actuels.',
      },
      verify: true,
      municipalities: ['greater-sudbury'],
      source: { en: 'https://www.greatersudbury.ca/transit', fr: 'https://www.grandsudbury.ca/transit' },
      dateModified: '2026-03-16',
      languages: ['en', 'fr'],
    },
    {
      id: 'sudbury.library-card',
      kind: 'task',
      title: {
        en: 'Get a free Greater Sudbury Public Library card',
        fr: 'Obtenez une carte gratuite de la Bibliothèque publique du Grand Sudbury',
      },
      summary: {
        en: 'Borrow books in English and French, use computers and the Makerspace, and even borrow sports equipment.',
        fr: 'Empruntez des livres en français et en anglais, utilisez les ordinateurs et le Makerspace, et empruntez même de l’équipement sportif.',
      },
      body: {
        en: '<p>The Greater Sudbury Public Library has 13 locations across the city. If you live in Greater Sudbury, your card is free.</p><p>To get a card, go to a branch with identification that shows your name and your address.</p><p>With your card, you can borrow books, movies and e-books in English and French. You can also borrow equipment such as snowshoes and fishing gear. The Main Library downtown has a Makerspace with 3D printers and sewing machines.</p>',
        fr: '<p>La Bibliothèque publique du Grand Sudbury compte 13 points de service dans la ville. Si vous habitez le Grand Sudbury, votre carte est gratuite.</p><p>Pour obtenir une carte, rendez-vous dans une succursale avec une pièce d’identité qui indique votre nom et votre adresse.</p><p>Avec votre carte, vous pouvez emprunter des livres, des films et des livres numériques en français et en anglais. Vous pouvez aussi emprunter de l’équipement comme des raquettes et du matériel de pêche. La bibliothèque principale, au centre-ville, a un Makerspace avec des imprimantes 3D et des machines à coudre.</p>',
      },
      topics: ['rights-community', 'language'],
      stages: ['first-weeks'],
      responsible: greaterSudburyPublicLibrary,
      channels: [
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: { en: 'Register at any branch.', fr: 'Inscrivez-vous dans n’importe quelle succursale.' },
        },
        { type: 'phone', phone: '705-673-1155' },
        { type: 'online', url: { en: 'https://www.sudburylibraries.ca/en/', fr: 'https://www.sudburylibraries.ca/fr/' } },
      ],
      fees: { en: 'Free for Greater Sudbury residents', fr: 'Gratuit pour les résidents du Grand Sudbury' },
      documents: [{ en: 'Identification with your name and address', fr: 'Une pièce d’identité avec votre nom et votre adresse' }],
      municipalities: ['greater-sudbury'],
      source: { en: 'https://www.sudburylibraries.ca/en/', fr: 'https://www.sudburylibraries.ca/fr/' },
      dateModified: '2025-09-08',
      languages: ['en', 'fr'],
    },
    {
      id: 'sudbury.recreation',
      kind: 'task',
      title: {
        en: 'Register for City leisure programs',
        fr: 'Inscrivez-vous aux programmes de loisirs de la Ville',
      },
      summary: {
        en: 'Swimming, skating, fitness, day camps and more. Register online, by calling 3-1-1 or at a Citizen Service Centre.',
        fr: 'Natation, patinage, conditionnement physique, camps de jour et plus encore. Inscrivez-vous en ligne, en composant le 3-1-1 ou dans un Centre de services aux citoyens.',
      },
      body: {
        en: '<p>The City of Greater Sudbury offers leisure programs for all ages in pools, arenas, fitness centres and parks. In summer, neighbourhood playgrounds and Camp Sudaca run day camps for children.</p><p>You can register:</p><ul><li>online</li><li>by calling 3-1-1 on weekdays</li><li>in person at a Citizen Service Centre</li></ul><p>If the fees are hard for your family to pay, call 3-1-1 and ask what help is available.</p>',
        fr: '<p>La Ville du Grand Sudbury offre des programmes de loisirs pour tous les âges dans ses piscines, ses arénas, ses centres de conditionnement physique et ses parcs. L’été, les terrains de jeux de quartier et le Camp Sudaca offrent des camps de jour pour les enfants.</p><p>Vous pouvez vous inscrire :</p><ul><li>en ligne</li><li>en composant le 3-1-1 en semaine</li><li>en personne dans un Centre de services aux citoyens</li></ul><p>Si les frais sont difficiles à payer pour votre famille, composez le 3-1-1 et demandez quelle aide est offerte.</p>',
      },
      topics: ['rights-community', 'children-family'],
      stages: ['first-months'],
      responsible: cityOfGreaterSudbury,
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.greatersudbury.ca/play/programs-and-activities/how-to-register/', fr: 'https://www.grandsudbury.ca/se-divertir/' },
        },
        {
          type: 'phone',
          phone: '3-1-1',
          note: { en: 'Monday to Friday, 8 a.m. to 4:30 p.m.', fr: 'Du lundi au vendredi, de 8 h à 16 h 30.' },
        },
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: {
            en: 'Citizen Service Centres are located in several library branches.',
            fr: 'Des Centres de services aux citoyens se trouvent dans plusieurs succursales de la bibliothèque.',
          },
        },
      ],
      fees: { en: 'Each program has its own fee.', fr: 'Chaque programme a ses propres frais.' },
      municipalities: ['greater-sudbury'],
      source: { en: 'https://www.greatersudbury.ca/play/programs-and-activities/how-to-register/', fr: 'https://www.grandsudbury.ca/se-divertir/' },
      dateModified: '2026-04-28',
      languages: ['en', 'fr'],
    },
    {
      id: 'sudbury.settlement-services',
      kind: 'task',
      serviceId: 'settlement-services',
      title: {
        en: 'Get free settlement help in English or French in Greater Sudbury',
        fr: 'Obtenez de l’aide gratuite à l’établissement en français ou en anglais dans le Grand Sudbury',
      },
      summary: {
        en: 'The YMCA and Collège Boréal help newcomers settle in Greater Sudbury. Boréal serves newcomers in French.',
        fr: 'Le YMCA et le Collège Boréal aident les nouveaux arrivants à s’établir dans le Grand Sudbury. Boréal sert les nouveaux arrivants en français.',
      },
      body: {
        en: '<p>Settlement services are free. A settlement worker looks at your needs and makes a plan with you. They can help with housing, work, school, forms and language classes, and refer you to other services.</p><p>In Greater Sudbury:</p><ul><li>the <strong>YMCA of Northeastern Ontario</strong> offers newcomer and employment services downtown</li><li><strong>Collège Boréal</strong> offers settlement services in French</li></ul><p>Greater Sudbury is a Welcoming Francophone Community. Most services paid for by the Government of Canada are for permanent residents and protected persons. Some agencies can also help other newcomers. Ask the agency.</p>',
        fr: '<p>Les services d’établissement sont gratuits. Un intervenant évalue vos besoins et prépare un plan avec vous. Il peut vous aider à trouver un logement, un emploi ou une école, à remplir des formulaires et à suivre des cours de langue, et vous diriger vers d’autres services.</p><p>Dans le Grand Sudbury :</p><ul><li>le <strong>YMCA du Nord-Est de l’Ontario</strong> offre des services aux nouveaux arrivants et des services d’emploi au centre-ville</li><li>le <strong>Collège Boréal</strong> offre des services d’établissement en français</li></ul><p>Le Grand Sudbury est une Communauté francophone accueillante. La plupart des services payés par le gouvernement du Canada sont destinés aux résidents permanents et aux personnes protégées. Certains organismes peuvent aussi aider d’autres nouveaux arrivants. Renseignez-vous auprès de l’organisme.</p>',
      },
      topics: ['rights-community'],
      stages: ['first-weeks'],
      responsible: {
        jurisdiction: 'community',
        body: { en: 'Settlement agencies funded by IRCC', fr: 'Organismes d’établissement financés par IRCC' },
      },
      partners: [
        {
          jurisdiction: 'federal',
          body: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
        },
        {
          jurisdiction: 'municipal',
          body: {
            en: 'Sudbury Local Immigration Partnership (City of Greater Sudbury)',
            fr: 'Partenariat local d’immigration de Sudbury (Ville du Grand Sudbury)',
          },
        },
      ],
      channels: [
        {
          type: 'in-person',
          officeKinds: ['settlement-agency'],
          note: {
            en: 'Call ahead to book an appointment.',
            fr: 'Appelez à l’avance pour prendre rendez-vous.',
          },
        },
        {
          type: 'phone',
          phone: '2-1-1',
          note: { en: '211 can tell you which services are near you.', fr: 'Le 211 peut vous indiquer les services près de chez vous.' },
        },
        { type: 'online', url: { en: 'https://www.greatersudbury.ca/live/immigration-and-newcomers/' } },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['greater-sudbury'],
      source: { en: 'https://www.greatersudbury.ca/live/immigration-and-newcomers/' },
      dateModified: '2026-07-21',
      languages: ['en', 'fr'],
    },
    {
      id: 'sudbury.311',
      kind: 'guide',
      title: {
        en: 'Know who to call: 9-1-1 for emergencies, 3-1-1 for City services',
        fr: 'Sachez qui appeler : le 9-1-1 pour les urgences, le 3-1-1 pour les services municipaux',
      },
      summary: {
        en: 'Call 9-1-1 when a life is in danger. Call 3-1-1 for City services in English or French.',
        fr: 'Composez le 9-1-1 quand une vie est en danger. Composez le 3-1-1 pour les services municipaux en français ou en anglais.',
      },
      body: {
        en: '<p>Call <strong>9-1-1</strong> for police, fire or an ambulance when someone is in danger. The call is free from any phone.</p><p>Call <strong>3-1-1</strong> for City services: garbage and recycling, roads, water, transit, animal control, recreation and more. You can also use the live web chat or create an account on the online customer service portal to send a request at any time. On holidays, 3-1-1 takes urgent public works and animal control calls only.</p><p>Citizen Service Centres, in several library branches, take payments and registrations in person.</p>',
        fr: '<p>Composez le <strong>9-1-1</strong> pour joindre la police, les pompiers ou une ambulance quand quelqu’un est en danger. L’appel est gratuit à partir de n’importe quel téléphone.</p><p>Composez le <strong>3-1-1</strong> pour les services municipaux : ordures et recyclage, routes, eau, transport en commun, contrôle des animaux, loisirs et plus encore. Vous pouvez aussi utiliser le clavardage en direct ou créer un compte sur le portail de service à la clientèle pour envoyer une demande en tout temps. Les jours fériés, le 3-1-1 répond seulement aux appels urgents concernant les travaux publics et le contrôle des animaux.</p><p>Les Centres de services aux citoyens, situés dans plusieurs succursales de la bibliothèque, acceptent les paiements et les inscriptions en personne.</p>',
      },
      topics: ['emergencies', 'rights-community'],
      stages: ['first-days'],
      responsible: cityOfGreaterSudbury,
      channels: [
        { type: 'phone', phone: '3-1-1' },
        {
          type: 'online',
          url: { en: 'https://311.greatersudbury.ca/' },
          note: { en: 'Live web chat and online service requests.', fr: 'Clavardage en direct et demandes de service en ligne.' },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['greater-sudbury'],
      source: { en: 'https://311.greatersudbury.ca/' },
      dateModified: '2026-10-01',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'sudbury.office.ymca-newcomer-services',
      kind: 'settlement-agency',
      name: {
        en: 'YMCA of Northeastern Ontario – Employment and Newcomer Services',
        fr: 'YMCA du Nord-Est de l’Ontario – Services d’emploi et aux nouveaux arrivants',
      },
      address: { street: '140 Durham Street', city: 'Sudbury', province: 'ON', postalCode: 'P3E 3M7' },
      coordinates: { lat: 46.4913, lng: -80.9918 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }],
      phone: '705-674-8315',
      url: { en: 'https://ymcaneo.ca/' },
      services: ['ca.settlement-services', 'sudbury.settlement-services', 'on.employment-ontario', 'on.orientation-to-ontario'],
      languages: ['en', 'fr', 'ar', 'es', 'zh', 'hi', 'pa'],
      accessibility: {
        en: 'Step-free entrance on Durham Street. Downtown, near the GOVA Transit Centre.',
        fr: 'Entrée sans marches sur la rue Durham. Au centre-ville, près du Centre de transport de GOVA.',
      },
      wheelchairAccessible: true,
      municipality: 'greater-sudbury',
      source: 'https://ymcaneo.ca/',
      dateModified: '2026-05-06',
    },
    {
      id: 'sudbury.office.boreal-immigration',
      kind: 'settlement-agency',
      name: {
        en: 'Collège Boréal – Settlement services for newcomers',
        fr: 'Collège Boréal – Services d’établissement pour les nouveaux arrivants',
      },
      address: { street: '19 Frood Road', city: 'Sudbury', province: 'ON', postalCode: 'P3C 4Y9' },
      coordinates: { lat: 46.4946, lng: -80.9972 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }],
      phone: '705-560-6673',
      url: { fr: 'https://www.collegeboreal.ca/', en: 'https://www.collegeboreal.ca/' },
      services: ['ca.settlement-services', 'sudbury.settlement-services', 'ca.linc', 'on.employment-ontario'],
      languages: ['fr', 'en', 'ar', 'es', 'sw', 'ln', 'rn'],
      accessibility: {
        en: 'Located at the Centre de santé communautaire du Grand Sudbury. Step-free entrance.',
        fr: 'Situé au Centre de santé communautaire du Grand Sudbury. Entrée sans marches.',
      },
      wheelchairAccessible: true,
      municipality: 'greater-sudbury',
      source: 'https://www.collegeboreal.ca/',
      dateModified: '2026-06-17',
    },
    {
      id: 'sudbury.office.gspl-main',
      kind: 'library',
      name: {
        en: 'Greater Sudbury Public Library – Main Library',
        fr: 'Bibliothèque publique du Grand Sudbury – bibliothèque principale',
      },
      address: { street: '74 Mackenzie Street', city: 'Sudbury', province: 'ON', postalCode: 'P3C 4X8' },
      coordinates: { lat: 46.4932, lng: -80.9957 },
      hours: libraryHours,
      phone: '705-673-1155',
      url: { en: 'https://www.sudburylibraries.ca/en/about-us/main-public-library.aspx' },
      services: ['sudbury.library-card', 'sudbury.transit'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Elevator to the lower level, where the reference and local history collections are.',
        fr: 'Ascenseur vers le niveau inférieur, où se trouvent les collections de référence et d’histoire locale.',
      },
      municipality: 'greater-sudbury',
      source: 'https://www.sudburylibraries.ca/en/about-us/main-public-library.aspx',
      dateModified: '2026-08-12',
    },
    {
      id: 'sudbury.office.gspl-south-end',
      kind: 'library',
      name: {
        en: 'Greater Sudbury Public Library – South End Library',
        fr: 'Bibliothèque publique du Grand Sudbury – bibliothèque du secteur sud',
      },
      address: { street: '1991 Regent Street', city: 'Sudbury', province: 'ON', postalCode: 'P3E 5V3' },
      coordinates: { lat: 46.4578, lng: -80.9905 },
      hours: libraryHours,
      phone: '705-673-1155',
      url: { en: 'https://www.sudburylibraries.ca/en/', fr: 'https://www.sudburylibraries.ca/fr/' },
      services: ['sudbury.library-card', 'sudbury.transit', 'sudbury.recreation'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Built in 2012 with step-free access throughout. Accessible parking.',
        fr: 'Construite en 2012, entièrement accessible sans marches. Stationnement accessible.',
      },
      wheelchairAccessible: true,
      municipality: 'greater-sudbury',
      source: 'https://www.sudburylibraries.ca/en/',
      dateModified: '2026-08-12',
    },
  ],
};
