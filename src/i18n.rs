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
    pub filters_active: fn(usize) -> String,
}

pub struct ErrorStrings {
    pub title: &'static str,
    pub file: fn(&str) -> String,
    pub network: fn(&str) -> String,
    pub status: fn(u16) -> String,
    /// The parser's message, line, column.
    pub syntax: fn(&str, usize, usize) -> String,
    pub schema: fn(&str, usize, usize) -> String,
    pub retry: &'static str,
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
    pub none: fn(&str) -> String,
    pub none_hint: &'static str,
    pub clear_category: &'static str,
    pub permalink: &'static str,
}

pub struct ArticleStrings {
    pub title: &'static str,
    pub description: &'static str,
    pub read: fn(&str) -> String,
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
    pub more: fn(usize) -> String,
    pub none_text: fn(&str) -> String,
    pub none_filters: &'static str,
    pub translation: &'static str,
    /// Before a title the editors wrote because the headline could not be confirmed.
    pub described: &'static str,
    pub note: QueryNoteStrings,
}

/// Notes on what an articles address asked for that the page could not use.
pub struct QueryNoteStrings {
    pub unknown_kind: fn(&str) -> String,
    pub unknown_tag: fn(&str) -> String,
    pub unknown_publisher: fn(&str) -> String,
    pub unknown_language: fn(&str) -> String,
    pub unknown_sort: fn(&str) -> String,
    pub invalid_from: fn(&str) -> String,
    pub invalid_to: fn(&str) -> String,
    pub from_after_to: fn(&str, &str) -> String,
    pub duplicate_key: fn(&str) -> String,
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
    pub today: fn(&str) -> String,
    pub empty: &'static str,
    pub change_set: fn(&str) -> String,
    pub change_moved: fn(&str, &str) -> String,
    pub changes: &'static str,
    pub in_chain: &'static str,
    /// A chain in one phrase: set on, set for, how often it moved.
    pub chain_summary: fn(&str, &str, usize) -> String,
    /// Unknown kinds in a timeline address, as written (never empty).
    pub unknown_kinds: fn(&[String]) -> String,
    pub invalid_year: fn(&str) -> String,
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
    pub tz: fn(&str) -> String,
    pub steps: &'static str,
    pub ics: &'static str,
    pub follow: &'static str,
    pub none: &'static str,
    /// Name, date, how long ago, outcome.
    pub passed: fn(&str, &str, &str, &str) -> String,
    /// Name, date, outcome.
    pub ended_early: fn(&str, &str, &str) -> String,
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
    filters_active: |n| format!("Filters · {n}"),
    error: ErrorStrings {
        title: "This part of the page could not be loaded",
        file: |file| format!("File: {file}"),
        network: |detail| format!("The network request failed: {detail}"),
        status: |status| format!("The server answered with HTTP status {status}."),
        syntax: |detail, line, column| {
            format!("The file is not valid JSON: {detail} (line {line}, column {column}).")
        },
        schema: |detail, line, column| {
            format!("The file does not have the expected content: {detail} (line {line}, column {column}).")
        },
        retry: "Try again",
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
        none: |q| format!("No answer matches “{q}”."),
        none_hint: "Try fewer or shorter words, or remove the category filter.",
        clear_category: "Search all categories",
        permalink: "Link to this answer",
    },
    articles: ArticleStrings {
        title: "Articles",
        description: "News reports, official documents, statements and analysis on TikTok in the United States since 2020.",
        read: |publisher| format!("Read at {publisher}"),
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
        more: |n| format!("Show {n} more"),
        none_text: |q| format!("No article matches “{q}” with these filters."),
        none_filters: "No article matches these filters.",
        translation: "Translated title:",
        described: "Description:",
        note: QueryNoteStrings {
            unknown_kind: |v| format!("Unknown kind ignored: “{v}”."),
            unknown_tag: |v| format!("Unknown tag ignored: “{v}”."),
            unknown_publisher: |v| format!("Unknown publisher ignored: “{v}”."),
            unknown_language: |v| format!("Unknown language ignored: “{v}” (use en or fr)."),
            unknown_sort: |v| format!("Unknown sort order ignored: “{v}”; newest first."),
            invalid_from: |v| {
                format!("Start date not understood, ignored: “{v}” (write a year, 2021, or a day, 2021-06-30).")
            },
            invalid_to: |v| {
                format!("End date not understood, ignored: “{v}” (write a year, 2021, or a day, 2021-06-30).")
            },
            from_after_to: |from, to| {
                format!("The start date {from} is after the end date {to}, so both were ignored.")
            },
            duplicate_key: |key| format!("“{key}” was given more than once; the first value is used."),
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
        today: |date| format!("Today, {date}"),
        empty: "No event of these kinds. Choose “All kinds” to see every event.",
        change_set: |to| format!("set for {to}"),
        change_moved: |from, to| format!("moved {from} → {to}"),
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
        invalid_year: |year| format!("Year not understood, ignored: {year}."),
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
        tz: |date| format!("Counting to midnight at the end of {date}, US Eastern time."),
        steps: "How this deadline got here",
        ics: "Add to calendar",
        follow: "Follow this deadline on the timeline",
        none: "No deadline is pending.",
        passed: |name, date, ago, outcome| {
            format!("The most recent, {name}, fell on {date}, {ago} ago (outcome: {outcome}).")
        },
        ended_early: |name, date, outcome| {
            format!("The most recent, {name}, was to fall on {date} but ended before then (outcome: {outcome}).")
        },
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
    filters_active: |n| format!("Filtres · {n}"),
    error: ErrorStrings {
        title: "Cette partie de la page n’a pas pu être chargée",
        file: |file| format!("Fichier : {file}"),
        network: |detail| format!("La requête réseau a échoué : {detail}"),
        status: |status| format!("Le serveur a répondu avec le code HTTP {status}."),
        syntax: |detail, line, column| {
            format!("Le fichier n’est pas du JSON valide : {detail} (ligne {line}, colonne {column}).")
        },
        schema: |detail, line, column| {
            format!("Le contenu du fichier n’est pas celui attendu : {detail} (ligne {line}, colonne {column}).")
        },
        retry: "Réessayer",
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
        none: |q| format!("Aucune réponse ne correspond à « {q} »."),
        none_hint: "Essayez des mots moins nombreux ou plus courts, ou retirez le filtre de catégorie.",
        clear_category: "Chercher dans toutes les catégories",
        permalink: "Lien vers cette réponse",
    },
    articles: ArticleStrings {
        title: "Articles",
        description: "Reportages, documents officiels, déclarations et analyses sur TikTok aux États-Unis depuis 2020.",
        read: |publisher| format!("Lire sur {publisher}"),
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
        more: |n| format!("Afficher {n} de plus"),
        none_text: |q| format!("Aucun article ne correspond à « {q} » avec ces filtres."),
        none_filters: "Aucun article ne correspond à ces filtres.",
        translation: "Titre traduit :",
        described: "Description :",
        note: QueryNoteStrings {
            unknown_kind: |v| format!("Type inconnu ignoré\u{a0}: «\u{a0}{v}\u{a0}»."),
            unknown_tag: |v| format!("Thème inconnu ignoré\u{a0}: «\u{a0}{v}\u{a0}»."),
            unknown_publisher: |v| format!("Éditeur inconnu ignoré\u{a0}: «\u{a0}{v}\u{a0}»."),
            unknown_language: |v| format!("Langue inconnue ignorée\u{a0}: «\u{a0}{v}\u{a0}» (en ou fr)."),
            unknown_sort: |v| {
                format!("Ordre de tri inconnu ignoré\u{a0}: «\u{a0}{v}\u{a0}»\u{a0}; plus récents d’abord.")
            },
            invalid_from: |v| {
                format!("Date de début non comprise, ignorée\u{a0}: «\u{a0}{v}\u{a0}» (écrire une année, 2021, ou un jour, 2021-06-30).")
            },
            invalid_to: |v| {
                format!("Date de fin non comprise, ignorée\u{a0}: «\u{a0}{v}\u{a0}» (écrire une année, 2021, ou un jour, 2021-06-30).")
            },
            from_after_to: |from, to| {
                format!("La date de début {from} est postérieure à la date de fin {to}\u{a0}: les deux sont ignorées.")
            },
            duplicate_key: |key| {
                format!("«\u{a0}{key}\u{a0}» figure plusieurs fois\u{a0}; la première valeur est retenue.")
            },
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
        today: |date| format!("Aujourd’hui, {date}"),
        empty: "Aucun événement de ces types. Choisissez « Tous les types » pour tout voir.",
        change_set: |to| format!("fixée au {to}"),
        change_moved: |from, to| format!("reportée du {from} au {to}"),
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
        invalid_year: |year| format!("Année non comprise, ignorée : {year}."),
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
        tz: |date| format!("Décompte jusqu’à minuit à la fin du {date}, heure de l’Est des États-Unis."),
        steps: "Comment on en est arrivé à cette échéance",
        ics: "Ajouter au calendrier",
        follow: "Suivre cette échéance dans la chronologie",
        none: "Aucune échéance n’est en cours.",
        passed: |name, date, ago, outcome| {
            format!("La plus récente, {name}, tombait le {date}, il y a {ago} (issue : {outcome}).")
        },
        ended_early: |name, date, outcome| {
            format!("La plus récente, {name}, devait tomber le {date} mais a pris fin avant (issue : {outcome}).")
        },
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
            (EN.error.status)(404),
            "The server answered with HTTP status 404."
        );
        assert_eq!(
            (FR.countdown.tz)("19 janvier 2025"),
            "Décompte jusqu’à minuit à la fin du 19 janvier 2025, heure de l’Est des États-Unis."
        );
        assert_eq!((EN.filters_active)(2), "Filters · 2");
        assert_eq!(
            (EN.timeline.unknown_kinds)(&["tweet".into(), "memo".into()]),
            "Unknown kinds ignored: tweet, memo."
        );
    }
}
