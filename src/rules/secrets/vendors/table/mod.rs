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
//! - Where a `near` row finds its key: the whole token within 48 bytes
//!   before to 96 bytes after a vendor word, and a key word (`key`,
//!   `token`, `secret`, `api`, `auth`, …) starting a word within 48 bytes
//!   of it; `projectKey` has none (`project_key` and `apiKey` do). Long
//!   tokens (80 characters and more) need the vendor word just before
//!   them, in the generated examples too (`VENDOR_API_KEY=…`,
//!   `<vendorToken>…`), so prefer the vendor's own env name as the first
//!   word when the name itself is not one word (`NASA_API_KEY`, not
//!   `api.nasa.gov`).

use crate::rules::secrets::vendors::Vendor;

mod ai;
mod business;
mod commerce;
mod communication;
mod data_apis;
mod devtools;
mod finance;
mod hosting;
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
    hosting::ROWS,
    communication::ROWS,
    finance::ROWS,
];
