//! The vendor rows, one file per field of business, each sorted by id.
//! Compiled into native builds only; the WebAssembly build loads the same
//! rows from `vendors.json` (see the parent module).
//!
//! Writing a row (`v! { … }`):
//! - Find the vendor's own documentation of the key and put its address
//!   in `doc`. Take the prefix, length and alphabet from it; where it only
//!   says "an API key", use the shape its examples visibly have and say so
//!   in a comment. Never invent a prefix.
//! - `prefix` when the key starts with a documented literal; else `near`
//!   with the vendor's name, or its own compounds (`SEGMENT_WRITE_KEY`)
//!   when the name is an ordinary word that prose and code are full of.
//! - `example`: the key as people paste it (an env line, a header, a
//!   config snippet), marked `«…»`, made up to the documented format.
//! - `near_miss`: the vendor named near something that is not its key (a
//!   UUID, a hash, a version, a documentation placeholder).

use crate::rules::secrets::vendors::Vendor;

mod ai;
mod business;
mod commerce;
mod data_apis;
mod devtools;
mod marketing;
mod observability;
mod security;

/// Every file's rows.
pub static ALL: &[&[Vendor]] = &[
    observability::ROWS,
    devtools::ROWS,
    security::ROWS,
    business::ROWS,
    commerce::ROWS,
    marketing::ROWS,
    data_apis::ROWS,
    ai::ROWS,
];
