//! Personal-data rules, one module per kind; national identifiers by region.

pub mod contact;
pub mod financial;
pub mod ids_americas;
pub mod ids_asia_africa;
pub mod ids_asia_oceania;
pub mod ids_europe;
pub mod ids_europe_east;
pub mod ids_latin_america;
mod phone_plan;
#[rustfmt::skip]
mod phone_plans;
