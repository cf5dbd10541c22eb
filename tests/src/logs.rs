//! The errors the servers of this test process logged, so a test that sees a failure
//! status can say why the server failed (the servers run on their own threads, whose output
//! no test captures); and the pages' render stages (`portineria::render`), so a page that
//! stalled can be placed.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::sync::{Mutex, Once};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// How many of the latest errors, and of the latest render stages, are kept.
const KEPT: usize = 20;
const STAGES_KEPT: usize = 400;
/// The target of the app's render stage events.
const STAGES: &str = "portineria::render";

static ERRORS: Mutex<VecDeque<String>> = Mutex::new(VecDeque::new());
static TRAIL: Mutex<VecDeque<String>> = Mutex::new(VecDeque::new());
/// When this process started keeping errors: each line says how long after, so a failure
/// can be placed among them.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Seconds since errors were first kept, as each line starts.
pub fn elapsed() -> String {
    format!("+{:.3}s", STARTED.get_or_init(std::time::Instant::now).elapsed().as_secs_f64())
}

/// Keeps each error event as one line: its message and fields.
struct KeepErrors;

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl<S: Subscriber> Layer<S> for KeepErrors {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let (kept, most) = match (event.metadata().level(), event.metadata().target()) {
            (&Level::ERROR, _) => (&ERRORS, KEPT),
            (_, STAGES) => (&TRAIL, STAGES_KEPT),
            _ => return,
        };
        let mut line = Line(format!("{} {}", elapsed(), event.metadata().target()));
        event.record(&mut line);
        let mut lines = kept.lock().unwrap_or_else(|e| e.into_inner());
        if lines.len() == most {
            lines.pop_front();
        }
        lines.push_back(line.0);
    }
}

/// Starts keeping errors (once per process; later calls do nothing).
pub fn keep_errors() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        STARTED.get_or_init(std::time::Instant::now);
        let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry().with(KeepErrors));
    });
}

/// The latest errors any server of this process logged, oldest first.
pub fn recent_errors() -> Vec<String> {
    ERRORS.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned().collect()
}

/// The latest render stages of the server at `base` (`http://host:port`), oldest first.
pub fn render_stages(base: &str) -> Vec<String> {
    let host = format!("host={}", base.trim_start_matches("http://"));
    TRAIL.lock().unwrap_or_else(|e| e.into_inner()).iter().filter(|line| line.contains(&host)).cloned().collect()
}
