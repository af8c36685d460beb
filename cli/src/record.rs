//! The record of a batch: its lines on standard output and in the `--output` file, each written
//! as its run ends; never in a file the command reads (the record it would resume from); and,
//! when one of them cannot be written, where it stopped.

use crate::{
    exit::Fatal,
    progress::Progress,
    report::{self, Entry, Format},
};
use std::{
    fs::{File, Metadata, OpenOptions},
    io::{self, Write},
    path::{Path, PathBuf},
};

/// Refuses to start when an input (`--resume`, a `--file`) is the file standard output or
/// `--output` writes to: `--resume out.jsonl > out.jsonl` has the shell empty the record before
/// the command starts, and resuming from it would send every run again. And when `--output`
/// is standard output's file too: two records would be mixed in it.
///
/// # Errors
///
/// A usage error naming the input and where the output goes; nothing has been sent.
pub fn check_inputs(resume: Option<&Path>, files: &[PathBuf], output: Option<&Path>) -> Result<(), Fatal> {
    let stdout = stdout_identity();
    if let Some(path) = output.filter(|path| stdout.is_some() && path_identity(path) == stdout) {
        return Err(Fatal::usage(format!(
            "--output {} is the file standard output writes to as well: nothing was sent. Give --output \
             another file, or leave it out and use --json",
            path.display()
        )));
    }
    let outputs: Vec<(Identity, String)> = [
        stdout.map(|identity| (identity, "standard output".to_owned())),
        output.and_then(|path| {
            path_identity(path).map(|identity| (identity, format!("--output {}", path.display())))
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    let inputs = resume
        .map(|path| ("--resume", path))
        .into_iter()
        .chain(files.iter().map(|path| ("--file", path.as_path())));
    for (flag, path) in inputs {
        let Some(identity) = path_identity(path) else { continue };
        if let Some((_, output)) = outputs.iter().find(|(written, _)| *written == identity) {
            let name = path.display();
            return Err(Fatal::usage(format!(
                "{flag} {name} is the file {output} writes to: nothing was sent. A shell empties such a file \
                 before the command starts (`> {name}`), so what it held is gone, and this run's record would \
                 go into the file it reads. Write the output to another file (`> out-2.jsonl`, or --output \
                 out-2.jsonl)"
            )));
        }
    }
    Ok(())
}

/// A file as the system knows it, whatever the path or link it is reached by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Identity {
    /// The device the file is on.
    device: u64,
    /// Its number on that device.
    inode: u64,
}

/// The identity of the file at `path`, when it exists.
fn path_identity(path: &Path) -> Option<Identity> {
    std::fs::metadata(path).ok().as_ref().and_then(identity)
}

/// The identity of what standard output writes to (a file, a pipe, a terminal): the `fstat` of
/// a duplicate of descriptor 1, without unsafe code.
fn stdout_identity() -> Option<Identity> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let descriptor = io::stdout().as_fd().try_clone_to_owned().ok()?;
        File::from(descriptor).metadata().ok().as_ref().and_then(identity)
    }
    #[cfg(not(unix))]
    None
}

/// Only a regular file has an identity here: a record is kept in one, and standard output and
/// an input may well both be `/dev/null` or the same terminal without harm.
#[cfg(unix)]
fn identity(metadata: &Metadata) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    metadata.is_file().then(|| Identity { device: metadata.dev(), inode: metadata.ino() })
}

/// Elsewhere files have no identity this check can compare: it checks nothing.
#[cfg(not(unix))]
fn identity(_: &Metadata) -> Option<Identity> {
    None
}

/// The `--output` file, opened before the batch.
#[derive(Debug)]
pub struct OutputFile {
    /// As given, for messages.
    path: PathBuf,
    /// Open for writing, empty.
    file: File,
}

impl OutputFile {
    /// Opens `path` for the record, creating it.
    ///
    /// # Errors
    ///
    /// A usage error when it cannot be opened, or holds something already: an earlier record is
    /// never overwritten.
    pub fn create(path: &Path) -> Result<Self, Fatal> {
        let name = path.display();
        // Not truncated on opening: what it holds is looked at first.
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| Fatal::usage(format!("could not open --output {name}: {e}")))?;
        if file.metadata().is_ok_and(|metadata| metadata.is_file() && metadata.len() > 0) {
            return Err(Fatal::usage(format!(
                "--output {name} is not empty: it may be the record of an earlier run, which is never \
                 overwritten; nothing was sent. Give a new file (and this one to --resume, to take that run up)"
            )));
        }
        Ok(OutputFile { path: path.to_owned(), file })
    }
}

/// Where one copy of the lines goes.
enum To {
    /// Standard output, written past the progress bar.
    Stdout,
    /// The `--output` file.
    File(File),
}

/// One copy of the lines: standard output, or the `--output` file.
struct Sink {
    /// As messages name it.
    name: String,
    /// The lines it gets: JSON, or the table.
    format: Format,
    /// Where they go.
    to: To,
    /// How many runs were written to it.
    written: u64,
    /// The last run written to it.
    last: Option<String>,
    /// Why it could not be written, once it could not.
    lost: Option<io::Error>,
    /// How many runs were shown on standard error instead, after that.
    spilled: u64,
}

/// The lines of a batch, written to each of its places as each run ends.
pub struct Record {
    /// Standard output first, then the `--output` file if any.
    sinks: Vec<Sink>,
}

impl Record {
    /// Standard output in `format`, and the `--output` file in JSON lines when there is one.
    pub fn new(format: Format, output: Option<OutputFile>) -> Self {
        let mut sinks = vec![Sink::new("standard output".to_owned(), format, To::Stdout)];
        if let Some(OutputFile { path, file }) = output {
            sinks.push(Sink::new(format!("--output {}", path.display()), Format::Json, To::File(file)));
        }
        Record { sinks }
    }

    /// Writes the table's header where a table goes; true when a place could not be written.
    pub fn header(&mut self, progress: &Progress) -> bool {
        let mut lost = false;
        for sink in &mut self.sinks {
            if let Format::Table { id_width } = sink.format {
                lost |= !sink.write(progress, &report::header(id_width));
            }
        }
        lost
    }

    /// Writes `entry` everywhere; true when a place could not be written just now.
    ///
    /// A place that cannot be written (a closed pipe, a full disk) gets nothing more: one error
    /// says so, and its lines go to standard error from then on, so that the outcomes of the
    /// cancels still in flight are not lost with it.
    pub fn write(&mut self, progress: &Progress, entry: &Entry) -> bool {
        let mut lost_now = false;
        for sink in &mut self.sinks {
            let text = report::entry(entry, sink.format);
            if sink.lost.is_none() {
                if sink.write(progress, &text) {
                    sink.written += 1;
                    sink.last = entry.id().map(str::to_owned);
                    continue;
                }
                lost_now = true;
            }
            progress.eprintln(&text);
            sink.spilled += 1;
        }
        lost_now
    }

    /// For the summary: a line for each place that could not be written, saying where its
    /// record stopped.
    pub fn lost_lines(&self) -> Vec<String> {
        self.sinks
            .iter()
            .filter(|sink| sink.lost.is_some())
            .map(|sink| {
                let last = sink.last.as_ref().map_or_else(String::new, |id| format!(" (the last: {id})"));
                let spilled = match sink.spilled {
                    0 => String::new(),
                    n => format!(", and the {n} that finished after are shown above on standard error"),
                };
                format!(
                    "Output lost: {}; {} runs were written to it{last}{spilled}.",
                    sink.lost_what(),
                    sink.written
                )
            })
            .collect()
    }
}

impl Sink {
    /// A place nothing was written to yet.
    fn new(name: String, format: Format, to: To) -> Self {
        Sink { name, format, to, written: 0, last: None, lost: None, spilled: 0 }
    }

    /// Writes one line, flushed at once; false when it could not be, the error kept and said
    /// once on standard error.
    fn write(&mut self, progress: &Progress, text: &str) -> bool {
        let written = match &mut self.to {
            To::Stdout => progress.println(text),
            // One write of the whole line: a run killed now leaves at most one line cut short,
            // which --resume ignores.
            To::File(file) => file.write_all(format!("{text}\n").as_bytes()),
        };
        let Err(error) = written else { return true };
        self.lost = Some(error);
        progress.eprintln(&format!(
            "error: {}: no further request is sent; what finishes from now on is shown here instead:",
            self.lost_what()
        ));
        false
    }

    /// What became of this place: `standard output was closed (broken pipe)...`.
    fn lost_what(&self) -> String {
        match &self.lost {
            Some(error) if error.kind() == io::ErrorKind::BrokenPipe => {
                format!("{} was closed (a broken pipe, as when `| head` has read enough)", self.name)
            }
            Some(error) => format!("{} could not be written ({error})", self.name),
            None => format!("{} was written", self.name),
        }
    }
}
