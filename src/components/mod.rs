//! Pieces of interface that several pages share.

pub mod address;
pub mod chip;
pub mod clock;
pub mod content_view;
pub mod countdown;
pub mod filters;
pub mod lang;
pub mod layout;
pub mod page;
pub mod sources;
pub mod staged;
