//! Finding and labelling capitalized name candidates.

use std::cell::OnceCell;
use std::ops::Range;

use super::cues::{
    CONNECTORS, DEMONYMS, KNOWN_ORGS, LOC_SUFFIXES, NAMES_WITH_THE, NOT_NAMES,
    ORG_PREFIXES_WITH_OF, ORG_SUFFIXES, TITLE_CASE_SMALL_WORDS,
};
use super::{EntityLabel, Mention, canonical};
use crate::date::{MONTH_NAMES, WEEKDAY_NAMES};
use crate::lexicon::Lexicon;
use crate::text::{AbbrevKind, Document, Paragraph, TokenKind};

/// Finds the entity mentions of a document, in text order.
pub(crate) fn extract(doc: &Document<'_>, lex: &Lexicon) -> Vec<Mention> {
    let rules = Rules::new(doc, lex);
    let mut mentions = Vec::new();
    for paragraph in &doc.paragraphs {
        let headline = rules.is_headline(paragraph);
        for sentence in &doc.sentences[paragraph.sentences.clone()] {
            let range = sentence.tokens.clone();
            for chain in rules.chains(range.clone()) {
                if headline {
                    rules.headline_names(chain, &mut mentions);
                } else {
                    for segment in rules.segments(chain, range.start) {
                        if let Some(m) = rules.classify(segment) {
                            mentions.push(m);
                        }
                    }
                }
            }
        }
    }
    canonical::harmonize(doc, lex, &mut mentions, canonical::Stage::Features);
    mentions
}

/// "U.S. Cybersecurity and Infrastructure Security Agency" as the tagger
/// found it: the country initialism and the organization, apart.
pub(crate) fn split_country_prefixes(
    doc: &Document<'_>,
    lex: &Lexicon,
    mentions: Vec<Mention>,
) -> Vec<Mention> {
    let rules = Rules::new(doc, lex);
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let r = m.tokens.clone();
        let prefixed = r.len() >= 3
            && rules.is_acronym(r.start)
            && lex.is_place(rules.text(r.start))
            && rules.is_org_shaped(r.start + 1..r.end);
        if !prefixed {
            out.push(m);
            continue;
        }
        let part = |tokens: Range<usize>, label| Mention {
            span: doc.token_span(tokens.clone()),
            canonical: rules.joined(tokens.clone()),
            tokens,
            label,
            confident: true,
            common_word: false,
        };
        out.push(part(r.start..r.start + 1, EntityLabel::Loc));
        out.push(part(r.start + 1..r.end, EntityLabel::Org));
    }
    out
}

/// Which paragraphs are headlines, subheads or captions in title case,
/// where capitals say little.
pub(crate) fn headlines(doc: &Document<'_>, lex: &Lexicon) -> Vec<bool> {
    let rules = Rules::new(doc, lex);
    doc.paragraphs
        .iter()
        .map(|p| rules.is_headline(p))
        .collect()
}

/// Which paragraphs are headlines in title case rather than in capitals:
/// the article's first paragraph, subheads that are quotations ("‘Not
/// Before Time’"), and lists of related headlines joined by dashes. Not
/// other lines: results tables and lists look the same, and the tagger
/// reads those well. `headlines` is what [`headlines`] says of each
/// paragraph.
pub(crate) fn title_case_headlines(doc: &Document<'_>, headlines: &[bool]) -> Vec<bool> {
    doc.paragraphs
        .iter()
        .zip(headlines)
        .enumerate()
        .map(|(i, (p, &headline))| {
            (i == 0 || is_quoted_line(doc.slice(p.span)) || is_headline_list(doc, p))
                && headline
                && !is_shouted_sentence(doc, p.sentences.start)
                && !has_lowercase_content_word(doc, p)
        })
        .collect()
}

/// Whether a paragraph holds a lowercase word that title case would
/// capitalize: "Keir Starmer met Macron." is a sentence of names, not a
/// title. "iPhone" and "eBay" are capitalized inside.
fn has_lowercase_content_word(doc: &Document<'_>, paragraph: &Paragraph) -> bool {
    paragraph.tokens.clone().any(|i| {
        let word = doc.token_text(i);
        doc.tokens[i].kind == TokenKind::Word
            && word.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
            && !word.chars().any(char::is_uppercase)
            && !TITLE_CASE_SMALL_WORDS.contains(&word)
    })
}

/// A sentence written all in capitals ("SOCCER - JAPAN GET LUCKY WIN"),
/// where capitals cannot mark acronyms.
fn is_shouted_sentence(doc: &Document<'_>, sentence: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence) else {
        return false;
    };
    // Shouted means at least 80% of the words of three letters or more are
    // in capitals: `words >= 5 * lowercase`. Ordinary prose fails after a
    // few words, as `words` can be no more than the sentence's word tokens.
    let limit = s
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count();
    let (mut lowercase, mut words) = (0, 0);
    for i in s.tokens.clone() {
        let word = doc.token_text(i);
        if doc.tokens[i].kind == TokenKind::Word
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        {
            words += 1;
            if word.chars().any(char::is_lowercase) {
                lowercase += 1;
                if limit < 5 * lowercase {
                    return false;
                }
            }
        }
    }
    words >= 3 && words >= 5 * lowercase
}

/// A line of three or more items joined by dashes, opening with one: the
/// "related stories" a page lists under an article.
fn is_headline_list(doc: &Document<'_>, paragraph: &Paragraph) -> bool {
    let dash = |i: usize| matches!(doc.token_text(i), "—" | "–");
    !paragraph.tokens.is_empty()
        && dash(paragraph.tokens.start)
        && paragraph.tokens.clone().filter(|&i| dash(i)).count() >= 3
}

/// A subhead that is a quotation: "‘Not Before Time’".
fn is_quoted_line(text: &str) -> bool {
    let opens = text.starts_with(['‘', '“', '"', '\'']);
    let closes = text.ends_with(['’', '”', '"', '\'']);
    opens && closes && text.chars().count() > 2
}

/// A run of tokens that may be a name. `person` is set when a title
/// introduced it ("Secretary Dominic Raab").
#[derive(Clone, Debug)]
struct Segment {
    tokens: Range<usize>,
    person: bool,
}

struct Rules<'d> {
    doc: &'d Document<'d>,
    lex: &'d Lexicon,
    /// Per sentence: written all in capitals ("SOCCER - JAPAN GET LUCKY
    /// WIN"), where capitals cannot mark acronyms. Made on first use: not
    /// every use of the rules asks.
    shouted: OnceCell<Vec<bool>>,
}

impl<'d> Rules<'d> {
    fn new(doc: &'d Document<'d>, lex: &'d Lexicon) -> Rules<'d> {
        Rules {
            doc,
            lex,
            shouted: OnceCell::new(),
        }
    }
}

impl Rules<'_> {
    #[inline(always)]
    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    /// The segment's words joined by single spaces, as the lists spell them.
    fn joined(&self, tokens: Range<usize>) -> String {
        let mut out = String::new();
        for i in tokens {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(self.text(i));
        }
        out
    }

    /// A word that can be part of a name: capitalized, not a number.
    fn is_capitalized(&self, i: usize) -> bool {
        let token = self.doc.tokens[i];
        let allowed = match token.kind {
            TokenKind::Word => true,
            TokenKind::Abbrev(kind) => kind != AbbrevKind::Month && kind != AbbrevKind::Weekday,
            _ => false,
        };
        let word = self.text(i);
        allowed && word.chars().next().is_some_and(char::is_uppercase) && !is_contraction(word)
    }

    fn is_connector(&self, i: usize) -> bool {
        CONNECTORS.contains(&self.text(i))
    }

    fn is_acronym(&self, i: usize) -> bool {
        let word = self.text(i);
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let token = self.doc.tokens[i];
        let initialism = token.kind == TokenKind::Abbrev(AbbrevKind::Initialism)
            && word.chars().next().is_some_and(char::is_uppercase);
        let all_caps = letters >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        // In a line written in capitals only a digit ("G7") still marks an
        // acronym.
        let shouted = self.shouted.get_or_init(|| {
            (0..self.doc.sentences.len())
                .map(|s| is_shouted_sentence(self.doc, s))
                .collect()
        })[self.doc.sentence_of_token(i)]
            && !word.chars().any(|c| c.is_ascii_digit());
        (initialism || all_caps) && !shouted && !NOT_NAMES.contains(&word)
    }

    fn is_title(&self, i: usize) -> bool {
        super::cues::is_title(self.doc, i)
    }

    fn is_calendar_word(&self, i: usize) -> bool {
        let word = self.text(i);
        MONTH_NAMES.contains(&word) || WEEKDAY_NAMES.contains(&word)
    }

    /// Whether only punctuation (an opening quote, a dash) precedes token
    /// `i` in its sentence.
    fn starts_sentence(&self, i: usize, sentence_start: usize) -> bool {
        (sentence_start..i).all(|j| self.doc.tokens[j].kind == TokenKind::Punct)
    }

    /// Known by a list to be (part of) a name, so it keeps its capital even
    /// at the start of a sentence.
    fn is_listed_name(&self, i: usize) -> bool {
        let word = self.text(i);
        self.lex.is_place(word)
            || DEMONYMS.contains(&word)
            || KNOWN_ORGS.contains(&word)
            || self.is_acronym(i)
            || (self.lex.is_first_name(word) && !self.lex.is_common_word(word))
    }

    /// A headline, subhead, caption title or dateline: one sentence, no
    /// closing punctuation and mostly capitalized words. Only listed names
    /// count there, since capitals say nothing.
    fn is_headline(&self, paragraph: &Paragraph) -> bool {
        let text = self.doc.slice(paragraph.span);
        // A headline's quotation marks do not make it prose.
        let tokens = paragraph
            .tokens
            .clone()
            .filter(|&i| !matches!(self.text(i), "‘" | "’" | "“" | "”" | "\"" | "'"))
            .count();
        // "— Ferry Sinks— Ada Quinlan Says …": a list of headlines joined
        // by dashes is as long as its longest item.
        let list = tokens > 25 && is_headline_list(self.doc, paragraph);
        let longest_item = if list {
            paragraph
                .tokens
                .clone()
                .map(|i| self.text(i))
                .collect::<Vec<_>>()
                .split(|w| matches!(*w, "—" | "–"))
                .map(<[&str]>::len)
                .max()
                .unwrap_or(0)
        } else {
            tokens
        };
        if text.ends_with(['!', '?', '”', '"', ':', ',', ';'])
            || longest_item > 25
            || paragraph.sentences.len() > 1 && !list
        {
            return false;
        }
        // Some sites end headlines with a period; then every long word must
        // be capitalized, or a sentence dense with names ("Apple chief Tim
        // Cook met Olaf Scholz in Berlin.") would pass for one.
        let needed = if text.ends_with('.') { 10 } else { 6 };
        let (mut long, mut capitalized) = (0, 0);
        for i in paragraph.tokens.clone() {
            let word = self.text(i);
            if self.doc.tokens[i].kind == TokenKind::Word && word.chars().count() >= 4 {
                long += 1;
                capitalized += usize::from(word.chars().next().is_some_and(char::is_uppercase));
            }
        }
        long > 0 && capitalized * 10 >= long * needed
    }

    /// Maximal runs of capitalized tokens, joined through connectors.
    fn chains(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let mut chains = Vec::new();
        let mut i = range.start;
        while i < range.end {
            if !self.is_capitalized(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                if j < range.end && self.is_capitalized(j) {
                    j += 1;
                    continue;
                }
                let mut k = j;
                while k < range.end && k - j < 2 && self.is_connector(k) {
                    k += 1;
                }
                if k > j && k < range.end && self.is_capitalized(k) {
                    j = k + 1;
                    continue;
                }
                break;
            }
            chains.push(i..j);
            i = j;
        }
        chains
    }

    /// Cuts a chain into the parts that can be names.
    fn segments(&self, chain: Range<usize>, sentence_start: usize) -> Vec<Segment> {
        let mut start = chain.start;
        // A leading article belongs to the sentence, not the name.
        if matches!(self.text(start), "The" | "A" | "An") {
            let with_the = self.joined(chain.clone());
            if !NAMES_WITH_THE.iter().any(|n| with_the.starts_with(n)) {
                start += 1;
            }
        } else if chain.len() > 1
            && self.starts_sentence(start, sentence_start)
            && !self.is_listed_name(start)
            && self.lex.is_common_word(self.text(start))
        {
            // "Clearly Beijing …": a capitalized first word. Alone, it stays
            // a candidate: "Trump said" may be a surname the article gives
            // in full elsewhere.
            start += 1;
        }
        // Months and weekdays are dates, unless they follow a first name
        // ("Theresa May").
        let mut parts = Vec::new();
        let mut part_start = start;
        for i in start..chain.end {
            let keeps = i > part_start && self.lex.is_first_name(self.text(i - 1));
            if self.is_calendar_word(i) && !keeps {
                parts.push(part_start..i);
                part_start = i + 1;
            }
        }
        parts.push(part_start..chain.end);

        let mut segments = Vec::new();
        for part in parts {
            let part = self.trim_connectors(part);
            if part.is_empty() {
                continue;
            }
            for piece in self.split_connectors(part) {
                let piece = self.split_country_prefix(piece, &mut segments);
                for piece in self.split_after_full_name(piece) {
                    self.split_titles(piece, &mut segments);
                }
            }
        }
        segments
    }

    /// "Tom Reyes Slams Council": after a first name and the word after
    /// it, a capitalized common word starts something else.
    fn split_after_full_name(&self, piece: Range<usize>) -> Vec<Range<usize>> {
        let first_name = self.lex.is_first_name(self.text(piece.start))
            && !self.lex.is_common_word(self.text(piece.start));
        if !first_name || piece.len() <= 2 || self.is_org_shaped(piece.clone()) {
            return vec![piece];
        }
        match (piece.start + 2..piece.end)
            .find(|&i| self.lex.is_common_word(self.text(i)) && !self.is_connector(i))
        {
            Some(cut) => vec![piece.start..cut, cut..piece.end],
            None => vec![piece],
        }
    }

    /// A country initialism before an organization is a name of its own:
    /// "U.S. Cybersecurity and Infrastructure Security Agency". Pushes the
    /// country and returns the rest.
    fn split_country_prefix(&self, piece: Range<usize>, out: &mut Vec<Segment>) -> Range<usize> {
        let prefixed = piece.len() >= 3
            && self.is_acronym(piece.start)
            && self.lex.is_place(self.text(piece.start))
            && self.is_org_shaped(piece.start + 1..piece.end);
        if !prefixed {
            return piece;
        }
        out.push(Segment {
            tokens: piece.start..piece.start + 1,
            person: false,
        });
        piece.start + 1..piece.end
    }

    fn trim_connectors(&self, mut r: Range<usize>) -> Range<usize> {
        while !r.is_empty() && self.is_connector(r.start) {
            r.start += 1;
        }
        while !r.is_empty() && self.is_connector(r.end - 1) {
            r.end -= 1;
        }
        r
    }

    /// "Russia and China" is two names; "Cybersecurity and Infrastructure
    /// Security Agency" and "University of Oxford" are one, because an
    /// organization cue holds them together.
    fn split_connectors(&self, part: Range<usize>) -> Vec<Range<usize>> {
        let Some(first_connector) = part.clone().find(|&i| self.is_connector(i)) else {
            return vec![part];
        };
        // "Jo Park of the Coast Trust": a person's name before the
        // connector is not the start of an organization's.
        let person_first =
            first_connector - part.start >= 2 && self.lex.is_first_name(self.text(part.start));
        if !person_first
            && (self.is_org_shaped(part.clone()) || self.lex.is_place(&self.joined(part.clone())))
        {
            return vec![part];
        }
        super::split_at(part, |i| self.is_connector(i))
    }

    fn is_org_shaped(&self, r: Range<usize>) -> bool {
        let last = self.text(r.end - 1);
        let suffix = r.len() >= 2 && ORG_SUFFIXES.contains(&last);
        let prefix = r.len() >= 3
            && ORG_PREFIXES_WITH_OF.contains(&self.text(r.start))
            && self.text(r.start + 1) == "of";
        suffix || prefix
    }

    /// "MI5 Director-General Ken McCallum" → "MI5" and the person "Ken
    /// McCallum"; the title itself is dropped. Organizations keep their
    /// title-like words ("Defence Ministry", "Home Office").
    fn split_titles(&self, piece: Range<usize>, out: &mut Vec<Segment>) {
        if self.is_org_shaped(piece.clone()) {
            out.push(Segment {
                tokens: piece,
                person: false,
            });
            return;
        }
        let Some(first_title) = piece.clone().find(|&i| self.is_title(i)) else {
            out.push(Segment {
                tokens: piece,
                person: false,
            });
            return;
        };
        let mut after = first_title;
        while after < piece.end && (self.is_title(after) || self.is_connector(after)) {
            after += 1;
        }
        if first_title > piece.start {
            out.push(Segment {
                tokens: piece.start..first_title,
                person: false,
            });
        }
        if after < piece.end {
            // The rest may hold another title ("… Secretary of State …").
            let mut rest = Vec::new();
            self.split_titles(after..piece.end, &mut rest);
            if let Some(first) = rest.first_mut()
                && first.tokens.start == after
            {
                first.person = true;
            }
            out.extend(rest);
        }
    }

    /// Labels a segment, or rejects it.
    fn classify(&self, segment: Segment) -> Option<Mention> {
        let r = segment.tokens.clone();
        let text = self.joined(r.clone());
        let last = self.text(r.end - 1);
        let single = r.len() == 1;
        let confident = |label| Some((label, true));
        let weak = |label| Some((label, false));
        let (label, confident) =
            if KNOWN_ORGS.contains(&text.as_str()) || self.is_org_shaped(r.clone()) {
                confident(EntityLabel::Org)
            } else if self.lex.is_place(&text) {
                confident(EntityLabel::Loc)
            } else if DEMONYMS.contains(&text.as_str()) {
                confident(EntityLabel::Misc)
            } else if single && self.is_acronym(r.start) {
                confident(EntityLabel::Org)
            } else if single
                && (NOT_NAMES.contains(&text.as_str())
                    || is_party_affiliation(&text)
                    // "J." alone is an initial, not a name.
                    || self.doc.tokens[r.start].kind == TokenKind::Abbrev(AbbrevKind::Initial))
            {
                None
            } else if segment.person || (!single && self.lex.is_first_name(self.text(r.start))) {
                // Before place suffixes: "Jo Park" is a person, "Hyde Park" a place.
                confident(EntityLabel::Person)
            } else if r.len() >= 2 && LOC_SUFFIXES.contains(&last) {
                confident(EntityLabel::Loc)
            } else if !single && self.looks_like_personal_name(r.clone()) {
                weak(EntityLabel::Person)
            } else if single && self.lex.is_common_word(&text) {
                // "Trump", "Weaver", "Bush": kept only if the article also
                // gives the full name (see `canonical`).
                Some((EntityLabel::Person, false))
            } else if single && (self.lex.is_surname(&text) || self.lex.is_first_name(&text)) {
                weak(EntityLabel::Person)
            } else {
                weak(EntityLabel::Misc)
            }?;
        Some(Mention {
            span: self.doc.token_span(r.clone()),
            common_word: single && !confident && self.lex.is_common_word(&text),
            tokens: r,
            label,
            canonical: text,
            confident,
        })
    }

    /// Two or three title-case words, none of them common English words:
    /// "Lintao Zhang".
    fn looks_like_personal_name(&self, r: Range<usize>) -> bool {
        r.len() <= 3
            && r.clone().all(|i| {
                let w = self.text(i);
                let mut c = w.chars();
                c.next().is_some_and(char::is_uppercase)
                    && c.all(|c| {
                        c.is_lowercase() || c.is_uppercase() || c == '-' || c == '’' || c == '\''
                    })
                    && !w.chars().skip(1).all(char::is_uppercase)
                    && !self.lex.is_common_word(w)
            })
    }

    /// In headlines, picks out only what the lists and cues recognize:
    /// places, organizations, acronyms, nationalities, and a first name with
    /// the word after it.
    fn headline_names(&self, chain: Range<usize>, out: &mut Vec<Mention>) {
        let mut i = chain.start;
        while i < chain.end {
            let longest = (1..=5.min(chain.end - i)).rev().find(|&n| {
                let text = self.joined(i..i + n);
                self.lex.is_place(&text)
                    || KNOWN_ORGS.contains(&text.as_str())
                    || DEMONYMS.contains(&text.as_str())
                    || self.is_org_shaped(i..i + n)
            });
            let segment = if let Some(n) = longest {
                Some(Segment {
                    tokens: i..i + n,
                    person: false,
                })
            } else if self.is_acronym(i) {
                Some(Segment {
                    tokens: i..i + 1,
                    person: false,
                })
            } else if self.lex.is_first_name(self.text(i))
                && !self.is_calendar_word(i)
                && i + 1 < chain.end
                && self.is_capitalized(i + 1)
                && !self.lex.is_common_word(self.text(i + 1))
            {
                Some(Segment {
                    tokens: i..i + 2,
                    person: true,
                })
            } else {
                None
            };
            match segment {
                Some(segment) => {
                    i = segment.tokens.end;
                    out.extend(self.classify(segment));
                }
                None => {
                    // "Gillibrand on …": an unknown word may still be the
                    // surname of someone the article names in full; the
                    // document pass keeps it only then.
                    if !self.is_calendar_word(i) && !self.is_title(i) {
                        out.push(Mention {
                            tokens: i..i + 1,
                            span: self.doc.tokens[i].span,
                            label: EntityLabel::Person,
                            canonical: self.text(i).to_string(),
                            confident: false,
                            common_word: true,
                        });
                    }
                    i += 1;
                }
            }
        }
    }
}

/// "I’ve", "Don’t", "We’ll": capitalized at the start of a sentence, but
/// never names. ("O’Brien" keeps a capital after its apostrophe.)
fn is_contraction(word: &str) -> bool {
    let Some(at) = word.find(['’', '\'']) else {
        return false;
    };
    let rest = &word[at..];
    let suffix = rest.trim_start_matches(['’', '\'']);
    matches!(suffix, "ve" | "ll" | "re" | "m" | "d" | "t" | "s")
        || word[..at].ends_with('n') && suffix == "t"
}

/// "D-MA", "R-Texas", "I-Vt.": a legislator's party and state.
fn is_party_affiliation(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    matches!(parts.next(), Some("D" | "R" | "I"))
        && parts
            .next()
            .is_some_and(|state| state.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions() {
        for word in ["I’ve", "Don’t", "We’ll", "It's", "Can't"] {
            assert!(is_contraction(word), "{word}");
        }
        for word in ["O’Brien", "D'Angelo", "McCallum"] {
            assert!(!is_contraction(word), "{word}");
        }
    }

    #[test]
    fn headlines_are_mostly_capitalized_and_unpunctuated() {
        let lex = Lexicon::load();
        let headline = |text: &str| {
            let doc = Document::new(text);
            Rules::new(&doc, &lex).is_headline(&doc.paragraphs[0])
        };
        assert!(headline(
            "Harbour Council Approves Pier Rebuild After Winter Storms"
        ));
        assert!(headline("MI5 Director-General Ken McCallum"));
        assert!(!headline(
            "The council approved the rebuild after the storms."
        ));
        assert!(!headline(
            "the council approved the rebuild after the storms"
        ));
    }
}
