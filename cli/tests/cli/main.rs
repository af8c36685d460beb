//! The built `extend-cancel` binary, run as a user runs it, against a sandbox on loopback.

mod demo;
mod ids;
mod interrupt;
mod support;
mod terminal;
