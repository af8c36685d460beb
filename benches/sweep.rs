//! Benchmark 5: cancelling what a list matches against cancelling the same ids.
//!
//! Against the sandbox (on a runtime of its own, on its own thread), seeded with 10,000
//! `PROCESSING` runs of one batch across the three listed kinds:
//! - `cancel_matching(RunFilter::batch(..))`: list pages of 100 and cancel each run as it is
//!   listed, every definitive outcome settled;
//! - `cancel_many(ids)`: the same ids, already known, cancelled with the same concurrency.
//!
//! Each round seeds a fresh sandbox for each variant, the first variant alternating; printed is
//! the median ratio (matching / many) over the rounds, with its min–max, and each variant's
//! median throughput. Run: `cargo bench --bench sweep` (`BENCH_QUICK=1`: 3 rounds of 2,000 runs).

mod common;

use extend_cancel::{RunFilter, RunKind};
use extend_cancel_sandbox::{BatchSeed, Sandbox};
use futures_util::StreamExt;
use std::time::{Duration, Instant};

const CONCURRENCY: usize = 64;

/// A sandbox on a runtime of its own thread, seeded with `count` PROCESSING runs of `bpr_bench`.
fn seeded_sandbox(
    count: usize,
) -> (Sandbox, BatchSeed, std::thread::JoinHandle<()>, tokio::sync::oneshot::Sender<()>) {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let batch =
        BatchSeed::new("bpr_bench", count).kinds([RunKind::Extract, RunKind::Classify, RunKind::Split]);
    let seed = batch.clone();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
            sandbox.seed_batch(&seed);
            ready_tx.send(sandbox).unwrap();
            let _ = stop_rx.await;
        });
    });
    let sandbox = ready_rx.recv().unwrap();
    (sandbox, batch, thread, stop_tx)
}

async fn run_matching(sandbox: &Sandbox) -> usize {
    let client = sandbox.client_builder().build().unwrap();
    let filter = RunFilter::batch("bpr_bench").max_page_size(100);
    client
        .cancel_matching(filter)
        .concurrency(CONCURRENCY)
        .filter(|item| std::future::ready(item.is_ok()))
        .count()
        .await
}

async fn run_many(sandbox: &Sandbox, batch: &BatchSeed) -> usize {
    let client = sandbox.client_builder().build().unwrap();
    let ids: Vec<String> = (1..=batch.count()).map(|n| batch.id(n)).collect();
    client
        .cancel_many(ids)
        .concurrency(CONCURRENCY)
        .filter(|(_, result)| std::future::ready(result.is_ok()))
        .count()
        .await
}

fn timed(count: usize, matching: bool, runtime: &tokio::runtime::Runtime) -> Duration {
    let (sandbox, batch, thread, stop) = seeded_sandbox(count);
    let started = Instant::now();
    let cancelled = runtime.block_on(async {
        if matching {
            run_matching(&sandbox).await
        } else {
            run_many(&sandbox, &batch).await
        }
    });
    let elapsed = started.elapsed();
    assert_eq!(cancelled, count, "every run cancelled");
    let _ = stop.send(());
    drop(sandbox);
    thread.join().unwrap();
    elapsed
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    let (rounds, count) = if quick { (3, 2_000) } else { (7, 10_000) };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let (mut ratios, mut matching_rate, mut many_rate) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (matching, many) = if round % 2 == 0 {
            let matching = timed(count, true, &runtime);
            (matching, timed(count, false, &runtime))
        } else {
            let many = timed(count, false, &runtime);
            (timed(count, true, &runtime), many)
        };
        ratios.push(matching.as_secs_f64() / many.as_secs_f64());
        matching_rate.push(count as f64 / matching.as_secs_f64());
        many_rate.push(count as f64 / many.as_secs_f64());
    }
    let (min, max) = ratios.iter().fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
    println!("5. list and cancel {count} runs (pages of 100, concurrency {CONCURRENCY}), {rounds} rounds:");
    println!("   cancel_matching  {:>8.0} runs/s (median)", common::median(&mut matching_rate));
    println!("   cancel_many      {:>8.0} runs/s (median)", common::median(&mut many_rate));
    println!(
        "   time ratio matching / many: median {:.2} (min {min:.2}, max {max:.2})",
        common::median(&mut ratios)
    );
}
