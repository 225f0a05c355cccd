import type { FeedInput } from '../../src/content/feed';

const cityOfHamilton = { jurisdiction: 'municipal', body: { en: 'City of Hamilton', fr: 'Ville de Hamilton' } } as const;
const hamiltonPublicLibrary = {
  jurisdiction: 'municipal',
  body: { en: 'Hamilton Public Library', fr: 'Bibliothèque publique de Hamilton' },
} as const;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export const hamiltonFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-05T16:00:00Z',
  publisher: {
    id: 'hamilton',
    name: { en: 'City of Hamilton', fr: 'Ville de Hamilton' },
    jurisdiction: 'municipal',
    licence: {
      name: { en: 'City of Hamilton Open Data Licence', fr: 'Licence de données ouvertes de la Ville de Hamilton' },
      url: 'https://www.hamilton.ca/city-council/data-maps/open-data/open-data-licence-terms-and-conditions',
    },
    attribution: {
      en: 'Contains public sector Data made available under the City of Hamilton’s Open Data Licence.',
      fr: 'Contient des données du secteur public fournies selon la licence de données ouvertes de la Ville de Hamilton.',
    },
    homepage: { en: 'https://www.hamilton.ca/' },
  },
  municipalities: [
    {
      id: 'hamilton',
      name: { en: 'Hamilton', fr: 'Hamilton' },
      region: { en: 'Golden Horseshoe', fr: 'Région du Golden Horseshoe' },
      population: 569353,
      populationYear: 2021,
      frenchLanguageServices: true,
      portal: { en: 'https://www.hamiltonimmigration.ca/' },
      dateModified: '2026-06-24',
    },
  ],
  items: [
    {
      id: 'hamilton.transit',
      kind: 'task',
      title: {
        en: 'Ride HSR buses with a PRESTO card',
        fr: 'Prenez les autobus de la HSR avec une carte PRESTO',
      },
      summary: {
        en: 'The Hamilton Street Railway (HSR) runs the city’s buses. PRESTO fares are lower than cash fares.',
        fr: 'La Hamilton Street Railway (HSR) exploite les autobus de la ville. Les tarifs PRESTO sont moins élevés que les tarifs en argent comptant.',
      },
      body: {
        en: '<p>The Hamilton Street Railway (HSR) is the City of Hamilton’s bus service. You can pay with a PRESTO card or with cash. PRESTO fares are lower than cash fares.</p><p>Children aged 12 and under ride free with a PRESTO card. Bring your child to a Hamilton Public Library branch to get a free library card and a free PRESTO card, while supplies last.</p><p>If you have a low income or receive Ontario Works or ODSP, you may be able to get <strong>Fare Assist</strong>, a discount on single-ride PRESTO fares for your whole household. The program was set to run until June 2026. <strong>Check the official page</strong> to see if it is still open and what it offers.</p>',
        fr: '<p>La Hamilton Street Railway (HSR) est le service d’autobus de la Ville de Hamilton. Vous pouvez payer avec une carte PRESTO ou en argent comptant. Les tarifs PRESTO sont moins élevés que les tarifs en argent comptant.</p><p>Les enfants de 12 ans et moins voyagent gratuitement avec une carte PRESTO. Rendez-vous avec votre enfant dans une succursale de la Bibliothèque publique de Hamilton pour obtenir une carte de bibliothèque et une carte PRESTO gratuites, jusqu’à épuisement des stocks.</p><p>Si vous avez un faible revenu ou recevez Ontario au travail ou le POSPH, vous pourriez obtenir <strong>Fare Assist</strong>, un rabais sur les passages simples PRESTO pour tout votre ménage. Le programme devait prendre fin en juin 2026. <strong>Consultez la page officielle</strong> pour savoir s’il est toujours offert et ce qu’il comprend.</p>',
      },
      topics: ['driving-transportation'],
      stages: ['first-days'],
      responsible: {
        jurisdiction: 'municipal',
        body: { en: 'Hamilton Street Railway (City of Hamilton)', fr: 'Hamilton Street Railway (Ville de Hamilton)' },
      },
      partners: [
        hamiltonPublicLibrary,
        { jurisdiction: 'provincial', body: { en: 'PRESTO (Metrolinx)', fr: 'PRESTO (Metrolinx)' } },
      ],
      channels: [
        { type: 'online', url: { en: 'https://www.hamilton.ca/HSRfares' } },
        {
          type: 'online',
          url: { en: 'https://www.hamilton.ca/FareAssist' },
          note: { en: 'Apply for Fare Assist online.', fr: 'Demandez Fare Assist en ligne.' },
        },
        {
          type: 'phone',
          phone: '905-527-4441',
          note: { en: 'HSR customer service.', fr: 'Service à la clientèle de la HSR.' },
        },
        {
          type: 'phone',
          phone: '905-546-2590',
          note: {
            en: 'Special Supports Program, for a paper Fare Assist application.',
            fr: 'Programme de soutiens spéciaux, pour obtenir un formulaire papier de Fare Assist.',
          },
        },
      ],
      fees: {
        en: 'Fares change every year. Check the official page for today’s prices.',
        fr: 'Les tarifs changent chaque année. Consultez la page officielle pour connaître les prix actuels.',
      },
      verify: true,
      municipalities: ['hamilton'],
      source: { en: 'https://www.hamilton.ca/HSRfares' },
      dateModified: '2026-04-17',
      languages: ['en', 'fr'],
    },
    {
      id: 'hamilton.library-card',
      kind: 'task',
      title: {
        en: 'Get a free Hamilton Public Library card',
        fr: 'Obtenez une carte gratuite de la Bibliothèque publique de Hamilton',
      },
      summary: {
        en: 'Borrow books, use computers and join free English learning programs at the Newcomer Learning Centre.',
        fr: 'Empruntez des livres, utilisez des ordinateurs et participez gratuitement à des activités d’apprentissage de l’anglais au Newcomer Learning Centre.',
      },
      body: {
        en: '<p>Hamilton Public Library (HPL) has branches across the city and a Bookmobile. If you live in Hamilton, your card is free.</p><p>To get a card, go to a branch with identification that shows your name and your Hamilton address.</p><p>Central Library, downtown, has a <strong>Newcomer Learning Centre</strong> on the 4th floor. It has English language learning resources, programs and services. Staff can also tell you about settlement services in Hamilton.</p>',
        fr: '<p>La Bibliothèque publique de Hamilton (HPL) a des succursales partout en ville et un bibliobus. Si vous habitez à Hamilton, votre carte est gratuite.</p><p>Pour obtenir une carte, rendez-vous dans une succursale avec une pièce d’identité qui indique votre nom et votre adresse à Hamilton.</p><p>La bibliothèque centrale, au centre-ville, a un <strong>Newcomer Learning Centre</strong> au 4e étage. On y trouve des ressources, des programmes et des services pour apprendre l’anglais. Le personnel peut aussi vous renseigner sur les services d’établissement à Hamilton.</p>',
      },
      topics: ['rights-community', 'language'],
      stages: ['first-weeks'],
      responsible: hamiltonPublicLibrary,
      channels: [
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: { en: 'Register at any branch.', fr: 'Inscrivez-vous dans n’importe quelle succursale.' },
        },
        { type: 'phone', phone: '905-546-3200' },
        { type: 'online', url: { en: 'https://www.hpl.ca/' } },
      ],
      fees: { en: 'Free for Hamilton residents', fr: 'Gratuit pour les résidents de Hamilton' },
      documents: [{ en: 'Identification with your name and Hamilton address', fr: 'Une pièce d’identité avec votre nom et votre adresse à Hamilton' }],
      municipalities: ['hamilton'],
      source: { en: 'https://www.hpl.ca/' },
      dateModified: '2025-08-19',
      languages: ['en', 'fr'],
    },
    {
      id: 'hamilton.recreation',
      kind: 'task',
      title: {
        en: 'Join City recreation programs',
        fr: 'Participez aux programmes de loisirs de la Ville',
      },
      summary: {
        en: 'Swimming, skating, fitness, sports and camps in City recreation centres. Ask about lower fees if your income is low.',
        fr: 'Natation, patinage, conditionnement physique, sports et camps dans les centres récréatifs de la Ville. Renseignez-vous sur les frais réduits si votre revenu est faible.',
      },
      body: {
        en: '<p>The City of Hamilton runs recreation centres, pools and arenas. There are programs for children, youth, adults and older adults. Some drop-in activities are free.</p><p>You can register online, by phone or at a recreation centre.</p><p>If your income is low, ask staff about programs that lower or cover the fees.</p>',
        fr: '<p>La Ville de Hamilton exploite des centres récréatifs, des piscines et des arénas. Il y a des programmes pour les enfants, les jeunes, les adultes et les aînés. Certaines activités libres sont gratuites.</p><p>Vous pouvez vous inscrire en ligne, par téléphone ou dans un centre récréatif.</p><p>Si votre revenu est faible, demandez au personnel s’il existe des programmes qui réduisent ou paient les frais.</p>',
      },
      topics: ['rights-community', 'children-family'],
      stages: ['first-months'],
      responsible: cityOfHamilton,
      channels: [
        { type: 'online', url: { en: 'https://www.hamilton.ca/things-do/recreation' } },
        {
          type: 'phone',
          phone: '905-546-2489',
          note: { en: 'City of Hamilton, 905-546-CITY.', fr: 'Ville de Hamilton, 905-546-CITY.' },
        },
      ],
      fees: {
        en: 'Each program has its own fee. Some drop-in activities are free.',
        fr: 'Chaque programme a ses propres frais. Certaines activités libres sont gratuites.',
      },
      municipalities: ['hamilton'],
      source: { en: 'https://www.hamilton.ca/things-do/recreation' },
      dateModified: '2026-03-30',
      languages: ['en', 'fr'],
    },
    {
      id: 'hamilton.newcomer-portal',
      kind: 'guide',
      title: {
        en: 'Start with the Hamilton Immigration Partnership Council',
        fr: 'Commencez par le Hamilton Immigration Partnership Council',
      },
      summary: {
        en: 'HIPC is Hamilton’s Local Immigration Partnership. Its website lists services for newcomers in the city.',
        fr: 'Le HIPC est le partenariat local en matière d’immigration de Hamilton. Son site Web présente les services offerts aux nouveaux arrivants de la ville.',
      },
      body: {
        en: '<p>The Hamilton Immigration Partnership Council (HIPC) brings together settlement agencies, schools, health and employment services, businesses and newcomers. It is part of the City of Hamilton and is funded by Immigration, Refugees and Citizenship Canada.</p><p>HIPC does not give one-on-one help. Its website points you to local agencies that help newcomers for free, and to events such as Newcomer Day.</p><p>Hamilton is a Welcoming Francophone Community. You can get settlement help in French. Ontario government services are offered in French in the part of Hamilton covered by the French Language Services Act.</p>',
        fr: '<p>Le Hamilton Immigration Partnership Council (HIPC) réunit des organismes d’établissement, des écoles, des services de santé et d’emploi, des entreprises et des nouveaux arrivants. Il fait partie de la Ville de Hamilton et est financé par Immigration, Réfugiés et Citoyenneté Canada.</p><p>Le HIPC n’offre pas d’aide individuelle. Son site Web vous oriente vers des organismes locaux qui aident gratuitement les nouveaux arrivants, et vers des événements comme la Journée des nouveaux arrivants.</p><p>Hamilton est une Communauté francophone accueillante. Vous pouvez obtenir de l’aide à l’établissement en français. Les services du gouvernement de l’Ontario sont offerts en français dans la partie de Hamilton désignée en vertu de la Loi sur les services en français.</p>',
      },
      topics: ['rights-community'],
      stages: ['first-weeks'],
      responsible: {
        jurisdiction: 'municipal',
        body: {
          en: 'Hamilton Immigration Partnership Council (City of Hamilton)',
          fr: 'Hamilton Immigration Partnership Council (Ville de Hamilton)',
        },
      },
      partners: [
        {
          jurisdiction: 'federal',
          body: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
        },
      ],
      channels: [
        { type: 'online', url: { en: 'https://www.hamiltonimmigration.ca/' } },
        {
          type: 'in-person',
          officeKinds: ['settlement-agency'],
          note: {
            en: 'Partner agencies give free one-on-one help.',
            fr: 'Les organismes partenaires offrent une aide individuelle gratuite.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['hamilton'],
      source: { en: 'https://www.hamiltonimmigration.ca/' },
      dateModified: '2026-06-24',
      languages: ['en', 'fr'],
    },
    {
      id: 'hamilton.housing-help',
      kind: 'guide',
      title: {
        en: 'Find housing help in Hamilton',
        fr: 'Trouvez de l’aide au logement à Hamilton',
      },
      summary: {
        en: 'The City’s Housing Services can tell you about subsidized housing, shelters and help to keep your home.',
        fr: 'Les Services du logement de la Ville peuvent vous renseigner sur les logements subventionnés, les refuges et l’aide pour garder votre logement.',
      },
      body: {
        en: '<p>Subsidized housing in Hamilton has a long wait list. Apply early if you think you qualify. The City can tell you how to get on the wait list for rent-geared-to-income housing.</p><p>If you may lose your home, or you have nowhere to stay, call <strong>905-546-CITY (2489)</strong>. Staff can connect you with emergency shelters and programs that help with rent.</p><p>Rules and programs change. <strong>Check the official page</strong> before you apply.</p>',
        fr: '<p>À Hamilton, la liste d’attente pour un logement subventionné est longue. Faites une demande tôt si vous pensez être admissible. La Ville peut vous expliquer comment vous inscrire sur la liste d’attente pour un logement à loyer indexé sur le revenu.</p><p>Si vous risquez de perdre votre logement ou n’avez nulle part où dormir, composez le <strong>905-546-CITY (2489)</strong>. Le personnel peut vous orienter vers des refuges d’urgence et des programmes d’aide au loyer.</p><p>Les règles et les programmes changent. <strong>Consultez la page officielle</strong> avant de faire une demande.</p>',
      },
      topics: ['housing'],
      stages: ['first-months'],
      responsible: { jurisdiction: 'municipal', body: { en: 'City of Hamilton Housing Services', fr: 'Services du logement de la Ville de Hamilton' } },
      channels: [
        {
          type: 'phone',
          phone: '905-546-2489',
          note: {
            en: 'Phone lines are open every day, including holidays.',
            fr: 'Les lignes téléphoniques sont ouvertes tous les jours, y compris les jours fériés.',
          },
        },
        { type: 'online', url: { en: 'https://www.hamilton.ca/people-programs/housing-shelter' } },
      ],
      dependsOn: ['on.renting'],
      verify: true,
      municipalities: ['hamilton'],
      source: { en: 'https://www.hamilton.ca/people-programs/housing-shelter' },
      dateModified: '2026-10-14',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'hamilton.office.ymca-newcomer-centre',
      kind: 'settlement-agency',
      name: {
        en: 'YMCA Newcomer Information Centre – Downtown Hamilton',
        fr: 'Centre d’information pour nouveaux arrivants du YMCA – centre-ville de Hamilton',
      },
      address: { street: '25 Main Street West', city: 'Hamilton', province: 'ON', postalCode: 'L8P 1H1' },
      coordinates: { lat: 43.2555, lng: -79.8711 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }],
      url: { en: 'https://www.ymcahbb.ca/' },
      services: ['ca.settlement-services', 'ca.language-assessment', 'on.orientation-to-ontario', 'on.employment-ontario', 'hamilton.newcomer-portal'],
      languages: ['en', 'fr', 'ar', 'es', 'zh', 'fa', 'ur', 'pa'],
      accessibility: {
        en: 'Step-free entrance and elevator. Close to the downtown HSR bus routes.',
        fr: 'Entrée sans marches et ascenseur. Près des lignes d’autobus de la HSR du centre-ville.',
      },
      wheelchairAccessible: true,
      municipality: 'hamilton',
      source: 'https://www.ymcahbb.ca/',
      dateModified: '2026-02-26',
    },
    {
      id: 'hamilton.office.wesley',
      kind: 'settlement-agency',
      name: { en: 'Wesley – Newcomer and Refugee Services', fr: 'Wesley – Services aux nouveaux arrivants et aux réfugiés' },
      address: { street: '467 Main Street East', city: 'Hamilton', province: 'ON', postalCode: 'L8N 1K1' },
      coordinates: { lat: 43.2497, lng: -79.8523 },
      hours: [{ days: [...weekdays], opens: '09:00', closes: '17:00' }],
      url: { en: 'https://wesley.ca/' },
      services: ['ca.settlement-services', 'hamilton.housing-help', 'hamilton.newcomer-portal'],
      languages: ['en', 'ar', 'prs', 'ps', 'ti', 'so', 'sw', 'es'],
      accessibility: {
        en: 'Accessible building with an elevator. Call ahead to book an interpreter.',
        fr: 'Immeuble accessible avec ascenseur. Appelez à l’avance pour réserver un interprète.',
      },
      wheelchairAccessible: true,
      municipality: 'hamilton',
      source: 'https://wesley.ca/',
      dateModified: '2026-07-30',
    },
    {
      id: 'hamilton.office.hpl-central',
      kind: 'library',
      name: { en: 'Hamilton Public Library – Central Library', fr: 'Bibliothèque publique de Hamilton – bibliothèque centrale' },
      address: { street: '55 York Boulevard', city: 'Hamilton', province: 'ON', postalCode: 'L8R 3K1' },
      coordinates: { lat: 43.2581, lng: -79.8711 },
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '09:00', closes: '20:00' },
        { days: ['fri'], opens: '09:00', closes: '18:00' },
        { days: ['sat'], opens: '09:00', closes: '17:00' },
      ],
      phone: '905-546-3200',
      url: { en: 'https://www.hpl.ca/' },
      services: ['hamilton.library-card', 'hamilton.transit', 'hamilton.newcomer-portal'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Entrances from York Boulevard and Jackson Square. Elevators to all floors. The Newcomer Learning Centre is on the 4th floor.',
        fr: 'Entrées par le boulevard York et Jackson Square. Ascenseurs à tous les étages. Le Newcomer Learning Centre est au 4e étage.',
      },
      municipality: 'hamilton',
      source: 'https://www.hpl.ca/',
      dateModified: '2026-02-02',
    },
    {
      id: 'hamilton.office.hpl-terryberry',
      kind: 'library',
      name: { en: 'Hamilton Public Library – Terryberry Branch', fr: 'Bibliothèque publique de Hamilton – succursale Terryberry' },
      address: { street: '100 Mohawk Road West', city: 'Hamilton', province: 'ON', postalCode: 'L9C 1W1' },
      coordinates: { lat: 43.2372, lng: -79.8862 },
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '09:00', closes: '20:00' },
        { days: ['fri'], opens: '09:00', closes: '18:00' },
        { days: ['sat'], opens: '09:00', closes: '17:00' },
        { days: ['sun'], opens: '13:00', closes: '17:00' },
      ],
      phone: '905-546-3200',
      url: { en: 'https://www.hpl.ca/' },
      services: ['hamilton.library-card', 'hamilton.transit'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Ramp and elevator from the parking lot. Accessible parking spaces.',
        fr: 'Rampe et ascenseur depuis le stationnement. Places de stationnement accessibles.',
      },
      wheelchairAccessible: true,
      municipality: 'hamilton',
      source: 'https://www.hpl.ca/',
      dateModified: '2026-03-05',
    },
  ],
};
