//! Pieces of interface that several pages share.

pub mod clock;
pub mod content_view;
pub mod countdown;
pub mod lang;
pub mod layout;
pub mod sources;
