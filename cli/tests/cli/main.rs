//! The built `extend-cancel` binary, run as a user runs it, against a sandbox on loopback.

mod demo;
mod filter;
mod ids;
mod interrupt;
mod record;
mod screen;
mod server;
mod slips;
mod stop;
mod support;
mod terminal;
