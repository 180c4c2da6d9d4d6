//! Closed word classes for attribution, written for this project.

use crate::words::WordList;

/// How a speech cue relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// "said", "writes": the speaker is its subject, or follows it when
    /// inverted ("…,” said Reyes).
    Verb,
    /// "told", "asked": what follows is the addressee, never the speaker
    /// ("Reyes told Quinlan").
    Addressing,
    /// "saying", "adding": the speaker is the subject of the clause it
    /// hangs from ("Reyes issued a statement, saying …").
    Participle,
    /// "according to X": the speaker follows.
    According,
}

/// Finite verbs of speech, in the tenses news uses around quotations.
#[rustfmt::skip]
pub(crate) static SPEECH_VERBS: WordList = WordList::new(&[
    "acknowledged", "acknowledges", "added", "adds", "admits", "admitted", "agreed", "agrees",
    "alleged", "announced", "announces", "argued", "argues", "asserted", "asserts", "barked",
    "boasted", "boomed", "chanted", "demanded", "interjected", "laughed", "read", "reads",
    "retorted", "scoffed", "screamed", "sighed", "snapped", "whispered", "wondered",
    "cautioned", "charged", "claimed", "claims", "commented", "complained", "complains", "conceded",
    "concedes", "concluded", "concludes", "confirmed", "continued", "continues", "contended",
    "countered", "counters", "cried", "declared", "declares", "emailed", "emphasised", "emphasized",
    "exclaimed", "explained", "explains", "insisted", "insists", "joked", "jokes", "maintained",
    "mocks", "mocked", "mused", "noted", "notes", "observed", "observes", "pleaded", "pointed",
    "posted", "predicted", "predicts", "promised", "promises", "quipped", "quips", "recalled",
    "recalls", "remarked", "replied", "replies", "reported", "reports", "responded", "responds",
    "reveal", "revealed", "reveals", "reiterated", "reiterates", "repeats", "said", "say", "says",
    "shouted", "stated", "states", "stressed",
    "stresses", "suggested", "suggests", "testified", "thundered", "tweeted", "tweets", "urged",
    "urges", "vowed", "vows", "warned", "warns", "wrote", "writes", "yelled",
    "beamed", "cites", "cited", "confessed", "confesses", "gushed", "fumed", "lamented", "laments",
    "marveled", "marvelled", "raged", "deadpanned", "grumbled", "groused", "lectured",
    "affirmed", "affirms", "answered", "answers", "objected", "protested",
    // After a plural subject ("Prosecutors allege that …"): only the forms
    // that are never nouns.
    "acknowledge", "admit", "allege", "alleges", "argue", "assert", "complain", "concede",
    "contend", "contends", "explain", "insist", "maintains", "predict", "suggest", "testifies",
    "warn",
]);

/// Speech verbs after "to": "went on to declare", "prompted the Almanac
/// to state". Most are nouns too ("a state", "a note"), so only "to"
/// makes them cues.
#[rustfmt::skip]
pub(crate) static INFINITIVES: WordList = WordList::new(&[
    "add", "admit", "announce", "argue", "assert", "boast", "complain", "concede",
    "declare", "exclaim", "explain", "insist", "joke", "note", "proclaim", "quip", "remark",
    "reply", "respond", "state", "stress", "tweet", "warn", "write",
]);

/// Verbs whose object is made or moved to speak: in "the record prompted
/// the Almanac to state", the Almanac speaks.
#[rustfmt::skip]
pub(crate) const OBJECT_CONTROL_VERBS: &[&str] = &[
    "asked", "caused", "compelled", "encouraged", "forced", "inspired", "invited", "led",
    "moved", "pressed", "prompted", "prompting", "prompts", "pushed", "urged",
];

/// Verbs whose object is the one spoken to.
pub(crate) const ADDRESSING_VERBS: &[&str] = &["asked", "asks", "tell", "tells", "told"];

/// Participles that hang a quotation from the clause before them.
#[rustfmt::skip]
pub(crate) static PARTICIPLES: WordList = WordList::new(&[
    "acknowledging", "adding", "alleging", "arguing", "asking", "asserting", "boasting", "calling",
    "claiming", "complaining", "declaring", "explaining", "insisting", "noting", "offering",
    "posting", "predicting", "promising", "saying", "stating", "suggesting", "telling", "tweeting",
    "urging", "vowing", "citing", "warning", "writing", "chanting", "proclaiming", "shouting", "yelling",
    "screaming", "admitting", "announcing", "answering", "conceding", "countering", "interjecting",
    "joking", "quipping", "recalling", "replying", "responding", "retorting", "stressing",
    "echoing",
]);

/// Words after which a cue word is an adjective or a noun: "from noted
/// engineers", "the reported deal", "relied on reports".
#[rustfmt::skip]
pub(crate) static BEFORE_A_MODIFIER: WordList = WordList::new(&[
    "a", "about", "an", "at", "for", "from", "her", "his", "in", "into", "its", "many", "my", "of",
    "on", "our", "several", "some", "the", "their", "with", "your",
]);

/// Words that count a group: "most voters", "half of residents".
#[rustfmt::skip]
pub(crate) static QUANTIFIERS: WordList = WordList::new(&[
    "all", "both", "dozens", "eight", "few", "five", "four", "half", "hundreds", "majority",
    "many", "minority", "most", "nine", "percent", "quarter", "seven", "several", "six", "some",
    "ten", "third", "thirds", "thousands", "three", "two",
]);

/// Words that may sit between a speaker and the cue: "he also said",
/// "McCallum has said".
#[rustfmt::skip]
pub(crate) const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
    "again", "already", "also", "always", "earlier", "even", "first", "further", "had", "has",
    "have", "just", "later", "now", "often", "once", "only", "previously", "recently",
    "reportedly", "still", "then", "would",
];

/// Auxiliaries between a speaker and the cue: "he did say", "she will
/// tell".
#[rustfmt::skip]
pub(crate) const AUXILIARIES: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "must", "never", "not", "should", "will",
];

/// Words that cannot belong to a speaker phrase before a cue: a phrase
/// reaching back to one of these starts after it ("… when *he* told").
#[rustfmt::skip]
pub(crate) static PHRASE_BREAKS: WordList = WordList::new(&[
    "about", "after", "against", "although", "and", "as", "at", "because", "before", "but",
    "by", "during", "for", "from", "if", "in", "into", "on", "or", "over", "since", "than",
    "that", "though", "through", "to", "under", "until", "what", "when", "whether", "which",
    "while", "with",
]);

/// Words that end a speaker phrase after an inverted cue ("said
/// McCallum *on* Wednesday"), unless a relative clause is describing the
/// speaker ("said the man who built his career *on* …").
#[rustfmt::skip]
pub(crate) const PHRASE_ENDS: &[&str] = &[
    "after", "as", "at", "because", "before", "during", "in", "on", "that", "when", "while",
];

/// Words that open a sentence before its subject: "In a statement, …",
/// "But he said …". The subject is looked for after them.
#[rustfmt::skip]
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "after", "afterward", "afterwards", "also", "although", "amid", "and", "as", "at", "before",
    "but", "by", "despite",
    "during", "earlier", "for", "from", "however", "in", "instead", "later", "meanwhile", "now",
    "on", "since", "so", "still", "then", "though", "under", "unlike", "when", "while", "with",
    "without", "yet",
];

/// Heads of role descriptions that can stand for a named person: "the
/// MI5 chief", "the harbour master".
#[rustfmt::skip]
pub(crate) static ROLE_NOUNS: WordList = WordList::new(&[
    "ambassador", "boss", "chair", "chairman", "chairwoman", "chancellor", "chief", "commissioner",
    "congressman", "congresswoman", "director", "director-general", "executive", "governor",
    "head", "judge", "leader", "manager", "master", "mayor", "minister", "mp", "nominee", "official",
    "president", "secretary", "senator", "spokesman", "spokesperson", "spokeswoman",
]);

/// Roles in sport, the arts, business and life that, after "the", stand
/// for the person the text is about ("“…,” the skipper added"), when no
/// one was introduced with them.
#[rustfmt::skip]
pub(crate) static PERSONAL_ROLES: WordList = WordList::new(&[
    "actor", "actress", "architect", "artist", "author", "billionaire", "captain", "champion",
    "chef", "coach", "defender", "designer", "driver", "economist", "entrepreneur", "farmer",
    "founder", "golfer", "goalkeeper", "grower", "midfielder", "musician", "novelist", "player",
    "poet", "rider", "scientist", "singer", "skipper", "star", "striker", "teenager", "trainer",
    "veteran", "winger", "writer",
    // Positions: "“…,” the flanker said".
    "all-rounder", "batsman", "batter", "bowler", "centre-back", "flanker", "fly-half",
    "forward", "fullback", "full-back", "keeper", "left-hander", "linebacker", "lock", "opener",
    "pitcher", "quarterback", "right-hander", "scrum-half", "seamer", "southpaw", "spinner",
    "sprinter", "wicketkeeper",
    // Other sports: "the boxer smiled and said".
    "athlete", "boxer", "climber", "cyclist", "fighter", "gymnast", "jockey", "runner", "skier",
    "swimmer", "wrestler",
    // A court's and a class's: "the defendant replied", "the instructor said";
    // the police's, whom a rank introduces: "the officer" after "PC Hollis Grant".
    "defendant", "instructor", "officer", "witness",
    // Trades that stories are about: "“…,” said the fisherman".
    "baker", "beekeeper", "butcher", "fisherman", "pensioner", "retiree", "shepherd",
    "vendor", "winemaker",
    // Nationals, as sports reports name players: "the Dutchman".
    "briton", "dutchman", "englishman", "frenchman", "irishman", "scot", "scotsman", "spaniard",
    "welshman", "american", "argentine", "australian", "austrian", "belgian", "brazilian",
    "canadian", "croat", "dane", "finn", "german", "greek", "italian", "kenyan", "kiwi",
    "norwegian", "pole", "russian", "serb", "swede", "ukrainian",
    // Clergy, whom a title introduces: "the priest" after "Father Antoine
    // Delabarre".
    "bishop", "imam", "pastor", "priest", "rabbi", "rector", "vicar",
    // Scholars, whom "professor of history" introduces as "the historian".
    "anthropologist", "archaeologist", "astronomer", "biologist", "chemist", "ecologist",
    "epidemiologist", "geologist", "historian", "linguist", "mathematician", "philosopher",
    "physicist", "psychologist", "sociologist",
]);

/// Whether a lowercase noun is a [`PERSONAL_ROLES`] role or a national
/// ("the Latvian", "the Nigerian"), as sports reports name players.
pub(crate) fn is_personal_role(word: &str) -> bool {
    PERSONAL_ROLES.contains(&word) || is_national(word)
}

/// A national, one person: a demonym the lists know, in the shapes that
/// are nouns too ("Latvian", "Pakistani"; not "French", "Chinese").
fn is_national(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let capitalized: String = first.to_uppercase().chain(chars).collect();
    (word.ends_with("an") || word.ends_with('i'))
        && crate::entity::cues::DEMONYMS.contains(&capitalized.as_str())
}

/// Whether a lowercase noun names a person: a role, a job, or a word
/// shaped like one ("headteacher", "developer", "pianist"), but not a
/// company, a body or a document ("the manufacturer", "the report").
pub(crate) fn is_person_noun(word: &str) -> bool {
    // Beyond the lists and the endings below.
    #[rustfmt::skip]
    const PEOPLE: &[&str] = &[
        "agent", "aide", "analyst", "applicant", "attendee", "aunt", "boy", "child", "claimant",
        "colleague", "cousin", "dad", "defendant", "diplomat", "employee", "fan", "friend", "girl",
        "graduate", "guest", "husband", "immigrant", "migrant", "mum", "neighbour", "nephew",
        "niece", "parent", "participant", "patient", "pupil", "refugee", "relative", "resident",
        "respondent", "son", "source", "student", "tenant", "uncle", "veteran", "victim", "widow",
        "wife", "witness",
        "lead", "paramedic", "pilot", "steward", "stewardess",
    ];
    const PERSON_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "man", "woman", "person"];
    let known = ROLE_NOUNS.contains(&word)
        || is_personal_role(word)
        || crate::entity::cues::PERSON_JOB_NOUNS.contains(&word)
        || PEOPLE.contains(&word);
    let shaped = PERSON_ENDINGS.iter().any(|ending| word.ends_with(ending));
    (known || shaped) && !names_no_person(word)
}

/// [`is_person_noun`] without the endings that many other nouns share
/// ("-er", "-or": "river", "border"), for a noun that decides what a name
/// is: the lists, and "-man", "-woman", "-person" ("spokeswoman").
pub(crate) fn is_surely_person_noun(word: &str) -> bool {
    let known = ROLE_NOUNS.contains(&word)
        || is_personal_role(word)
        || crate::entity::cues::PERSON_JOB_NOUNS.contains(&word);
    let shaped = ["man", "woman", "person"]
        .iter()
        .any(|ending| word.ends_with(ending) && word.len() > ending.len() + 2);
    (known || shaped) && !names_no_person(word)
}

fn names_no_person(word: &str) -> bool {
    COMPANY_NOUNS.contains(&word) || BODY_NOUNS.contains(&word) || SPEAKING_THINGS.contains(&word)
}

/// Bodies that "the" and their own noun name: "the ministry", "the
/// council" after "the Ministry of …", "Kelso Council".
#[rustfmt::skip]
pub(crate) static BODY_NOUNS: WordList = WordList::new(&[
    "agency", "alliance", "association", "authority", "board", "bureau", "charity", "club",
    "coalition", "college", "commission", "committee", "consortium", "cooperative", "council",
    "department", "directorate", "federation", "festival", "foundation", "gallery", "hospital",
    "inspectorate", "institute", "library", "ministry", "museum", "network", "partnership",
    "party", "regulator", "school", "secretariat", "service", "society", "trust", "union",
    "university",
]);

/// Roles that name someone other than the person just quoted: "the
/// spokesman" stands for the current speaker only if introduced as one.
#[rustfmt::skip]
pub(crate) const GENERIC_ROLES: &[&str] =
    &["judge", "official", "spokesman", "spokesperson", "spokeswoman"];

/// Words just before a short quotation that make it a term: "the
/// so-called “smart” meters", "the film “Tides of Salt”".
#[rustfmt::skip]
pub(crate) const TERM_MARKERS: &[&str] = &[
    "album", "alias", "anthem", "anthology", "app", "autobiography", "ballad", "biography", "book",
    "branded", "called", "code-named", "codenamed", "collection", "concerto", "cookbook", "cycle",
    "debut", "documentary", "drama", "dubbed", "entitled", "essay", "exhibition", "film", "game",
    "guide", "handle", "hashtag", "headline", "headlined", "history", "hit", "hymn", "label",
    "labeled", "labelled", "lullaby", "memoir", "motto", "movie", "musical", "name", "named",
    "nickname", "nicknamed", "novel", "opera", "painting", "phrase", "play", "podcast", "poem",
    "program", "programme", "pseudonym", "record", "retrospective", "saga", "series", "show",
    "single", "sitcom", "slogan", "so-called", "sonata", "song", "symphony", "term", "thriller",
    "titled", "track", "username", "word",
];

/// Nouns of named schemes and products, which make a title in apposition
/// a term ("its reading scheme, “Read to Succeed”,") but, unlike
/// [`TERM_MARKERS`], not any short quotation after them.
#[rustfmt::skip]
pub(crate) const NAMED_THING_NOUNS: &[&str] = &[
    "app", "campaign", "initiative", "paper", "platform", "project", "report", "review", "scheme",
    "strategy", "study", "survey",
];

/// Participles whose agent only reports a document: in "a memo obtained
/// by the Gazette says", the memo speaks, not the Gazette.
#[rustfmt::skip]
pub(crate) const REPORTING_PARTICIPLES: &[&str] = &[
    "acquired", "examined", "obtained", "reviewed", "seen", "viewed",
];

/// Verbs of a gesture that comes before one's words: "She shrugs. “…”".
#[rustfmt::skip]
pub(crate) static GESTURE_VERBS: WordList = WordList::new(&[
    "frowned", "frowns", "grimaced", "grimaces", "grinned", "grins", "laughed", "laughs",
    "nodded", "nods", "paused", "pauses", "shrugged", "shrugs", "sighed", "sighs", "smiled",
    "smiles", "winced", "winces",
]);

/// Participles that, made passive, name what their agent called
/// something: "the plan was branded “reckless” by Reyes" quotes Reyes.
#[rustfmt::skip]
pub(crate) static NAMING_PARTICIPLES: WordList = WordList::new(&[
    "accused", "attacked", "branded", "called", "condemned", "criticised", "criticized",
    "decried", "denounced", "derided", "described", "dismissed", "dubbed", "hailed",
    "labeled", "labelled", "mocked", "praised", "ridiculed", "slammed",
]);

/// Verbs that put words on something with "as": "Police described the
/// attack as “cowardly”".
#[rustfmt::skip]
pub(crate) const DESCRIBING_VERBS: &[&str] = &[
    "characterise", "characterised", "characterises", "characterize", "characterized",
    "characterizes", "describe", "described", "describes",
];

/// Nouns for something said, after a quotation that a possessive opens:
/// "Quinlan’s “steady as she goes” remark".
#[rustfmt::skip]
pub(crate) static REMARK_NOUNS: WordList = WordList::new(&[
    "advice", "answer", "assertion", "assessment", "boast", "claim", "comment", "comments",
    "complaint", "conclusion", "explanation", "jab", "line", "mantra", "message", "motto",
    "pledge", "prediction", "promise", "question", "quip", "remark", "remarks", "reply",
    "response", "retort", "tweet", "verdict", "view", "vow", "warning",
]);

/// What shows a person's mind without words: "his face seemed to say".
#[rustfmt::skip]
pub(crate) static EXPRESSIVE_NOUNS: WordList = WordList::new(&[
    "expression", "eyes", "face", "look", "smile", "tone", "voice",
]);

/// Words after a quotation that show it modifies no noun: in "the
/// “Harbour Lights” star" it does, in "on the BBC’s “Harbour Hour” on
/// Monday" not.
#[rustfmt::skip]
pub(crate) static NOT_A_NOUN: WordList = WordList::new(&[
    "about", "after", "and", "as", "at", "because", "before", "but", "by", "during", "for",
    "from", "if", "in", "into", "of", "on", "or", "since", "than", "that", "to", "when", "where",
    "which", "while", "who", "with",
]);

/// Words that open a sentence as one word, with or without a comma after
/// them: "But he said", "Meanwhile Rihanna, who …, spoke".
#[rustfmt::skip]
pub(crate) const ONE_WORD_OPENERS: &[&str] = &[
    "and", "but", "so", "yet", "also", "then", "now", "still", "meanwhile", "however", "instead",
    "later", "earlier", "afterward", "afterwards",
];

/// Words that, alone, name no speaker: an article, a question word, a
/// participle ("after being asked “…”").
#[rustfmt::skip]
pub(crate) const NAMES_NO_ONE: &[&str] = &[
    "the", "a", "an", "why", "what", "how", "when", "where", "whether", "being", "been", "there",
    "here", "whose", "whom",
];

/// Nouns for a business, which "the company said" uses for one just
/// named.
#[rustfmt::skip]
pub(crate) static COMPANY_NOUNS: WordList = WordList::new(&[
    "airline", "bank", "carmaker", "carrier", "company", "firm", "insurer", "lender",
    "manufacturer", "retailer", "supermarket",
]);

/// Things that speak, for "it" to stand for: bodies ("the dockers’
/// union") and documents ("the audit report"). Not "the fact" of "it
/// gets better".
#[rustfmt::skip]
pub(crate) static SPEAKING_THINGS: WordList = WordList::new(&[
    "agency", "alliance", "association", "audit", "authority", "bank", "board", "bureau", "campaign",
    "charity", "club", "coalition", "commission", "committee", "company", "consortium",
    "cooperative", "co-operative", "council", "court", "department", "document", "email",
    "federation", "filing", "firm", "foundation", "government", "group", "hospital", "institute",
    "letter", "memo", "ministry", "museum", "network", "newspaper", "organisation",
    "organization", "panel", "paper", "party", "poll", "regulator", "report", "review", "ruling",
    "statement", "study", "summary", "survey", "team", "trust", "union", "university", "watchdog",
    "website",
]);
