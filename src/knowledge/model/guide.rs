//! Procedures and flows: the guidance an officer follows step by step.

use super::Localized;
use serde::Serialize;

/// One step of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// Imperative one-liner ("Separate the person from the suspected trafficker").
    pub title: Localized<String>,
    /// What to do, in more words.
    pub detail: Localized<String>,
    /// What to avoid or watch for.
    pub cautions: Localized<Vec<String>>,
    /// Provisions or items this step rests on.
    pub related: Vec<String>,
}

/// A procedure: ordered steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Procedure {
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// The services an outcome may need and contacts may offer.
pub const SERVICES: &[&str] = &[
    "police",
    "child_protection",
    "medical",
    "shelter",
    "psychosocial",
    "legal_aid",
    "immigration",
    "border",
    "return",
    "hotline",
    "coordination",
    "human_rights",
    "labour",
    "prosecution",
    "witness_protection",
    "humanitarian",
];

/// Where an answer leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "to", rename_all = "lowercase")]
pub enum Next {
    /// Another node of the same flow.
    Node {
        /// Node id.
        node: String,
    },
    /// Hand over to another flow; optionally come back to a node afterwards.
    Flow {
        /// Flow item id.
        flow: String,
        /// Node of this flow to resume at after the other flow's outcome.
        then: Option<String>,
    },
}

/// One answer to a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// What the officer picks.
    pub label: Localized<String>,
    /// Where it leads.
    pub next: Next,
}

/// What a flow node is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum NodeKind {
    /// A question with answers.
    Question {
        /// The question.
        question: Localized<String>,
        /// Hints to answer it.
        help: Localized<String>,
        /// Answers, at least two.
        options: Vec<Choice>,
    },
    /// The end of a path: what to do now.
    Outcome {
        /// Heading of the outcome.
        title: Localized<String>,
        /// What to do now, in order.
        actions: Localized<Vec<String>>,
        /// Provisions the actions rest on.
        legal_basis: Vec<String>,
        /// Services to call (see [`SERVICES`]).
        services: Vec<String>,
    },
}

/// One node of a flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// Id, unique within the flow.
    pub id: String,
    /// Question or outcome.
    #[serde(flatten)]
    pub kind: NodeKind,
}

/// A flow: a decision tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow {
    /// The first node's id.
    pub start: String,
    /// All nodes.
    pub nodes: Vec<Node>,
}

impl Flow {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}
