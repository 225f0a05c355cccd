import type { FeedInput } from '../../src/content/feed';

const cityOfOttawa = { jurisdiction: 'municipal', body: { en: 'City of Ottawa', fr: 'Ville d’Ottawa' } } as const;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export const ottawaFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-09T15:00:00Z',
  publisher: {
    id: 'ottawa',
    name: { en: 'City of Ottawa', fr: 'Ville d’Ottawa' },
    jurisdiction: 'municipal',
    licence: {
      name: {
        en: 'Open Government Licence – City of Ottawa',
        fr: 'Licence du gouvernement ouvert – Ville d’Ottawa',
      },
      url: 'https://open.ottawa.ca/pages/open-data-licence',
    },
    attribution: {
      en: 'Contains information licensed under the Open Government Licence – City of Ottawa.',
      fr: 'Contient des renseignements visés par la Licence du gouvernement ouvert – Ville d’Ottawa.',
    },
    homepage: { en: 'https://ottawa.ca/en', fr: 'https://ottawa.ca/fr' },
  },
  municipalities: [
    {
      id: 'ottawa',
      name: { en: 'Ottawa', fr: 'Ottawa' },
      region: { en: 'Eastern Ontario', fr: 'Est de l’Ontario' },
      population: 1017449,
      populationYear: 2021,
      frenchLanguageServices: true,
      portal: { en: 'https://olip-plio.ca/' },
      dateModified: '2026-09-03',
    },
  ],
  items: [
    {
      id: 'ottawa.transit',
      kind: 'task',
      title: {
        en: 'Get a PRESTO card to ride OC Transpo',
        fr: 'Procurez-vous une carte PRESTO pour voyager avec OC Transpo',
      },
      summary: {
        en: 'OC Transpo runs Ottawa’s buses and the O-Train. A PRESTO card gives you lower fares than cash.',
        fr: 'OC Transpo exploite les autobus et l’O-Train à Ottawa. La carte PRESTO vous donne des tarifs plus bas que l’argent comptant.',
      },
      body: {
        en: '<p>OC Transpo is the City of Ottawa’s public transit. You can pay with a PRESTO card, by tapping a credit or debit card, or with cash on the bus. PRESTO fares are lower than cash fares.</p><p>With a PRESTO card, you never pay more than the price of a monthly pass in one month. Once you reach that amount, your other trips that month are free. Children aged 12 and under ride free.</p><p>If your income is low, you may be able to get the <strong>EquiPass</strong>, a reduced monthly pass or per-ride fare. Fares and discounts change often. <strong>Check the official page</strong> before you buy.</p>',
        fr: '<p>OC Transpo est le service de transport en commun de la Ville d’Ottawa. Vous pouvez payer avec une carte PRESTO, en tapant une carte de crédit ou de débit, ou en argent comptant dans l’autobus. Les tarifs PRESTO sont moins élevés que les tarifs en argent comptant.</p><p>Avec une carte PRESTO, vous ne payez jamais plus que le prix d’un laissez-passer mensuel dans un mois. Une fois ce montant atteint, vos autres déplacements du mois sont gratuits. Les enfants de 12 ans et moins voyagent gratuitement.</p><p>Si votre revenu est faible, vous pourriez obtenir l’<strong>ÉquiPass</strong>, un laissez-passer mensuel ou un tarif par passage à prix réduit. Les tarifs et les rabais changent souvent. <strong>Consultez la page officielle</strong> avant d’acheter.</p>',
      },
      topics: ['driving-transportation'],
      stages: ['first-days'],
      responsible: { jurisdiction: 'municipal', body: { en: 'OC Transpo (City of Ottawa)', fr: 'OC Transpo (Ville d’Ottawa)' } },
      partners: [{ jurisdiction: 'provincial', body: { en: 'PRESTO (Metrolinx)', fr: 'PRESTO (Metrolinx)' } }],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.octranspo.com/en/fares/', fr: 'https://www.octranspo.com/fr/tarifs/' },
          note: {
            en: 'Order a card, load money or set up automatic reloads online.',
            fr: 'Commandez une carte, ajoutez de l’argent ou programmez un rechargement automatique en ligne.',
          },
        },
        {
          type: 'in-person',
          officeKinds: ['co-located'],
          note: {
            en: 'You can buy and load a PRESTO card at City client service centres, such as Ottawa City Hall.',
            fr: 'Vous pouvez acheter et recharger une carte PRESTO dans les centres du service à la clientèle de la Ville, comme celui de l’hôtel de ville d’Ottawa.',
          },
        },
        {
          type: 'phone',
          phone: '1-877-378-6123',
          note: { en: 'PRESTO customer service (toll-free).', fr: 'Service à la clientèle PRESTO (sans frais).' },
        },
      ],
      fees: {
        en: 'Fares change every year. Check the official page for today’s prices.',
        fr: 'Les tarifs changent chaque année. Consultez la page officielle pour connaître les prix actuels.',
      },
      verify: true,
      municipalities: ['ottawa'],
      source: { en: 'https://www.octranspo.com/en/fares/', fr: 'https://www.octranspo.com/fr/tarifs/' },
      dateModified: '2026-08-20',
      languages: ['en', 'fr'],
    },
    {
      id: 'ottawa.library-card',
      kind: 'task',
      title: {
        en: 'Get a free Ottawa Public Library card',
        fr: 'Obtenez une carte gratuite de la Bibliothèque publique d’Ottawa',
      },
      summary: {
        en: 'If you live in Ottawa, your library card is free. Use it to borrow books, use computers and join free programs.',
        fr: 'Si vous habitez à Ottawa, votre carte de bibliothèque est gratuite. Elle vous permet d’emprunter des livres, d’utiliser des ordinateurs et de participer à des activités gratuites.',
      },
      body: {
        en: '<p>The Ottawa Public Library (OPL) has more than 30 branches. With a free card, you can borrow books, movies and e-books in English, French and many other languages. You can also use computers, printers and Wi-Fi.</p><p>To get a card, go to any branch. Bring:</p><ul><li>photo identification</li><li>proof of your Ottawa address, such as a utility bill or a bank statement</li></ul><p>Children aged 15 and under need a parent or guardian to sign for their card. Cards must be renewed once a year. Renewal is often automatic.</p>',
        fr: '<p>La Bibliothèque publique d’Ottawa (BPO) compte plus de 30 succursales. Avec une carte gratuite, vous pouvez emprunter des livres, des films et des livres numériques en français, en anglais et dans beaucoup d’autres langues. Vous pouvez aussi utiliser les ordinateurs, les imprimantes et le Wi-Fi.</p><p>Pour obtenir une carte, rendez-vous dans n’importe quelle succursale. Apportez :</p><ul><li>une pièce d’identité avec photo</li><li>une preuve de votre adresse à Ottawa, comme une facture de services publics ou un relevé bancaire</li></ul><p>Les enfants de 15 ans et moins ont besoin de la signature d’un parent ou d’un tuteur. La carte doit être renouvelée une fois par année. Le renouvellement est souvent automatique.</p>',
      },
      topics: ['rights-community', 'language'],
      stages: ['first-weeks'],
      responsible: { jurisdiction: 'municipal', body: { en: 'Ottawa Public Library', fr: 'Bibliothèque publique d’Ottawa' } },
      channels: [
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: { en: 'Register at any branch.', fr: 'Inscrivez-vous dans n’importe quelle succursale.' },
        },
        {
          type: 'phone',
          phone: '613-580-2940',
          note: { en: 'InfoService answers questions about cards and branches.', fr: 'InfoService répond aux questions sur les cartes et les succursales.' },
        },
      ],
      fees: { en: 'Free for Ottawa residents', fr: 'Gratuit pour les résidents d’Ottawa' },
      documents: [
        { en: 'Photo identification', fr: 'Une pièce d’identité avec photo' },
        { en: 'Proof of your Ottawa address', fr: 'Une preuve de votre adresse à Ottawa' },
      ],
      municipalities: ['ottawa'],
      source: { en: 'https://biblioottawalibrary.ca/en/card' },
      dateModified: '2025-06-12',
      languages: ['en', 'fr'],
    },
    {
      id: 'ottawa.recreation',
      kind: 'task',
      title: {
        en: 'Sign up for City recreation programs',
        fr: 'Inscrivez-vous aux programmes de loisirs de la Ville',
      },
      summary: {
        en: 'Swimming, skating, sports, arts and camps for all ages. Help with fees is available if your income is low.',
        fr: 'Natation, patinage, sports, arts et camps pour tous les âges. Une aide pour les frais est offerte si votre revenu est faible.',
      },
      body: {
        en: '<p>The City of Ottawa runs recreation programs in community centres, pools and arenas. Many programs are offered in English and in French.</p><p>To register, create an account on Register Ottawa. You can also register by phone or in person at a recreation facility or a client service centre.</p><p>If your family has a low income, the <strong>Ottawa Hand in Hand</strong> program can pay part of your program fees. Only residents of Ottawa can apply.</p>',
        fr: '<p>La Ville d’Ottawa offre des programmes de loisirs dans ses centres communautaires, ses piscines et ses arénas. Beaucoup de programmes sont offerts en français et en anglais.</p><p>Pour vous inscrire, créez un compte dans le système d’inscription en ligne de la Ville (Register Ottawa). Vous pouvez aussi vous inscrire par téléphone ou en personne dans une installation récréative ou un centre du service à la clientèle.</p><p>Si votre famille a un faible revenu, le programme d’aide financière de la Ville, <strong>Ottawa Hand in Hand</strong>, peut payer une partie des frais d’inscription. Seuls les résidents d’Ottawa peuvent en faire la demande.</p>',
      },
      topics: ['rights-community', 'children-family'],
      stages: ['first-months'],
      responsible: cityOfOttawa,
      channels: [
        {
          type: 'online',
          url: { en: 'https://ottawa.ca/en/recreation-and-parks', fr: 'https://ottawa.ca/fr/loisirs-et-parcs' },
        },
        {
          type: 'phone',
          phone: '613-580-2588',
          note: { en: 'Registration line.', fr: 'Ligne d’inscription.' },
        },
        {
          type: 'in-person',
          officeKinds: ['co-located'],
          note: {
            en: 'Register at a recreation facility or a City client service centre.',
            fr: 'Inscrivez-vous dans une installation récréative ou un centre du service à la clientèle de la Ville.',
          },
        },
      ],
      fees: {
        en: 'Each program has its own fee. Fee help is available through Ottawa Hand in Hand.',
        fr: 'Chaque programme a ses propres frais. Une aide financière est offerte par le programme Ottawa Hand in Hand.',
      },
      municipalities: ['ottawa'],
      source: { en: 'https://ottawa.ca/en/recreation-and-parks', fr: 'https://ottawa.ca/fr/loisirs-et-parcs' },
      dateModified: '2026-05-14',
      languages: ['en', 'fr'],
    },
    {
      id: 'ottawa.newcomer-portal',
      kind: 'guide',
      title: {
        en: 'Find newcomer help through the Ottawa Local Immigration Partnership',
        fr: 'Trouvez de l’aide pour les nouveaux arrivants grâce au Partenariat local pour l’immigration d’Ottawa',
      },
      summary: {
        en: 'OLIP brings together about 60 organizations that serve immigrants in Ottawa. Its website points you to local services.',
        fr: 'Le PLIO réunit environ 60 organismes qui servent les immigrants à Ottawa. Son site Web vous oriente vers les services locaux.',
      },
      body: {
        en: '<p>The Ottawa Local Immigration Partnership (OLIP) is a partnership of about 60 organizations. Partners include City departments, settlement agencies, school boards, health centres and employers.</p><p>OLIP does not give one-on-one help. For that, contact a settlement agency. Their services are free. They can help you with housing, work, school and forms.</p><p>Ottawa is a bilingual city. You can get City services in English or in French.</p>',
        fr: '<p>Le Partenariat local pour l’immigration d’Ottawa (PLIO) regroupe environ 60 organismes. Parmi les partenaires, on compte des services de la Ville, des organismes d’établissement, des conseils scolaires, des centres de santé et des employeurs.</p><p>Le PLIO n’offre pas d’aide individuelle. Pour cela, communiquez avec un organisme d’établissement. Ses services sont gratuits. Il peut vous aider à trouver un logement, un emploi ou une école et à remplir des formulaires.</p><p>Ottawa est une ville bilingue. Vous pouvez obtenir les services de la Ville en français ou en anglais.</p>',
      },
      topics: ['rights-community'],
      stages: ['first-weeks'],
      responsible: {
        jurisdiction: 'community',
        body: { en: 'Ottawa Local Immigration Partnership (OLIP)', fr: 'Partenariat local pour l’immigration d’Ottawa (PLIO)' },
      },
      partners: [
        cityOfOttawa,
        {
          jurisdiction: 'federal',
          body: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
        },
      ],
      channels: [
        { type: 'online', url: { en: 'https://olip-plio.ca/' } },
        {
          type: 'in-person',
          officeKinds: ['settlement-agency'],
          note: {
            en: 'OLIP partner agencies give free one-on-one help.',
            fr: 'Les organismes partenaires du PLIO offrent une aide individuelle gratuite.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['ottawa'],
      source: { en: 'https://olip-plio.ca/' },
      dateModified: '2026-03-27',
      languages: ['en', 'fr'],
    },
    {
      id: 'ottawa.311',
      kind: 'guide',
      title: {
        en: 'Know who to call: 9-1-1 for emergencies, 3-1-1 for City services',
        fr: 'Sachez qui appeler : le 9-1-1 pour les urgences, le 3-1-1 pour les services municipaux',
      },
      summary: {
        en: 'Call 9-1-1 when a life is in danger. Call 3-1-1 for City services and information in English or French.',
        fr: 'Composez le 9-1-1 quand une vie est en danger. Composez le 3-1-1 pour obtenir des services et des renseignements de la Ville en français ou en anglais.',
      },
      body: {
        en: '<p>Call <strong>9-1-1</strong> for police, fire or an ambulance when someone is in danger. The call is free from any phone. Say which language you speak, and the call-taker can get an interpreter.</p><p>Call <strong>3-1-1</strong> for City services: garbage, water, roads, parking, by-laws, recreation and more. From outside Ottawa, call 613-580-2400. For TTY, call 613-580-2401. For urgent problems, like a broken water main, you can call at any time.</p><p>For a police matter that is not an emergency, call the Ottawa Police Service at 613-236-1222. For community and social services, call 2-1-1.</p>',
        fr: '<p>Composez le <strong>9-1-1</strong> pour joindre la police, les pompiers ou une ambulance quand quelqu’un est en danger. L’appel est gratuit à partir de n’importe quel téléphone. Dites quelle langue vous parlez; le préposé peut obtenir un interprète.</p><p>Composez le <strong>3-1-1</strong> pour les services municipaux : ordures, eau, routes, stationnement, règlements, loisirs et plus encore. De l’extérieur d’Ottawa, composez le 613-580-2400. Pour les ATS, composez le 613-580-2401. Pour un problème urgent, comme un bris d’aqueduc, vous pouvez appeler en tout temps.</p><p>Pour une affaire policière qui n’est pas une urgence, appelez le Service de police d’Ottawa au 613-236-1222. Pour les services communautaires et sociaux, composez le 2-1-1.</p>',
      },
      topics: ['emergencies', 'rights-community'],
      stages: ['first-days'],
      responsible: cityOfOttawa,
      channels: [
        {
          type: 'phone',
          phone: '3-1-1',
          note: {
            en: 'From outside Ottawa: 613-580-2400. TTY: 613-580-2401.',
            fr: 'De l’extérieur d’Ottawa : 613-580-2400. ATS : 613-580-2401.',
          },
        },
        { type: 'online', url: { en: 'https://ottawa.ca/en/3-1-1', fr: 'https://ottawa.ca/fr/3-1-1' } },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['ottawa'],
      source: { en: 'https://ottawa.ca/en/3-1-1', fr: 'https://ottawa.ca/fr/3-1-1' },
      dateModified: '2026-09-03',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'ottawa.office.city-hall',
      kind: 'co-located',
      name: {
        en: 'Ottawa City Hall – Service Canada, ServiceOntario and City services',
        fr: 'Hôtel de ville d’Ottawa – Service Canada, ServiceOntario et services municipaux',
      },
      address: { street: '110 Laurier Avenue West', city: 'Ottawa', province: 'ON', postalCode: 'K1P 1J1' },
      coordinates: { lat: 45.4212, lng: -75.6903 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }],
      phone: '3-1-1',
      url: { en: 'https://ottawa.ca/en/3-1-1', fr: 'https://ottawa.ca/fr/3-1-1' },
      services: ['ca.sin', 'on.ohip', 'on.photo-card', 'ottawa.transit', 'ottawa.recreation'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Step-free entrance from Laurier Avenue. Elevators and accessible washrooms inside.',
        fr: 'Entrée sans marches depuis l’avenue Laurier. Ascenseurs et toilettes accessibles à l’intérieur.',
      },
      wheelchairAccessible: true,
      municipality: 'ottawa',
      source: 'https://ottawa.ca/csc',
      dateModified: '2026-09-03',
    },
    {
      id: 'ottawa.office.ociso',
      kind: 'settlement-agency',
      name: {
        en: 'Ottawa Community Immigrant Services Organization (OCISO)',
        fr: 'Organisme communautaire des services aux immigrants d’Ottawa (OCISO)',
      },
      address: { street: '959 Wellington Street West', city: 'Ottawa', province: 'ON', postalCode: 'K1Y 2X5' },
      coordinates: { lat: 45.4066, lng: -75.7222 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '16:30' }],
      phone: '613-725-5671',
      url: { en: 'https://ociso.org/' },
      services: ['ca.settlement-services', 'on.orientation-to-ontario', 'ca.mentoring', 'ottawa.newcomer-portal'],
      languages: ['en', 'fr', 'ar', 'zh', 'es', 'fa', 'so', 'ne', 'vi'],
      accessibility: {
        en: 'Ground-floor entrance. Call ahead if you need an interpreter or help getting in.',
        fr: 'Entrée au rez-de-chaussée. Appelez à l’avance si vous avez besoin d’un interprète ou d’aide pour entrer.',
      },
      municipality: 'ottawa',
      source: 'https://ociso.org/',
      dateModified: '2026-04-22',
    },
    {
      id: 'ottawa.office.cci',
      kind: 'settlement-agency',
      name: {
        en: 'Catholic Centre for Immigrants (CCI Ottawa)',
        fr: 'Centre catholique pour immigrants (CCI d’Ottawa)',
      },
      address: { street: '219 Argyle Avenue', city: 'Ottawa', province: 'ON', postalCode: 'K2P 2H4' },
      coordinates: { lat: 45.4106, lng: -75.6914 },
      hours: [{ days: [...weekdays], opens: '09:00', closes: '16:30' }],
      phone: '613-232-9634',
      url: { en: 'https://cciottawa.ca/' },
      services: ['ca.settlement-services', 'on.orientation-to-ontario', 'on.employment-ontario', 'ottawa.newcomer-portal'],
      languages: ['en', 'fr', 'ar', 'es', 'fa', 'so', 'ti', 'sw', 'uk'],
      accessibility: {
        en: 'Elevator to all floors. Services for all newcomers, whatever their faith.',
        fr: 'Ascenseur à tous les étages. Services offerts à tous les nouveaux arrivants, quelle que soit leur religion.',
      },
      municipality: 'ottawa',
      source: 'https://cciottawa.ca/',
      dateModified: '2026-02-11',
    },
    {
      id: 'ottawa.office.opl-nepean-centrepointe',
      kind: 'library',
      name: {
        en: 'Ottawa Public Library – Nepean Centrepointe branch',
        fr: 'Bibliothèque publique d’Ottawa – succursale Nepean Centrepointe',
      },
      address: { street: '101 Centrepointe Drive', city: 'Ottawa', province: 'ON', postalCode: 'K2G 5K7' },
      coordinates: { lat: 45.3449, lng: -75.7613 },
      hours: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '10:00', closes: '20:30' },
        { days: ['fri'], opens: '10:00', closes: '18:00' },
        { days: ['sat', 'sun'], opens: '10:00', closes: '17:00' },
      ],
      phone: '613-580-2940',
      url: { en: 'https://biblioottawalibrary.ca/en/card' },
      services: ['ottawa.library-card', 'ottawa.recreation'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Step-free entrance and elevator. Public computers with screen-reading software.',
        fr: 'Entrée sans marches et ascenseur. Ordinateurs publics avec logiciel de lecture d’écran.',
      },
      wheelchairAccessible: true,
      municipality: 'ottawa',
      source: 'https://biblioottawalibrary.ca/en/card',
      dateModified: '2026-07-08',
    },
  ],
};
