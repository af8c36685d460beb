//! The built `extend-cancel` binary, run as a user runs it, against a sandbox on loopback.

mod demo;
mod filter;
mod ids;
mod interrupt;
mod kinds;
mod record;
mod sandbox_connections;
mod sandbox_load;
mod sandbox_stop;
mod sandbox_support;
mod screen;
mod server;
mod slips;
mod stop;
mod support;
mod terminal;
