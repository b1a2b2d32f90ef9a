import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t, { type Test } from 'tap'
import { extractEvents } from '../src/extraction/events/extract.js'
import type { ActorRole, EventExtractionInput, ExtractedEvent } from '../src/extraction/events/types.js'
import { CAMEO_ROOTS, EVENT_TYPES } from '../src/entities/events/vocabulary.js'
import type { KnownParticipant } from '../src/extraction/types.js'

/** Extracts, and checks what every event must hold: offsets that slice back, one main event, a known type. */
function events (body: string, published = '2024-06-20', more: Partial<EventExtractionInput> = {}): ExtractedEvent[] {
  // one-sentence texts are too short for language detection
  const language = /[àâçéèêîôû]|\b(?:le|la|les|des|du|un|une|à)\b/i.test(body) ? 'fr' : 'en'
  const found = extractEvents({ body, published, language, ...more })
  for (const e of found) {
    if (e.trigger !== null && body.slice(e.trigger.start, e.trigger.end) !== e.trigger.text) throw new Error(`bad trigger offsets for ${e.trigger.text}`)
    if (!(EVENT_TYPES as readonly string[]).includes(e.type)) throw new Error(`unknown type ${e.type}`)
    if (e.cameo !== null && !(CAMEO_ROOTS as readonly string[]).includes(e.cameo)) throw new Error(`unknown CAMEO root ${e.cameo}`)
    if (e.scope.start > (e.trigger?.start ?? e.scope.start) || e.scope.end < (e.trigger?.end ?? 0)) throw new Error('trigger outside its scope')
  }
  if (found.length > 0 && found.filter((e) => e.main).length !== 1) throw new Error('not exactly one main event')
  return found
}
const main = (found: ExtractedEvent[]): ExtractedEvent => found.find((e) => e.main) as ExtractedEvent
const roles = (e: ExtractedEvent): string[] => e.participants.map((p) => `${p.name}:${p.role}`)
/** Asserts the event has a participant of that name (and role), listing its participants when it has not. */
function hasActor (t: Test, e: ExtractedEvent, name: string, role?: ActorRole): void {
  t.ok(e.participants.some((p) => p.name === name && (role === undefined || p.role === role)), `${name}${role === undefined ? '' : `:${role}`} among ${roles(e).join('; ')}`)
}
/** Asserts the event has no participant of that name, or of a name that pattern matches. */
function lacksActor (t: Test, e: ExtractedEvent, name: string | RegExp): void {
  t.notOk(e.participants.some((p) => typeof name === 'string' ? p.name === name : name.test(p.name)), `${String(name)} not among ${roles(e).join('; ')}`)
}

// Wednesday 19 June 2024 is the day before the default publication date
t.test('trigger words give the type and CAMEO root, in both languages, with their auxiliaries', async (t) => {
  const cases: Array<[string, string, string, string | null]> = [
    ['La Russie et la Corée du Nord ont signé un traité.', 'ont signé', 'treaty-signing', '05'],
    ['Les cheminots sont en grève depuis lundi.', 'sont en grève', 'strike', '14'],
    ['Des frappes ont visé Kharkiv dans la nuit.', 'frappes', 'military-action', '19'],
    ["L'ancien maire a été arrêté mardi.", 'a été arrêté', 'arrest', '17'],
    ['Il a été condamné à cinq ans de prison.', 'a été condamné', 'court-ruling', '17'],
    ['Un séisme a secoué le sud du pays.', 'séisme', 'disaster', null],
    ['Elle a été nommée Première ministre.', 'a été nommée', 'appointment', null],
    ['Le ministre a présenté sa démission.', 'démission', 'resignation', null],
    ['Brussels imposed new sanctions on the regime.', 'imposed', 'sanctions', '16'],
    ['Mexico will impose tariffs of as much as 50% on cars imported from China.', 'will impose', 'economic', '16'],
    ['A Hong Kong court jailed a former district councillor on Tuesday for sedition.', 'jailed', 'court-ruling', '17'],
    ['The EU on Monday imposed new sanctions and tariffs on Belarus.', 'imposed', 'sanctions', '16'],
    ['The two leaders met in Geneva.', 'met', 'meeting', '04'],
    ['Police arrested three men on Friday.', 'arrested', 'arrest', '17'],
    ['The former minister was sentenced to five years in prison.', 'was sentenced', 'court-ruling', '17'],
    ['A powerful earthquake struck the region.', 'earthquake', 'disaster', null],
    ['The board appointed a new chief executive.', 'appointed', 'appointment', null],
    ['The prime minister resigned on Monday.', 'resigned', 'resignation', null],
    ['The minister suspended the police commander.', 'suspended', 'other', '17'],
    ['Le gouvernement a suspendu les négociations.', 'a suspendu', 'other', '16'],
    ['Troops fought rebels near the border.', 'fought', 'military-action', '19'],
    ["Russia's foreign ministry summoned the U.S. ambassador.", 'summoned', 'other', '16'],
    ["Kenya's parliament on Tuesday ratified a border treaty with Ethiopia.", 'ratified', 'legislation', '05'],
    ["Japan's Kirin Holdings has agreed to buy craft beer maker Tasman Ridge Brewing for A$2.1 billion.", 'has agreed to buy', 'agreement', '06'],
    ['The European Commission fined Apple 1.8 billion euros for breaking EU antitrust rules.', 'fined', 'sanctions', '17'],
    ['Hamas released three hostages on Saturday.', 'released', 'other', '08'],
    ['Le Hamas a libéré samedi trois otages en échange de prisonniers.', 'a libéré', 'other', '08'],
    ['La police a lancé une opération visant à arrêter un homme.', 'arrêter', 'arrest', '17'],
    ['Hundreds of Pikitup workers downed tools over a wage dispute on Tuesday.', 'downed tools', 'strike', '14'],
    ['Around 14,000 troops from 17 NATO countries began a two-week exercise in Lithuania on Monday.', 'exercise', 'military-action', '15'],
    ['Seven people were killed when spectators stampeded at the stadium on Sunday.', 'stampeded', 'disaster', null],
    ['Seven people died in a crush at the stadium gates on Sunday.', 'crush', 'disaster', null],
    ['The Central Bank of Nigeria on Monday took over Westbridge Bank, dissolving its board.', 'took over', 'economic', null],
    ['Shares of Hunan Xinyu rose 18 per cent on their Hong Kong trading debut on Thursday.', 'debut', 'economic', null],
    ['Ericsson will eliminate about 3,500 jobs worldwide.', 'will eliminate', 'economic', null],
    ['The Social Democratic Party withdrew its seven ministers from the cabinet on Thursday.', 'withdrew', 'resignation', null],
    ["McLaren's Rafael Vasquez took the chequered flag at the Singapore Grand Prix on Sunday night.", 'took the chequered flag', 'sport', null],
    ['India on Wednesday announced assistance worth $100 million for Sri Lanka.', 'announced', 'aid', '07'],
    ['A jury in Leeds on Friday found the former councillor guilty of fraud.', 'found', 'court-ruling', '17'],
    ['Magistrate Alan Fry refused bail when the man appeared in court on Monday.', 'refused bail', 'court-ruling', '17'],
    ['A Quezon City court has denied the bail petition of a former police officer charged with murder.', 'has denied', 'court-ruling', '17'],
    ['The Constitutional Court on Tuesday declared the funding law unconstitutional.', 'declared', 'court-ruling', '17'],
    ['The Supreme Court on Thursday stayed the demolition of 300 homes.', 'stayed', 'court-ruling', '08'],
    ['The Court of Appeal quashed his conviction on Wednesday.', 'quashed', 'court-ruling', '08'],
    ['Estonia on Monday ordered two Russian diplomats to leave within a week.', 'ordered', 'sanctions', '16'],
    ['A bomb ripped through a bus on Tuesday, killing six.', 'ripped through', 'attack', '18'],
    ['Tropical Cyclone Mara tore across the eastern islands overnight, flattening homes.', 'tore across', 'disaster', null],
    ['Two people were hurt after a fire ripped through a house in Hamilton on Sunday.', 'ripped through', 'disaster', null],
    ['Two soldiers died in a firefight with rebels on Sunday.', 'firefight', 'military-action', '19'],
    ['Police moved in to break up the rally outside parliament on Tuesday.', 'to break up', 'other', '17'],
    ['Iran hanged a man convicted of spying on Thursday.', 'hanged', 'other', '17'],
    ['The junta revoked the licences of 40 mining firms on Tuesday.', 'revoked', 'other', '17'],
    ['The army said it had foiled a coup plot on Friday.', 'had foiled', 'other', '17'],
    ['The premier shuffled his cabinet on Thursday, moving six ministers.', 'shuffled', 'appointment', null],
    ['A Federal High Court in Abuja on Tuesday granted bail to a former governor.', 'granted bail', 'court-ruling', '08'],
    ['An anti-terrorism court on Wednesday granted post-arrest bail to a member of the Punjab Assembly.', 'granted', 'court-ruling', '08'],
    ['Twenty-four schoolgirls abducted from their school in Kebbi state have regained their freedom, police said on Sunday.', 'have regained their freedom', 'other', '08'],
    ['The health ministry on Tuesday declared a cholera outbreak in three districts.', 'declared', 'declaration', null],
    ['Eighteen pilgrims were killed when a bus plunged into a gorge on Sunday.', 'plunged', 'accident', null],
    ['Three people died after a passenger ferry caught fire off the coast on Sunday.', 'caught fire', 'accident', null],
    ['The Court of Appeal has increased the sentence of a Limerick man who attacked a taxi driver.', 'has increased', 'court-ruling', '17'],
    ["Kenya's anti-graft agency raids governor's homes", 'raids', 'investigation', '09'],
    ['A late header earned Aston Villa a 2-1 victory over Newcastle United at Villa Park on Saturday.', 'victory', 'sport', null],
    ["Kenya's Edwin Langat pulled away after 35 kilometres to claim victory at the Berlin Marathon on Sunday.", 'victory', 'sport', null],
    ['About 20 insurgents raided a paramilitary ranger base on Sunday.', 'raided', 'attack', '18'],
    ['The Court of Appeal on Monday cut the prison sentence of a former mayor from ten to six years.', 'cut', 'court-ruling', '08'],
    ['The Court of Appeal on Monday doubled the prison sentence of a former mayor.', 'doubled', 'court-ruling', '17'],
    ['A former county clerk jailed for fraud was released on bail on Monday pending her appeal.', 'was released on bail', 'court-ruling', '08'],
    ['A Japanese fraud suspect was deported from Thailand to Tokyo on Wednesday.', 'was deported', 'other', '17'],
    ['Hundreds of farmers blocked motorways around Lyon with tractors on Tuesday.', 'blocked', 'protest', '14'],
    ['Garment workers clashed with police in Gazipur on Tuesday.', 'clashed with police', 'protest', '14'],
    ['Port employers imposed a lockout at midnight on Tuesday.', 'lockout', 'strike', '14'],
    ["Romania's coalition government survived a no-confidence motion on Wednesday.", 'survived a no-confidence', 'other', null],
    ["China's commerce ministry on Thursday added six American defence contractors to its unreliable entity list.", 'added', 'sanctions', '16'],
    ['A suicide bomber rammed an explosives-laden vehicle into a police checkpoint on Monday.', 'rammed', 'attack', '18'],
    ['Hundreds of students took to the streets of Kampala on Thursday.', 'took to the streets', 'protest', '14']
  ]
  for (const [body, trigger, type, cameo] of cases) {
    const e = main(events(body))
    t.same([e.trigger?.text, e.type, e.cameo], [trigger, type, cameo], body)
  }
})

t.test('a word of two senses is told apart by the words near it', async (t) => {
  t.equal(main(events('Il a été condamné à dix ans de réclusion.')).type, 'court-ruling')
  t.same(events("Paris a condamné l'attaque.").map((e) => [e.type, e.cameo]), [['declaration', '11'], ['attack', '18']])
  t.equal(main(events('Russian missile strikes hit Kharkiv overnight.')).type, 'military-action')
  t.equal(main(events('Nurses went on strike over pay.')).type, 'strike')
  t.equal(main(events("L'entraîneur a regretté une rencontre sans intensité face au club lensois.")).type, 'sport', 'a match is no meeting')
  t.notOk(events('Russia withdrew its troops from the town, the government said.').some((e) => e.type === 'resignation'), 'troops withdrawn are no party leaving a government')
})

t.test('a participle between a preposition and the noun it describes is no event (of jailed opposition leaders)', async (t) => {
  const found = events('Hundreds marched in Tunis on Saturday to demand the release of jailed opposition leaders.')
  t.notOk(found.some((e) => e.trigger?.text === 'jailed'), 'jailed describes the leaders')
  t.equal(main(found).type, 'protest')
  t.ok(events('Police in Tunis jailed three opposition leaders on Saturday.').some((e) => e.trigger?.text === 'jailed'), 'a verb with its object is one')
})

t.test('a negated verb is no event', async (t) => {
  t.same(events("Le gouvernement n'a pas signé l'accord."), [])
  t.same(events('Les élus locaux ont fait le point.'), [], 'nor a participle after a determiner: a noun')
  t.same(events('The two sides did not sign the pact.'), [])
  t.ok(events("La junte, qui n'était pas invitée, a dénoncé mercredi l'initiative.").some((e) => e.cameo === '11'), 'a negation in another clause negates nothing')
})

t.test('explicit dates at their precision', async (t) => {
  const date = (body: string, published = '2024-06-20'): [string | null, string | null] => {
    const e = main(events(body, published))
    return [e.startDate, e.startPrecision]
  }
  t.same(date('Le traité a été signé le 19 juin 2024.'), ['2024-06-19', 'day'])
  t.same(date('The treaty was signed on June 19, 2024.'), ['2024-06-19', 'day'])
  t.same(date('The treaty was signed on 2024-06-19.'), ['2024-06-19', 'day'])
  t.same(date('Le traité a été signé le 3 mars.'), ['2024-03-03', 'day'])
  t.same(date('Le traité a été signé en mai.'), ['2024-05', 'month'])
  t.same(date('The treaty was signed in 2023.'), ['2023', 'year'])
  t.same(date('Le sommet a eu lieu mercredi 19 juin.'), ['2024-06-19', 'day'])
})

t.test('relative dates resolve against publication', async (t) => {
  const date = (body: string, published = '2024-06-20'): [string | null, string | null] => {
    const e = main(events(body, published))
    return [e.startDate, e.startPrecision]
  }
  // 2024-06-20 is a Thursday
  t.same(date('Le traité a été signé mercredi.'), ['2024-06-19', 'day'])
  t.same(date('Le traité a été signé hier.'), ['2024-06-19', 'day'])
  t.same(date("Le traité a été signé aujourd'hui."), ['2024-06-20', 'day'])
  t.same(date('Le traité a été signé la semaine dernière.'), ['2024-06', 'month'])
  t.same(date('Le traité sera signé le mois prochain.'), ['2024-07', 'month'])
  t.same(date('The treaty was signed on Tuesday.'), ['2024-06-18', 'day'])
  t.same(date('The treaty was signed yesterday.'), ['2024-06-19', 'day'])
  t.same(date('The treaty was signed last week.'), ['2024-06', 'month'])
  t.same(date('The treaty will be signed next month.'), ['2024-07', 'month'])
  t.same(date('The treaty will be signed on Tuesday.'), ['2024-06-25', 'day'], 'the future tense looks ahead')
  t.same(date('The treaty was signed on Thursday.'), ['2024-06-20', 'day'], 'the day of publication counts')
  t.same(date('Le traité a été signé mercredi.', '2024-06'), ['2024-06', 'month'], 'a month of publication gives a month')
  t.same(date('Le traité a été signé.'), ['2024-06-20', 'day'], 'with no date, the main event falls on the day of publication')
  t.same(date('Des frappes ont visé Kiev dans la nuit de lundi à mardi.'), ['2024-06-18', 'day'], 'a night is dated by the morning it ends on')
  t.same(date('Des frappes ont visé Kiev dans la nuit du samedi au dimanche.'), ['2024-06-16', 'day'], 'with no tense, a weekday nearer ahead by a day only is still past')
  t.same(date('Police arrested him in March last year.'), ['2023-03', 'month'], 'a month of last year')
  t.same(date('The summit will be held in Ankara in July next year.'), ['2025-07', 'month'], 'a month of next year')
  t.same(date("Il avait été arrêté en mars de l'an dernier."), ['2023-03', 'month'])
})

t.test('places resolve through the gazetteer to a country and coordinates', async (t) => {
  const e = main(events('Un accord a été signé à Pyongyang mercredi.'))
  t.equal(e.location?.name, 'Pyongyang')
  t.equal(e.location?.countryCode, 'KP')
  t.ok(Math.abs((e.location?.latitude ?? 0) - 39.03) < 0.1 && Math.abs((e.location?.longitude ?? 0) - 125.75) < 0.1, 'coordinates')
  const mention = e.location?.mention
  t.equal(mention == null ? null : 'Un accord a été signé à Pyongyang mercredi.'.slice(mention.start, mention.end), 'Pyongyang')
  t.equal(main(events('Le sommet se tiendra en Corée du Nord.')).location?.countryCode, 'KP')
  t.equal(main(events('Talks were held in the United States.')).location?.countryCode, 'US')
  const region = main(events('Workers went on strike at plants in Michigan and Ohio.'))
  t.same([region.location?.name, region.location?.countryCode], ['Michigan', 'US'], 'a region gives its country')
  t.notOk(roles(region).some((r) => r.startsWith('Ohio')), 'a place coordinated with a place is no actor')
})

t.test('French exonyms find their city', async (t) => {
  const cases: Array<[string, string]> = [['Un séisme a frappé Pékin.', 'CN'], ['Des manifestations ont eu lieu à Londres.', 'GB'], ['Le sommet a eu lieu à Moscou.', 'RU'], ['Un attentat a frappé Séoul.', 'KR']]
  for (const [body, country] of cases) {
    t.equal(main(events(body)).location?.countryCode, country, body)
  }
})

t.test('a dateline places the main event, and a namesake city in its country wins', async (t) => {
  const e = main(events('LONDON, June 20 (Reuters) - Police have arrested a man after a stabbing near Stratford station.'))
  t.equal(e.type, 'arrest')
  t.equal(e.location?.countryCode, 'GB')
  t.notOk(roles(e).some((r) => r.startsWith('LONDON')), 'the dateline names no actor')
  const titleCase = main(events('Lagos, Nigeria (AFP) - La police a arrêté hier le chef d’un gang.'))
  t.same([titleCase.location?.name, titleCase.location?.countryCode, roles(titleCase)], ['Lagos', 'NG', ['police:source', 'chef d’un gang:target']], 'a dateline in title case, when the gazetteer knows it')
  t.equal(main(events('Le président Macron - en visite à Berlin - a rencontré le chancelier.')).location?.name, 'Berlin', 'a capitalised opening the gazetteer does not know is no dateline')
})

t.test('with no place named anywhere, the country of the main event\'s actor is where it happened', async (t) => {
  const e = main(events('La justice sénégalaise a condamné mardi l\'opposant Ousmane Diallo à deux ans de prison.'))
  t.same([e.location?.countryCode, e.location?.mention], ['SN', null])
  t.equal(main(events('Kenyan police arrested three journalists on Monday.')).location?.countryCode, 'KE')
  t.equal(main(events('Le président a démissionné.')).location, null, 'no country, no place')
})

t.test('a city an active verb is done to is where the event happened, whatever the dateline', async (t) => {
  const place = (body: string): string | undefined => main(events(body)).location?.name
  t.equal(place('KYIV, Ukraine (Reuters) - Russian drones struck Odesa overnight, officials said.'), 'Odesa', 'either spelling finds the gazetteer\'s Odessa')
  t.equal(place("KIEV (AFP) - L'armée russe a frappé dans la nuit la ville de Kharkiv, a indiqué le maire."), 'Kharkiv')
  t.equal(place('PARIS (AFP) - Le président a reçu le maire de Lyon.'), 'Paris', 'a city completing a person is not what was done to')
  t.equal(place('ANKARA (Reuters) - A 6.2 magnitude earthquake shook Istanbul on Wednesday.'), 'Istanbul', 'nobody acts in a disaster: its city is where it struck')
  t.equal(place('RABAT (AFP) - Des crues soudaines ont frappé mardi la province de Taroudant, dans le sud du Maroc.'), 'Taroudant', 'a place noun and its de name a place')
  const namesake = main(events('VALENCE (Espagne), 18 février — Le tribunal a inculpé lundi l\'ancien président de la région.', '2025-02-18', { title: "L'ancien président de la région de Valence inculpé" }))
  t.equal(namesake.location?.countryCode, 'ES', 'the headline\'s city is the dateline\'s, not its namesake abroad')
  const brest = events('La tempête a frappé la France mardi.\n\nLe ministre se rendra jeudi à Brest.').find((e) => e.type === 'state-visit')
  t.equal(brest?.location?.countryCode, 'FR', 'with no dateline, a city\'s namesake in a country the article names')
})

t.test('a title gives the main event its type and, when it names one, its place', async (t) => {
  // (the body names them too, but not in the lead: a headline name the body never writes is no name)
  const body = 'Le président russe a salué une « nouvelle ère » pour ses relations avec Kim Jong Un. Les deux dirigeants ont ensuite signé un traité de défense. Vladimir Poutine est reparti dans la soirée.'
  const e = main(events(body, '2024-06-20', { title: 'Poutine et Kim Jong Un signent à Pyongyang un traité' }))
  t.equal(e.type, 'treaty-signing')
  t.same([e.location?.name, e.location?.countryCode, e.location?.mention], ['Pyongyang', 'KP', null])
  t.same(e.participants.filter((p) => p.mention === null).map((p) => p.name), ['Poutine', 'Kim Jong Un'], 'the headline names its parties, without offsets')
  const portugal = main(events('Rui Antunes resigned on Friday.', '2026-01-09', { title: 'Portuguese prime minister resigns' }))
  t.same(roles(portugal), ['Rui Antunes:source'], 'a nationality in the headline adds no party')
  const met = (title: string): string[] => main(events('The two leaders met on Wednesday in California. Biden later told reporters that Xi had been candid.', '2024-06-20', { title })).participants.filter((p) => p.mention === null).map((p) => p.name)
  t.same(met('UPDATE 2-Biden meets Xi in California'), ['Biden', 'Xi'], 'a wire label is no name')
  t.same(met('Biden Meets Xi In California'), [], 'a headline in Title Case does not tell names from words')
})

t.test('known place and country participants are matched by name or alias', async (t) => {
  const pyongyang: KnownParticipant = { id: 'par_pyongyang', name: 'Pyongyang', kind: 'place', aliases: [{ name: 'la capitale nord-coréenne', language: 'fr' }] }
  const e = main(events('Un traité a été signé dans la capitale nord-coréenne.', '2024-06-20', { participants: [pyongyang] }))
  t.equal(e.location?.name, 'Pyongyang')
  t.equal(e.location?.countryCode, 'KP')
})

t.test('actors: the subject acts, the object or co-actor is acted upon, a passive turns them round', async (t) => {
  // a joint deed is coded from the first party named to the others, as the gold guide and CAMEO's dyads have it
  t.same(roles(main(events('La Russie et la Corée du Nord ont signé un traité de défense mutuelle.'))), ['Russie:source', 'Corée du Nord:target'])
  t.same(roles(main(events('Julien Berthier a signé un accord avec son homologue chinois, Wang Lixin.'))), ['Julien Berthier:source', 'Wang Lixin:target'])
  // (the agent acts even unnamed, as the gold guide annotates `police`)
  t.same(roles(main(events('Gérard Castellan a été interpellé par les gendarmes.'))), ['Gérard Castellan:target', 'gendarmes:source'])
  t.same(roles(main(events('The ruling was delivered by Maria Lopez.'))), ['Maria Lopez:source'])
  t.same(roles(main(events('Israel attacked Hezbollah positions.'))).slice(0, 1), ['Israel:source'])
  t.same(roles(main(events('U.S. and Iranian negotiators held talks in Muscat.'))).sort(), ['Iran:target', 'United States:source'], 'nationalities stand for their country')
  t.same(roles(main(events('Un séisme a frappé le Japon.'))), [], 'nobody acts in a disaster')
  t.same(roles(main(events("PARIS, 12 mars (Reuters) - Le tribunal correctionnel de Paris a condamné jeudi l'ancien ministre du Logement Lucien Varenne à trois ans de prison."))),
    ['tribunal correctionnel de Paris:source', 'Lucien Varenne:target'], 'the subject after the dateline; the object after its date and description')
  t.same(roles(main(events("L'armée soudanaise et les Forces de soutien rapide (FSR) ont accepté lundi un cessez-le-feu."))),
    ['armée soudanaise:source', 'Forces de soutien rapide:target'], 'a name goes on to the acronym its initials spell')
  t.same(roles(main(events("Emmanuel Macron a reçu mercredi à l'Élysée le président ukrainien Volodymyr Zelensky."))), ['Emmanuel Macron:source', 'Volodymyr Zelensky:target'], 'where, then the described object')
  t.same(roles(main(events('Le Conseil constitutionnel a censuré jeudi plusieurs articles de la loi.'))), ['Conseil constitutionnel:source'], 'an institution\'s name goes on through its adjectives')
  t.notOk(roles(main(events('EU leaders met in Brussels, with Poland and the Baltic states pushing for joint borrowing.'))).includes('Poland:target'), 'with X …ing is a clause of its own')
  t.same(roles(main(events('The minister met with Wang Yi during a meeting in Beijing.'))).slice(-1), ['Wang Yi:target'], 'a noun in -ing is no participle')
  t.same(roles(main(events('Tens of thousands of students marched through central Belgrade on Saturday.'))), ['students:source'], 'a counted crowd is what is counted')
  t.same(roles(main(events("Le tribunal de Lille a condamné mercredi l'ancien maire de Roubaix, Paul Girard, à un an de prison."))),
    ['tribunal de Lille:source', 'Paul Girard:target'], 'the object\'s name set off by a comma')
  t.same(roles(main(events('Le tribunal de Lille a condamné mercredi à deux ans de prison un ancien policier, Marc Durand.'))),
    ['tribunal de Lille:source', 'Marc Durand:target'], 'the object after the sentence')
  t.ok(roles(main(events('Le gouvernement a annoncé mardi la nomination de Claire Martin à la tête de la SNCF.'))).includes('Claire Martin:target'), 'who is appointed undergoes the appointment')
  t.ok(roles(main(events('Emmanuel Macron a été reçu jeudi à Rabat par le roi Mohammed VI.'))).includes('Mohammed VI:source'), 'a passive\'s agent after its title')
  t.same(roles(main(events('Les syndicats de la SNCF ont appelé à la grève jeudi.'))), ['syndicats de la SNCF:source'], 'who calls for a strike strikes')
  t.notOk(roles(main(events('Hamas and Israel agreed a ceasefire on Tuesday in talks mediated by Qatar.'))).includes('Qatar:target'), 'a mediator is no party done to')
  t.notOk(roles(main(events('Le président américain a rencontré lundi son homologue brésilien, Luiz Carvalho.'))).includes('États-Unis:target'), 'a nationality in the first party\'s name is that party')
  t.notOk(roles(main(events('Le Vietnam a battu la Thaïlande en finale du tournoi, un Grand Chelem régional.'))).some((r) => r.startsWith('Grand Chelem')), 'a competition is no actor')
})

t.test('actors resolve to known participants through the speakers\' alias resolver', async (t) => {
  const putin: KnownParticipant = { id: 'par_putin', name: 'Vladimir Putin', kind: 'person', aliases: [{ name: 'M. Poutine', language: 'fr' }] }
  const kim: KnownParticipant = { id: 'par_kim', name: 'Kim Jong Un', kind: 'person', aliases: [{ name: 'M. Kim', language: 'fr' }] }
  const e = main(events('M. Poutine a rencontré M. Kim à Pyongyang.', '2024-06-20', { participants: [putin, kim] }))
  t.same(e.participants.map((p) => [p.id, p.kind, p.role]), [['par_putin', 'person', 'source'], ['par_kim', 'person', 'target']])
})

t.test('one main event: the lead sentence\'s strongest trigger, the others under it', async (t) => {
  const body = 'Le président a démissionné mercredi après des manifestations.\n\nUne enquête avait été ouverte en mai.'
  const found = events(body)
  t.equal(main(found).type, 'resignation')
  t.ok(found.length >= 2)
  t.same(found.filter((e) => !e.main).map((e) => e.type).sort(), ['investigation', 'protest'])
  t.equal(found.find((e) => e.type === 'investigation')?.startDate, '2024-05')
  // an event noun repeated later is one event
  t.equal(events('Le sommet de Genève a commencé lundi.\n\nLe sommet doit durer trois jours.').length, 1)
})

t.test('each event carries a readable title, its sentence as scope and a confidence', async (t) => {
  const body = 'La Russie et la Corée du Nord ont signé mercredi un traité de défense mutuelle. Le texte prévoit une assistance.'
  const e = main(events(body))
  t.equal(e.title, 'La Russie et la Corée du Nord ont signé mercredi un traité de défense mutuelle')
  t.equal(body.slice(e.scope.start, e.scope.end), 'La Russie et la Corée du Nord ont signé mercredi un traité de défense mutuelle.')
  t.ok(e.confidence > 0.5 && e.confidence <= 1)
})

t.test('two convictions of two parties are two events; delegates, members and hosts as parties', async (t) => {
  const verdicts = events("Le tribunal de Nantes a condamné jeudi le maire, Paul Girard, à un an de prison. L'entreprise Bâtiplus a été condamnée à 80 000 euros d'amende.")
  t.equal(verdicts.filter((e) => e.type === 'court-ruling' && e.cameo === '17').length, 2)
  const talks = main(events('Les délégations russe et ukrainienne se sont réunies mardi à Istanbul.'))
  t.same(talks.participants.map((p) => p.name).sort(), ['Russie', 'Ukraine'])
  const vote = main(events('Les députés ont adopté mercredi le projet de loi par 300 voix contre 200.'))
  t.same(vote.participants.map((p) => p.name), ['Assemblée nationale'])
  const european = main(events('Les eurodéputés ont adopté mardi à Strasbourg un règlement sur les emballages par 420 voix contre 150.'))
  t.same(european.participants.map((p) => p.name), ['Parlement européen'])
  const bloc = main(events('Les Vingt-Sept ont adopté lundi à Bruxelles de nouvelles sanctions contre la Biélorussie.'))
  hasActor(t, bloc, 'Union européenne', 'source')
  const visit = main(events('Le ministre italien des Affaires étrangères, Marco Ferri, est arrivé mardi à Tunis pour une visite officielle.'))
  t.ok(roles(visit).includes('Tunisie:target'), roles(visit).join(', '))
  const march = main(events("Des milliers d'enseignants ont manifesté jeudi à Lille à l'appel d'une intersyndicale."))
  t.ok(roles(march).includes('intersyndicale:source'), roles(march).join(', '))
  const appeal = events("Condamné mercredi à deux ans de prison, l'ancien préfet va faire appel, a annoncé son avocat.")
  t.ok(appeal.some((e) => e.trigger?.text.includes('faire appel') === true && e.cameo === '12'))
  const second = events("Le tribunal de Nice a condamné mercredi l'ancien adjoint, Bernard Castel, à trois ans de prison. Son directeur de cabinet, Olivier Sanz, a été condamné à un an avec sursis.")
  t.equal(second.filter((e) => e.type === 'court-ruling').length, 2, 'a second conviction of someone else is a second event')
  t.notOk(events("L'avocat de l'ancien élu a dénoncé un jugement politique.").some((e) => e.type === 'election'), 'a former elected official is no election')
})

t.test('a verb after an infinitive marker is one event with the verb that governs it', async (t) => {
  const takeover = events('Corvex agreed on Monday to buy copper miner Tamarind for $9.4 billion.')
  t.equal(takeover.length, 1)
  t.same([main(takeover).type, main(takeover).trigger?.text], ['economic', 'agreed on Monday to buy'])
  const visit = events('La ministre se rendra jeudi à Bastia pour rencontrer les secouristes.')
  t.same(visit.map((e) => e.type), ['state-visit'], 'what a visit is for is no event of its own')
})

t.test('a death in a storm told in its own sentence is a sub-event; in the storm\'s sentence, its toll', async (t) => {
  const storm = events("La tempête Ingrid a touché la Corse dans la nuit.\n\nUn homme a été tué par la chute d'un arbre près de Corte.")
  t.equal(storm.filter((e) => e.type === 'disaster').length, 2)
  t.equal(main(storm).trigger?.text, 'tempête')
  const floods = events('Au moins onze personnes ont péri après des crues qui ont frappé mardi la province de Taroudant.')
  t.equal(floods.filter((e) => e.type === 'disaster').length, 1)
})

t.test('the CLI prints the seed article\'s events in the issue\'s shape, offsets into the body', async (t) => {
  const { readFileSync } = await import('node:fs')
  const { parseArticleFile } = await import('../src/entities/articles/article-file.js')
  const file = 'seeds/000_af1a277ce4d4aaad.txt'
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract-events.ts', file, '--language', 'fr'], { timeout: 60_000 })
  const printed = JSON.parse(stdout) as Array<Record<string, unknown>>
  const { body } = parseArticleFile(readFileSync(file, 'utf8'))
  t.ok(printed.length > 0)
  t.equal(printed.filter((e) => e.main === true).length, 1)
  for (const e of printed) {
    t.same(Object.keys(e), ['title', 'type', 'cameo', 'trigger', 'startDate', 'startPrecision', 'location', 'participants', 'main', 'confidence'])
    const trigger = e.trigger as { text: string, start: number, end: number }
    t.same(Object.keys(trigger), ['text', 'start', 'end'])
    t.equal(body.slice(trigger.start, trigger.end), trigger.text)
    if (e.location !== null) t.same(Object.keys(e.location as object), ['name', 'countryCode'])
    for (const p of e.participants as object[]) t.same(Object.keys(p), ['name', 'role'])
  }
  // (no headline here: the visit the body reports is still the story, where it took place)
  const story = printed.find((e) => e.main === true) as { type: string, location: { countryCode: string } }
  t.match(story, { type: 'state-visit', location: { countryCode: 'KP' } }, 'Putin\'s visit to North Korea, without the headline')
})

t.test('the CLI refuses a bad argument', async (t) => {
  await t.rejects(promisify(execFile)('npx', ['tsx', 'src/cli/extract-events.ts', 'seeds/000_af1a277ce4d4aaad.txt', '--published', 'June'], { timeout: 60_000 }), { code: 2 })
})

t.test('French actors: capitals for governments, mediators, partners by nationality; sources, venues and hosts', async (t) => {
  t.same(roles(main(events('PÉKIN, 19 juin — Washington et Pékin ont signé mercredi un accord commercial.'))), ["États-Unis d'Amérique:source", 'Chine:target'], 'a capital as the subject stands for its country')
  t.ok(roles(main(events("DJEDDAH, 19 juin — L'armée et les paramilitaires ont accepté mercredi un cessez-le-feu à Djeddah sous l'égide de l'Arabie saoudite."))).includes('Arabie saoudite:other'),
    'a mediator is a party, even when it is the country of the place')
  t.same(roles(main(events("PARIS, 19 juin — Le ministre Paul Girard s'est entretenu mercredi avec le secrétaire d'État américain."))), ['Paul Girard:source', 'États-Unis:target'], 'an unnamed partner by its nationality')
  t.notOk(roles(main(events('KIEV, 19 juin — Des frappes russes ont visé mercredi Kharkiv, a indiqué le gouverneur régional, Oleh Savtchenko.'))).some((r) => r.startsWith('Oleh')),
    'the source named after a speech verb is no party')
  t.same(roles(main(events('MUNICH, 19 juin — Le Paris Saint-Germain s\'est incliné mercredi soir 3-1 sur la pelouse du Bayern Munich, au stade Olympia, lors du match de Ligue des champions.'))), ['Paris Saint-Germain:source', 'Bayern Munich:target'],
    'the host club is the opponent, the stadium a place')
})

t.test('English actors and events: closing sources, common words, measures, institutions, targets of sanctions', async (t) => {
  t.notOk(roles(main(events('KABUL, June 20 - A suicide bomber blew himself up inside a mosque on Wednesday, killing 19 worshippers, Taliban officials said.'))).some((r) => r.startsWith('Taliban')),
    'a source named before its closing speech verb is no party')
  const strike = main(events('BERLIN, June 20 - Train drivers began a 48-hour strike on Wednesday, cancelling regional trains across Germany.'))
  t.notOk(roles(strike).some((r) => r.startsWith('Train:') || r.startsWith('48')), 'a sentence-opening common word (trains elsewhere) alone and a measure are nobody')
  t.same(roles(main(events('THE HAGUE, June 20 - A Dutch appeals court on Wednesday ordered Nordhaven Energy to pay compensation to four fishermen.'))),
    ['Dutch appeals court:source', 'Nordhaven Energy:target'], 'an appeals court is no appeal; a court of a nationality is that institution, its order a ruling')
  t.same(roles(main(events("BRUSSELS, June 20 - European Union ministers on Wednesday imposed sanctions on Belarus's state airline."))),
    ['European Union:source', 'Belarus:target'], 'sanctions on a country are done to it')
  t.same(roles(main(events('Lithuanian police arrested three men on Wednesday.'))), ['Lithuanian police:source', 'three men:target'], 'a nationality of the lexicon makes an institution its country\'s')
  t.same(roles(main(events('Des frappes lituaniennes ont visé la ville mercredi.'))), ['Lituanie:source'], 'a French nationality, in the feminine plural, names its country')
})

t.test('English events: claims, appeals, and reactions by others are events of their own', async (t) => {
  const claimed = events('KABUL, June 20 - Islamic State Khorasan claimed responsibility for the attack on Wednesday.')
  t.ok(claimed.some((e) => e.type === 'declaration' && e.cameo === '01'), 'claiming an attack is a statement')
  t.notOk(events('No group has claimed responsibility for the attack on Wednesday.').some((e) => e.cameo === '01'), 'no group claimed it: no claim')
  t.ok(events('The runner lodged an appeal on Sunday against her disqualification.').some((e) => e.cameo === '12'), 'an appeal lodged rejects')
  const both = events('The EU accused Belarus on Monday of smuggling migrants. Minsk denounced the decision as blackmail.', '2026-07-15')
  t.equal(both.filter((e) => e.type === 'declaration' && e.cameo === '11').length, 2, 'a reproach and the reply, by two sources, are two events')
})

t.test('a tense word is read as written: the à of a call is not the auxiliary a', async (t) => {
  const strike = events('La CGT et la CFDT appellent à une grève reconductible à partir de jeudi.', '2026-03-04').find((e) => e.type === 'strike')
  t.equal(strike?.startDate, '2026-03-05', 'the Thursday after a Wednesday publication')
})

t.test('a date between a verb and the event noun it governs is the verb\'s when the noun has its own', async (t) => {
  const found = events("Le JNIM a revendiqué mercredi l'attaque qui a visé la veille un camp de l'armée près de Tombouctou.", '2026-03-04')
  t.equal(found.find((e) => e.type === 'attack')?.startDate, '2026-03-03', 'the attack, the day before')
  t.equal(found.find((e) => e.type === 'declaration')?.startDate, '2026-03-04', 'the claim, on Wednesday')
})

t.test('an English present perfect tells of now: a past month in its sentence is another event\'s', async (t) => {
  // published on Thursday 16 October 2025
  const charged = main(events('SURREY, B.C. — Two men have been charged with first-degree murder in the death of a 27-year-old man who was shot outside a Surrey restaurant in August, the Integrated Homicide Investigation Team said Wednesday.', '2025-10-16', { language: 'en' }))
  t.same([charged.startDate, charged.startPrecision], ['2025-10-15', 'day'], 'the Wednesday it was told, not August')
  const simple = main(events('Two men were charged in August with the murder of a man outside a Surrey restaurant.', '2025-10-16', { language: 'en' }))
  t.same([simple.startDate, simple.startPrecision], ['2025-08', 'month'], 'a simple past keeps its month')
  const year = main(events('Police have arrested three men over a string of burglaries, the fourth such case in 2026, officers said on Sunday.', '2026-11-02', { language: 'en' }))
  t.same([year.startDate, year.startPrecision], ['2026-11-01', 'day'], 'nor a year, even the current one')
})

t.test('a present perfect takes no past day: the day the next sentences retell it on is the news\'', async (t) => {
  // published on Saturday 3 October 2026
  const retold = main(events('NEW DELHI, Oct 3 — The NIA has arrested two men suspected of supplying grenades, the agency said on Saturday. They were detained during raids on Friday in the Kupwara district.', '2026-10-03', { language: 'en' }))
  t.same([retold.startDate, retold.startPrecision], ['2026-10-02', 'day'], 'detained on Friday, not the Saturday it was told')
  const charged = main(events('Two men have been charged with murder, police said on Wednesday. They were arrested on Tuesday in Surrey.', '2025-10-16', { language: 'en' }))
  t.same([charged.startDate, charged.startPrecision], ['2025-10-15', 'day'], 'an arrest is no charge told again')
  const offered = main(events('Transport Minister Hemi Walker-Tane has resigned from Cabinet, the prime minister said on Thursday. He had offered to step down on Wednesday night.', '2026-02-12', { language: 'en' }))
  t.same([offered.startDate, offered.startPrecision], ['2026-02-12', 'day'], 'nor a verb in the pluperfect, or an infinitive')
  const named = main(events("JAKARTA, Nov 5 (AFP) - Indonesia's anti-graft agency has arrested a district head and eight other people, the agency said on Wednesday. The regent, Hendra Nasution, was detained at his residence late on Monday.", '2025-11-05', { language: 'en' }))
  t.same([named.startDate, named.startPrecision], ['2025-11-03', 'day'], 'told again of a person the lead gave by a description')
})

t.test('an irregular past is a past: a bare weekday before it is the last one', async (t) => {
  const upheld = main(events("Brazil's Supreme Federal Court on Wednesday upheld a ban preventing a former lawmaker from running for office, dealing a blow to his plans for next year's election.", '2025-09-04', { language: 'en' }))
  t.same([upheld.startDate, upheld.startPrecision], ['2025-09-03', 'day'], 'upheld, whatever next year says')
})

t.test('a month or a year before publication is no date of an undated lead\'s news, told again later', async (t) => {
  const found = main(events('PRAGUE, March 12 (AFP) — The Czech Republic on Thursday ordered two Russian diplomats to leave the country within 72 hours, the foreign ministry said.\n\nThe two men, a first secretary and an attaché at the Russian embassy in Prague, were declared persona non grata following an investigation, a spokeswoman told AFP.\n\nPrague already expelled 18 Russian embassy staff in 2021.', '2026-03-12', { language: 'en', title: 'Czech Republic expels two Russian diplomats over spying' }))
  t.same([found.startDate, found.startPrecision], ['2026-03-12', 'day'], 'not the 2021 expulsions')
})

t.test('la veille, the next day count from the day told before them, not from publication', async (t) => {
  // published on Thursday 19 November 2026; the arrests were on Tuesday
  const found = events("Huit personnes ont été interpellées mardi lors d'une opération de police à Grenoble. La veille, le préfet avait réuni les élus de la ville.", '2026-11-19')
  t.equal(found.find((e) => e.type === 'meeting')?.startDate, '2026-11-16', 'the day before the lead\'s Tuesday')
  const strikes = events('Rebels seized the town of Kibati on Monday. The army launched air strikes on the town the next day.', '2026-11-19')
  t.equal(strikes.find((e) => e.trigger?.text === 'air strikes')?.startDate, '2026-11-17', 'the day after the lead\'s Monday')
})

t.test('an institution an event noun names carries it out (opération de police), and an acronym is no trigger (RAID)', async (t) => {
  const found = events("Huit personnes ont été interpellées mardi lors d'une vaste opération de police à Grenoble. Près de 200 policiers, appuyés par les hommes du RAID, ont participé à l'opération.", '2026-11-19')
  t.ok(roles(main(found)).includes('police:source'), roles(main(found)).join(', '))
  t.notOk(found.some((e) => e.trigger?.text === 'RAID'), 'RAID is a unit')
  const later = events("Douze personnes ont été interpellées mardi à Marseille. L'opération de police a mobilisé 250 agents.", '2026-03-10')
  t.ok(roles(main(later)).includes('police:source'), 'named by a later mention of the same event')
})

t.test('a nationality before an office noun is the office holder, not the country', async (t) => {
  t.same(roles(main(events('The Philippine defence secretary resigned on Wednesday.', '2026-09-24'))), ['Philippine defence secretary:source'])
  const named = events('The Philippine defence secretary resigned on Wednesday. Defence secretary Ramon Villareal had been under pressure for weeks.', '2026-09-24')
  t.same(roles(main(named)), ['Ramon Villareal:source'], 'named as the text names the office elsewhere')
})

t.test('a lone word joined by and to a name ending on an organisation noun is one body, two countries are two parties', async (t) => {
  const ruling = main(events("Kenya's Employment and Labour Relations Court on Wednesday ordered Kericho Highlands to pay compensation.", '2026-11-12'))
  t.same(roles(ruling), ['Employment and Labour Relations Court:source', 'Kericho Highlands:target'])
  const deal = main(events('Britain and South Korea reached a deal on Tuesday to phase out tariffs.', '2026-11-03'))
  t.same(roles(deal), ['Britain:source', 'South Korea:target'])
})

t.test('the dead an attack counts by no function of theirs are no party, soldiers are', async (t) => {
  const ambush = main(events('Trois civils ont été tués lundi dans une embuscade près de Dori.', '2026-12-02'))
  t.notOk(roles(ambush).some((r) => r.startsWith('civils')), roles(ambush).join(', '))
  const raid = main(events('Douze soldats ont été tués lundi dans une attaque près de Dori.', '2026-12-02'))
  t.ok(roles(raid).some((r) => r.endsWith(':target') && r.includes('soldats')), roles(raid).join(', '))
})

t.test('a name given with among right after the lead is one of the group the lead counted', async (t) => {
  const found = events('Huit personnes ont été interpellées mardi à Grenoble. Parmi elles figure le chef présumé du réseau, Yanis Berrada, 31 ans.', '2026-11-19')
  t.ok(roles(main(found)).includes('Yanis Berrada:target'), roles(main(found)).join(', '))
  const alone = events('Huit personnes ont été interpellées mardi à Grenoble. Le préfet Jean Morel a salué le travail des enquêteurs.', '2026-11-19')
  t.notOk(roles(main(alone)).some((r) => r.startsWith('Jean Morel')), 'no among, no member of the group')
})

t.test('an event noun a talk is about is its topic, no event', async (t) => {
  const found = events('Mehta also held separate talks with Nkosi on Tuesday on a stalled free trade agreement.', '2026-06-11')
  t.same(found.map((e) => e.type), ['negotiation'], found.map((e) => e.trigger?.text).join(', '))
})

t.test('persons the sentence after a joint event\'s lead gives by office or nationality act for its states', async (t) => {
  const found = events('Britain and India ended a fifth round of trade talks in New Delhi on Thursday without a deal. British trade secretary Helen Marsh, who held two days of talks with Indian commerce minister Arvind Rao, said progress had been made.', '2026-02-13')
  t.same(roles(main(found)), ['Britain:source', 'India:target', 'Helen Marsh:source', 'Arvind Rao:target'])
})

t.test('a counted group right after a verb done to someone undergoes it, the dead counted by no function do not', async (t) => {
  t.ok(roles(main(events('Rebels freed six hostages on Thursday in Arauca.', '2026-05-08'))).includes('six hostages:target'), 'a group a number word counts is named with its count')
  t.notOk(roles(main(events('Gunmen killed four people on Thursday in Arauca.', '2026-05-08'))).some((r) => r.startsWith('people')))
})

t.test('the nationality of what an attack was aimed at is its target', async (t) => {
  const found = events("Le JNIM a revendiqué mercredi l'attaque qui a visé la veille un camp de l'armée malienne près de Tombouctou.", '2026-03-04')
  t.ok(roles(found.find((e) => e.type === 'attack') as ExtractedEvent).includes('armée malienne:target'))
})

t.test('a bare participle before what the active voice puts after its object describes a noun, no event', async (t) => {
  t.notOk(events('The bloc listed 14 officials accused of helping smugglers on Monday.').some((e) => e.cameo === '11'), 'officials accused of')
  t.notOk(events("Les policiers ont interpellé mardi deux hommes accusés d'avoir incendié une école.").some((e) => e.cameo === '11'), "hommes accusés d'avoir")
  t.ok(events('Paris a accusé mardi Moscou d\'ingérence.').some((e) => e.cameo === '11'), 'with its auxiliary, an accusation')
})

t.test('a signing during a visit the article reports is an episode of the visit, its main event', async (t) => {
  const found = events("Le président kényan et son homologue sénégalais ont signé mercredi à Dakar un accord commercial. C'était la première visite du président kényan au Sénégal.", '2024-06-20', { title: 'Le Kenya et le Sénégal signent un accord à Dakar' })
  t.equal(main(found).type, 'state-visit', 'the visit is the story')
  t.equal(main(found).startDate, '2024-06-19', 'dated by its signing')
  t.equal(main(found).location?.name, 'Dakar', 'placed where the signing was')
  const later = events('Le ministre français a signé mercredi à Rabat un accord migratoire. Il se rendra en août au Maroc pour une visite officielle.', '2024-06-20')
  t.equal(main(later).type, 'treaty-signing', 'a visit at another time is another story')
  // with no place of its own, the signing happened wherever the visit did
  const unplaced = events("William Ruto a signé mercredi un accord commercial avec son homologue. Les journaux ont salué William Ruto, dont c'était la première visite au Sénégal. Il a invité son hôte à se rendre à Nairobi, puis à Mombasa.", '2024-06-20')
  t.match(main(unplaced), { type: 'state-visit', location: { name: 'Sénégal' } }, 'not the country the article names most')
  t.match(unplaced.find((e) => e.type === 'treaty-signing'), { location: { name: 'Sénégal' } }, 'the signing placed where the visit was')
})

t.test('an event noun in a relative clause of possession is the owner\'s (dont, whose)', async (t) => {
  const fr = events("Les journaux ont salué M. Lula, dont c'était la première visite en Allemagne depuis 2015.").find((e) => e.type === 'state-visit')
  t.same(fr === undefined ? [] : roles(fr).filter((r) => r.endsWith(':source')), ['Lula:source'], 'dont: the name before its comma')
  const en = events('Newspapers praised Lula, whose first visit to Germany since 2015 drew crowds.').find((e) => e.type === 'state-visit')
  t.same(en === undefined ? [] : roles(en).filter((r) => r.endsWith(':source')), ['Lula:source'], 'whose: the name before its comma')
})

t.test('a long name before its acronym in brackets is kept whole, even when the acronym is of another language', async (t) => {
  const found = events("Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué mercredi l'attaque.", '2026-03-04')
  t.ok(found.every((e) => e.participants.some((p) => p.name === "Groupe de soutien à l'islam et aux musulmans")), 'not cut to Groupe')
  t.same(roles(main(events("La Commission nationale de l'informatique et des libertés (CNIL) a infligé mardi une amende à Kelvora.", '2026-11-03'))),
    ["Commission nationale de l'informatique et des libertés:source", 'Kelvora:target'], 'the party fined is the target')
  t.same(roles(main(events('Le président Macron a rencontré mardi les dirigeants de l\'Union africaine (UA).'))).slice(0, 1), ['Macron:source'], 'a clause is no name: it holds a verb')
})

t.test('a headline whose verb is a reaction is about the reaction, not what it reacts to', async (t) => {
  const body = "MOSCOU, 17 septembre — La Russie a vivement condamné jeudi le paquet de sanctions adopté la veille par l'Union européenne."
  t.equal(main(events(body, '2026-09-17', { title: 'Moscou condamne le nouveau paquet de sanctions européennes' })).type, 'declaration')
  const claim = "BAMAKO, 4 mars — Le JNIM a revendiqué mercredi l'attaque qui a visé la veille un camp de l'armée malienne."
  t.equal(main(events(claim, '2026-03-04', { title: "Mali : le JNIM revendique l'attaque d'un camp militaire" })).type, 'attack', 'a claim tells its author\'s own deed: the deed is the news')
})

t.test('an event noun only talked about is no event: hopes, fears, opposition, its absence', async (t) => {
  t.notOk(events('Hopes for a deal before the summer have faded.').some((e) => e.type === 'agreement'), 'hopes for a deal')
  t.notOk(events('The two sides ended the round without reaching a deal.').some((e) => e.type === 'agreement'), 'without a deal')
  t.notOk(events('Polls show most voters oppose new negotiations with the group.').some((e) => e.type === 'election' || e.type === 'negotiation'), 'polls show, oppose negotiations')
  t.notOk(events('Les deux camps se sont séparés sans accord sur les salaires.').some((e) => e.type === 'agreement'), 'sans accord')
  t.ok(events('The two sides reached a deal on Monday.').some((e) => e.type === 'agreement'), 'a deal reached is one')
})

t.test('the names around an event noun another verb governs are that verb\'s; an acronym after a name is that name', async (t) => {
  const found = events("Au moins dix soldats ont été tués dimanche dans une attaque près de Tillabéri. L'Alliance des États du Sahel (AES), qui regroupe le Niger, le Mali et le Burkina Faso, a condamné l'attaque.", '2026-10-06')
  t.notOk(found.find((e) => e.type === 'attack')?.participants.some((p) => p.name === 'Mali'), 'the condemners are no attackers')
  const fined = events("La Commission nationale de l'informatique et des libertés (CNIL) a infligé mardi une amende à Kelvora.", '2026-11-03', { title: 'La CNIL inflige une amende à Kelvora' })
  t.notOk(roles(main(fined)).includes('CNIL:source'), 'the headline\'s acronym is the lead\'s long name')
})

t.test('a reaction is aimed at whoever did the deed it reacts to', async (t) => {
  const found = events("La Russie a vivement condamné jeudi le paquet de sanctions adopté la veille par l'Union européenne.", '2026-09-17')
  const reaction = found.find((e) => e.cameo === '11')
  t.same(reaction === undefined ? [] : roles(reaction), ['Russie:source', 'Union européenne:target'])
  t.notOk(found.find((e) => e.type === 'sanctions')?.participants.some((p) => p.name === 'Russie' && p.role === 'source'), 'the reacting party did not do the deed')
})

t.test('a bare participle set off after the noun its sentence opens on describes it, no event of its own', async (t) => {
  t.notOk(events('The measures, agreed at a meeting in Brussels, freeze the officials\' assets.').some((e) => e.type === 'agreement'), 'agreed at a meeting')
  t.notOk(events("L'accord, paraphé à Dakar, entrera en vigueur en juillet.").some((e) => e.type === 'treaty-signing' && e.trigger?.text === 'paraphé'), 'paraphé à Dakar')
  t.ok(events('The ministers agreed on Monday to impose sanctions on the airline.').some((e) => e.trigger?.text.startsWith('agreed') === true), 'with its subject before it, a verb')
})

t.test('an attack on soldiers is a fight (19), and the attack told again is that fight', async (t) => {
  const found = events("Au moins dix soldats ont été tués dimanche dans l'attaque d'un poste militaire près de Tillabéri. Le Premier ministre a condamné l'attaque.", '2026-10-06')
  t.same(found.filter((e) => e.type === 'attack').map((e) => e.cameo), ['19'])
  t.equal(main(events('Gunmen opened fire on worshippers at a mosque on Friday.')).cameo, '18', 'on civilians, an assault')
})

t.test('the main event\'s actors: a person named in the second sentence for an office, a passive\'s undergoers, an agent after a title', async (t) => {
  const resigned = events("NAIROBI, June 9 (Reuters) - The chairman of Kenya's Independent Electoral and Boundaries Commission resigned on Monday. Samuel Kiprono, who had led the IEBC since 2023, said he wanted to protect the commission.", '2026-06-09')
  t.same(roles(main(resigned)), ['Samuel Kiprono:source'], 'the office and its complement give way to the person')
  const killed = events("BOGOTA, 15 avril — Le maire de Suárez a été tué par balles mardi soir. L'élu, Hernán Restrepo, 52 ans, sortait d'une réunion publique.", '2026-04-15')
  t.match(main(killed), { type: 'attack', cameo: '18' })
  t.ok(roles(main(killed)).includes('Hernán Restrepo:target'), 'the victim named after a description and a comma')
  const soldiers = events("NIAMEY, 6 octobre — Au moins dix-sept soldats nigériens ont été tués dimanche dans l'attaque d'un poste militaire.", '2026-10-06')
  t.ok(roles(main(soldiers)).includes('dix-sept soldats nigériens:target'), 'who a passive verb before the attack tells of undergoes it')
  const signed = events("L'Union européenne et l'Indonésie ont signé jeudi à Jakarta un accord commercial. Le texte a été paraphé par le commissaire européen au Commerce, Matteo Ferrante, et par le ministre indonésien de l'Économie, Budi Santoso.", '2026-05-21')
  t.ok(['Matteo Ferrante', 'Budi Santoso'].every((n) => main(signed).participants.some((p) => p.name === n)), 'who signed for the parties')
  t.notOk(main(signed).participants.some((p) => p.name === 'texte'), 'the text signed is no party')
})

t.test('tariffs a deal is about are no sanctions; a police raid is a search (investigation)', async (t) => {
  t.notOk(events('Britain and South Korea reached a deal on Tuesday to phase out tariffs on whisky.').some((e) => e.type === 'sanctions'), 'a deal on tariffs')
  t.match(main(events('Washington imposed new tariffs on Chinese steel on Monday.')), { type: 'economic', cameo: '16' }, 'tariffs imposed alone: a trade measure that reduces relations')
  t.notOk(events("L'accord supprime les droits de douane sur le vin.").some((e) => e.type === 'sanctions'), 'un accord sur les droits de douane')
  t.match(main(events('Turkish police raided the headquarters of the opposition party on Tuesday.')), { type: 'investigation', cameo: '09' })
  t.notOk(events('Gunmen raided a rural police station on Tuesday.').some((e) => e.type === 'investigation' || e.type === 'arrest'), 'an armed raid is no police work')
})

t.test('a headline\'s acronym is the long name; a visit to a country named after it has that host', async (t) => {
  const claimed = events("L'assaut a été revendiqué mardi par l'État islamique au Grand Sahara (EIGS).", '2026-10-06', { title: "Une attaque revendiquée par l'EIGS" })
  t.notOk(claimed.some((e) => e.participants.some((p) => p.name === 'EIGS')), 'EIGS named by its long name')
  const visit = events("Qualifiant M. Poutine, dont c'était la première visite en Corée du Nord depuis 2000, de « meilleur ami » de son pays, il a salué une nouvelle ère.", '2024-06-20')
  t.ok(visit.find((e) => e.type === 'state-visit')?.participants.some((p) => p.name === 'Corée du Nord' && p.role === 'target'), 'the host country')
})

t.test('an object named by its office is the target; a seat of government is a body, the headline\'s country the same body', async (t) => {
  const summoned = events("PARIS - Le Quai d'Orsay a convoqué jeudi l'ambassadeur d'Iran en France.", '2026-03-11', { title: "Paris convoque l'ambassadeur d'Iran" })
  t.same(roles(main(summoned)), ["Quai d'Orsay:source", "ambassadeur d'Iran:target"], 'no second France beside its ministry; the ambassador by his office')
  t.equal(main(summoned).participants[0]?.kind, 'organization')
  t.match(main(summoned), { type: 'other', cameo: '16' }, 'a summons reduces relations (CAMEO 16), typed other as the guide codes it, no sanction')
  t.ok(roles(main(events('La police a arrêté mardi le maire de Grenoble.', '2026-03-11'))).includes('maire de Grenoble:target'))
  t.ok(roles(main(events('The court sentenced the former minister to two years on Monday.', '2026-03-11'))).includes('former minister:target'))
  t.notOk(main(events('The Reserve Bank of New Zealand raised the official cash rate on Wednesday.', '2026-04-08')).participants.some((p) => p.role === 'target'), 'a role word describing a noun names no one')
  const named = events("PARIS - Le ministère a convoqué jeudi l'ambassadeur d'Iran. Le diplomate iranien, Hossein Karimi, a été reçu par le directeur de cabinet.", '2026-03-11')
  t.same(roles(main(named)), ['ministère:source', 'Hossein Karimi:target'], 'the office gives way to its holder named next')
})

t.test('an event noun\'s actor is the subject of the verb whose object it is; a visit some words before its country has that host', async (t) => {
  t.same(roles(main(events("Le chef de l'État effectue mardi une visite officielle en Inde.", '2026-03-11'))), ["chef de l'État:source", 'Inde:target'])
  t.same(roles(main(events('Le président effectue une visite au Japon.', '2026-03-11'))), ['président:source', 'Japon:target'], 'not the verb with its subject')
  t.same(roles(main(events('The Indian prime minister began a three-day visit to Japan on Monday.', '2026-03-11'))), ['Indian prime minister:source', 'Japan:target'], 'an office of two role words')
  t.ok(roles(main(events("Le Premier ministre a entamé mardi une visite d'État de trois jours au Maroc.", '2026-03-11'))).includes('Maroc:target'))
})

t.test('a court tries what goes before it; the court or judge of a passive ruling may be named a sentence on; one person named next', async (t) => {
  t.ok(roles(main(events("Le procès de l'ancien maire Paul Durand s'est ouvert lundi devant le tribunal correctionnel de Lyon.", '2026-03-11'))).includes('tribunal correctionnel de Lyon:source'))
  const jailed = events('A man who persuaded more than 200 people to invest in a fake property scheme has been jailed for eight years.\n\nDarren Pritchard, 46, told investors their money would fund student flats. He was found guilty by a jury in December.\n\nSentencing him on Thursday, Judge Anne Hollis said Pritchard had shown no remorse.', '2026-02-27', { title: 'Solihull man jailed for eight years over fraud' })
  t.same(roles(main(jailed)), ['Darren Pritchard:target', 'Anne Hollis:source'], 'the man named next, the judge before the jury, no town from the headline')
  t.same(roles(main(events('Two people were killed in an attack on a market on Monday.\n\nJohn Smith, 40, was among the dead.', '2026-02-27'))).filter((r) => r.startsWith('John')), [], 'the dead are no person named next')
})

t.test('who called a strike may be named a sentence on, several of them; an object after a time of day is still the object', async (t) => {
  const strike = events("LYON — Les contrôleurs grévistes ont reconduit jeudi leur grève jusqu'à lundi.\n\nLancée mardi à l'appel de la CGT et de SUD-Rail, la grève vise à obtenir des embauches.", '2026-03-12')
  t.ok(['CGT', 'SUD-Rail'].every((n) => main(strike).participants.some((p) => p.name === n && p.role === 'source')), 'both unions called it')
  t.ok(roles(main(events("PARIS — Le Quai d'Orsay a convoqué mercredi matin l'ambassadeur d'Algérie en France.", '2026-03-11'))).includes("ambassadeur d'Algérie:target"))
})

t.test('the news over its background: a participle aside, a headline\'s yield, a background\'s date', async (t) => {
  const freed = events("NIAMEY, 9 avril (AFP) - Deux employés d'une ONG médicale, enlevés fin février dans la région de Tillabéri, ont été libérés mercredi, a annoncé jeudi l'organisation.", '2026-04-09',
    { title: 'Niger : les deux humanitaires enlevés en février ont été libérés' })
  t.match(main(freed), { type: 'other', cameo: '08', startDate: '2026-04-08' }, 'the release, not the kidnapping told as an aside')
  const suspended = events("NANTES, 14 février (AFP) - Le tribunal administratif de Nantes a suspendu vendredi l'arrêté par lequel le préfet interdisait une manifestation prévue samedi dans le centre-ville.", '2026-02-14',
    { title: "Nantes : la justice administrative suspend l'interdiction de la manifestation de samedi" })
  t.match(main(suspended), { type: 'court-ruling', cameo: '08', startDate: '2026-02-13' }, 'the court\'s stay, not the march it lets happen')
  const jailed = events('A man who persuaded 200 people to invest in a fake property scheme has been jailed for eight years. His victims had waited years for this day, following a six-week trial in December. Sentencing him on Thursday, Judge Anne Hollis said he had shown no remorse.', '2026-02-27')
  t.match(main(jailed), { type: 'court-ruling', startDate: '2026-02-26' }, 'the sentence is dated by its own day, not by the trial it follows')
})

t.test('what a vote does, a coach sacked, warships sent, a bidder chosen by a court', async (t) => {
  t.match(main(events('WASHINGTON (AP) — The Senate voted 52-47 on Wednesday to confirm Dana Whitfield as labor secretary.', '2026-04-30')), { type: 'appointment', startDate: '2026-04-29' })
  t.match(main(events('Le FC Nantes a annoncé mardi le licenciement de son entraîneur, Patrick Vidal, deux jours après la lourde défaite concédée face au FC Lorient.', '2026-12-01')),
    { type: 'other', cameo: null, startDate: '2026-12-01' }, 'a dismissal, not the match it follows')
  t.match(main(events("BRUXELLES — L'OTAN a annoncé lundi l'envoi de deux frégates supplémentaires en mer Baltique.", '2026-03-16')), { type: 'military-action', cameo: '15' })
  t.notOk(events("La préfecture a annoncé l'envoi de deux camions de vivres.", '2026-03-16').some((e) => e.cameo === '15'), 'a convoy of food is aid, no force posture')
  t.match(main(events("LILLE — Le tribunal de commerce de Lille a retenu jeudi l'offre de reprise du groupe belge Linnea.", '2026-03-20')), { type: 'court-ruling', cameo: '06' })
  t.ok(events("Une centaine de supporters s'étaient rassemblés lundi devant le centre d'entraînement.", '2026-12-01').some((e) => e.type === 'protest'), 'a gathering in front of a building')
})

t.test('an appeal announced in the future needs no court word; calling upon someone is none', async (t) => {
  t.ok(events("Le groupe, qui conteste toute faute, a annoncé dans la soirée qu'il ferait appel.", '2025-09-25').some((e) => e.cameo === '12'))
  t.notOk(events('La mairie fera appel à des bénévoles pour nettoyer les rues.', '2025-09-25').some((e) => e.cameo === '12'))
})

t.test('a length of time is nobody; a phrase ends before a trigger\'s verb', async (t) => {
  t.same(roles(main(events('Two days of fighting between M23 and the army killed dozens.', '2026-03-11'))), ['M23:target', 'army:target'])
  t.same(roles(main(events('Deux jours de grève ont paralysé le réseau.', '2026-03-11'))), [])
})

t.test('a person named after their country is no country; an object after where the verb happened; what sanctions are against', async (t) => {
  t.same(roles(main(events("Emmanuel Macron a reçu lundi à l'Élysée le roi du Maroc Mohammed VI.", '2026-03-11'))), ['Emmanuel Macron:source', 'Mohammed VI:target'])
  t.ok(roles(main(events('Le président sénégalais Bassirou Diomaye Faye a reçu lundi à Dakar le Premier ministre français.', '2026-03-11'))).includes('Premier ministre français:target'))
  t.ok(roles(main(events('La Chine a annoncé jeudi des sanctions contre trois entreprises américaines de défense.', '2026-03-11'))).includes('États-Unis:target'), 'a nationality after `contre` is acted against')
  t.notOk(roles(main(events('Marco Rubio est arrivé lundi à Riyad pour des entretiens avec des responsables saoudiens.', '2026-03-11'))).some((r) => r.startsWith('Arabie saoudite')), 'the partners\' nationality describes them')
  const treasury = events('The U.S. Treasury Department imposed sanctions on Tuesday on five Venezuelan officials.', '2026-02-19')
  t.ok(main(treasury).participants.some((p) => p.name === 'U.S. Treasury Department'), 'a country\'s body keeps its country')
})

t.test('a nationality written as a noun before a name is no part of it, though it still tells the country', async (t) => {
  const stage = main(events('Le Français Mathis Lacroix a remporté samedi la 12e étape du Tour de France.', '2026-07-18'))
  t.same(roles(stage), ['Mathis Lacroix:source'])
  t.equal(stage.location?.countryCode, 'FR')
})

t.test('round 10: an acquittal over the conviction it describes, a truce agreed, a joint venture signed, word senses', async (t) => {
  t.match(main(events("MONTPELLIER, 21 mai (AFP) - La cour d'appel de Montpellier a relaxé mercredi l'ancien maire de Lunel, Gérard Poulain, condamné en première instance à dix-huit mois de prison avec sursis.", '2026-05-21')),
    { type: 'court-ruling', cameo: '08', startDate: '2026-05-20' }, 'the acquittal, not the earlier conviction told of its object')
  t.match(main(events('CAIRO (AP) — Israel and Hamas agreed on Monday to a 30-day truce in the Gaza Strip.', '2026-05-11')), { type: 'agreement', cameo: '08' }, 'a truce agreed is a yield')
  t.match(main(events('Le groupe Renault et le constructeur chinois Chery ont signé lundi un accord de coentreprise pour produire des voitures électriques.', '2026-09-22')), { type: 'treaty-signing', cameo: '06' })
  t.match(main(events('Le Conseil constitutionnel a censuré jeudi 14 articles de la loi immigration.', '2026-08-07')), { type: 'court-ruling', cameo: null })
  const reactor = events("Un réacteur de la centrale du Tricastin a été mis à l'arrêt dimanche soir par EDF. En février, un autre réacteur de la centrale avait déjà été arrêté pendant dix jours.", '2026-06-09')
  t.match(main(reactor), { type: 'accident', cameo: null, startDate: '2026-06-07' })
  t.notOk(reactor.some((e) => e.type === 'arrest'), 'a reactor stopped is no arrest')
  t.match(main(events("VALENCE, 27 janvier (AFP) - Plusieurs centaines d'agriculteurs ont bloqué mardi l'autoroute A7 pour dénoncer l'accord commercial avec le Mercosur.", '2026-01-27')), { type: 'protest', cameo: '14' })
  t.match(main(events('KIEV, 25 avril (AFP) - Moscou et Kiev ont procédé samedi à un échange de 300 prisonniers de guerre.', '2026-04-25')), { type: 'other', cameo: '08' })
  t.ok(events('The Ridge Fire broke out Sunday afternoon near Pollock Pines.', '2026-08-25').some((e) => e.type === 'disaster' && e.startDate === '2026-08-23'), 'a fire that broke out is dated when it started')
})

t.test('round 10: a span of days starts on its first; a later mention of the main event names its day', async (t) => {
  const strike = events('Train services face disruption later this month after the union announced a 48-hour strike at CrossCountry. Its members would walk out on 20 and 21 November, the union said on Wednesday.', '2026-11-11')
  t.match(main(strike), { type: 'strike', startDate: '2026-11-20', startPrecision: 'day' })
  t.ok(events('Les contrôleurs feront grève les 20 et 21 novembre.', '2026-11-11').some((e) => e.startDate === '2026-11-20'))
})

t.test('in a match, the town it was played at names the home side; a record run in a city has none', async (t) => {
  const lost = main(events('Le Paris Saint-Germain a été battu vendredi soir à Lens (2-1), lors de la septième journée de Ligue 1.', '2025-10-04'))
  t.same(roles(lost), ['Paris Saint-Germain:target', 'Lens:source'])
  t.equal(lost.location?.name, 'Lens')
  t.same(roles(main(events('Faith Chebet broke the marathon world record in Berlin on Sunday.', '2026-09-28'))), ['Faith Chebet:source'])
})

t.test('a government toppled by its parliament is a vote, with who toppled and who fell', async (t) => {
  t.match(main(events("Le Premier ministre François Bayrou a été renversé lundi par l'Assemblée nationale.", '2026-03-10')), { type: 'legislation', cameo: null })
  t.same(roles(main(events("L'Assemblée nationale a renversé lundi le gouvernement de François Bayrou.", '2026-03-10'))), ['Assemblée nationale:source', 'François Bayrou:target'])
  t.match(main(events("Portugal's government was toppled on Tuesday in a no-confidence vote in parliament.", '2026-03-11')), { type: 'legislation' })
  t.match(main(events('Toulon a renversé Clermont samedi soir au stade Mayol.', '2026-03-15')), { type: 'sport' }, 'a side overturned in a match is no government')
})

t.test('one person of a nationality is no country; a nationality before a noun still describes it', async (t) => {
  t.same(roles(main(events('Deux employés d\'une ONG, un Français et un Nigérien, enlevés en février, ont été libérés mercredi.', '2026-04-09'))), ['Deux employés:target'])
  t.ok(main(events('A German court on Thursday convicted five members of a neo-Nazi group.', '2026-10-08')).participants.some((p) => p.name === 'German court'))
  t.ok(main(events('A Dutch appeals court on Tuesday ordered the company to pay damages to four fishermen.', '2026-07-08')).participants.some((p) => p.name === 'Dutch appeals court'),
    'a noun that is also a verb\'s form still follows the nationality it is described by')
})

t.test('a group counted by a number word is named with its count; by a figure, a crowd, without', async (t) => {
  t.same(roles(main(events('TOULON, 19 mars (AFP) - Cinq hommes âgés de 19 à 34 ans ont été interpellés mardi par les gendarmes à Fréjus.', '2026-03-19'))), ['Cinq hommes:target', 'gendarmes:source'])
  t.ok(main(events('About 12,000 workers walked out on Monday at three plants.', '2026-03-17')).participants.some((p) => p.name === 'workers'))
})

t.test('a passive arrest takes the agent a later noun of it names', async (t) => {
  const arrest = main(events("MONTPELLIER, 20 août (AFP) - Un homme de 41 ans a été interpellé mercredi à Lodève, a annoncé jeudi le parquet de Montpellier.\n\nL'interpellation du suspect par les gendarmes de la section de recherches est intervenue à l'aube.", '2026-08-20'))
  t.ok(arrest.participants.some((p) => p.role === 'source' && p.name.startsWith('gendarmes')), 'the gendarmes of the later noun')
  const active = main(events("Les gendarmes ont interpellé mercredi un homme de 41 ans à Lodève.\n\nL'interpellation du suspect par les enquêteurs est intervenue à l'aube.", '2026-08-20'))
  t.notOk(active.participants.some((p) => p.name.includes('enquêteurs')), 'an active lead has its agent already')
})

t.test('the lead\'s names after a clause about something else are no bystanders of its event', async (t) => {
  const stage = main(events('LUZ-SAINT-SAUVEUR, 16 juillet (AFP) - Le Français Mathis Lacroix a remporté jeudi la 12e étape du Tour de France, tandis que le Danois Mikkel Sørensen a conservé le maillot jaune.', '2026-07-16'))
  t.notOk(stage.participants.some((p) => p.name.includes('Sørensen')))
  const talks = main(events("RABAT, 10 juin — Le ministre de l'Intérieur, Arnaud Delcourt, s'est entretenu mardi à Rabat avec son homologue marocain, Karim Benslimane, pour relancer la coopération migratoire entre la France et le Maroc.", '2026-06-10'))
  t.same(talks.participants.map((p) => p.name), ['Arnaud Delcourt', 'Karim Benslimane'], 'not the countries of what the talks are for')
  const mediated = main(events('NAIROBI, 15 avril (AFP) - Les délégations égyptienne et soudanaise se sont réunies mardi à Nairobi afin de discuter du barrage, sous la médiation de l\'Union africaine.', '2026-04-15'))
  t.ok(mediated.participants.some((p) => p.name === 'Union africaine'), 'a mediator after the purpose clause is still one')
})

t.test('a participle or an adjective opening a fronted phrase is nobody', async (t) => {
  const rugby = main(events("SAINT-DENIS, 8 février — Menés de dix points à la pause, les Bleus ont renversé l'Irlande (27-20) samedi soir au Stade de France.", '2026-02-08'))
  t.notOk(rugby.participants.some((p) => p.name === 'Menés'))
  const named = main(events('DAKAR, 3 juillet — Ancien directeur général des douanes, Ousmane Diagne Sarr a été nommé mercredi à la tête du port.', '2025-07-03'))
  t.notOk(named.participants.some((p) => p.name === 'Ancien'))
  t.ok(main(events('Israel on Monday launched air strikes on southern Lebanon.', '2026-03-17')).participants.some((p) => p.name === 'Israel'), 'a name before a preposition of time still acts')
})

t.test('a relative clause set off between the subject and its verb is skipped, not the subject', async (t) => {
  t.same(roles(main(events('PORT-AU-PRINCE, 14 septembre — Quarante otages, dont onze enfants et deux religieuses, ont été relâchés dimanche par le gang Lakou Fò.', '2026-09-14'))),
    ['Quarante otages:target', 'Lakou Fò:source'])
  t.same(roles(main(events('Le gang Lakou Fò, qui les détenait depuis trois semaines, a relâché dimanche quarante otages.', '2026-09-14'))).slice(0, 1), ['Lakou Fò:source'])
  t.same(roles(main(events('Trois syndicats ont déclenché lundi une grève de trois jours.', '2025-10-21'))), ['Trois syndicats:source'], 'a number word is no determiner to drop')
})

t.test('the dead counted by their nationality are no party; who owns to the attack a sentence on did it', async (t) => {
  const strike = main(events("GAZA, 15 avril — Au moins quinze Palestiniens, dont six enfants, ont été tués mercredi à l'aube dans une frappe sur une école à Khan Younès. L'armée israélienne a confirmé avoir mené l'opération.", '2026-04-15'))
  t.same(roles(strike), ['armée israélienne:source'])
  t.ok(main(events('Four soldiers were killed on Sunday in an attack on a checkpoint in Borno. The Islamic State West Africa Province claimed responsibility on Monday.', '2026-03-17'))
    .participants.some((p) => p.name === 'Islamic State West Africa Province' && p.role === 'source'))
})

t.test('a bracket after a name gives its acronyms, and what it holds is no party of its own', async (t) => {
  const claimed = main(events("OUAGADOUGOU, 9 juin — Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe), lié à Al-Qaïda, a revendiqué lundi soir l'attaque qui a visé dimanche un camp de l'armée burkinabè à Djibo, dans le nord du pays.", '2026-06-09', { title: 'Burkina Faso : le JNIM revendique une attaque meurtrière' }))
  t.same(claimed.participants.filter((p) => p.role === 'source').map((p) => p.name), ["Groupe de soutien à l'islam et aux musulmans"])
})

t.test('after what an event is against, an office\'s complement describes it and the name apposed to it is the target', async (t) => {
  t.same(roles(main(events("KINSHASA, 19 mai — L'Assemblée nationale a adopté lundi une motion de défiance contre le ministre des Mines, Patrice Lukusa Ilunga, accusé de mauvaise gestion.", '2026-05-19'))),
    ['Assemblée nationale:source', 'Patrice Lukusa Ilunga:target'])
})

t.test('names joined by a coordinator before an acronym stay two; a capitalised acronym in a bracket ends a long name; an opening adjective is nobody', async (t) => {
  t.same(roles(main(events('MARSEILLE, 6 mai — La CGT et Force ouvrière (FO) ont lancé mardi un mouvement de grève illimitée.', '2026-05-06'))), ['CGT:source', 'Force ouvrière:source'])
  const attack = main(events("LAGOS, 20 janvier — Le groupe État islamique en Afrique de l'Ouest (Iswap) a revendiqué lundi l'attaque menée dimanche soir contre une base de l'armée nigériane à Marte.", '2026-01-20',
    { title: "Nigeria : l'Iswap revendique l'attaque d'une base militaire" }))
  t.same(attack.participants.filter((p) => p.role === 'source').map((p) => p.name), ["État islamique en Afrique de l'Ouest"], 'the headline\'s acronym is the lead\'s name')
  t.notOk(main(events('BEYROUTH, 11 septembre — Première visite au Liban pour le ministre français des Affaires étrangères.', '2026-09-11')).participants.some((p) => p.name === 'Première'))
})

t.test('a bracket in an object\'s description is an aside of it; a claim in the passive names its agent, never the attack\'s own noun', async (t) => {
  t.same(roles(main(events("MONTPELLIER, 21 mai (AFP) - La cour d'appel de Montpellier a relaxé mercredi l'ancien maire de Lunel (Hérault), Gérard Poulain, condamné en première instance à dix-huit mois de prison avec sursis.", '2026-05-21'))),
    ["cour d'appel de Montpellier:source", 'Gérard Poulain:target'])
  const claimed = main(events("NIAMEY, 6 octobre — Au moins dix-sept soldats nigériens ont été tués dimanche dans l'attaque d'un poste militaire près de Tillabéri.\n\nL'assaut a été revendiqué mardi par l'État islamique au Grand Sahara (EIGS), qui affirme avoir tenu le poste.", '2026-10-06'))
  t.same(roles(claimed), ['dix-sept soldats nigériens:target', 'État islamique au Grand Sahara:source'])
})

t.test('a visit the lead reports frames an episode the headline names but the article tells later, whoever each names', async (t) => {
  const visit = main(events("RABAT, 5 mai — La ministre allemande des Affaires étrangères est arrivée lundi soir à Rabat pour une visite officielle de trois jours. Elle a été reçue mardi par le roi.\n\nDans l'après-midi, Youssef Alami et Helga Brandt ont signé deux accords sur l'hydrogène vert et la formation.", '2026-05-06', { title: 'La ministre allemande à Rabat, deux accords signés' }))
  t.equal(visit.type, 'state-visit')
})

t.test('a lead that gives no date is dated by the sentence after it, not by a day still to come', async (t) => {
  const body = (verb: string): string => `DAKAR, 5 mai — Première visite au Sénégal pour le ministre belge de la Coopération. Marc Dewulf ${verb} au palais présidentiel par le chef de l'État.`
  const title = 'Visite à Dakar du ministre belge'
  t.equal(main(events(body('a été reçu lundi'), '2026-05-06', { title })).startDate, '2026-05-04')
  t.equal(main(events(body('sera reçu vendredi'), '2026-05-06', { title })).startDate, '2026-05-06', 'the publication day, not Friday')
})

t.test('a vehicle leaving the road or overturning is an accident', async (t) => {
  t.equal(main(events("Trois personnes ont été blessées samedi lorsqu'un minibus a quitté la chaussée près de Dole.", '2026-05-10', { title: "Sortie de route d'un minibus dans le Jura" })).type, 'accident')
  t.equal(main(events("Un camion s'est renversé lundi sur la nationale 7, bloquant la circulation pendant trois heures.", '2026-05-12')).type, 'accident')
})

t.test('a summit a headline\'s verb is set at is where its news happened, not the news', async (t) => {
  const live = events('Follow our live coverage of the EU summit in Brussels. / 16:10 CET - Leaders have struck an agreement on the migration pact, the Council president said.', '2026-05-12', { title: 'EU leaders agree on migration pact at Brussels summit' })
  t.equal(main(live).type, 'agreement')
})

t.test('a coup attempt is an event of its own, over the arrests it led to', async (t) => {
  const fr = main(events("NIAMEY, 4 mai — Les autorités ont annoncé lundi avoir déjoué une tentative de coup d'État et arrêté six officiers.", '2026-05-05', { title: "Niger : une tentative de coup d'État déjouée" }))
  t.same([fr.type, fr.cameo], ['other', '17'])
  t.equal(main(events('Officials said on Monday they had foiled a coup attempt and arrested six officers.', '2026-05-05')).type, 'other')
})

t.test('an attack near the army is an armed assault (CAMEO 19)', async (t) => {
  t.equal(main(events("Des hommes armés ont mené dimanche une attaque contre une position de l'armée près de la frontière.", '2026-05-05')).cameo, '19')
})

t.test('export controls and a persona non grata declaration are sanctions', async (t) => {
  for (const [language, body] of [['fr', 'Pékin a annoncé mardi des contrôles sur les exportations de gallium vers les États-Unis.'], ['en', 'Beijing on Tuesday announced export controls on gallium shipments to the United States.'],
    ['fr', "Le Burkina Faso a déclaré mardi persona non grata le chargé d'affaires français."], ['en', "Burkina Faso on Tuesday declared the French charge d'affaires persona non grata."]] as const) {
    const found = main(events(body, '2026-05-06', { language }))
    t.same([found.type, found.cameo, found.startDate], ['sanctions', '16', '2026-05-05'], body)
  }
})

t.test('an arrival names a visit; a claim of a suicide bombing leaves the bombing its own day', async (t) => {
  t.equal(main(events('Le président portugais est arrivé mardi à Luanda pour une visite de deux jours.', '2026-05-06')).trigger?.text, 'est arrivé')
  t.equal(main(events("Le groupe a revendiqué mercredi l'attentat-suicide qui a visé mardi un marché de Mogadiscio.", '2026-05-07')).startDate, '2026-05-05')
})

t.test('a strike verb with nothing after it in its sentence is figurative (struck again)', async (t) => {
  t.equal(main(events('Les éleveurs ont encore frappé. Ils ont manifesté lundi devant la préfecture de Rodez.', '2026-05-12')).type, 'protest')
})

t.test('a nationality inside a counted crowd describes it; a tournament is no party', async (t) => {
  const expelled = main(events('VARSOVIE, 4 février — Quatre diplomates russes en poste à Varsovie ont été déclarés persona non grata mardi par les autorités polonaises.', '2026-02-04'))
  t.notOk(expelled.participants.some((p) => p.name === 'Russie'))
  t.notOk(main(events("PARIS, 3 novembre — Le Français Lucas Moreau a remporté dimanche le Masters 1000 de Paris en battant en finale l'Américain Ethan Brooks.", '2025-11-03')).participants.some((p) => p.name.startsWith('Masters')))
})

t.test('an office apposed to its holder describes them; an institution named with its adjectives; a live blog\'s imperative is nobody', async (t) => {
  t.same(roles(main(events('Le maire de Saillans (Drôme), Philippe Arnaud, a remis mardi sa démission au préfet de la Drôme.', '2025-11-05'))), ['Philippe Arnaud:source'])
  t.ok(main(events('Le Ministère public genevois a inculpé lundi un ancien gestionnaire de fortune.', '2025-09-15')).participants.some((p) => p.name === 'Ministère public genevois'))
  t.notOk(main(events("Suivez en direct la manifestation des agriculteurs européens à Bruxelles, où les ministres de l'Agriculture sont réunis.", '2026-03-11')).participants.some((p) => p.name === 'Suivez'))
})

t.test('a walkout\'s or a march\'s complement phrase is who holds it; a duration is not', async (t) => {
  t.same(roles(main(events('La grève des contrôleurs de la SNCF a paralysé lundi le trafic.', '2026-03-11'))), ['contrôleurs de la SNCF:source', 'SNCF:target'])
  t.same(roles(main(events('Suivez en direct la manifestation des agriculteurs européens à Bruxelles.', '2026-03-11'))), ['agriculteurs européens:source'])
  t.same(roles(main(events('La grève de 48 heures a paralysé lundi le trafic.', '2026-03-11'))), [])
})

t.test('the nationality of an office describes its holder; a school or a hotel named is where, not who', async (t) => {
  t.notOk(main(events("ABIDJAN, 11 mars — Le chef de l'État ivoirien a nommé mardi un nouveau Premier ministre, Serge Aka Kouadio.", '2026-03-11')).participants.some((p) => p.name === "Côte d'Ivoire"))
  t.notOk(main(events('TOULOUSE — Une professeure de mathématiques a été frappée mardi par un élève de quatrième au collège Jean-Moulin.', '2026-03-11')).participants.some((p) => p.name === 'Jean-Moulin'))
})

t.test('a sentence raised on appeal is a ruling', async (t) => {
  t.match(main(events("TUNIS, 11 mars (AFP) — La cour d'appel de Tunis a alourdi mardi soir à quinze ans de prison la peine de l'opposant Hichem Ben Salah.", '2026-03-11')), { type: 'court-ruling', cameo: '17', startDate: '2026-03-10' })
})

t.test('in a match, a player the lead names is no party beside the two sides', async (t) => {
  t.same(roles(main(events("AGEN, 15 mars — Le SU Agen a battu Colomiers (24-22) samedi au stade Armandie, grâce à un essai de l'ailier Théo Lacombe.", '2026-03-15'))).filter((r) => r.startsWith('Théo')), [])
})

t.test('a passive lead\'s agent, given by the next sentence\'s passive verb of its kind, acted', async (t) => {
  const found = main(events("LYON, 4 mai — L'ancien trésorier du club, Paul Renard, a été placé en garde à vue lundi à Lyon. Il a été interpellé à son domicile par des enquêteurs de l'Office central de répression de la fraude (OCRF).", '2026-05-05'))
  hasActor(t, found, 'Office central de répression de la fraude', 'source')
})

t.test('a small group the lead counts, named one by one by the next sentence\'s subject, is those persons', async (t) => {
  const found = main(events('BAMAKO, 4 mai — Deux otages ont été libérés jeudi près de Gao, a annoncé leur ONG. Luc Vermeulen, logisticien, et son collègue Moussa Keïta sont en bonne santé.', '2026-05-08'))
  t.ok(['Luc Vermeulen', 'Moussa Keïta'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
  t.notOk(found.participants.some((p) => p.name.startsWith('Deux')), 'the group gives way to its members')
})

t.test('an election\'s runner-up named in the sentence after the lead is its opponent', async (t) => {
  const fr = main(events('BREST, 4 mai — Marie Lenoir a remporté dimanche l\'élection municipale de Brest. Elle a obtenu 51 % des voix, contre 44 % pour le maire sortant Yves Le Bihan.', '2026-05-05'))
  hasActor(t, fr, 'Yves Le Bihan')
  const en = main(events("OSLO, May 4 (Reuters) - Anna Berg won Sunday's mayoral election in Oslo, official results showed. She finished well ahead of Lars Dahl, the outgoing mayor.", '2026-05-05', { language: 'en' }))
  hasActor(t, en, 'Lars Dahl')
  // (in the lead too, past the trigger, a party as well as a person)
  const party = main(events('LISBONNE, 11 mars — Le Mouvement démocratique a remporté dimanche les élections législatives au Portugal, devant le Bloc de gauche (BE), selon des résultats quasi définitifs.', '2026-03-11'))
  t.ok(party.participants.some((p) => p.name.startsWith('Bloc de gauche') && p.role === 'target'), roles(party).join('; '))
  // (a winner the lead gives as a candidate, named in the next sentence)
  const candidate = main(events("COTONOU, 15 avril — Le candidat de l'opposition a remporté dimanche l'élection présidentielle avec 55 % des voix. Justin Akpovi, 61 ans, ancien ministre des Finances, devance le candidat du pouvoir, Marc Adjovi.", '2026-04-15'))
  hasActor(t, candidate, 'Justin Akpovi', 'source')
  const faced = main(events('PARIS, 3 mai — Le congrès des Verts a élu samedi à sa tête Claire Morin, qui l\'a emporté avec 56 % des voix face à Julien Roche.', '2026-05-04'))
  hasActor(t, faced, 'Julien Roche')
})

t.test('a count of others opening the next sentence names more parties in apposition', async (t) => {
  const found = main(events("BRUXELLES, 4 mai — La Commission européenne a infligé mardi une amende de 90 millions d'euros au groupe Veltrac. Deux autres entreprises, l'italienne Ferrolux et la suédoise Nordstal, ont écopé de 30 et 20 millions d'euros.", '2026-05-06'))
  t.ok(['Ferrolux', 'Nordstal'].every((n) => found.participants.some((p) => p.name.includes(n))), roles(found).join('; '))
})

t.test('the person the next sentence gives by a party\'s nationality acts for a one-party event; one by office alone does not', async (t) => {
  const summons = main(events("ROME, 4 mai — Rome a convoqué lundi l'ambassadeur d'Égypte, Ahmed Fawzi. Le ministre italien des Affaires étrangères, Paolo Conti, a fait part au diplomate de sa préoccupation.", '2026-05-05'))
  hasActor(t, summons, 'Paolo Conti')
  const said = main(events('KYIV, May 4 (Reuters) - Russia launched a drone attack on the city of Sumy overnight. The regional governor, Oleh Marchenko, said two people were injured.', '2026-05-05', { language: 'en' }))
  lacksActor(t, said, 'Oleh Marchenko')
})

t.test('the commander of those who attacked, named next after a participle of leading, is one of its sources', async (t) => {
  const found = main(events("BUNIA, 4 mai — Les rebelles du Front patriotique ont lancé mardi une attaque contre Bunia. Les insurgés, commandés sur place par le colonel Jean Kabasele, ont pris le contrôle de l'aéroport.", '2026-05-06'))
  hasActor(t, found, 'Jean Kabasele', 'source')
})

t.test('whom the freed are handed to in the sentence after a release mediated it', async (t) => {
  const fr = main(events('GAO, 4 mai — Trois otages ont été libérés samedi dans le nord du Mali. Ils ont été remis dans la soirée à des représentants de la Fondation Sahel Paix, qui avaient mené les tractations.', '2026-05-04'))
  t.ok(fr.participants.some((p) => p.name.includes('Fondation Sahel Paix') && p.role === 'other'), roles(fr).join('; '))
  const en = main(events('GAO, May 4 (Reuters) - Three hostages were freed on Saturday in northern Mali. They were handed over to envoys of the Sahel Peace Foundation, which had led the talks.', '2026-05-04', { language: 'en' }))
  t.ok(en.participants.some((p) => p.name.includes('Sahel Peace Foundation') && p.role === 'other'), roles(en).join('; '))
})

t.test('who organised a march or launched a strike, told in a later passive, leads it; a noun before a name introduces the name', async (t) => {
  const march = main(events('LOMÉ, 8 mars — Des milliers de personnes ont manifesté samedi à Lomé contre la réforme de la Constitution. Le rassemblement avait été organisé par la coalition Alliance pour le changement (APC).', '2026-03-08'))
  hasActor(t, march, 'Alliance pour le changement', 'source')
  const strike = main(events('YAOUNDÉ, 3 mars — Les infirmiers des hôpitaux publics sont en grève depuis lundi au Cameroun. Le mouvement a été lancé à l\'initiative du collectif Inter-Hôpitaux, qui réclame des primes impayées.', '2026-03-04'))
  hasActor(t, strike, 'Inter-Hôpitaux', 'source')
})

t.test('a claim in the passive names its agent whatever the participle\'s agreement', async (t) => {
  const claimed = main(events("NIAMEY, 6 octobre — Au moins huit gendarmes ont été tués dimanche dans une attaque contre un poste près de Ouallam. L'attaque a été revendiquée lundi par le Front de libération de l'Aïr (FLA).", '2026-10-06'))
  t.ok(claimed.participants.some((p) => p.name.includes("Front de libération de l'Aïr") && p.role === 'source'), roles(claimed).join('; '))
})

t.test('a sentence that only identifies (il s\'agit de) names the office the lead left unnamed', async (t) => {
  const found = main(events('DAKAR, 4 mai — Le président de la République a nommé mardi un nouveau Premier ministre. Il s\'agit de Moussa Ndiaye, 54 ans, jusqu\'ici ministre de l\'Économie.', '2026-05-06'))
  hasActor(t, found, 'Moussa Ndiaye', 'target')
})

t.test('a fronted participle before a preposition is nobody; a trial\'s court past a long description of the accused', async (t) => {
  const match = main(events('RENNES, 14 février — Menés au score à la pause, les Rennais ont battu le FC Lorient 3-1 samedi soir lors de la 23e journée de Ligue 1.', '2026-02-15'))
  lacksActor(t, match, 'Menés')
  const trial = main(events("GENÈVE, 3 novembre — Le procès d'un ancien directeur financier d'une fondation d'aide aux personnes âgées de la rive gauche s'est ouvert lundi devant le Tribunal correctionnel de Genève.", '2026-11-03'))
  t.ok(trial.participants.some((p) => p.name.startsWith('Tribunal correctionnel') && p.role === 'source'), roles(trial).join('; '))
})

t.test('the next sentence names the lead\'s unnamed office after an age, and a name keeps its particle', async (t) => {
  const aged = main(events("LYON, 3 mai — L'ancien directeur d'une clinique privée a été mis en examen mardi pour escroquerie. Âgé de 57 ans, Bernard Mollet est soupçonné d'avoir falsifié des factures.", '2026-05-06'))
  hasActor(t, aged, 'Bernard Mollet', 'target')
  const particle = main(events("BREST, 12 mars — Le tribunal correctionnel de Brest a condamné mercredi l'ancien trésorier d'une association de plaisanciers à un an de prison avec sursis. Loïc Le Bras, 61 ans, était poursuivi pour abus de confiance.", '2026-03-12'))
  hasActor(t, particle, 'Loïc Le Bras', 'target')
})

t.test('a subject ends before its light verb past a date with depuis', async (t) => {
  const visit = main(events('ROME, 3 mai — Le ministre marocain des Affaires étrangères effectue depuis mardi une visite officielle en Italie.', '2026-05-06'))
  t.notOk(visit.participants.some((p) => p.name.includes('effectue')), roles(visit).join('; '))
})

t.test('a name after a place noun is a place; a capitalised noun governing the event noun through de is no actor', async (t) => {
  const attack = main(events("BENI, 24 août — Au moins douze civils ont été tués samedi lors d'une attaque contre le village de Kisimba, dans le territoire de Beni.", '2026-08-24'))
  lacksActor(t, attack, 'Kisimba')
  const talks = main(events("DOHA, 10 mars — Reprise des négociations entre le Soudan et le Tchad mardi à Doha, sous l'égide du Qatar.", '2026-03-10'))
  lacksActor(t, talks, 'Reprise')
  hasActor(t, talks, 'Soudan')
})

t.test('a walkout\'s employer after `chez`, `at` is its target; who called it stays its source', async (t) => {
  const fr = main(events('LYON, 4 mai — La CFDT a appelé à une grève illimitée lundi chez Valmeca, pour obtenir des hausses de salaire.', '2026-05-05'))
  hasActor(t, fr, 'Valmeca', 'target')
  hasActor(t, fr, 'CFDT', 'source')
  const en = main(events('SEATTLE, May 4 (Reuters) - Machinists went on strike at Norfield Aero on Monday over pensions.', '2026-05-05', { language: 'en' }))
  hasActor(t, en, 'Norfield Aero', 'target')
})

t.test('those who will be on strike do it: a form opening on a preposition is no passive', async (t) => {
  const fr = main(events('PARIS, 4 mai — Les conducteurs de bus seront en grève jeudi, a annoncé le syndicat Sud.', '2026-05-05'))
  t.ok(fr.participants.some((p) => p.name.includes('conducteurs de bus') && p.role === 'source'), roles(fr).join('; '))
})

t.test('a judge named by a noun that is also a verb form acts: `Le juge d\'instruction a mis en examen`, `par un juge`', async (t) => {
  const active = main(events("NANTES, 4 mai — Le juge d'instruction a mis en examen mercredi l'ancien trésorier du club, Paul Girard.", '2026-05-07'))
  hasActor(t, active, "juge d'instruction", 'source')
  hasActor(t, active, 'Paul Girard', 'target')
  const passive = main(events("NANTES, 4 mai — L'ancien trésorier du club, Paul Girard, a été inculpé mercredi par un juge d'instruction.", '2026-05-07'))
  t.ok(passive.participants.some((p) => p.name.startsWith("juge d'instruction") && p.role === 'source'), roles(passive).join('; '))
})

t.test('who `s\'est vu infliger`, `a vu sa condamnation confirmée`, `had his conviction overturned` undergoes it; the agent acts', async (t) => {
  const fine = main(events("BRUXELLES, 4 mai — Le groupe Veltrac s'est vu infliger mardi une amende de 300 millions d'euros par la Commission européenne.", '2026-05-06'))
  t.ok(fine.participants.some((p) => p.name.includes('Veltrac') && p.role === 'target'), roles(fine).join('; '))
  hasActor(t, fine, 'Commission européenne', 'source')
  const upheld = main(events("RENNES, 4 mai — L'ancien maire Paul Girard a vu sa condamnation confirmée jeudi par la cour d'appel de Rennes.", '2026-05-08'))
  hasActor(t, upheld, 'Paul Girard', 'target')
  const en = main(events('LONDON, May 4 (Reuters) - Former minister John Hale had his conviction overturned by the Court of Appeal on Tuesday.', '2026-05-06', { language: 'en' }))
  hasActor(t, en, 'John Hale', 'target')
})

t.test('a name after its short description (`avec la compagnie indienne X`, `le rachat de la société danoise X`) is the partner or what is bought', async (t) => {
  const order = main(events('TOULOUSE, 4 mai — Aerovia a signé mardi avec la compagnie malaisienne SkyMalay une commande de 40 appareils.', '2026-05-06'))
  hasActor(t, order, 'SkyMalay', 'target')
  const takeover = main(events("PARIS, 4 mai — Le groupe Veltrac a annoncé lundi le rachat de l'entreprise lyonnaise Ferrolux pour 2 milliards d'euros.", '2026-05-05'))
  hasActor(t, takeover, 'Ferrolux', 'target')
})

t.test('a round of a tournament is no election: the elimination is the event', async (t) => {
  const found = main(events("ROME, 4 mai — L'Italien Marco Bellini a été éliminé dès le premier tour du tournoi de Rome par l'Allemand Jonas Keller.", '2026-05-05'))
  t.equal(found.type, 'sport')
  hasActor(t, found, 'Jonas Keller', 'source')
  hasActor(t, found, 'Marco Bellini', 'target')
})

t.test('sport: `a dominé` is a win; who a winner beats `en battant` is the loser; `Stade`, `Olympique` open a club\'s name', async (t) => {
  const dominated = main(events('BREST, 4 mai — Le Stade brestois a dominé Lorient (3-0) samedi lors de la 30e journée du championnat.', '2026-05-04'))
  t.equal(dominated.type, 'sport')
  hasActor(t, dominated, 'Stade brestois', 'source')
  hasActor(t, dominated, 'Lorient', 'target')
  const beating = main(events("LYON, 4 mai — Léa Martin a remporté dimanche le tournoi de Lyon en battant en finale l'Allemande Anna Weber.", '2026-05-04'))
  hasActor(t, beating, 'Anna Weber', 'target')
})

t.test('police dispersing a crowd is crowd control (other, 17), the crowd its target, even past a manner complement', async (t) => {
  const fr = main(events('ABIDJAN, 4 mai — Les gendarmes ont dispersé samedi à coups de grenades lacrymogènes des centaines de manifestants devant la mairie.', '2026-05-04'))
  t.equal(fr.cameo, '17')
  hasActor(t, fr, 'manifestants', 'target')
  const en = main(events('LAGOS, May 4 (Reuters) - Police dispersed hundreds of protesters outside parliament on Saturday.', '2026-05-04', { language: 'en' }))
  t.equal(en.cameo, '17')
  hasActor(t, en, 'protesters', 'target')
})

t.test('the agent of the passive that tells of an attack\'s victims did it', async (t) => {
  const fr = main(events("RENNES, 4 mai — Deux gendarmes ont été blessés samedi par des casseurs lors d'affrontements en marge du cortège.", '2026-05-04'))
  hasActor(t, fr, 'casseurs', 'source')
  const en = main(events('GAO, May 4 (Reuters) - Four soldiers were killed on Saturday by the rebels in an ambush near Gao.', '2026-05-04', { language: 'en' }))
  hasActor(t, en, 'rebels', 'source')
})

t.test('a walkout on an employer\'s site (`sur le site de X`) is against that employer', async (t) => {
  const found = main(events('DUNKERQUE, 4 mai — Les salariés sont en grève depuis lundi sur le site de Norsteel, pour dénoncer un plan de suppressions de postes.', '2026-05-06'))
  hasActor(t, found, 'Norsteel', 'target')
})

t.test('seizing a town (`s\'emparer de`, `prendre le contrôle de`) is a military action by its subject', async (t) => {
  const found = main(events("BENI, 4 mai — Les miliciens de la CODECO se sont emparés lundi de la localité de Nizi après deux jours de combats avec l'armée.", '2026-05-05'))
  t.equal(found.cameo, '19', found.trigger?.text ?? '')
  t.ok(found.participants.some((p) => p.name.includes('CODECO') && p.role === 'source'), roles(found).join('; '))
})

t.test('the name right after `avec son homologue`, `with his counterpart`, with no comma, is the partner', async (t) => {
  const fr = main(events("La ministre belge Hadja Lahbib s'est entretenue jeudi par téléphone avec son homologue marocain Nasser Bourita.", '2026-05-05'))
  hasActor(t, fr, 'Nasser Bourita', 'target')
  const en = main(events('Foreign Minister Anna Berg met on Thursday with her Danish counterpart Lars Holm in Oslo.', '2026-05-05', { language: 'en' }))
  hasActor(t, en, 'Lars Holm', 'target')
})

t.test('the name after an event noun\'s complement title (`l\'expulsion de l\'imam X`) undergoes an expulsion', async (t) => {
  const found = main(events("Le préfet du Rhône a ordonné jeudi l'expulsion du prédicateur Karim Benali vers l'Algérie.", '2026-05-05'))
  hasActor(t, found, 'Karim Benali', 'target')
  const former = main(events("Rome a annoncé lundi l'expulsion de l'ancien diplomate Ali Rezaei.", '2026-05-05'))
  hasActor(t, former, 'Ali Rezaei', 'target')
})

t.test('the country exports are restricted to (`vers`, `to`) is the target of the restriction, not where it happens', async (t) => {
  const fr = main(events('Pékin a annoncé jeudi des restrictions sur les exportations de graphite vers la Corée du Sud.', '2026-05-05'))
  hasActor(t, fr, 'Corée du Sud', 'target')
  const en = main(events('Beijing on Thursday announced export controls on graphite shipments to South Korea.', '2026-05-05', { language: 'en' }))
  hasActor(t, en, 'South Korea', 'target')
})

t.test('whom sanctions are imposed on (`des sanctions à`) is their target, only right after them', async (t) => {
  const found = main(events("L'Union européenne a imposé lundi des sanctions à cinq responsables biélorusses accusés de répression.", '2026-05-05'))
  hasActor(t, found, 'Biélorussie', 'target')
  const far = main(events("Le Canada a adopté lundi des sanctions contre l'Iran, visant des entités accusées de participer à la fourniture de missiles balistiques à la Russie.", '2026-05-05'))
  lacksActor(t, far, 'Russie')
})

t.test('a counted group after a release verb and its date (`a libéré samedi trois otages`) is who is freed', async (t) => {
  const found = main(events('Le groupe armé a libéré dimanche quatre otages colombiens près de la frontière.', '2026-05-05'))
  hasActor(t, found, 'quatre otages colombiens', 'target')
})

t.test('the subject of a light verb (`ont procédé à`) is who does the event noun of its complement', async (t) => {
  const swap = main(events('Bakou et Erevan ont procédé dimanche à un échange de prisonniers à la frontière.', '2026-05-05'))
  t.ok(['Azerbaïdjan', 'Arménie'].every((n) => swap.participants.some((p) => p.name === n)), roles(swap).join('; '))
  const arrests = main(events('Les douaniers ont procédé jeudi aux arrestations de deux passeurs.', '2026-05-05'))
  hasActor(t, arrests, 'douaniers', 'source')
})

t.test('a capital after `avec`, `with` stands for its government: the partner of the event', async (t) => {
  const fr = main(events('Niamey a suspendu lundi sa coopération militaire avec Paris, a annoncé la junte.', '2026-05-05'))
  hasActor(t, fr, 'France', 'target')
  const en = main(events('Tokyo signed a trade agreement with Canberra on Tuesday.', '2026-05-05', { language: 'en' }))
  hasActor(t, en, 'Australia', 'target')
})

t.test('a capital as the author of what is said (`les propos de Paris`) stands for its government', async (t) => {
  const fr = main(events('Alger a dénoncé lundi les propos de Paris sur la mémoire coloniale.', '2026-05-05'))
  hasActor(t, fr, 'France', 'target')
  const en = main(events('Caracas on Tuesday rejected the accusations of Washington.', '2026-05-05', { language: 'en' }))
  t.ok(en.participants.some((p) => p.name.startsWith('United States') && p.role === 'target'), roles(en).join('; '))
})

t.test('an institution\'s noun goes on through its adjective (`Parlement européen`)', async (t) => {
  const found = main(events('Le Parlement européen a adopté jeudi la directive sur le devoir de vigilance.', '2026-05-05'))
  hasActor(t, found, 'Parlement européen', 'source')
})

t.test('an institution\'s name goes on through a bare noun after `de` (`Conseil de sécurité`, `Cour de cassation`)', async (t) => {
  const found = main(events("La Cour de cassation a rejeté mardi le pourvoi de l'ancien maire.", '2026-05-05'))
  hasActor(t, found, 'Cour de cassation', 'source')
  const forces = main(events("Les Forces de défense rapide se sont emparées lundi de la localité de Kadugli après des combats avec l'armée.", '2026-05-05'))
  hasActor(t, forces, 'Forces de défense rapide', 'source')
})

t.test('a party\'s name runs on through its adjectives, after a party noun or a movement\'s head', async (t) => {
  const vote = main(events('LISBONNE, 11 mars — Le Parti socialiste a remporté dimanche les élections législatives, devant le Nouveau Front populaire, selon des résultats quasi définitifs.', '2026-03-11'))
  hasActor(t, vote, 'Parti socialiste', 'source')
  hasActor(t, vote, 'Nouveau Front populaire', 'target')
})

t.test('each name coordinated after a passive agent\'s apposed title acts', async (t) => {
  const found = main(events('RABAT, 3 mai — Le Maroc et le Sénégal ont signé mardi un accord sur la pêche. Le texte a été paraphé à Dakar par les ministres de la Pêche, Karim Alaoui et Fatou Ndiaye.', '2026-05-06'))
  t.ok(['Karim Alaoui', 'Fatou Ndiaye'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
})

t.test('an among sentence names each person coordinated with the first, not a person a reporting clause adds', async (t) => {
  const found = main(events("WASHINGTON, 8 avril — Cinq hauts responsables boliviens ont été visés mardi par des sanctions du Trésor américain. Parmi les personnes visées figurent le général Raúl Quispe, qui dirige l'armée de terre, et la juge Carmen Rojas.", '2026-04-08'))
  t.ok(['Raúl Quispe', 'Carmen Rojas'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
  const told = main(events('MARSEILLE, 10 mars — Douze personnes ont été interpellées mardi. Parmi elles figure Karim Saïdi, a précisé le procureur de Marseille, Antoine Lefort.', '2026-03-10'))
  lacksActor(t, told, 'Antoine Lefort')
})

t.test('a committal order is an arrest, criminal proceedings an investigation', async (t) => {
  const held = main(events("DAKAR, 3 mai — Le chanteur Modou Fall a été placé sous mandat de dépôt mardi par le doyen des juges d'instruction de Dakar.", '2026-05-06'))
  t.equal(held.type, 'arrest')
  hasActor(t, held, 'Modou Fall', 'target')
  const proceedings = main(events("BERNE, 3 mai — Le Ministère public de la Confédération a ouvert une procédure pénale contre l'ancien banquier Luc Perrin.", '2026-05-06'))
  t.equal(proceedings.cameo, '09')
  hasActor(t, proceedings, 'Luc Perrin', 'target')
})

t.test('after a passive verb, the institution an operation noun takes as its complement carried it out', async (t) => {
  const fr = main(events("BRUXELLES, 3 mai — Quatre personnes ont été arrêtées mardi à Anderlecht lors d'une opération antidrogue de la police fédérale.", '2026-05-06'))
  hasActor(t, fr, 'police fédérale', 'source')
  const en = main(events('LONDON, May 3 (Reuters) - Six people were arrested on Tuesday in a raid by the Metropolitan Police in east London.', '2026-05-06', { language: 'en' }))
  hasActor(t, en, 'Metropolitan Police', 'source')
})

t.test('in a strike, the employer of the workforce is struck against and the workforce strikes', async (t) => {
  const plant = main(events("RENNES, 4 mai — Les salariés de l'usine Stellantis de Rennes sont en grève depuis lundi à l'appel de la CGT.", '2026-05-06'))
  t.ok(plant.participants.some((p) => p.name.startsWith('Stellantis') && p.role === 'target'), roles(plant).join('; '))
  t.ok(plant.participants.some((p) => p.name.startsWith('salariés de l\'usine Stellantis') && p.role === 'source'), roles(plant).join('; '))
  const called = main(events('PARIS, 4 mai — La CGT et FO ont appelé mardi les salariés de la RATP à une grève de 24 heures jeudi.', '2026-05-06'))
  hasActor(t, called, 'RATP', 'target')
})

t.test('after an arrest, who questions the detained in the next sentence arrested them', async (t) => {
  const fr = main(events('NICE, 4 mai — Un homme de 35 ans a été placé en garde à vue mardi. Il est entendu par les enquêteurs de la police judiciaire de Nice.', '2026-05-06'))
  t.ok(fr.participants.some((p) => p.name.includes('police judiciaire') && p.role === 'source'), roles(fr).join('; '))
  const en = main(events('LEEDS, May 4 (Reuters) - A 35-year-old man was arrested on Tuesday. He is being questioned by detectives from West Yorkshire Police.', '2026-05-06', { language: 'en' }))
  t.ok(en.participants.some((p) => p.name.includes('West Yorkshire Police') && p.role === 'source'), roles(en).join('; '))
})

t.test('a capitalised event noun inside a sentence opens a name; one opening a nominal lead is the event, no name', async (t) => {
  const party = events('PARIS, 4 mai — Le groupe du Rassemblement national a voté mardi contre le texte.', '2026-05-06')
  t.notOk(party.some((e) => e.trigger?.text === 'Rassemblement'), party.map((e) => e.trigger?.text).join('; '))
  const session = main(events("ADDIS-ABEBA, 14 février — La 39e session ordinaire de la Conférence des chefs d'État de l'Union africaine s'est ouverte samedi.", '2026-02-14'))
  t.equal(session.trigger?.text, 'session ordinaire')
  const nominal = main(events("PARIS, 4 mai — Mise en examen de l'ancien maire de Laon : Gérard Lhermitte a été présenté jeudi à un juge d'instruction.", '2026-05-06'))
  lacksActor(t, nominal, 'Mise')
})

t.test('a coup, an arrest warrant and a ballistic missile fired are events with their parties', async (t) => {
  const coup = main(events('BISSAU, 7 octobre — Le président bissau-guinéen, Augusto Nhaga Cabral, a été renversé mercredi par des militaires.', '2026-10-07'))
  t.equal(coup.cameo, '17')
  t.ok(['Augusto Nhaga Cabral', 'militaires'].every((n) => coup.participants.some((p) => p.name === n)), roles(coup).join('; '))
  const warrant = main(events("LA HAYE, 20 mai — La CPI a délivré mercredi un mandat d'arrêt contre Hervé Ngbandé-Yakité, un chef de milice.", '2026-05-20'))
  t.equal(warrant.type, 'court-ruling')
  hasActor(t, warrant, 'Hervé Ngbandé-Yakité', 'target')
  const missile = main(events('SÉOUL, 16 septembre — La Corée du Nord a tiré mercredi un missile balistique en mer du Japon.', '2026-09-16'))
  t.equal(missile.type, 'military-action')
})

t.test('who says that something happened is no party of it', async (t) => {
  const found = main(events("SÉOUL, 16 septembre — L'état-major sud-coréen a annoncé que la Corée du Nord avait tiré mercredi un missile balistique.", '2026-09-16'))
  hasActor(t, found, 'Corée du Nord')
  t.notOk(found.participants.some((p) => p.name.includes('état-major')), roles(found).join('; '))
})

t.test('a nominal lead before a colon takes its parties from the clause after it, and is no party itself', async (t) => {
  const found = main(events('DOHA, 21 octobre — Cessez-le-feu à la frontière afghano-pakistanaise : Islamabad et Kaboul se sont engagés mercredi à Doha à cesser les hostilités.', '2026-10-21'))
  t.ok(['Pakistan', 'Afghanistan'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
  lacksActor(t, found, 'Cessez-le-feu')
})

t.test('in a match, a competition is what is played for, no side; a background noun is found past a duration', async (t) => {
  const cup = main(events('BOLOGNE, 30 novembre — L\'Espagne a remporté dimanche la Coupe Davis en battant l\'Italie 2-1 en finale.', '2026-11-30'))
  t.notOk(cup.participants.some((p) => p.name.includes('Coupe')), roles(cup).join('; '))
  hasActor(t, cup, 'Espagne')
  const truce = main(events('DOHA, 21 octobre — Cessez-le-feu à la frontière : le Pakistan et l\'Afghanistan se sont engagés mercredi à cesser les hostilités, après une semaine de combats meurtriers.', '2026-10-21', { title: 'Cessez-le-feu entre le Pakistan et l\'Afghanistan après une semaine de combats' }))
  t.equal(truce.type, 'agreement')
})

t.test('a closing reporting clause is found past its date, and the lead\'s own verb after an apposition is none', async (t) => {
  const told = main(events('LILLE, 4 mai — Un homme a été placé en garde à vue, a annoncé mercredi la procureure de la République de Lille, Sophie Grandjean.', '2026-05-06'))
  lacksActor(t, told, 'Sophie Grandjean')
  const own = main(events('PARIS, 9 avril — Le ministre de l\'Intérieur, Laurent Mercier, a annoncé mardi la dissolution du groupe « Lyon Nationaliste ».', '2026-04-09'))
  hasActor(t, own, 'Laurent Mercier')
})

t.test('a participle fronted before a comma is said of the subject after it', async (t) => {
  const found = main(events('LILLE, 4 mai — Interpellé mardi à Tourcoing, un homme de 23 ans a été placé en garde à vue, a annoncé mercredi la procureure de la République de Lille, Sophie Grandjean.', '2026-05-06'))
  t.ok(found.participants.some((p) => p.name.startsWith('homme de 23 ans') && p.role === 'target'), roles(found).join('; '))
})

t.test('dismantling a network is an arrest; a participle sharing its auxiliary adds whom it was done to; a lowercase long name stands for its acronym', async (t) => {
  const ring = main(events('GENÈVE, 11 mars — La police genevoise a démantelé un réseau de trafic de cocaïne et interpellé sept personnes.', '2026-03-11'))
  t.equal(ring.type, 'arrest')
  t.equal(ring.trigger?.text, 'a démantelé')
  hasActor(t, ring, 'sept personnes', 'target')
  const unit = main(events("LILLE, 4 mai — Un homme a été placé en garde à vue mardi. Le suspect a été arrêté par les policiers de la brigade de recherche et d'intervention (BRI) de Lille.", '2026-05-06'))
  hasActor(t, unit, "brigade de recherche et d'intervention", 'source')
})

t.test('an organiser may be a plural with no article after a bare de', async (t) => {
  const found = main(events("BELGRADE, 22 novembre — Des milliers de personnes ont manifesté samedi à Belgrade. Partis à l'appel de syndicats étudiants, les cortèges ont convergé vers le Parlement.", '2026-11-22'))
  hasActor(t, found, 'syndicats étudiants', 'source')
})

t.test('recalling an ambassador reduces relations; a description of a body set off before its name is no party of its own', async (t) => {
  const recalled = main(events('NIAMEY, 20 novembre — Le Niger a rappelé « pour consultations » son ambassadeur en Côte d\'Ivoire, Issoufou Garba.', '2026-11-20'))
  t.equal(recalled.cameo, '16')
  t.equal(recalled.trigger?.text, 'a rappelé')
  const party = main(events('MORONI, 1er décembre — Le parti au pouvoir aux Comores, la Convention pour le renouveau des Comores (CRC), a remporté dimanche les élections municipales.', '2026-12-01'))
  hasActor(t, party, 'Convention pour le renouveau des Comores')
  lacksActor(t, party, 'parti')
})

t.test('a question or a quote opening the article sets the scene; the sentence after it is the lead', async (t) => {
  const found = main(events('STRASBOURG, 25 novembre — Les camions de 44 tonnes pourront-ils bientôt franchir toutes les frontières ? Le Parlement européen a adopté mercredi sa position sur la révision de la directive. Les négociations avec le Conseil débuteront en janvier.', '2026-11-25'))
  t.equal(found.trigger?.text, 'a adopté')
})

t.test('a nationality noun opening a representative\'s name says which party they act for', async (t) => {
  const found = main(events("ASUNCIÓN, 3 novembre — Le Brésil, l'Argentine et le Paraguay ont signé mardi un traité sur la voie navigable. Le texte a été signé par les ministres des Affaires étrangères des trois pays, le Brésilien Rodrigo Azevedo Lins, l'Argentin Martín Etcheverry et le Paraguayen Hugo Benítez Ocampo.", '2026-11-03'))
  hasActor(t, found, 'Rodrigo Azevedo Lins', 'source')
  hasActor(t, found, 'Martín Etcheverry', 'target')
})

t.test('a noun phrase never ends on the participle opening a description', async (t) => {
  const found = main(events("LILLE, 4 mai — Interpellé mardi à Tourcoing, un homme de 23 ans soupçonné d'avoir ouvert le feu samedi devant un bar de Roubaix a été placé en garde à vue.", '2026-05-06'))
  hasActor(t, found, 'homme de 23 ans')
})

t.test('a bare participle right after the noun it describes, before the subject\'s verb, is background', async (t) => {
  const found = main(events("MAROUA, 10 novembre — Les onze employés d'une entreprise chinoise de travaux publics enlevés fin octobre près de Mora ont été libérés dimanche.", '2026-11-10',
    { title: 'Cameroun : les onze employés d\'un chantier routier enlevés près de Mora ont été libérés' }))
  t.equal(found.trigger?.text, 'ont été libérés')
})

t.test('in a race a person wins, the runners-up the lead gives after devant are beaten', async (t) => {
  const race = main(events('KILLINGTON, 28 novembre — La Suissesse Noémie Baeriswyl a remporté samedi le slalom géant de Killington, deuxième épreuve de Coupe du monde, devant sa compatriote Lara Imhasly et l\'Autrichienne Katharina Pfeiffenberger.', '2026-11-28'))
  hasActor(t, race, 'Noémie Baeriswyl', 'source')
  t.ok(['Lara Imhasly', 'Katharina Pfeiffenberger'].every((n) => race.participants.some((p) => p.name === n && p.role === 'target')), roles(race).join('; '))
})

t.test('whom a visitor meets a sentence on, when the lead names no host, received the visit; a date between a visit and its visitor is no word of the noun', async (t) => {
  const found = main(events('KIEV, 10 mars — Visite surprise, mardi, de Katrin Albers à Kiev, au lendemain d\'une nouvelle vague de frappes russes sur la capitale ukrainienne. Arrivée en train de nuit depuis la Pologne, Katrin Albers s\'est entretenue pendant près de deux heures avec son homologue ukrainien, Oleksiy Hrytsenko.', '2026-03-10', { title: 'Visite surprise de la cheffe de la diplomatie allemande à Kiev' }))
  hasActor(t, found, 'Katrin Albers', 'source')
  hasActor(t, found, 'Oleksiy Hrytsenko', 'target')
})

t.test('a joint event\'s noun reaches its parties after entre past its object', async (t) => {
  const found = main(events("RABAT, 26 novembre — Signature, mercredi à Rabat, d'un contrat de 2,4 milliards de dirhams entre l'Office national de l'électricité (ONEE) et le groupe espagnol Hidralia.", '2026-11-26'))
  t.ok(found.participants.some((p) => p.name.startsWith("Office national de l'électricité")), roles(found).join('; '))
})

t.test('a bystander the lead names is no representative of a joint event\'s parties; persons of their nationality still are', async (t) => {
  const found = main(events("ASUNCIÓN, 3 novembre — Le Brésil, l'Argentine et le Paraguay ont signé mardi à Asunción un traité sur la gestion commune de la voie navigable Paraguay-Paraná. Le texte a été signé par les ministres des Affaires étrangères des trois pays, le Brésilien Rodrigo Azevedo Lins, l'Argentin Martín Etcheverry et le Paraguayen Hugo Benítez Ocampo.", '2026-11-03'))
  t.ok(['Rodrigo Azevedo Lins', 'Martín Etcheverry', 'Hugo Benítez Ocampo'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
})

t.test('the mediators the sentence after the lead names are parties of the main event', async (t) => {
  const found = main(events("DOHA, 21 octobre — Le Pakistan et l'Afghanistan ont conclu mercredi un cessez-le-feu à Doha. L'accord a été conclu à l'issue de deux jours de pourparlers sous l'égide du Qatar et de la Turquie.", '2026-10-21'))
  t.ok(['Qatar', 'Turquie'].every((n) => found.participants.some((p) => p.name === n && p.role === 'other')), roles(found).join('; '))
})

t.test('a passive verb whose subject is the document it was done on retells the main event, with who signed it', async (t) => {
  const found = main(events("RABAT, 26 novembre — Signature, mercredi à Rabat, d'un contrat entre l'Office national de l'eau et le groupe espagnol Hidralia. Le document a été paraphé par le directeur général de l'Office, Hicham Bennani, et par le président de Hidralia, Javier Ortuño.", '2026-11-26'))
  t.ok(['Hicham Bennani', 'Javier Ortuño'].every((n) => found.participants.some((p) => p.name === n)), roles(found).join('; '))
})

t.test('a strike whose lead names no employer is struck against the one an employer noun names a sentence on', async (t) => {
  const found = main(events("BORDEAUX, 3 décembre — Grève dans les bus de Bordeaux : à l'appel de la CGT et de FO, les conducteurs ont cessé le travail jeudi. Seule une rame sur quatre circulait, selon l'exploitant Keolis Bordeaux Métropole Mobilités.", '2026-12-03'))
  hasActor(t, found, 'Keolis Bordeaux Métropole Mobilités', 'target')
})

t.test('a determiner written with a capital inside a sentence opens a party\'s name', async (t) => {
  const found = main(events("PARIS, 4 mai — La motion de censure déposée par La France insoumise contre le gouvernement a été rejetée lundi par l'Assemblée nationale.", '2026-05-06'))
  hasActor(t, found, 'La France insoumise')
  lacksActor(t, found, 'France')
})

t.test('an elided capital opening a cleft sentence is no one\'s name', async (t) => {
  const found = main(events("C'est par ces mots que la ministre irlandaise de l'Énergie, Siobhán Keady, a annoncé mardi à Bruxelles l'accord conclu par les ministres de l'Énergie des Vingt-Sept.", '2026-12-02'))
  hasActor(t, found, 'Siobhán Keady')
  lacksActor(t, found, "C'")
})

t.test('the subject that saw its conviction confirmed undergoes it, past the day named between', async (t) => {
  const found = main(events("RENNES, 4 décembre — L'ancien maire de Lorient, Jean-Yves Le Dantec, a vu jeudi sa condamnation pour favoritisme confirmée par la cour d'appel de Rennes.", '2026-12-04'))
  hasActor(t, found, 'Jean-Yves Le Dantec', 'target')
  hasActor(t, found, "cour d'appel de Rennes", 'source')
})

t.test('a motion or a fine the passive is said of is what was done, no party of it', async (t) => {
  const motion = main(events("PARIS, 4 mai — La motion de censure déposée par La France insoumise contre le gouvernement a été rejetée lundi par l'Assemblée nationale.", '2026-05-06'))
  lacksActor(t, motion, 'motion')
  const fine = main(events("PARIS, 12 mars — Une amende de 48 millions d'euros a été infligée mercredi par l'Autorité de la concurrence à trois fabricants de fenêtres.", '2026-03-12'))
  lacksActor(t, fine, 'amende')
})

t.test('in a match, the side after face à is the one beaten', async (t) => {
  const found = main(events('CASABLANCA, 15 septembre — Le Wydad Athletic Club a remporté dimanche soir le derby de Casablanca face au Raja (2-1), au terme d\'un match tendu.', '2025-09-15'))
  hasActor(t, found, 'Raja', 'target')
})

t.test('a win in overtime of a play-off series is a match, and its first round no election', async (t) => {
  const found = main(events("MONTRÉAL, 20 avril — Les Canadiens de Montréal ont pris l'avantage 2-1 dans leur série de premier tour face aux Maple Leafs de Toronto en s'imposant 4-3 en prolongation, samedi soir, au Centre Bell.", '2026-04-20'))
  t.equal(found.type, 'sport')
  hasActor(t, found, 'Canadiens de Montréal', 'source')
})

t.test('an office that completes another (adjoint au maire) is no office of its own: the name given next replaces the one office', async (t) => {
  const found = main(events("PERPIGNAN, 9 octobre — Un ancien adjoint au maire de Perpignan a été condamné mercredi par le tribunal correctionnel de la ville à dix-huit mois d'emprisonnement avec sursis. Jean-Luc Sabatier, 63 ans, ancien délégué à l'urbanisme, a également été frappé d'une peine d'inéligibilité.", '2025-10-09'))
  hasActor(t, found, 'Jean-Luc Sabatier', 'target')
  lacksActor(t, found, 'ancien adjoint')
})

t.test('a boat boarded by coast guards, a patrol taken as a target, a hiker found alive are events with their agents', async (t) => {
  const boarded = main(events('MANILLE, 16 juin — Un bateau de pêche philippin a été arraisonné lundi par les garde-côtes chinois au large de la province de Zambales.', '2026-06-16'))
  t.equal(boarded.cameo, '17')
  hasActor(t, boarded, 'garde-côtes chinois', 'source')
  const targeted = main(events('NÎMES, 1er janvier — Une patrouille de police a été prise pour cible par une cinquantaine de jeunes dans la nuit à Nîmes.', '2026-01-01'))
  t.equal(targeted.type, 'attack')
  const found = main(events('GAP, 22 juillet — Une randonneuse néerlandaise de 61 ans a été retrouvée vivante lundi par les gendarmes du peloton de gendarmerie de haute montagne de Briançon.', '2025-07-22'))
  t.equal(found.type, 'aid')
  t.ok(found.participants.some((p) => p.name.startsWith('gendarmes') && p.role === 'source'), roles(found).join('; '))
})

t.test('farmers dumping produce protest; the counted group after par did it, the tonnes dumped are nobody', async (t) => {
  const found = main(events('LILLE, 19 novembre — Plusieurs tonnes de pommes de terre ont été déversées jeudi matin devant la préfecture du Nord, à Lille, par quelque 250 agriculteurs venus en tracteur de tout le département.', '2025-11-19'))
  t.equal(found.type, 'protest')
  t.ok(found.participants.some((p) => p.name.startsWith('agriculteurs') && p.role === 'source'), roles(found).join('; '))
  t.notOk(found.participants.some((p) => p.name.includes('tonnes')), roles(found).join('; '))
})

t.test('a lead that tells only of the background hands the lead on to the next sentence', async (t) => {
  const found = main(events("KUALA LUMPUR, 14 septembre — Après quinze ans de discussions intermittentes, le texte est enfin bouclé. L'Union européenne et la Malaisie ont conclu lundi à Kuala Lumpur un accord de libre-échange. La ratification par le Parlement européen est attendue en 2027.", '2026-09-14', { title: "Libre-échange : l'UE et la Malaisie bouclent leur accord" }))
  t.equal(found.trigger?.text, 'ont conclu')
  hasActor(t, found, 'Malaisie', 'target')
})

t.test('the partner a joint verb has avec is reached past its place and its object', async (t) => {
  const found = main(events("BRUXELLES, 14 septembre — L'Union européenne a signé lundi à Bruxelles un accord de libre-échange avec la Malaisie.", '2026-09-14'))
  hasActor(t, found, 'Malaisie', 'target')
})

t.test('a participle of another kind opening the sentence sets the scene of the verb after its comma', async (t) => {
  const found = main(events('GUÉRET, 3 février — Réunis lundi en session extraordinaire à Guéret, les élus du conseil départemental de la Creuse ont voté la fermeture de deux collèges ruraux.', '2026-02-03'))
  t.equal(found.type, 'legislation')
  const same = main(events('ROUBAIX, 18 novembre — Interpellé mardi dans un appartement de Tourcoing, un homme de 23 ans a été placé en garde à vue, a annoncé mercredi la procureure.', '2026-11-18'))
  t.equal(same.trigger?.text, 'Interpellé')
})

t.test('jobs counted are what is cut, nobody who cuts them', async (t) => {
  const found = main(events("VENDÔME, 10 février — Quatre cent douze postes supprimés et une production de chaudières transférée en Slovaquie : c'est le plan qu'a présenté mardi la direction de Thermalis.", '2026-02-10'))
  t.notOk(found.participants.some((p) => p.name.includes('postes')), roles(found).join('; '))
})

t.test('a name in the background phrase of the lead is no bystander of the news', async (t) => {
  const found = main(events("TÉHÉRAN, 19 mai — Le chef de la diplomatie iranienne a reçu mardi à Téhéran le directeur général de l'Agence internationale de l'énergie atomique, première visite de ce niveau depuis la suspension de la coopération entre l'Iran et l'agence onusienne à l'été 2025.", '2026-05-19'))
  lacksActor(t, found, 'Iran')
})

t.test('a word capitalised only where a French sentence opens, before no auxiliary, is a nominal lead\'s word, no party', async (t) => {
  const march = main(events("Marée rouge et blanche dans le centre de Varsovie : des dizaines de milliers de personnes ont défilé samedi à l'appel du PiS contre la réforme de la justice.", '2026-05-10'))
  lacksActor(t, march, 'Marée')
  const strike = main(events("ADDIS-ABEBA, 30 novembre — Lancée lundi dernier dans les hôpitaux publics, la grève des médecins s'est étendue ce lundi à Bahir Dar, a assuré à l'AFP un porte-parole des grévistes.", '2026-11-30'))
  lacksActor(t, strike, 'Lancée')
  const counted = main(events('GUSAU, 4 mars — Trente-deux passagers ont été enlevés lundi par des hommes armés sur la route de Gusau.', '2026-03-04'))
  t.ok(counted.participants.some((p) => p.name.startsWith('Trente-deux')), roles(counted).join('; '))
})

t.test('a country whose name has a word in lower case is named whole, within a phrase too', async (t) => {
  const found = main(events('KINSHASA, 22 janvier — Des soldats de la République démocratique du Congo ont attaqué mercredi soir des positions rebelles près de Goma.', '2026-01-22'))
  hasActor(t, found, 'soldats de la République démocratique du Congo', 'source')
  lacksActor(t, found, 'Congo')
})

t.test('a phrase cut before a name never ends on a coordinator', async (t) => {
  const found = main(events("POINTE-À-PITRE, 11 mars — Des dizaines de barrages paralysaient mercredi la Guadeloupe, au troisième jour d'une grève générale lancée par un collectif d'organisations syndicales et associatives contre la vie chère.", '2026-03-11'))
  lacksActor(t, found, / et$/)
})

t.test('the name opening the next sentence stands for the one someone the lead describes, not for the office of who tells of it', async (t) => {
  const found = main(events('BAGDAD, 12 novembre — Une humanitaire finlandaise enlevée en mars à Bagdad a été libérée mercredi, a annoncé le Premier ministre irakien. Aino Virtanen, 34 ans, qui travaillait pour une ONG de déminage, avait été kidnappée le 14 mars par des hommes armés.', '2026-11-12'))
  hasActor(t, found, 'Aino Virtanen', 'target')
  lacksActor(t, found, 'humanitaire finlandaise')
})

t.test('an Olympic title won is a sports result', async (t) => {
  const found = main(events('ANTERSELVA, 10 février — Léa Bouvier a remporté mardi le premier titre olympique de sa carrière dans la poursuite de biathlon des Jeux de Milan-Cortina.', '2026-02-10'))
  t.equal(found.type, 'sport')
  const savoured = main(events('ANTERSELVA, 10 février — Sourire aux lèvres, Léa Bouvier savourait mardi le premier titre olympique de sa carrière, décroché dans la poursuite de biathlon des Jeux de Milan-Cortina.', '2026-02-10'))
  t.equal(savoured.type, 'sport')
  hasActor(t, savoured, 'Léa Bouvier')
})

t.test('the army an attack was aimed at is its target beside the soldiers it killed', async (t) => {
  const found = main(events("BAMAKO, 10 novembre — Au moins dix-sept soldats ont été tués dimanche lors d'une attaque contre le camp de l'armée malienne de Boulkessi.", '2025-11-10'))
  hasActor(t, found, 'armée malienne', 'target')
})

t.test('who the lead says claimed an attack carried it out', async (t) => {
  const found = main(events('CAMBRAI, 20 avril — La cyberattaque qui a paralysé le centre hospitalier de Cambrai a été revendiquée lundi soir par le groupe de pirates informatiques NoxLocker, qui affirme avoir dérobé des données.', '2026-04-21'))
  hasActor(t, found, 'NoxLocker', 'source')
})

t.test('in English, a bare plural noun opening a sentence is its subject, a party (lexicon bareSubjects)', async (t) => {
  const found = main(events('FELIXSTOWE, March 3 — Dockworkers at the port of Felixstowe will walk off the job on Monday over pay, the Unite union said.', '2026-03-03', { language: 'en' }))
  hasActor(t, found, 'Dockworkers')
})

t.test('a participle before its subject\'s verb stays background past an acronym in brackets', async (t) => {
  const found = main(events('CALI, 9 mai — Quatre ingénieurs enlevés en avril par les Forces armées révolutionnaires (FARC) ont été relâchés vendredi près de Jamundí.', '2026-05-09'))
  t.equal(found.trigger?.text, 'ont été relâchés')
  t.equal(found.startDate, '2026-05-08')
})

t.test('an event noun inside a body\'s name is no event (French writes its nouns in lower case)', async (t) => {
  const found = events("CÚCUTA, 4 juin — Deux journalistes ont été enlevés jeudi par des hommes de l'Armée de libération populaire près de la frontière.", '2026-06-04')
  t.notOk(found.some((e) => e.trigger?.text === 'libération'), found.map((e) => e.trigger?.text).join('; '))
  t.equal(main(found).type, 'attack')
})

t.test('taking a village is a military action; a ship hit by a missile is attacked, the missile no party', async (t) => {
  const taken = main(events('DONETSK, 3 mars — Kiev a annoncé mardi la prise de Verkhnokamianske, un village tenu depuis deux ans par les troupes russes.', '2026-03-03'))
  t.equal(taken.type, 'military-action')
  const hit = main(events("ADEN, 2 juin — Un pétrolier a été touché lundi par un missile en mer Rouge, a indiqué l'agence UKMTO.", '2026-06-02'))
  t.equal(hit.type, 'attack')
  lacksActor(t, hit, 'missile')
})

t.test('an event noun of several words opening a nominal lead is what happened, no party', async (t) => {
  const found = main(events("RABAT, 3 mai — Visite d'État de deux jours au Maroc pour le président portugais, Rui Carvalho Mendes, reçu mardi par le roi à Rabat.", '2026-05-03'))
  lacksActor(t, found, "Visite d'État")
})

t.test('a race\'s runners-up named in the next sentence that goes on with the winner', async (t) => {
  const found = main(events('GAP, 8 juillet — Le Français Hugo Marchetti a remporté mardi la 10e étape du Tour de France entre Gap et Valloire. Il devance de 12 secondes le Norvégien Erik Solberg et le Colombien Andrés Quintero.', '2026-07-08'))
  hasActor(t, found, 'Erik Solberg', 'target')
  const team = main(events('PARIS, 8 mars — Le XV de France a battu samedi l\'Écosse 31-17 au Stade de France. Devant 80 000 spectateurs, le demi de mêlée Louis Ferrand a inscrit deux essais.', '2026-03-08'))
  lacksActor(t, team, 'Louis Ferrand')
})

t.test('in English, an event noun capitalised beside another capitalised word is a word of a name', async (t) => {
  const found = main(events('PATNA, Nov 14 (Reuters) - The National Alliance won 131 of the 243 assembly seats in Bihar, the Election Commission of India said on Friday.', '2026-11-14', { language: 'en' }))
  t.equal(found.trigger?.text, 'won')
  hasActor(t, found, 'National Alliance', 'source')
})

t.test('a short name within another of the same role is that party again', async (t) => {
  const found = main(events('LONDON, Nov 29 (Reuters) - Brentford beat Manchester City 3-1 at the Gtech Community Stadium on Saturday to move level on points with leaders Arsenal, with striker Jonah Okafor scoring twice against a City side reduced to 10 men before halftime.', '2026-11-29', { language: 'en' }))
  hasActor(t, found, 'Manchester City', 'target')
  t.equal(found.participants.filter((p) => /City/.test(p.name)).length, 1, roles(found).join('; '))
})

t.test('a story filed from two cities is datelined by the first, the second no party', async (t) => {
  const found = main(events('KYIV/MOSCOW, March 4 (Reuters) - Russian forces launched a missile strike overnight on a power plant in Kharkiv, Ukrainian officials said on Wednesday.', '2026-03-04', { language: 'en' }))
  lacksActor(t, found, 'Ukraine')
  lacksActor(t, found, 'Russian Federation')
})

t.test('the agent of a participle describing what was struck owns it: a target, no source', async (t) => {
  const found = main(events("BEYROUTH, 8 juillet — L'armée israélienne a mené dans la nuit des frappes sur deux dépôts utilisés par le Hezbollah dans le sud du Liban.", '2026-07-08'))
  hasActor(t, found, 'Hezbollah', 'target')
})

t.test('a noun phrase ends before an auxiliary\'s infinitive (`d\'avoir ouvert le feu`)', async (t) => {
  const found = main(events("ERIVAN, 7 mai — Erevan a accusé jeudi l'armée azerbaïdjanaise d'avoir ouvert le feu sur des postes arméniens près de la frontière.", '2026-05-07'))
  hasActor(t, found, 'armée azerbaïdjanaise', 'target')
})

t.test('workers who stop work are on strike', async (t) => {
  t.equal(main(events('LILLE, 2 juin — Les contrôleurs aériens cesseront le travail pendant trois jours à partir du 12 juin, ont annoncé lundi leurs syndicats.', '2026-06-02')).type, 'strike')
  t.equal(main(events('GLASGOW, June 2 (Reuters) - Bus drivers in Glasgow stopped work on Monday over a pay offer, their union said.', '2026-06-02', { language: 'en' })).type, 'strike')
})

t.test('a phrase ending on a name\'s first word runs on to the acronym in brackets whose initials the name has', async (t) => {
  const found = main(events('LOMÉ, 17 novembre — Le journaliste Koffi Amegan a été arrêté lundi soir à son domicile par des agents de la Division des recherches criminelles (DRC), a fait savoir mardi son avocat.', '2026-11-17'))
  hasActor(t, found, 'agents de la Division des recherches criminelles', 'source')
})

t.test('a name in quote marks after a word of calling is what something is called, no party (lexicon actors.calling)', async (t) => {
  const found = main(events('RIGA, 24 mars — Lancé lundi en Lettonie, l\'exercice « Northern Spear » de l\'OTAN mobilise jusqu\'au 10 avril quelque 6 000 militaires de neuf pays alliés.', '2026-03-24'))
  lacksActor(t, found, 'Northern Spear')
  const nicknamed = main(events('OTTAWA, 14 octobre — Ottawa a imposé mardi des sanctions au chef de gang Jean Pierrelus, surnommé « Tonton Kaba », et à deux anciens ministres.', '2026-10-14'))
  lacksActor(t, nicknamed, 'Tonton Kaba')
  const dissolved = main(events('PARIS, 3 mars — Le gouvernement a annoncé mercredi la dissolution du groupuscule « Nantes Identité », accusé d\'avoir organisé des violences.', '2026-03-03'))
  hasActor(t, dissolved, 'Nantes Identité')
})

t.test('a city named under a dateline of its country is the largest namesake there (WASHINGTON is the capital)', async (t) => {
  const found = main(events('WASHINGTON, 8 avril — Six hauts responsables vénézuéliens ont été visés mardi par des sanctions du Trésor américain.', '2026-04-08', { title: 'Washington sanctionne six responsables vénézuéliens' }))
  lacksActor(t, found, 'Washington')
  hasActor(t, found, 'États-Unis')
})

t.test('a prison escape is an event of its own, before the attack that made it possible', async (t) => {
  const found = main(events("BUKAVU, 12 mai — Plus de 200 détenus se sont évadés dans la nuit de lundi à mardi de la prison centrale de Bukavu, après l'attaque de l'établissement par des hommes armés.", '2026-05-12'))
  t.equal(found.trigger?.text, 'se sont évadés')
  t.equal(found.cameo, null)
})

t.test('a pluperfect verb in a relative clause tells what someone had done before the news (lexicon tense.pluperfect)', async (t) => {
  const found = main(events("TUNIS, 21 octobre — Le président de la République a nommé mercredi Samir Ben Amor ministre de l'Économie, en remplacement de Faten Jaziri, qui avait démissionné lundi.", '2026-10-21'))
  t.equal(found.type, 'appointment')
  hasActor(t, found, 'Samir Ben Amor', 'target')
})

t.test('a company put on a blacklist is sanctioned; a loan approved is aid', async (t) => {
  const listed = main(events('WASHINGTON, 7 octobre — Washington a inscrit mardi neuf entreprises iraniennes sur sa liste noire commerciale.', '2026-10-07', { language: 'fr' }))
  t.equal(listed.type, 'sanctions')
  hasActor(t, listed, 'neuf entreprises iraniennes', 'target')
  const loan = main(events('WASHINGTON, 3 décembre — Le FMI a approuvé mercredi un prêt de 500 millions de dollars en faveur du Sénégal.', '2026-12-03'))
  t.equal(loan.type, 'aid')
  hasActor(t, loan, 'FMI', 'source')
})

t.test('a motion or an initiative rejected by a vote is a vote, no CAMEO rejection', async (t) => {
  const found = main(events("PARIS, 24 novembre — La motion de censure déposée par les écologistes a été rejetée lundi soir par l'Assemblée nationale, faute d'avoir réuni 289 voix.", '2026-11-24'))
  t.equal(found.type, 'legislation')
  t.equal(found.cameo, null)
})

t.test('an attack that kills civilians is an attack on civilians (18), even when the army tells of it', async (t) => {
  const found = main(events("NIAMEY, 3 mars — Au moins vingt civils ont été tués lundi dans une attaque contre le village de Tamou, a annoncé l'armée nigérienne.", '2026-03-03'))
  t.equal(found.cameo, '18')
})

t.test('a counted object may open on an approximation (lexicon actors.approximations), but counted weapons are no party', async (t) => {
  const found = main(events('LAGOS, Feb 16 (Reuters) - Gunmen abducted at least 37 worshippers from a church in Kaduna during a Sunday service, police said on Monday.', '2026-02-16', { language: 'en' }))
  hasActor(t, found, 'worshippers', 'target')
  const drones = main(events("KIEV, 3 mars — L'armée russe a lancé dans la nuit au moins quarante drones sur Kharkiv, a indiqué l'armée de l'air ukrainienne.", '2026-03-03'))
  lacksActor(t, drones, /drones/)
})

t.test('a verb after a subordinating conjunction has its subject after it: a bare generic plural, not the sentence\'s opening words', async (t) => {
  const found = main(events('MEXICO CITY, Feb 17 — Schools, shops and the town hall stayed closed on Tuesday in Teloloapan, two days after gunmen kidnapped five municipal police officers.', '2026-02-17', { language: 'en' }))
  hasActor(t, found, 'gunmen', 'source')
  hasActor(t, found, 'five municipal police officers', 'target')
  lacksActor(t, found, 'Schools')
})

t.test('a score in the sentence makes a match of a verb of winning', async (t) => {
  const found = main(events('DUBLIN, Nov 14 (Reuters) - Ireland beat New Zealand 24-19 on Saturday at the Aviva Stadium.', '2026-11-14', { language: 'en' }))
  t.equal(found?.type, 'sport')
  hasActor(t, found, 'Ireland', 'source')
  hasActor(t, found, 'New Zealand', 'target')
  t.notOk(events('The budget for 2026-27 beat expectations, the minister said.', '2026-11-14', { language: 'en' }).some((e) => e.type === 'sport'), 'a span of years is no score')
})

t.test('a noun phrase ends before a verb of saying; an acronym and its body noun are named by the acronym', async (t) => {
  const found = main(events('Train services face disruption after the RMT union announced a 48-hour strike at CrossCountry.', '2026-11-05', { language: 'en' }))
  hasActor(t, found, 'RMT', 'source')
  lacksActor(t, found, /announced/)
})

t.test('a title before a person\'s name is no part of it (role words, lexicon actors.titles), in the lead and in the sentence naming whom the lead did not', async (t) => {
  const ruling = main(events('SYDNEY, Nov 27 — Southern Cross Broadband must pay A$38 million in penalties, Justice Helen Marlow of the Federal Court of Australia ruled on Friday.', '2026-11-27', { language: 'en' }))
  hasActor(t, ruling, 'Helen Marlow', 'source')
  const named = main(events("NAIROBI, June 3 — Kenya's president appointed a former United Nations envoy as foreign minister on Wednesday. President Samuel Kiprono said in a statement that Amina Wario would take over foreign affairs.", '2026-06-03', { language: 'en' }))
  t.notOk(named.participants.some((p) => p.name.startsWith('President')), roles(named).join('; '))
  const judge = main(events('LAGOS, May 14 - A federal court in Lagos yesterday sentenced a former commissioner, Babatunde Okafor, to seven years in prison.\n\nJustice Amina Bello ruled that prosecutors had proved their case.', '2026-05-14', { language: 'en' }))
  hasActor(t, judge, 'Amina Bello', 'source')
})

t.test('a name joined by a coordinator runs on to the acronym in brackets that its initials spell, the body noun it ends on maybe left out', async (t) => {
  const found = main(events('LONDON, Nov 17 — Members of the Public and Commercial Services Union (PCS) walked out at the Passport Office on Tuesday.', '2026-11-17', { language: 'en' }))
  t.ok(found.participants.some((p) => p.name === 'Public and Commercial Services Union'), roles(found).join('; '))
  lacksActor(t, found, 'Public')
})

t.test('hostages held are released; a body\'s name goes on past `of the` (International Committee of the Red Cross)', async (t) => {
  const found = main(events('BOGOTA, Aug 12 — The ELN released six police officers on Wednesday whom the rebel group had held for five months, handing them over to the International Committee of the Red Cross.', '2026-08-12', { language: 'en' }))
  t.match(found, { type: 'other', cameo: '08' })
  hasActor(t, found, 'ELN', 'source')
  hasActor(t, found, 'six police officers', 'target')
  const condemned = events('GENEVA, Aug 12 — The International Committee of the Red Cross condemned the shelling of the hospital on Wednesday.', '2026-08-12', { language: 'en' })
  t.ok(condemned.some((e) => e.participants.some((p) => p.name === 'International Committee of the Red Cross' && p.role === 'source')), condemned.map((e) => roles(e).join('; ')).join(' | '))
})

t.test('an event noun coordinated after a background word is background too (after three days of artillery duels and air strikes)', async (t) => {
  const found = main(events("KUALA LUMPUR, Dec 1 — Bangkok and Phnom Penh agreed late on Monday to an immediate ceasefire along their disputed border after three days of artillery duels and air strikes that killed at least 19 people, Malaysia's prime minister said.", '2026-12-01', { language: 'en' }))
  t.match(found, { type: 'agreement', cameo: '08' })
})

t.test('in English, a drug approved is an announcement of no CAMEO root (as dev writers code it six times to two), a loan approved is aid, and a clinical trial is no court\'s', async (t) => {
  const vaccine = main(events('WASHINGTON, Nov 6 — The FDA on Thursday approved a combined influenza and COVID-19 vaccine for adults, basing its decision on a late-stage trial of about 8,000 people.', '2026-11-06', { language: 'en' }))
  t.match(vaccine, { type: 'announcement', cameo: null })
  hasActor(t, vaccine, 'FDA', 'source')
  const loan = main(events('WASHINGTON, Nov 20 — The World Bank approved a $1.5 billion loan to South Africa on Thursday to expand its power grid.', '2026-11-20', { language: 'en' }))
  t.match(loan, { type: 'aid', cameo: '07' })
  hasActor(t, loan, 'World Bank', 'source')
})

t.test('a country\'s description set off before the name it describes is no party; the name is', async (t) => {
  const found = main(events("JOHANNESBURG, Nov 11 — South Africa's elite police unit, the Hawks, arrested three former officials of the City of Ekurhuleni on Wednesday over a housing tender.", '2026-11-11', { language: 'en' }))
  hasActor(t, found, 'Hawks', 'source')
  lacksActor(t, found, /elite/)
})

t.test('the person named in the sentence after the lead is named without the owner opening the name (Belgium\'s Wout Declercq)', async (t) => {
  const found = main(events("TRENTO, Italy, May 22 — A breakaway rider took the biggest win of his career on the Giro d'Italia's first big mountain stage on Thursday. Belgium's Wout Declercq, 26, attacked 4 km from the top and won the stage by 38 seconds.", '2026-05-22', { language: 'en' }))
  hasActor(t, found, 'Wout Declercq', 'source')
})

t.test('a council approving a tax rise votes (legislation), by its own name', async (t) => {
  const found = main(events('BIRMINGHAM, England — A 7.5% rise in council tax was approved by Birmingham City Council on Tuesday.', '2026-02-24', { language: 'en' }))
  t.equal(found.type, 'legislation')
  hasActor(t, found, 'Birmingham City Council', 'source')
})

t.test('a counted group after the word an event is done against is its target; the group ends before a clause\'s subject pronoun', async (t) => {
  const found = main(events('BRUSSELS, Oct 7 — The EU on Wednesday imposed asset freezes and travel bans on 14 Georgian officials it holds responsible for the repression of protests.', '2026-10-07', { language: 'en' }))
  hasActor(t, found, 'EU', 'source')
  t.ok(found.participants.some((p) => p.role === 'target' && /Georgian officials$/.test(p.name)), roles(found).join('; '))
})

t.test('a name before a place noun in lower case is a place, no party (Nigeria\'s Kaduna state)', async (t) => {
  const found = main(events("KADUNA, Nigeria, Feb 16 (Reuters) - Gunmen abducted 37 worshippers from a church in northwestern Nigeria's Kaduna state during a Sunday service, police said on Monday.", '2026-02-16', { language: 'en' }))
  hasActor(t, found, 'Gunmen', 'source')
  lacksActor(t, found, 'Kaduna')
})

t.test('the country an election is held in is where it is, no party', async (t) => {
  const found = main(events('LILONGWE, April 14 — Grace Mwale won the presidential run-off in Malawi with 54.2 percent of the vote, official results showed on Tuesday.', '2026-04-14', { language: 'en', title: 'Mwale wins Malawi presidential run-off' }))
  hasActor(t, found, 'Grace Mwale', 'source')
  lacksActor(t, found, 'Malawi')
})

t.test('a name between an indefinite determiner and a role noun describes someone unnamed, no party (a former United Nations envoy)', async (t) => {
  const found = main(events("NAIROBI, June 3 — Kenya's president appointed a former United Nations envoy as foreign minister on Wednesday.", '2026-06-03', { language: 'en' }))
  lacksActor(t, found, 'United Nations')
})

t.test('someone found guilty is convicted (reconnu coupable)', async (t) => {
  const found = main(events("KINSHASA, 18 novembre — L'ancien ministre des Mines Jean-Pierre Kabongo a été reconnu coupable mardi par la Cour de cassation de détournement de fonds publics.", '2026-11-18'))
  t.match(found, { type: 'court-ruling', cameo: '17' })
  hasActor(t, found, 'Cour de cassation', 'source')
})

t.test('a turnout is no party of the election it measures', async (t) => {
  const turnout = main(events("LOMÉ, 27 novembre — L'Union pour la République (UNIR) remporte 118 des 137 conseils municipaux aux élections du 21 novembre, selon les résultats provisoires proclamés jeudi soir par la Commission électorale nationale indépendante (CENI). Le taux de participation s'établit à 41 %, contre 52 % lors du scrutin de 2019.", '2026-11-27', { title: 'Togo : large victoire du parti au pouvoir aux municipales' }))
  lacksActor(t, turnout, /taux/)
})

t.test('a headline\'s word the article writes in lower case is no party (Rail strike halts…)', async (t) => {
  const found = main(events('MONTREAL, Sept 14 (Reuters) - Conductors and engineers at Canadian National Railway went on strike on Monday, halting freight across the country\'s largest rail network.', '2026-09-14', { language: 'en', title: 'Rail strike halts CN freight across Canada' }))
  lacksActor(t, found, 'Rail')
})

t.test('in English, a turnout is no party, nor is the competition a match or a race is run in (Serie A, the Boston Marathon)', async (t) => {
  const match = main(events('LECCE, Italy, May 12 (AP) — Napoli clinched the Serie A title with two games to spare after beating Lecce 2-0 late Monday.', '2026-05-12', { language: 'en' }))
  lacksActor(t, match, 'Serie A')
  const race = main(events("BOSTON, April 21 — Kenya's Elijah Kiprotich won the Boston Marathon on Monday in 2 hours 5 minutes 48 seconds.", '2026-04-21', { language: 'en' }))
  hasActor(t, race, 'Elijah Kiprotich', 'source')
  lacksActor(t, race, 'Boston Marathon')
  const vote = main(events('BRATISLAVA, Sept 30 — Turnout reached 38.2% at 3 p.m. in the snap parliamentary election, the statistics office said.', '2026-09-30', { language: 'en' }))
  lacksActor(t, vote, 'Turnout')
})

t.test('after an elided subordinator (après qu\') a verb has its subject after it; a subject cut to its event noun is no party', async (t) => {
  const found = main(events("ODESSA, 10 mars — Les activités du port d'Odessa ont été suspendues mardi après qu'une frappe de missiles russes a touché dans la nuit des entrepôts de céréales, selon les autorités régionales.", '2026-03-10'))
  t.equal(found.type, 'attack')
  hasActor(t, found, 'Russie', 'source')
  lacksActor(t, found, /activités|frappe/)
})

t.test('a veto rejects (CAMEO 12); a cricket win by runs is a match, and the one-day series is no side', async (t) => {
  const veto = main(events('UNITED NATIONS (AP) — Russia on Tuesday vetoed a U.N. Security Council resolution demanding an immediate truce in Sudan.', '2026-03-10', { language: 'en', title: 'Russia vetoes UN Security Council call for Sudan truce' }))
  t.match(veto, { type: 'legislation', cameo: '12', trigger: { text: 'vetoed' } })
  hasActor(t, veto, 'Russia', 'source')
  const match = main(events('RAWALPINDI (AFP) - Pakistan beat South Africa by 34 runs in the second one-day international on Thursday to level the three-match ODI series.', '2026-11-27', { language: 'en' }))
  t.equal(match.type, 'sport')
  hasActor(t, match, 'Pakistan', 'source')
  lacksActor(t, match, 'ODI')
})

t.test('a surtax is a tariff (CAMEO 16); a company that will lay off workers makes an economic decision', async (t) => {
  const surtax = main(events('OTTAWA, April 14 — Canada on Tuesday announced a 25% surtax on steel products imported from China, to take effect on May 1.', '2026-04-14', { language: 'en' }))
  t.match(surtax, { type: 'sanctions', cameo: '16', trigger: { text: 'surtax' } })
  hasActor(t, surtax, 'Canada', 'source')
  const cuts = main(events('WINDSOR, Ont. — Essex Precision Stampings will lay off 640 workers at two of its plants early in the new year, blaming tariffs.', '2026-12-02', { language: 'en', title: 'Essex Precision Stampings to lay off 640 workers in Windsor' }))
  t.match(cuts, { type: 'economic', trigger: { text: 'will lay off' } })
  hasActor(t, cuts, 'Essex Precision Stampings', 'source')
})

t.test('a volcano that erupts, a reactor that explodes, a factory fire, a vehicle blown up, frozen assets, a charge and an arraignment (other, as the guide codes an indictment), a doping ban (a sanction, as writers code one) have their types', async (t) => {
  const cases: Array<[string, { type: string, cameo: string | null, trigger: { text: string } }]> = [
    ["GUATEMALA CITY (AP) — Guatemala's Fuego volcano erupted Sunday, spewing ash into the sky and forcing authorities to evacuate more than 4,000 people.", { type: 'disaster', cameo: null, trigger: { text: 'erupted' } }],
    ["AHMEDABAD, Dec 1 — Eight workers were killed when a reactor exploded at a pesticide factory in Gujarat's Dahej industrial estate late on Sunday.", { type: 'accident', cameo: null, trigger: { text: 'exploded' } }],
    ['TOKYO, Jan 16 — Japan on Friday froze the assets of 14 companies in North Korea and Russia that it accuses of shipping shells to Russia.', { type: 'sanctions', cameo: '16', trigger: { text: 'froze' } }],
    ['MANCHESTER, March 4 — Two men have been charged with murder over the fatal shooting of a teenager in Moss Side, police said.', { type: 'other', cameo: '17', trigger: { text: 'have been charged' } }],
    ['LAGOS, Sept 3 — The Economic and Financial Crimes Commission on Wednesday arraigned a former bank chief on a 12-count charge of fraud.', { type: 'other', cameo: '17', trigger: { text: 'arraigned' } }],
    ['NAIROBI, July 7 — The Athletics Integrity Unit has banned Kenyan marathon runner Peter Kiprono Langat for four years after a positive doping test.', { type: 'sanctions', cameo: '17', trigger: { text: 'has banned' } }],
    ["RAIPUR, March 27 — Suspected Maoist insurgents blew up a vehicle carrying paramilitary troopers in Chhattisgarh's Bijapur district on Friday.", { type: 'attack', cameo: '18', trigger: { text: 'blew up' } }],
    ['DHAKA, April 2 — Sixteen people died in a fire at a garment factory in Gazipur on Tuesday night, the fire service said.', { type: 'accident', cameo: null, trigger: { text: 'fire' } }]
  ]
  for (const [body, expected] of cases) t.match(main(events(body, '2026-03-04', { language: 'en' })), expected, body)
})

t.test('a central bank that keeps its rate makes an economic decision', async (t) => {
  const hold = main(events("SEOUL, Oct. 22 (Yonhap) -- South Korea's central bank kept its benchmark interest rate unchanged at 2.25 percent Thursday.", '2026-10-22', { language: 'en' }))
  t.match(hold, { type: 'economic', trigger: { text: 'kept' } })
})

t.test('an extradition is done to the person extradited (extradited, extradé)', async (t) => {
  const en = main(events('BOGOTA, Nov 17 (Reuters) - Colombia on Tuesday extradited businessman Hernán Darío Villamizar to the United States, the national police said.', '2026-11-17', { language: 'en' }))
  t.match(en, { type: 'other', cameo: '17', trigger: { text: 'extradited' } })
  hasActor(t, en, 'Colombia', 'source')
  const fr = main(events("MADRID, 4 mars — L'Espagne a extradé mardi vers la France un homme d'affaires recherché pour blanchiment.", '2026-03-04'))
  t.match(fr, { type: 'other', cameo: '17', trigger: { text: 'a extradé' } })
})

t.test('what a headline does something over is its cause, not its news (expels envoy over port deal)', async (t) => {
  const found = main(events("MOGADISHU, Nov 19 (AFP) - Somalia has ordered Ethiopia's ambassador to leave the country within 72 hours, accusing Addis Ababa of reviving a port deal with the breakaway region of Somaliland.\n\nAmbassador Tesfaye Gebremedhin was declared persona non grata on Tuesday evening, Foreign Minister Abdirahman Warsame said.", '2025-11-19', { language: 'en', title: 'Somalia expels Ethiopian envoy over Somaliland port deal' }))
  t.equal(found.type, 'sanctions')
})

t.test('a tariff slapped on a nationality\'s goods is imposed on its country', async (t) => {
  const found = main(events('MEXICO CITY — Mexico on Wednesday slapped tariffs of up to 50% on Chinese cars.', '2026-03-04', { language: 'en' }))
  t.match(found, { type: 'economic', cameo: '16', trigger: { text: 'slapped' } })
  hasActor(t, found, 'Mexico', 'source')
  hasActor(t, found, 'China', 'target')
})

t.test('troops retaking a town fight; an acronym before an institution noun names the body (SNA troops)', async (t) => {
  const found = main(events('MOGADISHU, March 11 — SNA troops retook the town of Adan Yabaal from al-Shabaab on Wednesday, the defence ministry said.', '2026-03-11', { language: 'en' }))
  t.match(found, { type: 'military-action', trigger: { text: 'retook' } })
  hasActor(t, found, 'SNA', 'source')
})

t.test('a headline\'s name written with dots in the body is one party (UN, U.N.)', async (t) => {
  const found = main(events('UNITED NATIONS (AP) — Russia on Tuesday vetoed a U.N. Security Council resolution demanding an immediate truce in Sudan.', '2026-03-10', { language: 'en', title: 'Russia vetoes UN Security Council call for Sudan truce' }))
  t.equal(found.participants.filter((p) => /Security Council/.test(p.name)).length, 1)
})

t.test('a roadside bomb is an attack, and roadside no party of it', async (t) => {
  const found = events('TURBAT, March 3 — Seven soldiers were killed when a roadside bomb struck their convoy in Kech district on Thursday, officials said.', '2026-03-04', { language: 'en' })
  const bomb = found.find((e) => e.trigger?.text === 'roadside bomb')
  t.match(bomb, { type: 'attack', cameo: '18' })
  t.notOk(found.some((e) => e.participants.some((p) => p.name === 'roadside')))
})

t.test('a regulator blocking a merger is an economic coercion; the body the lead gave by its kind is the one the next sentence opens on', async (t) => {
  const found = main(events("LONDON, Feb 18 — Britain's competition regulator has blocked the £3.1bn combination of Hanley Materials and Corbridge Aggregates, ruling that the deal would leave builders with only one supplier.\n\nThe Competition and Markets Authority said on Wednesday that remedies offered by the two companies fell short.", '2026-02-18', { language: 'en' }))
  t.match(found, { type: 'economic', cameo: '17', trigger: { text: 'has blocked' } })
  hasActor(t, found, 'Competition and Markets Authority', 'source')
  lacksActor(t, found, /regulator/)
})

/** English leads, who is a party of the main event and who is not, one rule a row (`has`: name and role; `lacks`: names or patterns). */
const ENGLISH_PARTIES: Array<{ rule: string, body: string, published: string, title?: string, has: Array<[string, ActorRole]>, lacks: Array<string | RegExp> }> = [
  {
    rule: 'the next sentence, opening on the event\'s noun again, names who did it after its participle\'s `by` (The attack was carried out by)',
    body: 'Gunmen attacked the town of Kaya in northern Burkina Faso on Sunday, killing at least 14 people, local officials said. The attack was carried out by fighters of the Sahel Liberation Front who arrived on motorbikes.',
    published: '2026-03-02',
    has: [['Sahel Liberation Front', 'source']],
    lacks: []
  },
  {
    rule: 'a signing told again with its signatories after `by`: the first acts, the other is met (The agreement, signed by)',
    body: 'Chad and the Front for Change armed group signed a prisoner exchange deal in Doha on Saturday, the latest step in Qatari-mediated talks. The agreement, signed by Chadian government envoy Abakar Moussa and rebel negotiator Idriss Kalli, frees 300 prisoners.',
    published: '2026-03-02',
    has: [['Abakar Moussa', 'source'], ['Idriss Kalli', 'target']],
    lacks: []
  },
  {
    rule: 'a meeting told again as chaired by someone names its mediator',
    body: 'Serbia and Kosovo held their first talks in two years in Brussels on Wednesday. The three-hour meeting, chaired by the EU special representative Tomas Verhoeven, ended without a joint statement.',
    published: '2026-03-02',
    has: [['Tomas Verhoeven', 'other']],
    lacks: []
  },
  {
    rule: 'a word opening the sentence with a modifier\'s ending describes the next word, no name (Armed gangs); gangs are a generic actor',
    body: 'Armed gangs attacked the town of Mirebalais in central Haiti on Monday, killing at least 11 people, local officials said.',
    published: '2026-03-02',
    has: [['Armed gangs', 'source']],
    lacks: [/^Armed$/]
  },
  {
    rule: 'strikers named as a plural of people at a name work for it: struck against (workers at Daewon Motors)',
    body: 'Unionised workers at Daewon Motors staged a six-hour partial strike on Thursday after wage talks broke down over bonus payments.',
    published: '2026-03-02',
    has: [['Daewon Motors', 'target']],
    lacks: []
  },
  {
    rule: 'a name before a site noun is where strikers work, no employer (workers at the Cerro Verde copper mine)',
    body: 'Workers at the Cerro Verde copper mine in southern Peru began an indefinite strike on Monday over a profit-sharing dispute.',
    published: '2026-03-02',
    has: [],
    lacks: ['Cerro Verde']
  },
  {
    rule: 'a month is a time, no party (expected the bank to wait until December)',
    body: 'MUMBAI, Oct 1 - The State Bank of Ruritania cut its benchmark rate by 25 basis points on Wednesday, surprising economists who had expected the bank to wait until December.',
    published: '2025-10-01',
    has: [['State Bank of Ruritania', 'source']],
    lacks: ['December']
  },
  {
    rule: 'a name goes on past `es` (Dar es Salaam), a place, no party',
    body: 'Hundreds of junior doctors at public hospitals walked off the job on Wednesday, leaving wards in Dar es Salaam and Dodoma deserted.',
    published: '2026-04-15',
    has: [['junior doctors', 'source']],
    lacks: ['Salaam']
  },
  {
    rule: 'a name ending on a natural feature is a place, no party (off the Chuja Islands)',
    body: 'The Korea Coast Guard arrested the captain of a Chinese fishing boat on Friday on suspicion of fishing illegally inside South Korea\'s waters off the Chuja Islands, the coast guard said.',
    published: '2026-03-02',
    has: [['Korea Coast Guard', 'source']],
    lacks: ['Chuja Islands']
  },
  {
    rule: 'a country whose name ends on a feature is still a party (Solomon Islands)',
    body: 'HONIARA - Australian Foreign Minister Claire Dunmore arrived in the Solomon Islands on Monday for a two-day official visit.',
    published: '2026-03-02',
    has: [['Claire Dunmore', 'source'], ['Solomon Islands', 'target']],
    lacks: []
  },
  {
    rule: 'a counted crowd opening on a name is who that name says they are (Thousands of Alberta teachers)',
    body: 'Thousands of Alberta teachers walked off the job on Monday after wage talks with the province broke down, shutting hundreds of schools.',
    published: '2026-03-02',
    has: [['Alberta teachers', 'source']],
    lacks: []
  },
  {
    rule: 'an operator described after the determiner is still named (operated by the regional company Transportes Andinos Unidos)',
    body: 'A passenger bus plunged into a ravine in southern Peru before dawn on Monday, killing 24 people, police said. The bus, operated by the regional company Transportes Andinos Unidos, was travelling from Arequipa to Cusco.',
    published: '2026-03-02',
    has: [['Transportes Andinos Unidos', 'other']],
    lacks: []
  },
  {
    rule: 'a country right before a visit\'s noun is the host (begins Japan visit)',
    body: 'Indonesian President Arif Santoso arrived in Tokyo on Thursday for a three-day state visit, his first to the country.',
    published: '2026-03-02',
    title: 'Indonesian president begins Japan visit',
    has: [['Arif Santoso', 'source'], ['Japan', 'target']],
    lacks: []
  },
  {
    rule: 'an office a headline opens on is no name (Premier pledges $75m)',
    body: 'LISMORE, Aug 11 (AAP) - NSW Premier Alex Moreno has pledged $75 million in recovery funding during a visit to flood-hit Lismore.',
    published: '2026-08-12',
    title: 'Premier pledges $75m for flood-hit towns',
    has: [['Alex Moreno', 'source']],
    lacks: ['Premier']
  },
  {
    rule: 'a verb of saying ends a name before an acronym\'s bracket (judge Esther Wambui said the … Commission (IEBC))',
    body: 'NAIROBI, March 5 (AFP) - A Kenyan court on Thursday annulled the election of a ruling party lawmaker, ruling that the by-election in Malava was marred by vote-buying. Sitting in Kakamega, High Court judge Esther Wambui said the Independent Electoral and Boundaries Commission (IEBC) had failed to guarantee a free poll.',
    published: '2026-03-05',
    has: [['Esther Wambui', 'source']],
    lacks: [/said/]
  },
  {
    rule: 'a body\'s name listing its members\' trades keeps its commas (Kenya Medical Practitioners, Pharmacists and Dentists Union); two names joined by and stay two',
    body: 'NAIROBI, March 4 (Reuters) - Kenyan doctors walked off the job at public hospitals on Tuesday. The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) called the strike after talks with the Ministry of Health broke down.',
    published: '2025-03-04',
    has: [['Kenya Medical Practitioners, Pharmacists and Dentists Union', 'source']],
    lacks: ['Dentists Union']
  },
  {
    rule: 'two names joined by and alone stay two parties (the European Union and Australia signed)',
    body: 'BRUSSELS - The European Union and Australia signed a free trade agreement on Tuesday after five years of talks.',
    published: '2026-03-03',
    has: [['European Union', 'source'], ['Australia', 'target']],
    lacks: [/ and /]
  },
  {
    rule: 'the one a ruling is done to may be introduced by an age two sentences on, in a sentence telling of a like event (Harjit Sandhu, 27, was found guilty)',
    body: 'TORONTO — Ontario\'s top court has quashed the second-degree murder conviction of a Brampton man and ordered a new trial, ruling that the trial judge gave the jury flawed instructions on self-defence.\n\nIn a unanimous decision released Thursday, a three-judge panel of the Court of Appeal for Ontario said the errors "went to the heart of the defence" and could have affected the verdict.\n\nHarjit Sandhu, 27, was found guilty in 2024 of stabbing Kyle Morrison to death outside a banquet hall in Brampton in August 2022, after a fight broke out between two groups of guests at a wedding reception.',
    published: '2026-05-29',
    has: [['Harjit Sandhu', 'target']],
    lacks: []
  },
  {
    rule: 'the one a charge is done to may open the next sentence with where they live (Declan Furlong, of no fixed address,)',
    body: 'Shortly before 11am yesterday, a 34-year-old man was brought before Dublin District Court charged with the murder of a father of two who was shot dead in Finglas at the weekend. Declan Furlong, of no fixed address, is accused of murdering the man outside a shop on Saturday.',
    published: '2025-08-12',
    has: [['Declan Furlong', 'target']],
    lacks: []
  },
  {
    rule: 'who tells of a charge in its lead brought it, not the court the accused is to face (…, the Police Service of Northern Ireland said)',
    body: 'A 31-year-old woman has been charged with arson after a fire destroyed a community hall in Ballymena, the Police Service of Northern Ireland said on Sunday. She is due to appear before Ballymena Magistrates\' Court on Monday.',
    published: '2026-02-15',
    has: [['Police Service of Northern Ireland', 'source']],
    lacks: [/Magistrates/]
  },
  {
    rule: 'so does a body that tells of the charge in the next sentence (Victoria Police said he was charged)',
    body: 'A 40-year-old man has been charged over a string of burglaries in Geelong. Victoria Police said he was charged overnight with 14 offences and would face Geelong Magistrates\' Court today.',
    published: '2026-02-18',
    has: [['Victoria Police', 'source']],
    lacks: [/Magistrates/]
  },
  {
    rule: 'a word of the dictionary opening a sentence, which the text capitalises nowhere else, is no name (Heavy fighting broke out)',
    body: 'Heavy fighting broke out on Wednesday between the Congolese army and M23 rebels in the hills west of Goma, residents said.',
    published: '2026-01-15',
    has: [['Congolese army', 'target']],
    lacks: ['Heavy']
  },
  {
    rule: 'a name that is also a word of the dictionary stays one where the text capitalises it inside a sentence, even after a quote (…," Arsenal captain)',
    body: 'Arsenal beat Bayern Munich 2-1 on Tuesday to reach the Champions League semi-finals. "We suffered, but we never stopped believing," Arsenal captain Tom Reed said.',
    published: '2026-04-15',
    has: [['Arsenal', 'source'], ['Bayern Munich', 'target']],
    lacks: []
  },
  {
    rule: 'time zones of live blogs are nobody (09:05 EAT — …)',
    body: '09:05 EAT — Leaders of the African Union opened their summit in Addis Ababa on Sunday with a call for a ceasefire in Sudan.',
    published: '2026-02-15',
    has: [],
    lacks: ['EAT']
  },
  {
    rule: 'a verb capitalised inside a sentence beside another capitalised word is a word of a name (the NSW Court of Criminal Appeal quashed)',
    body: 'A Sydney man walked free on Thursday after the NSW Court of Criminal Appeal quashed his manslaughter conviction and entered a verdict of acquittal.',
    published: '2025-10-16',
    has: [['NSW Court of Criminal Appeal', 'source']],
    lacks: []
  },
  {
    rule: 'two capitalised runs joined by `and` alone are one body when an organisation word ends the second and the rest are common words (the Philippine Food and Drug Administration)',
    body: 'The Philippine Food and Drug Administration on Monday approved a dengue vaccine made by Hoshino Pharmaceutical for children aged six and over.',
    published: '2026-01-15',
    has: [['Philippine Food and Drug Administration', 'source']],
    lacks: [/^Drug Administration$/]
  },
  {
    rule: 'so are they when the first names a body before `of` (the Department of Trade and Industry fined)',
    body: 'The Department of Trade and Industry on Friday fined the retailer Arcot Stores 2 million pesos for overpricing face masks.',
    published: '2026-01-15',
    has: [['Department of Trade and Industry', 'source']],
    lacks: [/^Industry$/]
  },
  {
    rule: 'a body and a name that is no common word stay two (the Bank of England and Barclays)',
    body: 'The Bank of England and Barclays on Friday signed an agreement to share data on payment fraud.',
    published: '2026-01-15',
    has: [['Bank of England', 'source'], ['Barclays', 'target']],
    lacks: [/England and Barclays/]
  },
  {
    rule: 'a name ending on a built feature is a place, no party (marching on Parliament Road)',
    body: 'Kenyan police fired tear gas on Tuesday at hundreds of lecturers marching on Parliament Road in Nairobi to demand unpaid salaries.',
    published: '2026-01-15',
    has: [['Kenyan police', 'source']],
    lacks: [/Parliament Road/]
  },
  {
    rule: 'a body telling of a charge a sentence or two after the lead brought it (… West Yorkshire Police said)',
    body: 'A 38-year-old man has been charged with murder after a woman was found dead at a house in Leeds.\n\nThe woman, 34, was found with multiple stab wounds at a property in Headingley late on Friday.\n\nWest Yorkshire Police said the man would appear before magistrates on Monday.',
    published: '2026-01-15',
    has: [['West Yorkshire Police', 'source']],
    lacks: []
  },
  {
    rule: 'so do the police a passive arrest\'s lead is told by (…, police said)',
    body: 'NAKURU — A man who had been on the run for two weeks was arrested yesterday in Eldoret, police said.',
    published: '2026-01-15',
    has: [['police', 'source']],
    lacks: []
  },
  {
    rule: 'a plural\'s possessive mark before a body\'s word is inside one name: the union a strike\'s next sentence names leads it (The Korean Metal Workers\' Union said)',
    body: 'Thousands of unionised workers walked off the job at Daeseong Motor\'s plants in Ulsan on Wednesday. The Korean Metal Workers\' Union said the strike would last three days.',
    published: '2026-01-15',
    has: [['Korean Metal Workers\' Union', 'source'], ['Daeseong Motor', 'target']],
    lacks: [/^Union$/, /^Korean Metal Workers$/]
  },
  {
    rule: 'buildings counted are nobody, no crowd (Thousands of public schools were closed)',
    body: 'Thousands of public schools across Jordan were closed on Tuesday as teachers began an open-ended strike over pay.',
    published: '2026-03-03',
    has: [],
    lacks: [/schools/]
  },
  {
    rule: 'the body whose members a strike\'s next sentence says the strikers are leads it (Members of the Royal College of Nursing formed picket lines)',
    body: 'Nurses at three hospitals in Greater Manchester walked out on Wednesday morning in a dispute over pay.\n\nMembers of the Royal College of Nursing formed picket lines outside Manchester Royal Infirmary from 7am.',
    published: '2025-03-12',
    has: [['Royal College of Nursing', 'source']],
    lacks: [/^Royal College$/]
  },
  {
    rule: 'what a strike halts, told in a participle clause after a comma, is not what it is against (…, halting flights at Ezeiza airport)',
    body: 'The Workers\' Federation of Santa Fe held a 24-hour general strike on Monday, halting trains and flights at Ezeiza airport.',
    published: '2026-05-12',
    has: [['Workers\' Federation of Santa Fe', 'source']],
    lacks: ['Ezeiza']
  },
  {
    rule: 'an association of employers a strike\'s later sentence names is no union leading it (the regional employers\' association KAV)',
    body: 'Bus drivers in Lower Saxony walked out on Thursday in a one-day warning strike called by the Verdi union.\n\nThe regional employers\' association KAV said it would table an offer at the next round of talks.',
    published: '2026-02-19',
    has: [['Verdi', 'source']],
    lacks: ['KAV']
  },
  {
    rule: 'a counted group is the persons a later sentence names again after a definite noun and a dash (The accused — A, B and C —)',
    body: 'Police in Pune have arrested three men accused of running a fake loan app that cheated hundreds of borrowers, officials said on Monday.\n\nThe app had been downloaded more than 20,000 times.\n\nThe accused — Nikhil Deshmane (31), Farhan Kazi (27) and Omkar Patole (35) — were produced before a magistrate on Sunday.',
    published: '2026-04-14',
    has: [['Nikhil Deshmane', 'target'], ['Farhan Kazi', 'target'], ['Omkar Patole', 'target']],
    lacks: [/three men/]
  },
  {
    rule: 'or after the words that name them, past a pronoun subject (They were identified as A, B and C)',
    body: 'Security forces arrested three suspected militants at a checkpoint near Baramulla on Friday, police said.\n\nThe men tried to flee on seeing the patrol but were overpowered. They were identified as Tariq Ahmad Bhat, Yasir Hamid Sofi and Imran Nazir Wani, all residents of Pattan.',
    published: '2026-06-06',
    has: [['Tariq Ahmad Bhat', 'target'], ['Yasir Hamid Sofi', 'target'], ['Imran Nazir Wani', 'target']],
    lacks: [/militants/]
  },
  {
    rule: 'but two persons opening a sentence further on, named as no one\'s members, are not the group (Two suspects … Maria Lenz and Tom Hale said)',
    body: 'Two suspects were arrested in Leipzig on Tuesday over a series of arson attacks on cars, police said.\n\nThe fires caused damage worth more than 200,000 euros. Maria Lenz and Tom Hale, who live on the street, said residents had been afraid for weeks.',
    published: '2026-06-10',
    has: [],
    lacks: ['Maria Lenz', 'Tom Hale']
  },
  {
    rule: 'the weapons an attack fires are no party to it (fired 300 drones and 12 missiles)',
    body: 'Russia fired 300 drones and 12 missiles at Ukraine\'s energy grid overnight, the Ukrainian air force said on Sunday.',
    published: '2026-01-11',
    has: [['Russia', 'source']],
    lacks: [/drones/, /missiles/]
  },
  {
    rule: 'a common word opening the lead after a dateline\'s spaced hyphen is no name (SKOPJE - Well over 20,000 people)',
    body: 'SKOPJE - Well over 20,000 people marched through the capital on Sunday in the largest anti-corruption protest in years.',
    published: '2026-04-13',
    has: [],
    lacks: ['Well']
  },
  {
    rule: 'portfolios listed after an office\'s `of` name no one, and the minister holding it is the one who met (Minister of Economy, Trade and Industry)',
    body: 'Japan\'s Minister of Economy, Trade and Industry Hiroto Sakamaki met Chilean President Elena Fuentes in Santiago on Tuesday.',
    published: '2026-04-15',
    has: [['Hiroto Sakamaki', 'source'], ['Elena Fuentes', 'target']],
    lacks: ['Trade', 'Industry']
  },
  {
    rule: 'a town\'s name before an institution noun is that institution, not where (Winnipeg police have charged, Halifax regional council)',
    body: 'Winnipeg police have charged three teenagers in connection with a string of armed carjackings in the city\'s North End over the past month. Separately, Halifax regional council has approved a residential tower.',
    published: '2026-03-02',
    has: [['Winnipeg police', 'source'], ['three teenagers', 'target']],
    lacks: ['Winnipeg']
  },
  {
    rule: 'a town\'s institution is not one of its people (a Manitoba jury found a Winnipeg police constable)',
    body: 'WINNIPEG — A Manitoba jury has found a Winnipeg police constable not guilty of assault causing bodily harm over a 2023 arrest that was filmed by a bystander.',
    published: '2026-03-02',
    has: [['Manitoba jury', 'source']],
    lacks: ['Manitoba']
  },
  {
    rule: 'rebels and gunmen are members too: the body named after their `of` acts (Rebels of the M23 movement seized)',
    body: 'GOMA, Nov 10 - Rebels of the M23 movement seized the town of Mwenga in eastern Congo\'s South Kivu province on Monday after two days of fighting, residents said.',
    published: '2026-11-10',
    has: [['M23', 'source']],
    lacks: ['Rebels']
  },
  {
    rule: 'a commission or a regulator searching is an investigation, like the police (India\'s Competition Commission searched the offices of Zapto)',
    body: 'India\'s Competition Commission searched the offices of food delivery platform Zapto in Bengaluru and Mumbai on Tuesday, as part of an investigation into its contracts with restaurants.',
    published: '2026-03-04',
    has: [['Competition Commission', 'source'], ['Zapto', 'target']],
    lacks: []
  },
  {
    rule: 'a pardon releases whom it names (Egypt\'s presidency has pardoned 812 prisoners)',
    body: 'Egypt\'s presidency has pardoned 812 prisoners ahead of Eid al-Adha, the Interior Ministry announced on Sunday, in the largest such release this year.',
    published: '2026-05-24',
    has: [['Egypt\'s presidency', 'source']],
    lacks: ['Interior Ministry']
  },
  {
    rule: 'a second verb after `and` shares the subject a possessive opens, not the first verb\'s object (Turkey\'s football federation ordered … and fined)',
    body: 'ISTANBUL — Turkey\'s football federation on Wednesday ordered Eskisehir Demirspor to play their next two home matches without spectators and fined the club 1.2 million lira after fans invaded the pitch.',
    published: '2026-10-07',
    has: [['Turkey\'s football federation', 'source']],
    lacks: []
  },
  {
    rule: 'an organiser named by a common noun keeps its adjectives (a day of action called by the main trade unions)',
    body: 'Tens of thousands of people marched through Paris and other French cities on Thursday against the government\'s proposed spending cuts, in the third national day of action called by the main trade unions.',
    published: '2025-11-20',
    has: [['main trade unions', 'source']],
    lacks: []
  },
  {
    rule: 'the names listed after a target are targets too, and a country listed after one is no place (sanctions on Iran, Syria and Russia)',
    body: 'BRUSSELS - The European Union on Tuesday imposed sanctions on Iran, Syria and Russia over the supply of drones, diplomats said.',
    published: '2026-04-14',
    has: [['Iran', 'target'], ['Syria', 'target'], ['Russia', 'target']],
    lacks: []
  },
  {
    rule: 'a country listed after the one goods come from is struck too (steel imported from China and Vietnam)',
    body: 'NEW DELHI - India on Thursday imposed anti-dumping duties of up to 30 percent on flat-rolled steel imported from China and Vietnam for five years.',
    published: '2026-03-05',
    has: [['China', 'target'], ['Vietnam', 'target']],
    lacks: []
  },
  {
    rule: 'delegates are their countries\' whether `of` or `from` them (Delegations from Sudan and Chad resumed talks)',
    body: 'DOHA - Delegations from Sudan and Chad resumed talks in Doha on Monday on reopening their shared border.',
    published: '2026-02-09',
    has: [['Sudan', 'source'], ['Chad', 'target']],
    lacks: []
  },
  {
    rule: 'mediators from countries are those countries, the last one before a place too (talks with mediators from Egypt and Qatar in Cairo)',
    body: 'CAIRO - A Hamas delegation held talks with mediators from Egypt and Qatar in Cairo on Tuesday on extending the ceasefire.',
    published: '2026-02-10',
    has: [['Hamas', 'source'], ['Egypt', 'other'], ['Qatar', 'other']],
    lacks: []
  },
  {
    rule: 'a party named by a common noun stops before the figure after it (fined the club 1.2 million lira)',
    body: 'The Turkish Football Federation fined the club 1.2 million lira on Wednesday after fans invaded the pitch.',
    published: '2025-11-12',
    has: [['club', 'target']],
    lacks: [/lira/]
  },
  {
    rule: 'someone told by their age is the party their phrase names (A 34-year-old man has been arrested)',
    body: 'TOWNSVILLE - A 34-year-old man has been arrested after a stolen car crashed into a service station early on Monday.',
    published: '2026-03-10',
    has: [['34-year-old man', 'target']],
    lacks: []
  },
  {
    rule: 'so is the object an age describes (have arrested a 29-year-old man)',
    body: 'LYON - French police have arrested a 29-year-old man suspected of stabbing three people near the railway station on Monday evening.',
    published: '2026-02-10',
    has: [['29-year-old man', 'target']],
    lacks: []
  },
  {
    rule: 'someone told by their age gives way to the name the article gives them (A 27-year-old man has been charged … Tyrone Ashworth, 27,)',
    body: 'A 27-year-old man has been charged with murder after a woman was found dead at a house in Salford on Sunday. Tyrone Ashworth, 27, of Eccles, will appear before magistrates on Tuesday.',
    published: '2025-03-13',
    has: [['Tyrone Ashworth', 'target']],
    lacks: [/year-old/]
  },
  {
    rule: 'members told by their kind give way to the body that tells of their deed (Detectives arrested …, Cleveland Police said)',
    body: 'MIDDLESBROUGH - Detectives arrested two men at the town hall on Monday in an inquiry into council contracts, Cleveland Police said.',
    published: '2026-05-12',
    has: [['Cleveland Police', 'source']],
    lacks: ['Detectives']
  },
  {
    rule: 'members sitting in a body named right after them are that body (Lawmakers in Kenya\'s National Assembly voted)',
    body: 'NAIROBI - Lawmakers in Kenya\'s National Assembly voted on Tuesday to impeach the deputy president over corruption allegations.',
    published: '2025-10-08',
    has: [['National Assembly', 'source']],
    lacks: ['Lawmakers']
  },
  {
    rule: 'so are members at a council (Councillors at Leeds City Council voted)',
    body: 'Councillors at Leeds City Council voted on Tuesday to approve a budget that raises council tax by five percent.',
    published: '2026-02-24',
    has: [['Leeds City Council', 'source']],
    lacks: []
  },
  {
    rule: 'a nationality\'s institution that tells of a passive arrest made it (…, Spanish police said)',
    body: 'MALAGA - Five people have been arrested on suspicion of laundering money for a drug-trafficking network, Spanish police said on Tuesday.',
    published: '2026-03-10',
    has: [['Spanish police', 'source']],
    lacks: []
  },
  {
    rule: 'soldiers sent from countries are those countries, not a party of their own (Soldiers from Nigeria, Chad and Cameroon have launched)',
    body: 'N\'DJAMENA - Soldiers from Nigeria, Chad and Cameroon have launched a joint offensive against militants on islands in Lake Chad, the task force said on Monday.',
    published: '2026-02-09',
    has: [['Nigeria', 'source'], ['Chad', 'source'], ['Cameroon', 'source']],
    lacks: ['Soldiers']
  },
  {
    rule: 'a sports body that bans a player for months imposes a sanction on him (banned Bohemians midfielder Cathal Rooney for eight months)',
    body: 'DUBLIN - A disciplinary panel of the national football association banned Bohemians midfielder Cathal Rooney for eight months on Tuesday over breaches of its betting rules.',
    published: '2026-02-17',
    has: [['Cathal Rooney', 'target']],
    lacks: []
  },
  {
    rule: 'an adverb between the auxiliary and the participle keeps the passive (has been provisionally suspended: the runner undergoes it)',
    body: 'Ethiopian runner Abebe Tesfaye has been provisionally suspended after testing positive for a banned diuretic, the Athletics Integrity Unit said on Thursday.',
    published: '2026-05-21',
    has: [['Abebe Tesfaye', 'target']],
    lacks: []
  },
  {
    rule: 'a tournament is what is played, no party of any event (sacked Davis Cup captain Marcos Ferrer)',
    body: 'The Royal Spanish Tennis Federation on Monday sacked Davis Cup captain Marcos Ferrer after the team\'s first-round exit.',
    published: '2025-11-24',
    has: [['Royal Spanish Tennis Federation', 'source'], ['Marcos Ferrer', 'target']],
    lacks: ['Davis Cup']
  },
  {
    rule: 'who announced the event again names only who told of it (The ceasefire, announced by the UN mission)',
    body: 'Rival militias in Tripoli agreed on Thursday to a ceasefire after three days of clashes. The ceasefire, announced by the UN Support Mission in Libya (UNSMIL) after night talks, starts at noon.',
    published: '2026-03-02',
    has: [],
    lacks: [/Support Mission/, 'UNSMIL']
  },
  {
    rule: 'who runs what an accident befell is its other party (rail operator Trenitalia said)',
    body: 'ROME (AP) — A commuter train derailed near Verona on Thursday, injuring 20 people, rail operator Trenitalia said.',
    published: '2025-11-20',
    title: 'Train derails near Verona',
    has: [['Trenitalia', 'other']],
    lacks: []
  },
  {
    rule: 'who runs what an accident befell, told in the next sentence (The bus, operated by the company Trans Altiplano)',
    body: 'At least 19 people were killed when a bus crashed into a ravine in Bolivia early Sunday, police said. The bus, operated by the company Trans Altiplano, was travelling from Oruro to Potosi.',
    published: '2026-08-03',
    title: 'Bus crash kills 19',
    has: [['Trans Altiplano', 'other']],
    lacks: []
  },
  {
    rule: 'a present participle after `with` before a name describes the partner, no visit of its own (met with visiting Chinese Vice Premier Liu Zhenhua)',
    body: 'ACCRA, Oct. 15 (Xinhua) -- Ghanaian President Kwabena Mensah met with visiting Chinese Vice Premier Liu Zhenhua in Accra on Wednesday.',
    published: '2025-10-15',
    title: 'Ghana president meets Chinese vice premier',
    has: [['Kwabena Mensah', 'source'], ['Liu Zhenhua', 'target']],
    lacks: ['China']
  },
  {
    rule: 'a title\'s letters alone name no one (talks with PM)',
    body: 'NEW DELHI: Maldivian President Ahmed Shareef, who is on a three-day State visit to India, was accorded a ceremonial welcome on Friday before holding talks with Prime Minister Arvind Rao.',
    published: '2026-06-12',
    title: 'Maldivian President welcomed, holds talks with PM',
    has: [['Ahmed Shareef', 'source']],
    lacks: ['PM']
  },
  {
    rule: 'a passive lead naming no one acting closes on the body that acted, its reporting clause\'s subject (the Athletics Integrity Unit (AIU) announced)',
    body: 'Kenyan runner Daniel Kipruto has been banned for four years for doping, the Athletics Integrity Unit (AIU) announced on Thursday.',
    published: '2025-09-18',
    title: 'Runner banned',
    has: [['Athletics Integrity Unit', 'source'], ['Daniel Kipruto', 'target']],
    lacks: []
  },
  {
    rule: 'a person closing a passive lead on what they said did not act (John Mwangi said)',
    body: 'Kenyan runner Daniel Kipruto has been banned for four years for doping, his coach John Mwangi said on Thursday.',
    published: '2025-09-18',
    title: 'Runner banned',
    has: [['Daniel Kipruto', 'target']],
    lacks: ['John Mwangi']
  },
  {
    rule: 'a name opening the office of a person who is a party says whose office it is (senior PTI leader Sherbaz Niazi)',
    body: 'Police on Tuesday night arrested senior PTI leader Sherbaz Niazi outside his residence, his party said.',
    published: '2025-09-09',
    title: 'PTI leader arrested',
    has: [['Police', 'source'], ['Sherbaz Niazi', 'target']],
    lacks: ['PTI']
  },
  {
    rule: 'a name before a verb and an office opens no office of the person after them (Zambia\'s president has appointed economist Chileshe Mwansa)',
    body: 'LUSAKA, Jan 27 (Reuters) - Zambia\'s president has appointed economist Chileshe Mwansa as governor of the Bank of Zambia, State House said on Tuesday.',
    published: '2026-01-27',
    title: 'Zambia names central bank governor',
    has: [['Zambia\'s president', 'source'], ['Chileshe Mwansa', 'target']],
    lacks: []
  },
  {
    rule: 'the capitalised first word of a list of lowercase words is a common word (Trains, buses and flights)',
    body: 'Trains, buses and flights ground to a halt across Argentina on Wednesday as the General Confederation of Labour (CGT) staged a general strike.',
    published: '2025-11-19',
    title: 'Transport halted',
    has: [['Confederation of Labour', 'source']],
    lacks: ['Trains']
  },
  {
    rule: 'a name of letters, a hyphen and a figure before a lowercase word describes it (the Tier-1 lender)',
    body: 'Meridian Trust Bank Plc has appointed Adaeze Okonkwo-Bello as its chief executive, making her the first woman to lead the Tier-1 lender since it was founded in 1991.',
    published: '2026-09-24',
    title: 'Bank names CEO',
    has: [['Meridian Trust Bank Plc', 'source'], ['Adaeze Okonkwo-Bello', 'target']],
    lacks: ['Tier-1']
  },
  {
    rule: 'a capital right before a court noun says which court, not the government (A Dhaka court)',
    body: 'A Dhaka court on Sunday sentenced former commerce minister Mahbub Karim to ten years in prison for embezzlement.',
    published: '2026-02-16',
    title: 'Ex-minister jailed',
    has: [['Dhaka court', 'source'], ['Mahbub Karim', 'target']],
    lacks: ['Bangladesh']
  },
  {
    rule: 'in a match, a place that opens a competition\'s name is no side (the Singapore Grand Prix)',
    body: 'SINGAPORE, Oct 5 (Reuters) - McLaren\'s Oskar Lindqvist won a chaotic Singapore Grand Prix under the Marina Bay floodlights on Sunday.',
    published: '2025-10-05',
    title: 'Motor racing-Lindqvist wins Singapore thriller',
    has: [['Oskar Lindqvist', 'source']],
    lacks: ['Singapore']
  },
  {
    rule: 'a headline name written within a party\'s words is that party (Bank of Zambia, The Bank of Zambia\'s Monetary Policy Committee)',
    body: 'The Bank of Zambia\'s Monetary Policy Committee kept its policy rate at 14.5 percent on Wednesday, citing easing inflation.',
    published: '2025-07-14',
    title: 'Bank of Zambia keeps rate on hold',
    has: [['Bank of Zambia\'s Monetary Policy Committee', 'source']],
    lacks: ['Bank of Zambia']
  },
  {
    rule: 'a nationality past a word opening another clause is no party of the event noun (a meeting after Turkish air strikes)',
    body: 'The UN Security Council held an emergency meeting on Wednesday after Turkish air strikes near Qamishli killed at least nine people.',
    published: '2026-02-26',
    title: 'UN council meets on strikes',
    has: [['Security Council', 'source']],
    lacks: ['Turkey']
  },
  {
    rule: 'an office joined to another with no determiner is the same person\'s, named next (The chairman and managing director)',
    body: 'The chairman and managing director of Ferrovia Transport resigned on Monday, the company said. Paolo Greco, 61, had led the group since 2015.',
    published: '2026-03-03',
    title: 'Ferrovia chief quits',
    has: [['Paolo Greco', 'source']],
    lacks: ['chairman']
  },
  {
    rule: 'a currency\'s abbreviation set off from its figure is an amount (Rs 2,300 crore)',
    body: 'The Enforcement Directorate on Tuesday arrested Vikram Rao, founder of lending platform PayQuick, in a money-laundering case linked to an alleged Rs 2,300 crore investor fraud, officials said.',
    published: '2025-09-17',
    title: 'ED arrests founder',
    has: [['Enforcement Directorate', 'source'], ['Vikram Rao', 'target']],
    lacks: ['Rs']
  },
  {
    rule: 'a country after a place noun and its `of` is where, with the one joined to it (parts of England and Wales)',
    body: 'Britain\'s financial regulator fined three banks on Tuesday for failing customers in arrears across large parts of England and Wales.',
    published: '2026-02-11',
    title: 'Regulator fines banks',
    has: [['three banks', 'target']],
    lacks: ['England', 'Wales']
  },
  {
    rule: 'a country\'s letters owning a body are its owner, not its nationality (The UK\'s competition watchdog), named next',
    body: 'The UK\'s competition watchdog has blocked the takeover of a ferry operator, ruling that fares would rise. The Competition and Markets Authority said the remedies offered were not enough.',
    published: '2026-02-11',
    title: 'UK watchdog blocks deal',
    has: [['Competition and Markets Authority', 'source']],
    lacks: ['Britain']
  },
  {
    rule: 'a margin before a match\'s noun is no side; the name opening the sentence won it, the place after `over` lost it (a seven-point win over Leinster)',
    body: 'Munster are through to the final after a seven-point win over Leinster at Thomond Park on Saturday.',
    published: '2026-05-10',
    has: [['Munster', 'source'], ['Leinster', 'target']],
    lacks: [/seven-point/, 'Thomond Park']
  },
  {
    rule: 'a state after `over` in a match is the side beaten, not the competition named after it (a nine-wicket victory over Victoria)',
    body: 'Western Australia completed a nine-wicket victory over Victoria in the Sheffield Shield match at the WACA on Sunday.',
    published: '2026-03-02',
    has: [['Western Australia', 'source'], ['Victoria', 'target']],
    lacks: ['Sheffield Shield']
  },
  {
    rule: 'a name and its plural are one party (Houthi rebels, the Houthis)',
    body: 'Yemen\'s Houthi rebels attacked a container ship in the Red Sea on Monday. The Houthis said the ship was linked to Israel.',
    published: '2026-05-13',
    title: 'Houthis claim ship attack',
    has: [['Houthi', 'source']],
    lacks: ['Houthis']
  },
  {
    rule: 'a country\'s institution named by its nationality is that country again (Israeli military officers, Israel)',
    body: 'Jordanian and Israeli military officers held a first round of US-mediated talks on Tuesday on disputed points along their border, officials said. The talks between Jordan and Israel lasted about four hours.',
    published: '2026-05-13',
    title: 'Jordan and Israel hold border talks',
    has: [['Jordan', 'source'], ['Israel', 'target']],
    lacks: ['Israeli military']
  },
  {
    rule: 'a name after an alias marker is another name of the party before it, in the body and in the headline (known as the Hawks)',
    body: 'PRETORIA – A former municipal manager was arrested by the Directorate for Priority Crime Investigation, known as the Hawks, on Monday in connection with a rigged water tender.\n\nSipho Dlamini-Mokoena, 49, was taken into custody at his home in Vereeniging.',
    published: '2026-08-18',
    title: 'Hawks arrest former Emfuleni manager',
    has: [['Directorate for Priority Crime Investigation', 'source']],
    lacks: ['Hawks']
  },
  {
    rule: 'the nationality of a generic actor says whose they are, no party of its own (Kenyan detectives arrested)',
    body: 'Kenyan detectives on Tuesday arrested three police officers over the death of a university student in custody.',
    published: '2026-08-14',
    has: [['Kenyan detectives', 'source'], ['three police officers', 'target']],
    lacks: ['Kenya']
  },
  {
    rule: 'who announces the appointment in the next sentence made it; who accepts a resignation did not resign',
    body: 'Former trade minister Simon Halloran has been named Australia\'s next ambassador to the United States.\n\nForeign Minister Fiona Brackley announced the appointment in Adelaide on Wednesday.',
    published: '2026-01-22',
    has: [['Simon Halloran', 'target'], ['Fiona Brackley', 'source']],
    lacks: []
  },
  {
    rule: 'who accepts a resignation in the next sentence did not resign',
    body: 'New Zealand\'s transport minister Hemi Walker-Tane has resigned over his expenses.\n\nPrime Minister Grant Ellery accepted the resignation on Tuesday night.',
    published: '2026-02-12',
    has: [['Hemi Walker-Tane', 'source']],
    lacks: ['Grant Ellery']
  },
  {
    rule: 'who signs for each party the next sentence gives by the party\'s possessive and a long portfolio (Singapore\'s Minister for Trade and Industry Grace Lim and Indonesia\'s Energy and Mineral Resources Minister Dadang Kurniawan)',
    body: 'JAKARTA – Singapore and Indonesia on Wednesday signed an agreement to speed up the export of solar power, as Prime Minister Daniel Koh made his first official visit to Jakarta.\n\nThe memorandum of understanding was inked by Singapore\'s Minister for Trade and Industry Grace Lim and Indonesia\'s Energy and Mineral Resources Minister Dadang Kurniawan at the Merdeka Palace.',
    published: '2025-11-20',
    title: 'Singapore, Indonesia sign solar power pact',
    has: [['Singapore', 'source'], ['Indonesia', 'target'], ['Grace Lim', 'source'], ['Dadang Kurniawan', 'target']],
    lacks: [/Energy|Industry/]
  },
  {
    rule: 'a name ending on a union noun a sentence after a walkout leads it (The Ontario Public Service Employees Union)',
    body: 'Faculty at Ontario\'s 24 public colleges went on strike Wednesday morning after talks broke down overnight.\n\nThe Ontario Public Service Employees Union (OPSEU), which represents about 16,000 professors, said the two sides remained far apart.',
    published: '2025-10-09',
    has: [['Ontario Public Service Employees Union', 'source']],
    lacks: []
  },
  {
    rule: 'an amount in millions or billions before a deal is its size, no party (A $1.2 billion deal)',
    body: 'A $1.2 billion deal announced on Tuesday will hand Saudi Arabia\'s ACWA Power a portfolio of solar and wind plants in Chile owned by Italy\'s Enel.',
    published: '2025-10-22',
    has: [],
    lacks: ['billion']
  },
  {
    rule: 'a directorate\'s name runs on after for (the Directorate for Priority Crime Investigation)',
    body: 'A former municipal manager was arrested on Monday by the Directorate for Priority Crime Investigation over a R40 million water tender.',
    published: '2026-08-18',
    has: [['Directorate for Priority Crime Investigation', 'source']],
    lacks: ['Directorate']
  },
  {
    rule: 'a walkout\'s union is the one-word name before a union noun a sentence on, and its employer the name its members are employed by (the Unite union employed by AeroServe Ground Handling)',
    body: 'Passengers faced long queues at Heathrow on Friday after baggage handlers and check-in staff walked out in a dispute over pay.\n\nAbout 650 members of the Unite union employed by AeroServe Ground Handling began the 24-hour stoppage at 04:00 BST.',
    published: '2025-07-26',
    has: [['Unite', 'source'], ['AeroServe Ground Handling', 'target']],
    lacks: []
  },
  {
    rule: 'a currency\'s letters before a figure are an amount, no party (RM2.1 million)',
    body: 'KUALA LUMPUR – A former Perak state executive councillor was charged in court on April 16 with five counts of accepting bribes totalling RM2.1 million in return for approving land.',
    published: '2026-04-17',
    has: [['former Perak state executive councillor', 'target']],
    lacks: [/^RM/]
  },
  {
    rule: 'a generic actor opening the lead acts though the text writes it in lower case too, and a person whose relatives were among those rescued is none of them (Rescuers pulled nine miners alive)',
    body: 'LIMA, Peru (AP) — Rescuers on Saturday pulled nine miners alive from a small gold mine in southern Peru where they had been trapped for more than 70 hours.\n\n"We never lost hope," said Rosa Quispe Mamani, whose husband and son were among those freed.\n\nSome 80 rescuers dug through rock and debris around the clock.',
    published: '2026-08-16',
    has: [['Rescuers', 'source'], ['nine miners alive', 'target']],
    lacks: ['Rosa Quispe Mamani']
  },
  {
    rule: 'portfolio words before a holder\'s name are their office (Business and Trade Secretary Oliver Pennington)',
    body: 'British Business and Trade Secretary Oliver Pennington signed the free trade agreement with the Gulf Cooperation Council in Riyadh on Tuesday.',
    published: '2026-04-15',
    has: [['Oliver Pennington', 'source'], ['Gulf Cooperation Council', 'target']],
    lacks: [/Business/]
  },
  {
    rule: 'a portfolio after a minister\'s preposition is cut from the holder\'s name, and a name opening a text\'s name is no party (Minister for Trade and Industry Lim Wei Jie; The Digital and Green Economy Partnership Agreement)',
    body: 'Singapore and Vietnam on Sept 15 signed an agreement to link their digital trade rules.\n\nThe Digital and Green Economy Partnership Agreement was inked in Hanoi by Singapore\'s Minister for Trade and Industry Lim Wei Jie and Vietnam\'s Minister of Industry and Trade Nguyen Thanh Hai, on the second day of Mr Lim\'s official visit to Vietnam.',
    published: '2026-09-16',
    title: 'Singapore, Vietnam ink digital economy pact',
    has: [['Lim Wei Jie', 'source'], ['Nguyen Thanh Hai', 'target']],
    lacks: [/Industry|Trade|Digital|'s$/]
  },
  {
    rule: 'a counted group opening the lead, its count and nationality capitalised, undergoes the passive as a whole (Two Chinese engineers … were released)',
    body: 'Two Chinese engineers kidnapped by jihadists in western Mali last September were released on Monday, the Malian army said.',
    published: '2026-01-20',
    has: [['Two Chinese engineers', 'target']],
    lacks: ['China']
  },
  {
    rule: 'a nationality opening a name that ends on a body\'s noun is part of the name (the Slovenian Democratic Party)',
    body: 'Slovenia\'s main opposition party, the Slovenian Democratic Party (SDS), has come first in Sunday\'s parliamentary election but will need coalition partners to govern.',
    published: '2026-03-23',
    has: [['Slovenian Democratic Party', 'source']],
    lacks: ['Democratic Party']
  },
  {
    rule: 'a capitalised word opening the lead before agents describes them (Federal agents); a compound adjective in -style names no one',
    body: 'COLUMBUS, Ohio (AP) — Federal agents arrested a suburban Columbus financial adviser on Wednesday on charges that he ran a Ponzi-style scheme, prosecutors said.',
    published: '2026-02-19',
    has: [['Federal agents', 'source']],
    lacks: ['Federal', 'Ponzi-style']
  },
  {
    rule: 'a capital before a person noun says where someone is from (A Dublin man), and the person the next sentence gives with an age in brackets is them',
    body: 'A Dublin man has been acquitted by the Special Criminal Court of the murder of a father of two who was shot dead outside a gym three years ago.\n\nJason Mulcahy (34), of Rowlagh Avenue, Clondalkin, had pleaded not guilty.',
    published: '2025-03-04',
    has: [['Jason Mulcahy', 'target'], ['Special Criminal Court', 'source']],
    lacks: ['Ireland']
  },
  {
    rule: 'an acronym beside the long name it spells is that party again (EFCC, Economic and Financial Crimes Commission)',
    body: 'The Economic and Financial Crimes Commission on Monday arraigned a former Commissioner for Finance in Benue State, Terkula Iorwuese, before the Federal High Court in Makurdi on a 12-count charge of money laundering.',
    published: '2025-03-11',
    title: 'EFCC arraigns ex-commissioner over N4.3bn fraud',
    has: [['Economic and Financial Crimes Commission', 'source'], ['Terkula Iorwuese', 'target']],
    lacks: ['EFCC']
  },
  {
    rule: 'a headline word the body never writes is the headline\'s capital, no name (Cop charged)',
    body: 'A police constable was arrested and charged with murder yesterday in connection with the fatal shooting of a taxi operator in Spanish Town.',
    published: '2026-11-06',
    title: 'Cop charged with murder over Spanish Town shooting',
    has: [['police constable', 'target']],
    lacks: ['Cop']
  },
  {
    rule: 'a headline acronym the body gives only by its long name still names the party (BOK)',
    body: 'South Korea\'s central bank kept its policy rate at 2.50% on Thursday, as a weaker won and rising household debt outweighed calls for a cut.',
    published: '2026-10-23',
    title: 'BOK holds rates steady as won slides',
    has: [['BOK', 'source']],
    lacks: []
  },
  {
    rule: 'a name between a word of capacity and a role word says whose office it is (resigned as Northern Ireland secretary)',
    body: 'Rachel Ainsworth has resigned as Northern Ireland secretary after messages in which she mocked unionist leaders were leaked to a Belfast newspaper.',
    published: '2026-02-18',
    has: [['Rachel Ainsworth', 'source']],
    lacks: ['Northern Ireland']
  },
  {
    rule: 'a nationality opening an apposition of lowercase nouns says who the name before it is (Vantera NV, the Dutch specialty chemicals maker,)',
    body: 'Vantera NV, the Dutch specialty chemicals maker, agreed to acquire Finland\'s Kallio Materials Oyj for about €4.2 billion in cash.',
    published: '2026-03-19',
    has: [['Vantera NV', 'source'], ['Kallio Materials Oyj', 'target']],
    lacks: ['Netherlands']
  },
  {
    rule: 'a name ending on a noun of a text (the Finance Bill 2026) is what is passed, no party',
    body: 'The National Assembly yesterday passed the Finance Bill 2026 by 204 votes to 113, clearing the way for new taxes on mobile money transfers.',
    published: '2026-06-24',
    has: [['National Assembly', 'source']],
    lacks: ['Finance Bill']
  },
  {
    rule: 'who carried out the operation the next sentence opens on made the arrest the lead names no one making',
    body: 'Two men have been arrested after cannabis worth an estimated €2.1 million was found at a warehouse in Little Island, Co Cork, on Wednesday evening.\n\nThe search was carried out by the Garda National Drugs and Organised Crime Bureau (GNDOCB), assisted by local detectives.',
    published: '2026-03-05',
    title: 'Two men arrested after cannabis seizure in Cork',
    has: [['Garda National Drugs and Organised Crime Bureau', 'source'], ['Two men', 'target']],
    lacks: []
  },
  {
    rule: 'the one company the lead gives by its trade is the name that opens the next sentence (A Windsor auto parts supplier … Essex Precision Stampings told)',
    body: 'WINDSOR, Ont. — A Windsor auto parts supplier will lay off 640 workers at two of its plants early in the new year.\n\nEssex Precision Stampings told employees at its Walker Road plant on Tuesday that production would move to Ohio.',
    published: '2026-12-02',
    title: 'Parts supplier to lay off 640 workers',
    has: [['Essex Precision Stampings', 'source']],
    lacks: ['Windsor']
  },
  {
    rule: 'a person by a title is no company named next (Justice Margaret Trevelyan found)',
    body: 'SYDNEY, Sept 24 — An Adelaide-based electricity retailer must pay $14 million in penalties for misleading discounts, the Federal Court ruled on Wednesday.\n\nJustice Margaret Trevelyan found that the retailer had misled more than 60,000 households.',
    published: '2026-09-24',
    has: [['Federal Court', 'source'], ['Margaret Trevelyan', 'source']],
    lacks: [/Justice/]
  },
  {
    rule: 'a place before lowercase words and a role word describes someone (A former Illinois state senator), named next by an age',
    body: 'CHICAGO, Nov. 17 — A former Illinois state senator was sentenced on Tuesday to six years in federal prison for accepting bribes.\n\nU.S. District Judge Marian Kessler also ordered Raymond Delacruz, 61, to forfeit $412,000.',
    published: '2026-11-17',
    has: [['Raymond Delacruz', 'target'], ['Marian Kessler', 'source']],
    lacks: ['Illinois']
  },
  {
    rule: 'the body the next sentence says voted the decision took it with its source',
    body: 'MUMBAI, June 6 — The Reserve Bank of India lowered its key repo rate by 25 basis points to 5.5% on Friday.\n\nThe six-member Monetary Policy Committee (MPC) voted 5-1 for the cut, with one external member favouring a pause.',
    published: '2026-06-06',
    has: [['Reserve Bank of India', 'source'], ['Monetary Policy Committee', 'source']],
    lacks: []
  },
  {
    rule: 'a compound adjective by its ending is no bystander (Dublin-based)',
    body: 'The Central Bank of Ireland has fined a Dublin-based lender €11.6 million for failing to treat customers in mortgage arrears fairly.',
    published: '2026-05-07',
    has: [['Central Bank of Ireland', 'source']],
    lacks: ['Dublin-based', 'Dublin']
  },
  {
    rule: 'the body the next sentence opens on, before a verb of saying, charged those the lead names no one charging; a word joined to a lowercase word opening it is no party',
    body: 'PRETORIA, Feb 5 — Fraud and corruption charges linked to a water tender were brought on Thursday against a former senior official of the City of Tshwane.\n\nThe National Prosecuting Authority (NPA) said the official would appear in court on Friday.',
    published: '2026-02-05',
    has: [['National Prosecuting Authority', 'source']],
    lacks: ['Fraud']
  },
  {
    rule: 'the judge the next sentence names by a title ruled beside the court',
    body: 'A water company has been ordered to pay £2.4 million after sewage spilled into the River Wharfe.\n\nPennine Water Ltd was fined at Leeds Crown Court yesterday after admitting two offences. Judge Margaret Holroyd said the firm had ignored alarms at its pumping station.',
    published: '2026-05-07',
    has: [['Margaret Holroyd', 'source'], ['Pennine Water Ltd', 'target']],
    lacks: []
  },
  {
    rule: 'a judge named later takes the place of the one the lead gives by office',
    body: 'TORONTO, Nov 24 — A former chief financial officer of an Ontario property developer was sentenced by a Toronto judge on Monday to seven years in prison for fraud.\n\nThe deception had been sustained and deliberate, Justice Priya Raman of the Ontario Superior Court of Justice said.',
    published: '2026-11-24',
    has: [['Priya Raman', 'source']],
    lacks: ['Toronto judge']
  },
  {
    rule: 'the persons a sentence telling the main event again names join it',
    body: 'LOME, June 3 — Fishing boats from Ghana will be allowed to work in Togolese waters under a treaty the two West African neighbours signed on Monday.\n\nThe agreement was signed in Lome by Togo\'s foreign minister, Afi Mensah, and her Ghanaian counterpart, Kwame Boateng, at a ceremony attended by regional envoys.',
    published: '2026-06-03',
    has: [['Afi Mensah', 'source'], ['Kwame Boateng', 'target']],
    lacks: []
  },
  {
    rule: 'a like event done to others (also) adds no parties',
    body: 'SEOUL, March 13 - The Seoul Central District Court on Thursday sentenced former land minister Park Jae-won to four years in prison for taking bribes.\n\nThe court also sentenced his former chief of staff, Lee Min-ho, to 18 months in prison, and fined the developer, Hanseong Construction, 500 million won.',
    published: '2026-03-13',
    has: [['Seoul Central District Court', 'source']],
    lacks: ['Lee Min-ho', 'Hanseong Construction']
  },
  {
    rule: 'a capitalised word of an office\'s time before a place or a nationality names no one (Former Nyandarua)',
    title: 'Former South Korean vice defence minister jailed for seven years',
    body: 'NAIROBI, May 14 — Prosecutors on Thursday charged a former county governor with conspiracy to commit an economic crime.\n\nFormer Nyandarua governor Peter Kamau Wanjiru, 58, pleaded not guilty.',
    published: '2026-05-14',
    has: [],
    lacks: ['Former Nyandarua', 'Former South Korean']
  },
  {
    rule: 'a name joined by a hyphen to a lowercase word is an adjective (Adelaide-based)',
    body: 'SYDNEY, Sept 24 — An Adelaide-based electricity retailer must pay $14 million in penalties for misleading customers, the Federal Court ruled on Wednesday.',
    published: '2026-09-24',
    has: [['Federal Court', 'source']],
    lacks: ['Adelaide-based']
  },
  {
    rule: 'a counted group fined undergoes the fine',
    body: 'LAGOS, March 3 — The Central Bank of Nigeria has fined five commercial banks for leaving cash machines empty.',
    published: '2026-03-03',
    has: [['Central Bank of Nigeria', 'source'], ['five commercial banks', 'target']],
    lacks: []
  },
  {
    rule: 'an adverb opening a sentence is no party (Later in the day, …)',
    body: 'GEORGETOWN, March 3 — Later in the day, Foreign Affairs Minister Rohan Persaud summoned Venezuela\'s ambassador to lodge a formal protest.',
    published: '2026-03-03',
    has: [['Rohan Persaud', 'source']],
    lacks: ['Later']
  },
  {
    rule: 'a word of tense opening a sentence is no party (Plans to close…)',
    body: 'NOTTINGHAM, May 22 — Plans to close four of Nottingham\'s 15 public libraries were approved by the city council on Thursday night.',
    published: '2026-05-22',
    has: [],
    lacks: ['Plans']
  },
  {
    rule: 'a name goes on past the particle del (Clan del Golfo)',
    body: 'MEDELLIN, March 3 — Colombian troops clashed with the Clan del Golfo near Caucasia on Tuesday.',
    published: '2026-03-03',
    has: [['Clan del Golfo', 'target']],
    lacks: []
  },
  {
    rule: 'a counted group ends before a participle that opens its own complement (three young men suspected of…)',
    body: 'BERLIN, March 3 — German police have arrested three young men suspected of planning a knife attack on a music festival.',
    published: '2026-03-03',
    has: [['three young men', 'target']],
    lacks: []
  },
  {
    rule: 'a name a capitalised adjective opens before a role noun describes the person named after it (Former Arequipa mayor Rosa Huamán)',
    body: "LIMA, June 8, 2026 (AFP) - Former Arequipa mayor Rosa Huamán won Peru's presidential run-off, official results showed Monday.",
    published: '2026-06-08',
    has: [['Rosa Huamán', 'source']],
    lacks: [/Arequipa/]
  },
  {
    rule: 'a person the next sentence sets off with an age, anywhere in it, is the one the lead gave only as someone',
    body: 'COLUMBUS, Ohio (AP) — A former county treasurer in central Ohio was sentenced Wednesday to eight years in federal prison for siphoning $3.4 million in tax money.\n\nU.S. District Judge Karen Whitfield also ordered Dale Ruckert, 61, to repay the full amount.',
    published: '2026-12-02',
    has: [['Dale Ruckert', 'target']],
    lacks: [/treasurer/]
  },
  {
    rule: 'a headline\'s name before a counted group\'s plural role noun says whom they work for (Two Red Cross workers freed)',
    title: 'Two Red Cross workers freed in Cameroon four months after abduction',
    body: 'YAOUNDE, Cameroon (AP) — Two aid workers who were kidnapped in Cameroon\'s Far North region in January have been freed, the organization said Monday.',
    published: '2026-05-18',
    has: [],
    lacks: ['Red Cross']
  },
  {
    rule: 'a nationality before the nouns that describe a verb\'s object is no party; the object is the target (to buy Australian craft beer maker Tasman Ridge Brewing)',
    body: "TOKYO (Nov 12) — Japan's Kirin Holdings has agreed to buy Australian craft beer maker Tasman Ridge Brewing for A$2.1 billion in cash, the two companies said on Thursday.",
    published: '2026-11-12',
    has: [['Kirin Holdings', 'source'], ['Tasman Ridge Brewing', 'target']],
    lacks: ['Australia']
  },
  {
    rule: 'an owner\'s office ends before a past form (Kazakhstan\'s president accepted the resignation)',
    body: 'ASTANA, May 27, 2026 (AFP) - Kazakhstan\'s president accepted the resignation of the government on Wednesday after weeks of public anger.',
    published: '2026-05-27',
    has: [],
    lacks: [/accepted/]
  },
  {
    rule: 'a dateline set off by a double hyphen names where the story is filed (SEOUL, Oct. 22 (Yonhap) --)',
    body: "SEOUL, Oct. 22 (Yonhap) -- South Korea's central bank kept its benchmark interest rate unchanged at 2.25 percent Thursday.",
    published: '2026-10-22',
    has: [],
    lacks: ['South Korea']
  },
  {
    rule: 'the one someone a passive lead sentenced is the aged person named next, a party already: the description goes (A former chief financial officer … Gregory Hallett, 58,)',
    body: 'TORONTO — A former chief financial officer of an Ontario property developer was sentenced by a Toronto judge on Monday to seven years in prison for defrauding investors.\n\nGregory Hallett, 58, was found guilty in September of fraud at Lakeshore Crest Developments.\n\nJustice Priya Raman of the Ontario Superior Court of Justice said Hallett had diverted deposits.',
    published: '2026-11-24',
    title: 'Former CFO gets seven years',
    has: [['Priya Raman', 'source']],
    lacks: ['former chief financial officer']
  },
  {
    rule: 'a congress is a body: a country opening its name stays in it (The Nigeria Labour Congress)',
    body: 'The Nigeria Labour Congress on Wednesday began an indefinite nationwide strike over wages.',
    published: '2025-09-10',
    title: 'Unions strike',
    has: [['Nigeria Labour Congress', 'source']],
    lacks: [/^Labour Congress$/]
  },
  {
    rule: 'a rout is a match verb (after thrashing Melbourne Victory 4-0)',
    body: 'Sydney FC are champions after thrashing Melbourne Victory 4-0 in the A-League grand final on Saturday.',
    published: '2026-09-27',
    has: [['Sydney FC', 'source'], ['Melbourne Victory', 'target']],
    lacks: []
  },
  {
    rule: 'in English a town that is a match verb\'s subject or object is a side (Brisbane beat Geelong)',
    body: 'Brisbane beat Geelong by 47 points at the MCG on Saturday.',
    published: '2026-09-27',
    title: 'Lions win',
    has: [['Brisbane', 'source'], ['Geelong', 'target']],
    lacks: []
  },
  {
    rule: 'a match verb is told of the side right before it, not of a player who is the subject of a verb of their own (Anders Lindqvist made 34 saves, and the Toronto Maple Leafs beat)',
    body: 'TORONTO — Anders Lindqvist made 34 saves for his third shutout of the season, and the Toronto Maple Leafs beat the Montreal Canadiens 3-0 at Scotiabank Arena on Saturday night.',
    published: '2026-01-25',
    title: 'Leafs shut out Canadiens',
    has: [['Toronto Maple Leafs', 'source'], ['Montreal Canadiens', 'target']],
    lacks: ['Anders Lindqvist']
  },
  {
    rule: 'the side right before a match verb is the name next to it, not one inside a phrase before it (Scotland held off a late Argentina fightback to win)',
    body: 'Scotland held off a late Argentina fightback to win 27-20 at Murrayfield yesterday.',
    published: '2026-11-15',
    title: 'Scotland hold off Pumas',
    has: [['Scotland', 'source']],
    lacks: []
  },
  {
    rule: 'an agency in brackets ends a dateline with no dash (RAMESWARAM, Mar 10 (PTI) Fourteen fishermen)',
    body: 'RAMESWARAM, Mar 10 (PTI) Fourteen fishermen from Tamil Nadu were arrested by the Sri Lankan Navy early on Monday, fisheries officials said.',
    published: '2025-03-10',
    title: 'Fishermen arrested',
    has: [['Sri Lankan Navy', 'source']],
    lacks: [/RAMESWARAM/i]
  },
  {
    rule: 'a phrase of a place noun and its place is where, no party (shelled the city of Kherson)',
    body: 'Russian forces shelled the city of Kherson on Tuesday, killing two people.',
    published: '2025-02-18',
    title: 'Kherson shelled',
    has: [['Russian forces', 'source']],
    lacks: [/city/]
  },
  {
    rule: 'aid announced for a country: the country receives it, and a named storm is no party (announced assistance worth Rs 900 crore for Sri Lanka, where Cyclone Ravana killed)',
    body: 'NEW DELHI: India on Wednesday announced assistance worth Rs 900 crore for Sri Lanka, where Cyclone Ravana killed at least 140 people last week.',
    published: '2026-01-14',
    title: 'India announces Rs 900-crore relief package for cyclone-hit Sri Lanka',
    has: [['India', 'source'], ['Sri Lanka', 'target']],
    lacks: [/Cyclone/]
  },
  {
    rule: 'a currency and a figure joined to its magnitude by a hyphen is an amount (pledged Rs 900-crore aid)',
    body: 'India pledged Rs 900-crore aid to Sri Lanka on Wednesday.',
    published: '2026-01-14',
    has: [['India', 'source'], ['Sri Lanka', 'target']],
    lacks: [/^Rs/]
  },
  {
    rule: 'a name a disaster noun opens is that disaster, no party (where Cyclone Ravana killed 140 people)',
    body: 'India on Wednesday pledged emergency aid to Sri Lanka, where Cyclone Ravana killed 140 people.',
    published: '2026-01-14',
    has: [['India', 'source']],
    lacks: [/Cyclone/]
  },
  {
    rule: 'a judge and the court they sit in, named after a passive lead, both ruled (Manchester Crown Court heard … Judge Alan Prestwick said)',
    body: 'A former care home manager who stole more than £400,000 from elderly residents was jailed for seven years on Thursday.\n\nGillian Harcastle, 54, of Stockport, used bank cards belonging to 11 residents to pay for foreign holidays, Manchester Crown Court heard.\n\nSentencing her, Judge Alan Prestwick said she had treated the savings of vulnerable people as her own.',
    published: '2026-02-13',
    title: 'Care home manager jailed',
    has: [['Alan Prestwick', 'source'], ['Manchester Crown Court', 'source'], ['Gillian Harcastle', 'target']],
    lacks: []
  },
  {
    rule: 'one someone arrested, by an indefinite determiner and a bystander noun, undergoes the arrest (have arrested a man in his 30s)',
    body: 'Police have arrested a man in his 30s after a cyclist was killed.',
    published: '2025-07-14',
    has: [['Police', 'source'], ['man', 'target']],
    lacks: []
  },
  {
    rule: 'a copa is a competition, what is played for, no side (won the Copa Libertadores)',
    body: 'River Plate won the Copa Libertadores on Saturday, beating Palmeiras 2-1 in the final in Montevideo.',
    published: '2026-11-29',
    title: 'River win Libertadores',
    has: [['River Plate', 'source'], ['Palmeiras', 'target']],
    lacks: [/Copa/]
  },
  {
    rule: 'an abbreviation set off after a place is its province, no party (The mayor of Collingwood, Ont., has resigned)',
    body: "The mayor of Collingwood, Ont., has resigned, days after an integrity commissioner found he had breached the town's code of conduct.\n\nBrent Ostrander announced his resignation in a brief statement posted online Tuesday evening.",
    published: '2025-11-26',
    title: 'Mayor resigns',
    has: [['Brent Ostrander', 'source']],
    lacks: [/^Ont/]
  },
  {
    rule: 'a counted group is named by the names after the words that name them (The accused, identified as Imran Shaikh, 29, Rohit Patil, 34, and Sandeep Yadav, 26,)',
    body: 'Three men have been arrested for allegedly duping a 71-year-old retired bank officer of Rs 2.4 crore, Mumbai Police said on Tuesday.\n\nThe accused, identified as Imran Shaikh, 29, Rohit Patil, 34, and Sandeep Yadav, 26, were picked up from Surat and Thane on Sunday, officials said.',
    published: '2025-09-23',
    title: 'Mumbai: 3 held',
    has: [['Imran Shaikh', 'target'], ['Rohit Patil', 'target'], ['Sandeep Yadav', 'target']],
    lacks: ['Three men']
  },
  {
    rule: 'PM is an office: a headline nationality before it is the office of the person the lead names (Mongolian PM resigns)',
    body: 'ULAANBAATAR, June 12 (Reuters) - Mongolian Prime Minister Ganzorig Batbayar resigned on Friday, a day after losing a confidence vote in parliament.',
    published: '2026-06-12',
    title: 'Mongolian PM resigns after losing confidence vote',
    has: [['Ganzorig Batbayar', 'source']],
    lacks: [/PM/]
  },
  {
    rule: 'a strike is led by the association that tells of it, as by a union (…, the British Medical Association has said)',
    body: 'Resident doctors in England will stage a five-day strike later this month after talks with the government over pay ended without agreement, the British Medical Association has said.\n\nThe walkout will begin at 07:00 on Monday 23 March, the union said on Wednesday.',
    published: '2026-03-05',
    title: 'Resident doctors to strike',
    has: [['British Medical Association', 'source']],
    lacks: []
  },
  {
    rule: 'a doping substance is no party (testing positive for the blood-booster EPO)',
    body: 'NAIROBI, June 12 - Kenyan marathon runner Dennis Kiprono has been banned for four years after testing positive for the blood-booster EPO, the Athletics Integrity Unit (AIU) said on Wednesday.',
    published: '2025-06-12',
    title: 'Kiprono banned',
    has: [['Dennis Kiprono', 'target'], ['Athletics Integrity Unit', 'source']],
    lacks: ['EPO']
  },
  {
    rule: 'a currency glued to its figure before a magnitude is an amount (worth an estimated Sh80 million)',
    body: 'NAIROBI — Detectives from the Directorate of Criminal Investigations (DCI) on Tuesday raided a warehouse in Eastleigh and seized counterfeit medicines worth an estimated Sh80 million, police said.',
    published: '2025-06-11',
    title: 'Fake drugs seized',
    has: [],
    lacks: [/Sh80/]
  },
  {
    rule: 'a court the lead gives by its country is the court the next sentence names (A German court … The Higher Regional Court in Dresden found)',
    body: 'BERLIN, Oct 8 (Reuters) - A German court on Thursday convicted five members of a neo-Nazi group of forming a terrorist organisation, sentencing its leader to nine years in prison.\n\nThe Higher Regional Court in Dresden found that the group had stockpiled weapons.',
    published: '2026-10-08',
    title: 'German court convicts neo-Nazi group',
    has: [['Higher Regional Court', 'source'], ['five members', 'target']],
    lacks: ['German court']
  },
  {
    rule: 'a guard, a command, a force or an assembly is a body: its nationality stays in its name (The Chinese Coast Guard fired)',
    body: 'The Chinese Coast Guard fired its water cannon at a Philippine supply boat near Second Thomas Shoal on Tuesday.',
    published: '2025-06-17',
    has: [['Chinese Coast Guard', 'source']],
    lacks: [/^Coast Guard$/]
  },
  {
    rule: 'the one a winner overpowered or set out to beat is the runner-up (won her first Grand Slam title, overpowering second seed Elena Voronova)',
    body: 'Melbourne (AFP) - Czech Karolína Hrubá won her first Grand Slam title on Saturday, overpowering second seed Elena Voronova of Kazakhstan 6-3, 7-6 (7/4) in the Australian Open final on Rod Laver Arena.',
    published: '2026-01-31',
    title: 'Hrubá wins Australian Open',
    has: [['Karolína Hrubá', 'source'], ['Elena Voronova', 'target']],
    lacks: []
  },
  {
    rule: 'a runner-up told by an infinitive (rolling in a 12-foot birdie putt on Sunday evening to beat South Africa\'s Pieter van Zyl)',
    body: "Harrison Keogh has won the Australian Open at the first playoff hole at Royal Sydney, rolling in a 12-foot birdie putt on Sunday evening to beat South Africa's Pieter van Zyl.",
    published: '2025-12-07',
    title: 'Keogh wins',
    has: [['Harrison Keogh', 'source'], ['Pieter van Zyl', 'target']],
    lacks: []
  },
  {
    rule: 'what a winner plays for is no runner-up (thrashing the tourists to retain the Ashes)',
    body: 'Joe Root won the match for England on Tuesday, thrashing the tourists to retain the Ashes.',
    published: '2025-12-30',
    has: [['Joe Root', 'source']],
    lacks: ['Ashes']
  },
  {
    rule: 'the sentencing remarks name the judge however far on (Sentencing him, Judge Catrin Howells said)',
    body: 'A man who stabbed a stranger outside a Cardiff nightclub after a row over a taxi has been jailed for 14 years.\n\nJordan Pryce, 26, from Ely, was sentenced on Friday after a jury found him guilty in July of attempting to cause grievous bodily harm with intent.\n\nHe was cleared of attempted murder.\n\nMr Lloyd-Evans spent nine days in intensive care.\n\nSentencing him, Judge Catrin Howells said CCTV footage showed a sustained attack.',
    published: '2025-09-13',
    title: 'Man jailed for 14 years for nightclub stabbing',
    has: [['Jordan Pryce', 'target'], ['Catrin Howells', 'source']],
    lacks: []
  },
  {
    rule: "a country's bodies told by their kind are the bodies the article names (Nigeria's main labour unions … The Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC))",
    body: "ABUJA, Oct 15 (Reuters) - Nigeria's main labour unions called off a nationwide general strike on Thursday, hours before it was due to begin.\n\nThe Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) said the deal met their demands.",
    published: '2026-10-15',
    title: 'Nigerian unions call off strike',
    has: [['Nigeria Labour Congress', 'source'], ['Trade Union Congress', 'source']],
    lacks: [/main labour unions/]
  },
  {
    rule: "a country's own institution told by its kind stays beside a named body (Guinea's military-led government)",
    body: "CONAKRY, Oct 14, 2026 (AFP) - Guinea's military-led government has revoked the licences of 46 mining companies, including a Chinese-backed bauxite exporter, accusing them of failing to honour pledges to build processing plants in the country.\n\nThe decree, read on state television on Tuesday evening by Mines Minister Moussa Camara-Diallo, said the permits had been withdrawn.\n\nAmong the companies affected is Boke Alumina Resources, which ships bauxite to China.",
    published: '2026-10-14',
    title: 'Guinea junta revokes 46 mining licences in push for local processing',
    has: [["Guinea's military-led government", 'source']],
    lacks: []
  },
  {
    rule: "the lead's office is held by the name right after its role word in the next sentence (Former Macabebe mayor Ernesto Dizon Galang)",
    body: 'Agents of the National Bureau of Investigation arrested a former town mayor in Pampanga on Wednesday over ghost projects. Former Macabebe mayor Ernesto Dizon Galang was served a warrant at his house, the director said.',
    published: '2025-09-18',
    has: [['Ernesto Dizon Galang', 'target']],
    lacks: ['former town mayor', 'Former Macabebe']
  },
  {
    rule: 'the country goods come from, past the word duties are imposed on, undergoes them (on sewing machines from China)',
    body: 'BRUSSELS — The European Union on Wednesday imposed provisional anti-dumping duties of up to 58 percent on industrial sewing machines from China, the Commission said.',
    published: '2025-09-24',
    has: [['European Union', 'source'], ['China', 'target']],
    lacks: []
  },
  {
    rule: 'attackers told by their kind are a party even when the word is written in lower case elsewhere (Jihadists … the jihadists)',
    body: 'BAMAKO, April 14 (AFP) - Jihadists linked to Al-Qaeda ambushed a convoy of fuel tankers in western Mali on Sunday, security sources said.\n\nThe army has fought the jihadists since 2012.',
    published: '2026-04-14',
    has: [['Jihadists', 'source']],
    lacks: []
  },
  {
    rule: 'a group named as claiming the attack replaces the attackers told by their kind (JNIM claimed the ambush)',
    body: 'BAMAKO, April 14 (AFP) - Jihadists linked to Al-Qaeda ambushed a convoy of fuel tankers in western Mali on Sunday, security sources said.\n\nThe Group for the Support of Islam and Muslims (JNIM) claimed the ambush on Monday.\n\nThe army has fought the jihadists since 2012.',
    published: '2026-04-14',
    has: [['Group for the Support of Islam and Muslims', 'source']],
    lacks: ['Jihadists']
  },
  {
    rule: 'a claim no one made names no one (No group has claimed responsibility)',
    body: 'Gunmen on motorcycles abducted at least 38 people from a village on Sunday, police said.\n\nNo group has claimed responsibility for the kidnapping.',
    published: '2026-03-10',
    has: [['Gunmen', 'source']],
    lacks: [/group/i]
  },
  {
    rule: "the institution whose measure a strike is over or against is its target (over the Federal Government's failure)",
    body: "The Nigeria Labour Congress on Tuesday began an indefinite nationwide strike over the Federal Government's failure to implement a review of the minimum wage.",
    published: '2025-11-04',
    has: [['Nigeria Labour Congress', 'source'], ['Federal Government', 'target']],
    lacks: []
  },
  {
    rule: "so is a government told by its kind (against the government's pension reform)",
    body: "Dockworkers at Antwerp walked off the job on Tuesday in a 24-hour strike against the government's pension reform, the unions said.",
    published: '2025-10-14',
    has: [['government', 'target']],
    lacks: []
  },
  {
    rule: "and one told with its adjective, or as the noun of a measure, before the employer a later sentence names (against the federal government's plans; a government plan)",
    body: "Belgium ground to a near halt on Tuesday as the main trade unions staged a national strike against the federal government's plans to raise the retirement age.\n\nTrains run by the national rail operator SNCB were cancelled.",
    published: '2026-01-27',
    has: [['federal government', 'target']],
    lacks: ['SNCB']
  },
  {
    rule: 'a team that wins names the side it beat after a runner-up word, a country too (beating Canada 3-2)',
    body: 'ZURICH, May 31 (Reuters) - Switzerland won the ice hockey world championship for the first time on Sunday, beating Canada 3-2 in overtime in the final in Zurich.',
    published: '2026-05-31',
    has: [['Switzerland', 'source'], ['Canada', 'target']],
    lacks: []
  },
  {
    rule: 'a victory with a score in its sentence is a match, its sides the winner and whom it was over (a 2-1 victory over Newcastle United)',
    body: 'A stoppage-time header from Daniel Okonkwo earned Aston Villa a 2-1 victory over Newcastle United at Villa Park on Saturday.',
    published: '2025-11-09',
    has: [['Aston Villa', 'source'], ['Newcastle United', 'target']],
    lacks: []
  },
  {
    rule: 'the next sentence telling a ruling again names whom the lead gave by a description (two men … convicted Sajjad Khoso and Imran Jatoi)',
    body: 'KARACHI — An anti-terrorism court on Thursday sentenced two men to death for the murder of a journalist, lawyers said. Judge Naveed Iqbal convicted Sajjad Khoso and Imran Jatoi of murder and terrorism.',
    published: '2026-04-10',
    has: [['Sajjad Khoso', 'target'], ['Imran Jatoi', 'target']],
    lacks: []
  },
  {
    rule: 'a word opening a sentence that only links it to the one before names no one (Despite losing ground)',
    body: 'MOGADISHU (AP) — A car bomb exploded near a checkpoint outside parliament on Thursday, killing nine people, police said.\n\nThe militant group has fought the government for two decades. Despite losing ground in recent offensives, the group still carries out frequent bombings in the capital.',
    published: '2025-09-05',
    has: [],
    lacks: ['Despite']
  },
  {
    rule: "the team owning a winner is a side too, a country is not (McLaren's Oskar Lindqvist; Kenya's Edwin Langat)",
    body: "SINGAPORE, Oct 5 (Reuters) - McLaren's Oskar Lindqvist won a chaotic Singapore Grand Prix under the floodlights on Sunday.\n\nIn Berlin, Kenya's Edwin Langat won the marathon in two hours and two minutes.",
    published: '2025-10-06',
    has: [['Oskar Lindqvist', 'source'], ['McLaren', 'source']],
    lacks: []
  },
  {
    rule: "a country owning a winner is no team of theirs (Kenya's Edwin Langat)",
    body: "BERLIN (Reuters) - Kenya's Edwin Langat won the Berlin Marathon on Sunday in two hours and two minutes.",
    published: '2025-09-29',
    has: [['Edwin Langat', 'source']],
    lacks: ['Kenya']
  },
  {
    rule: 'a name doing the lead\'s event again in the next sentence did it, and the one it names after the verb underwent it (Judge Ruth Calloway sentenced Owen Darby)',
    body: 'A former school bursar who stole more than $400,000 from a Perth primary school has been jailed for three years.\n\nJudge Ruth Calloway sentenced Owen Darby, 47, in the District Court on Thursday.',
    published: '2026-04-18',
    has: [['Owen Darby', 'target'], ['Ruth Calloway', 'source']],
    lacks: []
  },
  {
    rule: 'a person the next sentence introduces by an age undergoes a ruling whose lead names no one it is done to (jailed a Cork man … Liam Brophy (29))',
    body: 'The Central Criminal Court has jailed a Cork man for nine years for the manslaughter of a neighbour.\n\nLiam Brophy (29), of Mayfield, had pleaded guilty to the killing in March.',
    published: '2026-05-09',
    has: [['Liam Brophy', 'target'], ['Central Criminal Court', 'source']],
    lacks: []
  },
  {
    rule: 'a full name whose given name is hyphenated is a name, not a compound adjective (found Kang Tae-soo guilty), a participle ending still one (a Hong Kong-listed developer)',
    body: 'SEOUL (AP) — The Suwon District Court on Monday found Kang Tae-soo guilty of taking bribes from a Hong Kong-listed developer.',
    published: '2026-02-10',
    has: [['Kang Tae-soo', 'target'], ['Suwon District Court', 'source']],
    lacks: [/Hong Kong/]
  },
  {
    rule: 'a given name ending like a participle the lexicon does not know is still a name (found Lin Wei-chen guilty)',
    body: 'TAIPEI (Reuters) - The Taipei District Court on Monday found Lin Wei-chen guilty of leaking chip designs to a rival.',
    published: '2026-03-10',
    has: [['Lin Wei-chen', 'target']],
    lacks: []
  },
  {
    rule: 'the members of a group a measure is taken against, listed a sentence or two on, take its place; who speaks is no member (The affected insurers are …; the regulator said)',
    body: 'ACCRA, May 6 — The National Insurance Commission has fined four motor insurers a total of 2.1 million cedis for delaying claims payments, the regulator said on Tuesday.\n\nThe commission said the affected insurers are Volta Shield Assurance, Adinkra Mutual Assurance, Coastal Crest Insurance and Harmattan Indemnity.',
    published: '2026-05-06',
    has: [['National Insurance Commission', 'source'], ['Volta Shield Assurance', 'target'], ['Adinkra Mutual Assurance', 'target'], ['Coastal Crest Insurance', 'target'], ['Harmattan Indemnity', 'target']],
    lacks: [/motor insurers/]
  },
  {
    rule: "a body named after its members' noun and `of` is who acts (members of the National Union of Teachers went on strike)",
    body: 'Schools across the country closed on Monday as members of the National Union of Teachers went on strike over unpaid allowances.',
    published: '2026-03-10',
    has: [['National Union of Teachers', 'source']],
    lacks: []
  },
  {
    rule: 'a counted group named one by one after it is counted again, set off by a comma, takes the names (The two Kenyan engineers, Peter Mwangi and Ruth Achieng, were released)',
    body: 'BAMAKO (AP) — Two kidnapped engineers have been freed in central Mali, their employer said Friday.\n\nThe two Kenyan engineers, Peter Mwangi and Ruth Achieng, were released near Mopti on Thursday.',
    published: '2026-06-12',
    has: [['Peter Mwangi', 'target'], ['Ruth Achieng', 'target']],
    lacks: [/engineers/]
  },
  {
    rule: 'the members of a group a ruling is against, listed in the next sentence, take its place (convicted three former customs officers … The judgment named them as Daniel Mensah, Kofi Boateng and Ama Owusu)',
    body: 'ACCRA, March 3 — A High Court in Accra on Tuesday convicted three former customs officers of taking bribes at the port of Tema.\n\nThe judgment named them as Daniel Mensah, Kofi Boateng and Ama Owusu, who were each sentenced to six years in prison.',
    published: '2026-03-03',
    has: [['Daniel Mensah', 'target'], ['Kofi Boateng', 'target'], ['Ama Owusu', 'target']],
    lacks: [/customs officers/]
  },
  {
    rule: 'a union named on its noun before `of` a sentence on called the strike (the Federated Union of Port Workers said); not again when it is a party by its acronym',
    body: 'DURBAN, May 4 — Dock workers at the port of Durban went on strike on Monday, halting container traffic.\n\nThe Federated Union of Port Workers said about 3,000 members had joined the walkout.',
    published: '2026-05-04',
    has: [['Federated Union of Port Workers', 'source']],
    lacks: []
  },
  {
    rule: "a body named after its operatives' noun and of is who acts (Operatives of the Kano State Police Command have arrested)",
    body: 'Operatives of the Kano State Police Command have arrested nine suspected robbers during a raid on a hideout in Kano, the command said on Tuesday.',
    published: '2026-04-14',
    has: [['Kano State Police Command', 'source']],
    lacks: []
  },
  {
    rule: 'a body telling what its own members will do takes part in their march, though the lead names them by their kind (The Nepal Farmers Alliance said its members)',
    body: 'KATHMANDU, June 2 — Thousands of farmers marched on parliament in Kathmandu on Monday to demand higher crop prices.\n\nThe Nepal Farmers Alliance said its members would camp outside the building until the government responded.',
    published: '2026-06-02',
    has: [['Nepal Farmers Alliance', 'source']],
    lacks: []
  },
  {
    rule: 'mediators who tell of the deal are parties to it, each one the mediators\' noun opens (mediators Turkey and Oman announced)',
    body: 'The two factions agreed on Sunday to a 10-day truce in the city of Taiz, mediators Turkey and Oman announced.',
    published: '2026-05-11',
    has: [['Turkey', 'other'], ['Oman', 'other']],
    lacks: []
  },
  {
    rule: 'people counted as kidnapped undergo the kidnapping, though the dead counted so are no party (abducted at least 27 people)',
    body: 'Gunmen on motorcycles abducted at least 27 people from a farming village in Zamfara state late on Sunday.',
    published: '2026-03-10',
    has: [['Gunmen', 'source'], ['people', 'target']],
    lacks: []
  },
  {
    rule: 'the person who announces the lead\'s measure, by title and name, opening the next sentence acts for the government (Trade Minister Helen Okafor announced the duties)',
    body: 'The federal government has imposed anti-dumping duties on steel wire imported from Vietnam.\n\nTrade Minister Helen Okafor announced the duties in Ottawa on Tuesday, saying the imports had hurt domestic mills.',
    published: '2026-09-16',
    has: [['Helen Okafor', 'source']],
    lacks: []
  },
  {
    rule: 'a person speaking of the measure without announcing it by name is no party (Trade Minister Helen Okafor said prices would rise)',
    body: 'The federal government has imposed anti-dumping duties on steel wire imported from Vietnam.\n\nTrade Minister Helen Okafor said on Tuesday that prices would rise.',
    published: '2026-09-16',
    has: [],
    lacks: ['Helen Okafor']
  },
  {
    rule: 'a phrase with no noun of people or of a body and no plural names a thing, no party (The award was presented)',
    body: 'The award was presented to Okonkwo by festival director Maria Lindgren at a closing ceremony in Venice on Saturday.',
    published: '2026-05-10',
    has: [['Maria Lindgren', 'source']],
    lacks: ['award']
  },
  {
    rule: 'a decision opening the sentence of a meeting is no party to it (The decision, taken … at its weekly meeting)',
    body: 'The decision, taken by the council of ministers at its weekly meeting in Rabat, ends months of uncertainty.',
    published: '2026-05-10',
    has: [],
    lacks: ['decision']
  },
  {
    rule: 'a phrase naming a person by a noun of the lexicon\'s people is a party (A suicide bomber blew himself up)',
    body: 'A suicide bomber blew himself up outside a police station in Quetta on Monday, killing four officers.',
    published: '2026-05-10',
    has: [['suicide bomber', 'source']],
    lacks: []
  },
  {
    rule: 'the sentence naming one of the lead\'s people for the event tells it again with the others (was picked up, while … were detained)',
    body: 'Police arrested the owner and two supervisors of a shoe factory in Narayanganj on Thursday, three days after a fire at the plant killed nine workers.\n\nKamrul Islam Bhuiyan, chairman of Delta Footwear Ltd, was picked up from his home in Dhanmondi, while floor supervisor Jahid Hossain and accounts officer Selim Reza were detained at their homes in Narayanganj, police said.',
    published: '2026-03-14',
    has: [['Kamrul Islam Bhuiyan', 'target'], ['Jahid Hossain', 'target'], ['Selim Reza', 'target']],
    lacks: []
  },
  {
    rule: 'the nationality of what water cannon is fired at undergoes it (fired water cannon at a Philippine boat)',
    body: 'A Chinese coast guard vessel fired water cannon at a Philippine boat carrying supplies on Friday.',
    published: '2026-08-22',
    has: [['China', 'source'], ['Philippines', 'target']],
    lacks: []
  },
  {
    rule: 'a country\'s body named by a noun that only opens a trigger\'s form is that body, named next (Britain\'s police watchdog … The Independent Office for Police Conduct)',
    body: 'Britain\'s police watchdog has opened an inquiry into the death of a man in custody.\n\nThe Independent Office for Police Conduct said on Wednesday that it had served notices on three officers.',
    published: '2026-03-14',
    has: [['Independent Office for Police Conduct', 'source']],
    lacks: ['Britain']
  },
  {
    rule: 'who the sentence after the lead says sponsored or brokered the talks are their parties (The negotiations, sponsored by Saudi Arabia and the United States)',
    body: 'Delegations from the two warring parties began indirect talks in Jeddah on Tuesday aimed at securing a humanitarian truce.\n\nThe negotiations, sponsored by Saudi Arabia and the United States, are being held in separate rooms of a hotel.',
    published: '2026-02-24',
    has: [['Saudi Arabia', 'other'], ['United States', 'other']],
    lacks: []
  },
  {
    rule: 'a nationality opening the sentence before a plural of people describes them; the people act, not the country (Bangladeshi garment workers clashed)',
    body: 'Bangladeshi garment workers demanding two months of unpaid wages clashed with police in the industrial belt of Gazipur on Tuesday.',
    published: '2026-07-15',
    has: [['Bangladeshi garment workers', 'source']],
    lacks: ['Bangladesh']
  },
  {
    rule: 'so does a nationality before the plural of a person noun of the lexicon (Kenyan nurses went on strike)',
    body: 'Kenyan nurses went on strike on Monday over unpaid allowances.',
    published: '2026-07-15',
    has: [['Kenyan nurses', 'source']],
    lacks: ['Kenya']
  },
  {
    rule: 'a lead dated only by its closing source\'s saying is told again on the day it happened, with who it was done to (said on Friday … was arrested late on Wednesday)',
    body: 'JAKARTA, March 14 (Reuters) - Indonesia\'s Corruption Eradication Commission (KPK) has detained the governor of South Sulawesi province over road contract bribes, the agency said on Friday.\n\nGovernor Andi Syamsul Rahman was arrested late on Wednesday at a hotel in Makassar, the commission said.',
    published: '2025-03-14',
    has: [['Corruption Eradication Commission', 'source'], ['Andi Syamsul Rahman', 'target']],
    lacks: []
  },
  {
    rule: 'an opening `According to` and the titled source it names up to its comma are no parties (According to Kalat Deputy Commissioner Jamil Ahmed Baloch, …)',
    body: 'According to Kalat Deputy Commissioner Jamil Ahmed Baloch, around 20 militants riding motorcycles attacked the checkpost from three directions at about 11:30pm.',
    published: '2026-05-12',
    has: [],
    lacks: ['According', 'Jamil Ahmed Baloch']
  }
]

t.test('a march dispersed by police is the news, and a month is no march nor town of its name', async (t) => {
  const found = events('KAMPALA, Uganda (AP) — Ugandan police fired teargas and rubber bullets on Tuesday to break up a march by opposition supporters protesting against the arrest of an opposition lawmaker.', '2025-10-22',
    { language: 'en', title: 'Police fire teargas at opposition march in Kampala' })
  t.same([main(found).type, main(found).cameo, main(found).trigger?.text], ['protest', '14', 'march'])
  const arrested = events('The minister was arrested in March and released on bail.', '2025-10-22', { language: 'en' })
  t.notOk(arrested.some((e) => e.type === 'protest'), 'the month names no march')
  t.equal(main(arrested).location, null, 'nor the English town of March')
})

t.test('French parties: a number written in words is no score, and a place or a preposition after the winner\'s verb does not hide who was beaten', async (t) => {
  const counted = main(events('Dix-sept soldats nigériens ont été tués mardi dans une attaque de l\'État islamique au Grand Sahara près de la frontière malienne.', '2026-05-10'))
  hasActor(t, counted, 'Dix-sept soldats nigériens', 'target')
  const final = main(events('Le Français Hugo Martin a remporté dimanche le tournoi de Paris en battant en finale le Chilien Diego Soto 6-3, 7-5.', '2025-11-03'))
  hasActor(t, final, 'Hugo Martin', 'source')
  hasActor(t, final, 'Diego Soto', 'target')
})

t.test('English events: the verb of a subordinate clause is background unless the lead tells nothing else; sport words name the match; war games are drills', async (t) => {
  const race = main(events('MONZA, Sept 7 (Reuters) - Williams driver Pablo Alvarez won the Italian Grand Prix on Sunday after the two leaders collided while fighting for the lead with five laps remaining.', '2025-09-07', { title: 'Motor racing-Alvarez wins in Monza' }))
  t.match(race, { type: 'sport', trigger: { text: 'won' } })
  hasActor(t, race, 'Pablo Alvarez', 'source')
  lacksActor(t, race, /Grand Prix/)
  const kidnap = main(events('Schools stayed closed on Tuesday in Iguala, two days after gunmen kidnapped four municipal police officers on the road into the town.', '2026-02-17', { title: 'Schools shut after gunmen kidnap officers' }))
  t.match(kidnap, { type: 'attack', trigger: { text: 'kidnapped' } }, 'a lead whose only event is in its subordinate clause tells it as news')
  const test = main(events('RAWALPINDI: Pakistan\'s seamers bowled England out for 201 on the final morning to complete a 96-run victory in the second Test and level the series.', '2025-11-17', { title: 'Pakistan level series' }))
  t.match(test, { type: 'sport', trigger: { text: 'victory' } }, 'a victory in a Test is a match; `final morning` is no final')
  const bout = main(events('Ghanaian Kwame Ade became the WBC heavyweight champion on Saturday night, knocking out Hungary\'s Bence Kovacs in the seventh round in Accra.', '2025-12-14', { title: 'Ade knocks out Kovacs' }))
  t.match(bout, { type: 'sport', trigger: { text: 'knocking' } })
  hasActor(t, bout, 'Bence Kovacs', 'target')
  const games = main(events('China began two days of war games around Taiwan on Wednesday, sending warships and dozens of aircraft close to the island.', '2025-04-02', { title: 'China stages war games around Taiwan' }))
  t.match(games, { type: 'military-action', cameo: '15', trigger: { text: 'war games' } }, 'war games are drills')
  const stage = main(events('Italy\'s Marco Rossi won stage 12 of the Tour de France in Pau on Thursday after a late attack on the final climb.', '2026-07-16', { title: 'Tour de France: Rossi wins stage 12' }))
  t.match(stage, { type: 'sport', trigger: { text: 'won' } }, 'the Tour de France is a race, no visit')
})

t.test('English events: a strike called off yields (CAMEO 08); a police raid is a search (investigation, 09); a margin after a sentence\'s determiner is nobody', async (t) => {
  const off = main(events('A five-day strike by junior doctors in Wales, due to start on Monday, has been called off after the union accepted a revised offer from the government.', '2025-11-14', { title: 'Doctors call off strike' }))
  t.match(off, { type: 'strike', cameo: '08' })
  lacksActor(t, off, /five-day/)
  const raided = main(events('More than 150 police officers raided 20 properties across Perth on Wednesday in an operation targeting a motorcycle gang.', '2025-12-10', { title: 'Police raid homes' }))
  t.match(raided, { type: 'investigation', cameo: '09', trigger: { text: 'raided' } })
  const raid = main(events('Detectives on Tuesday carried out a raid on a warehouse in Mombasa and seized counterfeit medicines, police said.', '2025-12-10', { title: 'Detectives raid warehouse' }))
  t.match(raid, { type: 'investigation', cameo: '09', trigger: { text: 'raid' } })
  const strikes = main(events('Israeli troops carried out a raid on the Jenin refugee camp on Tuesday, the army said.', '2025-12-10', { title: 'Army raids camp' }))
  t.match(strikes, { type: 'military-action', cameo: '19' }, 'a raid by troops is still a military action')
})

t.test('English events: a price raised or a business shut is an economic decision', async (t) => {
  t.match(main(events('KUALA LUMPUR, Sept 2 (Reuters) - Malaysia raised the price of subsidised diesel by about 15% on Wednesday, the first increase in three years.', '2025-09-03', { title: 'Malaysia raises fuel prices' })),
    { type: 'economic', trigger: { text: 'raised' } })
  const shut = main(events('Highveld Steel said on Wednesday it would shut its long steel business, putting about 2,000 jobs at risk.', '2025-09-03', { title: 'Steelmaker to shut plant' }))
  t.match(shut, { type: 'economic', trigger: { text: 'would shut' } })
  hasActor(t, shut, 'Highveld Steel', 'source')
})

t.test('English events: a bare strike that hits and wounds is no walkout, even under a headline\'s strike', async (t) => {
  const found = events('An Israeli drone strike on a motorbike in southern Lebanon on Thursday killed a local Hezbollah official, the Israeli military said.\n\nA second strike later in the day hit a house in the village of Kfar Kila, wounding three people.',
    '2026-03-14', { language: 'en', title: 'Israeli strike kills Hezbollah official' })
  t.match(main(found), { type: 'military-action', trigger: { text: 'drone strike' } })
  t.notOk(found.some((e) => e.type === 'strike'), 'no walkout')
  const walkout = main(events('Bus drivers in Leeds will strike on Monday over pay, the Unite union said.', '2026-03-14', { language: 'en' }))
  t.match(walkout, { type: 'strike', trigger: { text: 'strike' } }, 'a strike over pay still is one')
})

t.test('English events: a ruling party is no ruling', async (t) => {
  const won = main(events('Zimbabwe\'s ruling ZANU-PF party has won a parliamentary by-election in a Harare constituency long held by the opposition, official results showed on Monday.', '2026-05-18', { language: 'en' }))
  t.match(won, { type: 'election', trigger: { text: 'by-election' } })
  const ruled = main(events('The Supreme Court\'s ruling on Tuesday struck a blow to the ruling coalition, which had backed the law.', '2026-05-18', { language: 'en' }))
  t.match(ruled, { type: 'court-ruling', trigger: { text: 'ruling' } }, 'the court\'s ruling still is one')
})

t.test('English events: flood control and an extradition treaty are no events; a court bars, a legislature overrides a veto; a price lower than another is no price cut', async (t) => {
  const steered = events('The governor is accused of steering flood control contracts worth P2 billion to firms owned by his relatives.', '2026-05-18', { language: 'en' })
  t.notOk(steered.some((e) => e.type === 'disaster'), 'flood control is no flood')
  t.match(main(events('Honduras\'s National Congress voted late Wednesday to restore the country\'s extradition treaty with the United States.', '2026-05-18', { language: 'en' })),
    { type: 'legislation', trigger: { text: 'voted' } })
  t.match(main(events('A Dhaka court yesterday barred a former state minister and his wife from leaving the country.', '2026-05-18', { language: 'en' })),
    { type: 'court-ruling', trigger: { text: 'barred' } })
  t.match(main(events('Kansas\' Legislature on Thursday overrode Gov. Ellen Marsh\'s veto of a bill capping property valuations.', '2026-05-18', { language: 'en' })),
    { type: 'legislation', trigger: { text: 'overrode' } })
  const lower = events('The bureau alleges the company advertised daily rates that were on average 40 per cent lower than what customers paid.', '2026-05-18', { language: 'en' })
  t.notOk(lower.some((e) => e.type === 'economic'), 'a comparison is no price cut')
})

t.test('English events: headlines\' present tense (passes, quashes, acquits) and the plurals of nouns ending in a hiss (ambushes)', async (t) => {
  t.match(main(events('The High Court quashes the conviction of a former police officer.', '2026-05-18', { language: 'en' })), { type: 'court-ruling', cameo: '08', trigger: { text: 'quashes' } })
  t.match(main(events('The Senate passes the budget bill after a 14-hour debate.', '2026-05-18', { language: 'en' })), { type: 'legislation', trigger: { text: 'passes' } })
  t.match(main(events('Two ambushes on army convoys in the north killed 12 soldiers on Sunday.', '2026-05-18', { language: 'en' })), { type: 'attack', trigger: { text: 'ambushes' } },
    'and a noun ending so takes -es in the plural')
  t.match(main(events('A Lagos court acquits former governor of fraud charges.', '2026-05-18', { language: 'en' })), { type: 'court-ruling', cameo: '08', trigger: { text: 'acquits' } },
    'a verb the lexicon writes in the past has its present too')
})

t.test('English events: an assault rifle is no assault', async (t) => {
  const found = events('Customs officers found two assault rifles and 300 rounds of ammunition hidden in a lorry at the port of Dover on Tuesday.', '2026-03-04', { language: 'en' })
  t.notOk(found.some((e) => e.trigger?.text === 'assault'), 'the rifle names no attack')
})

t.test('English events: drones or missiles launched at a place are a military action by who launched them', async (t) => {
  const found = main(events('Russia launched 40 drones at Odesa overnight, damaging port facilities and wounding three people, regional officials said on Thursday.', '2025-06-12'))
  t.match(found, { type: 'military-action', cameo: '19', trigger: { text: 'launched' } })
  hasActor(t, found, 'Russia', 'source')
  const probe = main(events('Prosecutors launched an investigation on Monday into the sale of military drones to a foreign buyer.', '2025-06-12'))
  t.not(probe?.type, 'military-action', 'an investigation launched is none')
})

for (const { rule, body, published, title, has, lacks } of ENGLISH_PARTIES) {
  t.test(`English parties: ${rule}`, async (t) => {
    const found = main(events(body, published, { language: 'en', ...(title === undefined ? {} : { title }) }))
    for (const [name, role] of has) hasActor(t, found, name, role)
    for (const name of lacks) lacksActor(t, found, name)
  })
}

t.test('English events: a case a court or a judge dismisses is a ruling that rejects (CAMEO 12); a minister\'s rejection stays a statement', async (t) => {
  const ruling = main(events('Justice Margaret Hollis on Wednesday dismissed the case brought by the Waterloo Public Housing Action Group against the demolition plan.', '2025-09-04', { language: 'en' }))
  t.match(ruling, { type: 'court-ruling', cameo: '12', trigger: { text: 'dismissed' } })
  hasActor(t, ruling, 'Margaret Hollis', 'source')
  const reply = main(events('Foreign Minister Ana Ruiz on Wednesday dismissed the accusations as baseless.', '2025-09-04', { language: 'en' }))
  t.match(reply, { type: 'declaration', cameo: '12' })
})

t.test('English events: a present participle after a comma tells what the verb before it did, not the news (capsized …, blaming); a sentence\'s adverb is nobody', async (t) => {
  const found = main(events('MANILA — Nine people died after a motorized outrigger boat capsized off Romblon province on Monday, the Philippine Coast Guard said Tuesday, blaming overloading and the captain\'s decision to sail despite a gale warning.',
    '2025-05-06', { language: 'en', title: 'Coast Guard blames overloading as boat capsizes off Romblon' }))
  t.match(found, { type: 'accident', trigger: { text: 'capsized' } })
  const ambush = main(events('Shortly after dawn on Sunday, fighters riding motorbikes opened fire on a Malian army supply convoy near Douentza, killing at least 20 soldiers, security sources said.', '2025-05-05', { language: 'en' }))
  lacksActor(t, ambush, 'Shortly')
})

t.test('English events: a candidate beating another by votes is an election; a parliament named by its name votes legislation; a bill clearing a chamber is no acquittal', async (t) => {
  const race = events('Haruto Takeda beat Economic Security Minister Naomi Kuroda by 215 votes to 176 in a runoff for the party leadership race on Saturday.', '2026-09-28', { language: 'en' })
  t.ok(race.some((e) => e.trigger?.text === 'beat' && e.type === 'election'), 'beat by votes is an election')
  t.notOk(race.some((e) => e.type === 'sport'), 'and no match')
  const vote = main(events('BERLIN, June 27 (dpa) - Germany\'s Bundestag on Thursday voted to extend the country\'s rent brake by four years.', '2025-06-27', { language: 'en' }))
  t.match(vote, { type: 'legislation', trigger: { text: 'voted' } })
  hasActor(t, vote, 'Bundestag', 'source')
  const cleared = events('The federal government\'s build-to-rent housing legislation cleared the Senate shortly before 2am yesterday after a marathon overnight sitting, ending a five-month standoff with the crossbench.', '2026-08-12', { language: 'en' })
  t.match(main(cleared), { type: 'legislation' }, 'a bill clears the Senate')
  t.notOk(cleared.some((e) => e.type === 'court-ruling'), 'nobody is acquitted')
})

t.test('English events: a bare participle after a noun, past the news\' verb with its auxiliary, describes that noun (penalties imposed on)', async (t) => {
  const found = main(events('Southern Water has been fined £4.2 million for illegally discharging untreated sewage into the River Adur in West Sussex, in one of the largest penalties imposed on a water company this year.',
    '2025-09-05', { language: 'en', title: 'Southern Water fined £4.2m over sewage spills' }))
  t.match(found, { trigger: { text: 'has been fined' }, startDate: '2025-09-05' })
  hasActor(t, found, 'Southern Water', 'target')
})

t.test('English places: a capital stays itself when the article names a country with a namesake town (Cairo beside a US envoy)', async (t) => {
  const found = main(events('Delegations from Israel and Hamas arrived in Cairo on Tuesday for a new round of indirect talks. The US envoy is expected on Wednesday.', '2026-03-10', { language: 'en' }))
  t.match(found, { location: { name: 'Cairo', countryCode: 'EG' } })
})

t.test('English parties: a live blog\'s time zone is nobody (13:10 GMT - … met)', async (t) => {
  const found = events('LIVE: ceasefire talks in Cairo.\n\n13:10 GMT - Egyptian Foreign Minister Badr Abdelatty met US envoy Steve Witkoff in Cairo and said negotiations were serious but difficult.', '2026-03-10', { language: 'en' })
  const met = found.find((e) => e.trigger?.text === 'met')
  t.ok(met !== undefined, 'the meeting is found')
  if (met !== undefined) {
    hasActor(t, met, 'Badr Abdelatty')
    lacksActor(t, met, 'GMT')
  }
})

t.test('English events: riot police are no riot', async (t) => {
  const found = events('PARIS, Jan 29 (AFP) - French riot police fired tear gas in Paris on Thursday as hundreds of thousands of people took to the streets against the austerity budget.', '2026-01-29', { language: 'en' })
  t.notOk(found.some((e) => e.trigger?.text === 'riot'), 'the police\'s name tells of no riot')
  t.ok(found.some((e) => e.trigger?.text === 'took to the streets' && e.type === 'protest'), 'the march is its own event')
})

t.test('English events: a trial or a hearing is coercion, no ruling (other, CAMEO 17); an explosion at a plant is an accident whose operator is its other party', async (t) => {
  const trial = main(events('The trial of former transport minister Gary McLeish opened on Monday at the High Court in Glasgow.', '2026-03-04', { language: 'en' }))
  t.match(trial, { type: 'other', cameo: '17', trigger: { text: 'trial' } })
  const blast = main(events('One worker was killed and six were injured in an explosion at BASF\'s main chemical plant in Ludwigshafen on Wednesday morning, the company said.', '2026-03-04', { language: 'en' }))
  t.match(blast, { type: 'accident', cameo: null, trigger: { text: 'explosion' } })
  hasActor(t, blast, 'BASF', 'other')
  lacksActor(t, blast, 'worker')
})

t.test('English events: the objects of an earlier verb the trigger is coordinated with are no subjects of it (barred X … and imposed a fine on it)', async (t) => {
  const found = main(events('The Capital Markets Authority on Tuesday suspended Nairobi broker Kilima Securities from trading for six months and imposed a fine of 20 million shillings on it.', '2026-03-10', { language: 'en' }))
  t.match(found, { type: 'sanctions', trigger: { text: 'imposed' } })
  hasActor(t, found, 'Capital Markets Authority', 'source')
  t.notOk(found.participants.some((p) => p.name.includes('Kilima') && p.role === 'source'), 'the broker suspended is not who imposed the fine')
})

t.test('English events: a guilty plea is an event of its own (other, CAMEO 17), no ruling; the one a ruling is done to is the name opening the next sentence with where they live, not an aged victim after it', async (t) => {
  const body = 'A 29-year-old man who killed a pedestrian while fleeing gardaí in Cork has been jailed for six years.\n\nKevin Daly, of Blackpool, Cork, pleaded guilty at Cork Circuit Criminal Court in January to dangerous driving causing the death of Mary Collins (71) on the Commons Road in 2024.'
  const found = events(body, '2026-03-12', { language: 'en' })
  const ruling = main(found)
  t.match(ruling, { type: 'court-ruling', trigger: { text: 'has been jailed for' } })
  hasActor(t, ruling, 'Kevin Daly', 'target')
  lacksActor(t, ruling, 'Mary Collins')
  t.match(found.find((e) => e.trigger?.text === 'pleaded guilty'), { type: 'other', cameo: '17', main: false })
})

t.test('English events: a company collapsing into administration is economic news, no accident; an ampersand between capitalised words joins one name (Hallam & Rowe)', async (t) => {
  const found = main(events('The Sheffield cutlery maker Hallam & Rowe collapsed into administration on Tuesday, putting 240 jobs at risk.', '2026-01-15', { language: 'en' }))
  t.match(found, { type: 'economic', cameo: null, trigger: { text: 'collapsed into administration' } })
  hasActor(t, found, 'Hallam & Rowe', 'source')
})

t.test('English events: a verb telling of the past is not dated by a day after the publication (has quashed … a retrial to start on June 4)', async (t) => {
  const found = main(events('The Court of Appeal has quashed the murder conviction of Dean Walsh and ordered a retrial to start on June 4.', '2026-05-29', { language: 'en' }))
  t.match(found, { type: 'court-ruling', trigger: { text: 'has quashed' }, startDate: '2026-05-29', startPrecision: 'day' })
  const planned = main(events('Dock workers in Antwerp will walk off the job on June 4 in a dispute over pensions, their union said on Friday.', '2026-05-29', { language: 'en' }))
  t.match(planned, { type: 'strike', startDate: '2026-06-04' }, 'a walkout still to come keeps its day')
})

t.test('English events: a lead told in the present perfect with no date is not dated by a month before the publication\'s in the next sentence (has been jailed … was found guilty in July)', async (t) => {
  const body = 'A Limerick man who beat his neighbour to death during a row over a hedge has been jailed for 14 years at the Central Criminal Court.\n\nDeclan Hartigan (52), of Raheen, was found guilty by a jury in July of the manslaughter of Seán Moloney (67).'
  t.match(main(events(body, '2025-09-18', { language: 'en' })), { type: 'court-ruling', trigger: { text: 'has been jailed for' }, startDate: '2025-09-18', startPrecision: 'day' })
})

t.test('English events: a verb of saying opens a clause with no `that` before a name or a count; its subject is no party of the verb in it, unless, a body, it tells of an arrest in the passive', async (t) => {
  const fired = main(events('Ukraine\'s air force said Russia fired 210 drones at targets across the country overnight.', '2025-11-14', { language: 'en' }))
  t.match(fired, { type: 'military-action', trigger: { text: 'fired' } })
  hasActor(t, fired, 'Russia', 'source')
  lacksActor(t, fired, /air force/)
  const detained = main(events('23:58 - Armenia\'s Interior Ministry says 37 people have been detained in Yerevan tonight after clashes outside parliament.', '2025-11-14', { language: 'en' }))
  t.match(detained, { type: 'arrest', trigger: { text: 'have been detained' } })
  hasActor(t, detained, 'Interior Ministry', 'source')
})

t.test('English events: a city English copy calls by its exonym is the gazetteer\'s city of that country, not a smaller namesake (Geneva, Limerick, Antwerp); a country the sentence names brings no namesake a tiny fraction of the city\'s size (Dublin)', async (t) => {
  t.match(main(events('GENEVA — Delegations from Armenia and Azerbaijan held talks in Geneva on Tuesday.', '2026-04-15', { language: 'en' })), { location: { countryCode: 'CH' } })
  t.match(main(events('Nurses at the regional hospital in Limerick went on strike on Monday over staffing levels.', '2026-04-15', { language: 'en' })), { location: { countryCode: 'IE' } })
  t.match(main(events('Police arrested four dockworkers in Antwerp on Friday after 300 kilograms of cocaine were found in a container.', '2026-04-15', { language: 'en' })), { location: { countryCode: 'BE' } })
  const cuts = main(events('US software maker Brightlane is to cut 600 jobs at its European headquarters in Dublin as it moves support work to Poland.', '2026-04-15', { language: 'en' }))
  t.match(cuts, { location: { name: 'Dublin', countryCode: 'IE' } }, 'a city stays itself beside a country whose namesake of it is a small town')
})

t.test('English events: an event told after `ending` is the background of the news, not the news (approved a new pay agreement …, ending a dispute that led to a series of strikes)', async (t) => {
  const body = 'ROTTERDAM, March 28 - Dock workers at the port of Rotterdam have approved a new pay agreement in a members\' ballot, ending a dispute that led to a series of strikes at the port this winter, the FNV union said on Friday.'
  t.match(main(events(body, '2026-03-28', { language: 'en', title: 'Rotterdam dockers accept pay deal, ending threat of further strikes' })), { type: 'agreement' })
})

t.test('English events: a headline\'s `searches` is a search like the body\'s `searched`, the news (Competition watchdog searches offices of Zapto)', async (t) => {
  const body = 'India\'s Competition Commission searched the offices of food delivery platform Zapto in Bengaluru and Mumbai on Tuesday, as part of an investigation into allegations that the company forced restaurants to offer it lower prices than they charged on rival apps.'
  t.match(main(events(body, '2025-05-20', { language: 'en', title: 'Competition watchdog searches offices of food delivery firm Zapto' })), { type: 'investigation', trigger: { text: 'searched' } })
})

t.test('English events: a headline\'s charge is the arrest the lead tells (Calgary police charge man … have arrested a 34-year-old man)', async (t) => {
  const body = 'Calgary police have arrested a 34-year-old man in connection with more than a dozen garage break-ins across the city\'s southeast, the service said Friday.\n\nDustin Mearns, 34, faces 15 charges including break and enter and possession of stolen property.'
  t.match(main(events(body, '2025-03-14', { language: 'en', title: 'Calgary police charge man, 34, in string of garage break-ins' })), { type: 'arrest', trigger: { text: 'have arrested' } })
})

t.test('English events: an event told after `ahead of` is the background of the news, not the news (names judge to head electoral commission ahead of by-elections)', async (t) => {
  const body = 'LILONGWE — A High Court judge was appointed on Tuesday to lead Malawi\'s electoral commission, filling a post that had been vacant since July.\n\nThe commission will organise by-elections in four constituencies in December.'
  t.match(main(events(body, '2025-09-24', { language: 'en', title: 'Malawi names judge to head electoral commission ahead of by-elections' })), { type: 'appointment', trigger: { text: 'was appointed' } })
})

t.test('English events: a live blog\'s `welcome to our live coverage` welcomes no one', async (t) => {
  const body = '7.05am Good morning and welcome to our live coverage. Lismore is bracing for major flooding after heavy rain overnight sent the Wilsons River surging past the moderate level.'
  const found = events(body, '2025-02-27', { language: 'en', title: 'Live: Wilsons River rises as Lismore told to evacuate' })
  t.notOk(found.some((e) => e.type === 'welcome'), 'no welcome')
  t.match(main(found), { type: 'disaster' })
})

t.test('English events: a verb right after a relative pronoun, before the sentence\'s own verb, tells what befell the subject before the news; its date stays its own and the relative pronoun names no one (Six nurses who were abducted last month were freed on Wednesday)', async (t) => {
  const found = main(events('PORT-AU-PRINCE - Six nurses who were abducted from a hospital minibus in the Haitian capital last month were freed on Wednesday, their employer said.', '2025-11-12', { language: 'en' }))
  t.match(found, { type: 'other', cameo: '08', trigger: { text: 'were freed' }, startDate: '2025-11-12', startPrecision: 'day' })
  hasActor(t, found, 'Six nurses', 'target')
  lacksActor(t, found, /who/)
})

t.test('English events: an event of the headline\'s type far past the lead does not outrank the lead\'s news (EU blacklists … over jailed activists, a prison term told three sentences on)', async (t) => {
  const body = 'BRUSSELS - The European Union on Monday imposed asset freezes and travel bans on 17 Belarusian judges, prison officials and security officers it holds responsible for the mistreatment of political prisoners.\n\n' +
    'The measures were adopted by foreign ministers meeting in Brussels. Minsk called them illegal.\n\n' +
    'Among the prisoners is the Viasna human rights centre. Its founder, Ales Bialiatski, was sentenced to 10 years in prison in March 2023.'
  t.match(main(events(body, '2025-06-23', { language: 'en', title: 'EU blacklists 17 Belarusian officials over jailed activists' })), { type: 'sanctions', trigger: { text: 'imposed' } })
})

t.test('English events: a product recall and a plan unveiled are announcements; a memory recalled and a statue unveiled are not', async (t) => {
  const recall = main(events('TORONTO - Kitchen appliance maker Brightwell Home Products is recalling about 240,000 air fryers sold in Canada and the United States after reports that the units can overheat.', '2026-06-10', { language: 'en' }))
  t.match(recall, { type: 'announcement', trigger: { text: 'is recalling' } })
  const plan = main(events('BRISBANE - Brisbane City Council unveiled a resilience levy on Monday to pay for flood defences across the city.', '2026-03-16', { language: 'en' }))
  t.match(plan, { type: 'announcement', trigger: { text: 'unveiled' } })
  hasActor(t, plan, 'Brisbane City Council', 'source')
  const memory = events('The mayor recalled the floods of 1974 as she opened the new bridge on Monday.', '2026-03-16', { language: 'en' })
  t.notOk(memory.some((e) => e.type === 'announcement'), 'a memory recalled is no announcement')
  const statue = events('The mayor unveiled a statue of the city\'s founder on Monday.', '2026-03-16', { language: 'en' })
  t.notOk(statue.some((e) => e.type === 'announcement'), 'a statue unveiled is no announcement')
})

t.test('English events: a strike the news ends is its background, a verb\'s form after its determiner too (reached a tentative agreement …, ending a five-day strike)', async (t) => {
  const body = 'DULUTH, Minn. - Nurses at two Duluth hospitals will return to work Saturday after their union reached a tentative agreement with the hospitals\' operator early Thursday, ending a five-day strike that forced the cancellation of hundreds of procedures.'
  t.match(main(events(body, '2025-06-14', { language: 'en', title: 'Duluth nurses reach tentative deal, ending five-day strike' })), { type: 'agreement', trigger: { text: 'reached a tentative agreement' } })
})

t.test('English events: a primary school holds no election', async (t) => {
  const school = events('A fire destroyed part of a primary school in Dundee on Saturday night, and detectives are treating it as wilful.', '2026-05-10', { language: 'en' })
  t.notOk(school.some((e) => e.type === 'election'), 'no election')
})

t.test('English events: sport off the field (a ban, a ban cut on appeal, points deducted, a coach relieved of his duties, a retirement; a tournament is no party of any event)', async (t) => {
  const en = (body: string, published: string): ExtractedEvent | undefined => main(events(body, published, { language: 'en' }))
  t.match(en('DUBLIN - A disciplinary panel of the national football association banned Bohemians midfielder Cathal Rooney for eight months on Tuesday over breaches of its betting rules.', '2026-02-17'), { type: 'sanctions', cameo: '17', trigger: { text: 'banned' } })
  t.match(en('The Court of Arbitration for Sport trimmed the doping ban of Dutch cyclist Femke Visser on Monday, ruling that a contaminated supplement was to blame.', '2026-05-18'), { type: 'court-ruling', cameo: '08', trigger: { text: 'trimmed' } })
  t.match(en('Rugby league side Harbour City Sharks have been deducted 12 points for breaching the salary cap, the league said on Wednesday.', '2026-06-03'), { type: 'sanctions', cameo: '17', trigger: { text: 'have been deducted' } })
  t.match(en('Marseille head coach Pierre Lantier has been relieved of his duties after a run of six defeats, the club said on Sunday.', '2025-11-09'), { type: 'resignation', trigger: { text: 'has been relieved of his duties' } })
  t.match(en('Swiss skier Laura Gmür announced her retirement from competition on Tuesday after a third knee operation in two years.', '2026-04-07'), { type: 'resignation', trigger: { text: 'announced her retirement' } })
  const sacked = events('The Royal Spanish Tennis Federation on Monday sacked captain Marcos Ferrer. Ferrer had criticised the Davis Cup organisers on Friday.', '2025-11-24', { language: 'en' })
  t.notOk(sacked.some((e) => e.participants.some((a) => a.name.includes('Davis Cup'))), 'a tournament is no party of any event')
})

t.test('English events: a vehicle that overturned had an accident; a court that overturned a ruling still rules', async (t) => {
  t.match(main(events('Two people were killed when a lorry overturned on the M6 near Stafford on Monday.', '2026-07-13', { language: 'en' })), { type: 'accident', trigger: { text: 'overturned' } })
  t.match(main(events('The Court of Appeal overturned the conviction of a former nurse on Monday.', '2026-07-13', { language: 'en' })), { type: 'court-ruling', trigger: { text: 'overturned' } })
  t.match(main(events('Two people were killed on Sunday evening near Poznań. One carriage overturned on to the embankment.', '2026-06-30', { language: 'en' })), { type: 'accident', trigger: { text: 'overturned' } })
})

t.test('English events: a nationality tells which namesake a town is when no country is named (Australian surfers off Newcastle, Scottish police in Hamilton); Hull is Kingston upon Hull', async (t) => {
  const where = (body: string): string | null | undefined => main(events(body, '2026-07-12', { language: 'en' }))?.location?.countryCode
  t.equal(where('Two Australian surfers were rescued after their boat capsized off Newcastle on Sunday.'), 'AU')
  t.equal(where('Scottish police arrested two men after a shooting in Hamilton on Sunday.'), 'GB')
  t.equal(where('A worker was killed when a crane collapsed at a building site in Hull on Tuesday, police said.'), 'GB')
})

t.test('English events: a date in a since clause after the trigger is another event\'s beginning (the first visit … since a row soured relations at the end of last year)', async (t) => {
  const body = 'CANBERRA — Indonesia\'s foreign minister, Ratna Wulandari, arrived in Canberra on Wednesday for two days of talks, the first visit by a senior Jakarta official since a row over detained fishermen soured relations at the end of last year.'
  t.match(main(events(body, '2025-02-19', { language: 'en' })), { type: 'state-visit', startDate: '2025-02-19', startPrecision: 'day' })
})

t.test('English events: a visitor who is a country\'s someone visits the dateline\'s country, its host (PRAIA — Portugal\'s President … arrived in Cape Verde)', async (t) => {
  const visit = main(events('PRAIA — Portugal\'s President Rui Albuquerque arrived in Cape Verde on Wednesday for a three-day state visit.', '2025-11-06', { language: 'en' }))
  hasActor(t, visit, 'Cape Verde', 'target')
})

t.test('English events: a headline\'s participle describing a noun names no event of its type (… to press Houthis on detained staff)', async (t) => {
  const body = 'The UN special envoy for Yemen, Elin Marstrand, arrived in Muscat on Wednesday for talks with Omani officials, as pressure mounts over the detention of dozens of UN employees in Sanaa.'
  t.match(main(events(body, '2025-10-29', { language: 'en', title: 'UN Yemen envoy in Muscat to press Houthis on detained staff' })), { type: 'state-visit', trigger: { text: 'arrived' } })
})

t.test('English events: walking out of court is no strike; an appeals court that confirmed a sentence rules; a country that banned exports decides on its economy', async (t) => {
  const freed = events('Nearly nine years after a building collapsed in Mumbai, the builder who put it up walked out of court a free man on Wednesday after the Bombay High Court acquitted him of culpable homicide.', '2026-03-12', { language: 'en' })
  t.notOk(freed.some((e) => e.type === 'strike'), 'no strike')
  t.match(main(events('LIMA — A Peruvian appeals court on Tuesday confirmed an 18-year prison sentence for Wilfredo Castañeda, a former regional governor, for taking bribes.', '2026-03-11', { language: 'en' })), { type: 'court-ruling', trigger: { text: 'confirmed' } })
  t.match(main(events('NEW DELHI — India on Monday banned exports of non-basmati white rice with immediate effect after a weak monsoon.', '2026-07-14', { language: 'en' })), { type: 'economic', cameo: null, trigger: { text: 'banned exports' } })
})

t.test('English events: a home invasion, a break-in, an armed robbery and a carjacking are attacks', async (t) => {
  const body = 'Detectives released CCTV images on Monday of two men they want to speak to over a violent home invasion in Adelaide\'s northern suburbs.'
  t.match(main(events(body, '2025-07-08', { language: 'en' })), { type: 'attack', cameo: '18', trigger: { text: 'home invasion' } })
})

t.test('English events: announcing is the news when what was announced is no event of ours (will open a campus …, announced), and only then', async (t) => {
  const plan = 'Harbourside College will open a second campus in Da Nang in 2028. Its rector, Miriam Castell, announced the plan on Thursday at the college\'s main site in Brisbane.'
  t.match(main(events(plan, '2026-03-14', { language: 'en' })), { type: 'announcement', cameo: null, trigger: { text: 'announced' }, startDate: '2026-03-12' })
  const ceasefire = events('The rebels announced a ceasefire in the east on Thursday.', '2026-03-14', { language: 'en' })
  t.notOk(ceasefire.some((e) => e.type === 'announcement'), 'the ceasefire is the event, its announcing none of its own')
})

t.test('English events: a noun after a negation names an event that did not happen (No arrests had been made)', async (t) => {
  const body = 'Two men were stabbed outside a bar in Leeds on Saturday night. No arrests had been made by Sunday afternoon, police said.'
  t.notOk(events(body, '2026-03-15', { language: 'en' }).some((e) => e.type === 'arrest'), 'no arrest')
})

t.test('English events: a sentence opening on a quote is the lead when it tells an event past its quote (“…,” the EU\'s chief said after ministers approved new sanctions), which the headline\'s type then picks', async (t) => {
  const body = '“This package sends a clear signal,” the European Union\'s foreign policy chief said on Tuesday after ministers in Brussels approved new sanctions against Iranian drone makers.\n\nThe measures, adopted at a meeting of EU foreign ministers, freeze the assets of nine firms.'
  t.match(main(events(body, '2025-06-18', { language: 'en', title: 'EU hits Iranian drone makers with fresh sanctions' })), { type: 'sanctions', trigger: { text: 'sanctions' }, startDate: '2025-06-17' })
})

t.test('English events: a rocket that lifted off is an event of no CAMEO root, a satellite launched no military action, and a rocket that exploded on its way to orbit an accident', async (t) => {
  t.match(main(events('10:19 JST - Liftoff! The rocket clears the tower and arcs out over the Pacific.', '2025-11-20', { language: 'en' })), { type: 'other', cameo: null, trigger: { text: 'Liftoff' } })
  const satellite = events('The country\'s first satellite was launched from Woomera in 1967 aboard a modified American rocket.', '2026-07-16', { language: 'en' })
  t.notOk(satellite.some((e) => e.type === 'military-action'), 'no military action')
  t.match(main(events('The company\'s first attempt to reach orbit ended in a fireball on Wednesday when its rocket exploded about 40 seconds into the flight.', '2026-07-16', { language: 'en' })), { type: 'accident', trigger: { text: 'exploded' } })
})

t.test('English events: a town\'s two-letter alternative name is a code, no place (No, the sentence\'s first word, is not Longyearbyen, nor a party; nor is ET, a time zone)', async (t) => {
  const found = events('Nine people were killed when a bomb went off at a bus terminal in Peshawar on Monday. No group immediately claimed the blast.', '2025-09-22', { language: 'en' })
  t.ok(found.length > 0)
  t.notOk(found.some((e) => e.participants.some((a) => /Svalbard|^No$/u.test(a.name))), 'no party from `No`')
  const strike = main(events('About 9,300 conductors at Canadian National Railway went on strike at 12:01 a.m. ET on Monday.', '2026-09-14', { language: 'en' }))
  t.notOk(strike?.participants.some((a) => a.name === 'ET'), 'a time zone is no party')
})

t.test('English events: a bomb detonated is an attack; a device that sappers detonated safely is none', async (t) => {
  t.match(main(events('A bomb hidden in a motorcycle was detonated at a crowded bus terminal in Peshawar on Monday.', '2025-09-22', { language: 'en' })), { type: 'attack', cameo: '18', trigger: { text: 'was detonated' }, startDate: '2025-09-22' })
  t.notOk(events('Army sappers safely detonated the device in a nearby field on Monday.', '2025-09-22', { language: 'en' }).some((e) => e.type === 'attack'), 'no attack')
})

t.test('English events: a rescue or an evacuation nobody is told to do is the news of the accident or the disaster its sentence tells; one done by someone is news of its own', async (t) => {
  const crash = main(events('Two people have died and a lorry driver has been airlifted to hospital after a lorry and a car collided head-on on the M1 near Leeds early yesterday.', '2026-08-11', { language: 'en' }))
  t.match(crash, { type: 'accident', trigger: { text: 'collided' } })
  const flood = main(events('Thousands of residents were evacuated from low-lying districts of Jakarta on Tuesday after torrential rain flooded the city.', '2026-03-11', { language: 'en' }))
  t.match(flood, { type: 'disaster' })
  const airlift = main(events('The World Food Programme began airlifting food on Thursday to towns cut off by floods in northern Mozambique.', '2026-01-23', { language: 'en', title: 'WFP airlifts food to flood-cut towns in Mozambique' }))
  t.match(airlift, { type: 'aid', cameo: '07' })
})
