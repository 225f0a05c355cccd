// What a generated municipality publishes: the services an Ontario town's newcomer pages
// usually cover, written for that town in English and French. Each service gives a task ("do
// this") and a guide ("know this"), so about 28 services make about 50 items once a town has
// left a few out.
import type { ItemInput } from '../../../src/content/item';
import type { HOUSEHOLD_TRAITS, OFFICE_KINDS, STAGES, TOPICS } from '../../../src/content/taxonomy';

/** One generated municipality, as its pages name it. */
export interface Town {
  id: string;
  /** "Township of Oakridge" and "Canton d’Oakridge". */
  name: { en: string; fr: string };
  /** "Oakridge": the place, without its kind. */
  place: string;
  host: string;
  phone: string;
  frenchDesignated: boolean;
}

type Text = { en: string; fr: string };
const t = (en: string, fr: string): Text => ({ en, fr });

export interface ServiceTemplate {
  key: string;
  /** The French page's address, after /fr/. */
  keyFr: string;
  topics: (typeof TOPICS)[number][];
  stages: (typeof STAGES)[number][];
  responsible?: 'provincial' | 'community';
  /** The body that delivers it, as the item's `responsible.body`. */
  deliveredBy: (town: Town) => Text;
  title: (town: Town) => Text;
  guideTitle: (town: Town) => Text;
  summary: (town: Town) => Text;
  /** What the service is, in one paragraph. */
  about: (town: Town) => Text;
  /** How to get it, in one paragraph. */
  how: (town: Town) => Text;
  officeKinds?: (typeof OFFICE_KINDS)[number][];
  dependsOn?: string[];
  serviceId?: string;
  requires?: (typeof HOUSEHOLD_TRAITS)[number][];
  due?: ItemInput['due'];
  /** Only towns designated under the French Language Services Act publish it. */
  frenchOnly?: boolean;
}

const city = (town: Town) => t(town.name.en, town.name.fr);

/** The paragraphs every town's pages end with, one of them picked per item. */
export const CLOSINGS: readonly ((town: Town) => Text)[] = [
  (town) =>
    t(
      `<p>If you have questions, call ${town.name.en} at ${town.phone}. Staff can arrange an interpreter in many languages at no cost to you.</p>`,
      `<p>Pour toute question, appelez ${town.name.fr} au ${town.phone}. Le personnel peut faire appel gratuitement à un interprète dans de nombreuses langues.</p>`,
    ),
  (town) =>
    t(
      `<p>Fees and rules can change during the year. <strong>Check the official page</strong> of ${town.name.en} before you go.</p>`,
      `<p>Les frais et les règles peuvent changer en cours d’année. <strong>Consultez la page officielle</strong> de la municipalité avant de vous déplacer.</p>`,
    ),
  () =>
    t(
      '<p>A settlement worker can help you fill in the forms and explain what each step means. The service is free for permanent residents and refugees.</p>',
      '<p>Une personne conseillère en établissement peut vous aider à remplir les formulaires et vous expliquer chaque étape. Le service est gratuit pour les résidents permanents et les réfugiés.</p>',
    ),
  (town) =>
    t(
      `<p>Municipal buildings in ${town.place} have step-free entrances. Tell staff if you need another format, such as large print or help reading a form.</p>`,
      `<p>Les édifices municipaux de ${town.place} ont une entrée sans marches. Dites au personnel si vous avez besoin d’un autre format, comme les gros caractères ou de l’aide pour lire un formulaire.</p>`,
    ),
  () =>
    t(
      '<p>Bring photo identification and proof of your address, such as a lease, a utility bill or a letter from your bank. A permanent resident card or a confirmation of permanent residence is accepted as identification.</p>',
      '<p>Apportez une pièce d’identité avec photo et une preuve d’adresse, comme un bail, une facture de services publics ou une lettre de votre banque. La carte de résident permanent ou la confirmation de résidence permanente sont acceptées comme pièces d’identité.</p>',
    ),
];

export const SERVICES: readonly ServiceTemplate[] = [
  {
    key: 'library-card', keyFr: 'carte-bibliotheque', topics: ['rights-community', 'language'], stages: ['first-weeks'], officeKinds: ['library'],
    deliveredBy: (town) => t(`${town.place} Public Library`, `Bibliothèque publique de ${town.place}`),
    title: (town) => t(`Get a free ${town.place} Public Library card`, `Obtenez une carte gratuite de la Bibliothèque publique de ${town.place}`),
    guideTitle: (town) => t(`What the ${town.place} library offers newcomers`, `Ce que la bibliothèque de ${town.place} offre aux nouveaux arrivants`),
    summary: () => t('Residents get a library card for free. Borrow books, use computers and Wi-Fi, and join free programs.', 'La carte de bibliothèque est gratuite pour les résidents. Empruntez des livres, utilisez les ordinateurs et le Wi-Fi, et participez à des activités gratuites.'),
    about: () => t('<p>The library lends books, movies and e-books in English, French and other languages. Branches have computers, printers and free Wi-Fi, and run conversation circles and homework help.</p>', '<p>La bibliothèque prête des livres, des films et des livres numériques en français, en anglais et dans d’autres langues. Les succursales offrent des ordinateurs, des imprimantes et le Wi-Fi gratuit, ainsi que des cercles de conversation et de l’aide aux devoirs.</p>'),
    how: () => t('<p>Go to any branch with photo identification and proof of your address. Children under 14 need a parent or guardian to sign for their card.</p>', '<p>Rendez-vous dans une succursale avec une pièce d’identité avec photo et une preuve d’adresse. Les enfants de moins de 14 ans ont besoin de la signature d’un parent ou d’un tuteur.</p>'),
  },
  {
    key: 'transit', keyFr: 'transport-en-commun', topics: ['driving-transportation'], stages: ['first-days'],
    deliveredBy: (town) => t(`${town.place} Transit`, `Transport en commun de ${town.place}`),
    title: (town) => t(`Pay for the bus in ${town.place}`, `Payez l’autobus à ${town.place}`),
    guideTitle: (town) => t(`Getting around ${town.place} without a car`, `Se déplacer à ${town.place} sans voiture`),
    summary: () => t('Local buses take cash, a fare card or a tap of your bank card. Monthly passes cost less if you ride often.', 'Les autobus locaux acceptent l’argent comptant, une carte de transport ou le paiement sans contact. Le laissez-passer mensuel coûte moins cher si vous voyagez souvent.'),
    about: () => t('<p>Buses run on weekdays and Saturdays, with fewer trips on Sundays and holidays. On-demand rides serve the rural parts of the municipality if you book a day ahead.</p>', '<p>Les autobus circulent en semaine et le samedi, avec moins de départs le dimanche et les jours fériés. Un service sur demande dessert les secteurs ruraux si vous réservez la veille.</p>'),
    how: () => t('<p>Buy a fare card at the municipal office or the library. People with a low income can apply for a reduced monthly pass.</p>', '<p>Achetez une carte de transport au bureau municipal ou à la bibliothèque. Les personnes à faible revenu peuvent demander un laissez-passer mensuel à prix réduit.</p>'),
  },
  {
    key: 'waste-collection', keyFr: 'collecte-dechets', topics: ['housing'], stages: ['first-days'],
    deliveredBy: city,
    title: () => t('Put out your garbage, recycling and green bin', 'Sortez vos ordures, votre recyclage et votre bac vert'),
    guideTitle: (town) => t(`Garbage and recycling rules in ${town.place}`, `Règles sur les ordures et le recyclage à ${town.place}`),
    summary: () => t('Collection happens once a week on your street. Find your day, what goes in each bin and where to take large items.', 'La collecte a lieu une fois par semaine dans votre rue. Trouvez votre jour de collecte, ce qui va dans chaque bac et où apporter les gros objets.'),
    about: () => t('<p>Recycling goes in the blue box, food scraps in the green bin and the rest in garbage bags with a tag. Electronics, paint and batteries go to the depot, never in the garbage.</p>', '<p>Le recyclage va dans la boîte bleue, les restes de table dans le bac vert et le reste dans des sacs à ordures étiquetés. Les appareils électroniques, la peinture et les piles vont au dépôt, jamais aux ordures.</p>'),
    how: () => t('<p>Put your bins at the curb by 7 a.m. on your collection day. Download the collection calendar or sign up for reminders by email.</p>', '<p>Placez vos bacs en bordure de rue avant 7 h le jour de la collecte. Téléchargez le calendrier de collecte ou inscrivez-vous aux rappels par courriel.</p>'),
  },
  {
    key: 'property-tax', keyFr: 'impot-foncier', topics: ['money-taxes', 'housing'], stages: ['first-months'], due: { type: 'yearly', month: 2, day: 28 },
    deliveredBy: city,
    title: () => t('Pay your property tax', 'Payez votre impôt foncier'),
    guideTitle: (town) => t(`How property tax works in ${town.place}`, `Comment fonctionne l’impôt foncier à ${town.place}`),
    summary: () => t('If you own a home, you pay property tax to the municipality in instalments. Renters pay it through their rent.', 'Si vous êtes propriétaire, vous payez l’impôt foncier à la municipalité en plusieurs versements. Les locataires le paient dans leur loyer.'),
    about: () => t('<p>Property tax pays for roads, parks, libraries, fire services and garbage collection. The amount depends on the assessed value of your home.</p>', '<p>L’impôt foncier finance les routes, les parcs, les bibliothèques, les services d’incendie et la collecte des ordures. Le montant dépend de la valeur évaluée de votre maison.</p>'),
    how: () => t('<p>Pay online through your bank, by pre-authorized payments or at the municipal office. Late payments are charged interest every month.</p>', '<p>Payez en ligne par votre banque, par prélèvements automatiques ou au bureau municipal. Des intérêts s’ajoutent chaque mois aux paiements en retard.</p>'),
  },
  {
    key: 'water-account', keyFr: 'compte-eau', topics: ['housing'], stages: ['first-days'],
    deliveredBy: city,
    title: () => t('Open a water and wastewater account', 'Ouvrez un compte d’eau et d’eaux usées'),
    guideTitle: () => t('Your water bill explained', 'Votre facture d’eau expliquée'),
    summary: () => t('When you move into a home you own, open a water account in your name. Tenants should check their lease first.', 'Lorsque vous emménagez dans une maison dont vous êtes propriétaire, ouvrez un compte d’eau à votre nom. Les locataires doivent d’abord vérifier leur bail.'),
    about: () => t('<p>The water bill covers clean drinking water and the treatment of wastewater. Bills come every two months and show how much water you used.</p>', '<p>La facture d’eau couvre l’eau potable et le traitement des eaux usées. Elle arrive tous les deux mois et indique la quantité d’eau utilisée.</p>'),
    how: () => t('<p>Fill in the new account form online or at the municipal office. You need the address, the date you moved in and a meter reading.</p>', '<p>Remplissez le formulaire de nouveau compte en ligne ou au bureau municipal. Il vous faut l’adresse, la date d’emménagement et un relevé du compteur.</p>'),
  },
  {
    key: 'recreation', keyFr: 'loisirs', topics: ['rights-community', 'children-family'], stages: ['first-months'], officeKinds: ['co-located'],
    deliveredBy: city,
    title: () => t('Register for recreation programs', 'Inscrivez-vous aux activités de loisirs'),
    guideTitle: () => t('Help paying for recreation programs', 'Aide pour payer les activités de loisirs'),
    summary: () => t('Skating, sports, arts and camps for every age. Families with a low income can get help with fees.', 'Patinage, sports, arts et camps pour tous les âges. Les familles à faible revenu peuvent obtenir de l’aide pour les frais.'),
    about: () => t('<p>Community centres offer programs in every season, from drop-in skating to summer day camps. Many drop-in activities are free.</p>', '<p>Les centres communautaires proposent des activités en toutes saisons, du patinage libre aux camps de jour d’été. Beaucoup d’activités libres sont gratuites.</p>'),
    how: () => t('<p>Create a family account online, then register when the season opens. Fee assistance covers part of the cost and is confidential.</p>', '<p>Créez un compte familial en ligne, puis inscrivez-vous à l’ouverture de la saison. L’aide financière couvre une partie des frais et est confidentielle.</p>'),
  },
  {
    key: 'swimming', keyFr: 'natation', topics: ['children-family'], stages: ['first-months'], officeKinds: ['co-located'],
    deliveredBy: city,
    title: () => t('Sign up for swimming lessons', 'Inscrivez-vous aux cours de natation'),
    guideTitle: (town) => t(`Pools and beaches in ${town.place}`, `Piscines et plages à ${town.place}`),
    summary: () => t('Lessons for children and adults at the municipal pool, and free public swims every week.', 'Des cours pour les enfants et les adultes à la piscine municipale, et des bains libres gratuits chaque semaine.'),
    about: () => t('<p>Learning to swim keeps children safe near lakes and rivers. Lifeguards watch the public beaches in July and August.</p>', '<p>Apprendre à nager protège les enfants près des lacs et des rivières. Des sauveteurs surveillent les plages publiques en juillet et en août.</p>'),
    how: () => t('<p>Register online or at the pool. Lessons fill quickly: register on the first day of registration.</p>', '<p>Inscrivez-vous en ligne ou à la piscine. Les cours se remplissent vite, alors inscrivez-vous dès le premier jour.</p>'),
  },
  {
    key: 'pet-licence', keyFr: 'licence-animal', topics: ['housing'], stages: ['first-weeks'],
    deliveredBy: city,
    title: () => t('License your dog or cat', 'Obtenez une licence pour votre chien ou votre chat'),
    guideTitle: () => t('Rules for pets in the municipality', 'Règles sur les animaux dans la municipalité'),
    summary: () => t('Dogs and cats must have a municipal licence. It helps bring a lost pet home.', 'Les chiens et les chats doivent avoir une licence municipale. Elle aide à ramener un animal perdu à la maison.'),
    about: () => t('<p>Dogs must be on a leash outside off-leash areas, and owners must pick up after them. Barking and roaming pets can lead to fines.</p>', '<p>Les chiens doivent être tenus en laisse hors des aires d’exercice, et leurs propriétaires doivent ramasser leurs besoins. Les aboiements et les animaux errants peuvent entraîner des amendes.</p>'),
    how: () => t('<p>Buy a licence online or at the municipal office within two weeks of moving in. The fee is lower for spayed or neutered animals.</p>', '<p>Achetez une licence en ligne ou au bureau municipal dans les deux semaines suivant votre emménagement. Les frais sont moins élevés pour les animaux stérilisés.</p>'),
  },
  {
    key: 'parking', keyFr: 'stationnement', topics: ['driving-transportation'], stages: ['first-weeks'],
    deliveredBy: city,
    title: () => t('Get a residential parking permit', 'Obtenez un permis de stationnement résidentiel'),
    guideTitle: () => t('Winter parking rules', 'Règles de stationnement en hiver'),
    summary: () => t('Some streets need a permit for overnight parking. In winter, cars must be off the street during snow clearing.', 'Certaines rues exigent un permis pour stationner la nuit. En hiver, les voitures doivent quitter la rue pendant le déneigement.'),
    about: () => t('<p>Overnight parking on the street is not allowed from November 15 to April 1 when snow is falling. Cars in the way of the plows are ticketed and towed.</p>', '<p>Le stationnement de nuit dans la rue est interdit du 15 novembre au 1<sup>er</sup> avril lorsqu’il neige. Les voitures qui gênent les chasse-neige reçoivent une contravention et sont remorquées.</p>'),
    how: () => t('<p>Apply online with your vehicle ownership and proof of address. Permits are valid for one year.</p>', '<p>Faites votre demande en ligne avec le certificat d’immatriculation et une preuve d’adresse. Le permis est valide un an.</p>'),
  },
  {
    key: 'building-permit', keyFr: 'permis-construction', topics: ['housing'], stages: ['first-year'],
    deliveredBy: city,
    title: () => t('Apply for a building permit', 'Demandez un permis de construction'),
    guideTitle: () => t('When you need a building permit', 'Quand un permis de construction est nécessaire'),
    summary: () => t('Most renovations, decks, sheds and basement apartments need a permit before work starts.', 'La plupart des rénovations, terrasses, remises et logements au sous-sol exigent un permis avant le début des travaux.'),
    about: () => t('<p>A permit makes sure the work is safe and follows the Ontario Building Code. Inspectors visit at each stage of the work.</p>', '<p>Le permis garantit que les travaux sont sécuritaires et respectent le Code du bâtiment de l’Ontario. Des inspecteurs passent à chaque étape des travaux.</p>'),
    how: () => t('<p>Submit drawings and the application online. Small projects are reviewed within ten business days.</p>', '<p>Soumettez les plans et la demande en ligne. Les petits projets sont examinés en dix jours ouvrables.</p>'),
  },
  {
    key: 'child-care-subsidy', keyFr: 'subvention-garde-enfants', topics: ['children-family', 'money-taxes'], stages: ['first-weeks'],
    requires: ['children-0-5'], dependsOn: ['on.child-care'],
    deliveredBy: city,
    title: () => t('Apply for a child care fee subsidy', 'Demandez une subvention pour les frais de garde'),
    guideTitle: () => t('Finding licensed child care nearby', 'Trouver une garderie agréée près de chez vous'),
    summary: () => t('The municipality helps families with a low or modest income pay for licensed child care.', 'La municipalité aide les familles à revenu faible ou modeste à payer les services de garde agréés.'),
    about: () => t('<p>Licensed centres and home child care agencies are inspected by the province. Most now charge reduced fees under the Canada-wide early learning plan.</p>', '<p>Les centres agréés et les agences de garde en milieu familial sont inspectés par la province. La plupart demandent maintenant des frais réduits grâce au plan pancanadien d’apprentissage et de garde.</p>'),
    how: () => t('<p>Apply online with your latest notice of assessment from the Canada Revenue Agency. Put your child on the waiting list of the centres you like at the same time.</p>', '<p>Faites une demande en ligne avec votre plus récent avis de cotisation de l’Agence du revenu du Canada. Inscrivez en même temps votre enfant sur la liste d’attente des centres qui vous intéressent.</p>'),
  },
  {
    key: 'ontario-works', keyFr: 'ontario-au-travail', topics: ['money-taxes', 'work'], stages: ['first-weeks'], responsible: 'provincial',
    deliveredBy: () => t('Ontario Works', 'Ontario au travail'),
    title: () => t('Apply for Ontario Works', 'Demandez le programme Ontario au travail'),
    guideTitle: () => t('Who can get Ontario Works', 'Qui peut recevoir Ontario au travail'),
    summary: () => t('Money for food and rent, and help finding a job, if you are in financial need.', 'De l’argent pour la nourriture et le loyer, et de l’aide pour trouver un emploi, si vous êtes dans le besoin.'),
    about: () => t('<p>Ontario Works is a provincial program delivered by the municipality. Caseworkers also help with health benefits, job training and child care costs.</p>', '<p>Ontario au travail est un programme provincial offert par la municipalité. Les agents aident aussi pour les prestations de santé, la formation et les frais de garde.</p>'),
    how: () => t('<p>Apply online or by phone. A caseworker calls you within four business days to finish the application.</p>', '<p>Faites la demande en ligne ou par téléphone. Un agent vous appelle dans les quatre jours ouvrables pour terminer la demande.</p>'),
  },
  {
    key: 'community-housing', keyFr: 'logement-communautaire', topics: ['housing'], stages: ['first-weeks'], dependsOn: ['on.renting'],
    deliveredBy: city,
    title: () => t('Apply for community housing', 'Demandez un logement communautaire'),
    guideTitle: () => t('Help with rent and housing costs', 'Aide pour le loyer et les frais de logement'),
    summary: () => t('Rent based on income for households with a low income. The waiting list is long, so apply early.', 'Un loyer fixé selon le revenu pour les ménages à faible revenu. La liste d’attente est longue, alors faites une demande tôt.'),
    about: () => t('<p>In community housing, rent is usually 30 per cent of your income. Housing allowances and emergency rent funds can help while you wait.</p>', '<p>Dans un logement communautaire, le loyer correspond généralement à 30 pour cent du revenu. Des allocations de logement et des fonds d’urgence peuvent vous aider pendant l’attente.</p>'),
    how: () => t('<p>Fill in one application for every community housing provider in the area. Update it each year to keep your place on the list.</p>', '<p>Remplissez une seule demande pour tous les fournisseurs de logement communautaire de la région. Mettez-la à jour chaque année pour garder votre place sur la liste.</p>'),
  },
  {
    key: 'public-health', keyFr: 'sante-publique', topics: ['health', 'children-family'], stages: ['first-weeks'], dependsOn: ['on.immunization-records'],
    deliveredBy: (town) => t(`${town.place} Public Health`, `Santé publique de ${town.place}`),
    title: () => t('Get vaccines at a public health clinic', 'Faites-vous vacciner dans une clinique de santé publique'),
    guideTitle: () => t('Vaccines your children need for school', 'Les vaccins dont vos enfants ont besoin pour l’école'),
    summary: () => t('Free vaccines for children and adults, and help bringing your vaccine records up to date.', 'Des vaccins gratuits pour les enfants et les adultes, et de l’aide pour mettre à jour votre carnet de vaccination.'),
    about: () => t('<p>Children in Ontario schools must be vaccinated against several diseases, or have an exemption. Public health keeps the records and sends reminders.</p>', '<p>Les élèves des écoles de l’Ontario doivent être vaccinés contre plusieurs maladies, ou avoir une exemption. La santé publique tient les dossiers et envoie des rappels.</p>'),
    how: () => t('<p>Book an appointment by phone. Bring any vaccine records from your home country, even if they are not in English or French.</p>', '<p>Prenez rendez-vous par téléphone. Apportez les carnets de vaccination de votre pays d’origine, même s’ils ne sont ni en français ni en anglais.</p>'),
  },
  {
    key: 'dental', keyFr: 'soins-dentaires', topics: ['health'], stages: ['first-months'], responsible: 'provincial',
    deliveredBy: () => t('Healthy Smiles Ontario', 'Beaux sourires Ontario'),
    title: () => t('Get free dental care for your children', 'Obtenez des soins dentaires gratuits pour vos enfants'),
    guideTitle: () => t('Dental care for families with a low income', 'Soins dentaires pour les familles à faible revenu'),
    summary: () => t('Children 17 and under in low-income families can get free checkups, cleanings and fillings.', 'Les enfants de 17 ans et moins de familles à faible revenu peuvent recevoir gratuitement des examens, des nettoyages et des obturations.'),
    about: () => t('<p>Healthy Smiles Ontario is a provincial program run through the local public health unit. Urgent care is covered right away.</p>', '<p>Beaux sourires Ontario est un programme provincial géré par le bureau de santé publique local. Les soins urgents sont couverts immédiatement.</p>'),
    how: () => t('<p>Call public health to check if your child qualifies and to find a dentist who takes the program.</p>', '<p>Appelez la santé publique pour savoir si votre enfant est admissible et trouver un dentiste qui participe au programme.</p>'),
  },
  {
    key: 'settlement-services', keyFr: 'services-etablissement', topics: ['rights-community'], stages: ['first-days'], responsible: 'community',
    serviceId: 'settlement-services', officeKinds: ['settlement-agency'],
    deliveredBy: () => t('Settlement agencies funded by IRCC', 'Organismes d’établissement financés par IRCC'),
    title: (town) => t(`Get free settlement help in ${town.place}`, `Obtenez une aide gratuite à l’établissement à ${town.place}`),
    guideTitle: () => t('What a settlement worker can do for you', 'Ce qu’une personne conseillère en établissement peut faire pour vous'),
    summary: () => t('Local agencies help newcomers find housing, work, schools and language classes, for free.', 'Des organismes locaux aident gratuitement les nouveaux arrivants à trouver un logement, un emploi, une école et des cours de langue.'),
    about: () => t('<p>Settlement workers speak many languages. They can explain how things work in Ontario and refer you to the right service.</p>', '<p>Les personnes conseillères en établissement parlent de nombreuses langues. Elles peuvent vous expliquer le fonctionnement des choses en Ontario et vous orienter vers le bon service.</p>'),
    how: () => t('<p>Call or walk in to the agency nearest you. Bring your immigration papers to your first appointment.</p>', '<p>Appelez l’organisme le plus proche ou présentez-vous sans rendez-vous. Apportez vos documents d’immigration au premier rendez-vous.</p>'),
  },
  {
    key: 'welcome-centre', keyFr: 'centre-accueil', topics: ['rights-community'], stages: ['first-days'], officeKinds: ['co-located'],
    deliveredBy: city,
    title: (town) => t(`Visit the ${town.place} newcomer welcome desk`, `Visitez le comptoir d’accueil des nouveaux arrivants de ${town.place}`),
    guideTitle: (town) => t(`The ${town.place} local immigration partnership`, `Le partenariat local d’immigration de ${town.place}`),
    summary: () => t('One place to ask about municipal services, community groups and events for newcomers.', 'Un seul endroit pour vous renseigner sur les services municipaux, les groupes communautaires et les activités pour les nouveaux arrivants.'),
    about: () => t('<p>The local immigration partnership brings together the municipality, employers, schools and agencies to make the community welcoming.</p>', '<p>Le partenariat local d’immigration réunit la municipalité, les employeurs, les écoles et les organismes pour rendre la communauté accueillante.</p>'),
    how: () => t('<p>Drop in during office hours or book a time by phone. Welcome kits with maps and bus schedules are free.</p>', '<p>Passez pendant les heures d’ouverture ou prenez rendez-vous par téléphone. Les trousses d’accueil avec cartes et horaires d’autobus sont gratuites.</p>'),
  },
  {
    key: 'jobs', keyFr: 'emplois', topics: ['work'], stages: ['first-weeks'], dependsOn: ['on.employment-ontario'],
    deliveredBy: city,
    title: (town) => t(`Find a job in ${town.place}`, `Trouvez un emploi à ${town.place}`),
    guideTitle: (town) => t(`Working for ${town.name.en}`, `Travailler pour la municipalité de ${town.place}`),
    summary: () => t('Job boards, hiring fairs and free employment help for newcomers.', 'Sites d’emploi, salons de recrutement et aide gratuite à l’emploi pour les nouveaux arrivants.'),
    about: () => t('<p>Local employers hire all year in health care, manufacturing, tourism and the trades. Many jobs are filled through people you know, so networking helps.</p>', '<p>Les employeurs locaux embauchent toute l’année en santé, en fabrication, en tourisme et dans les métiers. Beaucoup d’emplois sont pourvus grâce aux contacts, alors le réseautage aide.</p>'),
    how: () => t('<p>An Employment Ontario centre can review your résumé and prepare you for interviews for free.</p>', '<p>Un centre d’Emploi Ontario peut revoir votre curriculum vitæ et vous préparer aux entrevues gratuitement.</p>'),
  },
  {
    key: 'conversation-circles', keyFr: 'cercles-conversation', topics: ['language'], stages: ['first-weeks'], dependsOn: ['ca.language-assessment'], officeKinds: ['library'],
    deliveredBy: (town) => t(`${town.place} Public Library`, `Bibliothèque publique de ${town.place}`),
    title: () => t('Join a free English or French conversation circle', 'Participez à un cercle de conversation gratuit en français ou en anglais'),
    guideTitle: () => t('Ways to practise English and French', 'Des façons de pratiquer le français et l’anglais'),
    summary: () => t('Practise speaking with other newcomers and volunteers, once a week, at the library.', 'Pratiquez l’expression orale avec d’autres nouveaux arrivants et des bénévoles, une fois par semaine, à la bibliothèque.'),
    about: () => t('<p>Conversation circles are informal and free. They are not a replacement for language classes, but they build confidence.</p>', '<p>Les cercles de conversation sont informels et gratuits. Ils ne remplacent pas les cours de langue, mais ils donnent confiance.</p>'),
    how: () => t('<p>No registration is needed. Come to the branch at the time of the circle and bring a friend.</p>', '<p>Aucune inscription n’est nécessaire. Présentez-vous à la succursale à l’heure du cercle et venez avec une amie ou un ami.</p>'),
  },
  {
    key: 'contact', keyFr: 'nous-joindre', topics: ['rights-community'], stages: ['first-days'], officeKinds: ['co-located'],
    deliveredBy: city,
    title: (town) => t(`Contact ${town.name.en}`, `Joindre la municipalité de ${town.place}`),
    guideTitle: () => t('Report a problem to the municipality', 'Signaler un problème à la municipalité'),
    summary: () => t('Call, email or visit the municipal office for any question about local services.', 'Appelez, écrivez ou passez au bureau municipal pour toute question sur les services locaux.'),
    about: () => t('<p>Report potholes, broken streetlights, missed garbage pickups or noise. Each request gets a number so you can follow it.</p>', '<p>Signalez les nids-de-poule, les lampadaires brisés, les collectes manquées ou le bruit. Chaque demande reçoit un numéro pour que vous puissiez la suivre.</p>'),
    how: () => t('<p>The municipal office is open on weekdays. After hours, call the same number for urgent road or water problems.</p>', '<p>Le bureau municipal est ouvert en semaine. En dehors des heures, composez le même numéro pour les problèmes urgents de routes ou d’eau.</p>'),
  },
  {
    key: 'emergency-alerts', keyFr: 'alertes-urgence', topics: ['emergencies'], stages: ['first-days'],
    deliveredBy: city,
    title: () => t('Sign up for emergency alerts', 'Inscrivez-vous aux alertes d’urgence'),
    guideTitle: () => t('Get ready for storms, floods and power outages', 'Préparez-vous aux tempêtes, aux inondations et aux pannes d’électricité'),
    summary: () => t('Get a text or call when there is a boil-water advisory, a flood or a road closure.', 'Recevez un texto ou un appel en cas d’avis d’ébullition de l’eau, d’inondation ou de fermeture de route.'),
    about: () => t('<p>Keep a kit with water, food, a flashlight and medicine for three days. In an emergency, call 911.</p>', '<p>Gardez une trousse avec de l’eau, de la nourriture, une lampe de poche et des médicaments pour trois jours. En cas d’urgence, composez le 911.</p>'),
    how: () => t('<p>Sign up online with your phone number and address. Alerts are sent in English and French.</p>', '<p>Inscrivez-vous en ligne avec votre numéro de téléphone et votre adresse. Les alertes sont envoyées en français et en anglais.</p>'),
  },
  {
    key: 'fire-safety', keyFr: 'securite-incendie', topics: ['emergencies', 'housing'], stages: ['first-days'],
    deliveredBy: (town) => t(`${town.place} Fire Services`, `Service d’incendie de ${town.place}`),
    title: () => t('Check your smoke and carbon monoxide alarms', 'Vérifiez vos avertisseurs de fumée et de monoxyde de carbone'),
    guideTitle: () => t('Fire safety at home', 'La sécurité incendie à la maison'),
    summary: () => t('Every home in Ontario must have working smoke alarms on every storey and carbon monoxide alarms near bedrooms.', 'Chaque logement en Ontario doit avoir des avertisseurs de fumée fonctionnels à chaque étage et des avertisseurs de monoxyde de carbone près des chambres.'),
    about: () => t('<p>Landlords must install the alarms and tenants must not disable them. Test them every month and change batteries once a year.</p>', '<p>Les propriétaires doivent installer les avertisseurs et les locataires ne doivent pas les désactiver. Testez-les chaque mois et changez les piles une fois par année.</p>'),
    how: () => t('<p>Firefighters will check your alarms for free. Call the fire hall to book a home visit.</p>', '<p>Les pompiers vérifient gratuitement vos avertisseurs. Appelez la caserne pour planifier une visite.</p>'),
  },
  {
    key: 'elections', keyFr: 'elections', topics: ['rights-community', 'citizenship'], stages: ['first-year'],
    deliveredBy: city,
    title: () => t('Vote in municipal elections', 'Votez aux élections municipales'),
    guideTitle: () => t('How your municipal council works', 'Le fonctionnement de votre conseil municipal'),
    summary: () => t('Canadian citizens who live or own property here can vote for mayor and council every four years.', 'Les citoyens canadiens qui habitent ici ou y possèdent une propriété peuvent voter pour la mairie et le conseil tous les quatre ans.'),
    about: () => t('<p>Council meetings are open to the public. Anyone, citizen or not, can write to council or speak at a meeting.</p>', '<p>Les réunions du conseil sont publiques. Toute personne, citoyenne ou non, peut écrire au conseil ou prendre la parole à une réunion.</p>'),
    how: () => t('<p>Check that you are on the voters’ list before election day. Bring identification with your name and address to vote.</p>', '<p>Vérifiez que vous êtes inscrit sur la liste électorale avant le jour du scrutin. Apportez une pièce d’identité avec votre nom et votre adresse pour voter.</p>'),
  },
  {
    key: 'volunteer', keyFr: 'benevolat', topics: ['rights-community', 'work'], stages: ['first-months'],
    deliveredBy: city,
    title: (town) => t(`Volunteer in ${town.place}`, `Faites du bénévolat à ${town.place}`),
    guideTitle: () => t('How volunteering helps you find work', 'Comment le bénévolat aide à trouver un emploi'),
    summary: () => t('Meet people, practise English or French and get Canadian experience by volunteering.', 'Rencontrez des gens, pratiquez le français ou l’anglais et acquérez une expérience canadienne grâce au bénévolat.'),
    about: () => t('<p>Festivals, sports clubs, food banks and the library all need volunteers. Some roles need a police check, which is free for volunteers.</p>', '<p>Les festivals, les clubs sportifs, les banques alimentaires et la bibliothèque ont tous besoin de bénévoles. Certains rôles exigent une vérification policière, gratuite pour les bénévoles.</p>'),
    how: () => t('<p>Browse the volunteer listings online and apply directly to the group. Ask for a reference letter when you finish.</p>', '<p>Consultez les offres de bénévolat en ligne et postulez directement auprès de l’organisme. Demandez une lettre de référence à la fin.</p>'),
  },
  {
    key: 'parks', keyFr: 'parcs', topics: ['rights-community'], stages: ['first-months'],
    deliveredBy: city,
    title: () => t('Book a park shelter or sports field', 'Réservez un abri de parc ou un terrain de sport'),
    guideTitle: (town) => t(`Parks and trails in ${town.place}`, `Parcs et sentiers à ${town.place}`),
    summary: () => t('Parks, trails, splash pads and sports fields are free to use. Groups can book them for events.', 'Les parcs, les sentiers, les jeux d’eau et les terrains de sport sont gratuits. Les groupes peuvent les réserver pour des événements.'),
    about: () => t('<p>Trails are open all year. In winter, some are groomed for cross-country skiing and snowshoeing.</p>', '<p>Les sentiers sont ouverts toute l’année. En hiver, certains sont entretenus pour le ski de fond et la raquette.</p>'),
    how: () => t('<p>Book online at least two weeks before your event. A permit is needed for groups of more than 25 people.</p>', '<p>Réservez en ligne au moins deux semaines avant votre événement. Un permis est nécessaire pour les groupes de plus de 25 personnes.</p>'),
  },
  {
    key: 'older-adults', keyFr: 'aines', topics: ['rights-community', 'health'], stages: ['first-months'],
    deliveredBy: city,
    title: () => t('Join programs for older adults', 'Participez aux activités pour les aînés'),
    guideTitle: () => t('Support for seniors living at home', 'Soutien aux aînés qui vivent à domicile'),
    summary: () => t('Exercise classes, social clubs and help at home for people 55 and over.', 'Cours d’exercice, clubs sociaux et aide à domicile pour les personnes de 55 ans et plus.'),
    about: () => t('<p>Seniors’ centres run low-cost classes and outings. Meals on wheels and rides to appointments help people stay in their home.</p>', '<p>Les centres pour aînés offrent des cours et des sorties à faible coût. La popote roulante et le transport vers les rendez-vous aident les gens à rester chez eux.</p>'),
    how: () => t('<p>Become a member of the seniors’ centre for a small yearly fee. Call to ask about help at home.</p>', '<p>Devenez membre du centre pour aînés pour une petite cotisation annuelle. Appelez pour vous renseigner sur l’aide à domicile.</p>'),
  },
  {
    key: 'youth', keyFr: 'jeunes', topics: ['children-family'], stages: ['first-months'], requires: ['children-6-17'],
    deliveredBy: city,
    title: () => t('Find programs for youth', 'Trouvez des activités pour les jeunes'),
    guideTitle: () => t('Summer jobs and leadership programs for teens', 'Emplois d’été et programmes de leadership pour les adolescents'),
    summary: () => t('Free drop-in youth centres, sports and leadership programs for ages 12 to 18.', 'Centres jeunesse gratuits sans rendez-vous, sports et programmes de leadership pour les 12 à 18 ans.'),
    about: () => t('<p>Youth centres have homework help, games and trips. Leadership programs lead to summer jobs as camp counsellors.</p>', '<p>Les centres jeunesse offrent de l’aide aux devoirs, des jeux et des sorties. Les programmes de leadership mènent à des emplois d’été comme moniteur de camp.</p>'),
    how: () => t('<p>Drop in after school. Parents fill in a consent form on the first visit.</p>', '<p>Passez après l’école. Les parents remplissent un formulaire de consentement à la première visite.</p>'),
  },
  {
    key: 'property-standards', keyFr: 'normes-biens', topics: ['housing'], stages: ['first-months'], dependsOn: ['on.renting'],
    deliveredBy: city,
    title: () => t('Report unsafe conditions in your rental home', 'Signalez des conditions dangereuses dans votre logement loué'),
    guideTitle: () => t('What your landlord must repair', 'Ce que votre propriétaire doit réparer'),
    summary: () => t('Heat, water, pests and broken locks are the landlord’s job. The municipality can order repairs.', 'Le chauffage, l’eau, la vermine et les serrures brisées relèvent du propriétaire. La municipalité peut ordonner des réparations.'),
    about: () => t('<p>Property standards require heat of at least 20 °C from September to June, working plumbing and a home free of pests.</p>', '<p>Les normes de biens exigent un chauffage d’au moins 20 °C de septembre à juin, une plomberie fonctionnelle et un logement sans vermine.</p>'),
    how: () => t('<p>Tell your landlord in writing first. If nothing is done, call the municipality and an officer will inspect.</p>', '<p>Avisez d’abord votre propriétaire par écrit. Si rien n’est fait, appelez la municipalité et un agent viendra inspecter.</p>'),
  },
  {
    key: 'french-services', keyFr: 'services-en-francais', topics: ['language', 'rights-community'], stages: ['first-days'], frenchOnly: true, officeKinds: ['co-located'],
    deliveredBy: city,
    title: () => t('Get municipal services in French', 'Obtenez des services municipaux en français'),
    guideTitle: () => t('French-language life in the community', 'La vie en français dans la communauté'),
    summary: () => t('The municipality serves you in French at the counter, by phone and online.', 'La municipalité vous sert en français au comptoir, au téléphone et en ligne.'),
    about: () => t('<p>The area is designated under the French Language Services Act. French schools, a francophone community centre and French library collections are close by.</p>', '<p>La région est désignée en vertu de la Loi sur les services en français. Des écoles de langue française, un centre communautaire francophone et des collections en français à la bibliothèque sont à proximité.</p>'),
    how: () => t('<p>Ask for service in French at any counter, or choose French on the phone menu.</p>', '<p>Demandez à être servi en français à n’importe quel comptoir, ou choisissez le français dans le menu téléphonique.</p>'),
  },
];
