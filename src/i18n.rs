//! The portal's two languages and every word of its interface, as one typed table per language.
//!
//! Content (questions, articles, events) carries its own translations in the JSON files; this
//! module holds only the words around it. A string is a field of [`Strings`], so a string missing
//! in one language, or a misspelt name, fails to compile. A string with values in it is a
//! function of those values, so a placeholder cannot be forgotten either.

use serde::{Deserialize, Serialize};

/// A language the portal is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code used in URLs and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language of a URL prefix; exact and lowercase, so `/EN/` is not a page.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// The language's own name, as shown on the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// Every interface string in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }

    /// The CLDR plural category of a whole number: English has "one" for 1 only; French for
    /// 0 and 1 ("0 réponse", "1 réponse", "2 réponses").
    pub fn plural(self, n: u64) -> Plural {
        let one = match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        };
        if one {
            Plural::One
        } else {
            Plural::Other
        }
    }

    /// The noun's form for 0, for 1 and for every number from 2 on: in both languages the form
    /// depends on nothing else, so a page can count with this table alone (`public/boot.js`).
    pub fn forms_by_count(self, noun: Counted) -> [&'static str; 3] {
        [0, 1, 2].map(|n| noun.form(self.plural(n)))
    }

    /// `n` followed by its noun in the right form: "1 answer", "0 réponse", "5 days".
    pub fn count(self, n: u64, noun: Counted) -> String {
        format!("{n} {}", noun.form(self.plural(n)))
    }
}

/// Which language to greet a visitor in: a saved choice wins, then the first of the browser's
/// languages that is French (`fr`, `fr-CA`…) or English, then English.
pub fn preferred_lang<'a>(saved: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
    if let Some(lang) = saved.and_then(Lang::from_code) {
        return lang;
    }
    for tag in browser {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if let Some(lang) = Lang::from_code(&primary) {
            return lang;
        }
    }
    Lang::En
}

/// The CLDR plural categories the two languages use for whole numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// A noun in its two forms, for counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub one: &'static str,
    pub other: &'static str,
}

impl Counted {
    pub fn form(self, plural: Plural) -> &'static str {
        match plural {
            Plural::One => self.one,
            Plural::Other => self.other,
        }
    }
}

/// A string with `N` values to fill in, written `{0}`, `{1}`… in the text, in any order, each
/// at least once. The table is built at compile time, so a text with a missing or unknown
/// placeholder fails to compile, and a call with the wrong number of values too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fill<const N: usize>(&'static str);

impl<const N: usize> Fill<N> {
    pub const fn new(text: &'static str) -> Fill<N> {
        let bytes = text.as_bytes();
        let mut seen = [false; N];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'{' && i + 2 < bytes.len() && bytes[i + 2] == b'}' {
                let hole = bytes[i + 1];
                assert!(
                    hole.is_ascii_digit(),
                    "placeholders are written {{0}}, {{1}} and so on"
                );
                let hole = (hole - b'0') as usize;
                assert!(
                    hole < N,
                    "a placeholder names a value the string does not take"
                );
                seen[hole] = true;
            }
            i += 1;
        }
        let mut k = 0;
        while k < N {
            assert!(seen[k], "a value the string takes has no placeholder");
            k += 1;
        }
        Fill(text)
    }

    /// The text around value `hole`, with the others filled in: for a value shown as an
    /// element of its own. Empty halves when the text does not take it.
    pub fn around(&self, mut values: [&str; N], hole: usize) -> (String, String) {
        const MARK: &str = "\u{E000}";
        values[hole] = MARK;
        let text = self.fill(values);
        let (before, after) = text.split_once(MARK).unwrap_or((&text, ""));
        (before.to_owned(), after.to_owned())
    }

    /// The text with `{i}` replaced by `values[i]`.
    pub fn fill(&self, values: [&str; N]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(at) = rest.find('{') {
            let hole = rest
                .as_bytes()
                .get(at + 1)
                .and_then(|b| (*b as char).to_digit(10));
            match hole {
                Some(i) if rest.as_bytes().get(at + 2) == Some(&b'}') => {
                    out.push_str(&rest[..at]);
                    out.push_str(values[i as usize]);
                    rest = &rest[at + 3..];
                }
                _ => {
                    out.push_str(&rest[..=at]);
                    rest = &rest[at + 1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Every string of the interface in one language.
pub struct Strings {
    pub site_name: &'static str,
    pub site_description: &'static str,
    pub skip: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_faq: &'static str,
    pub nav_articles: &'static str,
    pub nav_timeline: &'static str,
    pub footer_social: &'static str,
    pub footer_sources: &'static str,
    pub sources: &'static str,
    /// Said to screen readers after the text of a link to another site.
    pub external: &'static str,
    pub loading: &'static str,
    pub loading_slow: &'static str,
    pub error: ErrorStrings,
    pub home: HomeStrings,
    pub faq: FaqStrings,
    pub articles: ArticleStrings,
    pub timeline: TimelineStrings,
    pub countdown: CountdownStrings,
    pub units: Units,
    pub not_found: NotFoundStrings,
    /// The filter disclosure on phones.
    pub filters: &'static str,
    /// "Filters · 2": the disclosure with the number of active filters.
    pub filters_active: Fill<1>,
}

pub struct ErrorStrings {
    pub title: &'static str,
    pub file: Fill<1>,
    pub network: Fill<1>,
    pub status: Fill<1>,
    /// The number of seconds waited.
    pub timeout: Fill<1>,
    pub web_page: &'static str,
    /// The parser's message, line, column.
    pub syntax: Fill<3>,
    pub schema: Fill<3>,
    pub retry: &'static str,
    /// Above a pre-rendered page the app could not take over: it stays readable as it is.
    pub unavailable: &'static str,
    pub unavailable_text: &'static str,
    /// The page's own code (its wasm chunk) could not be downloaded.
    pub code: &'static str,
}

pub struct HomeStrings {
    pub title: &'static str,
    pub key_statement: &'static str,
    pub highlights: &'static str,
    pub follow: &'static str,
}

pub struct FaqStrings {
    pub title: &'static str,
    pub description: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub categories: &'static str,
    pub all: &'static str,
    pub answers: Counted,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub none: Fill<1>,
    pub none_hint: &'static str,
    /// When the FAQ file has no entries at all.
    pub nothing: &'static str,
    pub clear_category: &'static str,
    pub permalink: &'static str,
    /// The button under a long list of results: "Show 50 more".
    pub more: Fill<1>,
}

pub struct ArticleStrings {
    pub title: &'static str,
    pub description: &'static str,
    pub read: Fill<1>,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub facet_kind: &'static str,
    pub facet_tag: &'static str,
    pub facet_language: &'static str,
    pub facet_year: &'static str,
    pub facet_publisher: &'static str,
    pub lang_en: &'static str,
    pub lang_fr: &'static str,
    pub sort: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub sort_relevance: &'static str,
    pub articles: Counted,
    pub clear: &'static str,
    pub more: Fill<1>,
    pub none_text: Fill<1>,
    pub none_filters: &'static str,
    /// When the articles file lists none at all.
    pub nothing: &'static str,
    pub translation: &'static str,
    /// The list of notes on parts of the address the page could not use.
    pub notes: &'static str,
    /// Before a title the editors wrote because the headline could not be confirmed.
    pub described: &'static str,
    pub note: QueryNoteStrings,
}

/// Notes on what an articles address asked for that the page could not use.
pub struct QueryNoteStrings {
    pub unknown_kind: Fill<1>,
    pub unknown_tag: Fill<1>,
    pub unknown_publisher: Fill<1>,
    pub unknown_language: Fill<1>,
    pub unknown_sort: Fill<1>,
    pub invalid_from: Fill<1>,
    pub invalid_to: Fill<1>,
    pub from_after_to: Fill<2>,
    pub duplicate_key: Fill<1>,
}

pub struct TimelineStrings {
    pub title: &'static str,
    pub description: &'static str,
    pub kinds: &'static str,
    pub kinds_all: &'static str,
    pub jump: &'static str,
    pub chains: &'static str,
    pub chains_help: &'static str,
    pub ics_all: &'static str,
    pub today: Fill<1>,
    pub empty: &'static str,
    /// When the timeline file has no events at all.
    pub nothing: &'static str,
    pub change_set: Fill<1>,
    pub change_moved: Fill<2>,
    pub changes: &'static str,
    pub in_chain: &'static str,
    /// A chain in one phrase: set on, set for, how often it moved.
    pub chain_summary: fn(&str, &str, usize) -> String,
    /// Unknown kinds in a timeline address, as written (never empty).
    pub unknown_kinds: fn(&[String]) -> String,
    pub invalid_year: Fill<1>,
    pub kind: KindNames,
    pub outcome: OutcomeNames,
}

/// The name of each kind of timeline event.
pub struct KindNames {
    pub executive_order: &'static str,
    pub law: &'static str,
    pub court_ruling: &'static str,
    pub agency_action: &'static str,
    pub extension: &'static str,
    pub deal: &'static str,
    pub event: &'static str,
}

/// What became of a deadline, in a word that can follow its date (French agrees with the
/// feminine « échéance »).
pub struct OutcomeNames {
    pub met: &'static str,
    pub moved: &'static str,
    pub blocked: &'static str,
    pub lapsed: &'static str,
    pub superseded: &'static str,
    pub pending: &'static str,
}

pub struct CountdownStrings {
    pub title: &'static str,
    pub tz: Fill<1>,
    pub steps: &'static str,
    pub ics: &'static str,
    pub follow: &'static str,
    pub none: &'static str,
    /// Name, date, how long ago, outcome.
    pub passed: Fill<4>,
    /// Name, date, outcome.
    pub ended_early: Fill<3>,
}

pub struct Units {
    pub day: Counted,
    pub hour: Counted,
    pub minute: Counted,
}

pub struct NotFoundStrings {
    pub title: &'static str,
    pub text: &'static str,
    pub home: &'static str,
}

/// English.
pub static EN: Strings = Strings {
    site_name: "Sunny Corner",
    site_description: "TikTok's side of the US ban story, 2020 to today: statements, articles, deadlines and answers, with sources.",
    skip: "Skip to content",
    nav_label: "Main",
    nav_home: "Home",
    nav_faq: "FAQ",
    nav_articles: "Articles",
    nav_timeline: "Timeline",
    footer_social: "Press team on X",
    footer_sources: "Every statement on this portal links to its sources. Quotations are attributed; figures we could not confirm are left out.",
    sources: "Sources",
    external: "(opens the source site)",
    loading: "Loading…",
    loading_slow: "Still loading: the connection seems slow.",
    filters: "Filters",
    filters_active: Fill::new("Filters · {0}"),
    error: ErrorStrings {
        title: "This part of the page could not be loaded",
        file: Fill::new("File: {0}"),
        network: Fill::new("The network request failed: {0}"),
        status: Fill::new("The server answered with HTTP status {0}."),
        timeout: Fill::new("The server did not answer within {0} seconds."),
        web_page: "The server sent a web page instead of the file: the file is probably missing from the site.",
        syntax: Fill::new("The file is not valid JSON: {0} (line {1}, column {2})."),
        schema: Fill::new("The file does not have the expected content: {0} (line {1}, column {2})."),
        retry: "Try again",
        unavailable: "Interactive features are unavailable",
        unavailable_text: "The page below is the version published with the site: it stays readable, but search, filters and live updates need what failed to load.",
        code: "The page’s code could not be downloaded.",
    },
    home: HomeStrings {
        title: "Home",
        key_statement: "The key statement",
        highlights: "Highlights",
        follow: "Follow the press team",
    },
    faq: FaqStrings {
        title: "Frequently asked questions",
        description: "Answers to the questions people ask about TikTok in the United States, each with its sources.",
        search_label: "Search the questions and answers",
        search_placeholder: "Try “Virginia”, “Oracle” or “ban”",
        search_hint: "Results update as you type. Press / to search, Escape to clear.",
        categories: "Categories",
        all: "All",
        answers: Counted { one: "answer", other: "answers" },
        expand_all: "Expand all",
        collapse_all: "Collapse all",
        none: Fill::new("No answer matches “{0}”."),
        none_hint: "Try fewer or shorter words, or remove the category filter.",
        nothing: "No answers have been published yet.",
        clear_category: "Search all categories",
        permalink: "Link to this answer",
        more: Fill::new("Show {0} more"),
    },
    articles: ArticleStrings {
        title: "Articles",
        description: "News reports, official documents, statements and analysis on TikTok in the United States since 2020.",
        read: Fill::new("Read at {0}"),
        search_label: "Search titles, summaries and publishers",
        search_placeholder: "Try “Supreme Court” or “Oracle”",
        facet_kind: "Kind",
        facet_tag: "Topics",
        facet_language: "Original language",
        facet_year: "Year",
        facet_publisher: "Publisher",
        lang_en: "English",
        lang_fr: "French",
        sort: "Sort",
        sort_newest: "Newest first",
        sort_oldest: "Oldest first",
        sort_relevance: "Best match",
        articles: Counted { one: "article", other: "articles" },
        clear: "Clear all filters",
        more: Fill::new("Show {0} more"),
        none_text: Fill::new("No article matches “{0}” with these filters."),
        none_filters: "No article matches these filters.",
        nothing: "No articles have been listed yet.",
        translation: "Translated title:",
        notes: "Parts of this address that were ignored",
        described: "Description:",
        note: QueryNoteStrings {
            unknown_kind: Fill::new("Unknown kind ignored: “{0}”."),
            unknown_tag: Fill::new("Unknown tag ignored: “{0}”."),
            unknown_publisher: Fill::new("Unknown publisher ignored: “{0}”."),
            unknown_language: Fill::new("Unknown language ignored: “{0}” (use en or fr)."),
            unknown_sort: Fill::new("Unknown sort order ignored: “{0}”; newest first."),
            invalid_from: Fill::new("Start date not understood, ignored: “{0}” (write a year, 2021, or a day, 2021-06-30)."),
            invalid_to: Fill::new("End date not understood, ignored: “{0}” (write a year, 2021, or a day, 2021-06-30)."),
            from_after_to: Fill::new("The start date {0} is after the end date {1}, so both were ignored."),
            duplicate_key: Fill::new("“{0}” was given more than once; the first value is used."),
        },
    },
    timeline: TimelineStrings {
        title: "Timeline of the deadlines",
        description: "Every deadline of the US ban, set, moved, blocked or met, from 2020 to 2026.",
        kinds: "Show kinds of event",
        kinds_all: "All kinds",
        jump: "Jump to a year",
        chains: "Deadline chains",
        chains_help: "Select a deadline to highlight every event that set or moved it.",
        ics_all: "Add all pending deadlines to your calendar",
        today: Fill::new("Today, {0}"),
        empty: "No event of these kinds. Choose “All kinds” to see every event.",
        nothing: "No events have been published yet.",
        change_set: Fill::new("set for {0}"),
        change_moved: Fill::new("moved {0} → {1}"),
        changes: "Deadlines set or moved",
        in_chain: "In the highlighted chain",
        chain_summary: |set_on, set_for, moves| {
            let moved = match moves {
                0 => "never moved".to_owned(),
                1 => "moved once".to_owned(),
                2 => "moved twice".to_owned(),
                n => format!("moved {n} times"),
            };
            format!("set {set_on} for {set_for}, {moved}")
        },
        unknown_kinds: |kinds| match kinds {
            [one] => format!("Unknown kind ignored: {one}."),
            many => format!("Unknown kinds ignored: {}.", many.join(", ")),
        },
        invalid_year: Fill::new("Year not understood, ignored: {0}."),
        kind: KindNames {
            executive_order: "Executive order",
            law: "Law",
            court_ruling: "Court ruling",
            agency_action: "Agency action",
            extension: "Extension",
            deal: "Deal",
            event: "Event",
        },
        outcome: OutcomeNames {
            met: "met",
            moved: "moved",
            blocked: "blocked",
            lapsed: "lapsed",
            superseded: "superseded",
            pending: "pending",
        },
    },
    countdown: CountdownStrings {
        title: "Next deadline",
        tz: Fill::new("Counting to midnight at the end of {0}, US Eastern time."),
        steps: "How this deadline got here",
        ics: "Add to calendar",
        follow: "Follow this deadline on the timeline",
        none: "No deadline is pending.",
        passed: Fill::new("The most recent, {0}, fell on {1}, {2} ago (outcome: {3})."),
        ended_early: Fill::new("The most recent, {0}, was to fall on {1} but ended before then (outcome: {2})."),
    },
    units: Units {
        day: Counted { one: "day", other: "days" },
        hour: Counted { one: "hour", other: "hours" },
        minute: Counted { one: "minute", other: "minutes" },
    },
    not_found: NotFoundStrings {
        title: "Page not found",
        text: "There is no page at this address. It may have moved, or the link may be mistyped.",
        home: "Go to the home page",
    },
};

/// French.
pub static FR: Strings = Strings {
    site_name: "Sunny Corner",
    site_description: "La version de TikTok sur l’interdiction aux États-Unis, de 2020 à aujourd’hui : déclarations, articles, échéances et réponses, avec leurs sources.",
    skip: "Aller au contenu",
    nav_label: "Principale",
    nav_home: "Accueil",
    nav_faq: "FAQ",
    nav_articles: "Articles",
    nav_timeline: "Chronologie",
    footer_social: "L’équipe presse sur X",
    footer_sources: "Chaque affirmation de ce portail renvoie à ses sources. Les citations sont attribuées ; les chiffres que nous n’avons pas pu confirmer sont écartés.",
    sources: "Sources",
    external: "(ouvre le site de la source)",
    loading: "Chargement…",
    loading_slow: "Toujours en chargement : la connexion semble lente.",
    filters: "Filtres",
    filters_active: Fill::new("Filtres · {0}"),
    error: ErrorStrings {
        title: "Cette partie de la page n’a pas pu être chargée",
        file: Fill::new("Fichier : {0}"),
        network: Fill::new("La requête réseau a échoué : {0}"),
        status: Fill::new("Le serveur a répondu avec le code HTTP {0}."),
        timeout: Fill::new("Le serveur n’a pas répondu en {0} secondes."),
        web_page: "Le serveur a envoyé une page web au lieu du fichier : le fichier manque probablement sur le site.",
        syntax: Fill::new("Le fichier n’est pas du JSON valide : {0} (ligne {1}, colonne {2})."),
        schema: Fill::new("Le contenu du fichier n’est pas celui attendu : {0} (ligne {1}, colonne {2})."),
        retry: "Réessayer",
        unavailable: "Les fonctions interactives sont indisponibles",
        unavailable_text: "La page ci-dessous est la version publiée avec le site : elle reste lisible, mais la recherche, les filtres et les mises à jour en direct ont besoin de ce qui n’a pas pu être chargé.",
        code: "Le code de la page n’a pas pu être téléchargé.",
    },
    home: HomeStrings {
        title: "Accueil",
        key_statement: "La déclaration clé",
        highlights: "À retenir",
        follow: "Suivre l’équipe presse",
    },
    faq: FaqStrings {
        title: "Questions fréquentes",
        description: "Les réponses aux questions que l’on se pose sur TikTok aux États-Unis, chacune avec ses sources.",
        search_label: "Chercher dans les questions et réponses",
        search_placeholder: "Essayez « Virginie », « Oracle » ou « interdiction »",
        search_hint: "Les résultats s’affichent pendant la saisie. Touche / pour chercher, Échap pour effacer.",
        categories: "Catégories",
        all: "Toutes",
        answers: Counted { one: "réponse", other: "réponses" },
        expand_all: "Tout déplier",
        collapse_all: "Tout replier",
        none: Fill::new("Aucune réponse ne correspond à « {0} »."),
        none_hint: "Essayez des mots moins nombreux ou plus courts, ou retirez le filtre de catégorie.",
        nothing: "Aucune réponse n’a encore été publiée.",
        clear_category: "Chercher dans toutes les catégories",
        permalink: "Lien vers cette réponse",
        more: Fill::new("Afficher {0} de plus"),
    },
    articles: ArticleStrings {
        title: "Articles",
        description: "Reportages, documents officiels, déclarations et analyses sur TikTok aux États-Unis depuis 2020.",
        read: Fill::new("Lire sur {0}"),
        search_label: "Chercher dans les titres, résumés et médias",
        search_placeholder: "Essayez « Cour suprême » ou « Oracle »",
        facet_kind: "Type",
        facet_tag: "Thèmes",
        facet_language: "Langue d’origine",
        facet_year: "Année",
        facet_publisher: "Média",
        lang_en: "Anglais",
        lang_fr: "Français",
        sort: "Tri",
        sort_newest: "Plus récents d’abord",
        sort_oldest: "Plus anciens d’abord",
        sort_relevance: "Pertinence",
        articles: Counted { one: "article", other: "articles" },
        clear: "Effacer tous les filtres",
        more: Fill::new("Afficher {0} de plus"),
        none_text: Fill::new("Aucun article ne correspond à « {0} » avec ces filtres."),
        none_filters: "Aucun article ne correspond à ces filtres.",
        nothing: "Aucun article n’a encore été recensé.",
        translation: "Titre traduit :",
        notes: "Parties de cette adresse ignorées",
        described: "Description :",
        note: QueryNoteStrings {
            unknown_kind: Fill::new("Type inconnu ignoré\u{a0}: «\u{a0}{0}\u{a0}»."),
            unknown_tag: Fill::new("Thème inconnu ignoré\u{a0}: «\u{a0}{0}\u{a0}»."),
            unknown_publisher: Fill::new("Éditeur inconnu ignoré\u{a0}: «\u{a0}{0}\u{a0}»."),
            unknown_language: Fill::new("Langue inconnue ignorée\u{a0}: «\u{a0}{0}\u{a0}» (en ou fr)."),
            unknown_sort: Fill::new("Ordre de tri inconnu ignoré\u{a0}: «\u{a0}{0}\u{a0}»\u{a0}; plus récents d’abord."),
            invalid_from: Fill::new("Date de début non comprise, ignorée\u{a0}: «\u{a0}{0}\u{a0}» (écrire une année, 2021, ou un jour, 2021-06-30)."),
            invalid_to: Fill::new("Date de fin non comprise, ignorée\u{a0}: «\u{a0}{0}\u{a0}» (écrire une année, 2021, ou un jour, 2021-06-30)."),
            from_after_to: Fill::new("La date de début {0} est postérieure à la date de fin {1}\u{a0}: les deux sont ignorées."),
            duplicate_key: Fill::new("«\u{a0}{0}\u{a0}» figure plusieurs fois\u{a0}; la première valeur est retenue."),
        },
    },
    timeline: TimelineStrings {
        title: "Chronologie des échéances",
        description: "Toutes les échéances de l’interdiction aux États-Unis, fixées, reportées, bloquées ou tenues, de 2020 à 2026.",
        kinds: "Types d’événements",
        kinds_all: "Tous les types",
        jump: "Aller à l’année",
        chains: "Les chaînes d’échéances",
        chains_help: "Choisissez une échéance pour mettre en évidence chaque événement qui l’a fixée ou reportée.",
        ics_all: "Ajouter toutes les échéances en cours à votre calendrier",
        today: Fill::new("Aujourd’hui, {0}"),
        empty: "Aucun événement de ces types. Choisissez « Tous les types » pour tout voir.",
        nothing: "Aucun événement n’a encore été publié.",
        change_set: Fill::new("fixée au {0}"),
        change_moved: Fill::new("reportée du {0} au {1}"),
        changes: "Échéances fixées ou reportées",
        in_chain: "Dans la chaîne mise en évidence",
        // « échéance » is feminine: fixée, reportée.
        chain_summary: |set_on, set_for, moves| {
            let moved = match moves {
                0 => "jamais reportée".to_owned(),
                1 => "reportée une fois".to_owned(),
                2 => "reportée deux fois".to_owned(),
                n => format!("reportée {n} fois"),
            };
            format!("fixée le {set_on} au {set_for}, {moved}")
        },
        unknown_kinds: |kinds| match kinds {
            [one] => format!("Type inconnu ignoré : {one}."),
            many => format!("Types inconnus ignorés : {}.", many.join(", ")),
        },
        invalid_year: Fill::new("Année non comprise, ignorée : {0}."),
        kind: KindNames {
            executive_order: "Décret présidentiel",
            law: "Loi",
            court_ruling: "Décision de justice",
            agency_action: "Mesure administrative",
            extension: "Prolongation",
            deal: "Accord",
            event: "Événement",
        },
        outcome: OutcomeNames {
            met: "respectée",
            moved: "reportée",
            blocked: "bloquée",
            lapsed: "caduque",
            superseded: "remplacée",
            pending: "à venir",
        },
    },
    countdown: CountdownStrings {
        title: "Prochaine échéance",
        tz: Fill::new("Décompte jusqu’à minuit à la fin du {0}, heure de l’Est des États-Unis."),
        steps: "Comment on en est arrivé à cette échéance",
        ics: "Ajouter au calendrier",
        follow: "Suivre cette échéance dans la chronologie",
        none: "Aucune échéance n’est en cours.",
        passed: Fill::new("La plus récente, {0}, tombait le {1}, il y a {2} (issue : {3})."),
        ended_early: Fill::new("La plus récente, {0}, devait tomber le {1} mais a pris fin avant (issue : {2})."),
    },
    units: Units {
        day: Counted { one: "jour", other: "jours" },
        hour: Counted { one: "heure", other: "heures" },
        minute: Counted { one: "minute", other: "minutes" },
    },
    not_found: NotFoundStrings {
        title: "Page introuvable",
        text: "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.",
        home: "Aller à l’accueil",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_only_one_as_singular() {
        assert_eq!(Lang::En.count(0, EN.faq.answers), "0 answers");
        assert_eq!(Lang::En.count(1, EN.faq.answers), "1 answer");
        assert_eq!(Lang::En.count(2, EN.faq.answers), "2 answers");
        assert_eq!(Lang::En.count(1, EN.units.day), "1 day");
        assert_eq!(Lang::En.plural(21), Plural::Other);
    }

    #[test]
    fn french_counts_zero_and_one_as_singular() {
        assert_eq!(Lang::Fr.count(0, FR.faq.answers), "0 réponse");
        assert_eq!(Lang::Fr.count(1, FR.faq.answers), "1 réponse");
        assert_eq!(Lang::Fr.count(2, FR.faq.answers), "2 réponses");
        assert_eq!(Lang::Fr.count(0, FR.articles.articles), "0 article");
        assert_eq!(Lang::Fr.count(0, FR.units.minute), "0 minute");
        assert_eq!(Lang::Fr.plural(100), Plural::Other);
    }

    #[test]
    fn a_string_with_values_fills_them_in_by_position() {
        let t = Fill::<2>::new("du {0} au {1}, {0} {");
        assert_eq!(t.fill(["a", "b"]), "du a au b, a {");
        assert_eq!(Fill::<0>::new("sans valeur").fill([]), "sans valeur");
    }

    #[test]
    fn a_string_missing_or_naming_a_wrong_value_is_refused() {
        // In the tables these are compile errors; called at run time they panic.
        let missing = std::panic::catch_unwind(|| Fill::<2>::new("only {0}"));
        assert!(missing.is_err());
        let unknown = std::panic::catch_unwind(|| Fill::<1>::new("{0} and {1}"));
        assert!(unknown.is_err());
        let named = std::panic::catch_unwind(|| Fill::<1>::new("{0} {n}"));
        assert!(named.is_err(), "a format!-style name is not a placeholder");
    }

    #[test]
    fn greets_in_the_saved_language_then_the_browsers_then_english() {
        assert_eq!(preferred_lang(Some("fr"), ["en-US"]), Lang::Fr);
        assert_eq!(preferred_lang(Some("de"), ["fr-CA", "en"]), Lang::Fr);
        assert_eq!(preferred_lang(None, ["de-DE", "FR_be", "en"]), Lang::Fr);
        assert_eq!(preferred_lang(None, ["en-GB", "fr"]), Lang::En);
        assert_eq!(preferred_lang(None, ["de", "es"]), Lang::En);
        assert_eq!(preferred_lang(None, []), Lang::En);
    }

    #[test]
    fn strings_with_values_put_them_in_place() {
        assert_eq!(
            EN.error.status.fill(["404"]),
            "The server answered with HTTP status 404."
        );
        assert_eq!(
            FR.countdown.tz.fill(["19 janvier 2025"]),
            "Décompte jusqu’à minuit à la fin du 19 janvier 2025, heure de l’Est des États-Unis."
        );
        assert_eq!(EN.filters_active.fill(["2"]), "Filters · 2");
        assert_eq!(
            (EN.timeline.unknown_kinds)(&["tweet".into(), "memo".into()]),
            "Unknown kinds ignored: tweet, memo."
        );
    }

    #[test]
    fn three_forms_give_every_count_its_noun() {
        for lang in [Lang::En, Lang::Fr] {
            let units = &lang.strings().units;
            for noun in [units.day, units.hour, units.minute] {
                let forms = lang.forms_by_count(noun);
                for n in 0..2_000u64 {
                    assert_eq!(forms[n.min(2) as usize], noun.form(lang.plural(n)), "{n}");
                }
            }
        }
    }

    #[test]
    fn a_value_can_be_left_out_of_a_filled_text() {
        let text = Fill::<3>::new("{0} fell {1} ago ({2}).");
        let (before, after) = text.around(["It", "x", "met"], 1);
        assert_eq!(
            (before.as_str(), after.as_str()),
            ("It fell ", " ago (met).")
        );
    }
}
