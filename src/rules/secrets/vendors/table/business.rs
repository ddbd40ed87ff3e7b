//! Vendor rows: CRM, sales, productivity, project management, forms, HR, support desks, e-signature and storage.

use crate::rules::secrets::vendors::{v, Vendor};

/// Sorted by id.
pub static ROWS: &[Vendor] = &[
    v! { id: "pipedrive-api-token", provider: "Pipedrive", title: "Pipedrive API token", near: ["pipedrive"], shape: HEX40,
    // The personal `api_token`, one per user and company; 40 hex digits.
    example: "curl 'https://companydomain.pipedrive.com/api/v1/deals?api_token=«7c2e9a41f0b3d6e85a1c4f7b2e9d0a3c6f8b1e4d»'",
    near_miss: "bumped the pipedrive API client in commit 3f786850e387550fdab836ed7e6dc881de23001b",
    doc: "https://pipedrive.readme.io/docs/how-to-find-the-api-token" },
];
