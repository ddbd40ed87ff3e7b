//! Vendor rows: CI/CD, hosting, package registries, code quality, secrets managers and feature flags.

use crate::rules::secrets::vendors::Vendor;

/// Sorted by id.
pub static ROWS: &[Vendor] = &[];
