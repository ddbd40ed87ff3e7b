//! Vendor rows: AI and machine-learning services beyond the big model providers (`ai.rs` has those).

use crate::rules::secrets::vendors::Vendor;

/// Sorted by id.
pub static ROWS: &[Vendor] = &[];
