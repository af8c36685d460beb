//! Benchmark 3: decoding an 8 MiB extract run (a large `output`), typed vs `serde_json::Value`.
//!
//! Reports throughput (MB/s, median of interleaved rounds) and the ratio, then the peak memory
//! of each decode as a multiple of the body size, measured in a fresh child process per variant
//! (peak RSS reset through `/proc/self/clear_refs` after the body is loaded, so only the
//! decode's own allocations count). Goal: typed peak <= 3x the body.
//! Run: `cargo bench --bench decode`.

use extend_cancel::{decode_response, Decoded, ExtractRun};
use serde_json::{json, Value};
use std::time::Instant;

/// An extract run whose output has `items` line items, each with metadata and citations.
fn big_extract_run(items: usize) -> Vec<u8> {
    let line_items: Vec<Value> = (0..items)
        .map(|i| {
            json!({"description": format!("Widget model {i} with a longer description of the goods"),
                   "quantity": i % 17, "unit_price": 12.5 + i as f64, "sku": format!("SKU-{i:08}")})
        })
        .collect();
    let mut metadata = serde_json::Map::new();
    for i in 0..items {
        for field in ["description", "quantity"] {
            metadata.insert(
                format!("line_items[{i}].{field}"),
                json!({"ocrConfidence": 0.98, "logprobsConfidence": 0.91,
                       "citations": [{"page": {"number": 1 + i / 40, "width": 612, "height": 792},
                                      "referenceText": format!("Widget model {i}"),
                                      "polygon": [{"x": 10.5, "y": 20.25}, {"x": 200.0, "y": 20.25},
                                                  {"x": 200.0, "y": 32.0}, {"x": 10.5, "y": 32.0}]}],
                       "insights": [{"type": "reasoning", "content": "Read from the line item table."}]}),
            );
        }
    }
    json!({
        "object": "extract_run", "id": "exr_big", "status": "PROCESSED",
        "output": {"value": {"invoice_number": "INV-1", "line_items": line_items}, "metadata": metadata},
        "initialOutput": null, "reviewedOutput": null, "failureReason": null, "failureMessage": null,
        "metadata": null, "reviewed": false, "edited": false, "edits": null,
        "config": {"baseProcessor": "extraction_performance", "schema": {"type": "object"}},
        "file": null, "parseRunId": "pr_1", "dashboardUrl": "https://dashboard.extend.ai/runs/exr_big",
        "usage": {"credits": 40.0}, "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:46:00Z"
    })
    .to_string()
    .into_bytes()
}

/// The body of about 8 MiB.
fn body() -> Vec<u8> {
    let probe = big_extract_run(1000).len();
    big_extract_run(8 * 1024 * 1024 * 1000 / probe)
}

/// The client's own decoding; `Bytes` is what the HTTP layer hands over, so no copy is made.
/// The body follows the spec, so this measures the typed fast path (no corrections).
fn decode_typed(body: &bytes::Bytes) -> Decoded<ExtractRun> {
    let run = decode_response::<ExtractRun>(reqwest::StatusCode::OK, &Default::default(), body.clone())
        .expect("decodes");
    assert!(run.corrections().is_empty(), "the benchmark body strays from the spec: {:?}", run.corrections());
    run
}

fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|line| line.starts_with(field))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kib| kib.parse().ok())
        .unwrap_or(0)
}

/// In a child process: read the body from `path`, decode it once and print the growth of the
/// peak RSS over the RSS just before decoding (body already loaded), in bytes.
fn child(variant: &str, path: &str) {
    let body = bytes::Bytes::from(std::fs::read(path).unwrap());
    let before = status_kib("VmRSS:");
    match variant {
        "typed" => drop(std::hint::black_box(decode_typed(&body))),
        _ => drop(std::hint::black_box(serde_json::from_slice::<Value>(&body).unwrap())),
    }
    let peak = status_kib("VmHWM:");
    println!("{} {}", peak.saturating_sub(before) * 1024, body.len());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        return child(&args[at + 1], &args[at + 2]);
    }
    let quick = std::env::var_os("BENCH_QUICK").is_some();
    let body = bytes::Bytes::from(body());
    let mb = body.len() as f64 / 1e6;
    let rounds = if quick { 3 } else { 15 };
    let (mut typed, mut value) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let started = Instant::now();
        std::hint::black_box(serde_json::from_slice::<Value>(&body).unwrap());
        value.push(started.elapsed().as_secs_f64());
        let started = Instant::now();
        std::hint::black_box(decode_typed(&body));
        typed.push(started.elapsed().as_secs_f64());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    let (typed, value) = (median(&mut typed), median(&mut value));
    println!(
        "3. decode of a {:.1} MiB extract run, median of {rounds} interleaved rounds:",
        body.len() as f64 / 1048576.0
    );
    println!("   serde_json::Value        {:>8.1} ms  {:>7.1} MB/s", value * 1e3, mb / value);
    println!("   typed ExtractRun         {:>8.1} ms  {:>7.1} MB/s", typed * 1e3, mb / typed);
    println!("   time ratio typed/Value   {:>8.3}", typed / value);

    let exe = std::env::current_exe().unwrap();
    let path = std::env::temp_dir().join(format!("extend-cancel-decode-bench-{}.json", std::process::id()));
    std::fs::write(&path, &body).unwrap();
    for variant in ["value", "typed"] {
        let output = std::process::Command::new(&exe)
            .args(["--child", variant, path.to_str().unwrap()])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        let mut numbers = text.split_whitespace().map(|n| n.parse::<f64>().unwrap_or(0.0));
        let (peak, size) = (numbers.next().unwrap_or(0.0), numbers.next().unwrap_or(1.0));
        println!(
            "   peak memory, {variant:<5}       {:>8.1} MiB = {:.2}x the body{}",
            peak / 1048576.0,
            peak / size,
            if variant == "typed" { "   (goal <= 3x)" } else { "" }
        );
    }
    let _ = std::fs::remove_file(&path);
}
