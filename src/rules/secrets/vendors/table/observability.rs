//! Vendor rows: Monitoring, logging, error tracking, incident response, uptime and testing.

use crate::rules::secrets::vendors::Vendor;

/// Sorted by id.
pub static ROWS: &[Vendor] = &[];
