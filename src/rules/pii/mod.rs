//! Personal-data rules, one module per kind.

pub mod contact;
pub mod financial;
pub mod national_ids;
