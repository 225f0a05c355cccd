import type { FeedInput } from '../../src/content/feed';

const serviceOntario = { jurisdiction: 'provincial', body: { en: 'ServiceOntario', fr: 'ServiceOntario' } } as const;
const ministryOfHealth = {
  jurisdiction: 'provincial',
  body: { en: 'Ontario Ministry of Health', fr: 'Ministère de la Santé de l’Ontario' },
} as const;
const ministryOfLabour = {
  jurisdiction: 'provincial',
  body: {
    en: 'Ministry of Labour, Immigration, Training and Skills Development',
    fr: 'Ministère du Travail, de l’Immigration, de la Formation et du Développement des compétences',
  },
} as const;

/** ServiceOntario contact centre, used where an office has no local number. */
const serviceOntarioPhone = '1-800-267-8097';
const serviceOntarioPage = 'https://www.ontario.ca/page/serviceontario';
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export const ontarioFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-16T15:00:00Z',
  publisher: {
    id: 'ontario',
    name: { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' },
    jurisdiction: 'provincial',
    licence: {
      name: { en: 'Open Government Licence – Ontario', fr: 'Licence du gouvernement ouvert – Ontario' },
      url: 'https://www.ontario.ca/page/open-government-licence-ontario',
    },
    attribution: {
      en: 'Contains information licensed under the Open Government Licence – Ontario.',
      fr: 'Contient des informations visées par la Licence du gouvernement ouvert – Ontario.',
    },
    homepage: { en: 'https://www.ontario.ca/', fr: 'https://www.ontario.ca/fr' },
  },
  items: [
    {
      id: 'on.ohip',
      kind: 'task',
      serviceId: 'ohip',
      title: {
        en: 'Apply for OHIP and get your Ontario health card',
        fr: 'S’inscrire à l’Assurance-santé de l’Ontario et obtenir votre carte Santé',
      },
      summary: {
        en: 'OHIP pays for most medically necessary health care. Apply in person at ServiceOntario as soon as you can.',
        fr: 'L’Assurance-santé de l’Ontario (OHIP) paie la plupart des soins nécessaires du point de vue médical. Présentez votre demande en personne à ServiceOntario le plus tôt possible.',
      },
      body: {
        en: '<p>The Ontario Health Insurance Plan (OHIP) pays for doctor visits, hospital care and many other health services. You show your Ontario health card each time you get care.</p><p>At present there is no waiting period: if you are eligible, you are covered once you register. Some older pages still talk about a 3-month wait. <strong>Check the official page</strong> before you go.</p><p>Apply in person at a ServiceOntario centre. Bring the registration form and <strong>3 original documents</strong>: one that proves your status in Canada, one that proves you live in Ontario and one that proves who you are. Photocopies are not accepted.</p><p>Every person in your family needs a card. A parent or guardian applies for children under 15½. People aged 15½ and older must go in person to apply for themselves.</p>',
        fr: '<p>L’Assurance-santé de l’Ontario (OHIP) paie les visites chez le médecin, les soins à l’hôpital et beaucoup d’autres services de santé. Vous montrez votre carte Santé de l’Ontario chaque fois que vous recevez des soins.</p><p>À l’heure actuelle, il n’y a pas de délai de carence : si vous êtes admissible, vous êtes couvert dès votre inscription. Certaines pages anciennes parlent encore d’une attente de 3 mois. <strong>Consultez la page officielle</strong> avant de vous déplacer.</p><p>Présentez votre demande en personne dans un centre ServiceOntario. Apportez le formulaire d’inscription et <strong>3 documents originaux</strong> : un qui prouve votre statut au Canada, un qui prouve que vous habitez en Ontario et un qui prouve votre identité. Les photocopies ne sont pas acceptées.</p><p>Chaque membre de votre famille a besoin d’une carte. Un parent ou un tuteur présente la demande pour les enfants de moins de 15 ans et demi. Les personnes de 15 ans et demi et plus doivent se présenter elles-mêmes.</p>',
      },
      topics: ['health'],
      stages: ['first-days'],
      responsible: serviceOntario,
      partners: [ministryOfHealth],
      channels: [
        {
          type: 'in-person',
          officeKinds: ['serviceontario', 'co-located'],
          note: {
            en: 'You can walk in or book an appointment. Bring your 3 original documents.',
            fr: 'Vous pouvez vous présenter sans rendez-vous ou en prendre un. Apportez vos 3 documents originaux.',
          },
        },
        {
          type: 'phone',
          phone: '1-866-532-3161',
          note: {
            en: 'ServiceOntario INFOline for health cards (toll-free).',
            fr: 'Ligne INFO de ServiceOntario pour les cartes Santé (sans frais).',
          },
        },
      ],
      serviceStandard: {
        en: 'Your health card is mailed to your Ontario address once your application is approved.',
        fr: 'Votre carte Santé est envoyée par la poste à votre adresse en Ontario une fois votre demande approuvée.',
      },
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        {
          en: 'A completed Registration for Ontario Health Coverage form',
          fr: 'Le formulaire d’Inscription à l’Assurance-santé de l’Ontario, rempli',
        },
        {
          en: 'Proof of status in Canada, for example your permanent resident card or Confirmation of Permanent Residence',
          fr: 'Une preuve de statut au Canada, par exemple votre carte de résident permanent ou votre Confirmation de résidence permanente',
        },
        {
          en: 'Proof that you live in Ontario, for example a lease, a utility bill or a bank statement',
          fr: 'Une preuve que vous habitez en Ontario, par exemple un bail, une facture de services publics ou un relevé bancaire',
        },
        {
          en: 'Proof of identity with your name and signature, for example your passport',
          fr: 'Une preuve d’identité avec votre nom et votre signature, par exemple votre passeport',
        },
      ],
      verify: true,
      source: {
        en: 'https://www.ontario.ca/page/apply-ohip-and-get-health-card',
        fr: 'https://www.ontario.ca/fr/page/sinscrire-lassurance-sante-de-lontario-et-obtenir-une-carte-sante',
      },
      dateModified: '2026-10-02',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.family-doctor',
      kind: 'task',
      title: {
        en: 'Find a family doctor or nurse practitioner',
        fr: 'Trouver un médecin de famille ou une infirmière praticienne',
      },
      summary: {
        en: 'Register with Health Care Connect. It looks for a family doctor or nurse practitioner near you who takes new patients.',
        fr: 'Inscrivez-vous à Accès Soins. Ce programme cherche près de chez vous un médecin de famille ou une infirmière praticienne qui accepte de nouveaux patients.',
      },
      body: {
        en: '<p>A family doctor or nurse practitioner is your main contact for health care. They follow your health over time and send you to specialists when you need one.</p><p>Health Care Connect is a free Ontario program. You need a valid Ontario health card to register. A nurse, called a care connector, looks for a provider who accepts new patients. People with greater health needs are helped first.</p><p>The wait can be long. While you wait, you can go to a walk-in clinic or a community health centre, or call Health811 for advice.</p>',
        fr: '<p>Un médecin de famille ou une infirmière praticienne est votre principal contact pour les soins de santé. Cette personne suit votre santé au fil du temps et vous dirige vers un spécialiste au besoin.</p><p>Accès Soins est un programme gratuit de l’Ontario. Il vous faut une carte Santé de l’Ontario valide pour vous inscrire. Une infirmière, appelée coordonnatrice des soins, cherche un fournisseur qui accepte de nouveaux patients. Les personnes qui ont de plus grands besoins de santé sont aidées en premier.</p><p>L’attente peut être longue. En attendant, vous pouvez aller dans une clinique sans rendez-vous ou un centre de santé communautaire, ou appeler Santé811 pour obtenir des conseils.</p>',
      },
      topics: ['health'],
      stages: ['first-months'],
      responsible: ministryOfHealth,
      partners: [{ jurisdiction: 'provincial', body: { en: 'Ontario Health atHome', fr: 'Santé à domicile Ontario' } }],
      channels: [
        {
          type: 'online',
          url: {
            en: 'https://www.ontario.ca/page/find-family-doctor-or-nurse-practitioner',
            fr: 'https://www.ontario.ca/fr/page/trouver-un-medecin-de-famille-ou-une-infirmiere-praticienne',
          },
          note: {
            en: 'Have your health card number ready.',
            fr: 'Ayez votre numéro de carte Santé à portée de main.',
          },
        },
        {
          type: 'phone',
          phone: '811',
          note: {
            en: 'Call Health811 and ask to register with Health Care Connect.',
            fr: 'Appelez Santé811 et demandez à vous inscrire à Accès Soins.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [{ en: 'Your Ontario health card', fr: 'Votre carte Santé de l’Ontario' }],
      dependsOn: ['on.ohip'],
      source: {
        en: 'https://www.ontario.ca/page/find-family-doctor-or-nurse-practitioner',
        fr: 'https://www.ontario.ca/fr/page/trouver-un-medecin-de-famille-ou-une-infirmiere-praticienne',
      },
      dateModified: '2026-08-27',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.health811',
      kind: 'guide',
      title: {
        en: 'Get health advice from a nurse with Health811',
        fr: 'Obtenir des conseils santé d’une infirmière avec Santé811',
      },
      summary: {
        en: 'Call 811 or chat online to talk to a registered nurse, day or night. It is free and confidential.',
        fr: 'Composez le 811 ou clavardez en ligne pour parler à une infirmière autorisée, jour et nuit. C’est gratuit et confidentiel.',
      },
      body: {
        en: '<p>Health811 is a free, confidential service from the Government of Ontario. A registered nurse can help you decide if you should take care of a problem at home, see a doctor or go to the hospital.</p><ul><li>Call <strong>811</strong> at any time, 24 hours a day, 7 days a week.</li><li>Or chat with a nurse online.</li><li>Service is in English and French, with interpreters for many other languages.</li></ul><p>Health811 is not for emergencies. If someone’s life is in danger, call <strong>911</strong>.</p>',
        fr: '<p>Santé811 est un service gratuit et confidentiel du gouvernement de l’Ontario. Une infirmière autorisée peut vous aider à décider si vous pouvez traiter un problème à la maison, si vous devez voir un médecin ou aller à l’hôpital.</p><ul><li>Composez le <strong>811</strong> en tout temps, 24 heures sur 24, 7 jours sur 7.</li><li>Ou clavardez en ligne avec une infirmière.</li><li>Le service est offert en français et en anglais, avec des interprètes pour beaucoup d’autres langues.</li></ul><p>Santé811 ne sert pas aux urgences. Si la vie d’une personne est en danger, composez le <strong>911</strong>.</p>',
      },
      topics: ['health', 'emergencies'],
      stages: ['first-days'],
      responsible: ministryOfHealth,
      channels: [
        {
          type: 'phone',
          phone: '811',
          note: { en: 'TTY: 1-866-797-0007', fr: 'ATS : 1-866-797-0007' },
        },
        {
          type: 'online',
          url: { en: 'https://health811.ontario.ca/', fr: 'https://health811.ontario.ca/' },
          note: {
            en: 'Live chat with a nurse and a list of health services near you.',
            fr: 'Clavardage avec une infirmière et liste des services de santé près de chez vous.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      source: { en: 'https://www.ontario.ca/page/get-medical-advice-health811' },
      dateModified: '2026-05-12',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.drivers-licence-exchange',
      kind: 'task',
      serviceId: 'drivers-licence-exchange',
      title: {
        en: 'Exchange your driver’s licence for an Ontario licence',
        fr: 'Échanger votre permis de conduire contre un permis de l’Ontario',
      },
      summary: {
        en: 'New residents can drive with a valid licence from elsewhere for a limited time, currently 60 days. Then you need an Ontario licence.',
        fr: 'Les nouveaux résidents peuvent conduire avec un permis valide d’ailleurs pendant une période limitée, actuellement 60 jours. Il faut ensuite un permis de l’Ontario.',
      },
      body: {
        en: '<p>When you move to Ontario, you can use a valid driver’s licence from another province, state or country for <strong>60 days</strong>. After that, you need an Ontario licence to keep driving. <strong>Check the official page</strong>, as the rules can change.</p><p>You apply at a DriveTest centre, not at ServiceOntario. You will take a vision test.</p><p>What happens next depends on where your licence is from and how long you have driven:</p><ul><li>Ontario has exchange agreements with other provinces and territories, U.S. states and some countries. You may get a full licence without a knowledge test or a road test.</li><li>If there is no agreement, you may have to pass a knowledge test and road tests. Your past driving experience can give you credit.</li></ul>',
        fr: '<p>Quand vous vous installez en Ontario, vous pouvez utiliser un permis de conduire valide d’une autre province, d’un État ou d’un pays pendant <strong>60 jours</strong>. Ensuite, il vous faut un permis de l’Ontario pour continuer à conduire. <strong>Consultez la page officielle</strong>, car les règles peuvent changer.</p><p>La demande se fait dans un centre Test au volant (DriveTest), et non à ServiceOntario. Vous passerez un examen de la vue.</p><p>La suite dépend de l’endroit où votre permis a été délivré et de votre expérience de conduite :</p><ul><li>L’Ontario a des ententes d’échange avec les autres provinces et territoires, les États américains et certains pays. Vous pourriez obtenir un permis complet sans examen des connaissances ni examen sur route.</li><li>S’il n’y a pas d’entente, vous devrez peut-être réussir un examen des connaissances et des examens sur route. Votre expérience de conduite peut vous donner des crédits.</li></ul>',
      },
      topics: ['driving-transportation'],
      stages: ['first-weeks'],
      audience: { categories: [], requires: ['drives'] },
      responsible: {
        jurisdiction: 'provincial',
        body: {
          en: 'Ministry of Transportation (DriveTest)',
          fr: 'Ministère des Transports (Test au volant)',
        },
      },
      channels: [
        {
          type: 'in-person',
          url: { en: 'https://drivetest.ca/licences/exchanges-foreign-licences/' },
          note: {
            en: 'At a DriveTest centre. Walk in, or book an appointment at centres that offer one for licence exchanges.',
            fr: 'Dans un centre Test au volant. Présentez-vous sans rendez-vous ou réservez dans les centres qui offrent des rendez-vous pour l’échange de permis.',
          },
        },
      ],
      fees: {
        en: 'Fees apply for the tests and the licence. Check the current fees before you go.',
        fr: 'Des frais s’appliquent aux examens et au permis. Vérifiez les frais en vigueur avant de vous déplacer.',
      },
      documents: [
        { en: 'Your valid driver’s licence from outside Ontario (original)', fr: 'Votre permis de conduire valide délivré hors de l’Ontario (original)' },
        {
          en: 'An original identity document with your legal name, date of birth and signature',
          fr: 'Un document d’identité original indiquant votre nom légal, votre date de naissance et votre signature',
        },
        {
          en: 'A translation in English or French, if your licence is in another language',
          fr: 'Une traduction en français ou en anglais, si votre permis est dans une autre langue',
        },
        {
          en: 'An official letter confirming your driving experience, if you want credit for more than one year',
          fr: 'Une lettre officielle confirmant votre expérience de conduite, si vous voulez des crédits pour plus d’un an',
        },
      ],
      due: { type: 'within-days-of-arrival', days: 60 },
      verify: true,
      source: { en: 'https://www.ontario.ca/page/exchange-out-province-drivers-licence' },
      dateModified: '2026-09-18',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.photo-card',
      kind: 'task',
      title: { en: 'Get an Ontario Photo Card', fr: 'Obtenir une carte-photo de l’Ontario' },
      summary: {
        en: 'If you do not drive, the Ontario Photo Card gives you government photo ID for everyday use.',
        fr: 'Si vous ne conduisez pas, la carte-photo de l’Ontario vous donne une pièce d’identité avec photo du gouvernement pour la vie de tous les jours.',
      },
      body: {
        en: '<p>The Ontario Photo Card is government photo ID for Ontario residents aged 16 and older who do not have a driver’s licence. With it, you can keep your passport and permanent resident card safe at home.</p><p>You cannot have a photo card and an Ontario driver’s licence at the same time. The card is not a travel document.</p><p>Apply in person at a ServiceOntario centre. The card comes by mail, usually in 4 to 6 weeks, and you renew it every 5 years. Fees and rules can change: <strong>check the official page</strong>.</p>',
        fr: '<p>La carte-photo de l’Ontario est une pièce d’identité avec photo du gouvernement pour les résidents de l’Ontario de 16 ans et plus qui n’ont pas de permis de conduire. Grâce à elle, vous pouvez laisser votre passeport et votre carte de résident permanent en sécurité à la maison.</p><p>Vous ne pouvez pas avoir une carte-photo et un permis de conduire de l’Ontario en même temps. La carte n’est pas un document de voyage.</p><p>Présentez votre demande en personne dans un centre ServiceOntario. La carte arrive par la poste, habituellement en 4 à 6 semaines, et se renouvelle tous les 5 ans. Les frais et les règles peuvent changer : <strong>consultez la page officielle</strong>.</p>',
      },
      topics: ['driving-transportation', 'status-documents'],
      stages: ['first-weeks'],
      responsible: serviceOntario,
      channels: [
        {
          type: 'in-person',
          officeKinds: ['serviceontario', 'co-located'],
          note: {
            en: 'Your photo is taken at the counter.',
            fr: 'Votre photo est prise au comptoir.',
          },
        },
      ],
      serviceStandard: {
        en: 'Mailed to you in about 4 to 6 weeks.',
        fr: 'Envoyée par la poste dans un délai d’environ 4 à 6 semaines.',
      },
      fees: {
        en: '$35 (check the current fee on the official page)',
        fr: '35 $ (vérifiez les frais en vigueur sur la page officielle)',
      },
      documents: [
        {
          en: 'An original identity document with your legal name, date of birth and signature',
          fr: 'Un document d’identité original indiquant votre nom légal, votre date de naissance et votre signature',
        },
        {
          en: 'Your marriage certificate, if you apply under your married name',
          fr: 'Votre certificat de mariage, si vous faites la demande sous votre nom de personne mariée',
        },
      ],
      verify: true,
      source: { en: 'https://www.ontario.ca/page/ontario-photo-card' },
      dateModified: '2026-04-09',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.school-enrolment',
      kind: 'task',
      serviceId: 'school-enrolment',
      title: { en: 'Register your children for school', fr: 'Inscrire vos enfants à l’école' },
      summary: {
        en: 'Children aged 6 to 18 must go to school. Public schools are free, and no child can be refused because of immigration status.',
        fr: 'Les enfants de 6 à 18 ans doivent aller à l’école. Les écoles publiques sont gratuites et aucun enfant ne peut être refusé en raison de son statut d’immigration.',
      },
      body: {
        en: '<p>In Ontario, children aged 6 to 18 must go to school. Publicly funded schools are free. A school cannot refuse a child because of the child’s or the parents’ immigration status.</p><p>There are 4 publicly funded school systems: English public, English Catholic, French public and French Catholic. Your address usually decides which school your child attends. Contact your school board to start.</p><p>When you register, bring:</p><ul><li>proof of your child’s age, such as a birth certificate or passport</li><li>proof of your address</li><li>proof of guardianship, if you are not the parent</li><li>your child’s immunization record and recent report cards, if you have them</li></ul><p>Many boards have a welcome centre for newcomer families. A settlement worker in schools can help you, free of charge.</p>',
        fr: '<p>En Ontario, les enfants de 6 à 18 ans doivent aller à l’école. Les écoles financées par les fonds publics sont gratuites. Une école ne peut pas refuser un enfant en raison du statut d’immigration de l’enfant ou de ses parents.</p><p>Il existe 4 systèmes scolaires financés par les fonds publics : public de langue anglaise, catholique de langue anglaise, public de langue française et catholique de langue française. Votre adresse détermine habituellement l’école de votre enfant. Communiquez avec votre conseil scolaire pour commencer.</p><p>Au moment de l’inscription, apportez :</p><ul><li>une preuve de l’âge de votre enfant, comme un certificat de naissance ou un passeport</li><li>une preuve de votre adresse</li><li>une preuve de tutelle, si vous n’êtes pas le parent</li><li>le dossier de vaccination et les derniers bulletins scolaires de votre enfant, si vous les avez</li></ul><p>Beaucoup de conseils scolaires ont un centre d’accueil pour les familles nouvellement arrivées. Un travailleur d’établissement dans les écoles peut vous aider gratuitement.</p>',
      },
      topics: ['children-family'],
      stages: ['first-weeks'],
      audience: { categories: [], requires: ['children-6-17'] },
      responsible: {
        jurisdiction: 'provincial',
        body: { en: 'Your local school board', fr: 'Votre conseil scolaire local' },
      },
      partners: [
        {
          jurisdiction: 'community',
          body: {
            en: 'Settlement Workers in Schools (SWIS)',
            fr: 'Travailleurs d’établissement dans les écoles (TEE)',
          },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/find-school-board-or-school-authority' },
          note: {
            en: 'Find your school board. Many boards let you start registration online.',
            fr: 'Trouvez votre conseil scolaire. Beaucoup de conseils vous permettent de commencer l’inscription en ligne.',
          },
        },
        {
          type: 'in-person',
          note: {
            en: 'At your neighbourhood school or the school board’s welcome centre.',
            fr: 'À l’école de votre quartier ou au centre d’accueil du conseil scolaire.',
          },
        },
      ],
      fees: { en: 'Free at publicly funded schools', fr: 'Gratuit dans les écoles financées par les fonds publics' },
      documents: [
        { en: 'Proof of your child’s age', fr: 'Une preuve de l’âge de votre enfant' },
        { en: 'Proof of your address', fr: 'Une preuve de votre adresse' },
        { en: 'Your child’s immunization record', fr: 'Le dossier de vaccination de votre enfant' },
        { en: 'Recent report cards, if you have them', fr: 'Les derniers bulletins scolaires, si vous les avez' },
      ],
      source: { en: 'https://www.ontario.ca/page/find-school-board-or-school-authority' },
      dateModified: '2026-08-05',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.immunization-records',
      kind: 'task',
      title: {
        en: 'Give your children’s vaccination records to public health',
        fr: 'Remettre le dossier de vaccination de vos enfants à la santé publique',
      },
      summary: {
        en: 'Students in Ontario need proof of certain vaccines, or a valid exemption. Your local public health unit checks the records.',
        fr: 'Les élèves de l’Ontario doivent prouver qu’ils ont reçu certains vaccins ou avoir une exemption valide. Votre bureau de santé publique local vérifie les dossiers.',
      },
      body: {
        en: '<p>Under Ontario law, students must have proof of certain vaccines, or a valid exemption, to attend school. A student whose record is not up to date can be suspended from school until it is.</p><p>Bring your children’s vaccination records from your home country, with a translation if they are not in English or French. Your local public health unit reviews them and tells you if a vaccine is missing. Missing vaccines are free.</p><p>The list of required vaccines can change. <strong>Check the official page</strong> and ask your public health unit.</p>',
        fr: '<p>Selon la loi de l’Ontario, les élèves doivent prouver qu’ils ont reçu certains vaccins, ou avoir une exemption valide, pour fréquenter l’école. Un élève dont le dossier n’est pas à jour peut être suspendu de l’école jusqu’à ce qu’il le soit.</p><p>Apportez le dossier de vaccination de vos enfants de votre pays d’origine, avec une traduction s’il n’est pas en français ou en anglais. Votre bureau de santé publique local l’examine et vous dit s’il manque un vaccin. Les vaccins manquants sont gratuits.</p><p>La liste des vaccins obligatoires peut changer. <strong>Consultez la page officielle</strong> et renseignez-vous auprès de votre bureau de santé publique.</p>',
      },
      topics: ['children-family', 'health'],
      stages: ['first-weeks'],
      audience: { categories: [], requires: ['children-6-17'] },
      responsible: ministryOfHealth,
      partners: [
        {
          jurisdiction: 'municipal',
          body: { en: 'Your local public health unit', fr: 'Votre bureau de santé publique local' },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/vaccines-children-school' },
        },
        {
          type: 'in-person',
          note: {
            en: 'At your local public health unit or with your health care provider.',
            fr: 'À votre bureau de santé publique local ou chez votre fournisseur de soins de santé.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        {
          en: 'Your children’s vaccination records, translated into English or French if needed',
          fr: 'Le dossier de vaccination de vos enfants, traduit en français ou en anglais au besoin',
        },
      ],
      verify: true,
      source: { en: 'https://www.ontario.ca/page/vaccines-children-school' },
      dateModified: '2026-03-20',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.child-care',
      kind: 'task',
      title: { en: 'Find and pay for child care', fr: 'Trouver des services de garde d’enfants et les payer' },
      summary: {
        en: 'Look for licensed child care early, as many centres have waiting lists. Help with fees is available.',
        fr: 'Cherchez tôt un service de garde agréé, car beaucoup de centres ont des listes d’attente. Une aide pour les frais est offerte.',
      },
      body: {
        en: '<p>Licensed child care centres and home child care agencies are inspected by the province. Many have waiting lists, so put your name down early.</p><p>Many licensed programs take part in a plan that lowers fees for children under 6. If you have a low income, you may also get a fee subsidy from your municipality.</p><p>EarlyON centres offer free drop-in programs for children up to age 6 and their parents or caregivers. They are a good way to meet other families.</p>',
        fr: '<p>Les centres de garde d’enfants agréés et les agences de services de garde en milieu familial sont inspectés par la province. Beaucoup ont des listes d’attente : inscrivez-vous tôt.</p><p>Beaucoup de programmes agréés participent à un plan qui réduit les frais pour les enfants de moins de 6 ans. Si votre revenu est faible, vous pourriez aussi recevoir une subvention de votre municipalité.</p><p>Les centres ON y va offrent des programmes gratuits, sans inscription, pour les enfants jusqu’à 6 ans et leurs parents ou fournisseurs de soins. C’est une bonne façon de rencontrer d’autres familles.</p>',
      },
      topics: ['children-family'],
      stages: ['first-months'],
      audience: { categories: [], requires: ['children-0-5'] },
      responsible: {
        jurisdiction: 'provincial',
        body: { en: 'Ontario Ministry of Education', fr: 'Ministère de l’Éducation de l’Ontario' },
      },
      partners: [
        {
          jurisdiction: 'municipal',
          body: {
            en: 'Your municipality (child care fee subsidy)',
            fr: 'Votre municipalité (subvention pour frais de garde)',
          },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/find-and-pay-child-care' },
        },
      ],
      source: { en: 'https://www.ontario.ca/page/find-and-pay-child-care' },
      dateModified: '2026-07-14',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.renting',
      kind: 'guide',
      title: { en: 'Renting a home: your rights as a tenant', fr: 'Louer un logement : vos droits de locataire' },
      summary: {
        en: 'Ontario law protects most tenants. Learn the basic rules before you sign a lease.',
        fr: 'La loi de l’Ontario protège la plupart des locataires. Apprenez les règles de base avant de signer un bail.',
      },
      body: {
        en: '<p>The Residential Tenancies Act sets rules for most rental homes in Ontario. Some key rules:</p><ul><li>Most private rentals must use Ontario’s standard lease.</li><li>A landlord can ask for a deposit for the last month’s rent, but not a damage deposit.</li><li>Rent can usually go up only once every 12 months, with 90 days’ written notice.</li><li>A landlord must give written notice before entering your home, except in an emergency.</li></ul><p>The Landlord and Tenant Board settles disputes between landlords and tenants. Rules change from time to time: <strong>check the official page</strong>.</p>',
        fr: '<p>La Loi sur la location à usage d’habitation fixe les règles pour la plupart des logements loués en Ontario. Quelques règles importantes :</p><ul><li>La plupart des locations privées doivent utiliser le bail type de l’Ontario.</li><li>Le locateur peut demander un dépôt pour le loyer du dernier mois, mais pas un dépôt pour dommages.</li><li>En général, le loyer ne peut augmenter qu’une fois tous les 12 mois, avec un préavis écrit de 90 jours.</li><li>Le locateur doit donner un préavis écrit avant d’entrer chez vous, sauf en cas d’urgence.</li></ul><p>La Commission de la location immobilière règle les différends entre locateurs et locataires. Les règles changent de temps à autre : <strong>consultez la page officielle</strong>.</p>',
      },
      topics: ['housing', 'rights-community'],
      stages: ['first-weeks', 'first-months'],
      responsible: {
        jurisdiction: 'provincial',
        body: {
          en: 'Ministry of Municipal Affairs and Housing',
          fr: 'Ministère des Affaires municipales et du Logement',
        },
      },
      partners: [
        {
          jurisdiction: 'provincial',
          body: { en: 'Landlord and Tenant Board', fr: 'Commission de la location immobilière' },
        },
      ],
      channels: [
        {
          type: 'online',
          url: {
            en: 'https://www.ontario.ca/page/renting-ontario-your-rights',
            fr: 'https://www.ontario.ca/fr/page/la-location-en-ontario-vos-droits',
          },
        },
        {
          type: 'online',
          url: { en: 'https://tribunalsontario.ca/ltb/' },
          note: {
            en: 'Landlord and Tenant Board: forms and applications.',
            fr: 'Commission de la location immobilière : formulaires et requêtes.',
          },
        },
        {
          type: 'phone',
          phone: '1-888-332-3234',
          note: { en: 'Landlord and Tenant Board (toll-free)', fr: 'Commission de la location immobilière (sans frais)' },
        },
      ],
      verify: true,
      source: {
        en: 'https://www.ontario.ca/page/renting-ontario-your-rights',
        fr: 'https://www.ontario.ca/fr/page/la-location-en-ontario-vos-droits',
      },
      dateModified: '2026-06-03',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.employment-ontario',
      kind: 'task',
      title: { en: 'Get free help to find a job with Employment Ontario', fr: 'Obtenir de l’aide gratuite pour trouver un emploi avec Emploi Ontario' },
      summary: {
        en: 'Employment Ontario offers free help with job search, résumés, interviews and training.',
        fr: 'Emploi Ontario offre de l’aide gratuite pour chercher un emploi, rédiger un curriculum vitæ, préparer une entrevue et se former.',
      },
      body: {
        en: '<p>Employment Ontario is a network of free employment and training services across the province.</p><ul><li>Help to write a résumé and prepare for interviews</li><li>Job search and job matching</li><li>Information about training, apprenticeships and financial help for training</li></ul><p>Find a service provider near you online or by phone. Settlement agencies also run employment programs for newcomers.</p>',
        fr: '<p>Emploi Ontario est un réseau de services d’emploi et de formation gratuits partout dans la province.</p><ul><li>De l’aide pour rédiger un curriculum vitæ et préparer une entrevue</li><li>La recherche d’emploi et le jumelage avec des employeurs</li><li>De l’information sur la formation, l’apprentissage et l’aide financière à la formation</li></ul><p>Trouvez un fournisseur de services près de chez vous en ligne ou par téléphone. Les organismes d’établissement offrent aussi des programmes d’emploi pour les personnes nouvellement arrivées.</p>',
      },
      topics: ['work'],
      stages: ['first-weeks', 'first-months'],
      responsible: ministryOfLabour,
      partners: [
        {
          jurisdiction: 'community',
          body: { en: 'Local employment service providers', fr: 'Fournisseurs locaux de services d’emploi' },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/employment-ontario' },
        },
        {
          type: 'phone',
          phone: '1-800-387-5656',
          note: { en: 'Employment Ontario Contact Centre (toll-free)', fr: 'Centre d’appels d’Emploi Ontario (sans frais)' },
        },
        {
          type: 'in-person',
          officeKinds: ['settlement-agency'],
          note: {
            en: 'At an Employment Ontario service provider near you.',
            fr: 'Chez un fournisseur de services d’Emploi Ontario près de chez vous.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      source: { en: 'https://www.ontario.ca/page/employment-ontario' },
      dateModified: '2026-10-21',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.regulated-professions',
      kind: 'task',
      title: {
        en: 'Get licensed to work in a regulated profession',
        fr: 'Obtenir un permis pour exercer une profession réglementée',
      },
      summary: {
        en: 'Some jobs, such as nurse, engineer or teacher, need a licence from an Ontario regulatory body. Start early: it can take months.',
        fr: 'Certains emplois, comme infirmière, ingénieur ou enseignant, exigent un permis d’un organisme de réglementation de l’Ontario. Commencez tôt : cela peut prendre des mois.',
      },
      body: {
        en: '<p>In Ontario, some professions and trades are regulated. To work in them or to use the job title, you must be registered with the regulatory body for that profession, often called a “college”.</p><p>Each regulatory body sets its own rules. It assesses your education and experience, and may ask for exams, a language test or more training. The process takes time and has fees.</p><p>Find your regulatory body and read its requirements before you apply, ideally before you arrive. Requirements change: <strong>check the official page</strong> and your regulatory body’s website.</p>',
        fr: '<p>En Ontario, certaines professions et certains métiers sont réglementés. Pour y travailler ou utiliser le titre, vous devez être inscrit auprès de l’organisme de réglementation de cette profession, souvent appelé « ordre ».</p><p>Chaque organisme de réglementation fixe ses propres règles. Il évalue vos études et votre expérience, et peut exiger des examens, un test de langue ou une formation supplémentaire. Le processus prend du temps et comporte des frais.</p><p>Trouvez votre organisme de réglementation et lisez ses exigences avant de présenter une demande, idéalement avant votre arrivée. Les exigences changent : <strong>consultez la page officielle</strong> et le site de votre organisme de réglementation.</p>',
      },
      topics: ['education-credentials', 'work'],
      stages: ['before-you-leave', 'first-months'],
      audience: { categories: [], requires: ['regulated-occupation'] },
      responsible: {
        jurisdiction: 'provincial',
        body: {
          en: 'Your profession’s regulatory body',
          fr: 'L’organisme de réglementation de votre profession',
        },
      },
      partners: [ministryOfLabour],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/get-your-credentials-assessed-work-regulated-profession' },
        },
      ],
      fees: {
        en: 'Set by each regulatory body',
        fr: 'Fixés par chaque organisme de réglementation',
      },
      documents: [
        { en: 'Your diplomas and transcripts', fr: 'Vos diplômes et relevés de notes' },
        { en: 'Proof of your work experience', fr: 'Une preuve de votre expérience de travail' },
        {
          en: 'Certified translations of documents not in English or French',
          fr: 'Des traductions certifiées des documents qui ne sont pas en français ou en anglais',
        },
      ],
      dependsOn: ['ca.credential-assessment'],
      verify: true,
      source: { en: 'https://www.ontario.ca/page/get-your-credentials-assessed-work-regulated-profession' },
      dateModified: '2025-08-21',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.orientation-to-ontario',
      kind: 'task',
      title: { en: 'Take an Orientation to Ontario workshop', fr: 'Suivre un atelier L’Ontario, c’est chez moi' },
      summary: {
        en: 'A free workshop that explains daily life in Ontario and helps you make a settlement plan.',
        fr: 'Un atelier gratuit qui explique la vie quotidienne en Ontario et vous aide à préparer un plan d’établissement.',
      },
      body: {
        en: '<p>Orientation to Ontario is a free program for newcomers, in English and French. Workshops cover topics such as health care, housing, work, education, law and community services.</p><p>You can attend a workshop in person at a settlement agency or online, or read the workbook on your own. At the end, you have a simple plan for your first months.</p><p>Workshop times and places change. <strong>Check the official page</strong> or ask a settlement agency near you.</p>',
        fr: '<p>L’Ontario, c’est chez moi est un programme gratuit pour les personnes nouvellement arrivées, offert en français et en anglais. Les ateliers portent sur des sujets comme les soins de santé, le logement, le travail, l’éducation, le droit et les services communautaires.</p><p>Vous pouvez suivre un atelier en personne dans un organisme d’établissement ou en ligne, ou lire le cahier d’exercices seul. À la fin, vous avez un plan simple pour vos premiers mois.</p><p>Les dates et les lieux des ateliers changent. <strong>Consultez la page officielle</strong> ou renseignez-vous auprès d’un organisme d’établissement près de chez vous.</p>',
      },
      topics: ['rights-community'],
      stages: ['first-weeks'],
      responsible: {
        jurisdiction: 'provincial',
        body: { en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' },
      },
      partners: [
        {
          jurisdiction: 'federal',
          body: {
            en: 'Immigration, Refugees and Citizenship Canada (IRCC)',
            fr: 'Immigration, Réfugiés et Citoyenneté Canada (IRCC)',
          },
        },
        {
          jurisdiction: 'community',
          body: { en: 'Settlement agencies', fr: 'Organismes d’établissement' },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.orientationontario.ca/', fr: 'https://www.lontariocestchezmoi.ca/' },
        },
        {
          type: 'in-person',
          officeKinds: ['settlement-agency'],
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      verify: true,
      source: { en: 'https://www.orientationontario.ca/', fr: 'https://www.lontariocestchezmoi.ca/' },
      dateModified: '2024-10-08',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.adult-language-classes',
      kind: 'task',
      title: {
        en: 'Take free English or French classes for adults',
        fr: 'Suivre des cours gratuits d’anglais ou de français pour adultes',
      },
      summary: {
        en: 'Ontario funds free English and French as a second language classes for adults, run mostly by school boards.',
        fr: 'L’Ontario finance des cours gratuits d’anglais et de français langue seconde pour adultes, offerts surtout par les conseils scolaires.',
      },
      body: {
        en: '<p>Ontario’s adult English as a second language (ESL) and French as a second language (FSL) classes are free. There may be a small fee for books or materials.</p><p>Classes are offered in the day, in the evening, on weekends and online. Some focus on work or on preparing for citizenship.</p><p>Start with a free language assessment. The assessor places you in the right level and refers you to a class near you. If you are a permanent resident, you can also take federal LINC classes.</p>',
        fr: '<p>Les cours d’anglais langue seconde (ALS) et de français langue seconde (FLS) pour adultes de l’Ontario sont gratuits. Des frais minimes peuvent s’appliquer pour les livres ou le matériel.</p><p>Les cours ont lieu le jour, le soir, la fin de semaine et en ligne. Certains portent sur le travail ou la préparation à la citoyenneté.</p><p>Commencez par une évaluation linguistique gratuite. L’évaluateur vous place au bon niveau et vous dirige vers un cours près de chez vous. Si vous êtes résident permanent, vous pouvez aussi suivre les cours CLIC du gouvernement fédéral.</p>',
      },
      topics: ['language'],
      stages: ['first-weeks', 'first-months'],
      responsible: {
        jurisdiction: 'provincial',
        body: {
          en: 'Ontario adult language programs, delivered by school boards',
          fr: 'Programmes linguistiques pour adultes de l’Ontario, offerts par les conseils scolaires',
        },
      },
      partners: [ministryOfLabour],
      channels: [
        {
          type: 'in-person',
          note: {
            en: 'At school board adult learning centres and community locations.',
            fr: 'Dans les centres d’éducation des adultes des conseils scolaires et dans des lieux communautaires.',
          },
        },
        {
          type: 'online',
          url: { en: 'https://settlement.org/ontario/education/english-as-a-second-language-esl/' },
          note: {
            en: 'Some classes are offered online.',
            fr: 'Certains cours sont offerts en ligne.',
          },
        },
      ],
      fees: {
        en: 'Free tuition; small fees for materials may apply',
        fr: 'Cours gratuits; des frais minimes pour le matériel peuvent s’appliquer',
      },
      dependsOn: ['ca.language-assessment'],
      source: { en: 'https://settlement.org/ontario/education/english-as-a-second-language-esl/' },
      dateModified: '2025-03-14',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.211',
      kind: 'guide',
      serviceId: '211',
      title: { en: 'Find local help with 211', fr: 'Trouver de l’aide près de chez vous avec le 211' },
      summary: {
        en: 'Call 2-1-1 or search online to find community, social, health and government services near you.',
        fr: 'Composez le 2-1-1 ou cherchez en ligne pour trouver des services communautaires, sociaux, de santé et gouvernementaux près de chez vous.',
      },
      body: {
        en: '<p>211 is a free and confidential helpline and website. It connects you to services near you, such as food banks, housing help, mental health support, settlement services and programs for newcomers.</p><ul><li>Call <strong>2-1-1</strong>, 24 hours a day, 7 days a week.</li><li>Interpreters are available in many languages.</li><li>You can also search the directory or chat online.</li></ul><p>211 is not an emergency line. In an emergency, call <strong>911</strong>.</p>',
        fr: '<p>Le 211 est une ligne d’aide et un site Web gratuits et confidentiels. Il vous oriente vers des services près de chez vous, comme les banques alimentaires, l’aide au logement, le soutien en santé mentale, les services d’établissement et les programmes pour les personnes nouvellement arrivées.</p><ul><li>Composez le <strong>2-1-1</strong>, 24 heures sur 24, 7 jours sur 7.</li><li>Des interprètes sont disponibles dans de nombreuses langues.</li><li>Vous pouvez aussi consulter le répertoire ou clavarder en ligne.</li></ul><p>Le 211 n’est pas une ligne d’urgence. En cas d’urgence, composez le <strong>911</strong>.</p>',
      },
      topics: ['rights-community', 'emergencies'],
      stages: ['first-days'],
      responsible: { jurisdiction: 'community', body: { en: '211 Ontario', fr: '211 Ontario' } },
      channels: [
        {
          type: 'phone',
          phone: '2-1-1',
          note: { en: 'Free, confidential, 24/7', fr: 'Gratuit, confidentiel, 24 heures sur 24, 7 jours sur 7' },
        },
        {
          type: 'online',
          url: { en: 'https://211ontario.ca/', fr: 'https://211ontario.ca/fr/' },
          note: { en: 'Search the directory or chat with a navigator.', fr: 'Consultez le répertoire ou clavardez avec une personne-ressource.' },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      source: { en: 'https://211ontario.ca/', fr: 'https://211ontario.ca/fr/' },
      dateModified: '2026-02-11',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.employment-standards',
      kind: 'guide',
      title: { en: 'Know your rights at work', fr: 'Connaître vos droits au travail' },
      summary: {
        en: 'Ontario’s Employment Standards Act sets minimum rules for pay, hours, holidays and leaves for most workers.',
        fr: 'La Loi sur les normes d’emploi de l’Ontario fixe des règles minimales sur le salaire, les heures, les jours fériés et les congés pour la plupart des travailleurs.',
      },
      body: {
        en: '<p>The Employment Standards Act protects most employees in Ontario, including newcomers and temporary foreign workers. Your employer must follow it, even if your contract says something else.</p><ul><li>You must be paid at least the minimum wage. The rate is updated each year.</li><li>Most employees get overtime pay after 44 hours of work in a week.</li><li>You have rights to public holidays, vacation time and vacation pay.</li><li>You can take certain job-protected leaves, for example when you are sick.</li></ul><p>If you have a question or a problem, contact the Employment Standards Information Centre. You can also file a claim online.</p>',
        fr: '<p>La Loi sur les normes d’emploi protège la plupart des employés en Ontario, y compris les personnes nouvellement arrivées et les travailleurs étrangers temporaires. Votre employeur doit la respecter, même si votre contrat dit autre chose.</p><ul><li>Vous devez recevoir au moins le salaire minimum. Le taux est mis à jour chaque année.</li><li>La plupart des employés sont payés en heures supplémentaires après 44 heures de travail par semaine.</li><li>Vous avez droit aux jours fériés, à des vacances et à une indemnité de vacances.</li><li>Vous pouvez prendre certains congés protégés, par exemple quand vous êtes malade.</li></ul><p>Si vous avez une question ou un problème, communiquez avec le Centre d’information sur les normes d’emploi. Vous pouvez aussi déposer une réclamation en ligne.</p>',
      },
      topics: ['work', 'rights-community'],
      stages: ['first-months'],
      responsible: ministryOfLabour,
      channels: [
        {
          type: 'online',
          url: {
            en: 'https://www.ontario.ca/document/your-guide-employment-standards-act-0',
            fr: 'https://www.ontario.ca/fr/document/votre-guide-de-la-loi-sur-les-normes-demploi-0',
          },
        },
        {
          type: 'phone',
          phone: '1-800-531-5551',
          note: {
            en: 'Employment Standards Information Centre (toll-free)',
            fr: 'Centre d’information sur les normes d’emploi (sans frais)',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      source: {
        en: 'https://www.ontario.ca/document/your-guide-employment-standards-act-0',
        fr: 'https://www.ontario.ca/fr/document/votre-guide-de-la-loi-sur-les-normes-demploi-0',
      },
      dateModified: '2026-01-27',
      languages: ['en', 'fr'],
    },
    {
      id: 'on.trillium-benefit',
      kind: 'task',
      title: { en: 'Get the Ontario Trillium Benefit', fr: 'Recevoir la Prestation Trillium de l’Ontario' },
      summary: {
        en: 'A tax-free payment that helps with energy costs, property tax or rent, and sales tax. You apply through your income tax return.',
        fr: 'Un paiement non imposable qui aide à payer l’énergie, l’impôt foncier ou le loyer, et la taxe de vente. Vous la demandez dans votre déclaration de revenus.',
      },
      body: {
        en: '<p>The Ontario Trillium Benefit combines 3 credits: the Ontario energy and property tax credit, the Northern Ontario energy credit and the Ontario sales tax credit.</p><p>There is no separate application. File your income tax and benefit return every year, even if you had no income, and fill in the ON-BEN form that comes with it. Include the rent or property tax you paid.</p><p>The Canada Revenue Agency pays the benefit for Ontario, usually every month. The amount depends on your income and your household.</p>',
        fr: '<p>La Prestation Trillium de l’Ontario regroupe 3 crédits : le crédit pour les coûts d’énergie et les impôts fonciers de l’Ontario, le crédit pour les coûts d’énergie dans le Nord de l’Ontario et le crédit de taxe de vente de l’Ontario.</p><p>Il n’y a pas de demande distincte. Produisez votre déclaration de revenus et de prestations chaque année, même si vous n’avez pas eu de revenu, et remplissez le formulaire ON-BEN qui l’accompagne. Indiquez le loyer ou l’impôt foncier que vous avez payé.</p><p>L’Agence du revenu du Canada verse la prestation au nom de l’Ontario, habituellement chaque mois. Le montant dépend de votre revenu et de votre ménage.</p>',
      },
      topics: ['money-taxes'],
      stages: ['ongoing'],
      responsible: {
        jurisdiction: 'provincial',
        body: { en: 'Ontario Ministry of Finance', fr: 'Ministère des Finances de l’Ontario' },
      },
      partners: [
        {
          jurisdiction: 'federal',
          body: { en: 'Canada Revenue Agency', fr: 'Agence du revenu du Canada' },
        },
      ],
      channels: [
        {
          type: 'online',
          url: { en: 'https://www.ontario.ca/page/ontario-trillium-benefit' },
          note: {
            en: 'Apply with the ON-BEN form when you file your return online.',
            fr: 'Faites la demande avec le formulaire ON-BEN en produisant votre déclaration en ligne.',
          },
        },
        {
          type: 'mail',
          note: {
            en: 'Or send the ON-BEN form with a paper tax return.',
            fr: 'Ou envoyez le formulaire ON-BEN avec une déclaration de revenus sur papier.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        {
          en: 'Your rent receipts or property tax bill for the year',
          fr: 'Vos reçus de loyer ou votre avis d’impôt foncier pour l’année',
        },
      ],
      dependsOn: ['ca.income-tax-return'],
      due: { type: 'yearly', month: 4, day: 30 },
      source: { en: 'https://www.ontario.ca/page/ontario-trillium-benefit' },
      dateModified: '2026-07-02',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'on.office.ottawa-st-laurent',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Ottawa, St. Laurent Centre',
        fr: 'ServiceOntario – Ottawa, Centre St-Laurent',
      },
      address: { street: '1200 St. Laurent Boulevard', city: 'Ottawa', province: 'ON', postalCode: 'K1K 3B8' },
      coordinates: { lat: 45.4224, lng: -75.6383 },
      hours: [
        { days: [...weekdays], opens: '08:30', closes: '17:00' },
        { days: ['sat'], opens: '09:00', closes: '13:00' },
      ],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Inside the shopping centre, on the ground floor. Step-free access from the mall parking lot.',
        fr: 'Dans le centre commercial, au rez-de-chaussée. Accès sans marches depuis le stationnement.',
      },
      wheelchairAccessible: true,
      municipality: 'ottawa',
      source: serviceOntarioPage,
      dateModified: '2026-09-24',
    },
    {
      id: 'on.office.kanata-hazeldean',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Kanata, Hazeldean Mall',
        fr: 'ServiceOntario – Kanata, centre commercial Hazeldean',
      },
      address: { street: '300 Eagleson Road', city: 'Ottawa', province: 'ON', postalCode: 'K2M 1C9' },
      coordinates: { lat: 45.2996, lng: -75.8778 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '17:00' }],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Step-free entrance and accessible parking in front of the mall.',
        fr: 'Entrée sans marches et places de stationnement accessibles devant le centre commercial.',
      },
      wheelchairAccessible: true,
      municipality: 'ottawa',
      source: serviceOntarioPage,
      dateModified: '2026-09-24',
    },
    {
      id: 'on.office.toronto-college-park',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Toronto, College Park',
        fr: 'ServiceOntario – Toronto, College Park',
      },
      address: { street: '777 Bay Street', city: 'Toronto', province: 'ON', postalCode: 'M5G 2C8' },
      coordinates: { lat: 43.6601, lng: -79.3834 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '17:00' }],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Elevator access from Bay Street and from College subway station.',
        fr: 'Accès par ascenseur depuis la rue Bay et la station de métro College.',
      },
      wheelchairAccessible: true,
      municipality: 'toronto',
      source: serviceOntarioPage,
      dateModified: '2026-10-15',
    },
    {
      id: 'on.office.north-york',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – North York',
        fr: 'ServiceOntario – North York',
      },
      address: { street: '5650 Yonge Street', city: 'Toronto', province: 'ON', postalCode: 'M2M 4G3' },
      coordinates: { lat: 43.779, lng: -79.4157 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '17:00' }],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en'],
      accessibility: {
        en: 'Step-free entrance from Yonge Street. Close to Finch subway station.',
        fr: 'Entrée sans marches depuis la rue Yonge. Près de la station de métro Finch.',
      },
      wheelchairAccessible: true,
      municipality: 'toronto',
      source: serviceOntarioPage,
      dateModified: '2026-10-15',
    },
    {
      id: 'on.office.scarborough-eglinton',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Scarborough (in Staples)',
        fr: 'ServiceOntario – Scarborough (dans Staples)',
      },
      address: { street: '1980 Eglinton Avenue East', city: 'Toronto', province: 'ON', postalCode: 'M1L 2M6' },
      coordinates: { lat: 43.7265, lng: -79.2929 },
      hours: [
        { days: [...weekdays], opens: '09:00', closes: '20:00' },
        { days: ['sat'], opens: '09:00', closes: '17:00' },
        { days: ['sun'], opens: '11:00', closes: '17:00' },
      ],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en'],
      accessibility: {
        en: 'Inside the store, on one level. Free parking, with accessible spaces near the door.',
        fr: 'Dans le magasin, sur un seul niveau. Stationnement gratuit, avec des places accessibles près de la porte.',
      },
      municipality: 'toronto',
      source: serviceOntarioPage,
      dateModified: '2026-10-15',
    },
    {
      id: 'on.office.hamilton-king-west',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Hamilton, King Street West',
        fr: 'ServiceOntario – Hamilton, rue King Ouest',
      },
      address: { street: '119 King Street West', city: 'Hamilton', province: 'ON', postalCode: 'L8P 4Y7' },
      coordinates: { lat: 43.2571, lng: -79.8724 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '17:00' }],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en'],
      accessibility: {
        en: 'Step-free entrance and elevator. Near the King Street bus routes.',
        fr: 'Entrée sans marches et ascenseur. Près des lignes d’autobus de la rue King.',
      },
      wheelchairAccessible: true,
      municipality: 'hamilton',
      source: serviceOntarioPage,
      dateModified: '2026-08-12',
    },
    {
      id: 'on.office.sudbury-larch',
      kind: 'serviceontario',
      name: {
        en: 'ServiceOntario – Sudbury, Ontario Government Building',
        fr: 'ServiceOntario – Sudbury, édifice du gouvernement de l’Ontario',
      },
      address: { street: '199 Larch Street', city: 'Sudbury', province: 'ON', postalCode: 'P3E 5P9' },
      coordinates: { lat: 46.4908, lng: -80.9931 },
      hours: [{ days: [...weekdays], opens: '08:30', closes: '17:00' }],
      phone: serviceOntarioPhone,
      url: { en: serviceOntarioPage },
      services: ['on.ohip', 'on.photo-card'],
      languages: ['en', 'fr'],
      accessibility: {
        en: 'Ground-floor counter with a step-free entrance on Larch Street.',
        fr: 'Comptoir au rez-de-chaussée avec une entrée sans marches rue Larch.',
      },
      wheelchairAccessible: true,
      municipality: 'greater-sudbury',
      source: serviceOntarioPage,
      dateModified: '2025-10-20',
    },
  ],
};
