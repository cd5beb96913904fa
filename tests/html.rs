//! The HTML report as a person sees it: `graph.html` of
//! `examples/summit.txt` loaded in a real browser (headless Chromium),
//! clicked through the page's URL-fragment test hook (documented in
//! `src/export/html.rs`), its DOM dumped after the scripts ran, and a
//! screenshot decoded and checked for a drawn graph.
//!
//! Chromium is found as `$GAZETTE_CHROMIUM`, else `chromium`,
//! `chromium-browser`, `google-chrome` or `google-chrome-stable` on the
//! PATH. Without one, the browser tests print why and pass, unless
//! `GAZETTE_REQUIRE_BROWSER` is set (`bash .ci/test` installs Debian's
//! `chromium` and sets it, so CI never skips).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{csv_records, ok, root, run_in, tempdir};

/// The browser, or `None` (with a printed reason) when the test may skip.
fn browser() -> Option<PathBuf> {
    let found = std::env::var_os("GAZETTE_CHROMIUM")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| {
            let path = std::env::var_os("PATH")?;
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .chain(&["google-chrome-stable"])
                .flat_map(|name| {
                    std::env::split_paths(&path).map(move |d| d.join(name))
                })
                .find(|p| p.is_file())
        });
    if found.is_none() {
        assert!(
            std::env::var_os("GAZETTE_REQUIRE_BROWSER").is_none(),
            "GAZETTE_REQUIRE_BROWSER is set but no Chromium was found \
             (bash .ci/test installs Debian's chromium)"
        );
        eprintln!(
            "SKIPPED: no Chromium found (set GAZETTE_CHROMIUM or install \
             chromium; bash .ci/test does)"
        );
    }
    found
}

/// The report of `examples/summit.txt`, written into `dir` (run from the
/// project root, so evidence names `examples/summit.txt`).
fn summit_report(dir: &Path) -> PathBuf {
    let out = dir.join("out");
    ok(run_in(
        &root(),
        &[
            "graph",
            "-q",
            "examples/summit.txt",
            "--out-dir",
            out.to_str().unwrap(),
        ],
    ));
    out
}

/// A `file://` URL for `path` and a fragment.
fn url(path: &Path, fragment: &str) -> String {
    let mut url = String::from("file://");
    for b in path.to_str().expect("utf-8 temp path").bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'/'
            | b'-'
            | b'_'
            | b'.'
            | b'~' => url.push(b as char),
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// Runs headless Chromium with `args` on `url` (a fresh profile in
/// `dir`), returns stdout; fails after 90 s.
fn chromium(browser: &Path, dir: &Path, args: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir_in(dir).expect("profile dir");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        // No terminal: the browser's wrapper script would otherwise read
        // and write the caller's.
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", browser.display()));
    let start = Instant::now();
    loop {
        match child.try_wait().expect("waiting for chromium") {
            Some(_) => break,
            None if start.elapsed() > Duration::from_secs(90) => {
                let _ = child.kill();
                panic!("chromium did not finish in 90 s: {args:?} {url}");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let out = child.wait_with_output().expect("chromium output");
    assert!(out.status.success(), "chromium failed: {:?}", out.status);
    String::from_utf8(out.stdout).expect("utf-8 DOM")
}

/// The DOM after the scripts ran, with `fragment` as the URL fragment.
fn dom(browser: &Path, dir: &Path, html: &Path, fragment: &str) -> String {
    let dom = chromium(browser, dir, &["--dump-dom"], &url(html, fragment));
    assert!(dom.contains("data-ready=\"1\""), "script did not run: {dom}");
    assert!(dom.contains("data-hook=\"done\""), "hook did not run: {dom}");
    dom
}

/// The attribute `class` of the element with `id`.
fn class_of<'a>(dom: &'a str, id: &str) -> &'a str {
    let at = dom.find(&format!("id=\"{id}\"")).unwrap_or_else(|| {
        panic!("no element {id}");
    });
    let tag_start = dom[..at].rfind('<').expect("tag start");
    let tag = &dom[tag_start..at + dom[at..].find('>').expect("tag end")];
    tag.find("class=\"").map_or("", |i| {
        let rest = &tag[i + 7..];
        &rest[..rest.find('"').expect("closing quote")]
    })
}

/// The SVG index (`n{i}`) of each node id, and the edges as (source,
/// target, kind), in the report's order (that of nodes.csv and
/// edges.csv when nothing is cut).
fn graph_csv(out: &Path) -> (Vec<String>, Vec<(String, String, String)>) {
    let read = |f: &str| std::fs::read_to_string(out.join(f)).unwrap();
    let nodes = csv_records(&read("nodes.csv"))[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    let edges = csv_records(&read("edges.csv"))[1..]
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    (nodes, edges)
}

#[test]
fn report_is_self_contained() {
    let dir = tempdir();
    let out = summit_report(dir.path());
    let html = std::fs::read_to_string(out.join("graph.html")).unwrap();
    let (nodes, edges) = graph_csv(&out);
    assert_eq!(html.matches("<circle").count(), nodes.len());
    assert_eq!(html.matches("<path id=\"e").count(), edges.len());
    // Nothing to fetch: no URL, no external resource, and a policy that
    // forbids every source but the page itself.
    for needle in ["http:", "https:", "//cdn", " src=", "<link", "@import"] {
        assert!(!html.contains(needle), "found {needle}");
    }
    assert!(html.contains("content=\"default-src 'none'; style-src"));
    // The same input gives the same bytes.
    let again = summit_report(&dir.path().join("again"));
    assert_eq!(
        html,
        std::fs::read_to_string(again.join("graph.html")).unwrap()
    );
}

/// The JSON data inline in a `graph.html`.
fn page_data(html: &str) -> serde_json::Value {
    let start = "<script id=\"gazette-data\" type=\"application/json\">";
    let from = html.find(start).expect("data script") + start.len();
    let len = html[from..].find("</script>").expect("end of data script");
    serde_json::from_str(&html[from..from + len]).expect("page JSON")
}

/// At country level, a sentence held back until the whole corpus gives
/// Ekvall's country (a.txt does not, b.txt does) reaches the report with
/// its evidence text and status, as a directly counted one; every output,
/// graph.html included, is the same for any thread count, input order or
/// split into merged partials.
#[test]
fn country_level_held_sentences_keep_texts_and_status() {
    let dir = tempdir();
    let a = [
        "Prime Minister Tomas Ekvall met French President Jacques Chirac in Paris.",
        "Ekvall will meet Italian Prime Minister Silvio Berlusconi in Rome.",
    ];
    std::fs::write(dir.path().join("a.txt"), a.join(" ")).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "British Prime Minister Tomas Ekvall said the talks went well. \
         Ekvall met German Chancellor Gerhard Schroeder in Berlin.",
    )
    .unwrap();
    let files = |out: &str| -> Vec<String> {
        ["nodes.csv", "edges.csv", "graph.dot", "graph.html"]
            .iter()
            .map(|f| {
                std::fs::read_to_string(dir.path().join(out).join(f)).unwrap()
            })
            .collect()
    };
    let country = ["graph", "-q", "--level", "country"];
    let mut outputs = vec![];
    for (i, (threads, inputs)) in
        [("1", ["a.txt", "b.txt"]), ("2", ["b.txt", "a.txt"])]
            .iter()
            .enumerate()
    {
        let out = format!("single{i}");
        let mut args = country.to_vec();
        args.extend(["--threads", threads, inputs[0], inputs[1]]);
        args.extend(["--out-dir", &out]);
        ok(run_in(dir.path(), &args));
        outputs.push(files(&out));
    }
    for (part, input) in [("p1.json", "a.txt"), ("p2.json", "b.txt")] {
        let mut args = country.to_vec();
        args.extend([input, "--partial", part]);
        ok(run_in(dir.path(), &args));
    }
    for (i, order) in
        [["p1.json", "p2.json"], ["p2.json", "p1.json"]].iter().enumerate()
    {
        let out = format!("merged{i}");
        ok(run_in(
            dir.path(),
            &["merge", "-q", order[0], order[1], "--out-dir", &out],
        ));
        outputs.push(files(&out));
    }
    for (i, o) in outputs.iter().enumerate() {
        assert_eq!(o, &outputs[0], "output {i}");
    }

    let page = page_data(&outputs[0][3]);
    let nodes: Vec<&str> = page["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(nodes, ["DEU", "FRA", "GBR", "ITA"]);
    let edges: Vec<serde_json::Value> = page["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            serde_json::json!([
                nodes[e["source"].as_u64().unwrap() as usize],
                nodes[e["target"].as_u64().unwrap() as usize],
                e["status"],
                e["planned"],
                e["evidence"],
            ])
        })
        .collect();
    let evidence = |doc: &str, sentence: u32, text: &str| serde_json::json!([{"doc": doc, "sentence": sentence, "text": text}]);
    assert_eq!(
        edges,
        [
            serde_json::json!([
                "DEU",
                "GBR",
                "reported",
                0,
                evidence(
                    "b.txt",
                    1,
                    "Ekvall met German Chancellor Gerhard Schroeder in Berlin."
                )
            ]),
            serde_json::json!([
                "FRA",
                "GBR",
                "reported",
                0,
                evidence("a.txt", 0, a[0])
            ]),
            serde_json::json!([
                "GBR",
                "ITA",
                "planned",
                1,
                evidence("a.txt", 1, a[1])
            ]),
        ]
    );
}

#[test]
fn report_in_a_browser_shows_evidence_neighbours_and_filters() {
    let Some(browser) = browser() else { return };
    let dir = tempdir();
    let out = summit_report(dir.path());
    let html = out.join("graph.html");
    let (nodes, edges) = graph_csv(&out);
    let node = |id: &str| {
        format!("n{}", nodes.iter().position(|n| n == id).expect(id))
    };
    let edge = |a: &str, b: &str, kind: &str| {
        edges
            .iter()
            .position(|e| {
                (e.0.as_str(), e.1.as_str(), e.2.as_str()) == (a, b, kind)
            })
            .unwrap_or_else(|| panic!("no edge {a} {b} {kind}"))
    };

    // Drawn: every node and edge, and the script ran.
    let page = dom(&browser, dir.path(), &html, "");
    assert_eq!(page.matches("<circle").count(), nodes.len());
    assert_eq!(page.matches("<path id=\"e").count(), edges.len());
    let ids = (0..nodes.len())
        .map(|i| format!("n{i}"))
        .chain((0..edges.len()).map(|i| format!("e{i}")));
    for id in ids {
        assert!(!class_of(&page, &id).contains("hidden"), "{id}");
    }

    // A click on the meeting edge fills the evidence panel.
    let meeting = edge("narendra-modi", "shigeru-ishiba", "MEETING");
    let page =
        dom(&browser, dir.path(), &html, &format!("click=edge:{meeting}"));
    let details = &page[page.find("<aside id=\"details\"").expect("panel")..];
    let details = &details[..details.find("</aside>").expect("panel end")];
    assert!(
        details.contains(&format!("data-edge=\"{meeting}\"")),
        "{details}"
    );
    for expected in [
        "<h2>MEETING</h2>",
        "Narendra Modi – Shigeru Ishiba",
        "2 supporting sentences (2 reported, 0 planned)",
        "Dates: 2025-05-16",
        "examples/summit.txt, sentence 3",
        "<blockquote>Indian Prime Minister Narendra Modi met Japanese Prime \
         Minister Shigeru Ishiba at the Kantei in Tokyo on Friday,",
    ] {
        assert!(details.contains(expected), "{expected} not in {details}");
    }
    assert!(class_of(&page, &format!("e{meeting}")).contains("active"));

    // A click on a node highlights its neighbours and lists its relations.
    let page = dom(&browser, dir.path(), &html, "click=node:narendra-modi");
    assert!(class_of(&page, &node("narendra-modi")).contains("selected"));
    for neighbour in ["shigeru-ishiba", "haruka-sato", "IND", "JPN"] {
        assert!(
            class_of(&page, &node(neighbour)).contains("neighbour"),
            "{neighbour}"
        );
    }
    assert!(!class_of(&page, &node("tokyo")).contains("neighbour"));
    assert!(page.contains("data-node=\"narendra-modi\""));
    assert!(page.contains("5 relations shown:"), "{page}");
    assert!(page.contains(">MEETING Shigeru Ishiba</button>"));

    // Filters and search: without COOPERATION, New Delhi and Tokyo (one
    // cooperation edge) disappear; India stays through Modi's affiliation.
    let page =
        dom(&browser, dir.path(), &html, "uncheck=COOPERATION&search=ishiba");
    for id in ["new-delhi", "tokyo"] {
        assert!(class_of(&page, &node(id)).contains("hidden"), "{id}");
    }
    for id in ["IND", "narendra-modi"] {
        assert!(!class_of(&page, &node(id)).contains("hidden"), "{id}");
    }
    let cooperation = edge("IND", "JPN", "COOPERATION");
    assert!(class_of(&page, &format!("e{cooperation}")).contains("hidden"));
    assert!(!class_of(&page, &format!("e{meeting}")).contains("hidden"));
    assert!(class_of(&page, &node("shigeru-ishiba")).contains("match"));
    assert!(page.contains("<p id=\"search-count\">1 match</p>"));
}

#[test]
fn screenshot_of_the_report_is_not_blank() {
    let Some(browser) = browser() else { return };
    let dir = tempdir();
    let out = summit_report(dir.path());
    let png = dir.path().join("shot.png");
    chromium(
        &browser,
        dir.path(),
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1200,800",
        ],
        &url(&out.join("graph.html"), ""),
    );
    let decoder = png::Decoder::new(std::fs::File::open(&png).unwrap());
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a frame");
    assert_eq!((info.width, info.height), (1200, 800));
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected colour type {other:?}"),
    };
    let pixels: Vec<[u8; 3]> = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut counts = std::collections::HashMap::new();
    for p in &pixels {
        *counts.entry(*p).or_insert(0usize) += 1;
    }
    let background = counts.values().max().copied().unwrap_or(0);
    let drawn = pixels.len() - background;
    assert!(
        drawn * 20 > pixels.len(),
        "only {drawn} of {} pixels differ from the background",
        pixels.len()
    );
    assert!(counts.len() >= 100, "only {} colours", counts.len());
    // The nodes' fills, exactly (circle interiors are not antialiased):
    // people (#4e79a7), countries (#f28e2b), places (#59a14f).
    for (name, rgb) in [
        ("person", [0x4e, 0x79, 0xa7]),
        ("country", [0xf2, 0x8e, 0x2b]),
        ("place", [0x59, 0xa1, 0x4f]),
    ] {
        let n = counts.get(&rgb).copied().unwrap_or(0);
        assert!(n >= 100, "{n} pixels of the {name} colour");
    }
}
