//! Secret rules, one module per family of providers.

pub mod ai;
pub mod chat_mail;
pub mod cloud;
pub mod connections;
pub mod context;
pub mod generic;
pub mod keys;
pub mod packages_ci;
pub mod payments;
pub mod saas;
pub mod source_control;
pub mod value_kind;
pub mod vendors;
pub mod wallets;
