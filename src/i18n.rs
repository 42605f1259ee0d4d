//! The portal's two languages and every string of its interface, one table per language.
//!
//! Content (questions, articles, events) carries its own translations in the JSON files; this
//! module holds only the words of the interface around it.

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

/// The interface string `key` in `lang`. An unknown key comes back as itself, so a slip shows
/// up on screen instead of as an empty space (and `every_key_used_in_the_code_exists` catches it).
pub fn t(lang: Lang, key: &str) -> &'static str {
    let table = match lang {
        Lang::En => EN,
        Lang::Fr => FR,
    };
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| leak_key(key))
}

// Only reached for a key missing from the tables, which a test forbids.
fn leak_key(key: &str) -> &'static str {
    Box::leak(key.to_owned().into_boxed_str())
}

/// `t` with `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// English interface strings.
pub const EN: &[(&str, &str)] = &[
    ("site.name", "Sunny Corner"),
    ("site.description", "TikTok's side of the US ban story, 2020 to today: statements, articles, deadlines and answers, with sources."),
    ("skip", "Skip to content"),
    ("nav.label", "Main"),
    ("nav.home", "Home"),
    ("nav.faq", "FAQ"),
    ("nav.articles", "Articles"),
    ("nav.timeline", "Timeline"),
    ("lang.label", "Language"),
    ("footer.social", "Press team on X"),
    ("footer.sources", "Every statement on this portal links to its sources. Quotations are attributed; figures we could not confirm are left out."),
    ("footer.updated", "Content updated {date}"),
    ("loading", "Loading…"),
    ("loading.slow", "Still loading: the connection seems slow."),
    ("error.title", "This part of the page could not be loaded"),
    ("error.file", "File: {file}"),
    ("error.network", "The network request failed: {detail}"),
    ("error.status", "The server answered with HTTP status {status}."),
    ("error.syntax", "The file is not valid JSON: {detail} (line {line}, column {column})."),
    ("error.schema", "The file does not have the expected content: {detail} (line {line}, column {column})."),
    ("error.retry", "Try again"),
    ("home.title", "Home"),
    ("home.key_statement", "The key statement"),
    ("home.highlights", "Highlights"),
    ("home.follow", "Follow the press team"),
    ("home.sources", "Sources"),
    ("faq.title", "Frequently asked questions"),
    ("faq.description", "Answers to the questions people ask about TikTok in the United States, each with its sources."),
    ("faq.search.label", "Search the questions and answers"),
    ("faq.search.placeholder", "Try “Virginia”, “Oracle” or “ban”"),
    ("faq.search.hint", "Results update as you type. Press / to search, Escape to clear."),
    ("faq.categories", "Categories"),
    ("faq.all", "All"),
    ("faq.results", "{n} answers"),
    ("faq.results.one", "1 answer"),
    ("faq.expand_all", "Expand all"),
    ("faq.collapse_all", "Collapse all"),
    ("faq.none", "No answer matches “{q}”."),
    ("faq.none.hint", "Try fewer or shorter words, or remove the category filter."),
    ("faq.clear_category", "Search all categories"),
    ("faq.permalink", "Link to this answer"),
    ("articles.title", "Articles"),
    ("articles.description", "News reports, official documents, statements and analysis on TikTok in the United States since 2020."),
    ("articles.read", "Read at {publisher}"),
    ("articles.search.label", "Search titles, summaries and publishers"),
    ("articles.search.placeholder", "Try “Supreme Court” or “Oracle”"),
    ("articles.filters", "Filters"),
    ("articles.facet.kind", "Kind"),
    ("articles.facet.tag", "Topics"),
    ("articles.facet.language", "Original language"),
    ("articles.facet.year", "Year"),
    ("articles.facet.publisher", "Publisher"),
    ("articles.lang.en", "English"),
    ("articles.lang.fr", "French"),
    ("articles.sort", "Sort"),
    ("articles.count", "{n} articles"),
    ("articles.count.one", "1 article"),
    ("articles.clear", "Clear all filters"),
    ("articles.more", "Show {n} more"),
    ("articles.none.text", "No article matches “{q}” with these filters."),
    ("articles.none.filters", "No article matches these filters."),
    ("articles.translation", "Translated title:"),
    ("timeline.title", "Timeline of the deadlines"),
    ("timeline.description", "Every deadline of the US ban, set, moved, blocked or met, from 2020 to 2026."),
    ("countdown.title", "Next deadline"),
    ("countdown.tz", "Counting to midnight at the end of {date}, US Eastern time."),
    ("countdown.steps", "How this deadline got here"),
    ("countdown.ics", "Add to calendar"),
    ("countdown.follow", "Follow this deadline on the timeline"),
    ("countdown.none", "No deadline is pending."),
    ("countdown.passed", "The most recent, {name}, fell on {date}, {ago} ago (outcome: {outcome})."),
    ("countdown.ended_early", "The most recent, {name}, was to fall on {date} but ended before then (outcome: {outcome})."),
    ("unit.day", "day"),
    ("unit.days", "days"),
    ("unit.hour", "hour"),
    ("unit.hours", "hours"),
    ("unit.minute", "minute"),
    ("unit.minutes", "minutes"),
    ("timeline.filters", "Filters"),
    ("timeline.kinds", "Show kinds of event"),
    ("timeline.kinds.all", "All kinds"),
    ("timeline.jump", "Jump to a year"),
    ("timeline.chains", "Deadline chains"),
    ("timeline.chains.help", "Select a deadline to highlight every event that set or moved it."),
    ("timeline.ics.all", "Add all pending deadlines to your calendar"),
    ("timeline.today", "Today, {date}"),
    ("timeline.empty", "No event of these kinds. Choose “All kinds” to see every event."),
    ("timeline.change.set", "set for {to}"),
    ("timeline.change.moved", "moved {from} → {to}"),
    ("timeline.changes", "Deadlines set or moved"),
    ("timeline.in_chain", "In the highlighted chain"),
    ("sources", "Sources"),
    ("external", "(opens the source site)"),
    ("notfound.title", "Page not found"),
    ("notfound.text", "There is no page at this address. It may have moved, or the link may be mistyped."),
    ("notfound.home", "Go to the home page"),
];

/// French interface strings.
pub const FR: &[(&str, &str)] = &[
    ("site.name", "Sunny Corner"),
    ("site.description", "La version de TikTok sur l’interdiction aux États-Unis, de 2020 à aujourd’hui : déclarations, articles, échéances et réponses, avec leurs sources."),
    ("skip", "Aller au contenu"),
    ("nav.label", "Principale"),
    ("nav.home", "Accueil"),
    ("nav.faq", "FAQ"),
    ("nav.articles", "Articles"),
    ("nav.timeline", "Chronologie"),
    ("lang.label", "Langue"),
    ("footer.social", "L’équipe presse sur X"),
    ("footer.sources", "Chaque affirmation de ce portail renvoie à ses sources. Les citations sont attribuées ; les chiffres que nous n’avons pas pu confirmer sont écartés."),
    ("footer.updated", "Contenu mis à jour le {date}"),
    ("loading", "Chargement…"),
    ("loading.slow", "Toujours en chargement : la connexion semble lente."),
    ("error.title", "Cette partie de la page n’a pas pu être chargée"),
    ("error.file", "Fichier : {file}"),
    ("error.network", "La requête réseau a échoué : {detail}"),
    ("error.status", "Le serveur a répondu avec le code HTTP {status}."),
    ("error.syntax", "Le fichier n’est pas du JSON valide : {detail} (ligne {line}, colonne {column})."),
    ("error.schema", "Le contenu du fichier n’est pas celui attendu : {detail} (ligne {line}, colonne {column})."),
    ("error.retry", "Réessayer"),
    ("home.title", "Accueil"),
    ("home.key_statement", "La déclaration clé"),
    ("home.highlights", "À retenir"),
    ("home.follow", "Suivre l’équipe presse"),
    ("home.sources", "Sources"),
    ("faq.title", "Questions fréquentes"),
    ("faq.description", "Les réponses aux questions que l’on se pose sur TikTok aux États-Unis, chacune avec ses sources."),
    ("faq.search.label", "Chercher dans les questions et réponses"),
    ("faq.search.placeholder", "Essayez « Virginie », « Oracle » ou « interdiction »"),
    ("faq.search.hint", "Les résultats s’affichent pendant la saisie. Touche / pour chercher, Échap pour effacer."),
    ("faq.categories", "Catégories"),
    ("faq.all", "Toutes"),
    ("faq.results", "{n} réponses"),
    ("faq.results.one", "1 réponse"),
    ("faq.expand_all", "Tout déplier"),
    ("faq.collapse_all", "Tout replier"),
    ("faq.none", "Aucune réponse ne correspond à « {q} »."),
    ("faq.none.hint", "Essayez des mots moins nombreux ou plus courts, ou retirez le filtre de catégorie."),
    ("faq.clear_category", "Chercher dans toutes les catégories"),
    ("faq.permalink", "Lien vers cette réponse"),
    ("articles.title", "Articles"),
    ("articles.description", "Reportages, documents officiels, déclarations et analyses sur TikTok aux États-Unis depuis 2020."),
    ("articles.read", "Lire sur {publisher}"),
    ("articles.search.label", "Chercher dans les titres, résumés et médias"),
    ("articles.search.placeholder", "Essayez « Cour suprême » ou « Oracle »"),
    ("articles.filters", "Filtres"),
    ("articles.facet.kind", "Type"),
    ("articles.facet.tag", "Thèmes"),
    ("articles.facet.language", "Langue d’origine"),
    ("articles.facet.year", "Année"),
    ("articles.facet.publisher", "Média"),
    ("articles.lang.en", "Anglais"),
    ("articles.lang.fr", "Français"),
    ("articles.sort", "Tri"),
    ("articles.count", "{n} articles"),
    ("articles.count.one", "1 article"),
    ("articles.clear", "Effacer tous les filtres"),
    ("articles.more", "Afficher {n} de plus"),
    ("articles.none.text", "Aucun article ne correspond à « {q} » avec ces filtres."),
    ("articles.none.filters", "Aucun article ne correspond à ces filtres."),
    ("articles.translation", "Titre traduit :"),
    ("timeline.title", "Chronologie des échéances"),
    ("timeline.description", "Toutes les échéances de l’interdiction aux États-Unis, fixées, reportées, bloquées ou tenues, de 2020 à 2026."),
    ("countdown.title", "Prochaine échéance"),
    ("countdown.tz", "Décompte jusqu’à minuit à la fin du {date}, heure de l’Est des États-Unis."),
    ("countdown.steps", "Comment on en est arrivé à cette échéance"),
    ("countdown.ics", "Ajouter au calendrier"),
    ("countdown.follow", "Suivre cette échéance dans la chronologie"),
    ("countdown.none", "Aucune échéance n’est en cours."),
    ("countdown.passed", "La plus récente, {name}, tombait le {date}, il y a {ago} (issue : {outcome})."),
    ("countdown.ended_early", "La plus récente, {name}, devait tomber le {date} mais a pris fin avant (issue : {outcome})."),
    ("unit.day", "jour"),
    ("unit.days", "jours"),
    ("unit.hour", "heure"),
    ("unit.hours", "heures"),
    ("unit.minute", "minute"),
    ("unit.minutes", "minutes"),
    ("timeline.filters", "Filtres"),
    ("timeline.kinds", "Types d’événements"),
    ("timeline.kinds.all", "Tous les types"),
    ("timeline.jump", "Aller à l’année"),
    ("timeline.chains", "Les chaînes d’échéances"),
    ("timeline.chains.help", "Choisissez une échéance pour mettre en évidence chaque événement qui l’a fixée ou reportée."),
    ("timeline.ics.all", "Ajouter toutes les échéances en cours à votre calendrier"),
    ("timeline.today", "Aujourd’hui, {date}"),
    ("timeline.empty", "Aucun événement de ces types. Choisissez « Tous les types » pour tout voir."),
    ("timeline.change.set", "fixée au {to}"),
    ("timeline.change.moved", "reportée du {from} au {to}"),
    ("timeline.changes", "Échéances fixées ou reportées"),
    ("timeline.in_chain", "Dans la chaîne mise en évidence"),
    ("sources", "Sources"),
    ("external", "(ouvre le site de la source)"),
    ("notfound.title", "Page introuvable"),
    ("notfound.text", "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe."),
    ("notfound.home", "Aller à l’accueil"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(table: &[(&'static str, &'static str)]) -> BTreeSet<&'static str> {
        table.iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn both_languages_have_exactly_the_same_keys() {
        let (en, fr) = (keys(EN), keys(FR));
        let only_en: Vec<_> = en.difference(&fr).collect();
        let only_fr: Vec<_> = fr.difference(&en).collect();
        assert!(only_en.is_empty(), "keys missing in French: {only_en:?}");
        assert!(only_fr.is_empty(), "keys missing in English: {only_fr:?}");
    }

    #[test]
    fn no_key_is_listed_twice_or_left_empty() {
        for table in [EN, FR] {
            assert_eq!(keys(table).len(), table.len(), "a key is listed twice");
            for (k, v) in table {
                assert!(!v.trim().is_empty(), "{k} is empty");
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn holes(text: &str) -> BTreeSet<String> {
            text.split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}'))
                .map(|(h, _)| h.to_owned())
                .collect()
        }
        for (key, en) in EN {
            assert_eq!(
                holes(en),
                holes(t(Lang::Fr, key)),
                "placeholders differ for {key}"
            );
        }
    }

    #[test]
    fn every_key_used_in_the_code_exists() {
        // Scans the sources for `t(lang, "key")`-style calls and `PageMeta` props.
        let known = keys(EN);
        let mut missing = Vec::new();
        let mut files = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        let mut used = 0;
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.ends_with("i18n.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Direct look-ups, and the keys `PageMeta` takes as props.
            for pattern in [
                "t(lang, \"",
                "tf(lang, \"",
                "t(lang.get(), \"",
                "tf(lang.get(), \"",
                " title=\"",
                " description=\"",
            ] {
                for piece in text.split(pattern).skip(1) {
                    let key = piece.split('"').next().unwrap();
                    used += 1;
                    if !known.contains(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(
            used > 10,
            "the scan found too few keys; has the call syntax changed?"
        );
        assert!(
            missing.is_empty(),
            "keys used but not in the tables: {missing:?}"
        );
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
    fn fills_placeholders() {
        assert_eq!(
            tf(Lang::En, "error.status", &[("status", "404")]),
            "The server answered with HTTP status 404."
        );
        assert_eq!(
            tf(Lang::Fr, "footer.updated", &[("date", "28 janvier 2026")]),
            "Contenu mis à jour le 28 janvier 2026"
        );
    }
}
