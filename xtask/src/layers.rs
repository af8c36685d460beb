//! The layers of the workspace's three crates, lowest first: the one place `cargo xtask modules`
//! learns them from.
//!
//! A module may import from its own layer and those below it, never from a layer above; the
//! crate root (`lib.rs`, `main.rs`) may import anything. A folder module is in the layer of its
//! top-level folder. To add a module, give it a layer here; the check refuses a module that has
//! none, so that the tables cannot fall behind the code.

/// One crate's layers.
#[derive(Debug)]
pub struct Crate {
    /// The crate as named in reports.
    pub name: &'static str,
    /// Its sources, relative to the workspace root.
    pub src: &'static str,
    /// Its layers, lowest first; a layer's rank is its place in this list, from 1.
    pub layers: &'static [Layer],
    /// Whether the crate root declares its modules in layer order (the library's `lib.rs` lists
    /// its layers that way, so a `mod` line out of order means `lib.rs` and this table differ).
    pub declared_in_order: bool,
}

/// One layer: the top-level modules in it and what they hold.
#[derive(Debug)]
pub struct Layer {
    /// The top-level modules in this layer.
    pub modules: &'static [&'static str],
    /// What the layer holds, in a few words (shown by `cargo xtask modules`).
    pub holds: &'static str,
}

/// The three crates `cargo xtask modules` checks.
pub const CRATES: &[Crate] = &[LIBRARY, SANDBOX, COMMAND];

/// The library (`src/`): each top-level module is a folder named for its layer, and `lib.rs`
/// declares them in this order.
pub const LIBRARY: Crate = Crate {
    name: "the library",
    src: "src",
    declared_in_order: true,
    layers: &[
        Layer { modules: &["decode"], holds: "reading a body leniently, and what was corrected" },
        Layer {
            modules: &["model", "generated"],
            holds: "the API's values: runs, ids, open enums, unions, and the generated types",
        },
        Layer { modules: &["error"], holds: "the errors every call can return" },
        Layer { modules: &["transport"], holds: "one request: attempts, retries, reading the response" },
        Layer { modules: &["client"], holds: "the Client and its calls per kind of run" },
        Layer { modules: &["listing"], holds: "listing runs page by page, and filters across kinds" },
        Layer { modules: &["batch"], holds: "batches: many cancels, paced, with definitive outcomes" },
        Layer { modules: &["mock"], holds: "the httpmock helpers for tests (feature test-util)" },
    ],
};

/// The sandbox (`sandbox/src`): the data side (runs, samples, the store, seeding) below the HTTP
/// side (replies, listing, answering, serving), below what users hold.
pub const SANDBOX: Crate = Crate {
    name: "the sandbox",
    src: "sandbox/src",
    declared_in_order: false,
    layers: &[
        Layer {
            modules: &["run", "fault", "recorded"],
            holds: "plain values: a run of any kind, a fault to inject, a request as received",
        },
        Layer { modules: &["sample"], holds: "complete sample runs of each kind" },
        Layer {
            modules: &["stored", "entry", "store", "state"],
            holds: "what a sandbox holds: runs with their batch and source, their orders, the shared state",
        },
        Layer {
            modules: &["seed", "batch", "demo", "seed_file"],
            holds: "runs made to be stored: the seeded ones, batches, the demo, seed files",
        },
        Layer {
            modules: &["reply", "route"],
            holds: "a request's route and the replies in its endpoint's shape",
        },
        Layer {
            modules: &["query", "paging", "summary", "list"],
            holds: "a page of runs: the list query, page tokens, summaries",
        },
        Layer { modules: &["answer"], holds: "a request checked and dispatched to cancel, retrieve or list" },
        Layer {
            modules: &["server", "timed"],
            holds: "the HTTP server: accepting, timeouts, faults, recording, sending, stopping",
        },
        Layer { modules: &["handle", "builder"], holds: "what users hold: the Sandbox and its builder" },
    ],
};

/// The command (`cli/src`): the steps of a batch below the batch, below the commands.
pub const COMMAND: Crate = Crate {
    name: "the command",
    src: "cli/src",
    declared_in_order: false,
    layers: &[
        Layer { modules: &["exit"], holds: "how the command ends: exit statuses and fatal errors" },
        Layer { modules: &["args"], holds: "the command line as parsed" },
        Layer {
            modules: &["input", "resume", "connect", "interrupt", "progress", "report", "record"],
            holds: "one step of a batch each: ids, --resume, the client, stopping, progress, output lines, the record",
        },
        Layer { modules: &["send", "preview"], holds: "a batch's entries: cancels, or a dry run's look-ups" },
        Layer { modules: &["batch"], holds: "a batch shown and counted" },
        Layer { modules: &["cancel", "demo", "sandbox"], holds: "the commands" },
    ],
};
