import type { FeedInput } from '../../src/content/feed';
import type { OfficeInput } from '../../src/content/office';

const cityOfToronto = { jurisdiction: 'municipal', body: { en: 'City of Toronto', fr: 'Ville de Toronto' } } as const;
const torontoPublicLibrary = {
  jurisdiction: 'municipal',
  body: { en: 'Toronto Public Library', fr: 'Bibliothèque publique de Toronto' },
} as const;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const tplLibraryHours: NonNullable<OfficeInput['hours']> = [
  { days: [...weekdays], opens: '09:00', closes: '20:30' },
  { days: ['sat'], opens: '09:00', closes: '17:00' },
  { days: ['sun'], opens: '13:30', closes: '17:00' },
];

export const torontoFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-12T14:30:00Z',
  publisher: {
    id: 'toronto',
    name: { en: 'City of Toronto', fr: 'Ville de Toronto' },
    jurisdiction: 'municipal',
    licence: {
      name: { en: 'Open Government Licence – Toronto', fr: 'Licence du gouvernement ouvert – Toronto' },
      url: 'https://open.toronto.ca/open-data-licence/',
    },
    attribution: {
      en: 'Contains information licensed under the Open Government Licence – Toronto.',
      fr: 'Contient des renseignements visés par la Licence du gouvernement ouvert – Toronto.',
    },
    homepage: { en: 'https://www.toronto.ca/' },
  },
  municipalities: [
    {
      id: 'toronto',
      name: { en: 'Toronto', fr: 'Toronto' },
      region: { en: 'Greater Toronto Area', fr: 'Région du grand Toronto' },
      population: 2794356,
      populationYear: 2021,
      frenchLanguageServices: true,
      portal: {
        en: 'https://www.toronto.ca/city-government/accountability-operations-customer-service/long-term-vision-plans-and-strategies/toronto-newcomer-strategy/',
      },
      dateModified: '2026-08-27',
    },
  ],
  items: [
    {
      id: 'toronto.transit',
      kind: 'task',
      title: {
        en: 'Ride the TTC with a PRESTO card',
        fr: 'Voyagez avec la TTC grâce à une carte PRESTO',
      },
      summary: {
        en: 'The TTC runs Toronto’s subway, streetcars and buses. Pay with PRESTO or by tapping a credit or debit card.',
        fr: 'La TTC exploite le métro, les tramways et les autobus de Toronto. Payez avec PRESTO ou en tapant une carte de crédit ou de débit.',
      },
      body: {
        en: '<p>The Toronto Transit Commission (TTC) runs the subway, streetcars and buses. You can pay with a PRESTO card, a PRESTO ticket or by tapping a credit or debit card. After you tap, you can transfer for two hours without paying again. Monthly passes are only sold on PRESTO cards.</p><p>Children aged 12 and under ride free.</p><p>If your income is low, the City’s <strong>Fair Pass</strong> program gives you a discount on rides and monthly passes. You must live in Toronto, be 20 to 64 years old and have a PRESTO card. Rules and prices change. <strong>Check the official page</strong> before you apply.</p>',
        fr: '<p>La Commission de transport de Toronto (TTC) exploite le métro, les tramways et les autobus. Vous pouvez payer avec une carte PRESTO, un billet PRESTO ou en tapant une carte de crédit ou de débit. Après avoir tapé votre carte, vous pouvez faire des correspondances pendant deux heures sans payer de nouveau. Les laissez-passer mensuels sont vendus seulement sur les cartes PRESTO.</p><p>Les enfants de 12 ans et moins voyagent gratuitement.</p><p>Si votre revenu est faible, le programme <strong>Fair Pass</strong> de la Ville vous donne un rabais sur les passages et les laissez-passer mensuels. Vous devez habiter à Toronto, avoir de 20 à 64 ans et posséder une carte PRESTO. Les règles et les prix changent. <strong>Consultez la page officielle</strong> avant de faire une demande.</p>',
      },
      topics: ['driving-transportation'],
      stages: ['first-days'],
      responsible: {
        jurisdiction: 'municipal',
        body: { en: 'Toronto Transit Commission (TTC)', fr: 'Commission de transport de Toronto (TTC)' },
      },
      partners: [cityOfToronto, { jurisdiction: 'provincial', body: { en: 'PRESTO (Metrolinx)', fr: 'PRESTO (Metrolinx)' } }],
      channels: [
        { type: 'online', url: { en: 'https://www.ttc.ca/Fares-and-passes' } },
        {
          type: 'online',
          url: { en: 'https://www.toronto.ca/transitdiscount' },
          note: { en: 'Apply for the Fair Pass discount.', fr: 'Demandez le rabais Fair Pass.' },
        },
        {
          type: 'phone',
          phone: '416-338-8888',
          note: {
            en: 'City Application and Support Centre, for help with a Fair Pass application.',
            fr: 'Centre de demandes et de soutien de la Ville, pour obtenir de l’aide avec une demande Fair Pass.',
          },
        },
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: {
            en: 'Some library branches give out free PRESTO cards while supplies last.',
            fr: 'Certaines succursales de la bibliothèque remettent des cartes PRESTO gratuites, jusqu’à épuisement des stocks.',
          },
        },
      ],
      fees: {
        en: 'Fares change often. Check the official page for today’s prices.',
        fr: 'Les tarifs changent souvent. Consultez la page officielle pour connaître les prix actuels.',
      },
      verify: true,
      municipalities: ['toronto'],
      source: { en: 'https://www.ttc.ca/Fares-and-passes/Other-passes/Fair-Pass-Transit-Discount-Program' },
      dateModified: '2026-07-15',
      languages: ['en', 'fr'],
    },
    {
      id: 'toronto.library-card',
      kind: 'task',
      title: {
        en: 'Get a free Toronto Public Library card',
        fr: 'Obtenez une carte gratuite de la Bibliothèque publique de Toronto',
      },
      summary: {
        en: 'If you live, work, study or own property in Toronto, your library card is free.',
        fr: 'Si vous habitez, travaillez, étudiez ou possédez une propriété à Toronto, votre carte de bibliothèque est gratuite.',
      },
      body: {
        en: '<p>Toronto Public Library has 100 branches. With a free card, you can borrow books in many languages, use computers and Wi-Fi, and get free passes to museums.</p><p>Go to any branch with identification that shows your name and address. If your ID has no address, bring one document with your name and one with your address, such as a lease or a bill from the last two months.</p><p>If you live in Toronto and are 13 or older, you can also sign up online for a Digital Access Card. It gives you e-books and online resources right away.</p>',
        fr: '<p>La Bibliothèque publique de Toronto compte 100 succursales. Avec une carte gratuite, vous pouvez emprunter des livres dans beaucoup de langues, utiliser les ordinateurs et le Wi-Fi, et obtenir des laissez-passer gratuits pour des musées.</p><p>Rendez-vous dans une succursale avec une pièce d’identité qui indique votre nom et votre adresse. Si votre pièce d’identité n’indique pas d’adresse, apportez un document avec votre nom et un autre avec votre adresse, comme un bail ou une facture des deux derniers mois.</p><p>Si vous habitez à Toronto et avez 13 ans ou plus, vous pouvez aussi vous inscrire en ligne pour obtenir une carte d’accès numérique. Elle vous donne tout de suite accès aux livres numériques et aux ressources en ligne.</p>',
      },
      topics: ['rights-community', 'language'],
      stages: ['first-weeks'],
      responsible: torontoPublicLibrary,
      channels: [
        {
          type: 'in-person',
          officeKinds: ['library'],
          note: { en: 'Register for a full card at any branch.', fr: 'Inscrivez-vous pour une carte complète dans n’importe quelle succursale.' },
        },
        {
          type: 'online',
          url: { en: 'https://www.torontopubliclibrary.ca/using-the-library/your-library-card/' },
          note: { en: 'Digital Access Card for residents aged 13 and older.', fr: 'Carte d’accès numérique pour les résidents de 13 ans et plus.' },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        { en: 'Identification with your name and address', fr: 'Une pièce d’identité avec votre nom et votre adresse' },
        {
          en: 'Or: one document with your name and one with your address, issued in the last two months',
          fr: 'Ou : un document avec votre nom et un autre avec votre adresse, émis dans les deux derniers mois',
        },
      ],
      municipalities: ['toronto'],
      source: { en: 'https://www.torontopubliclibrary.ca/using-the-library/your-library-card/' },
      dateModified: '2025-03-18',
      languages: ['en', 'fr'],
    },
    {
      id: 'toronto.recreation',
      kind: 'task',
      title: {
        en: 'Register for City recreation programs',
        fr: 'Inscrivez-vous aux programmes de loisirs de la Ville',
      },
      summary: {
        en: 'Swimming, skating, sports, arts and camps in community recreation centres. The Welcome Policy helps with fees.',
        fr: 'Natation, patinage, sports, arts et camps dans les centres récréatifs communautaires. La Welcome Policy aide à payer les frais.',
      },
      body: {
        en: '<p>The City of Toronto runs recreation programs for all ages. Many drop-in programs are free.</p><p>To register, create an online account. You need an email address. If you do not have one, call the recreation call centre or visit a community recreation centre, and staff will help you.</p><p>If your family has a low income, apply for the <strong>Welcome Policy</strong>. It gives each family member a yearly credit to pay for programs. You can apply at any time of the year. People who receive Ontario Works are eligible automatically.</p>',
        fr: '<p>La Ville de Toronto offre des programmes de loisirs pour tous les âges. Beaucoup d’activités libres sont gratuites.</p><p>Pour vous inscrire, créez un compte en ligne. Il vous faut une adresse courriel. Si vous n’en avez pas, appelez le centre d’appels des loisirs ou rendez-vous dans un centre récréatif communautaire; le personnel vous aidera.</p><p>Si votre famille a un faible revenu, demandez la <strong>Welcome Policy</strong>. Elle donne à chaque membre de la famille un crédit annuel pour payer des programmes. Vous pouvez faire une demande à tout moment de l’année. Les personnes qui reçoivent Ontario au travail y ont droit automatiquement.</p>',
      },
      topics: ['rights-community', 'children-family'],
      stages: ['first-months'],
      responsible: cityOfToronto,
      channels: [
        { type: 'online', url: { en: 'https://www.toronto.ca/explore-enjoy/recreation/how-to-register-for-recreation-programs/' } },
        {
          type: 'online',
          url: {
            en: 'https://www.toronto.ca/community-people/employment-social-support/child-family-support/welcome-policy-recreation-fee-subsidy/',
          },
          note: { en: 'Apply for the Welcome Policy fee subsidy.', fr: 'Demandez la subvention Welcome Policy.' },
        },
        {
          type: 'phone',
          phone: '416-396-7378',
          note: { en: 'Recreation call centre, option 1.', fr: 'Centre d’appels des loisirs, option 1.' },
        },
      ],
      fees: {
        en: 'Each program has its own fee. Many drop-in programs are free.',
        fr: 'Chaque programme a ses propres frais. Beaucoup d’activités libres sont gratuites.',
      },
      municipalities: ['toronto'],
      source: { en: 'https://www.toronto.ca/explore-enjoy/recreation/how-to-register-for-recreation-programs/' },
      dateModified: '2026-06-02',
      languages: ['en', 'fr'],
    },
    {
      id: 'toronto.settlement-services',
      kind: 'task',
      serviceId: 'settlement-services',
      title: {
        en: 'Meet a settlement worker in Toronto',
        fr: 'Rencontrez un intervenant en établissement à Toronto',
      },
      summary: {
        en: 'Free help from settlement agencies across Toronto, including workers in some public library branches.',
        fr: 'Aide gratuite offerte par des organismes d’établissement partout à Toronto, y compris dans certaines succursales de la bibliothèque publique.',
      },
      body: {
        en: '<p>Settlement agencies help newcomers for free. A settlement worker looks at your needs and makes a plan with you. They can help with housing, work, school, forms and English or French classes. Many speak your language.</p><p>Some Toronto Public Library branches have settlement workers on site. This is the Library Settlement Partnerships program. You can book an appointment at the library.</p><p>Most services paid for by the Government of Canada are for permanent residents and protected persons. Some agencies can also help other newcomers. Ask the agency. To find an agency near you, call 2-1-1.</p>',
        fr: '<p>Les organismes d’établissement aident gratuitement les nouveaux arrivants. Un intervenant évalue vos besoins et prépare un plan avec vous. Il peut vous aider à trouver un logement, un emploi ou une école, à remplir des formulaires et à suivre des cours d’anglais ou de français. Beaucoup d’intervenants parlent votre langue.</p><p>Certaines succursales de la Bibliothèque publique de Toronto accueillent des intervenants en établissement. C’est le programme Library Settlement Partnerships. Vous pouvez prendre rendez-vous à la bibliothèque.</p><p>La plupart des services payés par le gouvernement du Canada sont destinés aux résidents permanents et aux personnes protégées. Certains organismes peuvent aussi aider d’autres nouveaux arrivants. Renseignez-vous auprès de l’organisme. Pour trouver un organisme près de chez vous, composez le 2-1-1.</p>',
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
        torontoPublicLibrary,
        cityOfToronto,
      ],
      channels: [
        {
          type: 'in-person',
          officeKinds: ['settlement-agency', 'library'],
          note: {
            en: 'Call ahead. Many agencies and libraries work by appointment.',
            fr: 'Appelez avant de vous déplacer. Beaucoup d’organismes et de bibliothèques fonctionnent sur rendez-vous.',
          },
        },
        {
          type: 'phone',
          phone: '2-1-1',
          note: { en: '211 Ontario can tell you which agencies are near you.', fr: '211 Ontario peut vous indiquer les organismes près de chez vous.' },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      municipalities: ['toronto'],
      source: {
        en: 'https://www.toronto.ca/city-government/accountability-operations-customer-service/long-term-vision-plans-and-strategies/toronto-newcomer-strategy/',
      },
      dateModified: '2026-08-27',
      languages: ['en', 'fr'],
    },
    {
      id: 'toronto.housing-help',
      kind: 'guide',
      title: {
        en: 'Get help if you cannot pay rent or may lose your home',
        fr: 'Obtenez de l’aide si vous ne pouvez pas payer votre loyer ou risquez de perdre votre logement',
      },
      summary: {
        en: 'The City and its partners can help you keep your home, find housing and learn your rights as a tenant.',
        fr: 'La Ville et ses partenaires peuvent vous aider à garder votre logement, à en trouver un et à connaître vos droits de locataire.',
      },
      body: {
        en: '<p>If you are behind on your rent or need money for a deposit, contact the <strong>Toronto Rent Bank</strong>. It can help eligible low-income residents. The kind of help it gives has changed over time. <strong>Check the official page</strong>.</p><p>For questions about your rights as a tenant, call the <strong>Tenant Hotline</strong> at 416-921-9494. Interpreters are available in many languages. Housing Help Centres can help you look for a place and talk to your landlord.</p><p>Disputes between landlords and tenants go to Ontario’s Landlord and Tenant Board. If you have nowhere to stay tonight, call 3-1-1.</p>',
        fr: '<p>Si vous êtes en retard dans votre loyer ou avez besoin d’argent pour un dépôt, communiquez avec la <strong>Toronto Rent Bank</strong>. Elle peut aider les résidents admissibles à faible revenu. Le type d’aide offert a changé au fil du temps. <strong>Consultez la page officielle</strong>.</p><p>Pour toute question sur vos droits de locataire, appelez la <strong>Tenant Hotline</strong> au 416-921-9494. Des interprètes sont offerts dans beaucoup de langues. Les Housing Help Centres peuvent vous aider à chercher un logement et à discuter avec votre propriétaire.</p><p>Les différends entre propriétaires et locataires relèvent de la Commission de la location immobilière de l’Ontario. Si vous n’avez nulle part où dormir ce soir, composez le 3-1-1.</p>',
      },
      topics: ['housing'],
      stages: ['first-months'],
      responsible: cityOfToronto,
      partners: [
        {
          jurisdiction: 'community',
          body: { en: 'Federation of Metro Tenants’ Associations', fr: 'Federation of Metro Tenants’ Associations' },
        },
        {
          jurisdiction: 'provincial',
          body: { en: 'Landlord and Tenant Board', fr: 'Commission de la location immobilière' },
        },
      ],
      channels: [
        {
          type: 'phone',
          phone: '416-397-7368',
          note: { en: 'Toronto Rent Bank, Monday to Friday.', fr: 'Toronto Rent Bank, du lundi au vendredi.' },
        },
        {
          type: 'phone',
          phone: '416-921-9494',
          note: { en: 'Tenant Hotline.', fr: 'Tenant Hotline (ligne d’aide aux locataires).' },
        },
        { type: 'online', url: { en: 'https://www.toronto.ca/community-people/housing-shelter/housing-at-risk/' } },
      ],
      dependsOn: ['on.renting'],
      verify: true,
      municipalities: ['toronto'],
      source: { en: 'https://www.toronto.ca/community-people/housing-shelter/housing-at-risk/' },
      dateModified: '2026-10-06',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'toronto.office.costi-dufferin',
      kind: 'settlement-agency',
      name: { en: 'COSTI Immigrant Services – Dufferin', fr: 'COSTI Immigrant Services – Dufferin' },
      address: { street: '1710 Dufferin Street', city: 'Toronto', province: 'ON', postalCode: 'M6E 3P2' },
      coordinates: { lat: 43.6869, lng: -79.4466 },
      hours: [{ days: [...weekdays], opens: '09:00', closes: '17:00' }],
      phone: '416-658-1600',
      url: { en: 'https://www.costi.org/' },
      services: ['ca.settlement-services', 'ca.linc', 'on.employment-ontario', 'on.orientation-to-ontario', 'toronto.settlement-services'],
      languages: ['en', 'it', 'pt', 'es', 'ar', 'fa', 'prs', 'ps', 'zh', 'uk'],
      accessibility: {
        en: 'Step-free entrance. Call ahead to ask for an interpreter.',
        fr: 'Entrée sans marches. Appelez à l’avance pour demander un interprète.',
      },
      wheelchairAccessible: true,
      municipality: 'toronto',
      source: 'https://www.costi.org/',
      dateModified: '2026-05-20',
    },
    {
      id: 'toronto.office.culturelink',
      kind: 'settlement-agency',
      name: {
        en: 'CultureLink Settlement and Community Services',
        fr: 'CultureLink Settlement and Community Services',
      },
      address: { street: '2340 Dundas Street West, Suite 301', city: 'Toronto', province: 'ON', postalCode: 'M6P 4A9' },
      coordinates: { lat: 43.6566, lng: -79.4526 },
      hours: [{ days: [...weekdays], opens: '09:00', closes: '17:00' }],
      phone: '416-588-6288',
      url: { en: 'https://culturelink.ca/' },
      services: ['ca.settlement-services', 'ca.mentoring', 'on.orientation-to-ontario', 'toronto.settlement-services'],
      languages: ['en', 'fr', 'es', 'pt', 'ar', 'zh', 'ta', 'uk', 'ru'],
      accessibility: {
        en: 'Elevator from the building lobby. Close to Dundas West subway station.',
        fr: 'Ascenseur depuis le hall de l’immeuble. Près de la station de métro Dundas West.',
      },
      municipality: 'toronto',
      source: 'https://culturelink.ca/',
      dateModified: '2026-03-09',
    },
    {
      id: 'toronto.office.tpl-reference-library',
      kind: 'library',
      name: { en: 'Toronto Reference Library', fr: 'Bibliothèque de référence de Toronto' },
      address: { street: '789 Yonge Street', city: 'Toronto', province: 'ON', postalCode: 'M4W 2G8' },
      coordinates: { lat: 43.6713, lng: -79.3903 },
      hours: tplLibraryHours,
      phone: '416-393-7131',
      url: { en: 'https://www.torontopubliclibrary.ca/detail?R=LIB018' },
      services: ['toronto.library-card', 'toronto.settlement-services', 'toronto.transit'],
      languages: ['en', 'fr', 'zh', 'es', 'ta', 'fa'],
      accessibility: {
        en: 'Step-free entrance on Yonge Street. TTY service. Adaptive technology hub with screen readers and magnifiers.',
        fr: 'Entrée sans marches sur la rue Yonge. Service ATS. Centre de technologies adaptées avec lecteurs d’écran et loupes.',
      },
      wheelchairAccessible: true,
      municipality: 'toronto',
      source: 'https://www.torontopubliclibrary.ca/detail?R=LIB018',
      dateModified: '2026-09-15',
    },
    {
      id: 'toronto.office.tpl-north-york-central',
      kind: 'library',
      name: { en: 'North York Central Library', fr: 'Bibliothèque centrale de North York' },
      address: { street: '5120 Yonge Street', city: 'Toronto', province: 'ON', postalCode: 'M2N 5N9' },
      coordinates: { lat: 43.7686, lng: -79.4145 },
      hours: tplLibraryHours,
      phone: '416-393-7131',
      url: { en: 'https://www.torontopubliclibrary.ca/using-the-library/your-library-card/' },
      services: ['toronto.library-card', 'toronto.settlement-services', 'toronto.transit'],
      languages: ['en', 'fa', 'ko', 'zh', 'ru'],
      accessibility: {
        en: 'Connected to North York Centre subway station. Elevators to all floors.',
        fr: 'Reliée à la station de métro North York Centre. Ascenseurs à tous les étages.',
      },
      municipality: 'toronto',
      source: 'https://www.torontopubliclibrary.ca/using-the-library/your-library-card/',
      dateModified: '2026-09-15',
    },
  ],
};
