//! The policy, end to end: the document and its defaults, the lenient
//! parse, the merge of an organisation's managed policy over the user's
//! options with what it locks, and site matching. The CLI and the browsers
//! (through the WebAssembly bindings) call the same code, so
//! `promptwarden check-policy --managed … --user …` shows exactly what a
//! browser enforces.
//!
//! - [`Policy`]: one JSON document (keys are camelCase, as browser policy
//!   tools expect) serves the CLI (`--policy FILE`), the extension's user
//!   options and the enterprise managed policy.
//! - [`Effective::resolve`]: defaults < user options < managed policy.
//! - [`Site`]: the one site syntax; [`Effective::protection`] says whether
//!   and why a page is protected.
//! - [`keys`]: every key with its title and schema, from which the managed
//!   schema and the deployment docs are generated.

pub mod apps;
mod audit;
pub mod keys;
mod parse;
mod policy;
mod resolve;
mod resolved;
mod sites;

pub use crate::rule::is_kebab_id;
pub use audit::AuditDelivery;
pub(crate) use policy::hash_matched;
pub use policy::{
    limits, value_hash, AllowEntry, CustomRule, FailMode, Policy, PolicyError, PolicyIssue, HIDDEN_HEADER_VALUE,
};
pub use resolve::{Effective, Protection, Registration, SiteLists, SiteSources, Source, SourcedIssue};
pub use sites::{check_selector, Site, SiteEntry};
