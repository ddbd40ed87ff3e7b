//! Vendor rows: Payments, fintech, accounting, e-commerce platforms and logistics.

use crate::rules::secrets::vendors::Vendor;

/// Sorted by id.
pub static ROWS: &[Vendor] = &[];
