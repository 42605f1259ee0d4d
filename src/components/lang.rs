//! The language of the view being shown, shared with every component below the page frame.

use crate::browser;
use crate::i18n::{preferred_lang, Lang};
use leptos::prelude::*;

/// The language of the current view, provided by the page frame.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Signal<Lang>);

/// Makes `lang` the language of every view below.
pub fn provide_lang(lang: Signal<Lang>) {
    provide_context(CurrentLang(lang));
}

/// The language of the current view.
pub fn use_lang() -> Signal<Lang> {
    use_context::<CurrentLang>().map_or_else(|| Signal::stored(Lang::En), |c| c.0)
}

/// The language to greet a visitor in when the address does not say.
pub fn visitor_lang() -> Lang {
    let saved = browser::saved_lang();
    let langs = browser::browser_langs();
    preferred_lang(saved.as_deref(), langs.iter().map(String::as_str))
}
