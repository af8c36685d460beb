//! Benchmarks 1 and 2: what extend-cancel adds over a hand-written reqwest call, with the client
//! on a current-thread runtime and on a multi-thread one (`#[tokio::main]`'s default, worker
//! threads as many as cores). The loopback server always runs on a runtime of its own, on its
//! own thread (benches/common).
//!
//! 1. One cancel at a time: `client.extract_runs().cancel(id)` (typed decode, hooks, version
//!    header, retry bookkeeping) vs a raw reqwest POST decoded into `serde_json::Value`.
//!    Goal: time ratio <= 1.05. In bulk (1b): `.cancel()` futures in `buffer_unordered(64)`
//!    vs raw reqwest in `buffer_unordered(64)`. Goal: time ratio <= 1.02.
//! 2. `cancel_many(ids).concurrency(64)` vs raw reqwest in `buffer_unordered(64)`.
//!    Goal: time ratio <= 1.02.
//!
//! The goals are those of the multi-thread runtime (`#[tokio::main]`'s), the one users run.
//!
//! Every variant of a figure runs once per round against the same server, the first one
//! rotating from round to round; each round gives each variant's time as a ratio to the raw
//! baseline's time in that round. Printed: the median of those ratios and their min–max.
//!
//! Run: `cargo bench --bench overhead` (env `BENCH_QUICK=1` for a short run).
//!
//! `OVERHEAD_PROFILE=<runtime>:<variant>:<calls>` runs `calls` calls of one variant after a
//! warm-up and exits, for instruction counts: the difference between two call counts under
//! `valgrind --tool=callgrind`, divided by the difference of the counts, is one call's cost.
//! `<runtime>` is `current` or `multi`; `<variant>` one of [`Variant::NAMES`]. It prints the
//! calls' time too; `OVERHEAD_SERVER=same` runs the server on the client's runtime for it.

mod common;

use extend_cancel::Client;
use futures_util::{stream, StreamExt};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::{future::IntoFuture, time::Instant};

const KEY: &str = "sk_bench";
const ID: &str = "exr_bench";
const CONCURRENCY: usize = 64;

fn raw_client(timeouts: bool) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer sk_bench"));
    let builder = reqwest::Client::builder().default_headers(headers).user_agent("raw-bench");
    // With the timeouts extend-cancel sets by default, to separate their cost.
    let builder = if timeouts {
        builder
            .timeout(extend_cancel::DEFAULT_TIMEOUT)
            .connect_timeout(extend_cancel::DEFAULT_CONNECT_TIMEOUT)
    } else {
        builder
    };
    builder.build().unwrap()
}

/// A hand-written cancel: the POST and its body, read whole.
async fn raw_body(client: &reqwest::Client, base: &str, id: &str) -> bytes::Bytes {
    let response = client
        .post(format!("{base}/extract_runs/{id}/cancel"))
        .header("x-extend-api-version", "2026-02-09")
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    response.bytes().await.unwrap()
}

async fn raw_cancel(client: &reqwest::Client, base: &str, id: &str) -> serde_json::Value {
    serde_json::from_slice(&raw_body(client, base, id).await).unwrap()
}

/// The raw call decoded into the crate's own type, to tell the client's cost from the decode's.
async fn raw_typed_cancel(client: &reqwest::Client, base: &str, id: &str) -> Box<extend_cancel::ExtractRun> {
    Box::new(serde_json::from_slice(&raw_body(client, base, id).await).unwrap())
}

/// The clients of one runtime (a pool's connections belong to the runtime that opened them).
struct Clients {
    base: String,
    raw: reqwest::Client,
    timed_raw: reqwest::Client,
    client: Client,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Variant {
    /// One at a time.
    Raw,
    RawTimeouts,
    Generated,
    Ours,
    /// Raw reqwest with the typed decode (`OVERHEAD_PROFILE` only).
    RawTyped,
    /// `buffer_unordered(64)` / `cancel_many(..).concurrency(64)`.
    BulkRaw,
    BulkRawTimeouts,
    BulkOurs,
    CancelMany,
    BulkRawTyped,
}

impl Variant {
    const NAMES: [(&'static str, Variant); 10] = [
        ("raw", Variant::Raw),
        ("raw-timeouts", Variant::RawTimeouts),
        ("generated", Variant::Generated),
        ("ours", Variant::Ours),
        ("bulk-raw", Variant::BulkRaw),
        ("bulk-raw-timeouts", Variant::BulkRawTimeouts),
        ("bulk-ours", Variant::BulkOurs),
        ("cancel-many", Variant::CancelMany),
        ("raw-typed", Variant::RawTyped),
        ("bulk-raw-typed", Variant::BulkRawTyped),
    ];

    fn label(self) -> &'static str {
        match self {
            Variant::Raw => "raw reqwest + Value",
            Variant::RawTimeouts => "raw reqwest + Value, with timeouts",
            Variant::Generated => "generated client (hooks, typed)",
            Variant::Ours => "extend-cancel .cancel()",
            Variant::BulkRaw => "raw reqwest, buffer_unordered(64)",
            Variant::BulkRawTimeouts => "raw reqwest with timeouts, buffer_unordered(64)",
            Variant::BulkOurs => "extend-cancel .cancel(), buffer_unordered(64)",
            Variant::CancelMany => "extend-cancel cancel_many(..).concurrency(64)",
            Variant::RawTyped => "raw reqwest + typed ExtractRun",
            Variant::BulkRawTyped => "raw reqwest + typed ExtractRun, buffer_unordered(64)",
        }
    }

    /// Runs `calls` cancels of this variant.
    async fn run(self, clients: &Clients, calls: usize) {
        let Clients { base, raw, timed_raw, client } = clients;
        let ids = std::iter::repeat_n(ID, calls);
        let done = match self {
            Variant::Raw | Variant::RawTimeouts | Variant::Generated | Variant::Ours | Variant::RawTyped => {
                for id in ids {
                    match self {
                        Variant::Raw => drop(raw_cancel(raw, base, id).await),
                        Variant::RawTimeouts => drop(raw_cancel(timed_raw, base, id).await),
                        Variant::RawTyped => drop(raw_typed_cancel(raw, base, id).await),
                        Variant::Generated => {
                            drop(client.generated().cancel_extract_run(id, None, None).await.unwrap())
                        }
                        _ => drop(client.extract_runs().cancel(id).await.unwrap()),
                    }
                }
                calls
            }
            Variant::BulkRaw | Variant::BulkRawTimeouts => {
                let raw = if self == Variant::BulkRaw { raw } else { timed_raw };
                stream::iter(ids)
                    .map(|id| raw_cancel(raw, base, id))
                    .buffer_unordered(CONCURRENCY)
                    .count()
                    .await
            }
            Variant::BulkRawTyped => {
                stream::iter(ids)
                    .map(|id| raw_typed_cancel(raw, base, id))
                    .buffer_unordered(CONCURRENCY)
                    .count()
                    .await
            }
            Variant::BulkOurs => {
                stream::iter(ids)
                    .map(|id| client.extract_runs().cancel(id).into_future())
                    .buffer_unordered(CONCURRENCY)
                    .filter(|result| std::future::ready(result.is_ok()))
                    .count()
                    .await
            }
            Variant::CancelMany => {
                client
                    .cancel_many(ids)
                    .concurrency(CONCURRENCY)
                    .filter(|(_, result)| std::future::ready(result.is_ok()))
                    .count()
                    .await
            }
        };
        assert_eq!(done, calls);
    }
}

/// Times `variants` (each with its goal, if any) over `rounds` rounds of `calls` calls each,
/// the first variant of a round rotating, and prints each one's median time per call and its
/// per-round ratio to the first variant (the baseline), median and min–max, of the wall time and
/// of the CPU time of all the process's threads (the server's included).
async fn figure(title: &str, clients: &Clients, variants: &[(Variant, &str)], rounds: usize, calls: usize) {
    let mut wall: Vec<Vec<f64>> = vec![Vec::new(); variants.len()];
    let mut cpu: Vec<Vec<f64>> = vec![Vec::new(); variants.len()];
    for round in 0..rounds {
        for slot in (0..variants.len()).map(|k| (k + round) % variants.len()) {
            let (started, cpu_before) = (Instant::now(), common::cpu_seconds());
            variants[slot].0.run(clients, calls).await;
            wall[slot].push(started.elapsed().as_secs_f64() * 1e6 / calls as f64);
            cpu[slot].push((common::cpu_seconds() - cpu_before) * 1e6 / calls as f64);
        }
    }
    println!("   {title}, {rounds} rounds of {calls} calls; per call, and ratio to the baseline:");
    let ratios = |times: &[Vec<f64>], slot: usize| {
        let mut ratios: Vec<f64> = times[slot].iter().zip(&times[0]).map(|(ours, raw)| ours / raw).collect();
        let (min, max) = ratios.iter().fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
        format!("{:.3} ({min:.3}-{max:.3})", common::median(&mut ratios))
    };
    for (slot, (variant, goal)) in variants.iter().enumerate() {
        let (wall_us, cpu_us) =
            (common::median(&mut wall[slot].clone()), common::median(&mut cpu[slot].clone()));
        let label = variant.label();
        if slot == 0 {
            println!("     {label:<48} time {wall_us:>6.1} us              cpu {cpu_us:>6.1} us  (baseline)");
        } else {
            let (wall_ratio, cpu_ratio) = (ratios(&wall, slot), ratios(&cpu, slot));
            println!("     {label:<48} time {wall_us:>6.1} us {wall_ratio}  cpu {cpu_us:>6.1} us {cpu_ratio}  {goal}");
        }
    }
}

fn runtime(name: &str) -> tokio::runtime::Runtime {
    match name {
        "current" => tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap(),
        "multi" => tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap(),
        other => panic!("unknown runtime {other:?}: current or multi"),
    }
}

fn clients(base: &str) -> Clients {
    Clients {
        base: base.to_owned(),
        raw: raw_client(false),
        timed_raw: raw_client(true),
        client: Client::builder().api_key(KEY).base_url(base).build().unwrap(),
    }
}

/// Opens the connection pools (up to the bulk concurrency) and warms the code paths.
async fn warm_up(clients: &Clients, variants: &[Variant]) {
    for variant in variants {
        variant.run(clients, 200).await;
    }
}

fn main() {
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    let body = common::extract_run_body(ID);
    // The body follows the spec, so the figures are the typed fast path's, not the tolerant pass's.
    let decoded = extend_cancel::decode_response::<extend_cancel::ExtractRun>(
        reqwest::StatusCode::OK,
        &Default::default(),
        body.clone().into(),
    )
    .expect("the bench body decodes");
    assert!(
        decoded.corrections().is_empty(),
        "the bench body strays from the spec: {:?}",
        decoded.corrections()
    );
    let base = format!("http://{}", common::start_server(body));

    if let Ok(spec) = std::env::var("OVERHEAD_PROFILE") {
        let parts: Vec<&str> = spec.split(':').collect();
        let [runtime_name, variant, calls] = parts[..] else {
            panic!("OVERHEAD_PROFILE=<current|multi>:<variant>:<calls>, not {spec:?}")
        };
        let variant = Variant::NAMES.iter().find(|(name, _)| *name == variant).map(|(_, v)| *v);
        let variant = variant.unwrap_or_else(|| panic!("variants: {:?}", Variant::NAMES.map(|(n, _)| n)));
        let calls: usize = calls.parse().expect("a call count");
        runtime(runtime_name).block_on(async {
            // OVERHEAD_SERVER=same puts the server on the client's runtime instead of its own.
            let base = match std::env::var("OVERHEAD_SERVER").as_deref() {
                Ok("same") => format!("http://{}", common::spawn_server(common::extract_run_body(ID)).await),
                _ => base.clone(),
            };
            let clients = clients(&base);
            warm_up(&clients, &[variant]).await;
            let started = Instant::now();
            variant.run(&clients, calls).await;
            println!("{spec}: {:.2} us per call", started.elapsed().as_secs_f64() * 1e6 / calls as f64);
        });
        return;
    }

    let (sequential, bulk) = if quick { ((7, 50), (7, 1_000)) } else { ((25, 400), (9, 10_000)) };
    use Variant::*;
    for (runtime_name, heading) in [
        ("current", "A. current-thread runtime"),
        ("multi", "B. multi-thread runtime (default worker threads)"),
    ] {
        println!("{heading} for the client; the server on its own thread");
        // `block_on` runs the benchmark on this thread, as `#[tokio::main]` runs `main`; on the
        // multi-thread runtime the connections' tasks run on its workers.
        runtime(runtime_name).block_on(async {
            let clients = clients(&base);
            warm_up(
                &clients,
                &[Raw, RawTimeouts, Generated, Ours, BulkRaw, BulkRawTimeouts, BulkOurs, CancelMany],
            )
            .await;
            let (rounds, calls) = sequential;
            let variants = [(Raw, ""), (RawTimeouts, ""), (Generated, ""), (Ours, "(goal <= 1.05)")];
            figure("1. one cancel at a time", &clients, &variants, rounds, calls).await;
            let (rounds, calls) = bulk;
            let variants = [
                (BulkRaw, ""),
                (BulkRawTimeouts, ""),
                (BulkOurs, "1b (goal <= 1.02)"),
                (CancelMany, "2 (goal <= 1.02)"),
            ];
            figure("1b and 2. in bulk at concurrency 64", &clients, &variants, rounds, calls).await;
        });
    }
}
