import type { FeedInput } from '../../src/content/feed';

const serviceCanada = { jurisdiction: 'federal', body: { en: 'Service Canada', fr: 'Service Canada' } } as const;
const ircc = {
  jurisdiction: 'federal',
  body: { en: 'Immigration, Refugees and Citizenship Canada (IRCC)', fr: 'Immigration, Réfugiés et Citoyenneté Canada (IRCC)' },
} as const;
const cra = {
  jurisdiction: 'federal',
  body: { en: 'Canada Revenue Agency (CRA)', fr: 'Agence du revenu du Canada (ARC)' },
} as const;
const cbsa = {
  jurisdiction: 'federal',
  body: { en: 'Canada Border Services Agency (CBSA)', fr: 'Agence des services frontaliers du Canada (ASFC)' },
} as const;
const fcac = {
  jurisdiction: 'federal',
  body: {
    en: 'Financial Consumer Agency of Canada (FCAC)',
    fr: 'Agence de la consommation en matière financière du Canada (ACFC)',
  },
} as const;
const settlementAgencies = {
  jurisdiction: 'community',
  body: { en: 'Settlement agencies funded by IRCC', fr: 'Organismes d’établissement financés par IRCC' },
} as const;

const E = 'https://www.canada.ca/en/immigration-refugees-citizenship/services';
const F = 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services';

const url = {
  newImmigrants: { en: `${E}/new-immigrants.html`, fr: `${F}/nouveaux-immigrants.html` },
  prepareLife: { en: `${E}/new-immigrants/prepare-life-canada.html`, fr: `${F}/nouveaux-immigrants/preparer-vie-canada.html` },
  newLife: { en: `${E}/new-immigrants/new-life-canada.html`, fr: `${F}/nouveaux-immigrants/nouvelle-vie-canada.html` },
  prCard: { en: `${E}/new-immigrants/pr-card.html`, fr: `${F}/nouveaux-immigrants/carte-rp.html` },
  eca: {
    en: `${E}/immigrate-canada/express-entry/documents/education-assessed.html`,
    fr: `${F}/immigrer-canada/entree-express/documents/evaluer-diplomes-etudes.html`,
  },
  ifhp: {
    en: `${E}/refugees/help-within-canada/health-care/interim-federal-health-program.html`,
    fr: `${F}/refugies/aide-dans-canada/soins-sante/programme-federal-sante-interimaire.html`,
  },
  citizenship: {
    en: `${E}/canadian-citizenship/become-canadian-citizen/eligibility.html`,
    fr: `${F}/citoyennete-canadienne/devenir-citoyen-canadien/admissibilite.html`,
  },
  language: {
    en: `${E}/new-immigrants/new-life-canada/improve-english-french.html`,
    fr: `${F}/nouveaux-immigrants/nouvelle-vie-canada/ameliorer-francais-anglais.html`,
  },
  servicesMap: {
    en: 'https://ircc.canada.ca/english/newcomers/map/services.asp',
    fr: 'https://ircc.canada.ca/francais/nouveaux/map/services.asp',
  },
  fcac: {
    en: 'https://www.canada.ca/en/financial-consumer-agency.html',
    fr: 'https://www.canada.ca/fr/agence-consommation-matiere-financiere.html',
  },
  ccb: {
    en: 'https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit-overview.html',
    fr: 'https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles/allocation-canadienne-enfants-apercu.html',
  },
  gst: {
    en: 'https://www.canada.ca/en/revenue-agency/services/child-family-benefits/gst-hst-credit.html',
    fr: 'https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles/credit-taxe-produits-services-taxe-vente-harmonisee-tps-tvh.html',
  },
  rc151: {
    en: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/forms/rc151.html',
    fr: 'https://www.canada.ca/fr/agence-revenu/services/formulaires-publications/formulaires/rc151.html',
  },
  newcomersTax: {
    en: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/t4055/t4055-newcomers-canada.html',
    fr: 'https://www.canada.ca/fr/agence-revenu/services/formulaires-publications/publications/t4055/t4055-nouveaux-arrivants-canada.html',
  },
  officeFinder: { en: 'https://offices.service.canada.ca/en/Search', fr: 'https://bureaux.service.canada.ca/fr/Recherche' },
} as const;

const officeUrl = (id: string) => ({
  en: `https://offices.service.canada.ca/en/Office/${id}`,
  fr: `https://bureaux.service.canada.ca/fr/Bureau/${id}`,
});

const permanentResidents = ['economic', 'family', 'refugee'] as const;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const sccHours = [{ days: [...weekdays], opens: '08:30', closes: '16:00' }];

export const canadaFeed: FeedInput = {
  schemaVersion: '1.0',
  generatedAt: '2026-11-02T14:00:00Z',
  publisher: {
    id: 'canada',
    name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' },
    jurisdiction: 'federal',
    licence: {
      name: { en: 'Open Government Licence – Canada', fr: 'Licence du gouvernement ouvert – Canada' },
      url: 'https://open.canada.ca/en/open-government-licence-canada',
    },
    attribution: {
      en: 'Contains information licensed under the Open Government Licence – Canada.',
      fr: 'Contient des informations visées par la Licence du gouvernement ouvert – Canada.',
    },
    homepage: { en: 'https://www.canada.ca/en.html', fr: 'https://www.canada.ca/fr.html' },
  },
  items: [
    // ───────────── Before you leave ─────────────
    {
      id: 'ca.pre-arrival-services',
      kind: 'task',
      title: { en: 'Sign up for free pre-arrival services', fr: 'S’inscrire aux services avant l’arrivée gratuits' },
      summary: {
        en: 'Once you are approved to immigrate, you can get free help with jobs and settlement before you leave.',
        fr: 'Une fois votre immigration approuvée, vous pouvez obtenir de l’aide gratuite pour l’emploi et l’établissement avant votre départ.',
      },
      body: {
        en: '<p>Pre-arrival services are free. They are for people who are approved for permanent residence and still live outside Canada.</p><ul><li>Get advice on finding a job and on having your education and work experience recognized.</li><li>Learn about life in Ontario before you arrive.</li><li>Get the names of settlement agencies near your future home.</li></ul><p>To register, you usually need your <strong>Confirmation of Permanent Residence (COPR)</strong> or a letter from IRCC. Most services are now offered online or by phone, with some exceptions. Check the official page to see what is offered to you.</p>',
        fr: '<p>Les services avant l’arrivée sont gratuits. Ils s’adressent aux personnes dont la résidence permanente est approuvée et qui vivent encore à l’extérieur du Canada.</p><ul><li>Obtenez des conseils pour trouver un emploi et faire reconnaître vos études et votre expérience de travail.</li><li>Renseignez-vous sur la vie en Ontario avant votre arrivée.</li><li>Obtenez le nom d’organismes d’établissement près de votre future résidence.</li></ul><p>Pour vous inscrire, il vous faut habituellement votre <strong>Confirmation de résidence permanente (CRP)</strong> ou une lettre d’IRCC. La plupart des services sont maintenant offerts en ligne ou par téléphone, avec quelques exceptions. Consultez la page officielle pour savoir ce qui vous est offert.</p>',
      },
      topics: ['rights-community', 'work'],
      stages: ['before-you-leave'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      partners: [settlementAgencies],
      channels: [
        {
          type: 'online',
          url: url.prepareLife,
          note: {
            en: 'Sessions are held online or by phone.',
            fr: 'Les séances ont lieu en ligne ou par téléphone.',
          },
        },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        {
          en: 'Confirmation of Permanent Residence (COPR) or a letter from IRCC',
          fr: 'Confirmation de résidence permanente (CRP) ou une lettre d’IRCC',
        },
      ],
      due: { type: 'before-arrival' },
      verify: true,
      source: url.prepareLife,
      dateModified: '2026-05-12',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.gather-documents',
      kind: 'task',
      title: { en: 'Gather and translate your important documents', fr: 'Rassembler et faire traduire vos documents importants' },
      summary: {
        en: 'Bring the originals of your family’s records to Canada, with certified translations into English or French.',
        fr: 'Apportez au Canada les originaux des documents de votre famille, avec des traductions certifiées en français ou en anglais.',
      },
      body: {
        en: '<p>It is much harder to get official records once you have left. Before you go, collect the originals for every family member who comes with you:</p><ul><li>birth certificates, marriage, divorce or adoption records</li><li>school diplomas, transcripts and course lists</li><li>your driving record from the office that issued your licence</li><li>immunization and medical records, including your children’s</li><li>letters from past employers</li></ul><p>Get a <strong>certified translation</strong> into English or French for any document in another language. Carry the originals in your hand luggage, and keep copies in a separate place.</p>',
        fr: '<p>Il est beaucoup plus difficile d’obtenir des documents officiels une fois parti. Avant votre départ, rassemblez les originaux pour chaque membre de la famille qui vous accompagne :</p><ul><li>actes de naissance, de mariage, de divorce ou d’adoption</li><li>diplômes, relevés de notes et listes de cours</li><li>votre dossier de conduite, fourni par l’organisme qui a délivré votre permis</li><li>carnets de vaccination et dossiers médicaux, y compris ceux de vos enfants</li><li>lettres d’anciens employeurs</li></ul><p>Faites faire une <strong>traduction certifiée</strong> en français ou en anglais de tout document rédigé dans une autre langue. Gardez les originaux dans vos bagages à main et rangez des copies dans un autre endroit.</p>',
      },
      topics: ['status-documents', 'education-credentials'],
      stages: ['before-you-leave'],
      responsible: ircc,
      channels: [
        {
          type: 'online',
          url: url.prepareLife,
          note: {
            en: 'IRCC’s checklist of what to prepare before you travel.',
            fr: 'La liste d’IRCC des choses à préparer avant votre voyage.',
          },
        },
      ],
      documents: [
        { en: 'Originals of civil status records (birth, marriage, divorce)', fr: 'Originaux des actes d’état civil (naissance, mariage, divorce)' },
        { en: 'Diplomas and transcripts', fr: 'Diplômes et relevés de notes' },
        { en: 'Driving record', fr: 'Dossier de conduite' },
        { en: 'Immunization records', fr: 'Carnets de vaccination' },
      ],
      due: { type: 'before-arrival' },
      source: url.prepareLife,
      dateModified: '2026-02-20',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.credential-assessment',
      kind: 'task',
      title: {
        en: 'Have your education assessed (ECA)',
        fr: 'Faire évaluer vos diplômes (EDE)',
      },
      summary: {
        en: 'An educational credential assessment shows how your studies compare with Canadian ones. Start early: it can take months.',
        fr: 'L’évaluation des diplômes d’études montre à quoi vos études correspondent au Canada. Commencez tôt : cela peut prendre des mois.',
      },
      body: {
        en: '<p>An <strong>educational credential assessment (ECA)</strong> compares a diploma or degree from outside Canada with a Canadian one. Employers, colleges and some immigration programs may ask for it.</p><p>Use an organization designated by IRCC. Each one sets its own fees and delays, and you usually have to send official transcripts from your school.</p><p>If your job is <strong>regulated in Ontario</strong> (for example engineer, nurse or teacher), the Ontario regulator decides whether you can work in your field. An ECA alone may not be enough. Rules and lists of organizations change: check the official page.</p>',
        fr: '<p>L’<strong>évaluation des diplômes d’études (EDE)</strong> compare un diplôme obtenu à l’extérieur du Canada à un diplôme canadien. Les employeurs, les collèges et certains programmes d’immigration peuvent la demander.</p><p>Adressez-vous à un organisme désigné par IRCC. Chacun fixe ses propres frais et délais, et vous devez habituellement faire envoyer vos relevés de notes officiels par votre établissement.</p><p>Si votre métier est <strong>réglementé en Ontario</strong> (par exemple ingénieur, infirmière ou enseignant), c’est l’organisme de réglementation ontarien qui décide si vous pouvez travailler dans votre domaine. Une EDE seule pourrait ne pas suffire. Les règles et la liste des organismes changent : consultez la page officielle.</p>',
      },
      topics: ['education-credentials', 'work'],
      stages: ['before-you-leave', 'first-months'],
      responsible: ircc,
      channels: [
        {
          type: 'online',
          url: url.eca,
          note: {
            en: 'Apply directly to a designated organization.',
            fr: 'Présentez votre demande directement à un organisme désigné.',
          },
        },
      ],
      fees: {
        en: 'Set by each designated organization',
        fr: 'Fixés par chaque organisme désigné',
      },
      documents: [
        { en: 'Diplomas and official transcripts', fr: 'Diplômes et relevés de notes officiels' },
        { en: 'Certified translations, if needed', fr: 'Traductions certifiées, au besoin' },
      ],
      verify: true,
      source: url.eca,
      dateModified: '2026-08-05',
      languages: ['en', 'fr'],
    },
    // ───────────── First days ─────────────
    {
      id: 'ca.landing',
      kind: 'task',
      title: { en: 'Arrive in Canada and confirm your permanent residence', fr: 'Arriver au Canada et confirmer votre résidence permanente' },
      summary: {
        en: 'At the airport or border, an officer checks your documents and confirms you are a permanent resident.',
        fr: 'À l’aéroport ou à la frontière, un agent vérifie vos documents et confirme que vous êtes résident permanent.',
      },
      body: {
        en: '<p>At your first port of entry, a border services officer checks your passport and your <strong>Confirmation of Permanent Residence (COPR)</strong>. Keep them in your hand luggage, not in a suitcase.</p><ul><li>Declare the goods you bring, and list the goods that will arrive later.</li><li>Declare cash and money instruments of CAN$10,000 or more.</li><li>Give a Canadian mailing address so that IRCC can send your permanent resident card.</li></ul><p>Keep your COPR in a safe place. It shows your status until your card arrives.</p>',
        fr: '<p>À votre premier point d’entrée, un agent des services frontaliers vérifie votre passeport et votre <strong>Confirmation de résidence permanente (CRP)</strong>. Gardez-les dans vos bagages à main, pas dans une valise.</p><ul><li>Déclarez les biens que vous apportez et dressez la liste des biens qui arriveront plus tard.</li><li>Déclarez les espèces et effets de 10 000 $ CA ou plus.</li><li>Donnez une adresse postale au Canada pour qu’IRCC puisse vous envoyer votre carte de résident permanent.</li></ul><p>Rangez votre CRP en lieu sûr. Elle prouve votre statut jusqu’à l’arrivée de votre carte.</p>',
      },
      topics: ['status-documents'],
      stages: ['first-days'],
      audience: { categories: [...permanentResidents] },
      responsible: cbsa,
      partners: [ircc],
      channels: [
        {
          type: 'in-person',
          note: {
            en: 'At the airport or land border where you first enter Canada.',
            fr: 'À l’aéroport ou au poste frontalier terrestre où vous entrez au Canada pour la première fois.',
          },
        },
      ],
      documents: [
        { en: 'Valid passport or travel document', fr: 'Passeport ou titre de voyage valide' },
        { en: 'Confirmation of Permanent Residence (COPR)', fr: 'Confirmation de résidence permanente (CRP)' },
        { en: 'Two copies of the list of goods you bring and goods arriving later', fr: 'Deux copies de la liste des biens que vous apportez et de ceux qui arriveront plus tard' },
      ],
      source: url.newImmigrants,
      dateModified: '2026-04-14',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.pr-card-address',
      kind: 'task',
      title: { en: 'Give IRCC your address for your PR card', fr: 'Donner à IRCC votre adresse pour votre carte RP' },
      summary: {
        en: 'Your first permanent resident card is mailed to an address in Canada. Give it within 180 days of arriving.',
        fr: 'Votre première carte de résident permanent est envoyée par la poste à une adresse au Canada. Donnez-la dans les 180 jours suivant votre arrivée.',
      },
      body: {
        en: '<p>IRCC mails your first <strong>permanent resident (PR) card</strong> only to an address in Canada.</p><p>If you did not give an address when you arrived, or if you moved before the card came, tell IRCC within <strong>180 days</strong> of your arrival. After that, you have to apply for the card and pay the fee.</p><p>Use an address where you can receive mail for the next few weeks. A hotel or short-term rental may not work.</p>',
        fr: '<p>IRCC envoie votre première <strong>carte de résident permanent (RP)</strong> uniquement à une adresse au Canada.</p><p>Si vous n’avez pas donné d’adresse à votre arrivée, ou si vous avez déménagé avant de recevoir la carte, informez-en IRCC dans les <strong>180 jours</strong> suivant votre arrivée. Après ce délai, vous devrez demander la carte et payer les frais.</p><p>Choisissez une adresse où vous pourrez recevoir du courrier pendant les prochaines semaines. Un hôtel ou une location à court terme pourrait ne pas convenir.</p>',
      },
      topics: ['status-documents'],
      stages: ['first-days', 'first-weeks'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      channels: [
        {
          type: 'online',
          url: url.prCard,
          note: {
            en: 'Use IRCC’s online form for your PR card address.',
            fr: 'Utilisez le formulaire en ligne d’IRCC pour l’adresse de votre carte RP.',
          },
        },
      ],
      fees: { en: 'Free within 180 days of arrival', fr: 'Gratuit dans les 180 jours suivant l’arrivée' },
      dependsOn: ['ca.landing'],
      due: { type: 'within-days-of-arrival', days: 180 },
      source: url.prCard,
      dateModified: '2026-07-09',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.pr-card',
      kind: 'task',
      title: { en: 'Receive and check your permanent resident card', fr: 'Recevoir et vérifier votre carte de résident permanent' },
      summary: {
        en: 'Your PR card comes by mail. Check it, keep it safe, and carry it when you travel.',
        fr: 'Votre carte RP arrive par la poste. Vérifiez-la, gardez-la en lieu sûr et apportez-la quand vous voyagez.',
      },
      body: {
        en: '<p>Your PR card arrives by mail after the processing time, plus mailing time. This can take several weeks. You can check current processing times on the official page.</p><p>When it arrives, check your name, date of birth and photo. If something is wrong, ask IRCC to correct it.</p><p>You need a valid PR card, or a permanent resident travel document, to come back to Canada by plane, train, bus or boat. The card is usually valid for 5 years.</p>',
        fr: '<p>Votre carte RP arrive par la poste après le délai de traitement, plus le temps d’envoi. Cela peut prendre plusieurs semaines. Vous pouvez consulter les délais de traitement actuels sur la page officielle.</p><p>À sa réception, vérifiez votre nom, votre date de naissance et votre photo. En cas d’erreur, demandez à IRCC de la corriger.</p><p>Il vous faut une carte RP valide, ou un titre de voyage pour résident permanent, pour revenir au Canada en avion, en train, en autobus ou en bateau. La carte est habituellement valide pendant 5 ans.</p>',
      },
      topics: ['status-documents'],
      stages: ['first-weeks', 'first-months'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      channels: [{ type: 'mail', note: { en: 'Mailed to your address in Canada.', fr: 'Envoyée à votre adresse au Canada.' } }],
      dependsOn: ['ca.pr-card-address'],
      source: url.prCard,
      dateModified: '2026-03-27',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.sin',
      kind: 'task',
      serviceId: 'sin',
      title: { en: 'Apply for a Social Insurance Number (SIN)', fr: 'Demander un numéro d’assurance sociale (NAS)' },
      summary: {
        en: 'You need a SIN to work in Canada and to get government benefits. It is free.',
        fr: 'Il vous faut un NAS pour travailler au Canada et recevoir des prestations du gouvernement. C’est gratuit.',
      },
      body: {
        en: '<p>A Social Insurance Number (SIN) is a 9-digit number. You need it to work in Canada and to receive government programs and benefits.</p><p>Apply as soon as you can after you arrive. There is no fee.</p><p>Keep your SIN private. Give it only when the law requires it, for example to your employer or your bank.</p>',
        fr: '<p>Le numéro d’assurance sociale (NAS) est un numéro à 9 chiffres. Il vous faut un NAS pour travailler au Canada et avoir accès aux programmes et prestations du gouvernement.</p><p>Faites votre demande le plus tôt possible après votre arrivée. C’est gratuit.</p><p>Protégez votre NAS. Ne le donnez que lorsque la loi l’exige, par exemple à votre employeur ou à votre banque.</p>',
      },
      topics: ['status-documents', 'work'],
      stages: ['first-days'],
      responsible: serviceCanada,
      channels: [
        {
          type: 'online',
          url: {
            en: 'https://www.canada.ca/en/employment-social-development/services/sin/apply.html',
            fr: 'https://www.canada.ca/fr/emploi-developpement-social/services/numero-assurance-sociale/demande.html',
          },
        },
        {
          type: 'in-person',
          officeKinds: ['service-canada', 'co-located'],
          note: {
            en: 'If your documents are in order, you usually get your SIN during the same visit.',
            fr: 'Si vos documents sont en règle, vous obtenez habituellement votre NAS pendant la même visite.',
          },
        },
        {
          type: 'mail',
          note: {
            en: 'By mail only if you live 100 km or more from a Service Canada office.',
            fr: 'Par la poste seulement si vous habitez à 100 km ou plus d’un bureau de Service Canada.',
          },
        },
      ],
      serviceStandard: {
        en: 'In person: usually the same day. Online: a decision by mail or online within about 10 business days after you send all documents.',
        fr: 'En personne : habituellement le jour même. En ligne : une décision par la poste ou en ligne dans environ 10 jours ouvrables après l’envoi de tous les documents.',
      },
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        {
          en: 'Confirmation of Permanent Residence (COPR) or your permanent resident card',
          fr: 'Confirmation de résidence permanente (CRP) ou votre carte de résident permanent',
        },
        { en: 'Proof of your address in Canada', fr: 'Une preuve de votre adresse au Canada' },
      ],
      due: { type: 'within-days-of-arrival', days: 14 },
      source: {
        en: 'https://www.canada.ca/en/employment-social-development/services/sin.html',
        fr: 'https://www.canada.ca/fr/emploi-developpement-social/services/numero-assurance-sociale.html',
      },
      dateModified: '2026-06-18',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.ifhp',
      kind: 'task',
      title: {
        en: 'Use the Interim Federal Health Program (refugees)',
        fr: 'Utiliser le Programme fédéral de santé intérimaire (réfugiés)',
      },
      summary: {
        en: 'Resettled refugees and refugee claimants get temporary health coverage until OHIP starts.',
        fr: 'Les réfugiés réinstallés et les demandeurs d’asile reçoivent une couverture de santé temporaire jusqu’au début de leur couverture par le Régime d’assurance-santé de l’Ontario.',
      },
      body: {
        en: '<p>The <strong>Interim Federal Health Program (IFHP)</strong> gives limited, temporary health coverage to resettled refugees, refugee claimants and some other groups who cannot yet get provincial health insurance.</p><ul><li>Show your IFHP document to the doctor, clinic or pharmacy before you get care.</li><li>Choose providers that are registered with Medavie Blue Cross, which runs the program for IRCC.</li><li>Apply for OHIP as soon as you can. IFHP covers you only until you are eligible.</li></ul><p>What is covered depends on your group. Check the official page.</p>',
        fr: '<p>Le <strong>Programme fédéral de santé intérimaire (PFSI)</strong> offre une couverture de santé limitée et temporaire aux réfugiés réinstallés, aux demandeurs d’asile et à certains autres groupes qui n’ont pas encore droit à l’assurance maladie provinciale.</p><ul><li>Présentez votre document du PFSI au médecin, à la clinique ou à la pharmacie avant de recevoir des soins.</li><li>Choisissez des fournisseurs inscrits auprès de Croix Bleue Medavie, qui gère le programme pour IRCC.</li><li>Demandez votre carte Santé de l’Ontario le plus tôt possible. Le PFSI vous couvre seulement jusqu’à ce que vous soyez admissible au Régime d’assurance-santé de l’Ontario.</li></ul><p>La couverture dépend de votre groupe. Consultez la page officielle.</p>',
      },
      topics: ['health'],
      stages: ['first-days', 'first-weeks'],
      audience: { categories: ['refugee'] },
      responsible: ircc,
      channels: [
        {
          type: 'in-person',
          note: {
            en: 'At any health care provider registered with Medavie Blue Cross.',
            fr: 'Chez tout fournisseur de soins inscrit auprès de Croix Bleue Medavie.',
          },
        },
      ],
      fees: { en: 'Free for covered services', fr: 'Gratuit pour les services couverts' },
      documents: [
        {
          en: 'IFHP certificate or your refugee protection claimant document',
          fr: 'Certificat du PFSI ou votre document de demandeur d’asile',
        },
      ],
      source: url.ifhp,
      dateModified: '2026-01-22',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.bank-account',
      kind: 'task',
      title: { en: 'Open a bank account', fr: 'Ouvrir un compte bancaire' },
      summary: {
        en: 'You have the right to open a bank account, even without a job or money to deposit right away.',
        fr: 'Vous avez le droit d’ouvrir un compte bancaire, même sans emploi ni argent à déposer tout de suite.',
      },
      body: {
        en: '<p>A bank account lets you receive your pay and government benefits by direct deposit.</p><p>At a federally regulated bank, you have the right to open a personal account even if you:</p><ul><li>do not have a job</li><li>do not have money to deposit right away</li><li>have been bankrupt</li></ul><p>Bring <strong>identification</strong>, such as your passport and your COPR or PR card. Ask about monthly fees, newcomer packages and low-cost accounts before you sign.</p>',
        fr: '<p>Un compte bancaire vous permet de recevoir votre salaire et vos prestations du gouvernement par dépôt direct.</p><p>Dans une banque sous réglementation fédérale, vous avez le droit d’ouvrir un compte personnel même si vous :</p><ul><li>n’avez pas d’emploi</li><li>n’avez pas d’argent à déposer tout de suite</li><li>avez déjà fait faillite</li></ul><p>Apportez des <strong>pièces d’identité</strong>, comme votre passeport et votre CRP ou votre carte RP. Renseignez-vous sur les frais mensuels, les forfaits pour nouveaux arrivants et les comptes à frais modiques avant de signer.</p>',
      },
      topics: ['money-taxes'],
      stages: ['first-days'],
      responsible: fcac,
      channels: [
        {
          type: 'in-person',
          note: { en: 'At a bank branch of your choice.', fr: 'À la succursale bancaire de votre choix.' },
        },
        {
          type: 'online',
          url: url.fcac,
          note: {
            en: 'Compare accounts and learn your banking rights.',
            fr: 'Comparez les comptes et découvrez vos droits en matière bancaire.',
          },
        },
      ],
      documents: [{ en: 'Passport and your COPR or PR card', fr: 'Passeport et votre CRP ou carte RP' }],
      source: url.fcac,
      dateModified: '2025-06-09',
      languages: ['en', 'fr'],
    },
    // ───────────── Benefits and taxes ─────────────
    {
      id: 'ca.child-benefit',
      kind: 'task',
      title: { en: 'Apply for the Canada Child Benefit', fr: 'Demander l’Allocation canadienne pour enfants' },
      summary: {
        en: 'If you have children under 18, apply for this tax-free monthly payment as soon as you have a SIN.',
        fr: 'Si vous avez des enfants de moins de 18 ans, demandez ce versement mensuel non imposable dès que vous avez un NAS.',
      },
      body: {
        en: '<p>The <strong>Canada Child Benefit (CCB)</strong> is a tax-free monthly payment for families with children under 18. The amount depends on your family income.</p><p>Newcomers apply with form <strong>RC66</strong> and schedule <strong>RC66SCH</strong>, by mail or through CRA My Account. You need a SIN first. The same application also covers the Ontario Child Benefit and the GST/HST credit.</p><p>To keep getting the benefit, you and your spouse or partner must file an income tax return every year.</p>',
        fr: '<p>L’<strong>Allocation canadienne pour enfants (ACE)</strong> est un versement mensuel non imposable pour les familles ayant des enfants de moins de 18 ans. Le montant dépend du revenu familial.</p><p>Les nouveaux arrivants présentent leur demande avec le formulaire <strong>RC66</strong> et l’annexe <strong>RC66SCH</strong>, par la poste ou dans Mon dossier de l’ARC. Il vous faut d’abord un NAS. La même demande couvre aussi la Prestation ontarienne pour enfants et le crédit pour la TPS/TVH.</p><p>Pour continuer à recevoir l’allocation, vous et votre époux ou conjoint de fait devez produire une déclaration de revenus chaque année.</p>',
      },
      topics: ['children-family', 'money-taxes'],
      stages: ['first-weeks'],
      responsible: cra,
      channels: [
        { type: 'online', url: url.ccb, note: { en: 'Apply in CRA My Account.', fr: 'Faites votre demande dans Mon dossier de l’ARC.' } },
        { type: 'mail', note: { en: 'Mail forms RC66 and RC66SCH to your tax centre.', fr: 'Envoyez les formulaires RC66 et RC66SCH à votre centre fiscal.' } },
        { type: 'phone', phone: '1-800-387-1193' },
      ],
      serviceStandard: {
        en: 'Usually about 8 weeks for online applications and about 11 weeks by mail.',
        fr: 'Habituellement environ 8 semaines pour une demande en ligne et environ 11 semaines par la poste.',
      },
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [
        { en: 'Your SIN', fr: 'Votre NAS' },
        { en: 'Proof of birth for each child', fr: 'Preuve de naissance de chaque enfant' },
        { en: 'Your immigration document (COPR or PR card)', fr: 'Votre document d’immigration (CRP ou carte RP)' },
      ],
      dependsOn: ['ca.sin'],
      source: url.ccb,
      dateModified: '2026-09-02',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.gst-hst-credit',
      kind: 'task',
      title: {
        en: 'Apply for the GST/HST credit (Canada Groceries and Essentials Benefit)',
        fr: 'Demander le crédit pour la TPS/TVH (Allocation canadienne pour l’épicerie et les besoins essentiels)',
      },
      summary: {
        en: 'A tax-free quarterly payment for people with low and modest incomes. Newcomers can apply before their first tax return.',
        fr: 'Un versement trimestriel non imposable pour les personnes à revenu faible ou modeste. Les nouveaux arrivants peuvent en faire la demande avant leur première déclaration de revenus.',
      },
      body: {
        en: '<p>The <strong>GST/HST credit</strong> is a tax-free payment made every three months to help with the sales tax you pay. The Government of Canada has renamed it the <strong>Canada Groceries and Essentials Benefit</strong> and raised the amounts from July 2026. Check the official page for the current name and amounts.</p><ul><li>No children: send form <strong>RC151</strong> for the year you became a resident of Canada.</li><li>With children: your Canada Child Benefit application already covers this credit.</li></ul><p>After your first year, you are considered automatically each time you file your income tax return.</p>',
        fr: '<p>Le <strong>crédit pour la TPS/TVH</strong> est un versement non imposable fait tous les trois mois pour vous aider à payer la taxe de vente. Le gouvernement du Canada l’a renommé <strong>Allocation canadienne pour l’épicerie et les besoins essentiels</strong> et en a augmenté les montants à partir de juillet 2026. Consultez la page officielle pour connaître le nom et les montants actuels.</p><ul><li>Sans enfants : envoyez le formulaire <strong>RC151</strong> pour l’année où vous êtes devenu résident du Canada.</li><li>Avec enfants : votre demande d’Allocation canadienne pour enfants couvre déjà ce crédit.</li></ul><p>Après votre première année, votre admissibilité est évaluée automatiquement chaque fois que vous produisez votre déclaration de revenus.</p>',
      },
      topics: ['money-taxes'],
      stages: ['first-weeks'],
      responsible: cra,
      channels: [
        { type: 'online', url: url.rc151, note: { en: 'Form RC151 and how to send it.', fr: 'Le formulaire RC151 et comment l’envoyer.' } },
        { type: 'mail', note: { en: 'Mail form RC151 to your tax centre.', fr: 'Envoyez le formulaire RC151 à votre centre fiscal.' } },
        { type: 'phone', phone: '1-800-387-1193' },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [{ en: 'Your SIN', fr: 'Votre NAS' }, { en: 'Your date of arrival in Canada', fr: 'Votre date d’arrivée au Canada' }],
      dependsOn: ['ca.sin'],
      verify: true,
      source: url.gst,
      dateModified: '2026-07-03',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.income-tax-return',
      kind: 'task',
      title: { en: 'File your income tax return every year', fr: 'Produire votre déclaration de revenus chaque année' },
      summary: {
        en: 'File by April 30 each year, even if you had no income. It keeps your benefits coming.',
        fr: 'Produisez-la au plus tard le 30 avril de chaque année, même si vous n’avez eu aucun revenu. C’est ce qui maintient vos prestations.',
      },
      body: {
        en: '<p>Each year, file a return for the year before by <strong>April 30</strong>. File even if you had no income: the CRA uses your return to calculate the Canada Child Benefit, the GST/HST credit and Ontario benefits.</p><p>In your first year, give your date of arrival and your income from outside Canada for the part of the year before you arrived.</p><p>If your income is modest, a free tax clinic run by volunteers can file for you. If you are self-employed, you have until June 15 to file, but any tax you owe is still due by April 30.</p>',
        fr: '<p>Chaque année, produisez votre déclaration pour l’année précédente au plus tard le <strong>30 avril</strong>. Faites-le même sans revenu : l’ARC utilise votre déclaration pour calculer l’Allocation canadienne pour enfants, le crédit pour la TPS/TVH et les prestations de l’Ontario.</p><p>La première année, indiquez votre date d’arrivée et vos revenus gagnés à l’extérieur du Canada pendant la partie de l’année qui a précédé votre arrivée.</p><p>Si votre revenu est modeste, un comptoir d’impôts gratuit tenu par des bénévoles peut produire votre déclaration. Si vous êtes travailleur autonome, vous avez jusqu’au 15 juin pour la produire, mais tout impôt dû doit être payé au plus tard le 30 avril.</p>',
      },
      topics: ['money-taxes'],
      stages: ['ongoing'],
      responsible: cra,
      channels: [
        {
          type: 'online',
          url: url.newcomersTax,
          note: { en: 'File online with certified tax software.', fr: 'Produisez votre déclaration en ligne avec un logiciel homologué.' },
        },
        { type: 'mail', note: { en: 'Paper returns go to your tax centre.', fr: 'Les déclarations papier sont envoyées à votre centre fiscal.' } },
        { type: 'phone', phone: '1-800-959-8281' },
      ],
      fees: { en: 'Free to file. Software or a tax preparer may charge a fee.', fr: 'Gratuit. Un logiciel ou un préparateur peut exiger des frais.' },
      documents: [
        { en: 'Your SIN', fr: 'Votre NAS' },
        { en: 'Tax slips from your employer and bank (T4, T5)', fr: 'Feuillets de votre employeur et de votre banque (T4, T5)' },
      ],
      dependsOn: ['ca.sin'],
      due: { type: 'yearly', month: 4, day: 30 },
      source: url.newcomersTax,
      dateModified: '2026-02-10',
      languages: ['en', 'fr'],
    },
    // ───────────── Keeping your status ─────────────
    {
      id: 'ca.travel-records',
      kind: 'guide',
      title: { en: 'Keep a record of your trips outside Canada', fr: 'Tenir un registre de vos voyages à l’extérieur du Canada' },
      summary: {
        en: 'From your first day, note every trip abroad. You will need it to keep your status and to become a citizen.',
        fr: 'Dès votre premier jour, notez chaque voyage à l’étranger. Vous en aurez besoin pour garder votre statut et devenir citoyen.',
      },
      body: {
        en: '<p>Start a simple travel log on the day you arrive. For each trip outside Canada, write down:</p><ul><li>the date you left and the date you came back</li><li>where you went and why</li></ul><p>Keep boarding passes, tickets and other proof. You will use this record to show that you meet the <strong>residency obligation</strong> when you renew your PR card, and to count your days in Canada when you apply for <strong>citizenship</strong>.</p>',
        fr: '<p>Commencez un registre de voyages simple dès votre arrivée. Pour chaque voyage à l’extérieur du Canada, notez :</p><ul><li>la date de votre départ et celle de votre retour</li><li>votre destination et le motif du voyage</li></ul><p>Conservez vos cartes d’embarquement, vos billets et toute autre preuve. Ce registre vous servira à démontrer que vous respectez l’<strong>obligation de résidence</strong> lors du renouvellement de votre carte RP, et à compter vos jours au Canada lorsque vous demanderez la <strong>citoyenneté</strong>.</p>',
      },
      topics: ['status-documents', 'citizenship'],
      stages: ['first-days', 'ongoing'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      channels: [
        {
          type: 'online',
          url: url.citizenship,
          note: {
            en: 'IRCC’s physical presence calculator uses these dates.',
            fr: 'Le calculateur de présence physique d’IRCC utilise ces dates.',
          },
        },
      ],
      source: url.citizenship,
      dateModified: '2024-11-20',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.residency-obligation',
      kind: 'guide',
      title: { en: 'Meet the residency obligation', fr: 'Respecter l’obligation de résidence' },
      summary: {
        en: 'To keep your permanent resident status, live in Canada at least 730 days in every 5 years.',
        fr: 'Pour garder votre statut de résident permanent, vivez au Canada au moins 730 jours par période de 5 ans.',
      },
      body: {
        en: '<p>As a permanent resident, you must be physically present in Canada for at least <strong>730 days (2 years) within the last 5 years</strong>. The days do not need to be in a row.</p><p>Some days outside Canada can count, for example when you travel with a spouse or partner who is a Canadian citizen, or when you work full time abroad for a Canadian business.</p><p>If you do not meet the obligation, you could lose your status. An officer may check it when you renew your PR card or come back to Canada.</p>',
        fr: '<p>En tant que résident permanent, vous devez être effectivement présent au Canada au moins <strong>730 jours (2 ans) au cours des 5 dernières années</strong>. Les jours n’ont pas à être consécutifs.</p><p>Certains jours passés à l’étranger peuvent compter, par exemple si vous accompagnez un époux ou conjoint de fait qui est citoyen canadien, ou si vous travaillez à temps plein à l’étranger pour une entreprise canadienne.</p><p>Si vous ne respectez pas cette obligation, vous pourriez perdre votre statut. Un agent peut la vérifier quand vous renouvelez votre carte RP ou revenez au Canada.</p>',
      },
      topics: ['status-documents'],
      stages: ['ongoing'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      channels: [{ type: 'online', url: url.prCard }],
      dependsOn: ['ca.travel-records'],
      source: url.prCard,
      dateModified: '2026-05-28',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.pr-card-renewal',
      kind: 'task',
      title: { en: 'Renew your permanent resident card', fr: 'Renouveler votre carte de résident permanent' },
      summary: {
        en: 'Your PR card is usually valid for 5 years. Apply to renew it before it expires.',
        fr: 'Votre carte RP est habituellement valide pendant 5 ans. Demandez son renouvellement avant son expiration.',
      },
      body: {
        en: '<p>Check the expiry date on your PR card. IRCC asks you to apply when your card will expire in <strong>less than 9 months</strong>. Most people apply online through their IRCC account.</p><p>An expired card does not mean you have lost your status. But you need a valid card to board a plane, train, bus or boat to Canada. If you are abroad without one, you need a permanent resident travel document.</p><p>Keep your travel record handy: the application asks about your time in Canada.</p>',
        fr: '<p>Vérifiez la date d’expiration de votre carte RP. IRCC vous demande de présenter une demande lorsque votre carte expire dans <strong>moins de 9 mois</strong>. La plupart des gens font leur demande en ligne dans leur compte IRCC.</p><p>Une carte expirée ne signifie pas que vous avez perdu votre statut. Mais il vous faut une carte valide pour prendre l’avion, le train, l’autobus ou le bateau vers le Canada. Si vous êtes à l’étranger sans carte, il vous faut un titre de voyage pour résident permanent.</p><p>Gardez votre registre de voyages à portée de main : la demande porte sur votre séjour au Canada.</p>',
      },
      topics: ['status-documents'],
      stages: ['ongoing'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      channels: [
        { type: 'online', url: url.prCard, note: { en: 'Apply in your IRCC account.', fr: 'Présentez votre demande dans votre compte IRCC.' } },
        { type: 'mail', note: { en: 'Paper applications are still possible in some cases.', fr: 'Une demande papier est encore possible dans certains cas.' } },
      ],
      fees: { en: 'A processing fee applies', fr: 'Des frais de traitement s’appliquent' },
      documents: [
        { en: 'Your current PR card', fr: 'Votre carte RP actuelle' },
        { en: 'A photo that meets IRCC’s specifications', fr: 'Une photo conforme aux exigences d’IRCC' },
        { en: 'Your record of travel outside Canada', fr: 'Votre registre de voyages à l’extérieur du Canada' },
      ],
      dependsOn: ['ca.pr-card', 'ca.travel-records'],
      source: url.prCard,
      dateModified: '2026-08-19',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.citizenship',
      kind: 'task',
      title: { en: 'Apply for Canadian citizenship', fr: 'Demander la citoyenneté canadienne' },
      summary: {
        en: 'After about 3 years in Canada as a permanent resident, you may be able to become a citizen.',
        fr: 'Après environ 3 ans au Canada comme résident permanent, vous pourriez devenir citoyen.',
      },
      body: {
        en: '<p>You may apply for citizenship if you:</p><ul><li>are a permanent resident</li><li>were physically present in Canada for at least <strong>1,095 days in the last 5 years</strong></li><li>filed your income taxes, if you had to, for at least 3 of those years</li><li>pass the citizenship test and show your English or French skills, if you are 18 to 54</li></ul><p>Some days you spent in Canada as a temporary resident or protected person before you became a permanent resident may count as half days. Use IRCC’s online calculator and your travel record to count your days.</p>',
        fr: '<p>Vous pouvez demander la citoyenneté si vous :</p><ul><li>êtes résident permanent</li><li>avez été effectivement présent au Canada au moins <strong>1 095 jours au cours des 5 dernières années</strong></li><li>avez produit vos déclarations de revenus, si vous deviez le faire, pendant au moins 3 de ces années</li><li>réussissez l’examen pour la citoyenneté et démontrez vos compétences en français ou en anglais, si vous avez de 18 à 54 ans</li></ul><p>Certains jours passés au Canada comme résident temporaire ou personne protégée avant de devenir résident permanent peuvent compter pour des demi-journées. Utilisez le calculateur en ligne d’IRCC et votre registre de voyages pour compter vos jours.</p>',
      },
      topics: ['citizenship'],
      stages: ['ongoing'],
      responsible: ircc,
      channels: [{ type: 'online', url: url.citizenship, note: { en: 'Most people apply online.', fr: 'La plupart des gens présentent leur demande en ligne.' } }],
      fees: { en: 'Application fees apply (adults and minors differ)', fr: 'Des frais de demande s’appliquent (différents pour les adultes et les mineurs)' },
      documents: [
        { en: 'Your PR card or COPR', fr: 'Votre carte RP ou votre CRP' },
        { en: 'Proof of English or French skills (ages 18 to 54)', fr: 'Preuve de compétences en français ou en anglais (18 à 54 ans)' },
        { en: 'Your record of travel outside Canada', fr: 'Votre registre de voyages à l’extérieur du Canada' },
      ],
      dependsOn: ['ca.travel-records', 'ca.income-tax-return'],
      source: url.citizenship,
      dateModified: '2026-10-07',
      languages: ['en', 'fr'],
    },
    // ───────────── Settling in ─────────────
    {
      id: 'ca.settlement-services',
      kind: 'task',
      serviceId: 'settlement-services',
      title: { en: 'Get free help from a settlement agency', fr: 'Obtenir l’aide gratuite d’un organisme d’établissement' },
      summary: {
        en: 'A settlement worker can look at your needs and help with housing, jobs, schools and forms.',
        fr: 'Un conseiller en établissement peut évaluer vos besoins et vous aider pour le logement, l’emploi, l’école et les formulaires.',
      },
      body: {
        en: '<p>Settlement agencies funded by IRCC offer free services to newcomers. In your first weeks, ask for a <strong>needs assessment</strong>: a settlement worker looks at your situation and makes a plan with you.</p><ul><li>help finding housing, a job or a school for your children</li><li>help filling in government forms</li><li>information sessions, such as an orientation to life in Ontario</li><li>referrals to language classes, health care and community services</li></ul><p>Most services are for permanent residents and protected persons. Many agencies serve clients in French and in other languages. Use the map to find one near you.</p>',
        fr: '<p>Les organismes d’établissement financés par IRCC offrent des services gratuits aux nouveaux arrivants. Au cours de vos premières semaines, demandez une <strong>évaluation des besoins</strong> : un conseiller examine votre situation et établit un plan avec vous.</p><ul><li>aide pour trouver un logement, un emploi ou une école pour vos enfants</li><li>aide pour remplir les formulaires du gouvernement</li><li>séances d’information, comme une orientation à la vie en Ontario</li><li>orientation vers des cours de langue, des soins de santé et des services communautaires</li></ul><p>La plupart des services s’adressent aux résidents permanents et aux personnes protégées. Beaucoup d’organismes servent leurs clients en français et dans d’autres langues. Utilisez la carte pour en trouver un près de chez vous.</p>',
      },
      topics: ['rights-community'],
      stages: ['first-days', 'first-weeks'],
      responsible: ircc,
      partners: [settlementAgencies],
      channels: [
        { type: 'online', url: url.servicesMap, note: { en: 'Find free newcomer services near you.', fr: 'Trouvez des services gratuits pour nouveaux arrivants près de chez vous.' } },
        { type: 'in-person', officeKinds: ['settlement-agency', 'library'] },
        { type: 'phone', note: { en: 'Many agencies also offer appointments by phone or video.', fr: 'Beaucoup d’organismes offrent aussi des rendez-vous par téléphone ou par vidéo.' } },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [{ en: 'Your COPR, PR card or proof of protected person status', fr: 'Votre CRP, votre carte RP ou une preuve du statut de personne protégée' }],
      source: url.newLife,
      dateModified: '2026-04-30',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.language-assessment',
      kind: 'task',
      title: { en: 'Book a free language assessment', fr: 'Prendre rendez-vous pour une évaluation linguistique gratuite' },
      summary: {
        en: 'Before you join free English or French classes, a free assessment finds your level.',
        fr: 'Avant de suivre des cours gratuits de français ou d’anglais, une évaluation gratuite détermine votre niveau.',
      },
      body: {
        en: '<p>A language assessment measures your speaking, listening, reading and writing. Your results use the <strong>Canadian Language Benchmarks (CLB)</strong> for English or the <strong>Niveaux de compétence linguistique canadiens (NCLC)</strong> for French.</p><p>With your results, an assessor refers you to a class at the right level, close to home or online.</p><p>Ask a settlement agency to book your assessment, or use the map to find an assessment centre.</p>',
        fr: '<p>L’évaluation linguistique mesure votre expression orale, votre compréhension de l’oral, votre compréhension de l’écrit et votre expression écrite. Vos résultats sont exprimés selon les <strong>Niveaux de compétence linguistique canadiens (NCLC)</strong> pour le français ou les <strong>Canadian Language Benchmarks (CLB)</strong> pour l’anglais.</p><p>Selon vos résultats, un évaluateur vous oriente vers un cours du bon niveau, près de chez vous ou en ligne.</p><p>Demandez à un organisme d’établissement de prendre rendez-vous pour vous, ou utilisez la carte pour trouver un centre d’évaluation.</p>',
      },
      topics: ['language'],
      stages: ['first-weeks'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      partners: [settlementAgencies],
      channels: [
        { type: 'in-person', officeKinds: ['settlement-agency'], note: { en: 'At a language assessment centre.', fr: 'Dans un centre d’évaluation linguistique.' } },
        { type: 'online', url: url.servicesMap },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [{ en: 'Your COPR, PR card or proof of protected person status', fr: 'Votre CRP, votre carte RP ou une preuve du statut de personne protégée' }],
      source: url.language,
      dateModified: '2025-12-03',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.linc',
      kind: 'task',
      serviceId: 'linc',
      title: {
        en: 'Take free English or French classes (LINC and CLIC)',
        fr: 'Suivre des cours gratuits de français ou d’anglais (CLIC et LINC)',
      },
      summary: {
        en: 'Free language classes for adult permanent residents, in class, online or part time.',
        fr: 'Des cours de langue gratuits pour les résidents permanents adultes, en classe, en ligne ou à temps partiel.',
      },
      body: {
        en: '<p><strong>Language Instruction for Newcomers to Canada (LINC)</strong> offers free English classes. <strong>Cours de langue pour les immigrants au Canada (CLIC)</strong> offers free French classes.</p><ul><li>For permanent residents and protected persons aged 18 and over.</li><li>Full time, part time, evenings, weekends or online.</li><li>Some schools offer free child care while you are in class.</li></ul><p>You need a language assessment first. A LINC or CLIC certificate at level 4 or higher can be used as proof of language for citizenship.</p>',
        fr: '<p>Les <strong>Cours de langue pour les immigrants au Canada (CLIC)</strong> offrent des cours de français gratuits. Les cours <strong>Language Instruction for Newcomers to Canada (LINC)</strong> offrent des cours d’anglais gratuits.</p><ul><li>Pour les résidents permanents et les personnes protégées de 18 ans ou plus.</li><li>À temps plein, à temps partiel, le soir, la fin de semaine ou en ligne.</li><li>Certains centres offrent une garde d’enfants gratuite pendant les cours.</li></ul><p>Il faut d’abord passer une évaluation linguistique. Un certificat CLIC ou LINC de niveau 4 ou plus peut servir de preuve de compétences linguistiques pour la citoyenneté.</p>',
      },
      topics: ['language'],
      stages: ['first-weeks', 'first-months'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      partners: [settlementAgencies],
      channels: [
        { type: 'in-person', officeKinds: ['settlement-agency'], note: { en: 'At a school, college or settlement agency.', fr: 'Dans une école, un collège ou un organisme d’établissement.' } },
        { type: 'online', url: url.language, note: { en: 'Online classes and home study are also available.', fr: 'Des cours en ligne et l’apprentissage à domicile sont aussi offerts.' } },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      documents: [{ en: 'Your language assessment results', fr: 'Les résultats de votre évaluation linguistique' }],
      dependsOn: ['ca.language-assessment'],
      source: url.language,
      dateModified: '2026-06-02',
      languages: ['en', 'fr'],
    },
    {
      id: 'ca.mentoring',
      kind: 'task',
      title: { en: 'Join a mentoring or networking program', fr: 'Participer à un programme de mentorat ou de réseautage' },
      summary: {
        en: 'Meet people who work in your field and learn how hiring works in Canada.',
        fr: 'Rencontrez des gens qui travaillent dans votre domaine et découvrez comment on embauche au Canada.',
      },
      body: {
        en: '<p>Many jobs in Canada are found through contacts. IRCC-funded agencies offer free programs that can help:</p><ul><li><strong>mentoring</strong>: meet a professional in your field for advice and contacts</li><li><strong>networking events</strong> with employers and professional associations</li><li>job search workshops on résumés, interviews and workplace culture</li></ul><p>Ask your settlement agency what is offered near you, or use the map to find employment services for newcomers.</p>',
        fr: '<p>Au Canada, beaucoup d’emplois se trouvent grâce aux contacts. Des organismes financés par IRCC offrent des programmes gratuits qui peuvent vous aider :</p><ul><li><strong>mentorat</strong> : rencontrez un professionnel de votre domaine pour obtenir des conseils et des contacts</li><li><strong>activités de réseautage</strong> avec des employeurs et des associations professionnelles</li><li>ateliers de recherche d’emploi sur le curriculum vitæ, les entrevues et la culture de travail</li></ul><p>Demandez à votre organisme d’établissement ce qui est offert près de chez vous, ou utilisez la carte pour trouver des services d’emploi pour nouveaux arrivants.</p>',
      },
      topics: ['work'],
      stages: ['first-months', 'first-year'],
      audience: { categories: [...permanentResidents] },
      responsible: ircc,
      partners: [settlementAgencies],
      channels: [
        { type: 'online', url: url.servicesMap },
        { type: 'in-person', officeKinds: ['settlement-agency'] },
      ],
      fees: { en: 'Free', fr: 'Gratuit' },
      dependsOn: ['ca.settlement-services'],
      source: url.newLife,
      dateModified: '2025-03-14',
      languages: ['en', 'fr'],
    },
  ],
  offices: [
    {
      id: 'ca.office.ottawa-passport',
      kind: 'service-canada',
      name: {
        en: 'Ottawa Service Canada Centre – Passport Services',
        fr: 'Centre Service Canada d’Ottawa – Services de passeport',
      },
      address: { street: '240 Sparks Street (C.D. Howe Building)', city: 'Ottawa', province: 'ON', postalCode: 'K1P 6C9' },
      coordinates: { lat: 45.4204, lng: -75.7037 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: url.officeFinder,
      services: [],
      languages: ['en', 'fr'],
      municipality: 'ottawa',
      source: 'https://offices.service.canada.ca/en/SearchPassport',
      dateModified: '2026-07-28',
    },
    {
      id: 'ca.office.toronto-college',
      kind: 'service-canada',
      name: { en: 'Toronto – College Street Service Canada Centre', fr: 'Centre Service Canada de Toronto – rue College' },
      address: { street: '559 College Street, Suite 100', city: 'Toronto', province: 'ON', postalCode: 'M6G 1A9' },
      coordinates: { lat: 43.6552, lng: -79.4123 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: officeUrl('3591'),
      services: ['ca.sin'],
      languages: ['en', 'fr'],
      municipality: 'toronto',
      source: 'https://offices.service.canada.ca/en/Office/3591',
      dateModified: '2026-07-28',
    },
    {
      id: 'ca.office.toronto-willowdale',
      kind: 'service-canada',
      name: { en: 'Willowdale Service Canada Centre', fr: 'Centre Service Canada de Willowdale' },
      address: { street: '4900 Yonge Street, 1st floor (Joseph Shepard Building)', city: 'Toronto', province: 'ON', postalCode: 'M2N 6A4' },
      coordinates: { lat: 43.7633, lng: -79.4117 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: url.officeFinder,
      services: ['ca.sin'],
      languages: ['en', 'fr'],
      municipality: 'toronto',
      source: 'https://offices.service.canada.ca/en/Search',
      dateModified: '2026-07-28',
    },
    {
      id: 'ca.office.toronto-lawrence-square',
      kind: 'service-canada',
      name: { en: 'Lawrence Square Service Canada Centre', fr: 'Centre Service Canada de Lawrence Square' },
      address: { street: '700 Lawrence Avenue West, Suites 103–105', city: 'Toronto', province: 'ON', postalCode: 'M6A 3B4' },
      coordinates: { lat: 43.7163, lng: -79.4443 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: url.officeFinder,
      services: ['ca.sin'],
      languages: ['en', 'fr'],
      municipality: 'toronto',
      source: 'https://offices.service.canada.ca/en/Search',
      dateModified: '2026-05-14',
    },
    {
      id: 'ca.office.hamilton',
      kind: 'service-canada',
      name: { en: 'Hamilton Service Canada Centre', fr: 'Centre Service Canada de Hamilton' },
      address: { street: '55 Bay Street North', city: 'Hamilton', province: 'ON', postalCode: 'L8R 3P7' },
      coordinates: { lat: 43.2592, lng: -79.8731 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: url.officeFinder,
      services: ['ca.sin'],
      languages: ['en', 'fr'],
      municipality: 'hamilton',
      source: 'https://offices.service.canada.ca/en/Search',
      dateModified: '2026-06-30',
    },
    {
      id: 'ca.office.sudbury',
      kind: 'service-canada',
      name: { en: 'Sudbury Service Canada Centre', fr: 'Centre Service Canada de Sudbury' },
      address: { street: '19 Lisgar Street', city: 'Sudbury', province: 'ON', postalCode: 'P3E 3L4' },
      coordinates: { lat: 46.4915, lng: -80.9938 },
      hours: sccHours,
      phone: '1-800-622-6232',
      url: officeUrl('3612'),
      services: ['ca.sin'],
      languages: ['en', 'fr'],
      municipality: 'greater-sudbury',
      source: 'https://offices.service.canada.ca/en/Office/3612',
      dateModified: '2026-07-28',
    },
  ],
};
