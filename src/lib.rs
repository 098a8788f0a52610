//! fieldref: an offline terminal field reference for people who fight human
//! trafficking. Dependencies point one way: `ui -> app -> search -> knowledge`.

pub mod app;
pub mod cli;
pub mod config;
pub mod i18n;
pub mod knowledge;
pub mod search;
pub mod ui;
