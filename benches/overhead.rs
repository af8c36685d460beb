//! Benchmarks 1 and 2: what extend-cancel adds over a hand-written reqwest call.
//!
//! 1. One cancel at a time: `client.extract_runs().cancel(id)` (typed decode, hooks, version
//!    header, retry bookkeeping) vs a raw reqwest POST decoded into `serde_json::Value`.
//!    Goal: time ratio <= 1.10.
//! 2. 10,000 cancels at concurrency 64: `cancel_many` vs raw reqwest with
//!    `buffer_unordered(64)`. Goal: throughput ratio >= 0.95.
//!
//! Both sides run interleaved in the same process against the same loopback server, and the
//! figures are ratios of medians, so machine noise affects both alike.
//! Run: `cargo bench --bench overhead` (env `BENCH_QUICK=1` for a short run).

mod common;

use extend_cancel::Client;
use futures_util::{stream, StreamExt};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::{future::IntoFuture, time::Instant};

const KEY: &str = "sk_bench";

fn raw_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer sk_bench"));
    reqwest::Client::builder().default_headers(headers).user_agent("raw-bench").build().unwrap()
}

/// The raw client with the timeouts extend-cancel sets by default, to separate their cost.
fn raw_client_with_timeouts() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer sk_bench"));
    reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("raw-bench")
        .timeout(extend_cancel::DEFAULT_TIMEOUT)
        .connect_timeout(extend_cancel::DEFAULT_CONNECT_TIMEOUT)
        .build()
        .unwrap()
}

async fn raw_cancel(client: &reqwest::Client, base: &str, id: &str) -> serde_json::Value {
    let response = client
        .post(format!("{base}/extract_runs/{id}/cancel"))
        .header("x-extend-api-version", "2026-02-09")
        .header("accept", "application/json")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

fn main() {
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing: run quickly then.
    let body = common::extract_run_body("exr_bench");
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
    let addr = common::start_server(body);
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = Client::builder().api_key(KEY).base_url(&base).build().unwrap();
    let raw = raw_client();

    runtime.block_on(async {
        // Warm both connection pools and the code paths.
        for _ in 0..200 {
            raw_cancel(&raw, &base, "exr_bench").await;
            client.extract_runs().cancel("exr_bench").await.unwrap();
        }

        let (rounds, per_round) = if quick { (4, 50) } else { (40, 400) };
        let timed_raw = raw_client_with_timeouts();
        // Interleaved: each round times every variant once, starting with a different one
        // each round, so that neither drift nor a variant's position favours any of them.
        let mut times: [Vec<f64>; 4] = Default::default();
        for round in 0..rounds {
            for slot in (0..4).map(|k| (k + round) % 4) {
                let started = Instant::now();
                for _ in 0..per_round {
                    match slot {
                        0 => drop(raw_cancel(&raw, &base, "exr_bench").await),
                        1 => drop(raw_cancel(&timed_raw, &base, "exr_bench").await),
                        2 => drop(
                            client.generated().cancel_extract_run("exr_bench", None, None).await.unwrap(),
                        ),
                        _ => drop(client.extract_runs().cancel("exr_bench").await.unwrap()),
                    }
                }
                times[slot].push(started.elapsed().as_secs_f64() * 1e6 / per_round as f64);
            }
        }
        let [raw_us, timed_us, generated_us, ours] = times.map(|mut t| common::median(&mut t));
        println!("1. sequential cancel, median per call over {rounds} rounds of {per_round}:");
        println!("   raw reqwest + Value                  {raw_us:>8.1} us  (baseline)");
        println!(
            "   raw reqwest + Value, with timeouts   {timed_us:>8.1} us  ratio {:.3}",
            timed_us / raw_us
        );
        println!(
            "   generated client (hooks, typed)      {generated_us:>8.1} us  ratio {:.3}",
            generated_us / raw_us
        );
        println!(
            "   extend-cancel (typed)                {ours:>8.1} us  ratio {:.3}   (goal <= 1.10)",
            ours / raw_us
        );

        let (rounds, total) = if quick { (1, 2_000) } else { (8, 10_000) };
        let ids: Vec<String> = (0..total).map(|_| "exr_bench".to_owned()).collect();
        // Interleaved and rotated as above: raw, raw with extend-cancel's default timeouts, the
        // plain per-call API in the same loop, and cancel_many.
        let mut throughput: [Vec<f64>; 4] = Default::default();
        for round in 0..rounds {
            for slot in (0..4).map(|k| (k + round) % 4) {
                let started = Instant::now();
                let done = match slot {
                    0 | 1 => {
                        let raw = if slot == 0 { &raw } else { &timed_raw };
                        stream::iter(ids.iter())
                            .map(|id| raw_cancel(raw, &base, id))
                            .buffer_unordered(64)
                            .count()
                            .await
                    }
                    2 => {
                        stream::iter(ids.iter())
                            .map(|id| client.extract_runs().cancel(id.as_str()).into_future())
                            .buffer_unordered(64)
                            .filter(|result| std::future::ready(result.is_ok()))
                            .count()
                            .await
                    }
                    _ => {
                        client
                            .cancel_many(ids.iter().cloned())
                            .concurrency(64)
                            .filter(|(_, result)| std::future::ready(result.is_ok()))
                            .count()
                            .await
                    }
                };
                assert_eq!(done, total);
                throughput[slot].push(total as f64 / started.elapsed().as_secs_f64());
            }
        }
        let [theirs, timed, per_call, ours] = throughput.map(|mut t| common::median(&mut t));
        println!("2. {total} cancels at concurrency 64, median throughput over {rounds} rounds:");
        println!("   raw reqwest, buffer_unordered(64)            {theirs:>9.0} req/s  (baseline)");
        println!(
            "   raw reqwest with extend-cancel's timeouts     {timed:>8.0} req/s  ratio {:.3}",
            timed / theirs
        );
        println!(
            "   extend-cancel .cancel(), buffer_unordered(64) {per_call:>8.0} req/s  ratio {:.3}",
            per_call / theirs
        );
        println!(
            "   extend-cancel cancel_many(64)                {ours:>9.0} req/s  ratio {:.3}   (goal >= 0.95)",
            ours / theirs
        );
    });
}
