use sunny_corner::{app::App, browser, routes};

fn main() {
    console_error_panic_hook::set_once();
    routes::set_base(routes::base_from_href(&browser::base_href()));
    leptos::mount::mount_to_body(App);
}
