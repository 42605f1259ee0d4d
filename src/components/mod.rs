//! Pieces of interface that several pages share.

pub mod content_view;
pub mod layout;
pub mod sources;
