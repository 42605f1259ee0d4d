//! The state a list page shows: its address, or, for the moment between a visitor's choice and
//! the address catching up, that choice.
//!
//! Writing the address costs a keystroke or a click more than everything else it does: the
//! router's navigation and the browser's `history.pushState` or `replaceState` take about half
//! of the app's time per interaction on a slow phone. So a filter chip clicked and text typed
//! show right after the next paint, which shows the press or the letter in the box first; the
//! chip's choice is written to the address right after the paint after that, and typed text
//! once typing pauses ([`TYPING_PAUSE`]). Escape in a search box shows at once. Any other change
//! of address (Back, Forward, a link) wins over a choice not yet written.

use crate::browser::after_paint;
use crate::components::clock::now_ms as now;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::rc::Rc;
use std::time::Duration;

/// How long typing pauses before the address takes the text.
pub const TYPING_PAUSE: Duration = Duration::from_millis(400);

/// A choice shown but not yet in the address.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    /// The query string, without `?`, as `location.search` gives it.
    search: String,
    /// The fragment, with its `#`, as `location.hash` gives it (empty for none).
    hash: String,
    /// The address to write: a path with its query and fragment.
    href: String,
    /// Whether it is a step of its own in the history (a choice) rather than replacing the
    /// current one (typing).
    push: bool,
}

impl Pending {
    fn new(href: &str, push: bool) -> Pending {
        let (rest, hash) = match href.find('#') {
            Some(at) => href.split_at(at),
            None => (href, ""),
        };
        let search = rest.split_once('?').map(|(_, s)| s).unwrap_or_default();
        Pending {
            search: search.to_owned(),
            hash: hash.to_owned(),
            href: href.to_owned(),
            push,
        }
    }
}

type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

/// A change the page shows right after the next paint ([`PageAddress::typed`],
/// [`PageAddress::follow`]).
struct Next {
    /// The page to show, worked out when it is shown: typed text goes with a choice shown
    /// since it was typed.
    href: Box<dyn FnOnce() -> String>,
    /// A choice (a step of its own in the history), or typed text.
    push: bool,
}

/// The page's address as the page shows it (see the module's comment). Read `search` and
/// `hash` instead of the router's; `pathname` is the router's. `written_search` is what the
/// address says now: links that go from the current state (the filter chips) are built from
/// it, so that a click does not rebuild every chip's link before the paint; a chip clicked
/// before the address caught up first writes it ([`PageAddress::follow`]).
#[derive(Clone, Copy)]
pub struct PageAddress {
    pub pathname: Memo<String>,
    pub search: Memo<String>,
    pub hash: Memo<String>,
    pub written_search: Memo<String>,
    pub written_hash: Memo<String>,
    pending: RwSignal<Option<Pending>>,
    /// The address last written here, until the change of address it makes is seen.
    wrote: StoredValue<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// When typed text is due to be written (ms, [`now`]'s clock), while the timer waits
    /// for typing to pause.
    typing_due: StoredValue<Option<f64>>,
    /// What the page shows right after the next paint: typed text, or a choice.
    next: StoredValue<Option<Next>, LocalStorage>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

/// Gives the page being built, its list and its chips, its [`PageAddress`].
pub fn provide_page_address() {
    provide_context(PageAddress::new());
}

impl PageAddress {
    fn new() -> PageAddress {
        let location = use_location();
        let pending = RwSignal::new(None::<Pending>);
        let timer = StoredValue::new(None::<TimeoutHandle>);
        let navigate = use_navigate();
        let address = PageAddress {
            pathname: location.pathname,
            search: Memo::new(move |_| {
                pending
                    .with(|p| p.as_ref().map(|p| p.search.clone()))
                    .unwrap_or_else(|| location.search.get())
            }),
            hash: Memo::new(move |_| {
                pending
                    .with(|p| p.as_ref().map(|p| p.hash.clone()))
                    .unwrap_or_else(|| location.hash.get())
            }),
            written_search: location.search,
            written_hash: location.hash,
            pending,
            wrote: StoredValue::new(None),
            timer,
            typing_due: StoredValue::new(None),
            next: StoredValue::new_local(None),
            navigate: StoredValue::new_local(Rc::new(navigate)),
        };
        // A change of the address made elsewhere (Back, Forward, a link) is what the page shows
        // next; one written here leaves a newer choice waiting for its own write.
        Effect::new(move |seen: Option<()>| {
            location.pathname.track();
            location.search.track();
            location.hash.track();
            if seen.is_none() {
                return;
            }
            let ours = address.wrote.try_update_value(Option::take).flatten();
            let newer = ours.is_some_and(|href| {
                pending.with_untracked(|p| p.as_ref().is_some_and(|p| p.href != href))
            });
            if !newer {
                address.cancel();
                pending.set(None);
            }
        });
        on_cleanup(move || address.cancel());
        address
    }

    /// Text typed into a search box (`href`: the page with it, from the page's state when it
    /// is shown): shown right after the next paint, written to the address, in place of the
    /// current entry, once typing pauses.
    ///
    /// The browser paints the letter in the box first, and the page's answer (the list, its
    /// count, the marks) in the frame after: a visitor sees the key taken at once, and on a slow
    /// phone the next keystroke no longer waits for a list that one more letter would change
    /// again. Keys pressed before that paint are shown together, as the last of them leaves the
    /// text (issue 12). `ev` is the box's `input` event: one the page sent itself (the
    /// takeover's, for text typed before the app ran, `main.rs`) is shown at once, in the
    /// takeover's own frame.
    pub fn typed(&self, ev: &leptos::ev::Event, href: impl FnOnce() -> String + 'static) {
        self.later(Next {
            href: Box::new(href),
            push: false,
        });
        if !ev.is_trusted() {
            self.show_next();
        }
    }

    /// Shows `next` right after the next paint. A choice still to be shown is shown now, so
    /// that what comes after goes with it; typed text still to be shown is replaced (the text
    /// typed since is the box's whole text).
    fn later(&self, next: Next) {
        if self.next.with_value(|n| n.as_ref().is_some_and(|n| n.push)) {
            self.show_next();
        }
        let waiting = self.next.with_value(Option::is_some);
        self.next.set_value(Some(next));
        if !waiting {
            let this = *self;
            after_paint(move || this.show_next(), |_| {});
        }
    }

    /// Shows the change still to be shown, if any: a choice is written right after the next
    /// paint, typed text once typing pauses.
    ///
    /// One timer waits for the pause: a keystroke while it runs only moves the time it is due
    /// (clearing a timer and setting another on every keystroke cost about 0.7 ms of a slow one
    /// at 4× CPU, issue 12).
    fn show_next(&self) {
        // None too once the page is gone.
        let Some(Some(next)) = self.next.try_update_value(Option::take) else {
            return;
        };
        let href = (next.href)();
        self.show(&href, next.push);
        if next.push {
            self.write_after_paint();
            return;
        }
        let due = now() + TYPING_PAUSE.as_secs_f64() * 1000.0;
        let waiting =
            self.typing_due.with_value(Option::is_some) && self.timer.with_value(Option::is_some);
        if !waiting {
            self.cancel();
            self.wait_for_pause(TYPING_PAUSE);
        }
        self.typing_due.set_value(Some(due));
    }

    fn wait_for_pause(&self, delay: Duration) {
        let this = *self;
        let handle = set_timeout_with_handle(
            move || {
                this.timer.set_value(None);
                let Some(due) = this.typing_due.get_value() else {
                    return;
                };
                // The clock is the wall clock: one set back waits one pause more, no longer.
                let left = (due - now()).min(TYPING_PAUSE.as_secs_f64() * 1000.0);
                if left >= 1.0 {
                    this.wait_for_pause(Duration::from_secs_f64(left / 1000.0));
                } else {
                    this.write();
                }
            },
            delay,
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// A choice that replaces the current entry of the history (clearing a search; `href`: the
    /// page with it, from the page's state): shown now, written right after the next paint.
    pub fn replace(&self, href: impl FnOnce() -> String) {
        // What waits to be shown goes first, so that `href` goes from it.
        self.show_next();
        self.show(&href(), false);
        self.write_after_paint();
    }

    /// A filter link clicked: shown right after the next paint (the browser first paints the
    /// press: see [`crate::components::chip::FilterChip`]), and written as a step of the history
    /// right after the paint after that, as the router would. A click the browser should have
    /// (another tab, a new window) is left to it. `href` reads the link's address (`None`: a
    /// link turned off) once a choice not yet written is, since the link is built from the
    /// address. Says whether the page took the click.
    pub fn follow(
        &self,
        ev: &leptos::ev::MouseEvent,
        href: impl FnOnce() -> Option<String>,
    ) -> bool {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return false;
        }
        ev.prevent_default();
        // Text typed, or a choice made, but not yet shown goes with this choice.
        self.show_next();
        if self.pending.with_untracked(Option::is_some) {
            self.cancel();
            self.write();
        }
        let Some(href) = href() else { return false };
        self.later(Next {
            href: Box::new(move || href),
            push: true,
        });
        true
    }

    fn show(&self, href: &str, push: bool) {
        let mut next = Pending::new(href, push);
        // A step not yet written stays a step.
        next.push |= self
            .pending
            .with_untracked(|p| p.as_ref().is_some_and(|p| p.push));
        self.pending.set(Some(next));
    }

    fn write_after_paint(&self) {
        self.cancel();
        let this = *self;
        after_paint(
            move || this.write(),
            move |handle| this.timer.set_value(Some(handle)),
        );
    }

    fn write(&self) {
        self.timer.set_value(None);
        self.typing_due.set_value(None);
        let Some(next) = self.pending.get_untracked() else {
            return;
        };
        self.wrote.set_value(Some(next.href.clone()));
        let navigate = self.navigate.get_value();
        navigate(
            &next.href,
            NavigateOptions {
                // `href` is a whole path, the base (`/portal/`) included: resolved again, the
                // router would put the base in front a second time.
                resolve: false,
                replace: !next.push,
                scroll: false,
                ..Default::default()
            },
        );
    }

    fn cancel(&self) {
        self.typing_due.set_value(None);
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

/// The address of the list page around, if any (`content_page` provides it).
pub fn use_page_address() -> Option<PageAddress> {
    use_context::<PageAddress>()
}

#[cfg(test)]
mod tests {
    use super::Pending;

    #[test]
    fn a_choice_is_read_as_the_browser_reads_an_address() {
        let p = Pending::new("/portal/en/faq?q=ban%20law&category=data#why", true);
        assert_eq!(p.search, "q=ban%20law&category=data");
        assert_eq!(p.hash, "#why");
        let p = Pending::new("/en/articles", false);
        assert_eq!((p.search.as_str(), p.hash.as_str()), ("", ""));
        let p = Pending::new("/en/timeline#year-2024", false);
        assert_eq!((p.search.as_str(), p.hash.as_str()), ("", "#year-2024"));
        let p = Pending::new("/en/faq?q=a#b?c", false);
        assert_eq!((p.search.as_str(), p.hash.as_str()), ("q=a", "#b?c"));
    }
}
