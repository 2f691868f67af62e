//! `supplyscreen refresh` end to end, as a host's scheduled job runs it: `refresh --plan` names
//! every URL and the official-format file the tests serve for it; a loopback HTTP server (this file,
//! 127.0.0.1 only) serves those files under `BASE/host/path`, or broken variants of them; refresh
//! runs against a copy of `data/sources`. Nothing here reaches the internet.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex, OnceLock};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_supplyscreen"));
    c.current_dir(root());
    c
}

/// `refresh --plan`, parsed: (code, url, file).
fn plan() -> &'static Vec<(String, String, String)> {
    static PLAN: OnceLock<Vec<(String, String, String)>> = OnceLock::new();
    PLAN.get_or_init(|| {
        let out = bin().args(["refresh", "--plan"]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                assert_eq!(f.len(), 3, "plan line {l:?}");
                (f[0].to_string(), f[1].to_string(), f[2].to_string())
            })
            .collect()
    })
}

/// What the server answers for one path.
#[derive(Clone)]
enum Answer {
    File(Vec<u8>),
    Status(u16),
}

/// A loopback server for the plan's files; `overrides` replace some paths' answers.
struct Server {
    base: String,
    hits: Arc<Mutex<Vec<String>>>,
}

fn serve(overrides: HashMap<String, Answer>) -> Server {
    let mut files: HashMap<String, Answer> = HashMap::new();
    for (_, url, file) in plan() {
        let path = format!("/{}", url.strip_prefix("https://").unwrap());
        let bytes = std::fs::read(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        files.insert(path, Answer::File(bytes));
    }
    for (k, v) in overrides {
        files.insert(k, v);
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(Mutex::new(Vec::new()));
    let seen = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            seen.lock().unwrap().push(path.clone());
            let (status, body, ctype) = match files.get(&path) {
                Some(Answer::File(b)) => {
                    let html = b.starts_with(b"<!DOCTYPE html") || b.starts_with(b"<html");
                    (
                        200,
                        b.clone(),
                        if html {
                            "text/html"
                        } else {
                            "application/octet-stream"
                        },
                    )
                }
                Some(Answer::Status(s)) => (*s, b"error".to_vec(), "text/plain"),
                None => (404, b"not found".to_vec(), "text/plain"),
            };
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\
                 Last-Modified: Wed, 02 Dec 2026 06:00:00 GMT\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    Server { base, hits }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, to prove a failed refresh changed nothing.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                let mut b = Vec::new();
                std::fs::File::open(e.path())
                    .unwrap()
                    .read_to_end(&mut b)
                    .unwrap();
                out.insert(e.path(), b);
            }
        }
    }
    out
}

/// A scratch copy of data/sources and a bundle path next to it.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("ss-refresh-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&root().join("data/sources"), &dir.join("sources"));
        Scratch { dir }
    }
    fn sources(&self) -> PathBuf {
        self.dir.join("sources")
    }
    fn bundle(&self) -> PathBuf {
        self.dir.join("new.bundle")
    }
    fn refresh(&self, server: &Server, extra: &[&str]) -> Output {
        let mut c = bin();
        c.args([
            "refresh",
            "--mirror",
            &server.base,
            "--retries",
            "0",
            "--sources",
        ])
        .arg(self.sources())
        .arg("--out")
        .arg(self.bundle())
        .args(extra);
        c.output().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A refresh that must fail: non-zero exit, the message has every `needles`, and the sources
/// folder and the bundle are exactly as they were.
fn refused(name: &str, overrides: HashMap<String, Answer>, needles: &[&str]) {
    let s = Scratch::new(name);
    let before = snapshot(&s.sources());
    let server = serve(overrides);
    let out = s.refresh(&server, &[]);
    let msg = text(&out);
    assert!(!out.status.success(), "refresh should fail:\n{msg}");
    for n in needles {
        assert!(msg.contains(n), "message lacks {n:?}:\n{msg}");
    }
    assert!(msg.contains("nothing was changed"), "{msg}");
    assert!(
        snapshot(&s.sources()) == before,
        "the sources folder changed"
    );
    assert!(!s.bundle().exists(), "a bundle was written");
}

fn url_path(code: &str, ends: &str) -> (String, String) {
    let (_, url, file) = plan()
        .iter()
        .find(|(c, u, _)| c == code && u.ends_with(ends))
        .unwrap_or_else(|| panic!("no {code} URL ending {ends}"));
    (
        format!("/{}", url.strip_prefix("https://").unwrap()),
        file.clone(),
    )
}

#[test]
fn the_plan_names_every_list_and_official_format_files() {
    let p = plan();
    for code in [
        "dhs_uflpa",
        "cbp_wro",
        "bis_entity",
        "bis_meu",
        "bis_dpl",
        "bis_uvl",
        "state_isn",
        "state_dtc",
        "ofac_sdn",
        "ofac_cmic",
        "dol_ilab",
    ] {
        assert!(
            p.iter().any(|(c, _, _)| c == code),
            "{code} missing from the plan"
        );
    }
    for (code, url, file) in p {
        assert!(url.starts_with("https://"), "{code}: {url}");
        assert!(root().join(file).is_file(), "{code}: {file} does not exist");
        assert!(
            !file.ends_with(".json"),
            "{code}: {file} is not an official format"
        );
    }
    // OFAC: all four files of each list.
    assert_eq!(p.iter().filter(|(c, _, _)| c == "ofac_sdn").count(), 4);
    assert_eq!(p.iter().filter(|(c, _, _)| c == "ofac_cmic").count(), 4);
}

#[test]
fn a_refresh_from_the_plan_files_equals_build_lists_and_shows_an_added_row() {
    // The plan's files, plus one SDN row added in sdn.csv's layout.
    let (sdn_path, sdn_file) = url_path("ofac_sdn", "/SDN.CSV");
    let mut sdn = std::fs::read(root().join(&sdn_file)).unwrap();
    let eof = sdn.iter().position(|&b| b == 0x1A).unwrap_or(sdn.len());
    sdn.truncate(eof);
    sdn.extend_from_slice(
        b"99999,\"ZZYZX PETROCHEMICAL TRADING FZE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Registration Number 778899 (United Arab Emirates).\" \r\n\x1a",
    );
    let s = Scratch::new("ok");
    let old_bundle = s.dir.join("old.bundle");
    let out = bin()
        .args(["build-lists", "--sources"])
        .arg(s.sources())
        .arg("--out")
        .arg(&old_bundle)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let server = serve(HashMap::from([(sdn_path, Answer::File(sdn))]));
    let out = s.refresh(&server, &[]);
    let msg = text(&out);
    assert!(out.status.success(), "{msg}");
    // Every plan URL was fetched through the mirror.
    let hits = server.hits.lock().unwrap().clone();
    for (_, url, _) in plan() {
        let p = format!("/{}", url.strip_prefix("https://").unwrap());
        assert!(hits.contains(&p), "{p} was not fetched");
    }
    assert!(
        msg.contains("+ ofac_sdn ofac_sdn:99999 ZZYZX PETROCHEMICAL TRADING FZE"),
        "{msg}"
    );

    // build-lists on the refreshed folder gives the same bytes.
    let again = s.dir.join("again.bundle");
    let out = bin()
        .args(["build-lists", "--sources"])
        .arg(s.sources())
        .arg("--out")
        .arg(&again)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        std::fs::read(&again).unwrap() == std::fs::read(s.bundle()).unwrap(),
        "refresh and build-lists on the same files differ"
    );

    // diff: the added row, and no list lost or gained anything else.
    let out = bin()
        .arg("diff")
        .arg(&old_bundle)
        .arg(s.bundle())
        .output()
        .unwrap();
    let d = text(&out);
    assert!(out.status.success(), "{d}");
    assert!(
        d.contains("+ ofac_sdn ofac_sdn:99999 ZZYZX PETROCHEMICAL TRADING FZE\n"),
        "{d}"
    );
    assert!(
        d.contains("ofac_sdn: 1 added, 0 removed, 0 changed (16532 -> 16533 records)"),
        "{d}"
    );
    for line in d.lines().filter(|l| l.contains(" records)")) {
        if !line.starts_with("ofac_sdn:") {
            assert!(line.contains(": 0 added, 0 removed,"), "{line}");
        }
    }
    // The differences data/mirror/PROVENANCE.md lists, and no others.
    for (code, changed) in [
        ("cbp_wro", 0),
        ("bis_meu", 0),
        ("bis_dpl", 0),
        ("bis_uvl", 0),
        ("state_dtc", 0),
        ("dhs_uflpa", 0),
        ("dol_ilab", 0),
    ] {
        assert!(
            d.contains(&format!("{code}: 0 added, 0 removed, {changed} changed")),
            "{code}:\n{d}"
        );
    }

    // The new bundle finds the added party.
    let suppliers = s.dir.join("suppliers.csv");
    std::fs::write(
        &suppliers,
        "name,country\nZzyzx Petrochemical Trading FZE,United Arab Emirates\n",
    )
    .unwrap();
    let out = bin()
        .args(["screen"])
        .arg(&suppliers)
        .arg("--bundle")
        .arg(s.bundle())
        .output()
        .unwrap();
    let res = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", text(&out));
    assert!(res.contains("ofac_sdn:99999"), "{res}");

    // The manifest records the refresh: official formats, fetch date, Last-Modified as-of.
    let m = std::fs::read_to_string(s.sources().join("manifest.toml")).unwrap();
    assert!(
        m.contains("format = \"csl\"") && !m.contains("format = \"nsfreg\""),
        "{m}"
    );
    assert!(
        m.contains("as_of = \"2026-12-02\"\nas_of_from = \"last-modified\""),
        "{m}"
    );
    assert!(
        m.contains("as_of = \"2025-01-14\"\nas_of_from = \"content\""),
        "{m}"
    );
}

#[test]
fn an_html_error_page_where_a_csv_is_due_is_refused() {
    let (csl, _) = url_path("bis_entity", "consolidated.csv");
    refused(
        "html",
        HashMap::from([(
            csl,
            Answer::File(b"<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>Maintenance</body></html>".to_vec()),
        )]),
        &["bis_entity", "state_isn", "consolidated.csv", "HTML page"],
    );
}

#[test]
fn a_404_is_refused() {
    let (alt, _) = url_path("ofac_sdn", "/ALT.CSV");
    refused(
        "404",
        HashMap::from([(alt, Answer::Status(404))]),
        &["ofac_sdn", "ALT.CSV", "HTTP 404"],
    );
}

#[test]
fn a_server_error_is_refused() {
    let (page, _) = url_path("dhs_uflpa", "uflpa-entity-list");
    refused(
        "503",
        HashMap::from([(page, Answer::Status(503))]),
        &["dhs_uflpa", "uflpa-entity-list", "HTTP 503"],
    );
}

#[test]
fn a_list_shrunk_to_a_tenth_is_refused_unless_accepted() {
    let (path, file) = url_path("ofac_cmic", "/CONS_PRIM.CSV");
    let bytes = std::fs::read(root().join(file)).unwrap();
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let tenth: Vec<u8> = lines[..lines.len() / 10].concat();
    refused(
        "shrink",
        HashMap::from([(path.clone(), Answer::File(tenth.clone()))]),
        &["ofac_cmic", "CONS_PRIM.CSV", "lost 90%", "--accept-shrink"],
    );
    let s = Scratch::new("shrink-ok");
    let server = serve(HashMap::from([(path, Answer::File(tenth))]));
    let out = s.refresh(&server, &["--accept-shrink"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn a_file_that_does_not_parse_is_refused() {
    let (path, _) = url_path("ofac_sdn", "/SDN_COMMENTS.CSV");
    refused(
        "parse",
        HashMap::from([(
            path,
            Answer::File(b"12,\"text\",\"one field too many\"\r\n".to_vec()),
        )]),
        &[
            "ofac_sdn",
            "SDN_COMMENTS.CSV",
            "does not parse",
            "expected 2 fields",
        ],
    );
}
