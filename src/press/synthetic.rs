//! A made-up but plausible `articles.json` of any size, for benchmarks and tests at the scale
//! the real file may reach (10,000 articles). Deterministic: the same size and seed always give
//! the same articles, on every platform.

use crate::content::{Article, Articles, Localized, Source, Term};
use crate::date::{month_name, Date};
use crate::i18n::Lang;

/// `n` articles drawn from `seed`: the real file's four kinds and twelve tags, 40 publishers
/// (about a third of them French-language), dates spread over 2020-01-01 to 2026-01-31, one to
/// three tags each, titles and summaries in both languages built from the tags' topics. The
/// result passes every check of `ContentFile::problems`, ids are `synthetic-00000`… in date
/// order, and `updated` is 2026-01-31.
pub fn synthetic_articles(n: usize, seed: u64) -> Articles {
    let mut rng = XorShift::new(seed);
    let first = Date::new(2020, 1, 1)
        .expect("a real day")
        .days_since_epoch();
    let updated = Date::new(2026, 1, 31).expect("a real day");
    let span = (updated.days_since_epoch() - first + 1) as usize;

    let mut dates: Vec<Date> = (0..n)
        .map(|_| Date::from_days_since_epoch(first + rng.below(span) as i64))
        .collect();
    dates.sort_unstable();

    let articles = dates
        .into_iter()
        .enumerate()
        .map(|(i, date)| {
            let (publisher, language, house_kind) = PUBLISHERS[rng.below(PUBLISHERS.len())];
            let kind = match house_kind {
                "news" if rng.below(100) < 15 => "opinion",
                kind => kind,
            };
            let mut tags: Vec<usize> = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let tag = rng.below(TAGS.len());
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            let (_, _, _, topics) = TAGS[tags[0]];
            let (topic_en, topic_fr) = topics[rng.below(topics.len())];
            let lead = rng.below(LEADS.len());
            let title_en = format!("{}{}", LEADS[lead].0, topic_en);
            let title_fr = format!("{}{}", LEADS[lead].1, topic_fr);
            let (title, translated_title) = match language {
                Lang::En => (title_en.clone(), title_fr.clone()),
                Lang::Fr => (title_fr.clone(), title_en.clone()),
            };
            let about_en: Vec<&str> = tags.iter().map(|&t| TAGS[t].1).collect();
            let about_fr: Vec<&str> = tags.iter().map(|&t| TAGS[t].2).collect();
            let summary = Localized {
                en: format!(
                    "{title_en}. {publisher} looks at {} as of {} {}.",
                    about_en.join(", ").to_lowercase(),
                    month_name(Lang::En, date.month()),
                    date.year()
                ),
                fr: format!(
                    "{title_fr}. {publisher} fait le point sur {} en {} {}.",
                    about_fr.join(", ").to_lowercase(),
                    month_name(Lang::Fr, date.month()),
                    date.year()
                ),
            };
            let id = format!("synthetic-{i:05}");
            let url = format!("https://example.org/{}/{id}", slug(publisher));
            Article {
                sources: vec![Source {
                    title: title.clone(),
                    url: url.clone(),
                    publisher: publisher.to_owned(),
                    date: Some(date),
                }],
                id,
                title,
                title_is_description: false,
                translated_title,
                language,
                publisher: publisher.to_owned(),
                date,
                kind: kind.to_owned(),
                tags: tags.iter().map(|&t| TAGS[t].0.to_owned()).collect(),
                summary,
                url,
            }
        })
        .collect();

    Articles {
        schema: None,
        updated,
        kinds: KINDS.iter().map(|&(id, en, fr)| term(id, en, fr)).collect(),
        tags: TAGS
            .iter()
            .map(|&(id, en, fr, _)| term(id, en, fr))
            .collect(),
        articles,
    }
}

fn term(id: &str, en: &str, fr: &str) -> Term {
    Term {
        id: id.to_owned(),
        name: Localized {
            en: en.to_owned(),
            fr: fr.to_owned(),
        },
        description: None,
    }
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Marsaglia's xorshift64*, seeded through SplitMix64 so that nearby seeds differ at once.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> XorShift {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // The generator's one forbidden state.
        XorShift(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0); the modulo bias is negligible for our small `n`.
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }
}

/// The real file's kinds: id, English name, French name.
const KINDS: [(&str, &str, &str); 4] = [
    ("news", "News report", "Article de presse"),
    ("official", "Official document", "Document officiel"),
    (
        "statement",
        "Company statement",
        "Déclaration de l’entreprise",
    ),
    ("opinion", "Opinion and analysis", "Opinion et analyse"),
];

type Topics = &'static [(&'static str, &'static str)];

/// The real file's tags (id, English name, French name) with headline topics in both
/// languages.
const TAGS: [(&str, &str, &str, Topics); 12] = [
    (
        "data-security",
        "Data and security",
        "Données et sécurité",
        &[
            (
                "where American user data is stored",
                "où sont stockées les données des utilisateurs américains",
            ),
            (
                "an audit of the app's source code",
                "un audit du code source de l’application",
            ),
        ],
    ),
    (
        "divestment",
        "Divestment",
        "Cession",
        &[
            (
                "the bidders for TikTok's US business",
                "les candidats au rachat de TikTok aux États-Unis",
            ),
            ("ByteDance weighs a sale", "ByteDance envisage une vente"),
        ],
    ),
    (
        "executive-orders",
        "Executive orders",
        "Décrets présidentiels",
        &[
            (
                "a new executive order on TikTok",
                "un nouveau décret sur TikTok",
            ),
            (
                "the White House extends the deadline",
                "la Maison-Blanche repousse l’échéance",
            ),
        ],
    ),
    (
        "courts",
        "Courts",
        "Justice",
        &[
            (
                "a federal judge blocks the ban",
                "un juge fédéral bloque l’interdiction",
            ),
            (
                "the appeals court hears TikTok",
                "la cour d’appel entend TikTok",
            ),
            (
                "the Supreme Court rules on the law",
                "la Cour suprême se prononce sur la loi",
            ),
        ],
    ),
    (
        "app-stores",
        "App stores",
        "Boutiques d’applications",
        &[
            (
                "TikTok leaves the app stores",
                "TikTok disparaît des boutiques d’applications",
            ),
            (
                "downloads resume in the US",
                "les téléchargements reprennent aux États-Unis",
            ),
        ],
    ),
    (
        "oracle",
        "Oracle",
        "Oracle",
        &[
            (
                "Oracle's role as trusted partner",
                "le rôle d’Oracle comme partenaire de confiance",
            ),
            (
                "Oracle reviews the recommendation algorithm",
                "Oracle examine l’algorithme de recommandation",
            ),
        ],
    ),
    (
        "project-texas",
        "Project Texas",
        "Project Texas",
        &[
            (
                "what Project Texas changed",
                "ce que Project Texas a changé",
            ),
            ("the cost of Project Texas", "le coût de Project Texas"),
        ],
    ),
    (
        "congress",
        "Congress",
        "Congrès",
        &[
            (
                "Congress votes on the divest-or-ban bill",
                "le Congrès vote la loi de cession ou d’interdiction",
            ),
            (
                "the CEO testifies before Congress",
                "le PDG témoigne devant le Congrès",
            ),
        ],
    ),
    (
        "joint-venture",
        "Joint venture",
        "Coentreprise",
        &[
            (
                "the new US joint venture takes shape",
                "la nouvelle coentreprise américaine prend forme",
            ),
            (
                "who sits on the joint venture's board",
                "qui siège au conseil de la coentreprise",
            ),
        ],
    ),
    (
        "creators",
        "Creators",
        "Créateurs",
        &[
            (
                "creators brace for a shutdown",
                "les créateurs se préparent à une coupure",
            ),
            (
                "small businesses that rely on TikTok",
                "les petites entreprises qui dépendent de TikTok",
            ),
        ],
    ),
    (
        "misinformation",
        "Misinformation",
        "Désinformation",
        &[
            (
                "election misinformation on short video",
                "la désinformation électorale en vidéo courte",
            ),
            (
                "fact-checkers and the For You feed",
                "les vérificateurs et le fil Pour toi",
            ),
        ],
    ),
    (
        "china",
        "China",
        "Chine",
        &[
            (
                "Beijing's export rules on algorithms",
                "les règles d’exportation de Pékin sur les algorithmes",
            ),
            (
                "US and Chinese negotiators agree a framework",
                "les négociateurs américains et chinois s’accordent sur un cadre",
            ),
        ],
    ),
];

/// Words before a topic, in English and French.
const LEADS: [(&str, &str); 6] = [
    ("", ""),
    ("Explainer: ", "Décryptage : "),
    ("Update: ", "Mise à jour : "),
    ("Analysis: ", "Analyse : "),
    ("Inside ", "Dans les coulisses : "),
    ("What to know about ", "Ce qu’il faut savoir : "),
];

/// Publishers: name, language, the kind they usually publish (news outlets also publish
/// opinion).
const PUBLISHERS: [(&str, Lang, &str); 40] = [
    ("Reuters", Lang::En, "news"),
    ("Associated Press", Lang::En, "news"),
    ("The Verge", Lang::En, "news"),
    ("TechCrunch", Lang::En, "news"),
    ("CNBC", Lang::En, "news"),
    ("The New York Times", Lang::En, "news"),
    ("The Washington Post", Lang::En, "news"),
    ("Los Angeles Times", Lang::En, "news"),
    ("Bloomberg", Lang::En, "news"),
    ("Politico", Lang::En, "news"),
    ("Axios", Lang::En, "news"),
    ("Wired", Lang::En, "news"),
    ("NPR", Lang::En, "news"),
    ("BBC News", Lang::En, "news"),
    ("The Guardian", Lang::En, "news"),
    ("Financial Times", Lang::En, "news"),
    ("The Wall Street Journal", Lang::En, "news"),
    ("CNN", Lang::En, "news"),
    ("Fast Company", Lang::En, "news"),
    ("Lawfare", Lang::En, "opinion"),
    ("Techdirt", Lang::En, "opinion"),
    ("Reason (The Volokh Conspiracy)", Lang::En, "opinion"),
    ("TikTok Newsroom", Lang::En, "statement"),
    ("TikTok (@TikTokPolicy on X)", Lang::En, "statement"),
    ("Executive Office of the President", Lang::En, "official"),
    ("U.S. Department of Commerce", Lang::En, "official"),
    ("Supreme Court of the United States", Lang::En, "official"),
    ("U.S. House of Representatives", Lang::En, "official"),
    ("Le Monde", Lang::Fr, "news"),
    ("Le Figaro", Lang::Fr, "news"),
    ("Libération", Lang::Fr, "news"),
    ("France 24", Lang::Fr, "news"),
    ("BFM TV", Lang::Fr, "news"),
    ("Les Échos", Lang::Fr, "news"),
    ("La Presse", Lang::Fr, "news"),
    ("Radio-Canada", Lang::Fr, "news"),
    ("Le Devoir", Lang::Fr, "news"),
    ("Siècle Digital", Lang::Fr, "news"),
    ("Numerama", Lang::Fr, "news"),
    ("Boursorama (dépêche AFP)", Lang::Fr, "news"),
];
