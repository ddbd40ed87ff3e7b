//! Personal-data rules, one module per kind; national identifiers by region.

pub mod contact;
pub mod financial;
pub mod ids_americas;
pub mod ids_asia_africa;
pub mod ids_europe;
