//! Output: results written for a person ([`text`]) or a program ([`json`]), to any `Write`.

pub mod json;
pub mod text;
