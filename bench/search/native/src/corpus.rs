//! A synthetic FAQ of 10,000 entries in English and French, the same on every run (seeded), and
//! 30 queries, each planted in one entry that is then its only right first answer.
//!
//! Entries mix the portal's words (data, Virginia/Virginie, Oracle, Cour suprême…), the little
//! words of each language, and pseudo-words drawn with a skewed frequency so that the vocabulary
//! is as large and uneven as real text (tens of thousands of distinct words). A query pairs
//! words of the portal, typed with prefixes, typos, accents or not, with a rare word that only
//! its target holds; random text never holds a rare word, nor anything a typo or a prefix away
//! from one.

use sunny_corner::search::{normalize, within_one_edit};

pub const ENTRIES: usize = 10_000;
const WORDS_PER_FIELD: usize = 60;
const PSEUDO_WORDS: usize = 30_000;
const SEED: u64 = 0x5eed_2025_c0de_0001;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

/// One entry in one language: `[question, answer]`.
pub type Entry = [String; 2];

pub struct Corpus {
    pub en: Vec<Entry>,
    pub fr: Vec<Entry>,
    pub queries: Vec<BenchQuery>,
}

pub struct BenchQuery {
    pub lang: Lang,
    pub text: &'static str,
    /// What the query exercises, for the report.
    pub kind: &'static str,
    /// The entry that must come first.
    pub expected: usize,
}

/// A query, and the words planted in its target: `(field, surface form)`.
struct Plant {
    lang: Lang,
    text: &'static str,
    kind: &'static str,
    words: &'static [(usize, &'static str)],
}

const Q: usize = 0;
const A: usize = 1;

#[rustfmt::skip]
const PLANTS: [Plant; 30] = [
    Plant { lang: Lang::En, text: "virginia ashburn", kind: "exact", words: &[(Q, "Virginia"), (Q, "Ashburn")] },
    Plant { lang: Lang::En, text: "virgina loudoun", kind: "typo (missing letter)", words: &[(Q, "Virginia"), (Q, "Loudoun")] },
    Plant { lang: Lang::En, text: "sing kallang", kind: "prefix", words: &[(Q, "Singapore"), (Q, "Kallang")] },
    Plant { lang: Lang::En, text: "oracel stargate", kind: "typo (swap)", words: &[(Q, "Oracle"), (Q, "Stargate")] },
    Plant { lang: Lang::En, text: "bytedance divestiture", kind: "exact", words: &[(Q, "ByteDance"), (Q, "divestiture")] },
    Plant { lang: Lang::En, text: "supreme court certiorari", kind: "exact, 3 words", words: &[(Q, "Supreme"), (Q, "Court"), (Q, "certiorari")] },
    Plant { lang: Lang::En, text: "algo explainability", kind: "prefix", words: &[(Q, "algorithm"), (Q, "explainability")] },
    Plant { lang: Lang::En, text: "KUAISHUO", kind: "case + typo (swap)", words: &[(Q, "Kuaishou")] },
    Plant { lang: Lang::En, text: "cfius mitigation", kind: "exact", words: &[(Q, "CFIUS"), (Q, "mitigation")] },
    Plant { lang: Lang::En, text: "escrow", kind: "answer only", words: &[(A, "escrow")] },
    Plant { lang: Lang::En, text: "data sovereignity", kind: "typo (extra letter)", words: &[(Q, "data"), (Q, "sovereignty")] },
    Plant { lang: Lang::En, text: "creator fund payouts", kind: "prefix, 3 words", words: &[(Q, "creators"), (Q, "fund"), (Q, "payouts")] },
    Plant { lang: Lang::En, text: "project texas usds", kind: "exact, 3 words", words: &[(Q, "Project"), (Q, "Texas"), (Q, "USDS")] },
    Plant { lang: Lang::En, text: "transparancy bellevue", kind: "typo (wrong letter)", words: &[(Q, "transparency"), (Q, "Bellevue")] },
    Plant { lang: Lang::En, text: "security whistleblower", kind: "question + answer", words: &[(Q, "security"), (A, "whistleblower")] },
    Plant { lang: Lang::Fr, text: "virginie manassas", kind: "exact", words: &[(Q, "Virginie"), (Q, "Manassas")] },
    Plant { lang: Lang::Fr, text: "securite cryptographique", kind: "accents dropped", words: &[(Q, "sécurité"), (Q, "cryptographique")] },
    Plant { lang: Lang::Fr, text: "singapour jurong", kind: "exact", words: &[(Q, "Singapour"), (Q, "Jurong")] },
    Plant { lang: Lang::Fr, text: "cour supreme sursis", kind: "accents dropped, 3 words", words: &[(Q, "Cour"), (Q, "suprême"), (Q, "sursis")] },
    Plant { lang: Lang::Fr, text: "algoritme personnalise", kind: "typo + accents dropped", words: &[(Q, "algorithme"), (Q, "personnalisé")] },
    Plant { lang: Lang::Fr, text: "l'application cession", kind: "elision", words: &[(Q, "l’application"), (Q, "cession")] },
    Plant { lang: Lang::Fr, text: "donnees hebergement", kind: "accents dropped", words: &[(Q, "données"), (Q, "hébergement")] },
    Plant { lang: Lang::Fr, text: "oracle souverainete", kind: "accents dropped", words: &[(Q, "Oracle"), (Q, "souveraineté")] },
    Plant { lang: Lang::Fr, text: "créateurs rémunération", kind: "accents typed", words: &[(Q, "créateurs"), (Q, "rémunération")] },
    Plant { lang: Lang::Fr, text: "SINGAP pdpc", kind: "case + prefix", words: &[(Q, "Singapour"), (Q, "PDPC")] },
    Plant { lang: Lang::Fr, text: "bytedanse désinvestissement", kind: "typo + accents typed", words: &[(Q, "ByteDance"), (Q, "désinvestissement")] },
    Plant { lang: Lang::Fr, text: "modération lanceur", kind: "question + answer", words: &[(Q, "modération"), (A, "lanceur")] },
    Plant { lang: Lang::Fr, text: "sequestre", kind: "answer only, accents dropped", words: &[(A, "séquestre")] },
    Plant { lang: Lang::Fr, text: "commision arbitrage", kind: "typo (missing letter)", words: &[(Q, "commission"), (Q, "arbitrage")] },
    Plant { lang: Lang::Fr, text: "manoeuvre coentreprise", kind: "ligature œ", words: &[(Q, "manœuvre"), (Q, "coentreprise")] },
];

/// The portal's words that random text uses; the planted rare words are none of these.
#[rustfmt::skip]
const DOMAIN_EN: &[&str] = &[
    "data", "Virginia", "Texas", "Singapore", "Oracle", "ByteDance", "TikTok", "Supreme", "Court",
    "security", "algorithm", "recommendation", "source", "code", "servers", "storage", "cloud",
    "privacy", "users", "American", "app", "ban", "law", "deadline", "divest", "sale", "deal",
    "investors", "venture", "joint", "government", "federal", "Congress", "Senate", "President",
    "order", "executive", "national", "agreement", "review", "audit", "transparency", "creators",
    "content", "video", "platform", "moderation", "policy", "employees", "engineers", "China",
    "Beijing", "Washington", "ruling", "appeal", "judge", "extension", "Commerce", "Department",
    "Justice", "fund", "project", "access", "foreign", "adversary", "controlled", "Act",
];
#[rustfmt::skip]
const DOMAIN_FR: &[&str] = &[
    "données", "Virginie", "Texas", "Singapour", "Oracle", "ByteDance", "TikTok", "Cour",
    "suprême", "sécurité", "algorithme", "recommandation", "code", "source", "serveurs",
    "stockage", "nuage", "confidentialité", "utilisateurs", "américains", "application",
    "interdiction", "loi", "échéance", "vente", "accord", "investisseurs", "gouvernement",
    "fédéral", "Congrès", "Sénat", "président", "décret", "national", "examen", "audit",
    "transparence", "créateurs", "contenu", "vidéo", "plateforme", "modération", "politique",
    "employés", "ingénieurs", "Chine", "Pékin", "Washington", "arrêt", "appel", "juge",
    "prolongation", "Commerce", "ministère", "Justice", "fonds", "projet", "accès", "étranger",
    "adversaire", "contrôlée", "commission", "société", "américaine", "délai",
];
#[rustfmt::skip]
const FILLER_EN: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "it", "was", "by",
    "be", "this", "are", "from", "at", "or", "an", "which", "has", "have", "not", "but", "its",
    "they", "their", "would", "could", "said", "will", "also", "more", "after", "about", "under",
    "over", "than", "into", "between", "during", "before", "because", "while", "were", "been",
    "can", "may", "must", "new", "first", "any", "other", "such", "only", "what", "when", "how",
    "who", "where", "does", "did", "still", "now", "year", "years", "people", "company", "states",
    "united", "report", "according", "week", "month", "officials", "plan", "time", "part",
];
#[rustfmt::skip]
const FILLER_FR: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "pour", "par", "sur",
    "dans", "avec", "au", "aux", "est", "sont", "qui", "que", "ne", "pas", "plus", "a", "été",
    "ont", "son", "sa", "ses", "leur", "cette", "ce", "entre", "après", "avant", "depuis",
    "selon", "mais", "ou", "donc", "comme", "aussi", "encore", "tous", "toutes", "être", "avoir",
    "fait", "peut", "doit", "nouveau", "première", "autre", "seulement", "quand", "comment", "où",
    "année", "mois", "semaine", "personnes", "entreprise", "États", "Unis", "rapport",
    "responsables", "plan", "temps", "partie", "il", "elle", "ils", "on", "se", "si",
];

/// Deterministic pseudo-random numbers (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Whether a query for the folded word `rare` could find the folded word `word` of a text:
/// `rare` begins it, or they are one typo apart.
fn reachable(word: &str, rare: &str) -> bool {
    // The engine's own typo rule, so the corpus keeps exactly the words it could confuse apart.
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), rare.chars().collect());
    word.starts_with(rare) || within_one_edit(&a, &b)
}

/// The rare words: those planted that no random text may come near.
fn rare_words() -> Vec<String> {
    let common: Vec<String> = DOMAIN_EN
        .iter()
        .chain(DOMAIN_FR)
        .chain(FILLER_EN)
        .chain(FILLER_FR)
        .map(|w| normalize(w))
        .collect();
    let mut rare = Vec::new();
    for plant in &PLANTS {
        for (_, word) in plant.words {
            for folded in normalize(word).split(' ') {
                if !common.iter().any(|c| c == folded) && folded != "l" {
                    rare.push(folded.to_owned());
                }
            }
        }
    }
    rare
}

fn pseudo_words(rng: &mut Rng, count: usize, avoid: &[String]) -> Vec<String> {
    const ONSETS: &[&str] = &[
        "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "j", "k", "l", "m", "n", "p", "pl", "qu",
        "r", "s", "st", "t", "tr", "v", "z", "",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ou", "ai", "é", "è", "eau", "y"];
    const CODAS: &[&str] = &["", "", "", "n", "r", "s", "l", "m", "t", "x", "nt", "rd"];
    let mut words = Vec::with_capacity(count);
    let mut seen = std::collections::HashSet::new();
    while words.len() < count {
        let syllables = 2 + rng.below(3);
        let mut word = String::new();
        for _ in 0..syllables {
            word.push_str(rng.pick::<&str>(ONSETS));
            word.push_str(rng.pick::<&str>(VOWELS));
            word.push_str(rng.pick::<&str>(CODAS));
        }
        let folded = normalize(&word);
        if folded.len() < 4 || avoid.iter().any(|r| reachable(&folded, r)) || !seen.insert(folded) {
            continue;
        }
        words.push(word);
    }
    words
}

struct Language<'a> {
    lang: Lang,
    domain: &'a [&'a str],
    filler: &'a [&'a str],
    pseudo: Vec<String>,
}

impl Language<'_> {
    fn word(&self, rng: &mut Rng) -> String {
        let roll = rng.unit();
        if roll < 0.45 {
            rng.pick(self.filler).to_string()
        } else if roll < 0.62 {
            rng.pick(self.domain).to_string()
        } else {
            // Skewed towards the first pseudo-words, as real vocabularies are.
            let rank = (self.pseudo.len() as f64 * rng.unit().powf(2.5)) as usize;
            self.pseudo[rank.min(self.pseudo.len() - 1)].clone()
        }
    }

    fn field(&self, rng: &mut Rng) -> Vec<String> {
        let words = WORDS_PER_FIELD - 10 + rng.below(21);
        (0..words).map(|_| self.word(rng)).collect()
    }
}

/// Joins words into sentences: capitals, commas, periods, French elisions, a question mark.
fn render(lang: Lang, words: &[String], question: bool, rng: &mut Rng) -> String {
    let mut text = String::new();
    let mut sentence_start = true;
    let mut after_punctuation = false;
    for (i, word) in words.iter().enumerate() {
        let mut word = word.clone();
        if sentence_start {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                word = first.to_uppercase().chain(chars).collect();
            }
        }
        let elide = lang == Lang::Fr
            && i > 0
            && !after_punctuation
            && matches!(words[i - 1].as_str(), "le" | "la" | "de" | "que" | "ne")
            && word.starts_with(['a', 'e', 'é', 'i', 'o', 'u']);
        if elide {
            // "le algorithme" → "l’algorithme", "que il" → "qu’il"
            text.pop();
            text.push(if rng.below(4) == 0 { '\'' } else { '’' });
        } else if i > 0 {
            text.push(' ');
        }
        text.push_str(&word);
        sentence_start = false;
        after_punctuation = false;
        if i + 1 < words.len() && rng.below(12) == 0 {
            after_punctuation = true;
            if rng.below(2) == 0 {
                text.push('.');
                sentence_start = true;
            } else {
                text.push(',');
            }
        }
    }
    text.push(if question { '?' } else { '.' });
    if question && lang == Lang::Fr {
        // French puts a (non-breaking) space before a question mark.
        text.insert(text.len() - 1, '\u{a0}');
    }
    text
}

pub fn generate() -> Corpus {
    let mut rng = Rng(SEED);
    let rare = rare_words();
    // No word a random text may use comes near a rare word.
    for word in DOMAIN_EN
        .iter()
        .chain(DOMAIN_FR)
        .chain(FILLER_EN)
        .chain(FILLER_FR)
    {
        let folded = normalize(word);
        for rare in &rare {
            assert!(
                !reachable(&folded, rare),
                "{word} is too close to the rare word {rare}"
            );
        }
    }
    let en = Language {
        lang: Lang::En,
        domain: DOMAIN_EN,
        filler: FILLER_EN,
        pseudo: pseudo_words(&mut rng, PSEUDO_WORDS, &rare),
    };
    let fr = Language {
        lang: Lang::Fr,
        domain: DOMAIN_FR,
        filler: FILLER_FR,
        pseudo: pseudo_words(&mut rng, PSEUDO_WORDS, &rare),
    };

    // Distinct targets spread over the whole corpus.
    let mut targets: Vec<usize> = Vec::new();
    while targets.len() < PLANTS.len() {
        let id = rng.below(ENTRIES);
        if !targets.contains(&id) {
            targets.push(id);
        }
    }

    let mut entries = [Vec::with_capacity(ENTRIES), Vec::with_capacity(ENTRIES)];
    for id in 0..ENTRIES {
        for (slot, language) in [&en, &fr].into_iter().enumerate() {
            let mut fields = [language.field(&mut rng), language.field(&mut rng)];
            if let Some(p) = targets.iter().position(|&t| t == id) {
                let plant = &PLANTS[p];
                if plant.lang == language.lang {
                    for &(field, word) in plant.words {
                        let at = rng.below(fields[field].len() + 1);
                        fields[field].insert(at, word.to_owned());
                    }
                }
            }
            let [question, answer] = fields;
            entries[slot].push([
                render(language.lang, &question, true, &mut rng),
                render(language.lang, &answer, false, &mut rng),
            ]);
        }
    }
    let [en_entries, fr_entries] = entries;
    let queries = PLANTS
        .iter()
        .zip(&targets)
        .map(|(plant, &expected)| BenchQuery {
            lang: plant.lang,
            text: plant.text,
            kind: plant.kind,
            expected,
        })
        .collect();
    Corpus {
        en: en_entries,
        fr: fr_entries,
        queries,
    }
}

/// Queries of one or two letters, as typed before a word is done: the most postings a query
/// can walk through, timed apart (no right answer).
pub const TYPING: &[(Lang, &str)] = &[
    (Lang::En, "s"),
    (Lang::En, "c"),
    (Lang::En, "d"),
    (Lang::En, "co"),
    (Lang::En, "th"),
    (Lang::Fr, "d"),
    (Lang::Fr, "l"),
    (Lang::Fr, "s"),
    (Lang::Fr, "de"),
    (Lang::Fr, "pr"),
];
