//! Hand-written word lists that steer the rule-based entity labeller.
//!
//! These are small closed classes written for this project: words that end
//! organization or place names, titles that introduce people, nationality
//! adjectives, and a few very frequent organizations that no cue word marks.

use crate::text::{AbbrevKind, Document, TokenKind};
use crate::words::WordList;

/// A name ending in one of these is an organization: "Getty Images",
/// "National Cyber Security Centre", "Chinese Communist Party".
pub(crate) static ORG_SUFFIXES: WordList = WordList::new(&[
    "Academy",
    "Administration",
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Broadcasting",
    "Bureau",
    "Cabinet",
    "Centre",
    "Center",
    "Church",
    "Club",
    "Co.",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Convention",
    "Corp.",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Exchange",
    "Federation",
    "Force",
    "Forces",
    "Foundation",
    "Fund",
    "Gazette",
    "Government",
    "Group",
    "Guard",
    "Herald",
    "Holdings",
    "Hospital",
    "Images",
    "Inc.",
    "Institute",
    "Institution",
    "Journal",
    "League",
    "Library",
    "Ltd.",
    "Magazine",
    "Media",
    "Ministry",
    "Motors",
    "Museum",
    "Navy",
    "Network",
    "News",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "PAC",
    "Partners",
    "Party",
    "Police",
    "Post",
    "Press",
    "Reserve",
    "School",
    "Senate",
    "Service",
    "Society",
    "Systems",
    "Technologies",
    "Times",
    "Tribune",
    "Trust",
    "Union",
    "University",
]);

/// "University of Oxford", "Bank of England", "Ministry of Defence".
pub(crate) const ORG_PREFIXES_WITH_OF: &[&str] = &[
    "Bank",
    "Board",
    "Bureau",
    "Church",
    "College",
    "Department",
    "House",
    "Institute",
    "Ministry",
    "Museum",
    "Office",
    "School",
    "University",
];

/// A name ending in one of these is a place: "Tiananmen Square".
pub(crate) static LOC_SUFFIXES: WordList = WordList::new(&[
    "Airport",
    "Avenue",
    "Bay",
    "Beach",
    "Bridge",
    "Canal",
    "Coast",
    "County",
    "Desert",
    "Gulf",
    "Harbour",
    "Harbor",
    "Hill",
    "Hills",
    "Island",
    "Islands",
    "Lake",
    "Mountain",
    "Mountains",
    "Ocean",
    "Park",
    "Peninsula",
    "Province",
    "Region",
    "River",
    "Road",
    "Sea",
    "Square",
    "Strait",
    "Street",
    "Valley",
]);

/// A title before a name: a listed word ("Senator", "Mr.") or an
/// abbreviation the tokenizer knows as one ("Gov.").
pub(crate) fn is_title(doc: &Document<'_>, i: usize) -> bool {
    TITLE_WORDS.contains(&doc.token_text(i))
        || doc.tokens[i].kind == TokenKind::Abbrev(AbbrevKind::Title)
}

/// Words of a title before a name: "Foreign Secretary Dominic Raab",
/// "MI5 Director-General Ken McCallum", "Sen. Ada Quinlan". Includes the
/// modifiers that only occur inside titles here ("Foreign", "Prime").
pub(crate) static TITLE_WORDS: WordList = WordList::new(&[
    "Adm.",
    "Admiral",
    "Ambassador",
    "Archbishop",
    "Assistant",
    "Attorney",
    "Bishop",
    "CEO",
    "Capt.",
    "Captain",
    "Cardinal",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Coach",
    "Col.",
    "Colonel",
    "Commissioner",
    "Congressman",
    "Congresswoman",
    "Dame",
    "Defence",
    "Defense",
    "Deputy",
    "Det.",
    "Detective",
    "Director",
    "Director-General",
    "Dr.",
    "Editor",
    "Executive",
    "Foreign",
    "Gen.",
    "General",
    "Gov.",
    "Governor",
    "Health",
    "Home",
    "Inspector",
    "Judge",
    "Justice",
    "King",
    "Lady",
    "Leader",
    "Lord",
    "Lt.",
    "Maj.",
    "Mayor",
    "Minister",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Officer",
    "Pope",
    "Premier",
    "President",
    "Presidential",
    "Prime",
    "Prince",
    "Princess",
    "Prof.",
    "Professor",
    "Queen",
    "Rabbi",
    "Rep.",
    "Representative",
    "Rev.",
    "Secretary",
    "Sen.",
    "Senator",
    "Sgt.",
    "Sheriff",
    "Sir",
    "Speaker",
    "Spokesman",
    "Spokeswoman",
    "Superintendent",
    "Vice",
]);

/// Nationality and group adjectives: labelled MISC on their own.
pub(crate) static DEMONYMS: WordList = WordList::new(&[
    "Afghan",
    "African",
    "Albanian",
    "Algerian",
    "American",
    "Americans",
    "Arab",
    "Argentine",
    "Armenian",
    "Asian",
    "Australian",
    "Austrian",
    "Bangladeshi",
    "Belarusian",
    "Belgian",
    "Bolivian",
    "Bosnian",
    "Brazilian",
    "British",
    "Bulgarian",
    "Burmese",
    "Cambodian",
    "Cameroonian",
    "Canadian",
    "Catholic",
    "Chilean",
    "Chinese",
    "Christian",
    "Colombian",
    "Congolese",
    "Croatian",
    "Cuban",
    "Cypriot",
    "Czech",
    "Danish",
    "Democrat",
    "Democrats",
    "Democratic",
    "Dutch",
    "Ecuadorian",
    "Egyptian",
    "English",
    "Eritrean",
    "Estonian",
    "Ethiopian",
    "European",
    "Europeans",
    "Filipino",
    "Finnish",
    "French",
    "Georgian",
    "German",
    "Germans",
    "Ghanaian",
    "Greek",
    "Haitian",
    "Hindu",
    "Honduran",
    "Hungarian",
    "Icelandic",
    "Indian",
    "Indonesian",
    "Iranian",
    "Iraqi",
    "Irish",
    "Islamic",
    "Israeli",
    "Italian",
    "Jamaican",
    "Japanese",
    "Jewish",
    "Jordanian",
    "Kazakh",
    "Kenyan",
    "Korean",
    "Kurdish",
    "Kuwaiti",
    "Latin",
    "Latvian",
    "Lebanese",
    "Libyan",
    "Lithuanian",
    "Malaysian",
    "Maltese",
    "Mexican",
    "Mexicans",
    "Moroccan",
    "Muslim",
    "Muslims",
    "Nepalese",
    "Nigerian",
    "Norwegian",
    "Pakistani",
    "Palestinian",
    "Palestinians",
    "Peruvian",
    "Polish",
    "Portuguese",
    "Qatari",
    "Republican",
    "Republicans",
    "Romanian",
    "Russian",
    "Russians",
    "Rwandan",
    "Saudi",
    "Scottish",
    "Serbian",
    "Sikh",
    "Singaporean",
    "Slovak",
    "Slovenian",
    "Somali",
    "South African",
    "Soviet",
    "Spanish",
    "Sri Lankan",
    "Sudanese",
    "Swedish",
    "Swiss",
    "Syrian",
    "Taiwanese",
    "Thai",
    "Tibetan",
    "Tunisian",
    "Turkish",
    "Ugandan",
    "Ukrainian",
    "Ukrainians",
    "Uyghur",
    "Venezuelan",
    "Vietnamese",
    "Welsh",
    "Western",
    "Yemeni",
    "Zimbabwean",
]);

/// Organizations that news mentions constantly and no suffix marks.
pub(crate) static KNOWN_ORGS: WordList = WordList::new(&[
    "AFP",
    "AP",
    "Airbus",
    "Al Jazeera",
    "Amazon",
    "Apple",
    "BBC",
    "Bloomberg",
    "Boeing",
    "CNN",
    "Facebook",
    "Google",
    "Hamas",
    "Hezbollah",
    "Huawei",
    "Instagram",
    "Interpol",
    "Microsoft",
    "NATO",
    "Nasdaq",
    "Netflix",
    "Nissan",
    "Pentagon",
    "Planned Parenthood",
    "Reuters",
    "Tesla",
    "Toyota",
    "Twitter",
    "Uber",
    "Xinhua",
    "YouTube",
]);

/// Short forms of first names that do not begin like the full one, as
/// (short, full): "Bill Reyes" after "William Reyes" is the same man.
/// Forms that do begin like it ("Chris", "Sandy") need no entry.
#[rustfmt::skip]
pub(crate) const FIRST_NAME_FORMS: &[(&str, &str)] = &[
    ("Betty", "Elizabeth"), ("Beth", "Elizabeth"), ("Bill", "William"), ("Billy", "William"),
    ("Bob", "Robert"), ("Bobby", "Robert"), ("Chuck", "Charles"), ("Dick", "Richard"),
    ("Drew", "Andrew"), ("Hank", "Henry"), ("Jack", "John"), ("Jim", "James"),
    ("Jimmy", "James"), ("Joe", "Joseph"), ("Kate", "Katherine"), ("Liz", "Elizabeth"),
    ("Maggie", "Margaret"), ("Mike", "Michael"), ("Peggy", "Margaret"), ("Rick", "Richard"),
    ("Ted", "Edward"), ("Tom", "Thomas"), ("Tony", "Anthony"), ("Will", "William"),
];

/// Names where a leading "The" belongs to the name: places that are never
/// written without it. Newspapers ("The New York Times") go without, as
/// CoNLL and the quote corpora write them.
pub(crate) const NAMES_WITH_THE: &[&str] = &["The Bahamas", "The Gambia", "The Hague"];

/// Verbs of a title-case headline that a tagger may run into the name
/// before them: "Ada Quinlan Says …".
#[rustfmt::skip]
pub(crate) const HEADLINE_VERBS: &[&str] = &[
    "Admits", "Asks", "Blasts", "Claims", "Denies", "Insists", "Said", "Says", "Slams", "Tells",
    "Told", "Urges", "Vows", "Warns",
];

/// Words news pages print around an article ("Published 14 Oct 2020"),
/// never names on their own.
pub(crate) const PAGE_WORDS: &[&str] = &[
    "Advertisement",
    "Modified",
    "Posted",
    "Published",
    "Updated",
];

/// Last words of a company's name. Those ending in a period ("Inc.")
/// may also end a sentence.
pub(crate) const COMPANY_WORDS: &[&str] = &[
    "AG",
    "Co",
    "Co.",
    "Company",
    "Corp",
    "Corp.",
    "Corporation",
    "GmbH",
    "Group",
    "Holdings",
    "Inc",
    "Inc.",
    "LLC",
    "Limited",
    "Ltd",
    "Ltd.",
    "NV",
    "N.V.",
    "PLC",
    "Plc",
    "SA",
    "S.A.",
    "SpA",
    "S.p.A.",
];

/// Last words of a public body's name: "High Court", "Kelso Council".
#[rustfmt::skip]
pub(crate) static BODY_WORDS: WordList = WordList::new(&[
    "Agency", "Assembly", "Authority", "Commission", "Committee", "Council", "Court",
    "Department", "Ministry", "Parliament", "Senate",
]);

/// Industries that end a company's name: "Northwind Energy", "Brennick
/// Pharmaceuticals".
#[rustfmt::skip]
pub(crate) static INDUSTRY_WORDS: WordList = WordList::new(&[
    "Airlines", "Airways", "Breweries", "Chemicals", "Energy", "Ferries", "Industries", "Mining",
    "Motors", "Oil", "Petroleum", "Pharmaceuticals", "Railways", "Shipping", "Technologies",
    "Telecom", "Telecoms", "Textiles", "Utilities",
]);

/// Common words that end companies' names, which the tagger may leave
/// out: "Kestrel Pay", "Brightwater Labs".
#[rustfmt::skip]
pub(crate) static COMPANY_TAILS: WordList = WordList::new(&[
    "Bank", "Capital", "Energy", "Foods", "Health", "Labs", "Logistics", "Media", "Motors",
    "Networks", "Partners", "Pay", "Payments", "Pharma", "Records", "Solutions", "Studios",
    "Systems", "Technologies", "Ventures",
    // Newspapers: "The Dechenpang Observer".
    "Chronicle", "Courier", "Dispatch", "Examiner", "Observer", "Sentinel",
]);

/// Parts of a document that a number picks out ("Article 33", "Chapter
/// 11"): before a number, such a word alone is no name.
pub(crate) const NUMBERED_DIVISIONS: &[&str] = &[
    "Annex",
    "Appendix",
    "Article",
    "Chapter",
    "Clause",
    "Exhibit",
    "Figure",
    "Page",
    "Paragraph",
    "Part",
    "Schedule",
    "Section",
    "Table",
    "Volume",
];

/// Pronouns and determiners: a tagger may label "We" after a quotation
/// mark, but on its own such a word is never a name.
pub(crate) static FUNCTION_WORDS: WordList = WordList::new(&[
    "a", "an", "he", "her", "his", "i", "it", "its", "my", "our", "she", "that", "the", "their",
    "these", "they", "this", "those", "we", "you", "your",
]);

/// Words before "to", "from" or "into" and a place someone goes to or
/// comes from: "flew to Kelso", "a trip to Brenna", "fled from Valdoria".
#[rustfmt::skip]
pub(crate) static TRAVEL_WORDS: WordList = WordList::new(&[
    "drove", "evacuated", "fled", "flew", "flight", "flights", "headed", "journey", "moved",
    "relocated", "returned", "returning", "sailed", "traveled", "travelled", "trip",
]);

/// Verbs before "out of" and a place someone works from: "has fished out
/// of Brenna", "works out of Kelso".
#[rustfmt::skip]
pub(crate) static WORKING_OUT_OF: WordList = WordList::new(&[
    "based", "fished", "fishes", "fishing", "flew", "flies", "flying", "operated", "operates",
    "operating", "sailed", "sailing", "sails", "worked", "working", "works",
]);

/// Time zones, which CoNLL labels MISC after a time ("3 p.m. ET").
#[rustfmt::skip]
pub(crate) static TIME_ZONES: WordList = WordList::new(&[
    "AEDT", "AEST", "BST", "CDT", "CEST", "CET", "CST", "CT", "EDT", "EST", "ET", "GMT", "JST",
    "MDT", "MST", "MT", "PDT", "PST", "PT", "UTC",
]);

/// The last word of a journalist's job, which a byline puts after the
/// name ("By Mei Tanaka, Transport Correspondent") and which names no one.
#[rustfmt::skip]
pub(crate) static JOURNALISTS_JOBS: WordList = WordList::new(&[
    "Columnist", "Correspondent", "Editor", "Reporter", "Writer",
]);

/// Jobs written in capitals, which name no one: "a GP", "two MPs".
#[rustfmt::skip]
/// "Cllr Páraic Geraghty", "Local TD Mairéad Ní Bhriain", "Det Sgt
/// Oakes": a courtesy title, a rank written without its period, or a job
/// in capitals before a name, whatever the name. Not "Col", which is also
/// a first name.
pub(crate) fn is_short_title(word: &str) -> bool {
    matches!(
        word,
        "Cllr"
            | "Cr"
            | "Miss"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Mx"
            | "Dr"
            | "Prof"
            | "TD"
            | "MLA"
            | "MEC"
            | "Sgt"
            | "Det"
            | "Insp"
            // British police ranks in capitals: "DI Carys Pemberton-Lowe".
            | "DI"
            | "DCI"
            | "DS"
            | "DSI"
            | "DSupt"
            | "PC"
            | "PCSO"
            | "Supt"
            | "Const"
            | "Cpl"
            | "Pte"
            | "Lt"
            | "Maj"
            | "Major"
            // Ranks in full: "Lieutenant-Colonel Patrice Ndeze".
            | "Brigadier"
            | "Brigadier-General"
            | "Constable"
            | "Corporal"
            | "Detective"
            | "Inspector"
            | "Lieutenant"
            | "Lieutenant-Colonel"
            | "Lieutenant-General"
            | "Major-General"
            | "Sergeant"
            | "Superintendent"
            | "Capt"
            | "Councillor"
            | "Rev"
            // Clergy: "Pastor Ernst Lafontant", "Rabbi Miriam Stein".
            | "Pastor"
            | "Rabbi"
            | "Reverend"
            | "Bishop"
            | "Archbishop"
            // "the Ven Simon Pask", an archdeacon.
            | "Ven"
            | "Fr"
            | "Hon"
    ) || JOBS_IN_CAPITALS.contains(&word)
        || HONORIFICS.contains(&word)
}

/// A courtesy title, which stands before a first name or a surname alone:
/// "Mr", "Ms", "Dr." (not a rank of several words, "Detective Constable").
pub(crate) fn is_courtesy_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof"
    )
}

/// Relatives named together before their names: "Twins Berivan and
/// Rojhat Osman".
pub(crate) const FAMILY_PLURALS: &[&str] = &[
    "twins", "siblings", "brothers", "sisters", "cousins", "spouses",
];

/// Honorifics of South and Southeast Asia (Burmese "U" and "Daw"), Africa
/// ("Inkosi"), Fiji, the Muslim world, Punjab ("Sardar") and France, which stand before a
/// name as "Mr" does: "Shri Devendra Nath Bhargava", "Hajiya Rabi
/// Sulaiman", "Datuk Ahmad Faizal". Not "Lola", "Sri" or "Tan", which also
/// open names ("Sri Lanka Cricket").
#[rustfmt::skip]
pub(crate) static HONORIFICS: WordList = WordList::new(&[
    "Alhaja", "Alhaji", "Datin", "Dato", "Dato’", "Datuk", "Daw", "Encik", "Haja", "Haji",
    "Hajia", "Hajiya", "Hajjah", "Igwe", "Imam", "Inkosi", "Khun", "Madame", "Mallam", "Maulana",
    "Monsieur", "Mufti", "Pandit", "Puan", "Ratu", "Sardar", "Seri", "Sheikh", "Shri", "Shrimati",
    "Smt", "Srimati", "Tengku", "Tun", "Tunku", "U", "Ustaz",
]);

/// People's jobs that stand, in lowercase, right before a name:
/// "housing consultant Fenella Marchetti", "pensioner Alwyn Price".
#[rustfmt::skip]
pub(crate) static PERSON_JOB_NOUNS: WordList = WordList::new(&[
    "activist", "actor", "actress", "adviser", "advisor", "analyst", "campaigner", "captain",
    "chairman", "chairwoman", "chef", "cleaner", "coach", "co-founder", "cofounder",
    "commentator", "commuter", "consultant", "correspondent", "councillor", "councilor", "curator",
    "director", "doctor", "driver", "economist", "editor", "engineer", "executive", "farmer",
    "fisherman", "founder", "headmaster", "headmistress", "headteacher", "historian", "labourer",
    "lawyer", "manager", "midwife", "nurse", "officer", "official", "organiser", "organizer",
    "pensioner", "pollster", "presenter", "researcher", "resident", "retiree", "scientist",
    "shopkeeper", "skipper", "spokesman", "spokesperson", "spokeswoman", "strategist", "student",
    "surgeon", "teacher", "trader", "treasurer", "vendor", "volunteer", "writer",
    // Offices and crews written as one word: "Assemblywoman Ayşe Öztürk",
    // "Helmsman Gareth Polglase".
    "alderman", "assemblyman", "assemblywoman", "businessman", "businesswoman", "congressman",
    "congresswoman", "councilman", "councilwoman", "coxswain", "helmsman",
    // Positions in sport: "catcher Emiliano Ruiz", "midfielder Jordan Oyelaran".
    "batsman", "catcher", "goalkeeper", "jockey", "linebacker", "midfielder", "outfielder",
    "pitcher", "quarterback", "shortstop", "striker", "winger",
    // "Grandmaster Radostina Vasileva-Koleva".
    "grandmaster",
    // The arts: "the artist Dewi Kartika Sari".
    "architect", "artist", "choreographer", "composer", "filmmaker", "novelist", "painter",
    "photographer", "playwright", "poet", "sculptor",
]);

pub(crate) static JOBS_IN_CAPITALS: WordList = WordList::new(&[
    "GP", "GPs", "KC", "MEP", "MEPs", "MP", "MPs", "MSP", "MSPs", "QC",
]);

/// The words title case may leave in lowercase: articles, conjunctions,
/// prepositions, "be" ("Trump May be Aligning"), question words
/// ("Instances where Donations Slipped"), and the particles of
/// names ("Jean de la Fontaine"). Any other lowercase word ("Keir Starmer
/// *met* Macron.") shows a line is not in title case.
#[rustfmt::skip]
pub(crate) static TITLE_CASE_SMALL_WORDS: WordList = WordList::new(&[
    "a", "about", "above", "across", "after", "against", "al", "along", "amid", "among", "an",
    "and", "around", "as", "at", "be", "before", "behind", "below", "beneath", "beside", "between",
    "beyond", "but", "by", "da", "de", "del", "der", "di", "down", "du", "during", "el", "for",
    "from", "how", "if", "in", "inside", "into", "la", "le", "like", "near", "nor", "of", "off",
    "on", "onto", "or", "out", "outside", "over", "past", "per", "since", "so", "than", "that",
    "the", "through", "to", "toward", "towards", "under", "until", "up", "upon", "v", "van", "via",
    "von", "vs", "what", "when", "where", "which", "while", "who", "why", "with", "within",
    "without", "yet",
]);

/// Interjections: "“Well, this is where …”" opens with a capital after a
/// quotation mark, but such a word on its own is never a name.
pub(crate) static INTERJECTIONS: WordList = WordList::new(&[
    "hey", "listen", "look", "no", "oh", "okay", "please", "sorry", "thanks", "well", "wow",
    "yeah", "yes",
]);

/// All-caps words that are not names.
pub(crate) static NOT_NAMES: WordList = WordList::new(&[
    "AIDS", "AM", "COVID", "COVID-19", "CEO", "DNA", "FM", "GDP", "HIV", "I", "ID", "II", "III",
    "IV", "MERS", "OK", "PM", "PS", "SARS", "TV", "UN-", "VAT",
]);

/// Joins inside a name when a capitalized word follows: "University *of*
/// Oxford", "Cybersecurity *and* Infrastructure Security Agency".
pub(crate) const CONNECTORS: &[&str] = &["&", "and", "de", "for", "of", "the", "van", "von"];

/// The AP's abbreviations of US states, as they stand in "Sen. Ada Quinlan
/// (Ky.)" (without their period, which is a token of its own), with the
/// states' names.
#[rustfmt::skip]
pub(crate) const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"), ("Ariz", "Arizona"), ("Ark", "Arkansas"), ("Calif", "California"),
    ("Colo", "Colorado"), ("Conn", "Connecticut"), ("Del", "Delaware"), ("Fla", "Florida"),
    ("Ga", "Georgia"), ("Ill", "Illinois"), ("Ind", "Indiana"), ("Kan", "Kansas"),
    ("Ky", "Kentucky"), ("La", "Louisiana"), ("Mass", "Massachusetts"), ("Md", "Maryland"),
    ("Mich", "Michigan"), ("Minn", "Minnesota"), ("Miss", "Mississippi"), ("Mo", "Missouri"),
    ("Mont", "Montana"), ("Neb", "Nebraska"), ("Nev", "Nevada"), ("Okla", "Oklahoma"),
    ("Ore", "Oregon"), ("Pa", "Pennsylvania"), ("Tenn", "Tennessee"), ("Va", "Virginia"),
    ("Vt", "Vermont"), ("Wash", "Washington"), ("Wis", "Wisconsin"), ("Wyo", "Wyoming"),
];

/// The state a "Ky" or "Fla" abbreviates.
pub(crate) fn state_named_by(abbreviation: &str) -> Option<&'static str> {
    STATE_ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == abbreviation)
        .map(|(_, name)| *name)
}
