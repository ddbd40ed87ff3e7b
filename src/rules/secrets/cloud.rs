//! Cloud providers: AWS, Google Cloud, Azure and others.

use crate::rule::{Rule, Severity, Trigger};

/// Rules of this family.
pub const RULES: &[Rule] = &[Rule {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    about:
        "Names an IAM user's long-term key (AKIA) or a temporary STS key (ASIA); with its secret it opens the account.",
    label: "AWS_ACCESS_KEY",
    severity: Severity::Critical,
    trigger: Trigger::Prefix(&["AKIA", "ASIA", "ABIA", "ACCA"]),
    pattern: r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}",
    max_len: 20,
    min_entropy: 3.0,
    known_examples: &["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
    positives: &["why does boto3 reject «AKIAZ7VRSQ5TBLN2MXQE»?", "aws_access_key_id = «ASIAY34FZKBOKMUTVV7A»"],
    negatives: &[
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "AKIAZ7VRSQ5TBLN2MXQ",
        "XAKIAZ7VRSQ5TBLN2MXQE",
        "AKIAZ7VRSQ5TBLN2MXQE9",
        "AKIAAAAAAAAAAAAAAAAA",
    ],
    ..Rule::SECRET
}];
