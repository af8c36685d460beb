//! `extend-cancel cancel` with ids from arguments, standard input and files: what is sent
//! (the sandbox's request log), what is printed, and the exit status.

use super::support::{bare_command, run, temp_file, Env};
use extend_cancel::RunKind;
use serde_json::json;

#[test]
fn ids_from_arguments_are_cancelled_and_shown_in_a_table() {
    let env = Env::start();
    let ran = run(env.command(&["cancel", "exr_processing", "dpr_processing"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, ["dpr_processing", "exr_processing"]);
    let paths: Vec<String> = env.sandbox.requests().into_iter().map(|r| r.path).collect();
    assert!(paths.contains(&"/processor_runs/dpr_processing/cancel".to_owned()), "{paths:?}");
    assert!(paths.contains(&"/extract_runs/exr_processing/cancel".to_owned()), "{paths:?}");
    assert_eq!(env.sandbox.run("exr_processing").unwrap().status(), "CANCELLED");

    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "KIND", "OUTCOME", "STATUS", "DETAIL"]
    );
    assert_eq!(lines.len(), 3, "{}", ran.stdout);
    for (id, kind) in [("exr_processing", "extract"), ("dpr_processing", "processor")] {
        let row = lines.iter().find(|l| l.starts_with(id)).expect("a row per run");
        let url = format!("https://dashboard.extend.ai/runs/{id}");
        assert_eq!(
            row.split_whitespace().collect::<Vec<_>>(),
            [id, kind, "cancelled", "CANCELLED", url.as_str()]
        );
    }
    assert!(ran.stderr.contains("Summary: 2 runs: 2 cancelled, 0 already cancelled"), "{}", ran.stderr);
}

#[test]
fn ids_from_stdin_and_files_plain_or_json_lines_are_each_cancelled_once() {
    let env = Env::start();
    let file = temp_file(
        "ids.txt",
        "# the incident's runs\nexr_processing\n\n{\"id\": \"dpr_processing\"}\nclr_processing\n",
    );
    let stdin = "splr_processing\n{\"id\":\"clr_processing\",\"note\":\"given twice\"}\n";
    let ran = run(env.command(&["cancel", "--json", "-", "--file", file.to_str().unwrap()]), stdin);
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert!(ran.stderr.contains("note: 1 repeated ids are cancelled once."), "{}", ran.stderr);

    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, ["clr_processing", "dpr_processing", "exr_processing", "splr_processing"]);
    assert_eq!(ran.json_lines().len(), 4, "{}", ran.stdout);
    for kind in [RunKind::Extract, RunKind::Classify, RunKind::Split, RunKind::Processor] {
        let id = format!("{}processing", kind.prefix());
        assert_eq!(
            ran.line_of(&id),
            json!({
                "id": id, "kind": kind.name(), "outcome": "cancelled", "settled": true, "status": "CANCELLED",
                "failureReason": null, "dashboardUrl": format!("https://dashboard.extend.ai/runs/{id}"),
                "corrections": [], "error": null,
            })
        );
    }
}

#[test]
fn json_lines_carry_each_runs_error_and_the_exit_status_is_1() {
    let env = Env::start();
    // A workspace the key does not belong to: every cancel is refused with 403.
    let ran = run(
        env.command(&["cancel", "--json", "--workspace", "ws_other", "exr_processing", "dpr_processing"]),
        "",
    );
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    let requests = env.sandbox.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests
        .iter()
        .all(|r| r.header("x-extend-workspace-id") == Some("ws_other") && r.status == 403));
    let line = ran.line_of("exr_processing");
    assert_eq!(
        (&line["outcome"], &line["settled"], &line["status"]),
        (&json!("failed"), &json!(false), &json!(null))
    );
    assert_eq!(line["error"]["httpStatus"], 403);
    assert_eq!(line["error"]["code"], "FORBIDDEN");
    assert_eq!(line["error"]["retryable"], false);
    assert!(line["error"]["requestId"].as_str().unwrap().starts_with("req_sandbox_"), "{line}");
    assert!(line["error"]["message"].as_str().unwrap().starts_with("Extend API error: HTTP 403"), "{line}");
    assert_eq!(ran.line_of("dpr_processing")["error"]["httpStatus"], 403);
    assert!(ran.stderr.contains(", 2 failed, 0 not sent."), "{}", ran.stderr);
}

#[test]
fn an_unknown_run_is_not_found_and_the_exit_status_is_1() {
    let env = Env::start();
    let ran = run(env.command(&["cancel", "--json", "splr_processing", "splr_does_not_exist"]), "");
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    assert_eq!(ran.line_of("splr_processing")["outcome"], "cancelled");
    let missing = ran.line_of("splr_does_not_exist");
    assert_eq!((&missing["outcome"], &missing["settled"]), (&json!("not_found"), &json!(false)));
    assert!(ran.stderr.contains("1 not found"), "{}", ran.stderr);
}

#[test]
fn a_dry_run_looks_each_id_up_and_sends_no_cancel() {
    let env = Env::start();
    let stdin = "clr_cancelled\nsplr_failed\n";
    let ran =
        run(env.command(&["cancel", "--dry-run", "--json", "exr_processing", "-", "dpr_pending"]), stdin);
    // A pending run would not be cancelled: the dry run says so with its exit status.
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    let line = |id: &str| {
        let line = ran.line_of(id);
        (
            line["kind"].as_str().unwrap().to_owned(),
            line["outcome"].as_str().unwrap().to_owned(),
            line["status"].clone(),
            line["settled"].clone(),
        )
    };
    assert_eq!(
        line("exr_processing"),
        ("extract".into(), "would_cancel".into(), json!("PROCESSING"), json!(false))
    );
    assert_eq!(
        line("clr_cancelled"),
        ("classify".into(), "already_cancelled".into(), json!("CANCELLED"), json!(true))
    );
    assert_eq!(
        line("splr_failed"),
        ("split".into(), "already_finished".into(), json!("FAILED"), json!(true))
    );
    assert_eq!(line("dpr_pending"), ("processor".into(), "pending".into(), json!("PENDING"), json!(false)));
    assert_eq!(ran.json_lines().len(), 4);
    assert_eq!(env.cancels(), Vec::<String>::new(), "no cancel was sent");
    let methods: Vec<String> = env.sandbox.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET"; 4]);
    assert_eq!(env.sandbox.run("exr_processing").unwrap().status(), "PROCESSING");
    assert!(
        ran.stderr.contains("Dry run: 4 runs: 1 already_cancelled, 1 already_finished, 1 pending, 1 would_cancel; no cancel was sent."),
        "{}",
        ran.stderr
    );

    // Everything cancellable or settled: exit 0, as a table.
    let ran = run(env.command(&["cancel", "--dry-run", "exr_processing", "clr_cancelled"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let row = ran.stdout.lines().find(|l| l.starts_with("exr_processing")).unwrap();
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        ["exr_processing", "extract", "would_cancel", "PROCESSING", "-"]
    );
    // An unknown run is a dry run's failure too.
    let ran = run(env.command(&["cancel", "--dry-run", "--json", "exr_nope"]), "");
    assert_eq!(
        (ran.code(), ran.line_of("exr_nope")["outcome"].as_str()),
        (Some(1), Some("not_found")),
        "{ran:?}"
    );

    // An id that cannot be sent fails the dry run as it fails a real one: nothing is looked up.
    let before = env.sandbox.requests().len();
    let ran = run(env.command(&["cancel", "--dry-run", "exr_processing", "wf_1"]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(
        ran.stderr.contains("argument 2: invalid run id \"wf_1\": its prefix is not one of"),
        "{}",
        ran.stderr
    );
    assert_eq!(env.sandbox.requests().len(), before);
    assert_eq!(env.cancels(), Vec::<String>::new());
}

#[test]
fn bad_arguments_input_or_configuration_exit_2_and_send_nothing() {
    let env = Env::start();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["cancel", "--verbose", "exr_processing"], "", "unexpected argument '--verbose'"),
        (
            &["cancel", "--rate", "0", "exr_processing"],
            "",
            "must be a positive number of requests per second",
        ),
        (&["cancel", "--concurrency", "0", "exr_processing"], "", "0 is not in 1..=256"),
        (&["cancel", "--deadline", "soon", "exr_processing"], "", "use a duration such as 30s or 2m"),
        (&["cancel", "--env", "mars", "exr_processing"], "", "invalid value 'mars' for '--env <ENV>'"),
        (&["cancel"], "", "no runs given"),
        (&["cancel", "exr_processing", "exr_a/../b"], "", "argument 2: invalid run id \"exr_a/../b\""),
        (
            &["cancel", "-"],
            "clr_processing\n{\"run\": 1}\n",
            "standard input line 2: the JSON object has no \"id\"",
        ),
        (&["cancel", "--file", "/nonexistent/ids.txt"], "", "could not read ids from /nonexistent/ids.txt"),
        (&["cancel", "--resume", "/nonexistent/out.jsonl", "exr_processing"], "", "could not read --resume"),
        (
            &["cancel", "--api-version", "not a version", "exr_processing"],
            "",
            "invalid x-extend-api-version value",
        ),
        (&["cancel", "--status", "PROCESSING", "exr_processing"], "", "--status <STATUS>"),
        (
            &["cancel", "--batch", "bpr_1", "--status", "PENDING"],
            "",
            "--status narrows what a --dry-run lists",
        ),
        (&["cancel", "--batch", "bpr_1", "exr_processing"], "", "cannot be used with"),
        (&["cancel", "--batch", "bpr_1", "--resume", "out.jsonl"], "", "cannot be used with"),
        (&["cancel", "--drain", "exr_processing"], "", "--drain [<FOR>]"),
    ];
    for (args, stdin, message) in cases {
        let ran = run(env.command(args), stdin);
        assert_eq!(ran.code(), Some(2), "{args:?}: {ran:?}");
        assert!(ran.stderr.contains(message), "{args:?}: {}", ran.stderr);
        assert!(ran.stdout.is_empty(), "{args:?}: {}", ran.stdout);
    }
    assert_eq!(env.sandbox.requests().len(), 0, "nothing was sent");

    // No key: the command says where the key comes from (never an argument).
    let ran = run(bare_command(&["cancel", "exr_processing", "--base-url", env.sandbox.base_url()]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(ran.stderr.starts_with("error: EXTEND_API_KEY is not set."), "{}", ran.stderr);
    assert_eq!(env.sandbox.requests().len(), 0);
}

#[test]
fn the_environment_configures_the_client_and_flags_override_it() {
    let env = Env::start();
    let mut command = bare_command(&["cancel", "--json", "exr_processing", "--workspace", "ws_sandbox"]);
    command
        .env("EXTEND_API_KEY", env.sandbox.api_key())
        .env("EXTEND_BASE_URL", env.sandbox.base_url())
        .env("EXTEND_WORKSPACE_ID", "ws_other");
    let ran = run(command, "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let requests = env.sandbox.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("x-extend-workspace-id"), Some("ws_sandbox"));
    assert_eq!(requests[0].header("authorization"), Some("Bearer sk_sandbox"));
    assert_eq!(requests[0].header("x-extend-api-version"), Some("2026-02-09"));
}
