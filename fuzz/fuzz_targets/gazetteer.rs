//! The gazetteer loader on any files, then the automaton and the relation
//! rules built from what loads: errors are fine, panics are not.
//!
//! The input is split at 0xFF bytes into up to six files, in the order
//! countries, roles, people, places, organisations, relations, loaded as
//! one layer without the defaults (fast), or, when the first byte is odd,
//! as a second layer over a small fixed base layer (overrides, conflicts
//! across layers).
#![no_main]

use gazette::{GazetteerBuilder, Pipeline};
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 6] = [
    "countries.tsv",
    "roles.tsv",
    "people.tsv",
    "places.tsv",
    "organisations.tsv",
    "relations.tsv",
];

const BASE: [(&str, &str); 3] = [
    (
        "countries.tsv",
        "id\tname\taliases\tdemonyms\tcapital\n\
         CHN\tChina\tPRC\tChinese\tbeijing\nRUS\tRussia\t\tRussian\t\n",
    ),
    (
        "places.tsv",
        "id\tname\taliases\ttype\tcountry\twithin\n\
         beijing\tBeijing\t\tcapital\tCHN\t\n",
    ),
    (
        "relations.tsv",
        "kind\tpattern\ttriggers\nMEETING\tverb\tmet|meets?\n\
         COMBINING\tCHN\tSino\n",
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let mut builder = GazetteerBuilder::new();
    builder.no_defaults();
    if mode & 1 == 1 {
        for (name, text) in BASE {
            let _ = builder.add_source(&format!("base/{name}"), text);
        }
    }
    for (name, part) in FILES.iter().zip(rest.split(|&b| b == 0xFF)) {
        let text = String::from_utf8_lossy(part);
        if builder.add_source(&format!("fuzz/{name}"), &text).is_err() {
            return;
        }
    }
    let Ok(gazetteer) = builder.build() else { return };
    let Ok(pipeline) = Pipeline::new(gazetteer) else { return };
    let text = "Chinese President Xi met Russia's leader in Beijing; \
                Sino-Russian talks, China and Russia agreed.";
    let doc = pipeline.analyze(text, None);
    for r in &doc.relations {
        assert_ne!(doc.actor_id(&r.source), doc.actor_id(&r.target));
    }
});
