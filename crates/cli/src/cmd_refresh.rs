//! `supplyscreen refresh`: fetch every list from the agency's own files (the URLs in
//! `data/sources/manifest.toml`), check them, and only when every file is good write them into the
//! sources folder, update the manifest, build the bundle and print what changed.
//!
//! `refresh --plan` prints what would be fetched: one line per file, `CODE<TAB>URL<TAB>FILE`, FILE
//! being the file (from the repository root) in the same official format that the tests serve for
//! that URL. The HTTP client is ureq with rustls: timeouts, retries with backoff on network errors
//! and 5xx/429 answers, and a User-Agent naming the project.

use crate::args::Args;
use crate::cmd_build_lists::{gzip_len, GZIP_BUDGET};
use crate::cmd_screen::DEFAULT_OUT;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;
use supplyscreen_engine::bundle;
use supplyscreen_engine::diff::{diff, render};
use supplyscreen_ingest::refresh::{plan, stage, Fetch, Fetched, RefreshOptions};
use supplyscreen_ingest::{BuildOptions, Manifest};

const USAGE: &str = "usage: supplyscreen refresh [--plan] [--mirror BASE] [--sources DIR] [--out BUNDLE] [--accept-shrink] [--retries N]
  --plan            print CODE<TAB>URL<TAB>FILE for every file refresh fetches, and stop
  --mirror BASE     fetch https://host/path as BASE/host/path (a local mirror or test server)
  --sources DIR     the sources folder with manifest.toml (default: data/sources)
  --out BUNDLE      the bundle to build (default: static/lists.bundle, the file the app serves)
  --accept-shrink   accept a file that lost more than 20% of its rows or a list more than 20% of its records
  --retries N       retries after a network error or a 5xx/429 answer, with backoff (default: 3)";

/// Sent with every request, so an agency can see who fetches its files and how to reach us.
pub const USER_AGENT: &str = concat!(
    "supplyscreen-refresh/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/supplyscreen/supplyscreen; list refresh for a local supplier screening tool)"
);

/// A list file can be large (the CSL CSV is ~17 MB); anything above this is not a list file.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

pub fn run(args: &[String]) -> Result<(), String> {
    let a = Args::parse(
        args,
        &["mirror", "sources", "out", "retries"],
        &["plan", "accept-shrink"],
        USAGE,
    )?;
    if a.help {
        println!("{USAGE}");
        return Ok(());
    }
    if let Some(extra) = a.positional.first() {
        return Err(format!("refresh takes no {extra:?}\n{USAGE}"));
    }
    let sources = PathBuf::from(a.get("sources").unwrap_or("data/sources"));
    if !sources
        .join(supplyscreen_ingest::manifest::FILE_NAME)
        .is_file()
    {
        return Err(format!(
            "no {} in {}; run from the repository root or pass --sources DIR",
            supplyscreen_ingest::manifest::FILE_NAME,
            sources.display()
        ));
    }
    if a.has("plan") {
        let m = Manifest::load(&sources).map_err(|e| e.to_string())?;
        for l in plan(Path::new("."), &m)? {
            println!("{}\t{}\t{}", l.code, l.url, l.fixture);
        }
        return Ok(());
    }
    let retries = match a.get("retries") {
        Some(r) => r
            .parse()
            .map_err(|_| format!("--retries expects a whole number, got {r:?}"))?,
        None => 3,
    };
    let out = PathBuf::from(a.get("out").unwrap_or(DEFAULT_OUT));
    let mut http = Http::new(a.get("mirror"), retries);
    let opts = RefreshOptions {
        accept_shrink: a.has("accept-shrink"),
        today: today(),
        build: BuildOptions::default(),
    };
    let staged = stage(&sources, &mut http, &opts).map_err(|e| e.to_string())?;
    let bytes = bundle::encode(&staged.new).map_err(|e| e.to_string())?;
    let gz = gzip_len(&bytes)?;
    if gz > GZIP_BUDGET {
        return Err(format!(
            "the refreshed bundle would be {gz} bytes gzipped, over the {GZIP_BUDGET}-byte budget; \
             nothing was changed"
        ));
    }
    staged.commit(&sources, &out, &bytes).map_err(|e| {
        format!(
            "writing the refreshed files into {} failed: {e}",
            sources.display()
        )
    })?;
    println!("{:<11} {:>7} -> {:<7}  as-of (from)", "list", "records", "");
    for l in &staged.new.lists {
        let before = staged.old.list(l.code).map_or(0, |o| o.record_count);
        println!(
            "{:<11} {:>7} -> {:<7}  {} ({})",
            l.code.as_str(),
            before,
            l.record_count,
            l.as_of,
            l.as_of_from
        );
    }
    for f in &staged.files {
        println!("wrote {}", sources.join(f).display());
    }
    for f in &staged.unused {
        println!(
            "no longer used (left in place): {}",
            sources.join(f).display()
        );
    }
    println!(
        "wrote {} ({} bytes, {} gzipped, sha256 {})",
        out.display(),
        bytes.len(),
        gz,
        bundle::fingerprint(&bytes)
    );
    println!(
        "screen against it with `supplyscreen screen FILE --bundle {}`, or rebuild the CLI \
         (cargo install --path crates/cli) so its built-in lists are these",
        out.display()
    );
    println!();
    print!("{}", render(&diff(&staged.old, &staged.new)));
    Ok(())
}

/// Today's date (UTC), ISO `YYYY-MM-DD`: the fetch date the manifest records.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The refresh's HTTP client.
struct Http {
    agent: ureq::Agent,
    mirror: Option<String>,
    retries: u32,
}

impl Http {
    fn new(mirror: Option<&str>, retries: u32) -> Http {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(30)))
            .timeout_global(Some(Duration::from_secs(300)))
            .user_agent(USER_AGENT)
            .http_status_as_error(false)
            .max_redirects(5)
            .build()
            .new_agent();
        Http {
            agent,
            mirror: mirror.map(|m| m.trim_end_matches('/').to_string()),
            retries,
        }
    }

    /// `https://host/path` as fetched: unchanged, or `BASE/host/path` with a mirror.
    fn target(&self, url: &str) -> String {
        match &self.mirror {
            Some(base) => {
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"))
                    .unwrap_or(url);
                format!("{base}/{rest}")
            }
            None => url.to_string(),
        }
    }
}

impl Fetch for Http {
    fn get(&mut self, url: &str) -> Result<Fetched, String> {
        let target = self.target(url);
        let via = if target != url {
            format!(" (fetched as {target})")
        } else {
            String::new()
        };
        let mut attempt = 0;
        loop {
            let outcome = match self.agent.get(&target).call() {
                Ok(mut resp) => {
                    let status = resp.status().as_u16();
                    let header = |n: &str| {
                        resp.headers()
                            .get(n)
                            .and_then(|v| v.to_str().ok())
                            .map(String::from)
                    };
                    let content_type = header("content-type");
                    let last_modified = header("last-modified");
                    if status == 200 {
                        let mut bytes = Vec::new();
                        resp.body_mut()
                            .as_reader()
                            .take(MAX_BYTES + 1)
                            .read_to_end(&mut bytes)
                            .map(|_| {
                                if bytes.len() as u64 > MAX_BYTES {
                                    Err((
                                        false,
                                        format!("the file is larger than {MAX_BYTES} bytes"),
                                    ))
                                } else {
                                    Ok(Fetched {
                                        bytes,
                                        content_type,
                                        last_modified,
                                    })
                                }
                            })
                            .unwrap_or_else(|e| Err((true, format!("the download broke off: {e}"))))
                    } else {
                        let retry = status >= 500 || status == 429;
                        Err((retry, format!("HTTP {status} {}", reason(status))))
                    }
                }
                Err(e) => Err((true, format!("{e}"))),
            };
            match outcome {
                Ok(f) => return Ok(f),
                Err((retry, msg)) if retry && attempt < self.retries => {
                    attempt += 1;
                    let wait = Duration::from_millis(1000 << (attempt - 1));
                    eprintln!(
                        "supplyscreen refresh: {url}{via}: {msg}; retrying in {} s ({attempt} of {})",
                        wait.as_secs(),
                        self.retries
                    );
                    std::thread::sleep(wait);
                }
                Err((_, msg)) => {
                    let tries = if attempt > 0 {
                        format!(" after {} attempts", attempt + 1)
                    } else {
                        String::new()
                    };
                    return Err(format!("{msg}{tries}{via}"));
                }
            }
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        301 | 302 | 303 | 307 | 308 => "(too many redirects)",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found (has the agency moved the file? check the list's page)",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_mirror_paths() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_000), (2024, 10, 4));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        let h = Http::new(Some("http://127.0.0.1:9/m/"), 0);
        assert_eq!(
            h.target("https://www.dhs.gov/uflpa-entity-list"),
            "http://127.0.0.1:9/m/www.dhs.gov/uflpa-entity-list"
        );
        assert!(USER_AGENT.starts_with("supplyscreen-refresh/"));
    }
}
