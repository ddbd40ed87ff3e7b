//! Vendor rows: Databases and data platforms, search, maps, weather, media and CDNs, headless CMSs and other data APIs.

use crate::rules::secrets::vendors::Vendor;

/// Sorted by id.
pub static ROWS: &[Vendor] = &[];
