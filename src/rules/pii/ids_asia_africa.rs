//! (to be written)

use crate::rule::Rule;

/// Rules of this family.
pub const RULES: &[Rule] = &[];
