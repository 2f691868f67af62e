//! `supplyscreen refresh` without the network: fetch every refresh URL of the manifest through a
//! [`Fetch`] (the CLI's HTTP client, or a test's), check each file, build the new lists in a staging
//! folder, and only when everything is good write the files, the manifest and the bundle.
//!
//! Why so strict: public list feeds fail in ways that look like data — an HTML error page served
//! with status 200 where a CSV is due, a file cut short, the State lists missing from the CSL for a
//! day. A refresh that took such a file would silently drop listed parties from every screen.
//! So every file must parse with its list's parser, no file may lose more than 20% of its rows and
//! no list more than 20% of its records against the committed copy (unless the caller accepts it),
//! and a failure leaves the sources folder and the bundle exactly as they were.

use crate::build::{build_from_manifest, BuildOptions};
use crate::error::IngestError;
use crate::manifest::{sha256_hex, verify_files, AsOfFrom, FileEntry, Format, Manifest, Role};
use crate::{cbp, csl, ilab, nsfreg, ofac, uflpa};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use supplyscreen_lists::model::{ListCode, ListSet};

/// The largest drop a refresh accepts without `--accept-shrink`: a file may lose at most this share
/// of its rows, a list this share of its records.
pub const MAX_SHRINK: f64 = 0.20;

/// One HTTP response, as the fetcher saw it.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The `Last-Modified` header, if any (as sent).
    pub last_modified: Option<String>,
}

/// Gets a URL. `Err` is a message saying what went wrong (HTTP status, timeout, connection refused);
/// the refresh adds the list and the URL.
pub trait Fetch {
    fn get(&mut self, url: &str) -> std::result::Result<Fetched, String>;
}

/// Why a refresh failed: always names the list(s), the URL and what is wrong.
#[derive(Debug)]
pub struct RefreshError {
    pub lists: Vec<ListCode>,
    pub url: Option<String>,
    pub problem: String,
}

impl std::fmt::Display for RefreshError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lists: Vec<&str> = self.lists.iter().map(|c| c.as_str()).collect();
        if lists.is_empty() {
            write!(f, "refresh failed")?;
        } else {
            write!(f, "refresh of {} failed", lists.join(", "))?;
        }
        if let Some(u) = &self.url {
            write!(f, " ({u})")?;
        }
        write!(
            f,
            ": {}; nothing was changed (the sources folder and the bundle are as they were)",
            self.problem
        )
    }
}

impl std::error::Error for RefreshError {}

fn fail(lists: &[ListCode], url: Option<&str>, problem: impl Into<String>) -> RefreshError {
    RefreshError {
        lists: lists.to_vec(),
        url: url.map(String::from),
        problem: problem.into(),
    }
}

#[derive(Debug, Clone)]
pub struct RefreshOptions {
    /// Accept files and lists that shrank by more than [`MAX_SHRINK`].
    pub accept_shrink: bool,
    /// The fetch date, ISO `YYYY-MM-DD` (the caller reads the clock).
    pub today: String,
    pub build: BuildOptions,
}

/// One line of `refresh --plan`: a list, a URL refresh fetches for it, and the file (from the
/// repository root) in the same official format that the tests serve for that URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanLine {
    pub code: ListCode,
    pub url: String,
    pub fixture: String,
}

/// The plan: every URL refresh fetches, in manifest order. A page with a link gets a second line
/// for the linked file, whose URL is read from the page's fixture, as refresh would read it.
pub fn plan(repo_root: &Path, m: &Manifest) -> std::result::Result<Vec<PlanLine>, String> {
    let mut out = Vec::new();
    for l in &m.lists {
        let code = ListCode::parse(&l.code).expect("checked when the manifest was read");
        let Some(r) = &l.refresh else { continue };
        for s in &r.sources {
            out.push(PlanLine {
                code,
                url: s.url.clone(),
                fixture: s.fixture.clone(),
            });
            if let Some(link) = &s.link {
                let page = repo_root.join(&s.fixture);
                let bytes = std::fs::read(&page)
                    .map_err(|e| format!("{}: cannot read ({e})", page.display()))?;
                let target = find_link(&bytes, link).ok_or_else(|| {
                    format!("{}: no .csv link containing {link:?}", page.display())
                })?;
                let fixture = s.link_fixture.clone().ok_or_else(|| {
                    format!(
                        "list {code}: the source {} has a link but no link_fixture",
                        s.url
                    )
                })?;
                out.push(PlanLine {
                    code,
                    url: resolve(&s.url, &target),
                    fixture,
                });
            }
        }
    }
    Ok(out)
}

/// The first `href` of a page ending in `.csv` (case-insensitive) that contains `needle`.
pub fn find_link(page: &[u8], needle: &str) -> Option<String> {
    let text = String::from_utf8_lossy(page);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("href=") {
        let start = from + i + 5;
        let quote = text[start..].chars().next()?;
        from = start + 1;
        if quote != '"' && quote != '\'' {
            continue;
        }
        let Some(len) = text[start + 1..].find(quote) else {
            break;
        };
        let href = text[start + 1..start + 1 + len].replace("&amp;", "&");
        let path = href.split(['?', '#']).next().unwrap_or("");
        if path.to_ascii_lowercase().ends_with(".csv") && href.contains(needle) {
            return Some(href);
        }
    }
    None
}

/// `href` resolved against the page `base` (absolute, root-relative or relative).
pub fn resolve(base: &str, href: &str) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        return href.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    let host_end = rest.find('/').unwrap_or(rest.len());
    let host = &rest[..host_end];
    if let Some(h) = href.strip_prefix("//") {
        return format!("{scheme}://{h}");
    }
    if href.starts_with('/') {
        return format!("{scheme}://{host}{href}");
    }
    let dir = match rest[host_end..].rfind('/') {
        Some(i) => &rest[host_end..host_end + i + 1],
        None => "/",
    };
    format!("{scheme}://{host}{dir}{href}")
}

/// An HTML document (an error page, a login wall) where another format is due.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
    let head = head
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
        || (head.starts_with('<') && head.contains("<html"))
}

/// "Tue, 15 Nov 1994 08:12:31 GMT" (RFC 9110's IMF-fixdate) -> "1994-11-15".
pub fn http_date_to_iso(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, month, year, ..] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = MONTHS.iter().position(|x| month.eq_ignore_ascii_case(x))? + 1;
    let d: u32 = day.parse().ok()?;
    let y: u32 = year.parse().ok()?;
    ((1..=31).contains(&d) && (1990..=9999).contains(&y)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The first "YYYY-MM-DD" in a string (CBP's file names carry the date of the update).
fn iso_date_in(s: &str) -> Option<String> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        (digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10))
            .then(|| String::from_utf8_lossy(w).into_owned())
    })
}

/// How many rows a file of `format`/`role` holds, for the shrink check (the unit each format
/// counts: CSV records, JSON entries, table rows, goods x country rows).
pub fn count_rows(format: Format, role: Role, path: &Path) -> crate::error::Result<usize> {
    Ok(match (format, role) {
        (Format::UflpaHtml | Format::IlabXml, Role::FlatCsv) => 0,
        (Format::UflpaHtml, _) => uflpa::read_html(path)?.len(),
        (Format::CbpCsv, _) => cbp::read_csv(path)?.0.len(),
        (Format::Csl, _) => csl::read(path)?.0.len(),
        (Format::CbpNsfreg | Format::Nsfreg, _) | (Format::OfacLegacy, Role::CmicJson) => {
            nsfreg::read(path)?.entities.len()
        }
        (Format::OfacLegacy, Role::Prim) => ofac::read_prim(path)?.len(),
        (Format::OfacLegacy, Role::Alt) => ofac::read_alt(path)?.len(),
        (Format::OfacLegacy, Role::Add) => ofac::read_add(path)?.len(),
        (Format::OfacLegacy, _) => ofac::read_comments(path)?.len(),
        (Format::IlabXml, _) => ilab::read_xml(path)?.len(),
    })
}

/// A refresh that passed every check, held in a staging folder until [`Staged::commit`].
#[derive(Debug)]
pub struct Staged {
    pub staging: PathBuf,
    pub manifest: Manifest,
    /// The lists as built from the committed files, and from the refreshed ones.
    pub old: ListSet,
    pub new: ListSet,
    /// Files to copy into the sources folder (paths relative to it).
    pub files: Vec<String>,
    /// Committed files no list uses any more (left in place).
    pub unused: Vec<String>,
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Each refresh source by the path it is written to: the lists it feeds, its format and role, its
/// URL and, for a page, the text of the link to follow.
type Sources = BTreeMap<String, (Vec<ListCode>, Format, Role, String, Option<String>)>;

struct Download {
    url: String,
    fetched: Fetched,
}

/// Fetches, checks and builds. Nothing under `sources` is written.
pub fn stage(
    sources: &Path,
    fetch: &mut dyn Fetch,
    opts: &RefreshOptions,
) -> std::result::Result<Staged, RefreshError> {
    let ingest = |e: IngestError| fail(&[], None, e.to_string());
    let old_manifest = Manifest::load(sources).map_err(ingest)?;
    verify_files(sources, &old_manifest).map_err(ingest)?;
    let old = build_from_manifest(sources, &old_manifest, &opts.build).map_err(ingest)?;

    // Every refresh source, by the path it is written to (the CSL serves six lists).
    let mut by_path: Sources = BTreeMap::new();
    for l in &old_manifest.lists {
        let code = ListCode::parse(&l.code).expect("checked");
        let Some(r) = &l.refresh else { continue };
        for s in &r.sources {
            let e = by_path
                .entry(s.path.clone())
                .or_insert_with(|| (Vec::new(), r.format, s.role, s.url.clone(), s.link.clone()));
            if e.3 != s.url {
                return Err(fail(
                    &[code],
                    Some(&s.url),
                    format!(
                        "manifest.toml writes {} from two URLs ({} and {})",
                        s.path, e.3, s.url
                    ),
                ));
            }
            e.0.push(code);
        }
    }

    // Fetch everything first: nothing is built from a partial download.
    let mut downloads: BTreeMap<String, Download> = BTreeMap::new();
    for (path, (codes, format, _, url, link)) in &by_path {
        let got = fetch.get(url).map_err(|e| fail(codes, Some(url), e))?;
        let (url, got) = match link {
            Some(needle) => {
                let target = find_link(&got.bytes, needle).ok_or_else(|| {
                    fail(
                        codes,
                        Some(url),
                        format!("the page has no .csv link containing {needle:?} (has the page changed?)"),
                    )
                })?;
                let file_url = resolve(url, &target);
                let file = fetch
                    .get(&file_url)
                    .map_err(|e| fail(codes, Some(&file_url), e))?;
                (file_url, file)
            }
            None => (url.clone(), got),
        };
        if got.bytes.is_empty() {
            return Err(fail(codes, Some(&url), "the server sent an empty file"));
        }
        let html_type = got
            .content_type
            .as_deref()
            .is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
        if !format.expects_html() && (looks_like_html(&got.bytes) || html_type) {
            return Err(fail(
                codes,
                Some(&url),
                format!(
                    "the server sent an HTML page where a {} file is due (an error or maintenance page?)",
                    format.as_str()
                ),
            ));
        }
        downloads.insert(path.clone(), Download { url, fetched: got });
    }

    // Stage: the new files, plus the committed files of lists that are not refreshed.
    let staging = std::env::temp_dir().join(format!(
        "supplyscreen-refresh-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    let write = |rel: &str, bytes: &[u8]| -> std::result::Result<(), RefreshError> {
        let p = staging.join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d)
                .map_err(|e| fail(&[], None, format!("cannot create {}: {e}", d.display())))?;
        }
        std::fs::write(&p, bytes)
            .map_err(|e| fail(&[], None, format!("cannot write {}: {e}", p.display())))
    };
    let mut manifest = old_manifest.clone();
    let guard = Staged {
        staging: staging.clone(),
        manifest: old_manifest.clone(),
        old,
        new: ListSet {
            built_from: String::new(),
            lists: vec![],
            entities: vec![],
            goods: vec![],
        },
        files: Vec::new(),
        unused: Vec::new(),
    };
    for (path, d) in &downloads {
        write(path, &d.fetched.bytes)?;
    }
    for t in &old_manifest.alias_tables {
        let bytes = std::fs::read(sources.join(&t.path))
            .map_err(|e| fail(&[], None, format!("cannot read {}: {e}", t.path)))?;
        write(&t.path, &bytes)?;
    }
    for l in &old_manifest.lists {
        if l.refresh.is_none() {
            for f in &l.files {
                let bytes = std::fs::read(sources.join(&f.path))
                    .map_err(|e| fail(&[], None, format!("cannot read {}: {e}", f.path)))?;
                write(&f.path, &bytes)?;
            }
        }
    }

    // Each file must parse, and must not have lost more than MAX_SHRINK of its rows against the
    // committed file of the same list, role and format.
    for (path, (codes, format, role, _, _)) in &by_path {
        let d = &downloads[path];
        let rows = count_rows(*format, *role, &staging.join(path))
            .map_err(|e| fail(codes, Some(&d.url), parse_problem(&e, &staging)))?;
        for code in codes {
            let entry = old_manifest.list(*code).expect("checked");
            if entry.format != *format {
                continue;
            }
            if let Some(f) = entry.files.iter().find(|f| f.role == *role) {
                let before = count_rows(*format, *role, &sources.join(&f.path)).map_err(ingest)?;
                check_shrink(
                    opts,
                    codes,
                    &d.url,
                    &format!(
                        "the file has {rows} rows, the committed {} {before}",
                        f.path
                    ),
                    before,
                    rows,
                )?;
                break;
            }
        }
    }

    // The new manifest: refreshed lists take the refresh format, files, dates.
    for l in &mut manifest.lists {
        let Some(r) = l.refresh.clone() else { continue };
        let mut files = Vec::new();
        let mut as_of: Option<(String, AsOfFrom)> = None;
        for s in &r.sources {
            let d = &downloads[&s.path];
            files.push(FileEntry {
                role: s.role,
                path: s.path.clone(),
                sha256: sha256_hex(&d.fetched.bytes),
            });
            let content = match r.format {
                Format::UflpaHtml => uflpa::last_updated(&d.fetched.bytes),
                Format::CbpCsv => iso_date_in(d.url.rsplit('/').next().unwrap_or("")),
                _ => None,
            };
            let found = content.map(|c| (c, AsOfFrom::Content)).or_else(|| {
                d.fetched
                    .last_modified
                    .as_deref()
                    .and_then(http_date_to_iso)
                    .map(|c| (c, AsOfFrom::LastModified))
            });
            // The list's date is its primary file's (the first source).
            if as_of.is_none() {
                as_of = Some(found.unwrap_or((opts.today.clone(), AsOfFrom::Fetched)));
            }
        }
        let (date, from) = as_of.unwrap_or((opts.today.clone(), AsOfFrom::Fetched));
        l.format = r.format;
        l.files = files;
        l.as_of = date;
        l.as_of_from = from;
        l.fetched = opts.today.clone();
        l.notes.clear();
    }
    let new = build_from_manifest(&staging, &manifest, &opts.build).map_err(|e| {
        let (codes, url) = owner(&e, &staging, &by_path, &downloads);
        fail(&codes, url.as_deref(), parse_problem(&e, &staging))
    })?;

    // No list may lose more than MAX_SHRINK of its records.
    for li in &new.lists {
        let Some(before) = guard.old.list(li.code) else {
            continue;
        };
        let url = by_path
            .iter()
            .find(|(_, v)| v.0.contains(&li.code))
            .map(|(p, _)| downloads[p].url.clone());
        check_shrink(
            opts,
            &[li.code],
            url.as_deref().unwrap_or(""),
            &format!(
                "the list has {} records, the committed copy {}",
                li.record_count, before.record_count
            ),
            before.record_count as usize,
            li.record_count as usize,
        )?;
    }

    let used: Vec<&str> = manifest
        .lists
        .iter()
        .flat_map(|l| l.files.iter().map(|f| f.path.as_str()))
        .collect();
    let unused = old_manifest
        .lists
        .iter()
        .flat_map(|l| l.files.iter().map(|f| f.path.clone()))
        .filter(|p| !used.contains(&p.as_str()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut staged = guard;
    staged.manifest = manifest;
    staged.new = new;
    staged.files = downloads.keys().cloned().collect();
    staged.unused = unused;
    Ok(staged)
}

fn check_shrink(
    opts: &RefreshOptions,
    codes: &[ListCode],
    url: &str,
    what: &str,
    before: usize,
    after: usize,
) -> std::result::Result<(), RefreshError> {
    if after == 0 && before > 0 {
        return Err(fail(codes, Some(url), format!("{what}: it is empty")));
    }
    if before > 0 && (after as f64) < (before as f64) * (1.0 - MAX_SHRINK) && !opts.accept_shrink {
        let pct = 100.0 * (before - after) as f64 / before as f64;
        return Err(fail(
            codes,
            Some(url),
            format!(
                "{what}: it lost {pct:.0}% (more than {:.0}%); if the agency really removed them, run again with --accept-shrink",
                MAX_SHRINK * 100.0
            ),
        ));
    }
    Ok(())
}

/// A parser's message about a staged file, naming the file as the sources folder will have it.
fn parse_problem(e: &IngestError, staging: &Path) -> String {
    let text = e.to_string();
    let staging = format!("{}/", staging.display());
    format!("the file does not parse: {}", text.replace(&staging, ""))
}

/// The lists and URL a build error is about (from the staged file it names).
fn owner(
    e: &IngestError,
    staging: &Path,
    by_path: &Sources,
    downloads: &BTreeMap<String, Download>,
) -> (Vec<ListCode>, Option<String>) {
    let rel = e
        .file()
        .strip_prefix(staging)
        .ok()
        .map(|p| p.to_string_lossy().into_owned());
    match rel.and_then(|r| by_path.get(&r).map(|v| (r, v))) {
        Some((r, v)) => (v.0.clone(), downloads.get(&r).map(|d| d.url.clone())),
        None => (Vec::new(), None),
    }
}

impl Staged {
    /// Writes the refreshed files and the manifest into `sources`, and `bundle` to its path: each
    /// to a temporary name first, then renamed, the manifest last.
    pub fn commit(
        &self,
        sources: &Path,
        bundle: &Path,
        bundle_bytes: &[u8],
    ) -> std::io::Result<()> {
        let tmp = |p: &Path| {
            let mut name = p.file_name().unwrap_or_default().to_os_string();
            name.push(format!(".refresh-{}", std::process::id()));
            p.with_file_name(name)
        };
        let mut renames = Vec::new();
        for rel in &self.files {
            let to = sources.join(rel);
            if let Some(d) = to.parent() {
                std::fs::create_dir_all(d)?;
            }
            let t = tmp(&to);
            std::fs::copy(self.staging.join(rel), &t)?;
            renames.push((t, to));
        }
        if let Some(d) = bundle.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(d)?;
        }
        let tb = tmp(bundle);
        std::fs::write(&tb, bundle_bytes)?;
        renames.push((tb, bundle.to_path_buf()));
        let manifest = sources.join(crate::manifest::FILE_NAME);
        let tm = tmp(&manifest);
        std::fs::write(&tm, self.manifest.to_toml())?;
        renames.push((tm, manifest));
        for (from, to) in renames {
            std::fs::rename(from, to)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_dates_and_html() {
        let page = br#"<a href="/x.pdf">a</a> <a href='/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv'>CSV</a>"#;
        let l = find_link(page, "withhold-release-orders-findings").unwrap();
        assert_eq!(
            resolve("https://www.cbp.gov/document/stats/withhold-release-orders-findings", &l),
            "https://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv"
        );
        assert_eq!(
            resolve("https://a.gov/x/y.html", "z.csv"),
            "https://a.gov/x/z.csv"
        );
        assert_eq!(find_link(b"<a href=\"/a.csv\">", "zzz"), None);
        assert_eq!(iso_date_in(&l), Some("2026-06-23".into()));
        assert_eq!(
            http_date_to_iso("Tue, 15 Nov 1994 08:12:31 GMT").as_deref(),
            Some("1994-11-15")
        );
        assert_eq!(http_date_to_iso("yesterday"), None);
        assert!(looks_like_html(
            b"\n  <!DOCTYPE html><html><body>Service Unavailable"
        ));
        assert!(looks_like_html(
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"
        ));
        assert!(!looks_like_html(b"306,\"BANCO NACIONAL DE CUBA\",-0- "));
        assert!(!looks_like_html(b"<?xml version=\"1.0\"?><Goods>"));
    }
}
