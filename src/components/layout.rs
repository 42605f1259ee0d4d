//! The frame of every page: skip link, header with navigation and language switch, footer.

use crate::browser;
use crate::components::sources::ExternalLink;
use crate::content::Site;
use crate::i18n::Lang;
use crate::load::{load, ready};
use crate::routes::{join_query, switch_lang, with_base, without_base, Page};
use leptos::prelude::*;
use leptos_meta::Html;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(lang: Signal<Lang>, children: Children) -> impl IntoView {
    let focus_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    let s = move || lang.get().strings();
    // The page's own address with `#main`: under the site's `<base>`, a bare "#main" would lead
    // to the site's root on a page the app does not run (without JavaScript, or standing by).
    // The 404 page cannot know its address when it is built: there `public/boot.js` writes it,
    // and without JavaScript the link stays "#main".
    let location = use_location();
    let to_main = move || {
        let path = location.pathname.get();
        if Page::of_path(without_base(&path)).is_none() {
            return "#main".to_owned();
        }
        format!("{}#main", join_query(&path, &location.search.get()))
    };
    view! {
        <Html attr:lang=move || lang.get().code() />
        <a class="skip-link" href=to_main on:click=focus_main>
            {move || s().skip}
        </a>
        <header class="site-header">
            <div class="wrap header-inner">
                <A href=move || with_base(&Page::Home.path(lang.get())) attr:class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{move || s().site_name}</span>
                </A>
                <nav class="site-nav" aria-label=move || s().nav_label>
                    <ul>
                        {Page::ALL
                            .into_iter()
                            .map(|page| {
                                view! {
                                    <li>
                                        <A href=move || with_base(&page.path(lang.get())) exact=true>
                                            {move || page.name(s())}
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <LanguageSwitch lang />
            </div>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <Footer lang />
    }
}

/// A link to the same page, query and fragment in the other language; following it saves the
/// choice for the next visit. Where no page is (the 404 page), it leads to the other language's
/// home: the static `404.html` answers every unknown address, so its own path names nothing.
#[component]
fn LanguageSwitch(lang: Signal<Lang>) -> impl IntoView {
    let location = use_location();
    let href = move || {
        let other = lang.get().other();
        if Page::of_path(without_base(&location.pathname.get())).is_none() {
            return with_base(&Page::Home.path(other));
        }
        let hash = location.hash.get();
        let hash = hash.trim_start_matches('#');
        let full = format!(
            "{}{}{}",
            join_query(
                without_base(&location.pathname.get()),
                &location.search.get()
            ),
            if hash.is_empty() { "" } else { "#" },
            hash
        );
        with_base(&switch_lang(&full, other))
    };
    let other = move || lang.get().other();
    view! {
        <a
            class="lang-switch"
            href=href
            hreflang=move || other().code()
            lang=move || other().code()
            data-remember=browser::LANG_KEY
        >
            <span aria-hidden="true" class="lang-code">{move || other().code().to_uppercase()}</span>
            <span class="lang-name">{move || other().native_name()}</span>
        </a>
    }
}

#[component]
fn Footer(lang: Signal<Lang>) -> impl IntoView {
    // The social account comes from site.json; if that file fails, the footer simply goes
    // without it (the home page explains the failure).
    let site = LocalResource::new(load::<Site>);
    let social = move || {
        ready::<Site>()
            .or_else(|| site.get().and_then(Result::ok))
            .map(|site| site.social.clone())
            .unwrap_or_default()
    };
    let s = move || lang.get().strings();
    view! {
        <footer class="site-footer">
            <div class="wrap footer-inner">
                <p class="footer-policy">{move || s().footer_sources}</p>
                <ul class="footer-social" aria-label=move || s().footer_social>
                    <For each=social key=|account| account.id.clone() let:account>
                        <li>
                            <span class="footer-social-label">{move || s().footer_social}</span>
                            " "
                            <ExternalLink href=account.url.clone() lang>
                                {account.handle.clone()}
                            </ExternalLink>
                        </li>
                    </For>
                </ul>
            </div>
        </footer>
    }
}
