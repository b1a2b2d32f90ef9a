// The words the generator builds its French and English news from. Small lists combined many
// ways: enough variety for realistic search, term frequencies and body sizes.
import type { Random } from './random.js'

export type Language = 'fr' | 'en'

export interface Country { code: string, en: string, fr: string, frArticle: string, capital: string, lat: number, lon: number }

export const COUNTRIES: readonly Country[] = [
  { code: 'FR', en: 'France', fr: 'France', frArticle: 'la France', capital: 'Paris', lat: 48.8566, lon: 2.3522 },
  { code: 'DE', en: 'Germany', fr: 'Allemagne', frArticle: "l'Allemagne", capital: 'Berlin', lat: 52.52, lon: 13.405 },
  { code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni', frArticle: 'le Royaume-Uni', capital: 'London', lat: 51.5074, lon: -0.1278 },
  { code: 'US', en: 'United States', fr: 'États-Unis', frArticle: 'les États-Unis', capital: 'Washington', lat: 38.9072, lon: -77.0369 },
  { code: 'RU', en: 'Russia', fr: 'Russie', frArticle: 'la Russie', capital: 'Moscow', lat: 55.7558, lon: 37.6173 },
  { code: 'CN', en: 'China', fr: 'Chine', frArticle: 'la Chine', capital: 'Beijing', lat: 39.9042, lon: 116.4074 },
  { code: 'JP', en: 'Japan', fr: 'Japon', frArticle: 'le Japon', capital: 'Tokyo', lat: 35.6762, lon: 139.6503 },
  { code: 'KR', en: 'South Korea', fr: 'Corée du Sud', frArticle: 'la Corée du Sud', capital: 'Seoul', lat: 37.5665, lon: 126.978 },
  { code: 'KP', en: 'North Korea', fr: 'Corée du Nord', frArticle: 'la Corée du Nord', capital: 'Pyongyang', lat: 39.0392, lon: 125.7625 },
  { code: 'IN', en: 'India', fr: 'Inde', frArticle: "l'Inde", capital: 'New Delhi', lat: 28.6139, lon: 77.209 },
  { code: 'BR', en: 'Brazil', fr: 'Brésil', frArticle: 'le Brésil', capital: 'Brasília', lat: -15.7939, lon: -47.8828 },
  { code: 'ZA', en: 'South Africa', fr: 'Afrique du Sud', frArticle: "l'Afrique du Sud", capital: 'Pretoria', lat: -25.7479, lon: 28.2293 },
  { code: 'NG', en: 'Nigeria', fr: 'Nigeria', frArticle: 'le Nigeria', capital: 'Abuja', lat: 9.0765, lon: 7.3986 },
  { code: 'SN', en: 'Senegal', fr: 'Sénégal', frArticle: 'le Sénégal', capital: 'Dakar', lat: 14.7167, lon: -17.4677 },
  { code: 'MA', en: 'Morocco', fr: 'Maroc', frArticle: 'le Maroc', capital: 'Rabat', lat: 34.0209, lon: -6.8416 },
  { code: 'DZ', en: 'Algeria', fr: 'Algérie', frArticle: "l'Algérie", capital: 'Algiers', lat: 36.7538, lon: 3.0588 },
  { code: 'EG', en: 'Egypt', fr: 'Égypte', frArticle: "l'Égypte", capital: 'Cairo', lat: 30.0444, lon: 31.2357 },
  { code: 'TR', en: 'Turkey', fr: 'Turquie', frArticle: 'la Turquie', capital: 'Ankara', lat: 39.9334, lon: 32.8597 },
  { code: 'UA', en: 'Ukraine', fr: 'Ukraine', frArticle: "l'Ukraine", capital: 'Kyiv', lat: 50.4501, lon: 30.5234 },
  { code: 'PL', en: 'Poland', fr: 'Pologne', frArticle: 'la Pologne', capital: 'Warsaw', lat: 52.2297, lon: 21.0122 },
  { code: 'IT', en: 'Italy', fr: 'Italie', frArticle: "l'Italie", capital: 'Rome', lat: 41.9028, lon: 12.4964 },
  { code: 'ES', en: 'Spain', fr: 'Espagne', frArticle: "l'Espagne", capital: 'Madrid', lat: 40.4168, lon: -3.7038 },
  { code: 'BE', en: 'Belgium', fr: 'Belgique', frArticle: 'la Belgique', capital: 'Brussels', lat: 50.8503, lon: 4.3517 },
  { code: 'CH', en: 'Switzerland', fr: 'Suisse', frArticle: 'la Suisse', capital: 'Bern', lat: 46.948, lon: 7.4474 },
  { code: 'CA', en: 'Canada', fr: 'Canada', frArticle: 'le Canada', capital: 'Ottawa', lat: 45.4215, lon: -75.6972 },
  { code: 'MX', en: 'Mexico', fr: 'Mexique', frArticle: 'le Mexique', capital: 'Mexico City', lat: 19.4326, lon: -99.1332 },
  { code: 'AR', en: 'Argentina', fr: 'Argentine', frArticle: "l'Argentine", capital: 'Buenos Aires', lat: -34.6037, lon: -58.3816 },
  { code: 'AU', en: 'Australia', fr: 'Australie', frArticle: "l'Australie", capital: 'Canberra', lat: -35.2809, lon: 149.13 },
  { code: 'IR', en: 'Iran', fr: 'Iran', frArticle: "l'Iran", capital: 'Tehran', lat: 35.6892, lon: 51.389 },
  { code: 'SA', en: 'Saudi Arabia', fr: 'Arabie saoudite', frArticle: "l'Arabie saoudite", capital: 'Riyadh', lat: 24.7136, lon: 46.6753 },
  { code: 'VN', en: 'Vietnam', fr: 'Viêt Nam', frArticle: 'le Viêt Nam', capital: 'Hanoi', lat: 21.0278, lon: 105.8342 },
  { code: 'CI', en: "Côte d'Ivoire", fr: "Côte d'Ivoire", frArticle: "la Côte d'Ivoire", capital: 'Abidjan', lat: 5.36, lon: -4.0083 }
]

export const FIRST_NAMES: Record<Language, readonly string[]> = {
  fr: ['Jean', 'Marie', 'Pierre', 'Sophie', 'Éric', 'Hélène', 'François', 'Camille', 'Jérôme', 'Élodie', 'Nicolas', 'Anne', 'Olivier', 'Aurélie', 'Benoît', 'Claire', 'Thierry', 'Valérie', 'Mathieu', 'Céline', 'Loïc', 'Agnès', 'Rémi', 'Noémie', 'Gaël', 'Inès', 'Hugo', 'Léa', 'Amadou', 'Fatou', 'Karim', 'Yasmina'],
  en: ['John', 'Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Susan', 'Richard', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Emily', 'Andrew', 'Olivia', 'Yuki', 'Hiroshi', 'Wei', 'Mei', 'Ivan', 'Olga', 'Ahmed', 'Priya']
}

export const LAST_NAMES: Record<Language, readonly string[]> = {
  fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Diallo', 'Ndiaye', 'Benali', 'Haddad', 'Nguyen', 'Lemaître'],
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Tanaka', 'Suzuki', 'Zhang', 'Wang', 'Petrov', 'Ivanova', 'Okafor', 'Mensah', 'Patel', 'Kowalski']
}

export const OFFICES: Record<Language, readonly string[]> = {
  fr: ['président', 'Premier ministre', 'ministre des Affaires étrangères', 'ministre de la Défense', "ministre de l'Économie", 'porte-parole du gouvernement', 'ambassadeur', 'chef de la diplomatie', 'député', 'maire de la capitale', 'secrétaire général', 'négociateur en chef'],
  en: ['president', 'prime minister', 'foreign minister', 'defence minister', 'finance minister', 'government spokesperson', 'ambassador', 'top diplomat', 'member of parliament', 'mayor of the capital', 'secretary general', 'chief negotiator']
}

export const ORGANIZATIONS: Record<Language, readonly string[]> = {
  fr: ['Ministère des Affaires étrangères', 'Parti social-démocrate', 'Union des travailleurs', 'Banque centrale', 'Conseil national de sécurité', 'Agence de presse nationale', 'Commission électorale', 'Fédération des industries', 'Comité olympique', 'Cour constitutionnelle', 'Syndicat des enseignants', 'Chambre de commerce'],
  en: ['Ministry of Foreign Affairs', 'Social Democratic Party', 'Workers Union', 'Central Bank', 'National Security Council', 'National News Agency', 'Electoral Commission', 'Federation of Industries', 'Olympic Committee', 'Constitutional Court', 'Teachers Union', 'Chamber of Commerce']
}

export const PUBLISHERS: Record<Language, readonly string[]> = {
  fr: ['Le Quotidien', "L'Observateur", 'La Dépêche du Matin', 'Le Courrier international', 'Radio Info', 'Le Journal du Soir', 'Agence France Nouvelles'],
  en: ['The Daily Record', 'The Morning Post', 'World Wire', 'The Evening Standard-Times', 'Global Dispatch', 'The Chronicle']
}

export const TOPICS: Record<Language, readonly string[]> = {
  fr: ['la sécurité régionale', 'le climat', "l'énergie", 'le commerce', 'les migrations', 'la santé publique', "l'agriculture", 'la cybersécurité', 'les droits humains', 'la dette', "l'éducation", 'le nucléaire civil', "l'eau", 'la reconstruction'],
  en: ['regional security', 'climate', 'energy', 'trade', 'migration', 'public health', 'agriculture', 'cybersecurity', 'human rights', 'debt', 'education', 'civil nuclear power', 'water', 'reconstruction']
}

const SUBJECT_VERBS: Record<Language, readonly string[]> = {
  fr: ['nous ne céderons pas sur', 'nous soutiendrons', 'le gouvernement refusera', "l'Europe doit renforcer", 'personne ne peut ignorer', 'nos partenaires attendent', 'nous allons examiner', 'il faut protéger', 'nous condamnons fermement', 'notre pays défendra', 'nous appelons à relancer', 'le peuple exige', 'nous ne remettrons jamais en cause', "il n'est pas question d'abandonner", 'nous voulons accélérer'],
  en: ['we will not give up on', 'we will support', 'the government will reject', 'Europe must strengthen', 'nobody can ignore', 'our partners expect', 'we are going to review', 'we must protect', 'we strongly condemn', 'our country will defend', 'we call for a relaunch of', 'the people demand', 'we will never question', 'there is no question of abandoning', 'we want to speed up']
}

const OBJECTS: Record<Language, readonly string[]> = {
  fr: ["l'accord de paix", 'la coopération économique', 'les sanctions', 'le cessez-le-feu', 'la réforme des retraites', 'le traité de partenariat', "l'aide humanitaire", 'les négociations commerciales', 'la transition énergétique', 'le dialogue politique', 'la souveraineté nationale', 'les investissements étrangers', "l'intégrité territoriale", 'le programme nucléaire', 'la liberté de la presse', 'les frontières'],
  en: ['the peace agreement', 'economic cooperation', 'the sanctions', 'the ceasefire', 'the pension reform', 'the partnership treaty', 'humanitarian aid', 'the trade talks', 'the energy transition', 'the political dialogue', 'national sovereignty', 'foreign investment', 'territorial integrity', 'the nuclear programme', 'press freedom', 'the borders']
}

const COMPLEMENTS: Record<Language, readonly string[]> = {
  fr: ['dans les prochains mois', "d'ici la fin de l'année", 'sans conditions préalables', 'avec la plus grande fermeté', 'dans le respect du droit international', 'quoi qu’il en coûte', 'au nom de nos citoyens', 'en étroite concertation avec nos alliés', 'malgré les pressions extérieures', 'pour les générations futures', 'sans délai', 'à la table des négociations'],
  en: ['in the coming months', 'by the end of the year', 'without preconditions', 'with the utmost firmness', 'in line with international law', 'whatever it takes', 'on behalf of our citizens', 'in close consultation with our allies', 'despite outside pressure', 'for future generations', 'without delay', 'at the negotiating table']
}

const AMOUNTS: Record<Language, readonly string[]> = {
  fr: ['à hauteur de {n} milliards d’euros', 'pour {n} millions de dollars', 'avec {n} % de croissance attendue', 'sur {n} ans'],
  en: ['worth {n} billion euros', 'for {n} million dollars', 'with {n}% expected growth', 'over {n} years']
}

const FILLERS: Record<Language, readonly string[]> = {
  fr: [
    'La rencontre s’est tenue à huis clos pendant près de {n} heures.',
    'Les deux délégations se sont ensuite retrouvées pour un dîner officiel.',
    'Plusieurs observateurs y voient un tournant dans les relations bilatérales.',
    'Selon des sources diplomatiques, les discussions ont porté sur {topic}.',
    'Des manifestants s’étaient rassemblés devant le bâtiment dès le matin.',
    'Le texte doit encore être ratifié par le Parlement.',
    'Aucun calendrier précis n’a été communiqué à ce stade.',
    'La presse locale a largement relayé l’événement.',
    'Cette visite intervient dans un contexte de fortes tensions sur {topic}.',
    'Les marchés ont réagi avec prudence à ces annonces.',
    'Un communiqué commun a été publié à l’issue de la réunion.',
    'L’opposition a dénoncé un accord « déséquilibré ».'
  ],
  en: [
    'The meeting was held behind closed doors for almost {n} hours.',
    'The two delegations then met for an official dinner.',
    'Several observers see it as a turning point in bilateral relations.',
    'According to diplomatic sources, the talks focused on {topic}.',
    'Protesters had gathered in front of the building since the morning.',
    'The text still has to be ratified by parliament.',
    'No precise timetable has been announced so far.',
    'Local media widely covered the event.',
    'The visit comes amid high tensions over {topic}.',
    'Markets reacted cautiously to the announcements.',
    'A joint statement was issued at the end of the meeting.',
    'The opposition called the deal "unbalanced".'
  ]
}

/** Rare lines with characters outside the BMP, so offsets are exercised as UTF-16 code units. */
const SOCIAL: Record<Language, readonly string[]> = {
  fr: ['Sur les réseaux sociaux, le message « Ensemble 🤝 » a été partagé des milliers de fois.', 'Le compte officiel a publié un drapeau 🇺🇳 accompagné du mot « paix ».'],
  en: ['On social media, the message "Together 🤝" was shared thousands of times.', 'The official account posted a 🇺🇳 flag with the word "peace".']
}

export const CUES: Record<Language, Record<'direct' | 'partial' | 'indirect', readonly string[]>> = {
  fr: {
    direct: ['a déclaré', 'a affirmé', 'a-t-il averti', 'a-t-il assuré', 'a souligné', 'a martelé', 'a lancé'],
    partial: ['a qualifié', 'a dénoncé', 'a salué', 'a évoqué'],
    indirect: ['a précisé que', 'a estimé que', 'a rappelé que', 'a indiqué que', 'a fait savoir que']
  },
  en: {
    direct: ['said', 'declared', 'warned', 'insisted', 'stressed', 'told', 'added'],
    partial: ['described', 'denounced', 'welcomed', 'called'],
    indirect: ['said that', 'argued that', 'recalled that', 'indicated that', 'announced that']
  }
}

export const AUDIENCES: Record<Language, readonly string[]> = {
  fr: ['à la presse', 'devant les journalistes', 'devant le Parlement', 'à la télévision nationale', 'aux diplomates réunis'],
  en: ['to reporters', 'to the press', 'before parliament', 'on national television', 'to assembled diplomats']
}

export const RELAYS: Record<Language, readonly string[]> = {
  fr: ['les agences de presse', "l'agence officielle", 'la télévision publique', 'des médias locaux'],
  en: ['news agencies', 'the state news agency', 'public television', 'local media']
}

const PARTIAL_FRAGMENTS: Record<Language, readonly string[]> = {
  fr: ['document véritablement révolutionnaire', 'provocation inacceptable', 'étape historique', 'signal très encourageant', 'erreur stratégique majeure', 'moment de vérité', 'pas décisif vers la paix', 'menace pour la stabilité régionale', 'victoire du dialogue', 'trahison des engagements pris'],
  en: ['truly revolutionary document', 'unacceptable provocation', 'historic step', 'very encouraging signal', 'major strategic mistake', 'moment of truth', 'decisive step towards peace', 'threat to regional stability', 'victory for dialogue', 'betrayal of commitments']
}

export function fill (random: Random, template: string, language: Language): string {
  return template
    .replace('{n}', String(random.int(2, 40)))
    .replace('{topic}', random.pick(TOPICS[language]))
}

export function capitalize (text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A clause a speaker might say: `nous soutiendrons le cessez-le-feu sans délai`. */
export function clause (random: Random, language: Language, mention?: string): string {
  let text = `${random.pick(SUBJECT_VERBS[language])} ${random.pick(OBJECTS[language])}`
  if (random.chance(0.7)) text += ` ${random.pick(COMPLEMENTS[language])}`
  if (random.chance(0.2)) text += ` ${fill(random, random.pick(AMOUNTS[language]), language)}`
  if (mention !== undefined) text = language === 'fr' ? `nous avons dit à ${mention} ${text.startsWith('il') ? "qu'" : 'que '}${text}` : `we told ${mention} that ${text}`
  return text
}

export function fragment (random: Random, language: Language): string {
  return random.pick(PARTIAL_FRAGMENTS[language])
}

export function filler (random: Random, language: Language): string {
  if (random.chance(0.01)) return random.pick(SOCIAL[language])
  return fill(random, random.pick(FILLERS[language]), language)
}
