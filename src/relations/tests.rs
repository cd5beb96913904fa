//! Table tests, one table per frame and step, on a small gazetteer written
//! here (with the default `relations.tsv` and `lexicon.tsv`), so that each
//! case reads on its own; a last table runs on the default gazetteers.

use std::sync::OnceLock;

use crate::gazetteer::GazetteerBuilder;
use crate::pipeline::Pipeline;

const COUNTRIES: &str = "id\tname\taliases\tdemonyms\tcapital
CHN\tChina\t\tChinese\tbeijing
RUS\tRussia\t\tRussian|Russians\tmoscow
IND\tIndia\t\tIndian\tnew-delhi
USA\tUnited States\tU.S.|US\tAmerican|Americans\twashington
IRQ\tIraq\t\tIraqi|Iraqis\tbaghdad
AFG\tAfghanistan\t\tAfghan\tkabul
BRA\tBrazil\t\tBrazilian\tbrasilia
JPN\tJapan\t\tJapanese\ttokyo
PAK\tPakistan\t\tPakistani\tislamabad
KOR\tSouth Korea\t\tSouth Korean\tseoul
VEN\tVenezuela\t\tVenezuelan\tcaracas
FRA\tFrance\t\tFrench\t
GBR\tBritain\t\tBritish\t
TUR\tTurkey\t\tTurkish\t
ITA\tItaly\t\tItalian\t
DEU\tGermany\t\tGerman\t
ESP\tSpain\t\tSpanish\t
GRC\tGreece\t\tGreek\t
CYP\tCyprus\t\tCypriot\t
POL\tPoland\t\tPolish\t
VAT\tHoly See\t\tVatican\t
";

const PLACES: &str = "id\tname\taliases\ttype\tcountry\twithin
beijing\tBeijing\t\tcapital\tCHN\t
moscow\tMoscow\t\tcapital\tRUS\t
new-delhi\tNew Delhi\t\tcapital\tIND\t
washington\tWashington\t\tcapital\tUSA\t
baghdad\tBaghdad\t\tcapital\tIRQ\t
kabul\tKabul\t\tcapital\tAFG\t
brasilia\tBrasilia\t\tcapital\tBRA\t
tokyo\tTokyo\t\tcapital\tJPN\t
islamabad\tIslamabad\t\tcapital\tPAK\t
seoul\tSeoul\t\tcapital\tKOR\t
caracas\tCaracas\t\tcapital\tVEN\t
seattle\tSeattle\t\tcity\tUSA\t
kremlin\tKremlin\t\tseat\tRUS\tmoscow
";

const ROLES: &str = "id\tname\taliases\tclass
president\tPresident\t\thead_of_state
prime-minister\tPrime Minister\t\thead_of_government
foreign-minister\tForeign Minister\t\tminister
minister\tMinister\t\tminister
pope\tPope\t\tother
senator\tSenator\t\tlegislator
";

const PEOPLE: &str = "id\tname\taliases\tshort_forms\tcountry\troles
xi-jinping\tXi Jinping\t\tXi\tCHN\tpresident:2013-
vladimir-putin\tVladimir Putin\t\tPutin\tRUS\tpresident:2012-
narendra-modi\tNarendra Modi\t\tModi\tIND\tprime-minister:2014-
lula\tLula\t\t\tBRA\tpresident:2023-
shigeru-ishiba\tShigeru Ishiba\t\tIshiba\tJPN\tprime-minister:2024-2025
lee-jae-myung\tLee Jae-myung\t\t\tKOR\tpresident:2025-
donald-trump\tDonald Trump\t\tTrump\tUSA\tpresident:2025-
george-h-w-bush\tGeorge H. W. Bush\t\tBush\tUSA\tpresident:1989-1993
george-w-bush\tGeorge W. Bush\t\tBush\tUSA\tpresident:2001-2009
pope-a\tPope A\t\t\tVAT\tpope:1978-2005
pope-b\tPope B\t\t\tVAT\tpope:2005-2013
pope-c\tPope C\t\t\tVAT\tpope:2013-2025
senator-a\tSenator A\t\t\tUSA\tsenator:2001-
senator-b\tSenator B\t\t\tUSA\tsenator:2001-
senator-c\tSenator C\t\t\tUSA\tsenator:2001-
";

const ORGANISATIONS: &str = "id\tname\taliases
un\tUnited Nations\tUN
";

/// The small gazetteer of these tests, with the default cues and lexicon.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let mut b = GazetteerBuilder::new();
        b.no_defaults();
        for (name, text) in [
            ("countries.tsv", COUNTRIES),
            ("places.tsv", PLACES),
            ("roles.tsv", ROLES),
            ("people.tsv", PEOPLE),
            ("organisations.tsv", ORGANISATIONS),
            ("relations.tsv", include_str!("../../gazetteers/relations.tsv")),
            ("lexicon.tsv", include_str!("../../gazetteers/lexicon.tsv")),
        ] {
            b.add_source(name, text).expect("known file");
        }
        Pipeline::new(b.build().expect("test gazetteer"))
            .expect("rules compile")
    })
}

/// Each relation as `KIND status source target`, plus ` mode` for phone
/// and video talks.
fn relations_of(pipeline: &Pipeline, text: &str) -> Vec<String> {
    let doc = pipeline.analyze(text, None);
    doc.relations
        .iter()
        .map(|r| {
            let mut s = format!(
                "{} {} {} {}",
                r.kind.as_str(),
                r.status.as_str(),
                doc.actor_id(&r.source),
                doc.actor_id(&r.target)
            );
            if !r.mode.as_str().is_empty() {
                s.push(' ');
                s.push_str(r.mode.as_str());
            }
            s
        })
        .collect()
}

/// Runs a table: each case is a text and the relations it gives.
fn table(cases: &[(&str, &[&str])]) {
    table_on(pipeline(), cases);
}

/// Runs a table on `pipeline` (the default gazetteers' in the last
/// tables).
fn table_on(pipeline: &Pipeline, cases: &[(&str, &[&str])]) {
    let mut failures = vec![];
    for (text, expected) in cases {
        let got = relations_of(pipeline, text);
        if got != *expected {
            failures.push(format!(
                "{text:?}\n   expected {expected:?}\n   got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_title_names_the_country_a_person_acts_for() {
    // "Soviet Foreign Minister Eduard Shevardnadze", later Georgia's
    // president: the title, not the gazetteer, says whom he acts for.
    let doc = pipeline().analyze(
        "Russian Foreign Minister Shigeru Ishiba met Xi Jinping.",
        None,
    );
    let countries: Vec<&str> = doc
        .relations
        .iter()
        .flat_map(|r| [&r.source, &r.target])
        .map(|a| {
            let c = doc.actor_country(a).expect("a country");
            doc.gazetteer().entity(c).id.as_str()
        })
        .collect();
    assert_eq!(countries, ["RUS", "CHN"]);
}

#[test]
fn a_region_adjective_is_no_place() {
    // "the two South American neighbors" says what they are, not where;
    // "Washington, D.C." is where.
    let pipeline = crate::pipeline::tests::default_pipeline();
    let places = |text: &str| -> Vec<String> {
        let doc = pipeline.analyze(text, None);
        doc.relations
            .iter()
            .map(|r| {
                r.place.map_or("-".to_string(), |p| {
                    doc.gazetteer().entity(p).id.clone()
                })
            })
            .collect()
    };
    assert_eq!(
        places("Colombia and Venezuela restored diplomatic relations, the two South American neighbors said."),
        ["-"]
    );
    assert_eq!(
        places("Colombia and Venezuela signed a peace agreement in Washington, D.C."),
        ["washington"]
    );
}

/// The countries of each relation's two actors, `-` for none.
fn actor_countries(text: &str) -> Vec<String> {
    let doc = pipeline().analyze(text, None);
    doc.relations
        .iter()
        .map(|r| {
            let country = |a| {
                doc.actor_country(a)
                    .map_or("-", |c| doc.gazetteer().entity(c).id.as_str())
            };
            format!("{} {}", country(&r.source), country(&r.target))
        })
        .collect()
}

#[test]
fn one_who_fled_or_whom_the_opposition_names_acts_as_before() {
    // A ruler who fled acts for no country from there on; the headline
    // and the sentences before too.
    assert_eq!(
        actor_countries(
            "President Lula has fled the country. Later Lula flew to Japan."
        ),
        ["- JPN"]
    );
    // A word of the past before a name, past its verb ("Opposition
    // leaders accused Lula"), says nothing of the name's office.
    assert_eq!(
        actor_countries(
            "President Lula met Xi Jinping. Opposition leaders accused Lula."
        ),
        ["BRA CHN"]
    );
}

#[test]
fn an_organisation_before_a_title_is_whom_its_holder_acts_for() {
    // "European Commission President Romano Prodi", once Italy's prime
    // minister, acts for the Commission; a wire credit before a dash is
    // no part of the title ("AP - Secretary of State Colin Powell").
    let countries = |text: &str| -> Vec<String> {
        let doc = pipeline().analyze(text, None);
        doc.relations
            .iter()
            .flat_map(|r| [&r.source, &r.target])
            .map(|a| {
                doc.actor_country(a).map_or("-".into(), |c| {
                    doc.gazetteer().entity(c).id.clone()
                })
            })
            .collect()
    };
    assert_eq!(countries("UN President Lula met Xi Jinping."), ["un", "CHN"]);
    assert_eq!(
        countries("UN - President Lula met Xi Jinping."),
        ["BRA", "CHN"]
    );
    assert_eq!(
        countries("Brazilian President Lula met Xi Jinping."),
        ["BRA", "CHN"]
    );
}

#[test]
fn a_title_in_the_past_stands_for_the_whole_story() {
    // "deposed Prime Minister Timoci Bavadra ... Bavadra, who flew to
    // Canberra": one the story calls deposed, former or of the
    // opposition acts for no country anywhere in it, the headline and
    // the sentences before included ("Evo Morales Arrives In Argentina"
    // over "Bolivia's former president Evo Morales arrived").
    let countries = |text: &str| -> Vec<Option<String>> {
        let doc = pipeline().analyze(text, None);
        doc.relations
            .iter()
            .map(|r| {
                doc.actor_country(&r.source)
                    .map(|c| doc.gazetteer().entity(c).id.clone())
            })
            .collect()
    };
    assert_eq!(
        countries(
            "Deposed Prime Minister Narendra Modi spoke. Modi met Lula."
        ),
        [None]
    );
    assert_eq!(
        countries("Modi met Lula. The ousted Narendra Modi spoke later."),
        [None]
    );
    // A title set off by a comma right before the name; not a clause that
    // ends in "former" before a comma.
    assert_eq!(
        countries("Modi Arrives In Brazil\nIndia's former president, Narendra Modi, arrived in Brasilia."),
        [None, None]
    );
    assert_eq!(
        countries("Lula will aid its former colony, Prime Minister Narendra Modi said after talks with Xi Jinping."),
        [Some("IND".to_string())]
    );
    // An appositive right after the name, with an office in the past;
    // not a rank.
    assert_eq!(
        countries("Narendra Modi, a former Indian prime minister, met Lula."),
        [None]
    );
    assert_eq!(
        countries("Narendra Modi, a former general who was elected in May, met Lula."),
        [Some("IND".to_string())]
    );
}

#[test]
fn a_title_takes_no_country_across_a_verb() {
    // "... home from Iraq and informed President Petrov": a coordinator or
    // a verb between a country and a title is no phrase of them.
    let doc = pipeline().analyze(
        "Lula withdrew from Iraq and informed President Ivan Petrov in a \
         phone call.",
        None,
    );
    let r = doc.relations.first().expect("the call");
    assert_eq!(doc.actor_id(&r.target), "ivan-petrov");
    assert_eq!(doc.actor_country(&r.target), None);
}

#[test]
fn a_dateline_names_the_country_of_its_untitled_officials() {
    // A wire story's own officials go without a country: the dateline's,
    // for a minister the gazetteers do not know, in every mention of
    // them; no dateline, no country.
    let source_country = |text: &str| {
        let doc = pipeline().analyze(text, None);
        let r = doc.relations.first().expect("a relation");
        doc.actor_country(&r.source)
            .map(|c| doc.gazetteer().entity(c).id.clone())
    };
    assert_eq!(
        source_country(
            "MOSCOW, March 4 - Foreign Minister Ivan Petrov spoke. Petrov \
             said he would fly to Tokyo next week."
        )
        .as_deref(),
        Some("RUS")
    );
    assert_eq!(
        source_country(
            "Foreign Minister Ivan Petrov spoke. Petrov said he would fly \
             to Tokyo next week."
        ),
        None
    );
}

#[test]
fn frame_verb_and_verb_person() {
    table(&[
        // A bare "host" before a person who then does something else is
        // the person's title; after "his" or before a meeting's verb, the
        // host met the guest.
        ("Lula failed to turn up in Tokyo, and host Shigeru Ishiba gave no new date.", &[]),
        (
            "Lula and his Japanese host Shigeru Ishiba pledged to work together.",
            &["MEETING reported lula shigeru-ishiba", "COOPERATION reported shigeru-ishiba lula"],
        ),
        // A person one is due, expected or flies "to see" is a meeting
        // to come; countries one wants to see do something are none.
        (
            "Lula is due to see Prime Minister Narendra Modi later in the day.",
            &["MEETING planned lula narendra-modi"],
        ),
        ("Lula wanted to see India and Japan cut tariffs.", &[]),
        // Subjects named as counterparts, or on a joint trip, came as one
        // side: each meets the object, not each other; subjects with no
        // such word met at the meeting too.
        (
            "Lula and his Indian counterpart Narendra Modi held talks with Xi Jinping.",
            &["MEETING reported lula xi-jinping", "MEETING reported narendra-modi xi-jinping"],
        ),
        (
            "Lula and Narendra Modi made a joint visit to Beijing and met Xi Jinping.",
            &["MEETING reported lula xi-jinping", "MEETING reported narendra-modi xi-jinping"],
        ),
        (
            "Lula and Narendra Modi held talks with Xi Jinping.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
                "MEETING reported lula narendra-modi",
            ],
        ),
        // "where he is due to": a pronoun and a plan's words are the
        // person the sentence is about; said of a country, no one.
        (
            "Lula is to be received by Xi Jinping on Monday before crossing to Tokyo, where he is due to hold talks with Shigeru Ishiba.",
            &["MEETING planned lula xi-jinping", "MEETING planned lula shigeru-ishiba"],
        ),
        ("China announced drills as the speaker landed in Tokyo, where she is set to meet Shigeru Ishiba.", &[]),
        // One who brings two together meets them, and they meet; an
        // event that brings many together is no meeting of theirs.
        (
            "Xi Jinping brought together Lula and Shigeru Ishiba in Beijing.",
            &["MEETING reported xi-jinping lula", "MEETING reported xi-jinping shigeru-ishiba", "MEETING reported lula shigeru-ishiba"],
        ),
        ("The summit will bring together leaders from Brazil, India and Japan.", &[]),
        // A pronoun's person and another who agree below a dateline of
        // one's country met.
        (
            "TOKYO (Reuters) - Lula spoke on Sunday. He and Shigeru Ishiba agreed to study the issue.",
            &["MEETING reported lula shigeru-ishiba", "COOPERATION reported lula shigeru-ishiba"],
        ),
        // A deal, with what it is about, signed by two or more in the
        // passive; a protocol in lowercase ("the Rio Protocol" is a name).
        ("An agreement on trade was later signed by Brazil and India.", &["COOPERATION reported BRA IND"]),
        (
            "Lula met Narendra Modi. A protocol on trade was later signed by the two countries.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported BRA IND"],
        ),
        ("Brazil, India and Japan are guarantors of the Rio Protocol.", &[]),
        // A participle phrase set off after a plain noun is a reduced
        // relative clause: its names are no subject.
        (
            "Lula and Narendra Modi opened the line, closed since the Japan-China war of 1937, during a summit on Thursday.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Demonyms sharing an official's noun, in a Title Case headline
        // too.
        ("Russian And Indian Negotiators Meet In Tokyo", &["MEETING reported RUS IND"]),
        (
            "Leaders Of Brazil, India And Japan Meet In Moscow",
            &["MEETING reported BRA IND", "MEETING reported BRA JPN", "MEETING reported IND JPN"],
        ),
        // "the neighbors" are the story's two countries.
        (
            "Brazil And India Restore Ties\nThe neighbors' foreign ministers met in Tokyo.",
            &["COOPERATION reported BRA IND", "MEETING reported BRA IND"],
        ),
        // Subjects who met one "separately" did not meet each other.
        (
            "Lula and Narendra Modi, both of whom met separately with Xi Jinping, left on Monday.",
            &["MEETING reported lula xi-jinping", "MEETING reported narendra-modi xi-jinping"],
        ),
        // "with" late, past a place and a time ("over the weekend"); not
        // the "with" of a participle.
        (
            "Lula and Narendra Modi had met in Tokyo over the weekend with Shigeru Ishiba.",
            &["MEETING reported lula shigeru-ishiba", "MEETING reported narendra-modi shigeru-ishiba", "MEETING reported lula narendra-modi"],
        ),
        (
            "India and Japan signed a memorandum on a new corridor linking Tokyo with Brasilia.",
            &["COOPERATION reported IND JPN"],
        ),
        // "they" after a reporting verb and a time word is the reporters.
        (
            "Brazil and India announced today they were restoring diplomatic relations.",
            &["COOPERATION reported BRA IND"],
        ),
        // A name the gazetteer does not know inside a list is one more of
        // it, not its end.
        (
            "The presidents of Brazil, India, Zembla and Japan met on Friday.",
            &["MEETING reported BRA IND", "MEETING reported BRA JPN", "MEETING reported IND JPN"],
        ),
        // A call on someone is a visit in person; a call on someone to
        // act, an appeal.
        ("Japan's ambassador spoke after calling on President Lula in Brasilia.", &["MEETING reported JPN lula"]),
        ("Japan called on President Lula to resign.", &[]),
        // ... across an apposition's commas; a comma that opens none ends
        // the search.
        ("Japan called on President Lula, the head of the government, to resign.", &[]),
        (
            "Japan's ambassador called on President Lula, and then spoke to reporters.",
            &["MEETING reported JPN lula"],
        ),
        ("Japan and India issued a statement calling on Lula for restraint.", &[]),
        // A predicate after "but" with no subject of its own has the
        // sentence's; a negation before "but" is not its.
        ("Japan refused to meet China but met India on Monday.", &["MEETING reported JPN IND"]),
        ("Japan criticised the vote, but will meet India next week.", &["MEETING planned JPN IND"]),
        ("Japan criticised the vote but China met India.", &["MEETING reported CHN IND"]),
        // Forces serving or fighting alongside another's.
        ("Polish troops served alongside American forces in Iraq.", &["COOPERATION reported POL USA"]),
        ("Japan fought alongside India.", &["COOPERATION reported JPN IND"]),
        // Joining someone for talks is a meeting of all; joining a body,
        // or someone in an act, is none; joining forces is cooperation.
        (
            "The leaders of Brazil, India and Japan will join Xi Jinping for a summit.",
            &[
                "MEETING planned BRA xi-jinping",
                "MEETING planned IND xi-jinping",
                "MEETING planned JPN xi-jinping",
                "MEETING planned BRA IND",
                "MEETING planned BRA JPN",
                "MEETING planned IND JPN",
            ],
        ),
        ("Brazil joined the UN.", &[]),
        ("Lula joined Xi Jinping in condemning the attack.", &[]),
        // A gerund after a subordinator past a time phrase is the first
        // subject's; "after seeing" a person is meeting them.
        (
            "Lula met Xi Jinping a day after meeting Narendra Modi in New Delhi.",
            &["MEETING reported lula xi-jinping", "MEETING reported lula narendra-modi"],
        ),
        (
            "Lula Meets Xi Jinping A Day After Seeing Narendra Modi In Tokyo",
            &["MEETING reported lula xi-jinping", "MEETING reported lula narendra-modi"],
        ),
        // "them" with no one of another country before it in its sentence:
        // the story's two parties.
        (
            "Lula and Modi signed a pact. Chinese officials said Xi Jinping would join them for talks in Beijing.",
            &[
                "COOPERATION reported lula narendra-modi",
                "MEETING planned xi-jinping lula",
                "MEETING planned xi-jinping narendra-modi",
            ],
        ),
        // "them" after a meeting told right before in the sentence: its
        // parties.
        (
            "Lula hosted Narendra Modi for talks on Saturday and Xi Jinping was due to join them on Sunday.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING planned xi-jinping lula",
                "MEETING planned xi-jinping narendra-modi",
            ],
        ),
        ("Lula criticised Narendra Modi on Saturday and Xi Jinping joined them.", &[]),
        // Joining someone for a part of the talks is meeting them.
        (
            "Lula joined Xi Jinping for part of the talks.",
            &["MEETING reported lula xi-jinping"],
        ),
        ("Lula joined Xi Jinping for part of the criticism.", &[]),
        ("Japan joined forces with India.", &["COOPERATION reported JPN IND"]),
        // A participle after a comma has the previous predicate's subject.
        (
            "Lula flew to Tokyo, joining Narendra Modi at talks hosted by Shigeru Ishiba.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported narendra-modi shigeru-ishiba",
                "MEETING reported shigeru-ishiba lula",
            ],
        ),
        (
            "Lula flew to Tokyo on Friday to help mediate in Venezuela's disputed presidential election, joining Narendra Modi and Xi Jinping at round-table talks hosted by Shigeru Ishiba.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
                "MEETING reported narendra-modi shigeru-ishiba",
                "MEETING reported xi-jinping shigeru-ishiba",
                "MEETING reported shigeru-ishiba lula",
            ],
        ),
        // "him" right after the verb: the previous sentence's first
        // person, unless the sentence names another before the verb.
        (
            "Xi Jinping hosted a summit in Beijing. Lula met him on Monday.",
            &["MEETING reported lula xi-jinping"],
        ),
        // ... or the one person named before a subordinator or a
        // reporting verb that opens the trigger's clause.
        (
            "Xi Jinping accepted the offer after Narendra Modi telephoned him.",
            &["MEETING reported narendra-modi xi-jinping phone"],
        ),
        (
            "Xi Jinping said Narendra Modi had telephoned him.",
            &["MEETING reported narendra-modi xi-jinping phone"],
        ),
        (
            "Xi Jinping hosted a summit in Beijing. The leaders of Brazil and India joined him for the talks.",
            &["MEETING reported BRA xi-jinping", "MEETING reported IND xi-jinping", "MEETING reported BRA IND"],
        ),
        // Words and commas before what is signed.
        ("Japan and India signed a short, vaguely worded statement.", &["COOPERATION reported JPN IND"]),
        // After a visit as a second predicate, "for a meeting with" is
        // the visitor's.
        (
            "Vladimir Putin met Lula in Brasilia and flew to Tokyo for a meeting with Shigeru Ishiba.",
            &["MEETING reported vladimir-putin lula", "MEETING reported vladimir-putin shigeru-ishiba"],
        ),
        // "partner" is a verb only with its preposition: "coalition
        // partner" is a noun.
        ("Brazil will partner with India on a satellite.", &["COOPERATION planned BRA IND"]),
        // What a name owns is what a meeting verb takes, unless an
        // official: "welcomed Modi's proposal" meets no one.
        ("Lula welcomed Narendra Modi's proposal.", &[]),
        ("Lula received Narendra Modi's special envoy.", &["MEETING reported lula narendra-modi"]),
        ("Lula met a delegation from India's northern states.", &["MEETING reported lula IND"]),
        ("Lula embraced Narendra Modi at the airport.", &["MEETING reported lula narendra-modi"]),
        ("The Brazilian government's coalition partner accused India of bias.", &[]),
        // The one told is the noun right after "told": reporters or
        // parliament are no actor; a title's modifiers may come first.
        ("Lula told reporters the Indian soldiers would stay.", &[]),
        ("Lula told parliament the Indian envoy had left.", &[]),
        (
            "Lula condemned the attack, telling interim Indian Prime Minister Narendra Modi he would help.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Fighting alongside another's forces is joint action.
        (
            "Brazil and Japan have thousands of troops fighting alongside Indian government forces.",
            &["COOPERATION reported BRA IND", "COOPERATION reported JPN IND"],
        ),
        // Working (closely, together) with a partner is cooperating.
        ("Brazil will work closely with India.", &["COOPERATION planned BRA IND"]),
        ("Brazil worked with India to broker a ceasefire.", &["COOPERATION reported BRA IND"]),
        ("Brazil refused to work with India.", &[]),
        // Attending a leader's inauguration is meeting the country that
        // inaugurates them; a bridge's is no meeting.
        (
            "Lula attended the inauguration of India's President Narendra Modi in New Delhi.",
            &["MEETING reported lula narendra-modi"],
        ),
        ("Lula attended the inauguration of a new bridge.", &[]),
        // Coordinating with a partner is cooperating; an approach "to" a
        // country is no partner.
        (
            "Japan will coordinate its response with India.",
            &["COOPERATION planned JPN IND"],
        ),
        (
            "Japan and India agreed to coordinate their approach to Iraq's reconstruction.",
            &["COOPERATION reported JPN IND"],
        ),
        // A verb of intent before the infinitive plans the act; one of
        // going on says it takes place.
        ("Japan offered to coordinate closely with India.", &["COOPERATION planned JPN IND"]),
        ("Japan continues to coordinate closely with India.", &["COOPERATION reported JPN IND"]),
        ("Japan has continued to work closely with India.", &["COOPERATION reported JPN IND"]),
        // So is a cooperation programme.
        (
            "Narendra Modi signed a long-term trade programme with Shigeru Ishiba.",
            &["COOPERATION reported narendra-modi shigeru-ishiba"],
        ),
        // A host of talks between two sides meets each; "both
        // delegations" are the parties met before.
        (
            "Japan hosted a round of talks between Brazil and India.",
            &["MEETING reported JPN BRA", "MEETING reported JPN IND", "MEETING reported BRA IND"],
        ),
        (
            "Brazilian and Indian officials met in Tokyo. Shigeru Ishiba met with both delegations.",
            &["MEETING reported BRA IND", "MEETING reported shigeru-ishiba BRA", "MEETING reported shigeru-ishiba IND"],
        ),
        // A verb right before "between" relates the two sides.
        ("The aid package was agreed between Brasilia and New Delhi.", &["COOPERATION reported brasilia new-delhi"]),
        // A communique or joint statement signed is an agreement.
        (
            "A Brazilian delegation signed a communique with Chinese officials.",
            &["COOPERATION reported BRA CHN"],
        ),
        // What a deal is made to buy from someone, it is made with them.
        (
            "Brazil signed an agreement on Thursday to buy 36 jets from Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
        ("Brazil agreed to purchase wheat from India.", &["COOPERATION reported BRA IND"]),
        // So is a statement two sides sign ("signed a vaguely worded
        // statement committing to ...").
        (
            "The Brazilian president and the Indian leader signed a vaguely worded statement.",
            &["COOPERATION reported BRA IND"],
        ),
        // A message delivered is a meeting with the one it goes to; a
        // sender named first ("from X to Y") is the subject's side.
        (
            "A Chinese envoy delivered a message from Xi Jinping to Narendra Modi in New Delhi.",
            &["MEETING reported CHN narendra-modi"],
        ),
        (
            "The new Japanese ambassador presented his credentials to Lula.",
            &["MEETING reported JPN lula"],
        ),
        // Names joined by commas alone are a list at the start of their
        // clause (a headline's), not after a fronted phrase.
        (
            "After defeating Iraq, Russia signed a treaty with France.",
            &["COOPERATION reported RUS FRA"],
        ),
        ("Brazil, India sign trade pact", &["COOPERATION reported BRA IND"]),
        (
            "On Monday, Brazil, India and Japan signed a trade pact.",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        // A name inside a trigger's inner words modifies the deal ("a
        // US-brokered accord", "the Anglo-Irish Agreement"): the trigger
        // stands; a name at its first or last word is a name holding
        // it ("Foreign Relations Committee").
        (
            "Brazil signed a US-brokered accord with India.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Japan and South Korea signed the Japanese-Korean fisheries agreement in 1998.",
            &["COOPERATION reported JPN KOR"],
        ),
        // The name a "who" clause follows is its subject, even inside an
        // earlier relative clause.
        (
            "Lula was at the ceremony, which was also attended by Narendra Modi, who is due to visit Tokyo next week.",
            &["MEETING planned narendra-modi JPN"],
        ),
        // A place whose "which" clause the trigger opens is its subject.
        (
            "Refugees fled a crackdown in Brazil, which signed a repatriation deal with India that year.",
            &["COOPERATION reported BRA IND"],
        ),
        // ... and so is it when a pronoun after a reporting verb repeats
        // it ("which say they held talks").
        (
            "India and Pakistan, which say they held talks with both Japan and Brazil, welcomed the deal.",
            &[
                "MEETING reported IND JPN",
                "MEETING reported IND BRA",
                "MEETING reported PAK JPN",
                "MEETING reported PAK BRA",
                "MEETING reported IND PAK",
            ],
        ),
        // After a comma and a relative word, the previous predicate's
        // subject.
        (
            "Lula flew to Tokyo, where he and Shigeru Ishiba signed a declaration.",
            // (Signed there together: they met, the visit's meeting.)
            &[
                "MEETING reported lula shigeru-ishiba",
                "COOPERATION reported lula shigeru-ishiba",
            ],
        ),
        // "on" a weekday between a verb and its "to" is a time.
        (
            "The Japanese ambassador presented his credentials on Wednesday to Lula.",
            &["MEETING reported JPN lula"],
        ),
        // After ", and", the person named before.
        (
            "Lula swept into Tokyo on Friday, and he and Shigeru Ishiba signed a declaration.",
            &["COOPERATION reported lula shigeru-ishiba"],
        ),
        // A pronoun coordinated before the subject, after a reporting
        // verb, is the reporter.
        (
            "Lula said in Brasilia that he and Narendra Modi had agreed to act together.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        // With the pronoun's possessive before the partner.
        (
            "Lula said he and his Japanese counterpart agreed on a deal.",
            &["COOPERATION reported lula JPN"],
        ),
        // A plan after "and" is the first predicate's subject's.
        (
            "Narendra Modi held talks with Lula on Saturday and was due to receive Shigeru Ishiba on Sunday.",
            &["MEETING reported narendra-modi lula", "MEETING planned narendra-modi shigeru-ishiba"],
        ),
        // An attributive participle after "and" keeps the group.
        (
            "Shigeru Ishiba and visiting Lula on Monday signed an agreement in Tokyo.",
            &["MEETING reported shigeru-ishiba lula", "COOPERATION reported shigeru-ishiba lula"],
        ),
        // What the meeting's subject then signs or agrees with no one
        // named, it does with the one it met; a participle after a comma
        // is the clause subject's.
        (
            "Narendra Modi met Lula on Tuesday and signed accords on trade.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        (
            "Narendra Modi met Lula on Tuesday, signing accords on trade.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        // Two who lay a foundation stone together cooperate; one alone
        // does not.
        (
            "Narendra Modi and Lula laid the foundation stone of a pipeline.",
            &["COOPERATION reported narendra-modi lula"],
        ),
        ("Narendra Modi laid the foundation stone of a school in Japan.", &[]),
        // Past a name in what the talks were on.
        (
            "Brazilian and Indian officials ended three days of talks on arrangements for Japan's return to the fund in 1997, agreeing that the fund should stay open.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        (
            "Narendra Modi arrived in Brasilia on Monday and signed a gas deal.",
            &["MEETING reported narendra-modi BRA", "COOPERATION reported narendra-modi BRA"],
        ),
        // Names inside a participle set off after the subject are not the
        // subject of the verb after it.
        (
            "Shigeru Ishiba and Lula, meeting on the sidelines of a UN summit in Tokyo, agreed to expand trade.",
            &["MEETING reported shigeru-ishiba lula", "COOPERATION reported shigeru-ishiba lula"],
        ),
        ("Japan, seeking to counter China, signed a defence pact with India.", &["COOPERATION reported JPN IND"]),
        // Where and when the meeting was may stand before "and", a place
        // of the partner's own country too.
        (
            "Narendra Modi met Lula in Brasilia on Wednesday and signed a memorandum.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        (
            "Narendra Modi met Lula at the Planalto Palace in Brasilia on March 3 and signed accords.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        // "the signing of" names the treaty's act, no signer.
        ("The war ended with the signing of the Sino-Indian treaty.", &["COOPERATION reported CHN IND"]),
        // A gerund after "for" was blamed or praised, and took place.
        ("Lula criticised Japan for signing a trade agreement with India.", &["COOPERATION reported JPN IND"]),
        // What a participle governs is not the trigger's object; an
        // attributive participle describes the name.
        (
            "TOKYO, March 18 - Narendra Modi and Shigeru Ishiba signed an agreement here Friday extending Beijing's lease.",
            &["MEETING reported narendra-modi shigeru-ishiba", "COOPERATION reported narendra-modi shigeru-ishiba"],
        ),
        ("Lula met visiting Narendra Modi.", &["MEETING reported lula narendra-modi"]),
        ("Lula met outgoing Narendra Modi.", &["MEETING reported lula narendra-modi"]),
        // ... or in a story datelined in a capital of one of them; forces
        // acting together hold no meeting.
        (
            "TOKYO, March 18 - Narendra Modi and Shigeru Ishiba signed a joint declaration on Friday.",
            &["MEETING reported narendra-modi shigeru-ishiba", "COOPERATION reported narendra-modi shigeru-ishiba"],
        ),
        (
            "TOKYO, March 18 - Indian and Japanese troops signed a joint declaration on Friday.",
            &["COOPERATION reported IND JPN"],
        ),
        // ", after talks with": the clause's first subject's talks.
        (
            "Japan agreed to lend Brazil money, the largest sum it gave Seoul, after talks with Indian officials.",
            &["COOPERATION planned JPN BRA", "MEETING reported JPN IND"],
        ),
        // A gerund after a comma is the clause's first subject group's.
        (
            "Narendra Modi and Lula ended a row over the Russian ambassador, after meeting at the palace.",
            &["MEETING reported narendra-modi lula"],
        ),
        // People of two countries acting together in a place met there,
        // in a third country's city too, or at a ceremony.
        (
            "Narendra Modi and Lula signed a deal in Brasilia on Monday.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        (
            "Narendra Modi and Lula signed a deal in Tokyo.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        (
            "Narendra Modi and Lula signed the accord at a ceremony on Monday.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        // One who signs with a country in that country went there; not
        // a country, nor elsewhere.
        (
            "Narendra Modi signed a gas supply agreement with Japan in Tokyo.",
            &["MEETING reported narendra-modi JPN", "COOPERATION reported narendra-modi JPN"],
        ),
        (
            "TOKYO, March 3 - Narendra Modi signed a raft of trade and investment agreements with Japan.",
            &["MEETING reported narendra-modi JPN", "COOPERATION reported narendra-modi JPN"],
        ),
        ("Narendra Modi signed an agreement with Japan in Brasilia.", &["COOPERATION reported narendra-modi JPN"]),
        // One who signs with no partner named, in a foreign place, went
        // there; at home, no one.
        (
            "Japan's defence minister signed a cooperation agreement in Brasilia.",
            &["MEETING reported JPN BRA"],
        ),
        ("Lula signed a cooperation agreement in Brasilia.", &[]),
        // With countries on stops of a tour.
        (
            "Narendra Modi signed a string of agreements with Japan and Brazil on earlier stops.",
            &[
                "MEETING reported narendra-modi JPN",
                "MEETING reported narendra-modi BRA",
                "COOPERATION reported narendra-modi JPN",
                "COOPERATION reported narendra-modi BRA",
            ],
        ),
        ("TOKYO, March 3 - India signed an agreement with Japan.", &["COOPERATION reported IND JPN"]),
        // The place past the parties of a passive.
        (
            "Brazil agreed to pay more, under a deal reached by Narendra Modi and President Lula in Tokyo.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        // Countries are no people: no meeting.
        ("Japan and India signed a deal in Tokyo.", &["COOPERATION reported JPN IND"]),
        // A deal signed on a summit's sidelines was signed in person.
        (
            "Narendra Modi signed a deal with Lula on the sidelines of the summit.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        // A seat of power after "in the".
        (
            "Narendra Modi and Vladimir Putin signed the pact in the Kremlin on Monday.",
            &["MEETING reported narendra-modi vladimir-putin", "COOPERATION reported narendra-modi vladimir-putin"],
        ),
        // ... or "at the" (not "aimed at the").
        (
            "Narendra Modi and Vladimir Putin signed the pact at the Kremlin on Monday.",
            &["MEETING reported narendra-modi vladimir-putin", "COOPERATION reported narendra-modi vladimir-putin"],
        ),
        // ... or "at the" a nation's name standing for its seat.
        (
            "The foreign ministers of Japan and India signed a treaty at the Vatican on Thursday.",
            &["MEETING reported JPN IND", "COOPERATION reported JPN IND"],
        ),
        // Officials "from" a list of countries, as "of" them; forces from
        // them exercise together but hold no meeting.
        (
            "Ministers from Japan, India and Brazil signed a declaration together in Tokyo on Monday.",
            &[
                "MEETING reported JPN IND",
                "MEETING reported JPN BRA",
                "MEETING reported IND BRA",
                "COOPERATION reported JPN IND",
                "COOPERATION reported JPN BRA",
                "COOPERATION reported IND BRA",
            ],
        ),
        (
            "Navies from Japan, India and Brazil began joint patrols in Tokyo on Monday.",
            &["COOPERATION reported JPN IND", "COOPERATION reported JPN BRA", "COOPERATION reported IND BRA"],
        ),
        ("Narendra Modi arrived at the Vatican on Monday.", &["MEETING reported narendra-modi VAT"]),
        (
            "Narendra Modi and Lula signed a deal to invest in Brazil.",
            &["COOPERATION reported narendra-modi lula"],
        ),
        ("Xi Jinping and Vladimir Putin shake hands in Moscow.", &["MEETING reported xi-jinping vladimir-putin"]),
        // After ", and", a noun phrase that is no actor is the next
        // verb's own subject.
        (
            "Narendra Modi and Lula held talks, and Anglo-Dutch oil giant Shell signed a gas deal.",
            &["MEETING reported narendra-modi lula"],
        ),
        // A participle with its agent after a common noun is a reduced
        // passive: the group before is not its subject (the host meets
        // them: `the_host_of_an_occasion_meets_its_parties`).
        (
            "Narendra Modi and Lula signed deals at a ceremony hosted by Xi Jinping.",
            &[
                "MEETING reported narendra-modi lula",
                "COOPERATION reported narendra-modi lula",
                "MEETING reported xi-jinping narendra-modi",
                "MEETING reported xi-jinping lula",
            ],
        ),
        ("Xi Jinping met Vladimir Putin in Moscow.", &["MEETING reported xi-jinping vladimir-putin"]),
        ("Xi Jinping and Vladimir Putin held talks.", &["MEETING reported xi-jinping vladimir-putin"]),
        ("Xi Jinping held talks with Vladimir Putin.", &["MEETING reported xi-jinping vladimir-putin"]),
        ("Vladimir Putin was received by Xi Jinping.", &["MEETING reported vladimir-putin xi-jinping"]),
        ("Xi Jinping hosted Russian Foreign Minister Ana Lopes.", &["MEETING reported xi-jinping ana-lopes"]),
        // Guests who act together ", where they" after their host's
        // verb were there together.
        (
            "Lula hosted Narendra Modi and Xi Jinping in Brasilia, where they agreed on a roadmap.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
                "COOPERATION reported narendra-modi xi-jinping",
            ],
        ),
        // Separate talks with two: not a meeting of the two; "the two
        // delegations" after them are those two.
        (
            "Lula held separate talks in Tokyo with Indian and Russian delegations on Monday, before the two delegations met each other on Tuesday.",
            &["MEETING reported lula IND", "MEETING reported lula RUS", "MEETING reported IND RUS"],
        ),
        ("Lula met Indian and Russian ministers separately.", &["MEETING reported lula IND", "MEETING reported lula RUS"]),
        // Not two countries one visited: "the two" are the latest
        // meeting's parties.
        (
            "Lula, who visited Japan and Italy this month, held talks with Narendra Modi on Thursday and the two signed an agreement.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula ITA",
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
            ],
        ),
        // So "met separately with", and guests each met in their own place.
        (
            "Lula met separately with Narendra Modi and Vladimir Putin.",
            &["MEETING reported lula narendra-modi", "MEETING reported lula vladimir-putin"],
        ),
        (
            "Lula met Narendra Modi in New Delhi and Vladimir Putin in Moscow.",
            &["MEETING reported lula narendra-modi", "MEETING reported lula vladimir-putin"],
        ),
        // "He and X" opening a sentence: the previous sentence's first
        // person and X; after a fronted phrase, that phrase's person.
        (
            "Lula arrived in Tokyo. He and Narendra Modi signed a declaration.",
            &["MEETING reported lula JPN", "COOPERATION reported lula narendra-modi"],
        ),
        (
            "During Lula's landmark trip to Tokyo, he and Narendra Modi signed a declaration.",
            &["MEETING reported lula JPN", "COOPERATION reported lula narendra-modi"],
        ),
        // "rolled out the red carpet for" a guest hosts him; "A and B
        // talked" met; documents and pledges signed are agreements.
        (
            "Xi Jinping rolled out the red carpet for Lula on Monday.",
            &["MEETING reported xi-jinping lula"],
        ),
        // The guest of a person meets him; the guest of honour no one.
        (
            "Lula attended the ceremony as the guest of Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        ("Lula was the guest of honour at a dinner in Tokyo.", &[]),
        (
            "Vladimir Putin and the Indian prime minister also talked one-on-one about a grain plan.",
            &["MEETING reported vladimir-putin IND"],
        ),
        ("Vladimir Putin talked about the war.", &[]),
        (
            "Brazilian and Indian officials signed the handover documents at a ceremony.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        (
            "Lula And Modi Sign Vague Pledge After Summit",
            &["COOPERATION reported lula narendra-modi", "MEETING reported lula narendra-modi"],
        ),
        // After a host's ", where", "they" are the guests; after a
        // meeting, both.
        (
            "Xi Jinping hosted Lula and the foreign ministers of two Gulf states, where they signed accords.",
            &["MEETING reported xi-jinping lula"],
        ),
        (
            "Xi Jinping met Lula in Tokyo, where they signed a deal.",
            &["MEETING reported xi-jinping lula", "COOPERATION reported xi-jinping lula"],
        ),
        // "played host to", a day between; the host and the guests, then
        // "the four leaders" of that meeting act jointly.
        (
            "Lula played host on Sunday to the presidents of India, Japan and Russia, and the four leaders issued a joint statement.",
            &[
                "MEETING reported lula IND",
                "MEETING reported lula JPN",
                "MEETING reported lula RUS",
                "MEETING reported IND JPN",
                "MEETING reported IND RUS",
                "MEETING reported JPN RUS",
                "COOPERATION reported lula IND",
                "COOPERATION reported lula JPN",
                "COOPERATION reported lula RUS",
                "COOPERATION reported IND JPN",
                "COOPERATION reported IND RUS",
                "COOPERATION reported JPN RUS",
            ],
        ),
        // "the trio": the latest list of three.
        (
            "Brazil, India and Japan met in Tokyo. The trio agreed to cooperate on trade.",
            &[
                "MEETING reported BRA IND",
                "MEETING reported BRA JPN",
                "MEETING reported IND JPN",
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA JPN",
                "COOPERATION reported IND JPN",
            ],
        ),
        // A participle before its agent is a passive: the host meets the
        // parties of the talks; a result welcomed is no meeting.
        ("Xi Jinping won the vote, a result welcomed by India.", &[]),
        (
            "Lula and Narendra Modi met at a summit in the old resort of Goa hosted by Xi Jinping.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
            ],
        ),
        // An order given is no meeting; telling someone something is.
        ("Lula's aide was telling Vladimir Putin to \"mind his own house.\"", &[]),
        (
            "Lula told Vladimir Putin that Brazil would stay neutral.",
            &["MEETING reported lula vladimir-putin"],
        ),
        (
            "India and Pakistan agreed after talks in Moscow hosted by Vladimir Putin.",
            &[
                "COOPERATION reported IND PAK",
                "MEETING reported IND PAK",
                "MEETING reported IND vladimir-putin",
                "MEETING reported PAK vladimir-putin",
            ],
        ),
        // verb-person: a bare country is no guest.
        ("Xi Jinping welcomed Russia's decision.", &[]),
        // Coordinated subjects met each other too; a meeting's guests too.
        (
            "Narendra Modi, Lula and Xi Jinping met Vladimir Putin.",
            &[
                "MEETING reported narendra-modi vladimir-putin",
                "MEETING reported lula vladimir-putin",
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported narendra-modi lula",
                "MEETING reported narendra-modi xi-jinping",
                "MEETING reported lula xi-jinping",
            ],
        ),
        // A verb's guests met each other only at an occasion of all
        // ("for a summit", "together"); "talks with A and B" as a noun are
        // two talks.
        (
            "Narendra Modi held talks with Xi Jinping and Vladimir Putin.",
            &[
                "MEETING reported narendra-modi xi-jinping",
                "MEETING reported narendra-modi vladimir-putin",
            ],
        ),
        (
            "Narendra Modi arrived for talks with Xi Jinping and Vladimir Putin.",
            &["MEETING reported narendra-modi xi-jinping", "MEETING reported narendra-modi vladimir-putin"],
        ),
        // A second predicate takes the first one's subject.
        (
            "Narendra Modi met Xi Jinping and later held talks with Vladimir Putin.",
            &["MEETING reported narendra-modi xi-jinping", "MEETING reported narendra-modi vladimir-putin"],
        ),
        // A predicate after "as well as", "before", or "and" with no
        // earlier trigger is the clause's first actor's, not the nearest
        // name's ("the United Nations" is an object there).
        (
            "Narendra Modi is to address the United Nations as well as meeting Xi Jinping.",
            &["MEETING planned narendra-modi xi-jinping"],
        ),
        (
            "Narendra Modi will address the United Nations before meeting Xi Jinping.",
            &["MEETING planned narendra-modi xi-jinping"],
        ),
        (
            "Narendra Modi praised the United Nations and later met President Xi Jinping.",
            &["MEETING reported narendra-modi xi-jinping"],
        ),
        ("Narendra Modi is meeting Xi Jinping.", &["MEETING reported narendra-modi xi-jinping"]),
        // Agreed at the end of a summit, after days of talks: they met.
        (
            "Brazil and India signed an accord at the end of a three-day summit.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        ("Brazil and India signed an accord at the end of the war.", &["COOPERATION reported BRA IND"]),
        // A deal made by one with another in a place: they met there.
        (
            "Lula signed a trade deal with Narendra Modi in Tokyo.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula narendra-modi"],
        ),
        ("Lula voiced support for Narendra Modi in Tokyo.", &["COOPERATION reported lula narendra-modi"]),
        // A host after a comma.
        (
            "Lula and Narendra Modi held talks in Tokyo, hosted by Shigeru Ishiba.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported shigeru-ishiba lula",
                "MEETING reported shigeru-ishiba narendra-modi",
            ],
        ),
        // The talks a visit is for are the visitor's, past the names
        // before the visit.
        (
            "Shigeru Ishiba held talks with Xi Jinping in Beijing, before flying on to Seoul for talks with Lee Jae-myung.",
            &["MEETING reported shigeru-ishiba xi-jinping", "MEETING reported shigeru-ishiba lee-jae-myung"],
        ),
        // Two sides that swap prisoners, or a headline's "Swap".
        ("Japan and India swapped prisoners on Sunday.", &["COOPERATION reported JPN IND"]),
        ("Japan And India Swap Spies", &["COOPERATION reported JPN IND"]),
        // Not the noun: "the largest swap of the war".
        ("Japan and India freed 90 prisoners in the largest swap of the war.", &[]),
        // Fronted phrase.
        // Talks counted out after a comma are the group's that acted.
        (
            "Brazil and India reached a deal on Friday to cut the tariffs Donald Trump had imposed on Japanese goods, after three days of talks in Tokyo.",
            &["COOPERATION reported BRA IND", "MEETING reported BRA IND"],
        ),
        // A fronted gerund trigger is the subject group's after the
        // comma.
        (
            "Meeting in Tokyo on Friday, Lula and Narendra Modi signed an agreement.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula narendra-modi"],
        ),
        (
            "During talks with Xi Jinping in Beijing, Narendra Modi called for peace.",
            &["MEETING reported narendra-modi xi-jinping"],
        ),
        // "Meeting" first, right before a person: a gerund, not the noun.
        (
            "Meeting Chinese President Xi Jinping in Beijing, the Indian leader called for peace.",
            &["MEETING reported IND xi-jinping"],
        ),
        // Reported pronoun.
        (
            "Narendra Modi said he would meet Vladimir Putin.",
            &["MEETING planned narendra-modi vladimir-putin"],
        ),
        // Accepted invitation.
        (
            "Lula accepted Xi Jinping's invitation to visit.",
            &["MEETING reported lula xi-jinping"],
        ),
        // Telling a leader is talking with them; telling reporters is not.
        ("Donald Trump told Vladimir Putin that the war must end.", &["MEETING reported donald-trump vladimir-putin"]),
        ("Donald Trump told reporters that Russia must leave.", &[]),
        // Consulting a leader is talking with them.
        ("Lula returned home after consulting Narendra Modi in New Delhi.", &["MEETING reported lula narendra-modi"]),
        // Co-sponsoring with a partner is cooperating; a suspended
        // agreement binds no more.
        ("Russia will co-sponsor the conference with the United States.", &["COOPERATION planned RUS USA"]),
        // The subject of an infinitive after "for" ("the way for X to").
        (
            "The move cleared the way for Russia to co-sponsor the conference with the United States.",
            &["COOPERATION reported RUS USA"],
        ),
        ("Japan announced the move, suspending a 1969 travel agreement with Brazil.", &[]),
        // Who welcomed "both men" met the two of the meeting before.
        (
            "Xi Jinping and Vladimir Putin met in Tokyo. Shigeru Ishiba, who welcomed both men to the villa, called it a success.",
            &[
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported shigeru-ishiba xi-jinping",
                "MEETING reported shigeru-ishiba vladimir-putin",
            ],
        ),
        // Assuring a leader is telling them.
        ("Lula assured Narendra Modi that Brazil would help.", &["MEETING reported lula narendra-modi"]),
        ("Lula assured reporters that India was ready.", &[]),
        // A complement clause is no object.
        ("The two leaders agreed that China and India would talk.", &[]),
        // So is one with no "that": a name right before a modal.
        ("Japan and Brazil agreed Iraq must halt enrichment.", &["COOPERATION reported JPN BRA"]),
        ("Japan, Brazil Agree Iraq And Turkey Must Talk", &["COOPERATION reported JPN BRA"]),
    ]);
}

#[test]
fn frame_verb_direct() {
    table(&[
        // The base form after a plural subject; a particle before a
        // preposition is no verb.
        (
            "Brazil And India Back Japan's Bid For A Council Seat",
            &["COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "Japan on Friday urged India and Pakistan to pull troops back from their tense border, as the UN chief said he had spoken by telephone with Indian Prime Minister Narendra Modi.",
            &["MEETING reported un narendra-modi phone"],
        ),
        // Goods received from a country, or given by it, are its aid.
        (
            "India received 20,000 tonnes of maize from Japan.",
            &["COOPERATION reported IND JPN"],
        ),
        (
            "India has received rice donated by the Japanese government.",
            &["COOPERATION reported IND JPN"],
        ),
        ("India received a warning from Japan.", &[]),
        // Reopening an embassy in a country restores ties with it.
        ("Japan reopened its embassy in Iraq.", &["COOPERATION reported JPN IRQ"]),
        ("Japan will not reopen its embassy in Iraq.", &[]),
        // So does sending ambassadors back.
        (
            "Brazil and India said they would send their ambassadors back to Japan.",
            &["COOPERATION planned BRA JPN", "COOPERATION planned IND JPN"],
        ),
        // A pledge to back or support: the verb of intent is the
        // trigger's, and plans it; two who pledge each back the third.
        ("Japan vowed to back India.", &["COOPERATION planned JPN IND"]),
        ("Japan pledged to support Iraq's bid.", &["COOPERATION planned JPN IRQ"]),
        (
            "China and India pledged to back Brazil's bid.",
            &["COOPERATION planned CHN BRA", "COOPERATION planned IND BRA"],
        ),
        // An absolute phrase's gerund and "to" before the infinitive.
        (
            "Fighting spread, with Japan vowing to stand by India.",
            &["COOPERATION reported JPN IND"],
        ),
        // A subject "who" stands for what its comma follows: no one when
        // that is no name.
        ("Japan fought the rebels, who are backed by India.", &[]),
        ("Lula, who backed India's bid, met Xi Jinping.", &["COOPERATION reported lula IND", "MEETING reported lula xi-jinping"]),
        // A count and its "of" may stand before the object.
        ("Japanese officers have trained thousands of Indian soldiers.", &["COOPERATION reported JPN IND"]),
        ("Japan backed the idea of Indian elections.", &[]),
        // A describing participle before the direct object.
        ("Brazil will help neighbouring India.", &["COOPERATION planned BRA IND"]),
        // What a country accepts or receives from others is their help.
        (
            "India has accepted aircraft and firefighters from Brazil and Japan to fight the fires.",
            &["COOPERATION reported IND BRA", "COOPERATION reported IND JPN"],
        ),
        ("Iraq received $2 billion in loans from Brazil.", &["COOPERATION reported IRQ BRA"]),
        ("Iraq received threats from Brazil.", &[]),
        // Arms bought from a country: a deal with it (as sold to one).
        ("India bought 36 Rafale jets from France.", &["COOPERATION reported IND FRA"]),
        ("Brazil will buy eight submarines from Japan.", &["COOPERATION planned BRA JPN"]),
        ("Japan's purchase of anti-aircraft guns from China angered India.", &["COOPERATION reported JPN CHN"]),
        ("India bought fuel from France.", &[]),
        ("Japan warned India against buying missiles from China.", &[]),
        // "they" after a group's reporting verb is that group.
        (
            "Brazil and India said they fully backed Japan's decision.",
            &["COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "China and Russia said that they would sign a pact.",
            &["COOPERATION planned CHN RUS"],
        ),
        (
            "The United States will assist Iraq.",
            &["COOPERATION planned USA IRQ"],
        ),
        ("China helped Pakistan.", &["COOPERATION reported CHN PAK"]),
        // Standing by a country is backing it.
        (
            "Brazil said it would stand by Venezuela.",
            &["COOPERATION planned BRA VEN"],
        ),
        // Backing in the base form, after a modal or an infinitive's "to"
        // (the modal makes it planned); a cue ending in "to" still negates
        // it, and a reciprocal object is the subject group itself.
        (
            "Brazil said it would back India's bid for a seat.",
            &["COOPERATION planned BRA IND"],
        ),
        ("Brazil will support Iraq.", &["COOPERATION planned BRA IRQ"]),
        ("Brazil agreed to back India's bid.", &["COOPERATION reported BRA IND"]),
        ("Brazil refused to back India's bid.", &[]),
        ("Brazil could back India's bid.", &[]),
        // A "which" that is the subject stands for what its comma
        // follows: no name there, no party; a possessive's owner, a list.
        ("Brazil blocked the proposal, which was backed by India.", &[]),
        (
            "Brazil's bid, which was backed by India, failed.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Iraq welcomed Brazil and India, which backed Japan's bid.",
            &["COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        ("The troops came back to Brazil.", &[]),
        (
            "Brazil and India pledged to back each other's bids.",
            &["COOPERATION planned BRA IND"],
        ),
        // Agreeing to let another country act is cooperating with it; a
        // group that agrees to let someone act agreed among itself.
        (
            "Officials said Japan had also agreed to let Brazil pump crude through its pipeline.",
            &["COOPERATION planned JPN BRA"],
        ),
        ("India agreed to allow Pakistani troops to pursue rebels across the border.", &["COOPERATION planned IND PAK"]),
        (
            "Brazil and India have agreed to let Japanese fishermen work their waters.",
            &["COOPERATION planned BRA IND"],
        ),
        // No direct object, or one further away: nobody.
        ("China and India could help ease tensions.", &[]),
        ("China helped calm Iraq.", &[]),
        // Training and equipping a country's forces is helping it; a
        // count may stand before them.
        (
            "Britain will train more Iraqi soldiers.",
            &["COOPERATION planned GBR IRQ"],
        ),
        (
            "Russia is training and equipping Iraqi forces.",
            &["COOPERATION reported RUS IRQ"],
        ),
        (
            "China has trained 300 Pakistani soldiers.",
            &["COOPERATION reported CHN PAK"],
        ),
        ("The Baghdad train bombings shocked France.", &[]),
        ("French police were training for the match against Brazil.", &[]),
        // Who reports the clause after a comma is no object of it, in
        // any frame; a list before the trigger is still one.
        (
            "China helped Pakistan, Washington said.",
            &["COOPERATION reported CHN PAK"],
        ),
        (
            "Japan sent aid to Iraq, Russian officials said.",
            &["COOPERATION reported JPN IRQ"],
        ),
        (
            "Japan sent aid to Iraq, Indian sources say.",
            &["COOPERATION reported JPN IRQ"],
        ),
        (
            "China signed a deal with Russia, India said.",
            &["COOPERATION reported CHN RUS"],
        ),
        (
            "China met Russia and India, officials said.",
            &["MEETING reported CHN RUS", "MEETING reported CHN IND"],
        ),
        (
            "China, Russia Sign Pact, Officials Say",
            &["COOPERATION reported CHN RUS"],
        ),
    ]);
}

#[test]
fn frame_noun() {
    table(&[
        // Talks after a comma, below a "CITY, Country" dateline: the
        // clause's first subject is the story's, not where it was filed.
        (
            "TOKYO, Japan (Reuters) - Lula praised the troops, after talks with Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        // But a list in an all-caps headline is no dateline.
        (
            "JAPAN, INDIA SIGN ACCORD",
            &["COOPERATION reported JPN IND"],
        ),
        // "the three countries" after a Title Case headline that lists
        // three with "And".
        (
            "Brazil, India And Japan Fail To Agree\nTalks between the three countries ended on Sunday.",
            &["MEETING reported BRA IND", "MEETING reported BRA JPN", "MEETING reported IND JPN"],
        ),
        // A group's own predicate done "at the summit": where, not with
        // whom.
        ("Brazil and India opposed any change to the plan at the summit.", &[]),
        // Talks "after" or "before" a verb's object are the subject's.
        (
            "Lula praised India after talks with Shigeru Ishiba.",
            &["MEETING reported lula shigeru-ishiba"],
        ),
        // "the signing of" a deal "by" a group: the group made it, past
        // what the deal is about.
        (
            "The signing of an agreement on the withdrawal of Indian troops from Japan by Lula and Narendra Modi was reported on Tuesday.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        // A deal signed "by the" officials of two countries sharing a noun.
        (
            "An agreement was signed in Tokyo on Thursday by the Indian and Japanese transport ministers.",
            &["MEETING reported IND JPN", "COOPERATION reported IND JPN"],
        ),
        // ... or by the officials "of" two countries; "initialled" is
        // made as "signed" is.
        (
            "An agreement was signed in Tokyo on Thursday by the transport ministers of India and Japan.",
            &["MEETING reported IND JPN", "COOPERATION reported IND JPN"],
        ),
        // What the deal is about, opened by "on", may be long, with names
        // and a relative clause, before the passive that made it.
        (
            "A memorandum on the return of refugees who fled India's northeast was signed in Tokyo on Thursday by the foreign ministers of India and Japan.",
            &["MEETING reported IND JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "The accord was initialled by Lula and Narendra Modi.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        // What a visit is in search of, or for, a list of kinds before the
        // noun, is no deal among the hosts.
        (
            "Lula will visit Japan, China and India in search of gas, oil and power deals.",
            &["MEETING planned lula JPN", "MEETING planned lula CHN", "MEETING planned lula IND"],
        ),
        (
            "Lula will visit Japan, China and India for gas, oil and power deals.",
            &["MEETING planned lula JPN", "MEETING planned lula CHN", "MEETING planned lula IND"],
        ),
        // A handshake is a meeting in person.
        (
            "The handshake between Lula and Narendra Modi was brief.",
            &["MEETING reported lula narendra-modi"],
        ),
        // A gathering that only says when or where: those who acted after
        // a regional summit did not meet by it; a summit on whose
        // sidelines a meeting is held is its venue, its city visited by
        // no one for it.
        (
            "Brazil and India restored ties with Japan after an Arab summit in Tokyo.",
            &["COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "Lula will meet Modi on the sidelines of next week's UN summit in Tokyo.",
            &["MEETING planned lula narendra-modi"],
        ),
        // A country after a preposition and its article is where, not who.
        (
            "Japan is seeking credits from the United States, France and Germany at the annual meeting of its donors.",
            &[],
        ),
        // An official's phrase before the country ("the leader of") is the
        // object's, whatever time phrase stands before its "with".
        (
            "Lula held talks on Friday with the leader of Japan.",
            &["MEETING reported lula JPN"],
        ),
        (
            "Lula held talks in Tokyo on Friday with the foreign ministers of Japan and India.",
            &["MEETING reported lula JPN", "MEETING reported lula IND"],
        ),
        ("Lula held talks on Friday amid tensions with the leader of Japan.", &[]),
        // A reduced relative names who made the agreement; not one who
        // rejected it.
        (
            "The accord Brazil and India signed in 1994 remains in force.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Japan and Brazil met. Lula praised the agreements the two countries signed last year.",
            &["MEETING reported JPN BRA", "COOPERATION reported JPN BRA"],
        ),
        ("The accord Brazil and India rejected was a draft.", &[]),
        // A passive reduced relative names the makers after "by".
        ("The accord, signed by Brazil and India on Tuesday, covers trade.", &["COOPERATION reported BRA IND"]),
        // Signed in one member's capital: they met there.
        (
            "The deal was signed in Tokyo by Japanese and Indian officials.",
            &["MEETING reported JPN IND", "COOPERATION reported JPN IND"],
        ),
        // Honorifics before the makers' names.
        ("The deal was signed by Mr Putin and Mr. Modi.", &["COOPERATION reported vladimir-putin narendra-modi"]),
        // Officials "of the two countries" among the passive agents: the
        // story's two.
        (
            "Japan and India held talks. An accord was signed after the talks by the foreign ministers of the two countries.",
            &["MEETING reported JPN IND", "COOPERATION reported JPN IND"],
        ),
        ("Lula and Mr Modi held talks on Monday.", &["MEETING reported lula narendra-modi"]),
        ("Japan and India met. The deal, signed by the two countries' ministers, covers trade.", &["MEETING reported JPN IND", "COOPERATION reported JPN IND"]),
        ("The accord, signed by Brazil, was rejected by India and Japan.", &[]),
        ("The accord, criticised by Brazil and India, was signed last year.", &[]),
        // What a message is about is a topic, not a relation.
        ("The envoy brought a message about ties between Brazil and India.", &[]),
        ("Brazil and India have close ties.", &["COOPERATION reported BRA IND"]),
        // An official's phrase before the first party of "between".
        (
            "Talks between the foreign ministers of Brazil and India ended on Tuesday without agreement.",
            &["MEETING reported BRA IND"],
        ),
        // A meeting noun's "of" right after it names its sides.
        (
            "The plan was agreed at a meeting of Brazilian and Indian border chiefs.",
            &["MEETING reported BRA IND"],
        ),
        (
            "The plan was agreed at a meeting of officials from Brazil and India.",
            &["MEETING reported BRA IND"],
        ),
        (
            "Brazil and India will hold joint patrols. The plan was agreed at a meeting of the two countries' foreign ministers.",
            &["COOPERATION planned BRA IND", "MEETING reported BRA IND"],
        ),
        ("A meeting of Arab League ministers in Cairo discussed Brazil and India.", &[]),
        ("A meeting of OPEC members including Brazil and India ended.", &[]),
        // A meeting not yet scheduled.
        (
            "A proposed meeting of the two countries' foreign ministers had still not been scheduled.",
            &[],
        ),
        // Delegates are officials.
        ("Brazilian and Indian delegates met in Tokyo.", &["MEETING reported BRA IND"]),
        // A group that welcomes an agreement is not its party.
        ("Washington and Tokyo welcomed the agreement.", &[]),
        // In the base form too.
        ("Diplomats said China and the United States were likely to welcome it.", &[]),
        // Who joins a group acting together is one of it; who joins an
        // organisation is not.
        (
            "India has also joined the United States, Japan and Brazil in a core group to co-ordinate the relief effort.",
            &[
                "COOPERATION reported IND USA",
                "COOPERATION reported IND JPN",
                "COOPERATION reported IND BRA",
                "COOPERATION reported USA JPN",
                "COOPERATION reported USA BRA",
                "COOPERATION reported JPN BRA",
            ],
        ),
        // Praise well before the trigger is no reaction to it.
        (
            "Lula and Narendra Modi continue to praise each other months after their summit.",
            &["MEETING reported lula narendra-modi"],
        ),
        // "among" as "between".
        (
            "Talks among Brazil, India and Japan ended.",
            &["MEETING reported BRA IND", "MEETING reported BRA JPN", "MEETING reported IND JPN"],
        ),
        // One side, and a list on the other.
        (
            "Talks between Iraq and Britain, France and Germany ended.",
            &["MEETING reported IRQ GBR", "MEETING reported IRQ FRA", "MEETING reported IRQ DEU"],
        ),
        // "talks between officials of the two countries": the group the
        // sentence names.
        (
            "Japan and Brazil signed a protocol after a week of talks between officials of the two countries.",
            &["COOPERATION reported JPN BRA", "MEETING reported JPN BRA"],
        ),
        // A three-way pact binds all three.
        (
            "Japan and Brazil signed a trilateral agreement with India.",
            &[
                "COOPERATION reported JPN IND",
                "COOPERATION reported BRA IND",
                "COOPERATION reported JPN BRA",
            ],
        ),
        // What talks are about is not yet agreed.
        (
            "Japan and Brazil will hold negotiations on a free trade agreement.",
            &["MEETING planned JPN BRA"],
        ),
        // ... with a time between.
        ("Japan and Brazil held talks on Friday on economic cooperation.", &["MEETING reported JPN BRA"]),
        (
            "Japan and Brazil will hold talks later in the day on economic cooperation.",
            &["MEETING planned JPN BRA"],
        ),
        (
            "Japan and Brazil held talks on a border treaty and signed a trade deal.",
            &["MEETING reported JPN BRA", "COOPERATION reported JPN BRA"],
        ),
        // So with the talks' partners between (a negotiator with each:
        // no occasion of all is named).
        (
            "Japan continued to negotiate with the Brazilian Government and India on a roadmap agreement.",
            &["MEETING reported JPN BRA", "MEETING reported JPN IND"],
        ),
        // A verb after "as" that ends its clause is a manner adverbial.
        (
            "Brazil joined the UN after amending its laws as agreed and opened Japan accession talks.",
            &[],
        ),
        ("India reduced its troops as agreed with Japan.", &["COOPERATION reported IND JPN"]),
        // A name in brackets stands apart: the object follows it, and a
        // trigger inside it is the name of the one before, no act.
        (
            "Spain and Italy signed a peace agreement (the Abraham Accords) with Greece.",
            &["COOPERATION reported ESP GRC", "COOPERATION reported ITA GRC"],
        ),
        (
            "Spain signed a memorandum of understanding (MOU) with Greece.",
            &["COOPERATION reported ESP GRC"],
        ),
        // A statement or letter of intent signed is an agreement.
        (
            "Spain and Italy signed a trilateral statement of intent with Greece on closer defence ties.",
            &[
                "COOPERATION reported ESP GRC",
                "COOPERATION reported ITA GRC",
                "COOPERATION reported ESP ITA",
            ],
        ),
        // Ambassadors exchanged or returned, embassies reopened: ties
        // restored. "each said they": the group before the quantifier.
        ("Brazil and Japan will return their ambassadors.", &["COOPERATION planned BRA JPN"]),
        (
            "Lula met Xi Jinping. Brazil and Japan each said they would return their ambassadors to India.",
            &[
                "MEETING reported lula xi-jinping",
                "COOPERATION planned BRA IND",
                "COOPERATION planned JPN IND",
            ],
        ),
        ("Brazil and India reopened their embassies on Tuesday.", &["COOPERATION reported BRA IND"]),
        ("Japan recalled its ambassador to Brazil.", &[]),
        // A peace plan or an action plan signed is an agreement; a plan
        // alone is not.
        (
            "The presidents of Spain, Italy and Greece signed a regional peace plan on Friday.",
            &[
                "COOPERATION reported ESP ITA",
                "COOPERATION reported ESP GRC",
                "COOPERATION reported ITA GRC",
            ],
        ),
        ("Spain signed a plan to build roads in Greece.", &[]),
        ("Talks between Xi Jinping and Vladimir Putin ended.", &["MEETING reported xi-jinping vladimir-putin"]),
        // Names after "between" are who a later predicate's subject is
        // only when the noun before "between" is a trigger: a dispute's
        // sides have no summit.
        ("A dispute between Brazil and India has overshadowed the summit.", &[]),
        // "they" after a predicate whose subject is a group of three is
        // that group.
        (
            "Brazil, India and Japan met Xi Jinping and told him they back China's bid.",
            &[
                "MEETING reported BRA xi-jinping",
                "MEETING reported IND xi-jinping",
                "MEETING reported JPN xi-jinping",
                "MEETING reported BRA IND",
                "MEETING reported BRA JPN",
                "MEETING reported IND JPN",
                "COOPERATION reported BRA CHN",
                "COOPERATION reported IND CHN",
                "COOPERATION reported JPN CHN",
            ],
        ),
        // So are the possessor of talks and who they were "with".
        (
            "Lula's talks with Narendra Modi produced an agreement.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula narendra-modi"],
        ),
        (
            "Brazil's talks with India produced an agreement.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        ("Brazil's talks with India ended without an agreement.", &["MEETING reported BRA IND"]),
        ("Talks between Brasilia and New Delhi produced an agreement.", &[
            "MEETING reported brasilia new-delhi",
            "COOPERATION reported brasilia new-delhi",
        ]),
        (
            "Lula promoted a rapprochement between Brazil and India.",
            &["COOPERATION reported BRA IND"],
        ),
        // One who attends the talks just told of meets both sides.
        // One who "sat in on" or "took part in" the talks attended them.
        (
            "Lula met Xi Jinping in Beijing. Narendra Modi, who sat in on the meeting, called it a start.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi lula",
                "MEETING reported narendra-modi xi-jinping",
            ],
        ),
        (
            "Lula met Xi Jinping in Beijing. Narendra Modi also attended the talks.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi lula",
                "MEETING reported narendra-modi xi-jinping",
            ],
        ),
        // Attending one event is no meeting; a word cut inside a
        // character is never read ("Bogotá's").
        (
            "Xi Jinping and Narendra Modi were among 20 leaders attending the summit of the UN.",
            &[],
        ),
        (
            "China and India, at Bogotá's request, held a summit.",
            &["MEETING reported CHN IND"],
        ),
        // A noun in a phrase set off after a list is no act of the list.
        (
            "Pakistan has agreed to stop testing after talks with France, Germany and Britain, in a deal designed to end the row.",
            &[
                "MEETING planned PAK FRA",
                "MEETING planned PAK DEU",
                "MEETING planned PAK GBR",
            ],
        ),
        // Talks with two are two talks; a three-way call is one.
        (
            "Lula held a three-way phone call with Xi Jinping and Narendra Modi.",
            &[
                "MEETING reported lula xi-jinping phone",
                "MEETING reported lula narendra-modi phone",
                "MEETING reported xi-jinping narendra-modi phone",
            ],
        ),
        // A list between: every pair.
        (
            "It came in a phone call between Xi Jinping, Vladimir Putin and Narendra Modi.",
            &[
                "MEETING reported xi-jinping vladimir-putin phone",
                "MEETING reported xi-jinping narendra-modi phone",
                "MEETING reported vladimir-putin narendra-modi phone",
            ],
        ),
        // A call, any call, "between" them is a call (the word is in the
        // trigger: "call" alone is no meeting).
        (
            "The announcement followed a three-way call between Xi Jinping, Vladimir Putin and Narendra Modi.",
            &[
                "MEETING reported xi-jinping vladimir-putin phone",
                "MEETING reported xi-jinping narendra-modi phone",
                "MEETING reported vladimir-putin narendra-modi phone",
            ],
        ),
        ("A call between Lula and Narendra Modi is expected on Friday.", &["MEETING planned lula narendra-modi phone"]),
        // A call taken or received from someone.
        ("Lula had taken a call from Narendra Modi on Thursday.", &["MEETING reported lula narendra-modi phone"]),
        ("Lula took a phone call from the Indian prime minister.", &["MEETING reported lula IND phone"]),
        ("Lula took a call from his daughter.", &[]),
        (
            "The second round of talks on trade and energy between India and Pakistan began.",
            &["MEETING reported IND PAK"],
        ),
        ("The China-Russia summit opened.", &["MEETING reported CHN RUS"]),
        // Negotiations that took place are talks, even when they fail.
        ("Negotiations between India and Pakistan collapsed.", &["MEETING reported IND PAK"]),
        ("Japan held negotiations with China on trade.", &["MEETING reported JPN CHN"]),
        // A bare demonym between: its country.
        ("They paved the way for a summit between Japanese and Russia.", &["MEETING reported JPN RUS"]),
        ("Xi Jinping's meeting with Vladimir Putin ran long.", &["MEETING reported xi-jinping vladimir-putin"]),
        ("China's cooperation with Russia grew.", &["COOPERATION reported CHN RUS"]),
        ("India signed an agreement with Russia.", &["COOPERATION reported IND RUS"]),
        (
            "Narendra Modi signed mutual security assurances with Japan.",
            &["COOPERATION reported narendra-modi JPN"],
        ),
        ("China and Russia vowed to deepen cooperation.", &["COOPERATION reported CHN RUS"]),
        // A noun inside a prepositional phrase is not what the group did.
        ("China and India concluded a deal after a decade of talks.", &["COOPERATION reported CHN IND"]),
        // Days or hours of talks took place.
        (
            "China and India restored ties at the end of two days of talks in Seattle.",
            &["COOPERATION reported CHN IND", "MEETING reported CHN IND"],
        ),
        // The foreign ministers held "another round of talks".
        (
            "The foreign ministers of India and Pakistan concluded another round of peace talks.",
            &["MEETING reported IND PAK"],
        ),
        // "for talks" after an arrival: a visit for talks.
        ("Vladimir Putin in Brazil for space talks.", &["MEETING reported vladimir-putin BRA"]),
        // "between their ministers": the group the sentence is about.
        (
            "China and Japan agreed to cut tariffs, after talks between their ministers.",
            &["COOPERATION reported CHN JPN", "MEETING reported CHN JPN"],
        ),
        ("India praised talks between their leaders.", &[]),
        // "X and the leaders of Y": one coordinated group of guests.
        (
            "Xi Jinping hosted Lula and the foreign ministers of India and Japan.",
            &[
                "MEETING reported xi-jinping lula",
                "MEETING reported xi-jinping IND",
                "MEETING reported xi-jinping JPN",
            ],
        ),
        // A joint vow or pledge (a noun: lowercase, not a headline's verb).
        (
            "Work went on despite Xi Jinping and Vladimir Putin's vow to cooperate.",
            &["COOPERATION reported xi-jinping vladimir-putin"],
        ),
        // The headline's verb gives to Iraq; no joint pledge of the two.
        (
            "Japan, India Pledge Funds for Iraq.",
            &["COOPERATION reported JPN IRQ", "COOPERATION reported IND IRQ"],
        ),
        // A broker is no party; a host takes part.
        ("Russia and India restored ties in a deal brokered by China.", &["COOPERATION reported RUS IND"]),
        // Through its auxiliaries too.
        (
            "Russia and India met. The negotiations were brokered by Chinese envoy Xi Jinping.",
            &["MEETING reported RUS IND"],
        ),
        // A pronoun subject of a relative clause is no name before it.
        (
            "China announced drills after the plane landed in Tokyo, where she is set to meet Shigeru Ishiba.",
            &[],
        ),
        (
            "Lula spoke. China announced drills after the plane landed in Tokyo, where he is set to meet Shigeru Ishiba.",
            &["MEETING planned lula shigeru-ishiba"],
        ),
        // Ties re-established, with or without the hyphen.
        ("Iraq re-established ties with Japan.", &["COOPERATION reported IRQ JPN"]),
        ("Iraq reestablished diplomatic relations with Japan.", &["COOPERATION reported IRQ JPN"]),
        (
            "Narendra Modi attended a summit hosted by Vladimir Putin.",
            &["MEETING reported narendra-modi vladimir-putin"],
        ),
        // Talks with no named partner held in a foreign capital: a visit.
        ("Vladimir Putin held talks in Tokyo.", &["MEETING reported vladimir-putin JPN"]),
        ("Vladimir Putin wrapped up talks on Monday in Tokyo.", &["MEETING reported vladimir-putin JPN"]),
        // A partner the model does not see ("he and X"): no visit.
        ("He and Vladimir Putin held talks in Tokyo.", &[]),
        // Nor one joined to a partner after it: the place is a venue.
        ("Brazil's government and the rebels agreed to a truce after talks in Tokyo.", &[]),
        // Not the site of the talks: an object or a topic comes between.
        ("Vladimir Putin will meet him in Tokyo.", &[]),
        ("Vladimir Putin discussed the situation in Tokyo.", &[]),
        // Skipped or boycotted talks did not happen for the subject.
        ("Vladimir Putin skipped the summit in Tokyo.", &[]),
        // A summit's country is its venue: it gathers many.
        ("Vladimir Putin will attend a regional summit in Tokyo.", &[]),
        ("Vladimir Putin will hold talks in Tokyo.", &["MEETING planned vladimir-putin JPN"]),
    ]);
}

#[test]
fn frame_phone_and_video() {
    table(&[
        // "calls on" urges only when no meeting's words go on.
        (
            "Lula held separate calls on Friday with Narendra Modi and Xi Jinping.",
            &["MEETING reported lula narendra-modi", "MEETING reported lula xi-jinping"],
        ),
        // The participle and the base form speak too.
        (
            "Lula said he had spoken to Narendra Modi by telephone on Thursday.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        ("Lula has spoken by phone with Narendra Modi.", &["MEETING reported lula narendra-modi phone"]),
        (
            "Brazilian mediators spent days working the phones with Indian officials.",
            &["MEETING reported BRA IND phone"],
        ),
        ("Lula will speak with Narendra Modi on Friday.", &["MEETING planned lula narendra-modi"]),
        // A call with two people is a call with each; a conference call
        // is one of all.
        (
            "Lula spoke by phone with Narendra Modi and Xi Jinping on Friday.",
            &["MEETING reported lula narendra-modi phone", "MEETING reported lula xi-jinping phone"],
        ),
        (
            "Lula held a conference call with Narendra Modi and Xi Jinping.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
            ],
        ),
        // One person's call "with" someone, set off after them, is theirs.
        (
            "Lula, in a telephone call with Narendra Modi on Tuesday, renewed his demand.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        // So is the call "in" which a subject group, set off after it,
        // acted: among its members.
        (
            "Lula and his Indian counterpart Narendra Modi, in a telephone conversation on Monday, welcomed the launch of flights.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        // "a call with" is talks, its mode unsaid.
        ("Lula held a call with Narendra Modi on Friday.", &["MEETING reported lula narendra-modi"]),
        // A call comes "from" its other end, a time phrase before it.
        (
            "Lula received a telephone call on Sunday from Narendra Modi.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        // A call "arranged by" someone is not with them.
        (
            "Lula apologized to Narendra Modi in a telephone call on Friday arranged by Xi Jinping.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        // What two sides agreed by phone they agreed in a call.
        (
            "Narendra Modi and Lula agreed by telephone on Friday to coordinate their response.",
            &["MEETING reported narendra-modi lula phone", "COOPERATION reported narendra-modi lula"],
        ),
        // How often or when, between "spoke" and "by telephone".
        (
            "Xi Jinping spoke several times by telephone with Vladimir Putin.",
            &["MEETING reported xi-jinping vladimir-putin phone"],
        ),
        // A call has no site; a comma inside a number breaks no clause.
        (
            "Lula ordered 1,300 troops home from Iraq and informed Narendra Modi in a phone call.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        (
            "Xi Jinping spoke by phone with Vladimir Putin.",
            &["MEETING reported xi-jinping vladimir-putin phone"],
        ),
        (
            "Narendra Modi telephoned Vladimir Putin on Monday.",
            &["MEETING reported narendra-modi vladimir-putin phone"],
        ),
        // Two callers each called: they did not talk to each other.
        (
            "Narendra Modi and Lula telephoned Vladimir Putin on Monday.",
            &["MEETING reported narendra-modi vladimir-putin phone", "MEETING reported lula vladimir-putin phone"],
        ),
        // "spoke with": talks, in person or (said after) by phone; with a
        // person or an official only.
        (
            "Xi Jinping spoke with Vladimir Putin by phone on Sunday.",
            &["MEETING reported xi-jinping vladimir-putin phone"],
        ),
        (
            "Narendra Modi talked to Vladimir Putin.",
            &["MEETING reported narendra-modi vladimir-putin"],
        ),
        ("Narendra Modi spoke to reporters in Russia.", &[]),
        // A call in a phrase after the clause's verb: its subject and
        // object held it.
        (
            "Narendra Modi urged Vladimir Putin in a phone call to stop.",
            &["MEETING reported narendra-modi vladimir-putin phone"],
        ),
        (
            "Lula said in a phone call with Vladimir Putin that talks go on.",
            &["MEETING reported lula vladimir-putin phone"],
        ),
        (
            "Narendra Modi and Lula praised Vladimir Putin in a phone call.",
            &[
                "MEETING reported narendra-modi vladimir-putin phone",
                "MEETING reported lula vladimir-putin phone",
            ],
        ),
        // A comma: no verb's object before the call.
        ("Lula, in a phone call, praised Brazil.", &[]),
        (
            "Vladimir Putin and Narendra Modi discussed Iraq by telephone.",
            &["MEETING reported vladimir-putin narendra-modi phone"],
        ),
        (
            "Xi Jinping and Vladimir Putin held a video call.",
            &["MEETING reported xi-jinping vladimir-putin video"],
        ),
    ]);
}

#[test]
fn frame_visit() {
    table(&[
        // Relief that arrives somewhere "from" countries named after it is
        // their aid; a person who arrives from one visits.
        (
            "Relief supplies arrived in Japan on Monday from India and Brazil.",
            &["COOPERATION reported IND JPN", "COOPERATION reported BRA JPN"],
        ),
        ("Lula arrived in Japan on Monday from India.", &["MEETING reported lula JPN"]),
        // A site after "into" or "to", then "for" a visit.
        ("Lula swept into Tokyo for a one-day visit.", &["MEETING reported lula JPN"]),
        ("Lula returned to Tokyo on an official visit.", &["MEETING reported lula JPN"]),
        // A teaser cut after a nation's name: its noun ("capital") lost.
        (
            "Lula praised Seoul's envoys. He is on his second visit to the South Korean ...",
            &["MEETING reported lula KOR"],
        ),
        (
            "Lula praised Seoul's envoys. He is on his second visit to the South Korean pavilion.",
            &[],
        ),
        // "him" on a tour after a group's act is one, the group's first.
        (
            "Lula and his Indian counterpart Narendra Modi signed agreements in New Delhi, during a tour that will also take him to Japan.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING planned lula JPN",
            ],
        ),
        // What "would go" after a comma goes as a visitor only when the
        // aside the comma closes follows a person.
        (
            "Lula said the shipments, including missiles and trucks, would go to Narendra Modi's army.",
            &[],
        ),
        (
            "Lula, who is accompanied by executives, will go on to Japan.",
            &["MEETING planned lula JPN"],
        ),
        // A visit "during" which the subject met someone is the
        // subject's, not the one met; unless its agent follows.
        (
            "Lula held talks with Narendra Modi during a stopover in New Delhi on his way to Tokyo, where he is to meet Shigeru Ishiba.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING planned lula shigeru-ishiba",
            ],
        ),
        (
            "Brazil and India signed an accord during a visit to New Delhi by Lula.",
            &["COOPERATION reported BRA IND", "MEETING reported lula IND"],
        ),
        // A comma before the "and" of two joins clauses, not
        // destinations; a list's last one may take it.
        (
            "Lula will fly to Japan, and China said it was disappointed.",
            &["MEETING planned lula JPN"],
        ),
        (
            "Lula will fly to Japan, India, and China next week.",
            &["MEETING planned lula JPN", "MEETING planned lula IND", "MEETING planned lula CHN"],
        ),
        // "both X countries" after two named together: those two.
        (
            "Putin was angry. Lula signed pledges with Japan and India during a trip to both Asian countries.",
            &[
                "COOPERATION reported lula JPN",
                "COOPERATION reported lula IND",
                "MEETING reported lula JPN",
                "MEETING reported lula IND",
            ],
        ),
        // Past a "where" clause closed before it, "before flying on to" is
        // the main clause's subject's.
        (
            "Lula met Modi in New Delhi, where the two leaders agreed to step up patrols, before flying on to Tokyo.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING reported lula JPN",
            ],
        ),
        // Firefighters and rescue teams are a country's forces, no
        // visitors: arriving, they are aid (with a purpose said or not:
        // their noun says it).
        (
            "Japanese rescue teams arrived in India on Tuesday to help search for survivors.",
            &["COOPERATION reported JPN IND"],
        ),
        (
            "Japanese firefighters arrived in India on Tuesday.",
            &["COOPERATION reported JPN IND"],
        ),
        // "and will then go on to": the clause's subject goes; what goes
        // is no visitor.
        (
            "Lula is due in Tokyo on Wednesday and will then go on to India.",
            &["MEETING planned lula JPN", "MEETING planned lula IND"],
        ),
        ("Half the money would go to Japan and the rest would go to India.", &[]),
        // Stops on a tour, in the plural.
        (
            "Lula heads on to India next week before stops in Japan and Brazil.",
            &["MEETING planned lula IND", "MEETING planned lula JPN"],
        ),
        // A noun takes its destination after a locative: "a trip
        // Washington will watch" names no destination.
        (
            "Lula will travel to India next month, a trip Washington is likely to watch warily.",
            &["MEETING planned lula IND"],
        ),
        // A demonym among a visit noun's modifiers is the visitor, unless
        // someone of its country was named as the visitor.
        ("It was the first Chinese state visit to Japan in a decade.", &["MEETING reported CHN JPN"]),
        (
            "Xi Jinping made his first Chinese state visit to Japan.",
            &["MEETING reported xi-jinping JPN"],
        ),
        // "the Asian country" after a locative is the last place named
        // after one (at first the dateline's).
        (
            "Lula arrived in Japan on Monday. Narendra Modi will travel to the Asian country next week.",
            &["MEETING reported lula JPN", "MEETING planned narendra-modi JPN"],
        ),
        (
            "Lula arrived in Japan on Monday. India will send aid to the island nation.",
            &["MEETING reported lula JPN", "COOPERATION planned IND JPN"],
        ),
        ("Lula praised Japan. Narendra Modi will travel to the country next week.", &[]),
        // A time phrase may stand between the destination and its visitor.
        (
            "The accord followed a visit to Tokyo last week by an Indian minister.",
            &["MEETING reported IND JPN"],
        ),
        // Talks that a visit, the second predicate after "and", is for
        // are the visitor's, not the first predicate's object's.
        (
            "Lula met Narendra Modi in Brasilia and was due in Tokyo tomorrow for talks with the Japanese prime minister.",
            &["MEETING reported lula narendra-modi", "MEETING planned lula JPN"],
        ),
        // The leaders of a list of countries: one official of each.
        (
            "The leaders of Japan, China and South Korea visited Brasilia.",
            &["MEETING reported JPN BRA", "MEETING reported CHN BRA", "MEETING reported KOR BRA"],
        ),
        ("The president of Japan and Brazil's prime minister met.", &["MEETING reported JPN BRA"]),
        // Talks after which a person left a place were held there.
        (
            "Modi left Pakistan's border town of Wagah after talks on Sunday.",
            &["MEETING reported narendra-modi PAK"],
        ),
        (
            "Putin left Beijing after two days of talks.",
            &["MEETING reported vladimir-putin CHN"],
        ),
        // The places of a visit are no subject of its purpose.
        (
            "The Chinese foreign minister will visit Pakistan and India next month to discuss trade.",
            &["MEETING planned CHN PAK", "MEETING planned CHN IND"],
        ),
        // Nor is a name before a visit that is a second predicate.
        (
            "Lula flew to Beijing for talks with Xi Jinping, and was due to travel on to Tokyo to meet Shigeru Ishiba.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING planned lula shigeru-ishiba",
            ],
        ),
        // A visit to "both countries": the story's two.
        (
            "Brazil and India signed a trade deal. Xi Jinping will visit both countries next month.",
            &[
                "COOPERATION reported BRA IND",
                "MEETING planned xi-jinping BRA",
                "MEETING planned xi-jinping IND",
            ],
        ),
        // "a visit by X to Y", an honorific before the visitor's name.
        ("The talks came during a visit by Xi Jinping to Brazil.", &["MEETING reported xi-jinping BRA"]),
        (
            "Xi Jinping spoke in Beijing. The deal came during a visit by Mr Xi to Brazil.",
            &["MEETING reported xi-jinping BRA"],
        ),
        ("Xi Jinping stepped into South Korea on Friday.", &["MEETING reported xi-jinping KOR"]),
        ("Iraqi troops crossed into Brazil.", &[]),
        // Forces deployed are no visit.
        ("Brazilian police officers arrived in Tokyo on Thursday.", &[]),
        // Forces that arrive to help are aid to where they go; forces
        // that go to fight are neither.
        (
            "Brazilian police officers arrived in Tokyo on Wednesday to help fight crime.",
            &["COOPERATION reported BRA JPN"],
        ),
        ("Iraqi troops crossed into Brazil to fight rebels.", &[]),
        // An evacuation helps the evacuated, not the country.
        ("Brazilian troops flew into Tokyo on Tuesday to protect and evacuate foreigners.", &[]),
        // A place where the visitor meets another country's party is a
        // venue.
        (
            "Xi Jinping flew to Tokyo to meet Narendra Modi.",
            &["MEETING reported xi-jinping narendra-modi"],
        ),
        (
            "Xi Jinping flew to Moscow to meet Vladimir Putin.",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        // "left for", and a time phrase between the verb and "to".
        (
            "Narendra Modi leaves for Moscow today on a three-day visit.",
            &["MEETING reported narendra-modi RUS"],
        ),
        (
            "Narendra Modi will fly next week to Tokyo.",
            &["MEETING planned narendra-modi JPN"],
        ),
        ("Vladimir Putin visits Brazil.", &["MEETING reported vladimir-putin BRA"]),
        ("Narendra Modi arrived in Tokyo on Monday.", &["MEETING reported narendra-modi JPN"]),
        // "he" right before the visit: the person before it.
        (
            "Narendra Modi called for the UN's sanctions on Iraq to end, as he began a state visit to Tokyo.",
            &["MEETING reported narendra-modi JPN"],
        ),
        // "he" after a fronted time phrase, a few words before: the
        // previous sentence's person.
        (
            "Narendra Modi spoke on Thursday. On Friday he is due to travel to Tokyo.",
            &["MEETING planned narendra-modi JPN"],
        ),
        // A tour's later stops: "him" is who arrived.
        (
            "Narendra Modi arrived in Seoul for talks with Lee Jae-myung, at the start of a tour that will also take him to Japan and Pakistan.",
            &[
                "MEETING reported narendra-modi lee-jae-myung",
                "MEETING planned narendra-modi JPN",
                "MEETING planned narendra-modi PAK",
            ],
        ),
        // A capital behind a preposition is where the visitor went.
        (
            "Narendra Modi left for Tokyo on Sunday on his first official visit to Japan.",
            &["MEETING reported narendra-modi JPN"],
        ),
        // "the DEMONYM capital" is the country's capital.
        ("Vladimir Putin flew to the Iraqi capital.", &["MEETING reported vladimir-putin IRQ"]),
        ("Vladimir Putin arrived in the Afghan capital Kabul.", &["MEETING reported vladimir-putin AFG"]),
        ("Vladimir Putin toured the Chinese capital markets.", &[]),
        // "the capital" of a story datelined in one is that capital.
        (
            "BAGHDAD (Reuters) - Vladimir Putin arrived in the capital on Sunday.",
            &["MEETING reported vladimir-putin IRQ"],
        ),
        ("Vladimir Putin arrived in the capital on Sunday.", &[]),
        // A visit to unnamed officials or troops is a visit to where they
        // are; a named person is met.
        (
            "Vladimir Putin visited Russian troops and diplomats in Afghanistan.",
            &["MEETING reported vladimir-putin AFG"],
        ),
        ("Vladimir Putin visited Xi Jinping in Beijing.", &["MEETING reported vladimir-putin xi-jinping"]),
        ("Lee Jae-myung flew to Seattle for a three-day trip.", &["MEETING reported lee-jae-myung USA"]),
        (
            "Narendra Modi will visit Japan, China and South Korea.",
            &[
                "MEETING planned narendra-modi JPN",
                "MEETING planned narendra-modi CHN",
                "MEETING planned narendra-modi KOR",
            ],
        ),
        ("Xi Jinping's visit to Brazil was a success.", &["MEETING reported xi-jinping BRA"]),
        ("The Pakistani foreign minister is set for a visit to Afghanistan.", &["MEETING planned PAK AFG"]),
        ("A visit to Kabul by the Pakistani foreign minister ended.", &["MEETING reported PAK AFG"]),
        // A visit with a named host: the meeting with the host, not the
        // country, at entity level.
        (
            "Narendra Modi travelled to Moscow to meet Vladimir Putin.",
            &["MEETING reported narendra-modi vladimir-putin"],
        ),
        // Expected or due in a place: a visit to come.
        ("Narendra Modi is expected in Tokyo next week.", &["MEETING planned narendra-modi JPN"]),
        ("Narendra Modi is due in Tokyo on Monday.", &["MEETING planned narendra-modi JPN"]),
        ("Rain is expected in Tokyo.", &[]),
        // "arrived here": the city of the capital dateline.
        (
            "BRASILIA (Reuters) - Narendra Modi arrived here on Sunday for a state visit.",
            &["MEETING reported narendra-modi BRA"],
        ),
        ("BRASILIA (Reuters) - Lula arrived here on Sunday from Rio.", &[]),
        // So is where one "flew in for" an occasion.
        (
            "BRASILIA (Reuters) - Narendra Modi flew in for the signing.",
            &["MEETING reported narendra-modi BRA"],
        ),
        ("Narendra Modi flew in for the signing.", &[]),
        // "flew into" a capital is a visit; a flight into exile is not,
        // nor forces crossing into a country, nor anyone in their stead.
        ("Vladimir Putin flew into Beijing for a three-day visit.", &["MEETING reported vladimir-putin CHN"]),
        // So is "rolled into" one; tanks that roll into a country visit
        // nobody.
        ("Narendra Modi rolled into Tokyo on Tuesday.", &["MEETING reported narendra-modi JPN"]),
        ("Indian tanks rolled into Pakistan on Tuesday.", &[]),
        ("Lula flew into exile in Japan.", &[]),
        ("Lula left for exile in Japan.", &[]),
        ("Turkish troops crossed into northern Iraq on Monday, and Baghdad condemned the incursion.", &[]),
        // Domestic visits, refused and invited ones relate nobody.
        ("Narendra Modi visited New Delhi.", &[]),
        ("Xi Jinping rejected a visit to Japan.", &[]),
        ("Lula was mocked for suggesting a trip to Japan.", &[]),
        ("Vladimir Putin invited Narendra Modi to visit Russia.", &[]),
        // "visit by X": X is the visitor, not the place visited.
        ("It was the first visit by a Chinese official.", &[]),
        // The first predicate's subject.
        (
            "Lula met Xi Jinping and then flew to Tokyo.",
            &["MEETING reported lula xi-jinping", "MEETING reported lula JPN"],
        ),
        // A country does not visit; a person or an official does.
        ("Brazil visited Russia.", &[]),
        // A gerund after "before" is the first predicate's subject's.
        (
            "Lula met Xi Jinping in Beijing, before flying on to Tokyo.",
            &["MEETING reported lula xi-jinping", "MEETING reported lula JPN"],
        ),
        // A visit by someone, under a capital dateline: to its country;
        // the wire credit is no party.
        (
            "BEIJING (Reuters) - The talks capped a visit by Vladimir Putin.",
            &["MEETING reported vladimir-putin CHN"],
        ),
        // A visit one welcomes, with no destination of its own, is one
        // told of before, not the welcomer's.
        (
            "BEIJING (Reuters) - Lula arrived here on Friday. Diplomats said Washington welcomed the visit.",
            &["MEETING reported lula CHN"],
        ),
        // The dateline may follow a headline line.
        (
            "China, Russia Talk\nBEIJING (Reuters) - It capped a visit by Vladimir Putin.",
            &["MEETING reported vladimir-putin CHN"],
        ),
        // "in COUNTRY for/on a ... visit": the site before the trigger.
        (
            "Vladimir Putin, in Japan for a two-day visit, signed deals.",
            &["MEETING reported vladimir-putin JPN"],
        ),
        ("Lula is in Japan on an official visit.", &["MEETING reported lula JPN"]),
        // A country sends officials: it visits through them ("a country
        // does not visit" holds for the bare verb above); a determiner
        // starts another phrase, so "Brazil sent an envoy" is no
        // Brazilian envoy of its own.
        (
            "Brazil will send a delegation to Tokyo for talks.",
            &["MEETING planned BRA JPN"],
        ),
        ("Brazil sent an envoy to Japan.", &["MEETING reported BRA JPN"]),
        (
            "Brazil sent a team of senior trade officials to Japan.",
            &["MEETING reported BRA JPN"],
        ),
        // "the Indian city of X": the demonym modifies the place noun, it
        // is no actor of its own (which would be the nearest subject); the
        // place is India's.
        (
            "Vladimir Putin, visiting the Indian city of Mumbai, signed a deal with Narendra Modi on Wednesday.",
            &["MEETING reported vladimir-putin IND", "COOPERATION reported vladimir-putin narendra-modi"],
        ),
        // "has flown to".
        ("Lula has flown to Tokyo on his first day in office.", &["MEETING reported lula JPN"]),
        // A minister or an official sent; a person who sends one does not
        // travel: the visit is the sender's country's.
        ("Brazil dispatched a junior minister to Japan.", &["MEETING reported BRA JPN"]),
        (
            "Lula is expected to send his foreign minister to Tokyo next month.",
            &["MEETING planned BRA JPN"],
        ),
        // Troops are no delegation (the give frame reads them).
        ("Brazil sent troops to Japan.", &[]),
        // The noun of a visit with no place, under a capital dateline: a
        // visit to its country; not when a place follows, in a relative
        // clause or after "of".
        (
            "BEIJING (Reuters) - Lula began a state visit on Monday.",
            &["MEETING reported lula CHN"],
        ),
        (
            "BEIJING (Reuters) - Lula will pay a state visit next week.",
            &["MEETING planned lula CHN"],
        ),
        ("BEIJING (Reuters) - Lula began a tour of Asia.", &[]),
        // "flew here" under a capital dateline: to its country, not to
        // where the visitor came from.
        (
            "BEIJING (Reuters) - Lula, who flew here from Tokyo, urged Japan to act.",
            &["MEETING reported lula CHN"],
        ),
        (
            "BEIJING (Reuters) - Lula began a tour that will take him to Japan.",
            &["MEETING planned lula JPN"],
        ),
        ("Lula began a state visit on Monday.", &[]),
        // A welcome given in a place is a visit there.
        ("Lula was given a red-carpet welcome in Tokyo.", &["MEETING reported lula JPN"]),
        ("The team was given a warm welcome in Tokyo.", &[]),
        // Received with honours, or warmly: a visit; received by a host
        // is the host's meeting (the verb frame).
        (
            "Lula was received with full honours in Tokyo.",
            &["MEETING reported lula JPN"],
        ),
        ("Lula was warmly received in Tokyo.", &["MEETING reported lula JPN"]),
        (
            "Lula was received in Tokyo by Shigeru Ishiba.",
            &["MEETING reported lula shigeru-ishiba"],
        ),
        // "the Japanese port city of Zorbu", "on the Indian island of
        // Zorbu": a place of the demonym's country, listed or not, where
        // two sides sign in person; a visit there is to that country.
        (
            "Lula and Shigeru Ishiba signed a pact in the Japanese port city of Zorbu.",
            &["MEETING reported lula shigeru-ishiba", "COOPERATION reported lula shigeru-ishiba"],
        ),
        (
            "Lula and Narendra Modi signed the treaty on the Indian island of Zorbu on Monday.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula narendra-modi"],
        ),
        ("Lula arrived in the Japanese city of Zorbu.", &["MEETING reported lula JPN"]),
        // Forces that arrive after the country they go to asked for them
        // are its aid.
        (
            "Japanese troops landed in India on Thursday, a day after India's government asked Japan to send forces.",
            &["COOPERATION reported JPN IND"],
        ),
        ("Japanese troops landed in India on Thursday.", &[]),
        // "go", said of a person: a visit; said of a thing, none. A list
        // of destinations may name one with "the".
        (
            "Lula, who leads a trade mission, will go on to Japan, the United States and India.",
            &["MEETING planned lula JPN", "MEETING planned lula USA", "MEETING planned lula IND"],
        ),
        ("Lula said the money would go to India.", &[]),
        ("Lula said half of the zone near Tokyo would go to India.", &[]),
        // Received in a place, plainly: a visit; warmly by a host there:
        // the host is met.
        ("Lula was received in Tokyo on Tuesday.", &["MEETING reported lula JPN"]),
        ("The offer was received in Tokyo with caution.", &[]),
        (
            "Lula was warmly received in Tokyo by Shigeru Ishiba.",
            &["MEETING reported lula shigeru-ishiba"],
        ),
        // A border crossing is a place, not a visit.
        ("Lula said thousands of Brazilians were stranded at the Foz crossing into Venezuela.", &[]),
        // In the perfect too.
        (
            "Lula, on a tour that has taken him to Japan and India, criticised Pakistan.",
            &["MEETING reported lula JPN", "MEETING reported lula IND"],
        ),
        // A named agent after the destination is the visitor, not the
        // clause's subject; a descriptive one ("by a Brazilian president")
        // leaves the subject.
        (
            "Shigeru Ishiba recalled his envoy after the arrival in New Delhi of ousted President Ana Lopes.",
            &["MEETING reported ana-lopes IND"],
        ),
        (
            "Japan signed a deal with Russia during a visit to Tokyo by Narendra Modi.",
            &["COOPERATION reported JPN RUS", "MEETING reported narendra-modi JPN"],
        ),
        (
            "Lula made the first visit to Japan by a Brazilian president.",
            &["MEETING reported lula JPN"],
        ),
        // A tour that took the one named after it to places: the named
        // one visited them (not the sentence's subject).
        (
            "Xi Jinping said after meeting Lula in Beijing that China would back Brazil, capping a tour that also took the Brazilian leader to Tokyo, New Delhi and Moscow.",
            &[
                "MEETING reported xi-jinping lula",
                "COOPERATION planned CHN BRA",
                "MEETING reported BRA JPN",
                "MEETING reported BRA IND",
                "MEETING reported BRA RUS",
            ],
        ),
        (
            "Lula and Narendra Modi signed agreements in New Delhi, during a tour that has already taken Lula to Japan.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING reported lula JPN",
            ],
        ),
    ]);
}

#[test]
fn frame_give() {
    table(&[
        // "him" in a relative clause after the giver: the one met.
        (
            "Lula held talks with Narendra Modi, who assured him of New Delhi's continued assistance.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported narendra-modi lula"],
        ),
        // Assuring someone of support gives it; "him" after the verb is
        // the one other person named before the reporting verb.
        ("Japan assured India of its full backing.", &["COOPERATION reported JPN IND"]),
        (
            "Lula, who came after talks with Modi, told reporters Xi Jinping had assured him of China's support.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported xi-jinping lula"],
        ),
        // Aid "toward rebuilding" a country, or "for the reconstruction
        // of" it, is for it; a giver whose verb is left out ("and Brazil
        // $100 million") gives too, and is no recipient.
        (
            "Japan pledged $200 million and Brazil $100 million toward rebuilding Iraq.",
            &["COOPERATION reported JPN IRQ", "COOPERATION reported BRA IRQ"],
        ),
        (
            "Japan pledged 1.5 billion dollars, Brazil 500 million and India 300 million for the reconstruction of Iraq.",
            &[
                "COOPERATION reported JPN IRQ",
                "COOPERATION reported BRA IRQ",
                "COOPERATION reported IND IRQ",
            ],
        ),
        ("Japan pledged $200 million toward the war against Iraq.", &[]),
        // Units, batteries and battalions are forces: sent to protect, or
        // offered, they are aid; moved to a border, none.
        (
            "Japan will send an anti-aircraft unit to Iraq to protect its government.",
            &["COOPERATION planned JPN IRQ"],
        ),
        ("Iraq moved two battalions to the border with India.", &[]),
        (
            "Japan pledged $1.5 billion to Iraq and Brazil 500 troops.",
            &["COOPERATION reported JPN IRQ"],
        ),
        // Support pledged right after a meeting is for the one met; a
        // possessive after the verb is the giver's name.
        (
            "Lula met Xi Jinping in Beijing and pledged Brazil's full support.",
            &["MEETING reported lula xi-jinping", "COOPERATION reported lula xi-jinping"],
        ),
        // "his country" is the nearest person's before it.
        (
            "Narendra Modi said Japan would send more patrol boats to help his country.",
            &["COOPERATION planned JPN IND"],
        ),
        // So is "his government".
        (
            "Narendra Modi said Japan would send aid to his government.",
            &["COOPERATION planned JPN IND"],
        ),
        // A possessive recipient, its army.
        (
            "Japan has agreed to give India's army two more helicopters.",
            &["COOPERATION planned JPN IND"],
        ),
        ("Japan was disappointed but will give aid to Iraq.", &["COOPERATION planned JPN IRQ"]),
        // An aid or loan programme to or for a country.
        ("Japan will expand its aid programme to Iraq.", &["COOPERATION planned JPN IRQ"]),
        // A headline's second predicate takes the first one's subject.
        (
            "Brazil Drops Japan, Switches Diplomatic Recognition To India",
            &["COOPERATION reported BRA IND"],
        ),
        ("Lula pledged to keep supplying India with oil.", &["COOPERATION reported lula IND"]),
        // Aid with no giver named is still the story's aid to its
        // recipient, for the givers named next.
        (
            "Donors pledged 1.9 billion dollars in aid to India. Japan pledged 470 million dollars.",
            &["COOPERATION reported JPN IND"],
        ),
        // Aid with no recipient after an earlier gift in its sentence
        // goes to that recipient.
        (
            "Japan said it would give India $2 million, while Brazil and Spain announced smaller aid packages.",
            &["COOPERATION planned JPN IND", "COOPERATION reported BRA IND", "COOPERATION reported ESP IND"],
        ),
        // Arms bought, qualified by the seller's name; a model's name
        // ("MiG-29") is none, and "from" names the seller.
        ("Brazil will buy 180 Japanese tanks.", &["COOPERATION planned BRA JPN"]),
        ("Brazil bought 18 MiG-29 fighter jets from India.", &["COOPERATION reported BRA IND"]),
        // An extradition approved or agreed to goes to whom it is to.
        ("Japan approved the extradition of two suspects to India.", &["COOPERATION reported JPN IND"]),
        ("Japan rejected the extradition of two suspects to India.", &[]),
        // Troops sent "to shore up" or "to prop up" someone help them.
        ("Japan sent troops to prop up President Lula.", &["COOPERATION reported JPN lula"]),
        ("Japan sent troops to shore up the Indian government.", &["COOPERATION reported JPN IND"]),
        // Forces "also" sent after the story's aid join it.
        (
            "Japan sent aid to India. Brazil is also sending troops.",
            &["COOPERATION reported JPN IND", "COOPERATION reported BRA IND"],
        ),
        ("Brazil is also sending troops.", &[]),
        // Warships and jets sold or supplied.
        ("Japan has agreed to sell two more Kongo class frigates to India.", &["COOPERATION planned JPN IND"]),
        // Arms sales to a country; banned or halted, none.
        ("Japan said its arms sales to India would grow.", &["COOPERATION reported JPN IND"]),
        ("Japan banned weapons sales to India.", &[]),
        ("Brazil ordered a halt to all Japanese government and commercial arms sales to India.", &[]),
        // A relative clause after an unknown recipient names no other.
        ("Japan sent support to the Mundo Front, which seeks a state for India.", &[]),
        // A second "to" phrase after a time phrase adds recipients.
        (
            "Japan gifted doses to India and Pakistan on Wednesday and to Brazil on Thursday.",
            &["COOPERATION reported JPN IND", "COOPERATION reported JPN PAK", "COOPERATION reported JPN BRA"],
        ),
        // Forces sent at a government's request or invitation go to it;
        // a request of an organisation names no recipient.
        ("Brazil sent soldiers at the request of India's government.", &["COOPERATION reported BRA IND"]),
        (
            "Brazil and Japan agreed to send police following the request from Narendra Modi.",
            &["COOPERATION planned BRA narendra-modi", "COOPERATION planned JPN narendra-modi"],
        ),
        ("Brazil sent soldiers after a request from India.", &["COOPERATION reported BRA IND"]),
        // A request agreed to is met.
        (
            "Brazil agreed last week to a request from India to hand over two men.",
            &["COOPERATION reported BRA IND"],
        ),
        ("Brazil agreed to Japan's request for more funds.", &["COOPERATION reported BRA JPN"]),
        // Goods at a price are given; so are arms sold, unless protested.
        ("Brazil will supply India with cheap oil.", &["COOPERATION planned BRA IND"]),
        (
            "Japan approved the sale of 12 F-16 fighters to India.",
            &["COOPERATION reported JPN IND"],
        ),
        ("China protested the sale of F-16 jets to India.", &[]),
        // A person handed over in the passive, by no one named: by the
        // dateline's country, whatever the words about the person say;
        // that country does not fly with them.
        (
            "BRASILIA, Brazil (Reuters) - A man accused of drug smuggling was extradited to India and flown to New Delhi.",
            &["COOPERATION reported BRA IND"],
        ),
        ("A man was extradited to India.", &[]),
        // "accused of" right after the verb is said of the one handed
        // over; "accused India of" still negates what India did.
        (
            "BRASILIA, Brazil (Reuters) - A man accused of running one of Japan's largest rings was extradited to India.",
            &["COOPERATION reported BRA IND"],
        ),
        ("Brazil accused India on Monday of supplying arms to Japan.", &[]),
        // Where the goods were made modifies them.
        ("Japan will ship U.S.-made missiles to India.", &["COOPERATION planned JPN IND"]),
        ("Brazil deployed 500 troops at India's request.", &["COOPERATION reported BRA IND"]),
        ("Brazil sent soldiers at the request of the UN.", &[]),
        // An amount's bounds ("more than", "at least", "over") are part of
        // what is given.
        (
            "Donors pledged more than 5 billion dollars to help India rebuild. Japan offered 200 million dollars in grants.",
            &["COOPERATION reported JPN IND"],
        ),
        ("Brazil will supply India with up to 50,000 barrels of oil a day.", &["COOPERATION planned BRA IND"]),
        ("Brazil is dispatching a Bombardier water-bomber to India.", &["COOPERATION reported BRA IND"]),
        // Disaster relief and training as what is given: drinking water,
        // firefighting aircraft, patrol equipment, training; water cannon
        // used at home is none.
        (
            "Brazil said it would send drinking water, food and protective equipment to India.",
            &["COOPERATION planned BRA IND"],
        ),
        (
            "Brazil dispatched two water-bombing aircraft to Greece as wildfires spread.",
            &["COOPERATION reported BRA GRC"],
        ),
        (
            "Brazil will provide training and patrol equipment to India's coast guard.",
            &["COOPERATION planned BRA IND"],
        ),
        ("Indian police used water cannon against protesters.", &[]),
        // Recognition switched to a government (not from the one it
        // leaves).
        (
            "Brazil switched diplomatic recognition from Seoul to Beijing.",
            &["COOPERATION reported BRA CHN"],
        ),
        // Instructors, trainers and contingents are help; what the aid is
        // for may be in a bad state.
        (
            "Brazil will send a team of police instructors to India next month to help retrain its troubled police force.",
            &["COOPERATION planned BRA IND"],
        ),
        ("Japan and Brazil said they would send contingents to Iraq.", &["COOPERATION planned JPN IRQ", "COOPERATION planned BRA IRQ"]),
        // A measure of anything sent is goods; what struck the recipient
        // may describe it.
        (
            "India has sent tens of thousands of tonnes of diesel and rice to crisis-hit Afghanistan.",
            &["COOPERATION reported IND AFG"],
        ),
        ("Brazil shipped 500 tons of cement to war-torn Iraq.", &["COOPERATION reported BRA IRQ"]),
        ("Japan sent aid to impoverished Afghanistan.", &["COOPERATION reported JPN AFG"]),
        // A country's armed groups or opponents are not the country.
        ("Japan sent arms to Afghanistan's rebels.", &[]),
        ("Lula denied his support for Iraq's militants.", &[]),
        ("Japan sent aid to Afghanistan's farmers.", &["COOPERATION reported JPN AFG"]),
        ("India shipped 500 tons of rice to its own flood-hit states.", &[]),
        // A list of what is given, commas and all; technicians and
        // engineers sent are help.
        (
            "Brazil dispatched warships, helicopters and medical teams to India and Japan to help them cope.",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN"],
        ),
        ("Brazil sent engineers to Iraq to rebuild power plants.", &["COOPERATION reported BRA IRQ"]),
        ("Russia sent warships, submarines and bombers to Brazil.", &[]),
        // A passive's agent after its recipients.
        (
            "Two men were handed over to India by Brazilian authorities at the request of New Delhi.",
            &["COOPERATION reported BRA IND"],
        ),
        // Aid with no recipient in its sentence goes to the one recipient
        // of the story's latest aid; not where a place or another party
        // follows, nor to the recipients of aid given to several.
        (
            "Japan will provide aid to India. Brazil, Greece and Spain have also pledged relief, an Indian spokesman said.",
            &[
                "COOPERATION planned JPN IND",
                "COOPERATION reported BRA IND",
                "COOPERATION reported GRC IND",
                "COOPERATION reported ESP IND",
            ],
        ),
        (
            "Japan will provide aid to India. Brazil pledged relief for its own flood victims in Recife.",
            &["COOPERATION planned JPN IND"],
        ),
        (
            "Japan pledged aid to India and Greece. Brazil also pledged relief.",
            &["COOPERATION reported JPN IND", "COOPERATION reported JPN GRC"],
        ),
        // "another" before what is given.
        (
            "Brazil will send another 3,000 troops to India to help guard the border.",
            &["COOPERATION planned BRA IND"],
        ),
        // Intelligence and information given to a country's authorities.
        (
            "Brazil provided intelligence to Indian authorities.",
            &["COOPERATION reported BRA IND"],
        ),
        // Troops deployed at a government's request are aid.
        (
            "Brazil will deploy 2,000 soldiers to India at the request of the Indian government.",
            &["COOPERATION planned BRA IND"],
        ),
        ("Russia deployed troops to Turkey.", &[]),
        // The names that "with" opens right before a gerund are its
        // subject (an absolute phrase), not where it happens.
        (
            "Brazil and India met, with China sending aid to Brazil.",
            &["MEETING reported BRA IND", "COOPERATION reported CHN BRA"],
        ),
        // A noun in "-ing" after "with" opens no absolute phrase.
        (
            "With U.S. backing, Brazil seceded from India in 1903 and promptly signed a treaty with France.",
            &["COOPERATION reported BRA FRA"],
        ),
        (
            "Brazil signed an accord with India, with Japan and France pledging aid to both countries.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported JPN BRA",
                "COOPERATION reported JPN IND",
                "COOPERATION reported FRA BRA",
                "COOPERATION reported FRA IND",
            ],
        ),
        // "Ships", a headline's "To"; aid sent "into" a country is aid,
        // troops sent "into" one are not (an invasion reads the same).
        (
            "Brazil Ships Free COVID-19 Vaccines To India And Japan",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN"],
        ),
        ("Brazil sent food aid into Iraq.", &["COOPERATION reported BRA IRQ"]),
        ("Russia sends troops into Afghanistan to support the government.", &[]),
        // Helmets sent are aid.
        ("Brazil said it would ship the military helmets to Japan.", &["COOPERATION planned BRA JPN"]),
        // Adjectives of aid between the verb and the noun.
        (
            "Xi Jinping met Narendra Modi and pledged continued economic aid.",
            &["MEETING reported xi-jinping narendra-modi", "COOPERATION reported xi-jinping narendra-modi"],
        ),
        // A purpose after another names who is helped.
        ("Japan will send troops to help rebuild Iraq.", &["COOPERATION planned JPN IRQ"]),
        // Base forms after "will" or "to"; "provide X with aid".
        ("Japan will provide Iraq with a loan.", &["COOPERATION planned JPN IRQ"]),
        ("Japan will supply aid to Iraq.", &["COOPERATION planned JPN IRQ"]),
        ("Japan began airlifting food to Iraq.", &["COOPERATION reported JPN IRQ"]),
        // Money in words is what is given; a relative clause's giver is
        // what it follows.
        ("Brazil lent Iraq billions of dollars.", &["COOPERATION reported BRA IRQ"]),
        (
            "Brazil and Japan, which lent Iraq tens of billions of dollars during the war, welcomed the truce.",
            &["COOPERATION reported BRA IRQ", "COOPERATION reported JPN IRQ"],
        ),
        // An amount in a currency is what is given.
        ("Japan gave $10 million to Iraq.", &["COOPERATION reported JPN IRQ"]),
        ("Britain pledged £5m to Iraq.", &["COOPERATION reported GBR IRQ"]),
        // Troops sent to help or at a request are aid; sent, no more, they
        // may be an invasion. The giver's own forces may be named.
        ("Brazil sent troops to Iraq at the request of the Iraqi government.", &["COOPERATION reported BRA IRQ"]),
        ("Brazil sent troops to Iraq.", &[]),
        // "its neighbor": the country named last that is not the giver's.
        (
            "Venezuela runs out of dollars\nBrasilia has extended credit lines to its northern neighbor.",
            &["COOPERATION reported brasilia VEN"],
        ),
        // No other country before it: no one.
        ("Brasilia has extended credit lines to its northern neighbor.", &[]),
        // Paratroopers are troops; a Title Case headline's "To" ends what
        // is given.
        ("Brazil sent paratroopers to Iraq.", &[]),
        (
            "Brazil sent 150 paratroopers to Iraq at the request of the Iraqi government.",
            &["COOPERATION reported BRA IRQ"],
        ),
        (
            "Brazil Deploys 1,000 Troops To Help Iraq Fight Insurgents",
            &["COOPERATION reported BRA IRQ"],
        ),
        // Oil by the barrel, weapons by their range.
        ("Venezuela has agreed to lend Brazil 50,000 bpd of crude.", &["COOPERATION planned VEN BRA"]),
        ("Russia agreed to sell short-range air defence missiles to India.", &["COOPERATION planned RUS IND"]),
        // Troops or police sent "into" a country at its request are no
        // invasion; "about" a number, "navy" ships, bare "police" and a
        // "nearby" recipient.
        (
            "Brazil sent about 1,000 troops into Iraq at the request of the Iraqi government.",
            &["COOPERATION reported BRA IRQ"],
        ),
        ("Japan sent police to nearby South Korea at Seoul's request.", &["COOPERATION reported JPN KOR"]),
        (
            "India has dispatched navy ships, helicopters and medical teams to Pakistan.",
            &["COOPERATION reported IND PAK"],
        ),
        // Troops pledged or offered are support: no invasion is pledged.
        ("Brazil pledged troops to Iraq.", &["COOPERATION reported BRA IRQ"]),
        ("Brazil pledged to send troops to Iraq.", &["COOPERATION planned BRA IRQ"]),
        // So are troops agreed to be sent; givers who each agreed to give
        // did not agree with each other.
        ("Brazil agreed to send troops to Iraq.", &["COOPERATION planned BRA IRQ"]),
        ("Japan, Brazil and India have also agreed to send troops or police.", &[]),
        (
            "Narendra Modi telephoned Lula and pledged to send Indian troops to help guard the border.",
            &["MEETING reported narendra-modi lula phone", "COOPERATION reported narendra-modi lula"],
        ),
        // A plural demonym that is no name's title is its nation.
        ("Japan sent food to help Iraqis left homeless by floods.", &["COOPERATION reported JPN IRQ"]),
        ("Japan sent aid to Iraqis.", &["COOPERATION reported JPN IRQ"]),
        // A purpose after "to" names who is helped.
        ("Japan pledged 10 million dollars on Tuesday to rebuild Iraq's north.", &["COOPERATION reported JPN IRQ"]),
        ("Spain sent rescue teams to help the Iraqi authorities.", &["COOPERATION reported ESP IRQ"]),
        ("Spain sent rescue teams to Brazil to help.", &["COOPERATION reported ESP BRA"]),
        // Help promised right after a meeting, with no recipient, is for
        // the one met.
        (
            "Xi Jinping held talks with Lula on Monday and promised help in rebuilding the port.",
            &["MEETING reported xi-jinping lula", "COOPERATION reported xi-jinping lula"],
        ),
        // A present form between a bare name and an official noun is a
        // verb ("Japan provides military aid"), not "Japan's military".
        ("Japan provides military aid to Greece.", &["COOPERATION reported JPN GRC"]),
        // "both countries" receive: the story's two countries.
        (
            "Brazil and India signed a pact. Japan provides military aid to both countries.",
            &["COOPERATION reported BRA IND", "COOPERATION reported JPN BRA", "COOPERATION reported JPN IND"],
        ),
        // The possessor gives; a capital's possessive before a lowercase
        // word is its government's.
        ("The report cited Moscow's support for Venezuela.", &["COOPERATION reported moscow VEN"]),
        // Flown, rushed; loads, teams and kinds of what is given; a
        // currency before the amount; a time phrase before the recipient.
        ("Japan flew two planeloads of food and medicine to Iraq.", &["COOPERATION reported JPN IRQ"]),
        ("Brazil sent a team of doctors to Venezuela.", &["COOPERATION reported BRA VEN"]),
        ("France pledged US$10 million in emergency aid on Monday to Iraq.", &["COOPERATION reported FRA IRQ"]),
        // The one handed over between "handed" and "over".
        ("Pakistan handed the suspect over to the United States.", &["COOPERATION reported PAK USA"]),
        // A nation named by its people receives.
        ("Japan would send aid directly to the Brazilian people.", &["COOPERATION planned JPN BRA"]),
        // A list of what is given goes on to its recipient; an accusation
        // of helping is no help.
        (
            "Spain and Italy pledged a combined $12 billion in grants, loans and fuel to Greece's government.",
            &["COOPERATION reported ESP GRC", "COOPERATION reported ITA GRC"],
        ),
        ("Lula accused Spain and Italy of flooding the market to help Greece.", &[]),
        // The one handed over stands between the verb and the recipient.
        (
            "Brazil extradited the UN official Vladimir Putin to Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
        // A passive's agent gives, and is no recipient; what stands
        // before is what is given.
        (
            "A Japanese man was extradited by Brazil to Japan on Friday.",
            &["COOPERATION reported BRA JPN"],
        ),
        (
            "The suspects were handed over by the Brazilian authorities to Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
        ("The man was extradited by Brazil.", &[]),
        // Finance and financing are goods; "fresh" and "climate" describe
        // them.
        (
            "Japan promised fresh climate finance to Brazil.",
            &["COOPERATION reported JPN BRA"],
        ),
        // Or where it comes from.
        (
            "A former officer was extradited from Brazil to Japan on Monday.",
            &["COOPERATION reported BRA JPN"],
        ),
        ("The man was extradited from Brazil on Monday.", &[]),
        // Teams dispatched; a name the gazetteers do not know listed
        // before a recipient.
        (
            "Japan will dispatch medical teams to Aceh and Brazil.",
            &["COOPERATION planned JPN BRA"],
        ),
        // The recipient right after the verb, "the" between.
        ("Japan will lend the US 70 billion yen.", &["COOPERATION planned JPN USA"]),
        // The recipient right after the verb; a demonym there is a kind.
        ("Japan gave Iraq 10 million dollars.", &["COOPERATION reported JPN IRQ"]),
        (
            "China has agreed to lend Pakistan 200 million dollars to finance a port.",
            &["COOPERATION planned CHN PAK"],
        ),
        ("The United States sold Brazilian drones.", &[]),
        (
            "Japan pledged $500 million in aid to Iraq.",
            &["COOPERATION reported JPN IRQ"],
        ),
        (
            "US military planes landed with aid for Venezuela.",
            &["COOPERATION reported USA VEN"],
        ),
        (
            "Pakistan handed over the suspect to the United States.",
            &["COOPERATION reported PAK USA"],
        ),
        // The aid noun must be there: not any "pledged to".
        (
            "China and India pledged to strengthen cooperation on food.",
            &["COOPERATION reported CHN IND"],
        ),
        ("Japan sent a letter to Iraq.", &[]),
        // Coordinated recipients each receive.
        (
            "India sent thousands of free doses to Japan and South Korea.",
            &["COOPERATION reported IND JPN", "COOPERATION reported IND KOR"],
        ),
        // A request met is help to whoever made it.
        (
            "Britain agreed to meet a U.S. request for troops in Iraq.",
            &["COOPERATION planned GBR USA"],
        ),
        (
            "Japan granted the request of Pakistan.",
            &["COOPERATION reported JPN PAK"],
        ),
        ("Germany rejected a U.S. request for troops.", &[]),
        // What is asked for may stand before the one who asks.
        (
            "Lula answered an appeal for military help from Narendra Modi.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        // "gifted", and money signs in a debt.
        (
            "Japan gifted 1.2 million vaccine doses to Iraq.",
            &["COOPERATION reported JPN IRQ"],
        ),
        // A recipient's goods named by their giver's country or demonym;
        // so is a giver no subject names.
        ("Brasilia will receive Japanese credits.", &["COOPERATION planned brasilia JPN"]),
        ("India received U.S. aid worth $2 billion.", &["COOPERATION reported IND USA"]),
        ("Lawmakers approved U.S. aid for India.", &["COOPERATION reported USA IND"]),
        ("India received aid from Japan.", &["COOPERATION reported IND JPN"]),
        // Aid announced, unveiled or approved for someone is given.
        (
            "Lula Announces Another $800 Million In Weapons For India",
            &["COOPERATION reported lula IND"],
        ),
        ("Japan unveiled a $2 billion package of loans for Brazil.", &["COOPERATION reported JPN BRA"]),
        ("Brazil announced new sanctions for India.", &[]),
        (
            "Lula said Brazil would send AstraZeneca shots to India and Japan.",
            &["COOPERATION planned BRA IND", "COOPERATION planned BRA JPN"],
        ),
        (
            "France will cancel Iraq's $5 billion debt.",
            &["COOPERATION planned FRA IRQ"],
        ),
        // Weapons, named by their make too.
        (
            "Japan agreed to send Leopard tanks to Iraq.",
            &["COOPERATION planned JPN IRQ"],
        ),
        // Who asks for aid is not its giver.
        ("Japan called for more aid to Iraq.", &[]),
        ("Brazil appealed for international help for Iraq.", &[]),
        ("China sought support for Pakistan.", &[]),
        (
            "Russia asked for aid to Iraq, and Japan sent aid to Iraq.",
            &["COOPERATION reported JPN IRQ"],
        ),
        // A debt forgiven is aid to the debtor, named inside or after it.
        (
            "Japan cancelled 80 percent of Iraqi debt.",
            &["COOPERATION reported JPN IRQ"],
        ),
        ("Russia wrote off Iraq's debt.", &["COOPERATION reported RUS IRQ"]),
        // Rescheduled, past a longer amount; credits extended.
        (
            "Russia rescheduled about 12 billion francs of Iraq's official debt.",
            &["COOPERATION reported RUS IRQ"],
        ),
        (
            "France extended fresh export credits to Baghdad.",
            &["COOPERATION reported FRA IRQ"],
        ),
        (
            "Japan will forgive the debts of Iraq.",
            &["COOPERATION planned JPN IRQ"],
        ),
        (
            "Japan agreed to waive the debt Iraq owes.",
            &["COOPERATION planned JPN IRQ"],
        ),
        ("Russia refused to cancel Iraq's debt.", &[]),
        ("Russia cancelled the debt owed to Japan.", &[]),
    ]);
}

#[test]
fn frame_joint() {
    table(&[
        // The "with" of another trigger after the joint one is not its.
        (
            "The foreign ministers of India and Japan issued a joint communique proposing talks with Turkey and Spain.",
            &["COOPERATION reported IND JPN"],
        ),
        (
            "India held joint naval drills with Japan.",
            &["COOPERATION reported IND JPN"],
        ),
        // A joint statement "committing" a group binds it; "the three
        // countries'" ministers after a list of three named before are
        // those three.
        (
            "A joint statement committing Japan, India and Brazil to finish the studies was issued in Tokyo at the end of a meeting of the three countries' ministers.",
            &[
                "COOPERATION reported JPN IND",
                "COOPERATION reported JPN BRA",
                "COOPERATION reported IND BRA",
                "MEETING reported JPN IND",
                "MEETING reported JPN BRA",
                "MEETING reported IND BRA",
            ],
        ),
        // Two who co-host an event act together.
        (
            "Japan and India will co-host the conference.",
            &["COOPERATION planned JPN IND"],
        ),
        // "they" right after a group's reporting verb is that group.
        (
            "The draft, which Japan and India said they would jointly put to the council, was published.",
            &["COOPERATION planned JPN IND"],
        ),
        // One subject and a collective after the trigger: the story's two
        // countries (a capital counts as its country's name).
        (
            "Brazilian President Lula said Tokyo had agreed to step up joint patrols along the two countries' border.",
            &["COOPERATION planned BRA JPN"],
        ),
        // Joint acts "launched by", "carried out by" a group, the verb
        // past the noun; criticised by a group, no act of theirs.
        (
            "Joint naval patrols of the strait were launched by Brazil, India and Japan on Tuesday.",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        ("Joint exercises near the border were criticised by China and Russia.", &[]),
        // A joint act in a fronted phrase is the group's after its comma.
        (
            "In a joint statement on Friday, Japan and India said the vote was unfair.",
            &["COOPERATION reported JPN IND"],
        ),
        ("In a joint statement, Japan said it would talk.", &[]),
        // A joint session of a legislature is no joint act.
        ("Lula and Narendra Modi met. Both leaders are due to address a joint session of Congress.", &["MEETING reported lula narendra-modi"]),
        // Naval, navy, army and military units are forces.
        (
            "Brazilian and Indian naval units began a joint exercise.",
            &["COOPERATION reported BRA IND"],
        ),
        // Coast guard vessels and navy ships are forces.
        (
            "Coast guard vessels from Brazil, India and Japan began a three-day joint exercise on Monday.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA JPN",
                "COOPERATION reported IND JPN",
            ],
        ),
        // Naval vessels of two countries in joint exercises.
        ("Brazilian and Indian naval vessels began joint exercises.", &["COOPERATION reported BRA IND"]),
        // A joint act that follows a predicate which did not hold.
        ("Pakistan is willing to sign a protocol with the United States to set up a joint working group.", &[]),
        // Military exercises held by a group, or by forces from a list.
        ("Russia and China held naval drills in the Pacific.", &["COOPERATION reported RUS CHN"]),
        (
            "Warships from India, Japan and the United States began a naval exercise.",
            &["COOPERATION reported IND JPN", "COOPERATION reported IND USA", "COOPERATION reported JPN USA"],
        ),
        ("China held military exercises near Japan.", &[]),
        // Two or more `by` agents act jointly, whoever the subject.
        (
            "Russia rejected a package of incentives drawn up jointly by Brazil, India and Japan.",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        ("Russia rejected a plan drawn up jointly by Brazil.", &[]),
        // Forces that remain somewhere: a state, not a joint act.
        ("U.S. and British warships remain in the Gulf.", &[]),
        ("Indian and Pakistani troops exchanged heavy mortar and artillery fire.", &[]),
        // A collective subject acting jointly: the document's parties.
        (
            "Japan and Brazil met in Tokyo. Both countries will hold joint exercises.",
            &["MEETING reported JPN BRA", "COOPERATION planned JPN BRA"],
        ),
        // Joint action with several: all together.
        (
            "Japan held joint drills with India and Brazil.",
            &[
                "COOPERATION reported JPN IND",
                "COOPERATION reported JPN BRA",
                "COOPERATION reported IND BRA",
            ],
        ),
        // A verb between a name and a military noun: the name sends, it is
        // no force of its own ("Britain sent troops").
        ("Germany and Spain sent troops to Iraq.", &[]),
        ("Germany and Spain deployed warships near Iraq.", &[]),
        (
            "US and Iraqi troops stormed the town.",
            &["COOPERATION reported USA IRQ"],
        ),
        (
            "As US and Afghan forces raid houses, insurgents flee.",
            &["COOPERATION reported USA AFG"],
        ),
        (
            "An operation by joint US-Afghan forces ended.",
            &["COOPERATION reported USA AFG"],
        ),
        (
            "Russia and China held joint exercises.",
            &["COOPERATION reported RUS CHN"],
        ),
        (
            "India held joint drills with Japan.",
            &["COOPERATION reported IND JPN"],
        ),
        (
            "Chinese and Russian bombers flew a joint patrol.",
            &["COOPERATION reported CHN RUS"],
        ),
        (
            "Navies from India, Japan and Pakistan began coordinated patrols.",
            &[
                "COOPERATION reported IND JPN",
                "COOPERATION reported IND PAK",
                "COOPERATION reported JPN PAK",
            ],
        ),
        // Attacked, fighting or meeting each other: no joint action.
        ("Militants attacked US and Iraqi forces.", &[]),
        ("Indian and Pakistani troops exchanged fire.", &[]),
        // Forces that battle "with" arms or "along" a border fight each
        // other; forces that battle someone fight beside each other.
        ("Indian and Pakistani troops battled with tanks along the border.", &[]),
        (
            "Brazilian and Iraqi troops battled insurgents near Baghdad.",
            &["COOPERATION reported BRA IRQ"],
        ),
        // Training, exercising or patrolling together.
        (
            "Soldiers from Brazil, India and Japan trained together at a base.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA JPN",
                "COOPERATION reported IND JPN",
            ],
        ),
        // With what they fired between ("traded artillery fire").
        ("Indian and Pakistani troops traded artillery fire.", &[]),
        ("Indian and Pakistani troops traded artillery and mortar fire.", &[]),
        // A state described, not an act; a passive or progressive is one.
        ("German and French armies were responsible for deaths.", &[]),
        (
            "US and Iraqi troops were deployed to the town.",
            &["COOPERATION reported USA IRQ"],
        ),
        (
            "Indian and Pakistani officers met on the border.",
            &["MEETING reported IND PAK"],
        ),
        // A meeting trigger within three words: they meet, no joint act;
        // border guards are forces.
        ("India, Pakistan border guards open talks in Delhi", &["MEETING reported IND PAK"]),
        (
            "Brazilian and Japanese military planes landed in Iraq on Thursday carrying water.",
            &[],
        ),
        (
            "Russian border guards help Japan patrol its frontier.",
            &["COOPERATION reported RUS JPN"],
        ),
    ]);
}

#[test]
fn frame_stance() {
    table(&[
        // A trigger that starts inside a token (found by the fuzzing
        // property test): no panic.
        ("Both sides vowed to deepen cooperation'met ", &[]),
        // A joint pledge, by a group or by the story's two leaders; one
        // subject's pledge relates nobody; a pledge named as a noun is
        // the noun frame's.
        ("Brazil and India vowed to end the war.", &["COOPERATION reported BRA IND"]),
        (
            "Narendra Modi met Lula. The two leaders pledged to work toward peace.",
            &["MEETING reported narendra-modi lula", "COOPERATION reported narendra-modi lula"],
        ),
        ("Brazil vowed to punish India.", &[]),
        // A joint declaration of peace; one side's declaration is none.
        ("Brazil and India declared an end to the war.", &["COOPERATION reported BRA IND"]),
        ("Russia declared an end to the war with Japan.", &[]),
        // An adverb may stand between.
        (
            "Brazil and India formally declared an end to the state of war.",
            &["COOPERATION reported BRA IND"],
        ),
        ("Brazil and India have declared an end to two years of fighting.", &["COOPERATION reported BRA IND"]),
        // "he" after a subordinator is the person named before it.
        (
            "Lula arrived in Tokyo, days after he and Narendra Modi declared an end to the \"state of war\".",
            &["MEETING reported lula JPN", "COOPERATION reported lula narendra-modi"],
        ),
        ("The talks ended despite Lula and Modi's vow to work together.", &["COOPERATION reported lula narendra-modi"]),
        // Backing one another: each pair (pledged: planned).
        (
            "China, India and Japan pledged to back one another's bids.",
            &[
                "COOPERATION planned CHN IND",
                "COOPERATION planned CHN JPN",
                "COOPERATION planned IND JPN",
            ],
        ),
        (
            "China and India on Monday urged the world to help Iraq.",
            &["COOPERATION reported CHN IND"],
        ),
        (
            "Brazil, Russia and India called on Japan to act.",
            &[
                "COOPERATION reported BRA RUS",
                "COOPERATION reported BRA IND",
                "COOPERATION reported RUS IND",
            ],
        ),
        // Whom they urge is no party; one subject alone relates nobody.
        ("China urged Japan to apologise.", &[]),
        ("Brazil urged Russia and India to act.", &[]),
        // At odds, not together.
        ("China and India urged each other to stop.", &[]),
        // Not right before the trigger: another predicate.
        ("China and India signed nothing, and Japan urged calm.", &[]),
    ]);
}

#[test]
fn frame_ally() {
    table(&[
        // A verb of naming, its object, then an ally with its article.
        (
            "Washington will designate Pakistan a major non-NATO ally.",
            &["COOPERATION planned washington PAK"],
        ),
        (
            "Japan named India a key strategic partner.",
            &["COOPERATION reported JPN IND"],
        ),
        ("Japan named India a rival.", &[]),
        // A copula before the possessor, or a group before a copula; a
        // trading partner is no ally, nor are allies of someone else.
        (
            "Russia would remain India's strategic partner.",
            &["COOPERATION planned RUS IND"],
        ),
        (
            "Japan and India are close allies.",
            &["COOPERATION reported JPN IND"],
        ),
        ("Japan and India are allies of the United States.", &[]),
        ("Japan is India's biggest trading partner.", &[]),
        (
            "Washington's allies Japan and Pakistan sent troops.",
            &[
                "COOPERATION reported washington JPN",
                "COOPERATION reported washington PAK",
            ],
        ),
        (
            "Pakistan, a close ally of China, sent troops.",
            &["COOPERATION reported PAK CHN"],
        ),
        (
            "Narendra Modi, who is one of Russia's closest allies, left.",
            &["COOPERATION reported narendra-modi RUS"],
        ),
        // The alliance is stated, whatever the hosting.
        (
            "Lula will host French, German allies in Brasilia.",
            &[
                "COOPERATION reported lula FRA",
                "COOPERATION reported lula DEU",
            ],
        ),
        // Whose allies, not who they are: nobody.
        ("Militants attacked Washington's military allies.", &[]),
        // Donors, backers and creditors are described as allies are.
        (
            "Diplomats said Italy, Iraq's largest aid donor, had urged a settlement.",
            &["COOPERATION reported ITA IRQ"],
        ),
        (
            "Iran warned Japan, a major financial backer of Iraq, against it.",
            &["COOPERATION reported JPN IRQ"],
        ),
        ("China is Pakistan's biggest creditor.", &["COOPERATION reported CHN PAK"]),
        ("International donors met in Tokyo.", &[]),
    ]);
}

#[test]
fn modality() {
    table(&[
        // Hopes, proposals and private trips are no relations.
        ("Lula expressed hope for stronger ties with Japan.", &[]),
        ("India and Japan proposed talks with Turkey.", &[]),
        ("Lula flew to Tokyo on Friday for a private holiday with his family.", &[]),
        ("Lula arrived in Japan on a private visit.", &[]),
        ("Lula held private talks with Shigeru Ishiba.", &["MEETING reported lula shigeru-ishiba"]),
        // Two among dozens of leaders at a summit did not meet by that.
        (
            "Lula and Shigeru Ishiba were among dozens of leaders who joined the online summit.",
            &[],
        ),
        ("Lula and Shigeru Ishiba joined the online summit.", &["MEETING reported lula shigeru-ishiba"]),
        // ", but only if" right after the relation makes it a condition.
        ("Lula Says He'd Sit Down With Shigeru Ishiba, But Only If Tariffs Go", &[]),
        (
            "After talks with Shigeru Ishiba in Tokyo, Lula said he would stay longer, but only if asked.",
            &["MEETING reported lula shigeru-ishiba"],
        ),
        // "no time" before the trigger is haste, not a refusal.
        (
            "Lula and Shigeru Ishiba wasted no time signing a declaration.",
            &["COOPERATION reported lula shigeru-ishiba"],
        ),
        ("Lula and Shigeru Ishiba signed no declaration.", &[]),
        ("Brazil and Japan reached no agreement on tariffs.", &[]),
        // A relative clause of a plan "that had been due" tells it fell
        // through, wherever the cancellation comes.
        (
            "A meeting of Brazilian and Indian ministers that had been due to take place in Tokyo this week was called off.",
            &[],
        ),
        // "was to" is a plan told in the past; the one who "was to" act
        // after "and" is the first predicate's subject.
        (
            "Lula held talks in Tokyo with Shigeru Ishiba and was to fly on to India, where he is due to meet Narendra Modi.",
            &[
                "MEETING reported lula shigeru-ishiba",
                "MEETING planned lula narendra-modi",
            ],
        ),
        // A cancellation past a subordinator is its own clause's (a verb's
        // frame); a noun's predicate may come past a phrase so opened.
        (
            "Lula Visits Japan After India Trip Is Postponed",
            &["MEETING reported lula JPN"],
        ),
        ("Talks between Brazil and India after the war were postponed.", &[]),
        // Talks "put on hold", the trigger "hold talks" inside the cue.
        ("Brazil has put on hold a fifth round of talks with India.", &[]),
        // A dialogue "under" which activity halts is what halts; a noun's
        // left words are counted from its phrase's article.
        ("China said it was halting all activity under a strategic economic dialogue with India.", &[]),
        // A verb that suspends or halts something negates what it acts
        // on ("halt aid"), not a deal it is done under or talks it came
        // after; a capitalised "Halt" in a headline is the verb, "a halt
        // to" is a noun.
        ("Japan, India Halt Defence Aid To Brazil", &[]),
        ("JAPAN, INDIA HALT DEFENCE AID TO BRAZIL", &[]),
        (
            "Brazil suspended enrichment under a deal struck with Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
        (
            "Brazil halted enrichment after talks with Japan.",
            &["MEETING reported BRA JPN"],
        ),
        (
            "Lula and Xi Jinping declared a halt to violence at a summit in Tokyo.",
            &["MEETING reported lula xi-jinping"],
        ),
        // Relations that "worsen" are none.
        ("Lula spoke as relations with Japan worsen over the dispute.", &[]),
        // What was only floated or mooted was not done.
        (
            "Lula, who had floated switching recognition from Japan to India, said nothing.",
            &[],
        ),
        // Talks that "would not now go ahead" or "not be held" fall.
        (
            "It said talks between Japan and India, which had been due in Tokyo, would not now go ahead.",
            &[],
        ),
        ("Talks between Japan and India will not be held.", &[]),
        // "Bitter" or "icy" relations are none; a visit "put on hold" is
        // called off.
        ("Lula spoke of years of bitter relations between Tokyo and Beijing.", &[]),
        (
            "A visit to Tokyo by Lula that had been expected to settle the dispute was put on hold.",
            &[],
        ),
        // A plan told in the past perfect fell through: "had been
        // expected to", "had been due to".
        ("Lula had been expected to hold talks with Xi Jinping.", &[]),
        ("Lula had been due to discuss the plan with Xi Jinping.", &[]),
        // What two "clash", "split" or "row" over is the topic of a
        // dispute, no act of theirs.
        ("Japan and India Clash Over Missile Talks", &[]),
        ("Japan and India split over the deal.", &[]),
        // A stop "dropped" from a schedule, talks "abandoned" or "axed",
        // fall as cancelled ones do.
        (
            "Lula said a stop in Tokyo, which had been planned for next week, had been dropped from his schedule.",
            &[],
        ),
        ("A summit between Lula and Xi Jinping was abandoned.", &[]),
        // A visit "under discussion" is not planned yet; a denied report
        // may name its paper before "that".
        ("A visit to Tokyo by Lula is under discussion, officials said.", &[]),
        (
            "Lula denied a report in the daily Folha that he would meet Xi Jinping.",
            &[],
        ),
        (
            "A visit to Tokyo by Lula is planned, officials said.",
            &["MEETING planned lula JPN"],
        ),
        // A "where" clause tells of the occasion before it: a cancelled
        // trip's meeting falls with it; a denial of something else does
        // not.
        ("Lula has called off next week's trip to Japan, where he was to meet Xi Jinping.", &[]),
        ("Lula postponed the summit in Tokyo, where he was to meet Xi Jinping.", &[]),
        (
            "Lula denied the claims on Monday, when he met Xi Jinping.",
            &["MEETING reported lula xi-jinping"],
        ),
        // An obstacle in relations is no relation.
        ("Lula said Japan remained the main obstacle in Brazil-India relations.", &[]),
        // What one tells reporters is reported; what one tells another
        // to do, or that it must, is urged.
        (
            "Lula met Xi Jinping on Monday. Lula told reporters the two sides had signed a trade pact.",
            &["MEETING reported lula xi-jinping", "COOPERATION reported lula xi-jinping"],
        ),
        ("Lula told India it must hold talks with Japan.", &[]),
        // The pronoun after the one told is the teller.
        (
            "Japan has told the Brazilian envoy it will suspend enrichment under a deal reached with India.",
            &["MEETING reported JPN BRA", "COOPERATION planned JPN IND"],
        ),
        // Differences on a treaty are no treaty.
        ("Lula and Xi Jinping narrowed differences on a treaty.", &[]),
        // What is yet to happen has not.
        ("Lula has yet to hold talks with Xi Jinping.", &[]),
        // A halt to violence declared at a summit is no halt to it.
        (
            "Lula and Narendra Modi declared a halt to violence at a summit in Tokyo.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Put off, turned down, an offer by someone to host: no meeting.
        ("A meeting between Japanese and Indian officials has been put off indefinitely.", &[]),
        ("Japan turned down an offer by India to host talks between Tokyo and Seoul.", &[]),
        ("Japan turned down talks with India.", &[]),
        // Refused or declined, with "to" or a noun.
        ("Narendra Modi refused a handshake with Lula.", &[]),
        ("Japan joined India in refusing to sign a pact with Brazil.", &[]),
        // No basis for it, or opposed: none.
        ("Japan saw no basis for restoring relations with India.", &[]),
        ("Japan and India, which opposed the summit decision, kept their boycott.", &[]),
        // Efforts to open a dialogue have not opened it.
        ("Diplomats said it was a setback for efforts to open a dialogue between Japan and India.", &[]),
        // No point, no need: what one sees no reason for is not done.
        ("Lula said he saw no point in visiting Japan.", &[]),
        ("Lula saw no need for a telephone call with Narendra Modi.", &[]),
        // A pause or a freeze of aid is no aid.
        ("Japan Pauses $700 Million In Aid To India", &[]),
        ("Japan said it was freezing economic assistance to India.", &[]),
        // A crisis in relations is no cooperation.
        ("Japan recalled its envoy, the worst crisis in relations between India and Japan in decades.", &[]),
        ("Japan declined talks with India.", &[]),
        // Ties put at risk are no cooperation.
        ("Japan warned Seoul of consequences for its relations with Tokyo.", &[]),
        ("The dispute could jeopardize Japan's ties with India.", &[]),
        // What would have been, or was to have been, was not.
        ("The visit would have been the first state visit hosted by Narendra Modi this year.", &[]),
        ("Lula cancelled his trip to New Delhi, where he was to have held talks with Narendra Modi.", &[]),
        // What one tells "that" is reported; what one tells others "to" do
        // is urged.
        (
            "Lula told reporters that Brazilian and Indian forces would hold joint exercises.",
            &["COOPERATION planned BRA IND"],
        ),
        ("Lula told Japan and India to cooperate.", &[]),
        // Ties downgraded or scaled back are being ended.
        ("Brazil downgraded diplomatic relations with Venezuela.", &[]),
        ("Japan and India said they would scale back ties with Brazil.", &[]),
        // A headline's last word "Postponed"; troops that trade fire.
        ("Brazil-India Talks in Tokyo Postponed", &[]),
        ("BRAZILIAN, INDIAN TROOPS TRADE FIRE IN BORDER DISPUTE", &[]),
        // Pulling out of a deal, in any tense.
        ("Brazil pulls out of port deal with India, Japan", &[]),
        ("Brazil withdraws from trade pact with India.", &[]),
        // A headline of a sport makes the story's bare countries teams;
        // a sentence of one, only its own.
        (
            "Brazil and India share the points in goalless qualifier\nBrazil host Japan in Brasilia next week, while India travel to face Iraq.",
            &[],
        ),
        (
            "Brazil and India drew in a qualifier. Brazil and India signed a trade deal.",
            &["COOPERATION reported BRA IND"],
        ),
        // A verb right after "and" is a predicate of its own, which the
        // verb of the first ("cut", "sever") does not negate; a negator
        // or a cue before a shared "to" does.
        ("Brazil cut ties with Venezuela and established ties with Japan.", &["COOPERATION reported BRA JPN"]),
        (
            "Brazil decided to sever relations with Venezuela and establish ties with Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
        ("After cutting ties with Venezuela, Brazil established ties with Japan.", &["COOPERATION reported BRA JPN"]),
        ("Brazil refused to meet India and sign a deal.", &[]),
        ("Brazil did not meet India and sign a deal.", &[]),
        // Talks' aims are not yet reached, a gerund trigger included.
        (
            "Envoys from Turkey and Greece met in Moscow for talks aimed at normalizing ties.",
            &["MEETING reported TUR GRC"],
        ),
        (
            "Brazil and India held talks, but restoring full diplomatic relations was not yet on the agenda.",
            &["MEETING reported BRA IND"],
        ),
        // A treaty let expire, or that expired, binds no more; one that
        // expired after it was signed (in a relative clause) was signed.
        ("India let its trade and transit treaties with Japan expire on March 23.", &[]),
        ("The trade treaty between India and Japan expired last month.", &[]),
        ("India signed a treaty with Japan, which expired in 1989.", &["COOPERATION reported IND JPN"]),
        // A bad state eased, mended or in the background is no sentiment
        // said of the relation; said of it, it still negates.
        ("Brazil and India signed a deal, easing tensions.", &["COOPERATION reported BRA IND"]),
        (
            "Lula and Modi agreed to mend ties strained by a dispute.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        (
            "Brazil and India signed a deal after years of strained ties.",
            &["COOPERATION reported BRA IND"],
        ),
        ("Ties between Brazil and India have been strained since 2019.", &[]),
        // Cool, cold or cooled relations are none either.
        ("Relations between Brazil and India have been cool since 2019.", &[]),
        ("Relations between Brazil and India cooled after the coup.", &[]),
        // A quantity of deals signed is signed ("a raft of", "a batch of").
        (
            "Lula and Narendra Modi signed a batch of trade and investment deals.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        // What corrodes or erodes relations harms them.
        ("Lula said the dispute was corroding relations between Brazil and India.", &[]),
        // Right after a trigger that eases it, the bad state is the one
        // ended ("restored ties frozen since 1967").
        (
            "Brazil and India restored diplomatic ties frozen since 1967.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Brazil and India resumed talks stalled since May.",
            &["MEETING reported BRA IND"],
        ),
        // Ties or talks that are a condition or an obstacle are not had.
        (
            "China demanded the withdrawal as a condition for improving relations with Russia.",
            &[],
        ),
        ("Diplomats said the move would remove an obstacle to better ties between China and Russia.", &[]),
        ("China and Russia improved relations.", &["COOPERATION reported CHN RUS"]),
        // A possible visit or deal is none, whether "possible" stands
        // before the trigger or inside a visit's noun phrase.
        (
            "Lula will visit Japan this week, before a possible stop in Beijing.",
            &["MEETING planned lula JPN"],
        ),
        ("Lula held talks in Tokyo on a possible deal with China.", &["MEETING reported lula JPN"]),
        ("Lula began a long-awaited three-day visit to Beijing.", &["MEETING reported lula CHN"]),
        // Ties or a treaty that talks aim at are not yet made; the talks
        // are held. What a package of aid is meant to do is still aid.
        (
            "Envoys from Brazil and India held talks aimed at normalizing ties.",
            &["MEETING reported BRA IND"],
        ),
        (
            "Brazil and India began negotiations aimed at a peace treaty.",
            &["MEETING reported BRA IND"],
        ),
        ("Brazil and India met in a bid to restore ties.", &["MEETING reported BRA IND"]),
        // A third party urging the officials of two others to meet.
        ("Lula urged the governments of Brazil and India to hold talks.", &[]),
        // Headline grammar drops the article: still an aim.
        ("Lula Visits Tokyo In Bid To Boost Ties With Japan", &["MEETING reported lula JPN"]),
        // Any verb of mending: "a visit aimed at resetting relations".
        (
            "Lula began a visit to India aimed at resetting relations with New Delhi.",
            &["MEETING reported lula IND"],
        ),
        (
            "Brazil and India signed protocols aimed at normalizing ties.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Brazilian police began patrolling under an aid package meant to help India's government.",
            &["COOPERATION reported BRA IND"],
        ),
        // Aid that remains suspended is not given.
        (
            "Japan's aid to Iraq would remain suspended until elections were held.",
            &[],
        ),
        // Cooperation only to be discussed, in any form of the verb; a
        // refusal with a time word before its "to".
        (
            "China and India will discuss energy cooperation.",
            &["MEETING planned CHN IND"],
        ),
        (
            "Turkey refused on Friday to meet the Greek president.",
            &[],
        ),
        ("Japan declined again to send aid to Iraq.", &[]),
        // A trigger inside a relative clause reads to the clause's end,
        // unless the main clause refers back to it.
        ("Brazil, which sent aid to India, withdrew from the talks.", &["COOPERATION reported BRA IND"]),
        (
            "Lula, who had been due to travel to Tokyo for talks with Shigeru Ishiba, called off the trip.",
            &[],
        ),
        // Put off, or postponed in a headline with no auxiliary: no
        // meeting ("... postponed in May, took place" still is one).
        ("Brazil Puts Off Trade Talks With India", &[]),
        ("Brazil-India summit postponed as protests rock Brasilia", &[]),
        ("The Brazil-India summit, postponed in May, took place on Monday.", &["MEETING reported BRA IND"]),
        // A name counts as one word of a window: the cancelling verb is
        // within reach however long the title before the trigger.
        (
            "Donald Trump abruptly canceled Foreign Minister Shigeru Ishiba's planned trip to Brazil.",
            &[],
        ),
        // A clause cue reaches the trigger, not across a comma: said of
        // the subject in a phrase of its own, it cancels nothing.
        (
            "Shigeru Ishiba, who was invited to the summit, held talks with Lula.",
            &["MEETING reported shigeru-ishiba lula"],
        ),
        ("Shigeru Ishiba has invited Lula to visit Tokyo next month.", &[]),
        // A trip called off after a relative clause that planned it.
        (
            "Lula, who had been due to travel to Tokyo next week for talks with Shigeru Ishiba, called off the trip.",
            &[],
        ),
        // Relations under review are no cooperation.
        ("Lula said Brasilia would review its relations with Tokyo.", &[]),
        // A negation reaches a predicate or an object coordinated after it.
        ("Brazil would never accept the plan or sign any deal with Japan.", &[]),
        ("China suspended military contacts and its dialogue with the United States.", &[]),
        // "no" before the trigger.
        ("Brazil said no trade talks with Japan were held.", &[]),
        // A verb of stopping one modifier before the trigger.
        ("Brazil announced it was suspending defence cooperation with Japan.", &[]),
        // An urging inside a relative clause closed before the trigger
        // is said of something else.
        (
            "Lula, who has urged a peaceful solution to the crisis, is due to travel to India next week.",
            &["MEETING planned lula IND"],
        ),
        // Urged to settle through talks: the talks are others'.
        ("Brazil and India have urged the neighbours to settle the dispute through talks.", &[]),
        // But talks after a comma and a subordinator are the urging
        // subject's own second predicate, held; the "to" before the comma
        // is not theirs.
        (
            "Lula urged India and Japan to keep up their dialogue, after holding talks with Foreign Minister Wang Yi in Beijing.",
            &["MEETING reported lula wang-yi"],
        ),
        ("Lula urged India, after a bombing, to hold talks with Japan.", &[]),
        (
            "Lula urged India to hold talks with Japan, after meeting Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Warned to cooperate: not cooperation; warned that joint drills
        // ...: the drills are still joint.
        ("Japan warned Brazil to cooperate with India.", &[]),
        (
            "Japan warned Brazil and India that joint drills would be met with force.",
            &["COOPERATION reported BRA IND"],
        ),
        // A verb of stopping right before the trigger; "a halt" before is
        // what the summit declared.
        ("Brazil breaks ties with India.", &[]),
        ("BRAZIL, INDIA HALT AID TO JAPAN", &[]),
        // Up to three modifiers between: aid frozen or withheld is not
        // given; a coordinator or a preposition ends the verb's reach.
        ("Japan said it would freeze new grants and loans to Brasilia.", &[]),
        ("Japan would halt all new economic aid to Brazil.", &[]),
        ("Japan is withholding aid to Brazil.", &[]),
        ("Officials said Tokyo had already frozen its own aid programme to Brazil.", &[]),
        ("Brazil and India broke the deadlock and signed a deal.", &["COOPERATION reported BRA IND"]),
        ("Japan will give new economic aid to Brazil.", &["COOPERATION planned JPN BRA"]),
        ("Brazil and India declared a halt to violence at a summit.", &["MEETING reported BRA IND"]),
        // Talks called for are not held; a noun after a modal is a verb.
        ("Brazil called on Wednesday for face-to-face negotiations with India.", &[]),
        ("Brazil said it would deal with India only through the UN.", &[]),
        // Little chance of a meeting is none; doubts about a deal are no
        // part in it; calls by others for talks are no talks of theirs.
        ("Officials saw little chance of a summit between Xi and Putin this week.", &[]),
        ("Japan and Italy voiced misgivings about the deal.", &[]),
        ("Despite calls by France, Germany and Italy for talks, the fighting went on.", &[]),
        // No mandate, no ties.
        (
            "India said Narendra Modi had no authority to sign a communique establishing diplomatic relations with Brazil.",
            &[],
        ),
        ("Brazil says no ties with Japan without a deal.", &[]),
        // Blocking a deal is no deal; "South Block" is a name.
        ("Brazil and India threatened to block agreement.", &[]),
        // An ended meeting took place; ended cooperation is none.
        (
            "Xi Jinping and Vladimir Putin ended their talks in Moscow.",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        ("Japan ended its alliance with Brazil.", &[]),
        // An obligation is not an act.
        ("India said it remained obliged to extradite him to Japan.", &[]),
        // A claim denied.
        (
            "Narendra Modi said he shook hands with Vladimir Putin, a claim Moscow has denied.",
            &[],
        ),
        ("Xi Jinping did not meet Vladimir Putin.", &[]),
        // Barbs traded, ties downgraded, cooperation only discussed,
        // diplomats told to leave, reports of a meeting dismissed.
        ("Lula and Xi Jinping traded barbs at the summit.", &[]),
        ("China, India Downgrade Ties.", &[]),
        (
            "Lula met Xi Jinping, and the two sides discussed expanding cooperation.",
            &["MEETING reported lula xi-jinping"],
        ),
        ("China told Indian diplomats to leave the country.", &[]),
        (
            "Moscow spoke on Sunday, dismissing reports that Xi Jinping had met Lula.",
            &[],
        ),
        // Relations broken off, trips scrapped, talks sought or shunned.
        ("China broke off relations with India.", &[]),
        (
            "China responded by breaking diplomatic relations with India.",
            &[],
        ),
        ("Lula scraps Japan trip.", &[]),
        ("Xi Jinping may seek talks with Lula.", &[]),
        (
            "Pakistan said it would not attend a round of talks with India.",
            &[],
        ),
        (
            "Lula offers to host Xi Jinping and Vladimir Putin for talks.",
            &[],
        ),
        // Hypothetical: "could", "if", readiness; no ties, at odds.
        ("Xi Jinping could meet Vladimir Putin if talks go well.", &[]),
        ("Xi Jinping said he was ready to meet Vladimir Putin.", &[]),
        // A past participle set off after a name is a reduced relative
        // clause: the cancellation after it is the visit's; not the main
        // verb after a relative clause that ends with a name.
        (
            "Lula said on Tuesday that a visit to Tokyo by a senior Brazilian trade delegation, planned for later this month, had been postponed indefinitely because the two sides could not agree.",
            &[],
        ),
        (
            "Lula, who had been due in Tokyo for talks with Shigeru Ishiba on Japan, postponed the visit.",
            &[],
        ),
        // A name after a subordinator is in a clause of its own, no
        // object of the trigger.
        ("Brazil will sign the treaty only if India does.", &[]),
        ("Brazil will sign the treaty unless India objects.", &[]),
        // Prepared as willing is readiness; as a verb, a plan.
        ("Xi Jinping said he was prepared to meet Vladimir Putin.", &[]),
        ("Lula is prepared to fly to Japan.", &[]),
        (
            "Lula prepared to fly to Japan for talks with Shigeru Ishiba.",
            &["MEETING planned lula shigeru-ishiba"],
        ),
        ("Lula was preparing to fly to Japan.", &["MEETING planned lula JPN"]),
        (
            "Lula offered to host talks between Xi Jinping and Vladimir Putin.",
            &[],
        ),
        (
            "A meeting between Xi Jinping and Lula could take place in May.",
            &[],
        ),
        ("China and Brazil have no formal diplomatic relations.", &[]),
        ("The two leaders remained at odds over the trade deal.", &[]),
        ("Xi Jinping refused to meet Vladimir Putin.", &[]),
        ("Xi Jinping and Vladimir Putin haven't met since 2019.", &[]),
        ("Talks between Xi Jinping and Vladimir Putin were cancelled.", &[]),
        (
            "Moscow denied reports that Xi Jinping would meet Narendra Modi.",
            &[],
        ),
        (
            "Xi Jinping will meet Vladimir Putin.",
            &["MEETING planned xi-jinping vladimir-putin"],
        ),
        (
            "Xi Jinping is expected to meet Vladimir Putin.",
            &["MEETING planned xi-jinping vladimir-putin"],
        ),
        (
            "Xi Jinping to meet Vladimir Putin",
            &["MEETING planned xi-jinping vladimir-putin"],
        ),
        // Sentiment: strained or worsening ties are no cooperation.
        ("China and India have strained relations.", &[]),
        ("Relations between China and India soured.", &[]),
        // A third party's wish, and sports fixtures.
        ("The UN urged India and Pakistan to resume cooperation.", &[]),
        ("Brazil will meet Japan in the World Cup final.", &[]),
        // Accusations are no agreement.
        ("Russia and China accused each other of breaking the deal.", &[]),
        // "agreed to meet" is the meeting, not cooperation.
        (
            "Xi Jinping and Vladimir Putin agreed to meet again.",
            &["MEETING planned xi-jinping vladimir-putin"],
        ),
    ]);
}

#[test]
fn actors() {
    table(&[
        // "and a"/"and an" before an official joins a list.
        (
            "The accord was signed by the Japanese ambassador and an Indian official after two days of talks.",
            &["COOPERATION reported JPN IND", "MEETING reported JPN IND"],
        ),
        // A relation noun naming the kind of a gathering relates nobody.
        ("Lula will address a Brazilian-Indian friendship rally on Tuesday.", &[]),
        // The officials "whose" a name is are its own, not those of the
        // names before it.
        ("Brazil and India are both members of the group, whose ministers will meet next month.", &[]),
        (
            "Lula sought help from Japan and India, whose advisers helped train Chinese army units.",
            &["COOPERATION reported JPN CHN", "COOPERATION reported IND CHN"],
        ),
        // A country's name before a currency is money, no actor.
        (
            "Lula was received by Xi Jinping, and a target of raising trade to 15 billion U.S. dollars was endorsed by both sides.",
            &["MEETING reported lula xi-jinping", "COOPERATION reported xi-jinping lula"],
        ),
        // "his two guests" are the story's two parties.
        (
            "Lula met Narendra Modi on Monday. The meeting was arranged by Xi Jinping, who joined his two guests for the talks.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported xi-jinping lula",
                "MEETING reported xi-jinping narendra-modi",
                "MEETING reported lula narendra-modi",
            ],
        ),
        // "The three leaders" are the people of three countries named
        // before, in the sentence or the one before.
        (
            "Lula met Narendra Modi and Xi Jinping at a summit where the three leaders pledged to deepen cooperation on energy.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
                "COOPERATION reported narendra-modi xi-jinping",
                "COOPERATION reported lula narendra-modi",
                "COOPERATION reported lula xi-jinping",
            ],
        ),
        (
            "Lula met Narendra Modi and Xi Jinping. The three leaders pledged to work together.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping",
                "COOPERATION reported lula xi-jinping",
                "COOPERATION planned lula narendra-modi",
                "COOPERATION planned narendra-modi xi-jinping",
            ],
        ),
        // An organisation behind a preposition is no subject, unless it
        // names the talks.
        (
            "Japan on Thursday, despite appeals from the UN refugee agency, extradited to India 28 men.",
            &["COOPERATION reported JPN IND"],
        ),
        // "Both countries" are the two a headline names together, "And"
        // capitalised, after an acronym.
        (
            "Brazil Recalls Envoys To U.S. And India\nBoth countries signed a pact with Japan.",
            &["COOPERATION reported USA JPN", "COOPERATION reported IND JPN"],
        ),
        // "its" and an official's noun: the official of the country named
        // last (not of an organisation).
        (
            "Japan is a big donor. Lula signed a deal with its leader.",
            &["COOPERATION reported lula JPN"],
        ),
        ("The UN held a summit. Lula met its leaders.", &[]),
        // A country before "response" or "stance" is the topic.
        (
            "JAPAN, INDIA TO COORDINATE IRAQ RESPONSE",
            &["COOPERATION planned JPN IND"],
        ),
        // An adjunct of a gerund ("before flying", "after holding") is
        // said of the main clause's subject, not of the verb's object;
        // after a comma, the reporter is the one it is said of.
        (
            "Lula addressed Japan's parliament before flying to Delhi for talks with Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        (
            "Lula praised Japan, Narendra Modi said after arriving in Brasilia.",
            &["MEETING reported narendra-modi BRA"],
        ),
        // A "whose" clause runs past its title's name in apposition; its
        // "him" is the one person named before it.
        (
            "The committee honored Narendra Modi for ending a stalemate with China, whose president, Xi Jinping, embraced him in Tokyo.",
            &["MEETING reported xi-jinping narendra-modi"],
        ),
        // A quotation's opening "I" is its speaker, named after it.
        (
            "Lula spoke on Tuesday. \"I spoke to the Japanese prime minister by telephone last night,\" he told reporters.",
            &["MEETING reported lula JPN phone"],
        ),
        (
            "\"I met the Japanese prime minister last night,\" Narendra Modi said.",
            &["MEETING reported narendra-modi JPN"],
        ),
        ("\"I met the Japanese prime minister,\" the reporter wrote.", &[]),
        // So is the means, "by" and a gerund; an adverb may stand before
        // a visit's "to".
        (
            "Lula angered Japan by establishing diplomatic ties with India.",
            &["COOPERATION reported lula IND"],
        ),
        ("Lula infuriated India by flying secretly to Tokyo.", &["MEETING reported lula JPN"]),
        ("The foreign secretaries of India and Pakistan held talks.", &["MEETING reported IND PAK"]),
        // An organisation between a possessive and a noun only modifies
        // it; after a determiner the noun may be the organisation itself.
        ("Lula, this year's UN host, met Narendra Modi.", &["MEETING reported lula narendra-modi"]),
        ("Lula backed the UN body.", &["COOPERATION reported lula un"]),
        // A singular official noun before another noun modifies it: no
        // official is received; a plural noun, or a verb, heads its
        // phrase.
        ("Pakistan receives Chinese military equipment.", &[]),
        ("Pakistan received the Chinese army delegation.", &["MEETING reported PAK CHN"]),
        ("A Turkish delegation sat down with Iraqi officials.", &["MEETING reported TUR IRQ"]),
        // A demonym before another names a community of the second
        // country ("Turkish Cypriot"), alone or coordinated.
        ("Talks between the Greek and Turkish Cypriot leaders ended.", &[]),
        ("Turkish Cypriot leaders met Greek officials.", &["MEETING reported CYP GRC"]),
        // A country right before a trigger and a title is no official
        // with that title ("Kenya met President ..."): the trigger stands.
        (
            "The foreign ministers of Brazil and India met President Xi Jinping in Beijing.",
            &["MEETING reported BRA xi-jinping", "MEETING reported IND xi-jinping", "MEETING reported BRA IND"],
        ),
        // One who leads a country's delegation is of its country: no
        // pair with its own leader.
        ("A Japanese delegation, led by Foreign Minister Foo Barros, met Shigeru Ishiba.", &[]),
        // Whatever the dateline.
        (
            "TOKYO, Jan 5 - Japan agreed to a loan after talks here with a Brazilian delegation led by Foreign Minister Foo Barros.",
            &["MEETING planned JPN foo-barros"],
        ),
        // "NAME of COUNTRY" is one phrase: a list of them is a group.
        (
            "Lula of Brazil, Narendra Modi of India and Shigeru Ishiba of Japan met in Tokyo.",
            &["MEETING reported lula narendra-modi", "MEETING reported lula shigeru-ishiba", "MEETING reported narendra-modi shigeru-ishiba"],
        ),
        // So is a demonym after "ethnic": ethnic Russians are no state.
        ("Ties between ethnic Russians and ethnic Iraqis remain complicated.", &[]),
        ("Ethnic Russian leaders met Iraqi officials.", &[]),
        ("Ties between Russians and Iraqis remain close.", &["COOPERATION reported RUS IRQ"]),
        ("Talks between Greek and Turkish officials ended.", &["MEETING reported GRC TUR"]),
        // A pronoun right before the trigger, after a fronted phrase.
        (
            "Xi Jinping spoke in Beijing. In Moscow on Tuesday he held talks with Vladimir Putin.",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        // "the presidents of", like "the leaders of", names officials.
        ("The presidents of Brazil and India signed a pact.", &["COOPERATION reported BRA IND"]),
        // A title no country claims alone is the office of the place
        // right after it.
        (
            "Narendra Modi held talks with the president in Tokyo.",
            &["MEETING reported narendra-modi JPN"],
        ),
        // Capitals behind a preposition, and those listed with them, are
        // where, not who; "between" names who.
        (
            "Japan pledged grants, with Spain, Italy and Greece to receive the bulk of the money.",
            &[],
        ),
        (
            "Talks between Tokyo and Seoul produced an agreement.",
            &["MEETING reported tokyo seoul", "COOPERATION reported tokyo seoul"],
        ),
        // Lists with "the" after a comma, with or without a serial comma.
        (
            "Spain, the US, and France held talks.",
            &[
                "MEETING reported ESP USA",
                "MEETING reported ESP FRA",
                "MEETING reported USA FRA",
            ],
        ),
        (
            "Japan signed agreements with Brazil, the US and India.",
            &[
                "COOPERATION reported JPN BRA",
                "COOPERATION reported JPN USA",
                "COOPERATION reported JPN IND",
            ],
        ),
        (
            "Britain, France, and the US held talks.",
            &[
                "MEETING reported GBR FRA",
                "MEETING reported GBR USA",
                "MEETING reported FRA USA",
            ],
        ),
        // Unnamed officials, collectives, capitals standing for countries.
        (
            "Xi Jinping met the Russian foreign minister.",
            &["MEETING reported xi-jinping RUS"],
        ),
        (
            "Chinese officials met a Russian delegation.",
            &["MEETING reported CHN RUS"],
        ),
        (
            "Beijing and Moscow signed a pact.",
            &["COOPERATION reported beijing moscow"],
        ),
        // A country used as a modifier, an attributive broker, a former
        // official.
        ("China rejected a U.S. request.", &[]),
        // The second half of a compound whose first names no country,
        // before a noun ("the Ethio-Djibouti railway"); not "US-China".
        (
            "Xi Jinping pledged credit for Brazil's Sino-Japan railway after talks with Lula.",
            &["COOPERATION reported xi-jinping BRA", "MEETING reported xi-jinping lula"],
        ),
        ("US-China trade talks resumed.", &["MEETING reported USA CHN"]),
        // "the" belongs to the name: the country before a verb is its
        // subject, not a modifier.
        (
            "Japan and the United States held talks.",
            &["MEETING reported JPN USA"],
        ),
        (
            "The United States and Japan began talks.",
            &["MEETING reported USA JPN"],
        ),
        ("The United States met Japan.", &["MEETING reported USA JPN"]),
        ("The U.S. agree with Japan.", &["COOPERATION reported USA JPN"]),
        // A bare country before an issue noun is its topic.
        ("Xi Jinping turns to radio to defend Iraq situation.", &[]),
        ("Xi Jinping backs Iraq war plan.", &[]),
        (
            "Xi Jinping defended Iraq.",
            &["COOPERATION reported xi-jinping IRQ"],
        ),
        ("China met the Iraq delegation.", &["MEETING reported CHN IRQ"]),
        // "the republic of X" names X, a subject ("the former Soviet
        // republic of Moldova agreed").
        (
            "The former republic of Pakistan agreed to cooperate with India.",
            &["COOPERATION reported PAK IND"],
        ),
        (
            "India met Pakistan under a US-brokered deal.",
            &["MEETING reported IND PAK"],
        ),
        (
            "India And Pakistan Agree To Russia-Brokered Ceasefire",
            &["COOPERATION reported IND PAK"],
        ),
        ("Xi Jinping met a former Russian foreign minister.", &[]),
        // "the Americans" heading its phrase is the nation; "the American
        // students" are people.
        (
            "China held talks with the Americans on Monday.",
            &["MEETING reported CHN USA"],
        ),
        ("China held talks with the American students.", &[]),
        // A country's people are not its state; its officials are.
        ("Xi Jinping met US students in Seattle.", &[]),
        (
            "Xi Jinping met US officials in Seattle.",
            &["MEETING reported xi-jinping USA"],
        ),
        // Which Bush is unknown with no date, his country is not.
        (
            "Narendra Modi met President Bush.",
            &["MEETING reported narendra-modi USA"],
        ),
        // An office of state of one country stands for it; a senator
        // could be anyone's.
        ("The Pope arrived in Iraq.", &["MEETING reported VAT IRQ"]),
        ("The senator arrived in Iraq.", &[]),
        // A person never relates to their own country or capital.
        ("Xi Jinping signed an agreement with China.", &[]),
        ("Vladimir Putin met Kremlin officials.", &[]),
    ]);
}

#[test]
fn document_references() {
    table(&[
        // "she" before a sentence's first person is still the one before:
        // the next "She" is Lula, not Trump.
        (
            "Lula arrived in Tokyo on Saturday. Officials said she had spoken to Donald Trump by telephone. She was greeted at the airport by Shigeru Ishiba.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula shigeru-ishiba",
            ],
        ),
        // "each leader" met separately is each of the story's two parties.
        (
            "The presidents of Brazil and India ended talks in Paris after Xi Jinping met each leader separately.",
            &["MEETING reported BRA IND", "MEETING reported xi-jinping BRA", "MEETING reported xi-jinping IND"],
        ),
        // "The two countries" with nothing else to be: the two the story
        // names most so far, when no third is named as often.
        (
            "Brazil tightened controls on its border with Venezuela. Officials of the two countries met in Caracas on Thursday.",
            &["MEETING reported BRA VEN"],
        ),
        ("Brazil criticised Japan. India criticised Brazil. The two countries signed a trade deal.", &[]),
        // Relations damaged, strained or clouded are no cooperation;
        // indirect talks no meeting; talks that "can" take place none yet.
        (
            "Brazil condemned Venezuela's raid and warned that relations between the two countries would never be the same.",
            &[],
        ),
        ("Brazil lodged a protest with Japan, further straining relations between the two countries.", &[]),
        ("The visit had badly damaged relations between Japan and China.", &[]),
        // Relations that would suffer, or suffered, are in a bad state.
        ("Brazil said relations between the two neighbours would suffer unless India changed course.", &[]),
        ("Ties between Brazil and India suffered after the raid.", &[]),
        ("India and Pakistan held indirect talks in Geneva.", &[]),
        ("Brazil said Venezuela must accept the ruling before any talks between the two neighbours can take place.", &[]),
        // Talks whose relative clause names who agreed at them are
        // theirs; a named group after "where" may only have been there.
        (
            "Brazil and India signed documents. It followed talks in Tokyo last month at which the two sides agreed on compensation.",
            &["COOPERATION reported BRA IND", "MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        (
            "It followed talks in Tokyo at which Brazil and India agreed on trade.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        (
            "Leaders gathered for a summit in Tokyo, where Brazil and India signed a trade pact.",
            &["COOPERATION reported BRA IND"],
        ),
        // "Both sides" with no meeting and no people named together
        // before: the countries related so far.
        (
            "Brazil and India agreed to restore ties. Diplomats said the two delegations would meet again in Tokyo.",
            &["COOPERATION reported BRA IND", "MEETING planned BRA IND"],
        ),
        (
            "Brazil and India signed documents. Both sides met in Tokyo.",
            &["COOPERATION reported BRA IND", "MEETING reported BRA IND"],
        ),
        // "The two countries" with no relation before: the last two
        // countries named together; not "they" ("their shipments met the
        // rules").
        (
            "Brazil and India reopened their border. Both countries restored diplomatic relations.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Brazil and India reopened their border, weeks after the two governments restored diplomatic relations.",
            &["COOPERATION reported BRA IND"],
        ),
        (
            "Brazil and India said they would make sure their shipments met the new rules.",
            &[],
        ),
        // "The three countries": the latest list of three, even from a
        // sentence with no relation; "among the three countries" too.
        (
            "Brazil, India and Japan opened a pipeline. The three countries signed a pact.",
            &["COOPERATION reported BRA IND", "COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "Brazil, India and Japan opened a pipeline. It came after talks among the three countries.",
            &["MEETING reported BRA IND", "MEETING reported BRA JPN", "MEETING reported IND JPN"],
        ),
        // A host welcomes "the two delegations": the parties of the
        // meeting before.
        (
            "Brazil and India held talks. Japanese Prime Minister Fumio Kishida welcomed the two delegations.",
            &["MEETING reported BRA IND", "MEETING reported fumio-kishida BRA", "MEETING reported fumio-kishida IND"],
        ),
        // "between the two countries": the group before the trigger.
        (
            "Brazil and India have yet to implement agreements to normalize relations between the two countries.",
            &["COOPERATION reported BRA IND"],
        ),
        // "The two countries" are the story's main pair, not a third
        // party's latest meeting with one of them.
        (
            "Brazil and India signed a pact. Brazil and India agreed to cooperate. Xi Jinping met Narendra Modi. Japan mediated talks between the two countries.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA IND",
                "MEETING reported xi-jinping narendra-modi",
                "MEETING reported BRA IND",
            ],
        ),
        (
            "Narendra Modi arrived in Moscow on Monday. He met Vladimir Putin on Tuesday.",
            &["MEETING reported narendra-modi RUS", "MEETING reported narendra-modi vladimir-putin"],
        ),
        ("It rained in Moscow. He met Vladimir Putin.", &[]),
        (
            "Xi Jinping met Vladimir Putin. Narendra Modi met Lula. Both sides vowed to deepen cooperation.",
            &[
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported narendra-modi lula",
                "COOPERATION reported narendra-modi lula",
            ],
        ),
        (
            "Xi Jinping met Vladimir Putin. Both nations pledged closer ties.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported CHN RUS"],
        ),
        // Ties sought are an aim, not a relation.
        (
            "Xi Jinping met Vladimir Putin. Both nations seek closer ties.",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        (
            "Xi Jinping met Vladimir Putin. President Xi called for deepening cooperation.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported xi-jinping vladimir-putin"],
        ),
        // Talks with someone and no one before them: the document's topic.
        (
            "Pakistan Tests A Missile. The test comes as talks with India have stalled.",
            &["MEETING reported PAK IND"],
        ),
        // No meeting: the people last named together.
        (
            "The Xi Jinping-Donald Trump truce held. The two leaders agreed to resume trade talks.",
            &["COOPERATION reported xi-jinping donald-trump", "MEETING planned xi-jinping donald-trump"],
        ),
    ]);
}

#[test]
fn headlines() {
    table(&[
        // A visit after the comma, past a place: the subject's too; so is
        // a verb after ", then".
        (
            "Lula Meets Xi Jinping In Beijing, Heads To Japan Next",
            &["MEETING reported lula xi-jinping", "MEETING reported lula JPN"],
        ),
        (
            "Lula met Xi Jinping in Beijing, then signed a deal with Japan.",
            &[
                "MEETING reported lula xi-jinping",
                "COOPERATION reported lula JPN",
            ],
        ),
        // So when the first verb is no trigger.
        (
            "Brazil Dumps Japan, Restores Diplomatic Ties With India",
            &["COOPERATION reported BRA IND"],
        ),
        // A name after a comma and one capitalised word that ends the
        // headline is a clause of its own, not one more of the list.
        (
            "Lula Signs Secret Pact With Japan, India Fumes",
            &["COOPERATION reported lula JPN"],
        ),
        (
            "Lula Meets Xi Jinping, Narendra Modi",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported lula narendra-modi",
            ],
        ),
        // A capitalised verb after the comma: the headline's subject again.
        (
            "Xi Jinping Welcomes Lula, Vows Support for Brazil",
            &[
                "MEETING reported xi-jinping lula",
                "COOPERATION reported xi-jinping BRA",
            ],
        ),
        (
            "Xi Jinping Meets Vladimir Putin In Moscow",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        ("China, India Sign Trade Accord", &["COOPERATION reported CHN IND"]),
        ("JAPAN, U.S. AGREE ON CHIP PACT", &["COOPERATION reported JPN USA"]),
        // Short forms in an all-caps headline resolve as in title case.
        (
            "PUTIN, MODI SIGN TRADE PACT",
            &["COOPERATION reported vladimir-putin narendra-modi"],
        ),
        (
            "Vladimir Putin To Visit Japan",
            &["MEETING planned vladimir-putin JPN"],
        ),
        // A capitalised locative after the noun.
        (
            "Vladimir Putin Makes First Official Visit To Japan",
            &["MEETING reported vladimir-putin JPN"],
        ),
        (
            "Donald Trump Arrives In Tokyo For Summit With Xi Jinping",
            &[
                "MEETING reported donald-trump JPN",
                "MEETING reported donald-trump xi-jinping",
            ],
        ),
        // A phrase of its own before "with": not the deal's party.
        ("Pakistan Breaks Nuclear Deal Amid Tensions With India", &[]),
    ]);
}

#[test]
fn many_parties_make_one_event() {
    let pipeline = pipeline();
    // More distinct parties than `max_parties` (12), each named three
    // times: one event, each party once, in text order.
    let countries = [
        "China", "Russia", "India", "Iraq", "Brazil", "Japan", "Pakistan",
        "France", "Britain", "Turkey", "Italy", "Germany", "Spain",
    ];
    let list = (0..39)
        .map(|i| countries[i % countries.len()])
        .collect::<Vec<_>>()
        .join(", ");
    let text = format!("{list} and Afghanistan signed a pact.");
    let doc = pipeline.analyze(&text, None);
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
    assert_eq!(doc.events.len(), 1);
    let ids: Vec<&str> =
        doc.events[0].parties.iter().map(|a| doc.actor_id(a)).collect();
    assert_eq!(
        ids,
        [
            "CHN", "RUS", "IND", "IRQ", "BRA", "JPN", "PAK", "FRA", "GBR",
            "TUR", "ITA", "DEU", "ESP", "AFG"
        ]
    );
    // A long list of few parties names few parties: pairs, each once.
    let list =
        (0..40).map(|i| countries[i % 7]).collect::<Vec<_>>().join(", ");
    let doc = pipeline
        .analyze(&format!("{list} and Afghanistan signed a pact."), None);
    assert!(doc.events.is_empty());
    assert_eq!(doc.relations.len(), 8 * 7 / 2);
    // Twelve named parties and "both sides" (which names nobody new):
    // pairs.
    let twelve = countries[..12].join(", ");
    let doc = pipeline.analyze(&format!("{twelve} and both sides met."), None);
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    assert!(!doc.relations.is_empty());
    // At most `max_parties` parties stay pairs.
    let doc = pipeline.analyze("China, Russia and India signed a pact.", None);
    assert_eq!(doc.relations.len(), 3);
    assert!(doc.events.is_empty());
}

#[test]
fn a_person_serving_another_country_acts_for_it() {
    // Shevardnadze, Soviet foreign minister 1985-1990, later led Georgia
    // (`foreign-minister@RUS:1985-1990` in people.tsv).
    let pipeline = crate::pipeline::tests::default_pipeline();
    let countries = |year: i32| -> Vec<String> {
        let date = crate::text::Date { year, month: 9, day: 15 };
        let doc = pipeline.analyze(
            "Shevardnadze met US officials in Washington.",
            Some(date),
        );
        doc.relations
            .iter()
            .flat_map(|r| [r.source.country, r.target.country])
            .map(|c| {
                pipeline.gazetteer().entity(c.expect("a country")).id.clone()
            })
            .collect()
    };
    assert_eq!(countries(1987), ["RUS", "USA"]);
    assert_eq!(countries(1998), ["GEO", "USA"]);
}

#[test]
fn default_gazetteers() {
    let pipeline = crate::pipeline::tests::default_pipeline();
    let cases: &[(&str, &[&str])] = &[
        (
            "Chinese President Xi Jinping hosted Russian Prime Minister Mikhail Mishustin.",
            &["MEETING reported xi-jinping mikhail-mishustin"],
        ),
        (
            "Prime Minister Mikhail Mishustin conveyed greetings from President Vladimir Putin.",
            &[],
        ),
        ("China welcomed Russia's proposal.", &[]),
        // A seat of government that is not the capital, or a former
        // capital, stands for its government as a capital does.
        (
            "Venezuelan President Hugo Chavez said he backed La Paz.",
            &["COOPERATION reported hugo-chavez la-paz"],
        ),
        // No trigger starts in a person's name: "Struck signed an
        // agreement" is no "struck ... agreement" swallowing the real one.
        (
            "German Defence Minister Peter Struck signed an agreement with Chinese President Xi Jinping.",
            &["COOPERATION reported peter-struck xi-jinping"],
        ),
        // An envoy of a person is an official of the person's country, not
        // the person.
        (
            "Tanzanian President Benjamin Mkapa on Saturday received a special envoy of Burundian President Pierre Buyoya.",
            &["MEETING reported benjamin-mkapa BDI"],
        ),
        // A seat of power before an official's noun names officials, who
        // travel.
        (
            "A senior White House delegation will fly to Honiara this week.",
            &["MEETING planned white-house SLB"],
        ),
        // A city's name right after a title and before a capitalised word
        // is a given name ("Rosario" is also a city of Argentina).
        (
            "Mexican Foreign Secretary Rosario Green and her Canadian counterpart Lloyd Axworthy signed an agreement in Ottawa on Monday.",
            &[
                "MEETING reported rosario-green lloyd-axworthy",
                "COOPERATION reported rosario-green lloyd-axworthy",
            ],
        ),
        // Two names in apposition to two demonyms take their countries in
        // order; "the three" are the three who held talks.
        (
            "Georgian Defence Minister Irakli Alasania held talks with his Azerbaijani and Turkish counterparts, Zakir Hasanov and Ismet Yilmaz, in Gabala, and the three signed a memorandum.",
            &[
                "MEETING reported irakli-alasania zakir-hasanov",
                "MEETING reported irakli-alasania ismet-yilmaz",
                "MEETING reported zakir-hasanov ismet-yilmaz",
                "COOPERATION reported irakli-alasania zakir-hasanov",
                "COOPERATION reported irakli-alasania ismet-yilmaz",
                "COOPERATION reported zakir-hasanov ismet-yilmaz",
            ],
        ),
        // "the two" are the two who held talks, not the nearest person
        // and the dateline's city of his own country (the visit told
        // between them).
        (
            "BELGRADE (Reuters) - Croatian Prime Minister Ivo Sanader held talks with Serbian Prime Minister Vojislav Kostunica on Tuesday, the first such visit since the wars of the 1990s, and the two signed an accord.",
            &[
                "MEETING reported ivo-sanader vojislav-kostunica",
                "COOPERATION reported ivo-sanader vojislav-kostunica",
            ],
        ),
        // "Central American" is a region's, not the United States'.
        ("Central American Presidents Back Oscar Arias Plan", &[]),
        // A commander of the armed forces is his country's official.
        (
            "Indonesian Armed Forces Commander General Benny Murdani will hold talks with Malaysian military chiefs.",
            &["MEETING planned IDN MYS"],
        ),
        // Rebels and militants are not their country's: neither are their
        // leaders and commanders; an army's commander is.
        ("An Afghan rebel leader met Pakistani officials.", &[]),
        // An opposition leader acts for no country.
        (
            "Zimbabwe opposition leader in South Africa\nZimbabwe's main opposition leader, Morgan Tsvangirai, has arrived in South Africa.",
            &["MEETING reported morgan-tsvangirai ZAF"],
        ),
        ("A senior Pakistani militant commander met Afghan officials.", &[]),
        (
            "The deal was reached in talks between the Thai army commander and the Lao army chief of staff.",
            &["COOPERATION reported THA LAO", "MEETING reported THA LAO"],
        ),
        // The state union of 2003-2006 is Serbia that continues it.
        (
            "Ministers from Croatia and Serbia and Montenegro signed a declaration.",
            &["COOPERATION reported HRV SRB"],
        ),
        // A bracketed wire credit after a longer dateline is no actor.
        (
            "MANHASSET, New York, June 12 (Reuters) - Nigeria will withdraw its troops within 60 days, after talks hosted by U.N. Secretary-General Kofi Annan.",
            &["MEETING reported NGA kofi-annan"],
        ),
        // "Stipe Mesic", as news names Stjepan Mesić.
        (
            "Stipe Mesic met Boris Tadic in Belgrade.",
            &["MEETING reported stjepan-mesic boris-tadic"],
        ),
        // The name news gives a leader whose given names are hyphenated.
        (
            "Laurent Kabila met Jose Eduardo dos Santos in Luanda.",
            &["MEETING reported laurent-desire-kabila jose-eduardo-dos-santos"],
        ),
        // Spellings of the 1980s-2000s wires.
        (
            "Russian President Boris Yeltsin and Belarussian President Alexander Lukashenko signed a treaty.",
            &["COOPERATION reported boris-yeltsin alexander-lukashenko"],
        ),
        // Wire headlines abbreviate the Koreas.
        ("N. Korea and U.S. Met Twice This Week.", &["MEETING reported PRK USA"]),
        // A plural names two countries: a list of two, in a list, after
        // "between", objects of a participle (not the next verb's subject).
        (
            "The two Koreas agreed to reopen a rail link.",
            &["COOPERATION reported KOR PRK"],
        ),
        (
            "The leaders of the two Koreas embraced and agreed to pursue peace.",
            &["MEETING reported KOR PRK", "COOPERATION reported KOR PRK"],
        ),
        (
            "Negotiators from the two Koreas and Japan opened talks in Beijing.",
            &[
                "MEETING reported KOR PRK",
                "MEETING reported KOR JPN",
                "MEETING reported PRK JPN",
            ],
        ),
        (
            "It was the second summit between the two Koreas.",
            &["MEETING reported KOR PRK"],
        ),
        (
            "Officials of both Congos met in Kinshasa.",
            &["MEETING reported COD COG"],
        ),
        (
            "Xi Jinping crossed the line dividing the two Koreas to meet Yoon Suk Yeol.",
            &["MEETING reported xi-jinping yoon-suk-yeol"],
        ),
        // Hispanic leaders by given name and paternal surname, as news
        // writes them ("Álvaro Uribe Vélez" is "Alvaro Uribe", "Uribe").
        (
            "Hugo Chavez and Alvaro Uribe met in Caracas. Uribe later signed a deal with Japan.",
            &[
                "MEETING reported hugo-chavez alvaro-uribe-velez",
                "COOPERATION reported alvaro-uribe-velez JPN",
            ],
        ),
        // "AS" in an all-caps headline is the word, not American Samoa.
        (
            "THATCHER ISOLATED AS COMMONWEALTH SUMMIT OPENS\nVANCOUVER, Oct 13 - Commonwealth leaders opened their summit here today with Britain at odds with the group.",
            &[],
        ),
        // The Reuters name of the Republic of the Congo in a list.
        (
            "Wen Jiabao ended his tour after visits to Egypt, Congo Republic and Angola.",
            &[
                "MEETING reported wen-jiabao EGY",
                "MEETING reported wen-jiabao COG",
                "MEETING reported wen-jiabao AGO",
            ],
        ),
    ];
    table_on(pipeline, cases);
}

/// The mentions of each sentence, found in one pass, are those a binary
/// search per sentence finds: on the example and every gold text, with
/// the sentences in order and reversed.
#[test]
fn mention_ranges_are_mentions_in() {
    use super::model::{mention_ranges, mentions_in};
    let pipeline = crate::pipeline::tests::default_pipeline();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts =
        vec![std::fs::read_to_string(format!("{root}/examples/summit.txt"))
            .expect("example")];
    for set in ["dev", "dev2", "dev3"] {
        let path = format!("{root}/tests/gold/{set}.jsonl");
        for line in std::fs::read_to_string(path).expect("gold").lines() {
            let item: serde_json::Value =
                serde_json::from_str(line).expect("json");
            texts.push(item["text"].as_str().expect("text").to_string());
        }
    }
    let mut with_mentions = 0;
    for text in &texts {
        let analysis = pipeline.analyze(text, None);
        let mentions = &analysis.resolved.mentions;
        let mut sentences = analysis.sentences.clone();
        for _ in 0..2 {
            let ranges = mention_ranges(mentions, &sentences);
            assert_eq!(ranges.len(), sentences.len());
            for (sentence, range) in sentences.iter().zip(ranges) {
                let expected = mentions_in(mentions, sentence);
                assert_eq!(&mentions[range.clone()], expected, "{text:?}");
                with_mentions += usize::from(!range.is_empty());
            }
            sentences.reverse();
        }
    }
    assert!(with_mentions > 500, "{with_mentions} sentences with mentions");
}

#[test]
fn a_bare_title_is_the_story_s_holder_of_it() {
    table(&[
        // A bare "minister" is the first holder of a ministry named
        // before, not the nearest person.
        (
            "Indian Foreign Minister Ravi Kumar held talks with Lula before the minister left for Tokyo.",
            &["MEETING reported ravi-kumar lula", "MEETING reported ravi-kumar JPN"],
        ),
        // "the president": the first person named before it who holds
        // the title, the headline's included.
        (
            "Lula Arrives In Tokyo\nThe president held talks with Shigeru Ishiba on Monday.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula shigeru-ishiba",
            ],
        ),
        // A clause set off by its comma is no name.
        (
            "Lula Arrives In Tokyo\nThe president, on his first trip there, met Shigeru Ishiba.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula shigeru-ishiba",
            ],
        ),
        // Not with a name or "of" after it, nor for one called former.
        (
            "Lula Arrives In Tokyo\nThe president of the bank, Ana Lopes, met Ishiba.",
            &["MEETING reported lula JPN"],
        ),
        (
            "Former president Lula spoke.\nThe president held talks with Shigeru Ishiba.",
            &[],
        ),
        // One named twice meets no one; "the two leaders" are the two
        // who met before.
        (
            "Shigeru Ishiba, the first leader to visit Lula, told the president that Japan would help. \
             The two leaders also discussed trade.",
            &[
                "MEETING reported shigeru-ishiba lula",
                "MEETING reported shigeru-ishiba lula",
            ],
        ),
    ]);
}

#[test]
fn the_host_of_an_occasion_meets_its_parties() {
    table(&[
        // So does one in whose presence they signed.
        (
            "The foreign ministers of India and Brazil signed an accord in Tokyo on Sunday, in the presence of Shigeru Ishiba.",
            &[
                "MEETING reported IND BRA",
                "COOPERATION reported IND BRA",
                "MEETING reported shigeru-ishiba IND",
                "MEETING reported shigeru-ishiba BRA",
            ],
        ),
        ("India and Brazil signed an accord in the presence of journalists.", &["COOPERATION reported IND BRA"]),
        // Farther, up to sixteen words, when an occasion was hosted.
        (
            "Lula and Narendra Modi signed a treaty in Tokyo on Monday ending their decades-old border dispute, at a ceremony hosted by Shigeru Ishiba.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING reported shigeru-ishiba lula",
                "MEETING reported shigeru-ishiba narendra-modi",
            ],
        ),
        // A signing hosted by someone is in person: its signers met,
        // however far the occasion is from the verb.
        (
            "Lula and Narendra Modi signed an accord on Wednesday pledging to stop supporting each other's rebels, at a mini-summit hosted by Xi Jinping.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING reported xi-jinping lula",
                "MEETING reported xi-jinping narendra-modi",
            ],
        ),
        // "The summit was hosted by": the meeting told of before, whose
        // parties the host met.
        (
            "Narendra Modi and Lula met at a summit in Tokyo. The summit was hosted by Xi Jinping.",
            &[
                "MEETING reported narendra-modi lula",
                "MEETING reported narendra-modi xi-jinping",
                "MEETING reported lula xi-jinping",
            ],
        ),
        // "at a ceremony hosted by": the host meets every party of the
        // signing or the meeting held there.
        (
            "Lula and Narendra Modi signed the accord at a ceremony hosted by Xi Jinping.",
            &[
                "MEETING reported lula narendra-modi",
                "COOPERATION reported lula narendra-modi",
                "MEETING reported xi-jinping lula",
                "MEETING reported xi-jinping narendra-modi",
            ],
        ),
        (
            "Lula and Narendra Modi shook hands on Monday at a ceremony hosted by Japan.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported JPN lula",
                "MEETING reported JPN narendra-modi",
            ],
        ),
        // A passive main verb is the subject-verb-object frame's.
        ("Lula was hosted by Xi Jinping in Beijing.", &["MEETING reported lula xi-jinping"]),
        // One who hosted the occasion just told of meets its sides; a
        // country that hosted talks is their venue.
        (
            "Lula and Narendra Modi signed a declaration. Xi Jinping, who hosted the ceremony, praised it.",
            &[
                "COOPERATION reported lula narendra-modi",
                "MEETING reported xi-jinping lula",
                "MEETING reported xi-jinping narendra-modi",
            ],
        ),
        (
            "Lula and Narendra Modi held talks. Japan, which hosted the talks, welcomed the outcome.",
            &["MEETING reported lula narendra-modi"],
        ),
        ("Lula and Narendra Modi held talks. Xi Jinping hosted the summit of the G20.", &["MEETING reported lula narendra-modi"]),
        // The host is no side of "the two countries".
        (
            "Brazil and India restored ties after talks hosted by Japan. The two countries also signed a trade deal.",
            &[
                "COOPERATION reported BRA IND",
                "MEETING reported BRA JPN",
                "MEETING reported IND JPN",
                "MEETING reported BRA IND",
                "COOPERATION reported BRA IND",
            ],
        ),
    ]);
}

#[test]
fn a_second_name_may_keep_its_modifiers_after_and() {
    table(&[
        // "and opposition leader X", "and former president X": modifiers
        // before the second name's title; it is still coordinated.
        (
            "Lula and former president Narendra Modi met on Thursday.",
            &["MEETING reported lula narendra-modi"],
        ),
        (
            "Lula and opposition senator Narendra Modi met on Thursday.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Not a verb form between.
        (
            "Lula met Xi Jinping and praised president Narendra Modi.",
            &["MEETING reported lula xi-jinping"],
        ),
    ]);
}

#[test]
fn a_reported_clause_with_its_own_subject_is_not_the_reporter_s() {
    table(&[
        // A common noun phrase after the reporting verb is the subject.
        ("Brasilia says the rebels met Indian officials.", &[]),
        ("Lula said the rebel group signed a deal with India.", &[]),
        // A passive right after it has the relative's antecedent.
        ("They fought a rebellion that Brasilia says is backed by India and Japan.", &[]),
        // A title or an official noun is the reporter's own official.
        (
            "Lula said the delegation would meet Xi Jinping next week.",
            &["MEETING planned lula xi-jinping"],
        ),
        (
            "Brasilia said the president would host Narendra Modi next month.",
            &["MEETING planned brasilia narendra-modi"],
        ),
        // What is announced is the reporter's act.
        (
            "Brazil and India announced a new security partnership.",
            &["COOPERATION reported BRA IND"],
        ),
    ]);
}

#[test]
fn a_name_with_no_date_in_a_headline_and_a_call_by_its_length() {
    table(&[
        // In headline case the capitalised word after a name with no date
        // says nothing of it: "Bush" still stands for his country's
        // office-holder.
        (
            "Bush Meets Putin In Moscow\nThe two leaders talked.",
            &[
                "MEETING reported USA vladimir-putin",
                "MEETING reported USA vladimir-putin",
            ],
        ),
        // A comma lists him with a dated name, and he is no title of it.
        (
            "Bush, Putin Hold Talks\nThe two leaders talked.",
            &[
                "MEETING reported USA vladimir-putin",
                "MEETING reported USA vladimir-putin",
            ],
        ),
        (
            "Xi Jinping, Bush, Putin hold talks.",
            &[
                "MEETING reported xi-jinping USA",
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported USA vladimir-putin",
            ],
        ),
        // A call named by its length is a talk by phone, whatever was
        // said in it.
        (
            "Lula warned Narendra Modi in an hourlong call.",
            &["MEETING reported lula narendra-modi phone"],
        ),
        (
            "Lula held a 90-minute call with Xi Jinping.",
            &["MEETING reported lula xi-jinping phone"],
        ),
    ]);
}

#[test]
fn a_dated_name_whose_holders_were_out_of_office_is_no_official() {
    let relations = |date: &str| {
        let doc = pipeline().analyze(
            "Bush met Vladimir Putin in Moscow.",
            crate::text::Date::parse_iso(date),
        );
        doc.relations
            .iter()
            .map(|r| {
                format!(
                    "{} {}",
                    doc.actor_id(&r.source),
                    doc.actor_id(&r.target)
                )
            })
            .collect::<Vec<_>>()
    };
    // One of them held office then: he is chosen.
    assert_eq!(relations("2005-06-01"), ["george-w-bush vladimir-putin"]);
    // Neither did: another Bush may be meant, of no known country.
    assert_eq!(relations("2015-06-01"), Vec::<String>::new());
}

#[test]
fn negotiating_with_and_forces_named_by_their_model() {
    table(&[
        // Negotiating with someone is holding talks with them; indirectly,
        // not, nor a refusal to.
        (
            "Japan will negotiate with China next month on fishing rights.",
            &["MEETING planned JPN CHN"],
        ),
        ("India is negotiating indirectly with Pakistan.", &[]),
        ("India refused to negotiate with Pakistan.", &[]),
        // A model name modifies a military noun as a word does.
        (
            "Russian MiG-29 jets and Indian jets began joint exercises.",
            &["COOPERATION reported RUS IND"],
        ),
        (
            "U.S. F/A-18 jets and Japanese jets held joint drills.",
            &["COOPERATION reported USA JPN"],
        ),
    ]);
}

#[test]
fn a_trip_to_attend_an_organisation_s_meeting_is_no_visit_to_the_host() {
    table(&[
        ("Lula will travel to Tokyo to attend a UN conference.", &[]),
        ("Lula is due in Tokyo on Tuesday to address the UN.", &[]),
        // A country's own body addressed there is a visit to it.
        (
            "Lula will travel to Tokyo to address the Japanese parliament.",
            &["MEETING planned lula JPN"],
        ),
    ]);
}

#[test]
fn talking_for_hours_and_a_named_event_between_two_predicates() {
    table(&[
        // Speaking for a length of time is talking together.
        (
            "Lula and Xi Jinping spoke for more than three hours on Monday.",
            &["MEETING reported lula xi-jinping"],
        ),
        ("Lula spoke for an hour about the economy.", &[]),
        // A noun a name modifies names an event: the verb after "and"
        // takes the subject of the predicate before it.
        (
            "Lula and Xi Jinping met in Tokyo on the eve of the UN summit and agreed to resume talks.",
            &[
                "MEETING reported lula xi-jinping",
                "COOPERATION reported lula xi-jinping",
            ],
        ),
    ]);
}

#[test]
fn a_message_delivered_by_an_envoy_is_a_meeting_with_the_envoy() {
    table(&[
        (
            "Lula on Sunday received a message from Xi Jinping, delivered by Chinese Foreign Minister Narendra Modi, on trade.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Received, no more: no one said to have met.
        ("Lula received a message from Xi Jinping.", &[]),
    ]);
}

#[test]
fn forces_kept_in_a_country_at_its_request_are_aid() {
    table(&[
        (
            "France keeps about 1,400 troops in Iraq at the request of the Iraqi government.",
            &["COOPERATION reported FRA IRQ"],
        ),
        (
            "Britain stationed troops in Afghanistan at the request of its government.",
            &["COOPERATION reported GBR AFG"],
        ),
        // Or to help: a purpose verb after "to" in the clause.
        (
            "France, which keeps about 1,400 troops in Iraq to protect the government, welcomed the vote.",
            &["COOPERATION reported FRA IRQ"],
        ),
        (
            "Brazil and India will keep their troops in Japan to help government forces.",
            &["COOPERATION planned BRA JPN", "COOPERATION planned IND JPN"],
        ),
        // Kept there, no more: a presence, not said to be wanted.
        ("Russia keeps 1,500 troops in Afghanistan.", &[]),
        // Forces one "has" there, with the request close after them.
        (
            "France already has several thousand troops in Iraq, deployed at Baghdad's request.",
            &["COOPERATION reported FRA IRQ"],
        ),
        ("France has 5,000 troops in Iraq.", &[]),
        (
            "France, which also has soldiers in the coalition force there, said it was still considering an appeal from Baghdad.",
            &[],
        ),
    ]);
}

#[test]
fn a_sport_that_names_a_venue_is_no_sports_context() {
    table(&[
        (
            "Lula visited India and spoke at the cricket stadium in Mumbai.",
            &["MEETING reported lula IND"],
        ),
        ("Lula visited India for the cricket final.", &[]),
    ]);
}

#[test]
fn the_two_leaders_are_the_two_people_a_sentence_named() {
    table(&[
        (
            "Lula Gets A Bear Hug From Narendra Modi\nThe two leaders held talks in Brasilia.",
            &["MEETING reported lula narendra-modi"],
        ),
        // Named apart, they are not said to be the two.
        (
            "Lula spoke in Brasilia. Narendra Modi spoke in Delhi. The two leaders held talks.",
            &[],
        ),
        // Nor with a third named.
        (
            "Lula praised Narendra Modi before Xi Jinping spoke. The two leaders held talks.",
            &[],
        ),
        // The two of the latest sentence before that named two, however,
        // not those of a later meeting.
        (
            "Speaking alongside Narendra Modi, Lula praised the city. The two \
             leaders held talks. Later Lula met Xi Jinping.",
            &[
                "MEETING reported narendra-modi lula",
                "MEETING reported lula xi-jinping",
            ],
        ),
    ]);
}

#[test]
fn a_summit_where_one_meets_another_is_no_visit_of_the_one_met() {
    table(&[
        // The summit's site is the venue of a meeting that was never
        // held: Modi, whom Lula would meet, visits no one.
        (
            "Lula is ready to meet Narendra Modi at next week's summit in Tokyo, an offer India rejected.",
            &[],
        ),
        (
            "Lula met Narendra Modi at the summit in Tokyo.",
            &["MEETING reported lula narendra-modi"],
        ),
        // A subject's own talks at a site are a visit.
        ("Narendra Modi held talks in Tokyo.", &["MEETING reported narendra-modi JPN"]),
    ]);
}

#[test]
fn them_after_a_meeting_verb_is_the_previous_predicate_s_group() {
    table(&[
        (
            "Brazil and India signed a trade deal on Monday, and Xi Jinping later received them in Beijing.",
            &[
                "COOPERATION reported BRA IND",
                "MEETING reported xi-jinping BRA",
                "MEETING reported xi-jinping IND",
            ],
        ),
        // One subject before is no group.
        ("Brazil signed a trade deal, and Xi Jinping later received them.", &[]),
    ]);
}

#[test]
fn a_country_s_unlisted_name_is_its_official() {
    table(&[
        (
            "Lula met Japan's Kenji Tanaka in Brasilia.",
            &["MEETING reported lula JPN"],
        ),
        // A company's name, a thing the country owns: no one met.
        ("Lula met Japan's Toyota Motor Corporation in Brasilia.", &[]),
        ("Lula welcomed Japan's Gazprom.", &[]),
    ]);
}

#[test]
fn a_deal_fronted_by_under_is_the_subject_s_with_its_partner() {
    table(&[
        (
            "Under a deal signed with Japan this month, India is deploying 750 border guards.",
            &["COOPERATION reported IND JPN"],
        ),
        (
            "Under the treaty, Washington and Moscow will destroy 2,600 missiles.",
            &["COOPERATION reported washington moscow"],
        ),
    ]);
}

#[test]
fn a_verb_after_a_visitor_s_talks_has_the_verb_s_subject_before_them() {
    table(&[
        (
            "Lula received Narendra Modi in Brasilia on Friday for talks on trade and later telephoned Xi Jinping to brief him.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula xi-jinping phone",
            ],
        ),
        // The visitor's own verb: the talks and the call are the visitor's.
        (
            "Narendra Modi arrived in Brasilia for talks and later telephoned Xi Jinping.",
            &["MEETING reported narendra-modi BRA", "MEETING reported narendra-modi xi-jinping phone"],
        ),
    ]);
}

#[test]
fn a_numbered_collective_object_is_the_group_of_that_many() {
    table(&[
        (
            "The leaders of Brazil, India, Japan and China agreed on a deal in Seoul, where Lee Jae-myung welcomed the four leaders.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA JPN",
                "COOPERATION reported BRA CHN",
                "COOPERATION reported IND JPN",
                "COOPERATION reported IND CHN",
                "COOPERATION reported JPN CHN",
                "MEETING reported lee-jae-myung BRA",
                "MEETING reported lee-jae-myung IND",
                "MEETING reported lee-jae-myung JPN",
                "MEETING reported lee-jae-myung CHN",
                "MEETING reported BRA IND",
                "MEETING reported BRA JPN",
                "MEETING reported BRA CHN",
                "MEETING reported IND JPN",
                "MEETING reported IND CHN",
                "MEETING reported JPN CHN",
            ],
        ),
    ]);
}

#[test]
fn guests_meet_each_other_only_at_an_occasion_of_all() {
    table(&[
        // A mediator meets each side.
        (
            "Lee Jae-myung met Indian and Pakistani officials on Monday.",
            &["MEETING reported lee-jae-myung IND", "MEETING reported lee-jae-myung PAK"],
        ),
        // Guests of a signing are met one by one.
        (
            "Lula hosted Narendra Modi and Shigeru Ishiba at the palace on Tuesday.",
            &["MEETING reported lula narendra-modi", "MEETING reported lula shigeru-ishiba"],
        ),
        // An occasion of all: a summit, three-way talks, "together".
        (
            "Lula hosted Narendra Modi and Shigeru Ishiba for a summit on Tuesday.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula shigeru-ishiba",
                "MEETING reported narendra-modi shigeru-ishiba",
            ],
        ),
        (
            "Lula will meet Narendra Modi and Shigeru Ishiba together next week.",
            &[
                "MEETING planned lula narendra-modi",
                "MEETING planned lula shigeru-ishiba",
                "MEETING planned narendra-modi shigeru-ishiba",
            ],
        ),
        // All of them counted: the host and two guests are "the three".
        (
            "Lula hosted Narendra Modi and Shigeru Ishiba on Tuesday, and the three leaders praised the talks.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula shigeru-ishiba",
                "MEETING reported narendra-modi shigeru-ishiba",
            ],
        ),
        // The guests alone counted are no occasion of all.
        (
            "Lula met the leaders of India, Japan and Russia on Tuesday and praised the three nations.",
            &[
                "MEETING reported lula IND",
                "MEETING reported lula JPN",
                "MEETING reported lula RUS",
            ],
        ),
    ]);
}

#[test]
fn the_two_beside_another_party_are_the_last_two_countries_named() {
    table(&[
        (
            "Donald Trump hosted the foreign ministers of Japan and South Korea as the two Asian states signed deals with India.",
            &[
                "MEETING reported donald-trump JPN",
                "MEETING reported donald-trump KOR",
                "COOPERATION reported JPN IND",
                "COOPERATION reported KOR IND",
            ],
        ),
        // The other party and a site named before are left out.
        (
            "Donald Trump hosted the foreign ministers of Japan and South Korea at the White House, where India signed agreements with the two states.",
            &[
                "MEETING reported donald-trump JPN",
                "MEETING reported donald-trump KOR",
                "COOPERATION reported IND JPN",
                "COOPERATION reported IND KOR",
            ],
        ),
    ]);
}

#[test]
fn what_parties_agreed_in_or_after_talks_they_met_for() {
    table(&[
        // Past a reporting clause's subject.
        (
            "Lula and Narendra Modi agreed to step up cooperation, Japanese officials told reporters after two days of talks in Tokyo.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula narendra-modi"],
        ),
        (
            "Lula and Narendra Modi agreed to step up cooperation on Friday, after talks in Brasilia.",
            &["COOPERATION reported lula narendra-modi", "MEETING reported lula narendra-modi"],
        ),
        (
            "Japan agreed to suspend enrichment under a deal reached with India and Brazil in talks in Tokyo.",
            &[
                "MEETING planned JPN IND",
                "MEETING planned JPN BRA",
                "COOPERATION planned JPN IND",
                "COOPERATION planned JPN BRA",
            ],
        ),
        // Another's talks, talks with their own partner, a named gathering
        // of many: no meeting of the parties.
        (
            "Lula and Narendra Modi agreed to step up cooperation after Xi Jinping held talks.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        (
            "India restored relations with Japan last year after talks with Brazil.",
            &["COOPERATION reported IND JPN", "MEETING reported IND BRA"],
        ),
        (
            "India restored relations with Japan last year after an Arab summit in Tokyo.",
            &["COOPERATION reported IND JPN"],
        ),
    ]);
}

#[test]
fn separate_calls_and_scuttled_deals() {
    table(&[
        // "separately" inside a phone trigger: a call with each.
        (
            "Lula spoke separately by phone with Narendra Modi and Xi Jinping.",
            &["MEETING reported lula narendra-modi phone", "MEETING reported lula xi-jinping phone"],
        ),
        // A deal scuttled is no cooperation.
        ("Japan will buy Indian ships, a move that scuttles a deal with France.", &[]),
    ]);
}

#[test]
fn a_trigger_after_and_past_another_verb_s_object_has_the_clause_s_subject() {
    table(&[
        (
            "Lula is due to address the United Nations on Tuesday and is expected to hold talks with Narendra Modi in Delhi.",
            &["MEETING planned lula narendra-modi"],
        ),
        (
            "Shigeru Ishiba thanked Brasilia and said he would meet Lula next week.",
            &["MEETING planned shigeru-ishiba lula"],
        ),
        // The object of a preposition is no verb's object: the nearest
        // actor stays the subject.
        (
            "Talks with Lula ended, and Narendra Modi will meet Xi Jinping.",
            &["MEETING planned narendra-modi xi-jinping"],
        ),
    ]);
}

#[test]
fn an_official_noun_and_of_keep_a_give_frame_s_preposition() {
    table(&[
        (
            "Japan pledged aid to the government of India.",
            &["COOPERATION reported JPN IND"],
        ),
        (
            "Japan pledged support for the government of Narendra Modi.",
            &["COOPERATION reported JPN narendra-modi"],
        ),
        // Not a phrase of other words.
        ("Japan pledged aid to the north of India.", &[]),
    ]);
}

#[test]
fn a_floated_quantifier_is_no_noun_and_says_each_did_it() {
    table(&[
        (
            "Russia and China have both backed Japan.",
            &["COOPERATION reported RUS JPN", "COOPERATION reported CHN JPN"],
        ),
        (
            "Lula and Narendra Modi each met Xi Jinping.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported narendra-modi xi-jinping",
            ],
        ),
        // Each on their own: no pair of the two.
        ("India and Japan both signed the treaty.", &[]),
        // A determiner's noun stays a noun.
        ("India praised the welcome of Japan.", &[]),
    ]);
}

#[test]
fn a_phrase_coordinated_after_the_trigger_s_is_what_was_hosted() {
    table(&[(
        "Narendra Modi met Lula after talks in Tokyo with Shigeru Ishiba and a stop in Seoul hosted by Lee Jae-myung.",
        &[
            "MEETING reported narendra-modi lula",
            "MEETING reported narendra-modi shigeru-ishiba",
            "MEETING reported lee-jae-myung narendra-modi",
        ],
    )]);
}

#[test]
fn he_or_she_before_the_trigger_is_a_person_and_an_unknown_possessor_visits() {
    table(&[
        // "she" is no capital named before it, and the speaker's visit is
        // no visit of Beijing's.
        (
            "Beijing suspended cooperation with Washington after the House speaker's visit to Seoul, where she met Lee Jae-myung.",
            &[],
        ),
        // The sentence's person before the pronoun.
        (
            "Lula arrived in Tokyo, where he met Shigeru Ishiba.",
            &["MEETING reported lula shigeru-ishiba"],
        ),
        // A time's possessive names no visitor.
        (
            "Japan hailed this week's visit to Tokyo by Lula.",
            &["MEETING reported lula JPN"],
        ),
    ]);
}

#[test]
fn one_who_also_attended_a_hosted_occasion_met_its_host_and_parties() {
    table(&[(
        "Lula and Narendra Modi will meet next week at a three-way summit hosted by Xi Jinping and also attended by Japan's Shigeru Ishiba.",
        &[
            "MEETING planned lula narendra-modi",
            "MEETING planned lula xi-jinping",
            "MEETING planned narendra-modi xi-jinping",
            "MEETING planned shigeru-ishiba lula",
            "MEETING planned shigeru-ishiba narendra-modi",
            "MEETING planned xi-jinping shigeru-ishiba",
        ],
    )]);
}

#[test]
fn a_comma_listing_names_closes_no_relative_clause() {
    table(&[
        (
            "The leaders met in Tokyo, where India, Brazil and Japan signed a memorandum.",
            &[
                "COOPERATION reported IND BRA",
                "COOPERATION reported IND JPN",
                "COOPERATION reported BRA JPN",
            ],
        ),
        // A relative clause the comma closes still stands apart.
        (
            "Lula, who met Narendra Modi, signed a deal with Japan.",
            &["MEETING reported lula narendra-modi", "COOPERATION reported lula JPN"],
        ),
    ]);
}

#[test]
fn a_sentence_adverb_before_he_or_she_keeps_the_pronoun_initial() {
    table(&[
        (
            "Lula Once Refused A Visit. Now He Has Deal With Narendra Modi.",
            &["COOPERATION reported lula narendra-modi"],
        ),
        (
            "Lula arrived in Tokyo on Monday. Later he met Shigeru Ishiba.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula shigeru-ishiba",
            ],
        ),
    ]);
}

#[test]
fn a_capital_after_a_participle_is_its_object_not_a_subject() {
    table(&[
        (
            "Lula pledged to finance the railway linking Brasilia to Tokyo after talks with Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        (
            "Lula praised the pipeline connecting Moscow and Seoul before talks with Narendra Modi.",
            &["MEETING reported lula narendra-modi"],
        ),
        // But not after a verb that lists, or whose object is a small
        // clause's subject.
        (
            "Nineteen countries, including Japan, agreed to give aid to Iraq.",
            &["COOPERATION planned JPN IRQ"],
        ),
    ]);
}

#[test]
fn relief_from_countries_that_lands_somewhere_is_their_aid() {
    table(&[
        (
            "Planes carrying medical teams and supplies from Japan, Brazil and India landed in Moscow on Tuesday.",
            &[
                "COOPERATION reported JPN RUS",
                "COOPERATION reported BRA RUS",
                "COOPERATION reported IND RUS",
            ],
        ),
        // Relief named after the destination; a lone pledge after it is
        // to the same country.
        (
            "Military planes from Brazil and India landed in Iraq on Thursday carrying water and emergency supplies. Japan has also pledged help.",
            &[
                "COOPERATION reported BRA IRQ",
                "COOPERATION reported IND IRQ",
                "COOPERATION reported JPN IRQ",
            ],
        ),
        // No relief named: whoever arrives is no aid.
        ("Tourists from Japan arrived in Moscow on Monday.", &[]),
    ]);
}

#[test]
fn a_dateline_places_its_story_not_the_headline_above_it() {
    table(&[
        (
            "PUTIN, MODI SIGN TRADE PACT\nMOSCOW, Jan 2 - The pact was signed in separate ceremonies.",
            &["COOPERATION reported vladimir-putin narendra-modi"],
        ),
        (
            "Trade pact signed\nMOSCOW, Jan 2 - Vladimir Putin and Narendra Modi signed a trade pact.",
            &[
                "MEETING reported vladimir-putin narendra-modi",
                "COOPERATION reported vladimir-putin narendra-modi",
            ],
        ),
        // A city the gazetteers do not list, then its country.
        (
            "Trade pact signed\nKOCHI, India, Jan 2 - Vladimir Putin and Narendra Modi signed a trade pact.",
            &[
                "MEETING reported vladimir-putin narendra-modi",
                "COOPERATION reported vladimir-putin narendra-modi",
            ],
        ),
        (
            "Trade pact signed\nKOCHI, India (Reuters) - Vladimir Putin arrived here on Monday.",
            &["MEETING reported vladimir-putin IND"],
        ),
        // Officials of the dateline's country, below it; anyone "here".
        (
            "Trade pact signed\nKOCHI, India, Jan 2 - The foreign ministers of India and Japan signed a trade pact.",
            &["MEETING reported IND JPN", "COOPERATION reported IND JPN"],
        ),
        (
            "Trade pact signed\nKOCHI, India, Jan 2 - Vladimir Putin and Lula signed a trade pact here.",
            &[
                "MEETING reported vladimir-putin lula",
                "COOPERATION reported vladimir-putin lula",
            ],
        ),
        // Not in capitals: no dateline.
        (
            "Kochi, India, is where Vladimir Putin and Narendra Modi signed a trade pact.",
            &["COOPERATION reported vladimir-putin narendra-modi"],
        ),
    ]);
}

#[test]
fn the_two_leaders_may_carry_modifiers() {
    table(&[
        (
            "Lula and Narendra Modi spoke by phone on Monday. The two West African leaders agreed to set up a joint committee.",
            &[
                "MEETING reported lula narendra-modi phone",
                "COOPERATION reported lula narendra-modi",
            ],
        ),
        (
            "Brazil and India met on Monday. The two Asian neighbours agreed to set up a joint committee.",
            &["MEETING reported BRA IND", "COOPERATION reported BRA IND"],
        ),
        (
            "Lula and Narendra Modi signed a treaty that commits the two distant neighbours to coordinate on trade.",
            &[
                "COOPERATION reported lula narendra-modi",
                "COOPERATION reported BRA IND",
            ],
        ),
    ]);
}

#[test]
fn a_visit_s_agent_after_its_destination_is_read_to_its_end() {
    table(&[
        (
            "Officials said a visit to Tokyo by the Brazilian foreign minister planned for this week had been called off.",
            &[],
        ),
        (
            "Officials said a visit to Tokyo by the Brazilian foreign minister is planned for this week.",
            &["MEETING planned BRA JPN"],
        ),
    ]);
}

#[test]
fn relief_goods_sent_on_carriers_are_aid() {
    table(&[
        (
            "Brazil and India sent military transport planes loaded with tents and medical supplies to Iraq.",
            &["COOPERATION reported BRA IRQ", "COOPERATION reported IND IRQ"],
        ),
        ("Japan sent blankets to Iraq.", &["COOPERATION reported JPN IRQ"]),
        // Not past "to": what went to a place is no relief named after it.
        ("Japan sent troops to Iraq with medicines.", &[]),
    ]);
}

#[test]
fn a_name_joined_by_a_comma_phrase_is_one_of_the_group() {
    table(&[
        (
            "Warships from Brazil and India, joined by a Japanese minesweeper, began a joint exercise on Monday.",
            &[
                "COOPERATION reported BRA IND",
                "COOPERATION reported BRA JPN",
                "COOPERATION reported IND JPN",
            ],
        ),
        (
            "Brazil, along with India, signed the accord with Japan.",
            &["COOPERATION reported BRA JPN", "COOPERATION reported IND JPN"],
        ),
    ]);
}

#[test]
fn police_kept_water_carried_and_both_named_countries() {
    table(&[
        // Police kept in a country, as troops are, support it.
        (
            "Japan will keep its police officers in Iraq well into next year.",
            &["COOPERATION planned JPN IRQ"],
        ),
        // Water and generators carried in are relief.
        (
            "Military planes from Brazil and India landed in Iraq carrying drinking water and generators.",
            &["COOPERATION reported BRA IRQ", "COOPERATION reported IND IRQ"],
        ),
        // "both" and modifiers before the countries' noun.
        (
            "Lula and Narendra Modi signed a treaty that commits both distant nations to coordinate on trade.",
            &[
                "COOPERATION reported lula narendra-modi",
                "COOPERATION reported BRA IND",
            ],
        ),
    ]);
}

#[test]
fn a_visit_s_destination_is_no_later_predicate_s_object() {
    table(&[
        ("Lula said the visit would please Tokyo.", &[]),
        (
            "Lula said the visit to Tokyo would please Modi.",
            &["MEETING reported lula JPN"],
        ),
    ]);
}

#[test]
fn goods_given_in_the_passive_have_their_agent_for_giver() {
    table(&[
        (
            "A shipment of wheat has been donated to war-torn Iraq by the Japanese government.",
            &["COOPERATION reported JPN IRQ"],
        ),
        ("Ten million dollars was pledged to Iraq by Japan.", &["COOPERATION reported JPN IRQ"]),
        // No agent named: no giver.
        ("Japan said aid was pledged to Iraq.", &[]),
        // A welcome given is a visit's.
        ("Lula was given a warm welcome in Tokyo.", &["MEETING reported lula JPN"]),
        ("Lula Gets Red-Carpet Welcome In Tokyo", &["MEETING reported lula JPN"]),
        ("Lula received a warm welcome in Tokyo.", &["MEETING reported lula JPN"]),
    ]);
}

#[test]
fn touching_down_and_things_that_arrive() {
    table(&[
        (
            "Military planes from Brazil and India touched down in Iraq carrying water.",
            &["COOPERATION reported BRA IRQ", "COOPERATION reported IND IRQ"],
        ),
        (
            "Japan dispatched warships carrying doctors, food and water to Iraq.",
            &["COOPERATION reported JPN IRQ"],
        ),
        // A plane that lands is no visitor, nor is the sentence's subject.
        (
            "China announced live-fire military drills around the island minutes after the House speaker's plane touched down in Tokyo.",
            &[],
        ),
    ]);
}

#[test]
fn money_from_a_capital_is_its_government_s() {
    table(&[
        // A capital after a noun of funding and "from" is its government.
        (
            "Pakistan received a $50 million credit line from New Delhi.",
            &["COOPERATION reported PAK new-delhi"],
        ),
        (
            "Pakistan will get more aid from Tokyo.",
            &["COOPERATION planned PAK tokyo"],
        ),
        // Securing or obtaining money is receiving it.
        (
            "Pakistan secured a $50 million line of credit from India.",
            &["COOPERATION reported PAK IND"],
        ),
        (
            "Pakistan obtained a loan from Japan last year.",
            &["COOPERATION reported PAK JPN"],
        ),
        // Amounts, currencies and terms describe the money.
        (
            "Pakistan obtained a one billion mark government-guaranteed loan from Japan.",
            &["COOPERATION reported PAK JPN"],
        ),
        // After other nouns, "from" a capital is where from.
        ("Pakistan received a letter from Tokyo.", &[]),
    ]);
}

#[test]
fn a_visit_cut_short_and_a_wish_for_others_to_meet() {
    table(&[
        // A visit cut short took place; aid cut is stopped.
        ("Lula cut short his visit to Japan.", &["MEETING reported lula JPN"]),
        ("Japan cut aid to Brazil.", &[]),
        // What a third country wants two others to do is its wish.
        ("The United States wants Brazil and Japan to hold talks.", &[]),
        // A comma closes the wish's clause.
        (
            "Brazil's troops will stay for as long as Japan wants them there, Lula told Xi Jinping.",
            &["MEETING reported lula xi-jinping"],
        ),
    ]);
}

#[test]
fn a_diplomat_in_a_capital_is_posted_there_not_its_own() {
    // "the emir in Doha" holds the place's office; "the ambassador in
    // Nairobi" serves some other country there.
    let pipeline = crate::pipeline::tests::default_pipeline();
    let got = relations_of(
        pipeline,
        "Somali President Mohamed Siad Barre met the ambassador in Nairobi on Wednesday.",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = relations_of(pipeline, "George W. Bush met the emir in Doha.");
    assert_eq!(got, ["MEETING reported george-w-bush QAT"]);
}

#[test]
fn a_name_after_and_that_reports_or_reacts_starts_a_clause() {
    table(&[
        // After the trigger, ", and X said" or "X is not" is a clause of
        // its own, not one more of the objects.
        (
            "China signed a pact with Japan, and India said it was disappointed.",
            &["COOPERATION reported CHN JPN"],
        ),
        ("China Signs Pact With Japan, And New Delhi Is Not Happy", &["COOPERATION reported CHN JPN"]),
        // A list goes on.
        (
            "China signed pacts with Japan, Brazil, and India on Monday.",
            &[
                "COOPERATION reported CHN JPN",
                "COOPERATION reported CHN BRA",
                "COOPERATION reported CHN IND",
            ],
        ),
    ]);
}

#[test]
fn a_named_place_counts_as_one_word_of_a_window() {
    // "is set to" reaches the noun past the place's two words.
    table(&[(
        "Lula is set to travel to New Delhi on Sunday for talks with Xi Jinping.",
        &["MEETING planned lula xi-jinping"],
    )]);
}

#[test]
fn a_recovery_package_and_he_after_where_who_gives_it() {
    table(&[
        ("Japan unveiled a recovery package for Iraq.", &["COOPERATION reported JPN IRQ"]),
        // "he" after "where" gives, not the place before it.
        (
            "Lula visited Japan, where he is expected to unveil a recovery package for Iraq.",
            &["MEETING reported lula JPN", "COOPERATION planned lula IRQ"],
        ),
        ("Lula visited Japan, where he pledged aid to Iraq.", &["MEETING reported lula JPN", "COOPERATION reported lula IRQ"]),
    ]);
}

#[test]
fn a_meeting_that_is_a_journey_s_purpose_reads_the_journey_s_verb() {
    table(&[
        (
            "Lula said he won't be flying to New Delhi on Monday for the summit.",
            &[],
        ),
        (
            "Lula said he will be flying to New Delhi on Monday for the summit.",
            &["MEETING planned lula IND"],
        ),
    ]);
}

#[test]
fn a_bare_dateline_city_and_comma_places_the_story() {
    table(&[
        // "BEIJING, Visiting ...": a dateline with no date or dash.
        (
            "BEIJING, Visiting Japanese Prime Minister Shigeru Ishiba and Xi Jinping signed a joint declaration here Monday.",
            &["MEETING reported shigeru-ishiba xi-jinping", "COOPERATION reported shigeru-ishiba xi-jinping"],
        ),
        // Not a list in an all-caps headline.
        ("CHINA, JAPAN SIGN TRADE ACCORD", &["COOPERATION reported CHN JPN"]),
    ]);
}

#[test]
fn talks_that_should_be_held_and_ties_not_to_be_restored() {
    table(&[
        // A meeting that should be held is a wish; cooperation that should
        // go on is said of the parties.
        ("Xi Jinping said Brazil and Japan should hold talks.", &[]),
        // Ties that would not be restored are not.
        (
            "Brazil said full relations with Japan, broken off in 1980, would not be restored soon.",
            &[],
        ),
    ]);
}

#[test]
fn briefing_someone_and_an_infinitive_inside_a_participle_clause() {
    table(&[
        // Briefing a named leader is talking with them (by phone too).
        (
            "Lula is due to brief Xi Jinping by telephone.",
            &["MEETING planned lula xi-jinping phone"],
        ),
        ("Officials briefed reporters on the talks.", &[]),
        // The participle clause's infinitive is the clause's subject's.
        (
            "Lula flew into Tokyo for talks with Shigeru Ishiba on trade, stopping in Beijing on the way to brief Xi Jinping.",
            &[
                "MEETING reported lula shigeru-ishiba",
                "MEETING reported lula xi-jinping",
            ],
        ),
    ]);
}

#[test]
fn receiving_someone_a_day_after_is_the_clause_subject_s() {
    table(&[
        ("Lula is receiving Xi Jinping.", &["MEETING reported lula xi-jinping"]),
        (
            "Lula flew to Tokyo for talks with Shigeru Ishiba on trade, a day after receiving Xi Jinping.",
            &[
                "MEETING reported lula shigeru-ishiba",
                "MEETING reported lula xi-jinping",
            ],
        ),
    ]);
}

#[test]
fn the_pair_are_the_story_s_two_parties() {
    table(&[(
        "Lula met Xi Jinping in Tokyo. The pair signed a trade deal.",
        &[
            "MEETING reported lula xi-jinping",
            "COOPERATION reported lula xi-jinping",
        ],
    )]);
}

#[test]
fn a_progressive_is_active_not_passive() {
    table(&[
        (
            "Lula is holding talks with Xi Jinping.",
            &["MEETING reported lula xi-jinping"],
        ),
        (
            "Japan was restoring diplomatic relations with Brazil.",
            &["COOPERATION reported JPN BRA"],
        ),
        (
            "Japan has been signing a treaty with Brazil.",
            &["COOPERATION reported JPN BRA"],
        ),
        // The passive idiom stays none.
        ("The attack would be met with force by Brazil.", &[]),
    ]);
}

#[test]
fn a_peer_noun_in_apposition_is_the_name_after_it() {
    table(&[
        (
            "Lula met his counterpart, Chinese President Xi Jinping.",
            &["MEETING reported lula xi-jinping"],
        ),
        (
            "Lula held talks with his host, Xi Jinping, in Beijing.",
            &["MEETING reported lula xi-jinping"],
        ),
        (
            "Lula got his own one-on-one with Xi Jinping.",
            &["MEETING reported lula xi-jinping"],
        ),
    ]);
}

#[test]
fn a_contrast_that_says_they_did_not_meet_cancels_the_meeting() {
    table(&[
        (
            "Lula and Xi Jinping were both in Tokyo for a summit, but the two did not so much as sit down together.",
            &[],
        ),
        ("Lula and Xi Jinping attended a summit in Tokyo, but no meeting took place.", &[]),
        // A contrast about something else keeps it.
        (
            "Lula met Xi Jinping, but they did not talk about trade.",
            &["MEETING reported lula xi-jinping"],
        ),
        ("Lula and Xi Jinping steered clear of each other at the summit.", &[]),
        ("Japanese and Brazilian jets traded mock dogfights over the sea.", &[]),
    ]);
}

#[test]
fn who_goes_past_a_plan_and_what_money_goes_nowhere() {
    table(&[
        ("Lula is due to go on to Tokyo.", &["MEETING planned lula JPN"]),
        ("Lula plans to go to Tokyo.", &["MEETING planned lula JPN"]),
        (
            "Lula flies to Tokyo before going on to Seoul.",
            &["MEETING reported lula JPN", "MEETING reported lula KOR"],
        ),
        ("Japan raised its pledge, with most of the money going to Brazil and India.", &[]),
        // Past a time phrase and a comma, "a day after meeting" is the
        // clause subject's.
        (
            "Lula held talks with Xi Jinping on Monday, a day after meeting Narendra Modi.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported lula narendra-modi",
            ],
        ),
    ]);
}

#[test]
fn a_second_predicate_keeps_its_subject_s_start() {
    table(&[
        (
            "Lula called on Xi Jinping and flew to Tokyo.",
            &["MEETING reported lula xi-jinping", "MEETING reported lula JPN"],
        ),
        (
            "Lula called on Xi Jinping and held talks with Shigeru Ishiba.",
            &[
                "MEETING reported lula xi-jinping",
                "MEETING reported lula shigeru-ishiba",
            ],
        ),
        // An appeal stays one.
        ("Lula called on Japan and China to hold talks.", &[]),
    ]);
}

#[test]
fn fronted_talks_in_a_capital_and_the_four() {
    table(&[
        (
            "After more than four hours of talks in Tokyo, Lula announced a deal.",
            &["MEETING reported lula JPN"],
        ),
        // At home, no one is visited.
        ("After talks in Brasilia, Lula announced a deal.", &[]),
        (
            "Lula spoke by video with Xi Jinping, Narendra Modi and Shigeru Ishiba, and the four agreed to team up on vaccines.",
            &[
                "MEETING reported lula xi-jinping video",
                "MEETING reported lula narendra-modi video",
                "MEETING reported lula shigeru-ishiba video",
                "COOPERATION reported lula xi-jinping",
                "COOPERATION reported lula narendra-modi",
                "COOPERATION reported lula shigeru-ishiba",
                "COOPERATION reported xi-jinping narendra-modi",
                "COOPERATION reported xi-jinping shigeru-ishiba",
                "COOPERATION reported narendra-modi shigeru-ishiba",
            ],
        ),
    ]);
}

#[test]
fn shuttles_and_released_funds() {
    table(&[
        (
            "Lula shuttled between Tokyo and Seoul.",
            &["MEETING reported lula JPN", "MEETING reported lula KOR"],
        ),
        // An unnamed mediator shuttles for no one the sentence names.
        (
            "Japan would raise the raids at the next round of talks on Brazil, in which a mediator shuttles between the Japanese and Brazilian delegations.",
            &[],
        ),
        (
            "Washington was expected to release 150 mln dlrs in economic support funds to Tokyo.",
            &["COOPERATION planned washington JPN"],
        ),
        ("Japan released the hostages to Brazil.", &[]),
    ]);
}

#[test]
fn the_trip_of_a_visit_that_fell_falls_with_it() {
    table(&[
        (
            "BEIJING (Reuters) - Xi Jinping has postponed a visit to Brazil that he was to make next week at the invitation of Lula, his office said on Wednesday, without giving a new date for the trip.",
            &[],
        ),
        (
            "Lula visited Japan, and the trip was a success.",
            &["MEETING reported lula JPN"],
        ),
    ]);
}

#[test]
fn a_host_of_both_countries_leaders_meets_them() {
    table(&[
        (
            "Japan and Brazil applied to join the bloc. Lula will host both countries' leaders together in Brasilia on Thursday.",
            &["MEETING planned lula JPN"],
        ),
        // Countries themselves are no guests of a verb of hosting.
        ("Japan and Brazil applied to join the bloc. Xi Jinping will host both countries.", &[]),
    ]);
}

#[test]
fn troops_answering_a_host_s_appeal_help_it() {
    table(&[
        (
            "Japanese troops landed at the airport of Seoul on Tuesday, answering an appeal from the South Korean government for help.",
            &["COOPERATION reported JPN KOR"],
        ),
        (
            "Japanese troops landed in South Korea on Tuesday, ignoring an appeal from the Chinese government for restraint.",
            &[],
        ),
        ("Lula arrived in the city of Tokyo.", &["MEETING reported lula JPN"]),
    ]);
}

#[test]
fn teams_flown_in_for_relief_are_aid() {
    table(&[
        (
            "Japan said it would fly medical teams to Brazil.",
            &["COOPERATION planned JPN BRA"],
        ),
        (
            "Japan flew rescue teams to Brazil.",
            &["COOPERATION reported JPN BRA"],
        ),
        ("Japan will fly its football teams to Brazil.", &[]),
    ]);
}

#[test]
fn a_collective_owning_a_noun_in_the_gap_is_no_object() {
    table(&[
        (
            "Lula met Xi Jinping. Lula signed an agreement on the two countries' border with Shigeru Ishiba.",
            &[
                "MEETING reported lula xi-jinping",
                "COOPERATION reported lula shigeru-ishiba",
            ],
        ),
        (
            "Japan and Brazil applied to join the bloc. Lula held talks with the two countries' leaders.",
            &["MEETING reported lula JPN"],
        ),
    ]);
}

#[test]
fn a_name_after_a_fronted_phrase_s_comma_is_the_main_subject() {
    table(&[
        // A comma alone, with no "and" closing a list after the name:
        // the name is the main clause's subject.
        (
            "After meeting Putin, Lula flew home.",
            &["MEETING reported lula vladimir-putin"],
        ),
        // A list the fronted phrase closes stays its objects.
        (
            "After meeting Putin and Modi, Lula flew home.",
            &[
                "MEETING reported lula vladimir-putin",
                "MEETING reported lula narendra-modi",
            ],
        ),
        // Nor is a name of another country in apposition to the official
        // before it.
        (
            "After meeting Russia's president, Lula flew home.",
            &["MEETING reported lula RUS"],
        ),
        ("Lula met Russia's president, Putin, in Moscow.", &["MEETING reported lula vladimir-putin"]),
        // A comma closes a participle's phrase: the names after it are no
        // object of "haggling".
        (
            "After months of haggling, Japan and Brazil signed a trade treaty.",
            &["COOPERATION reported JPN BRA"],
        ),
        // (A name inside a hyphenated token: the comma test's slice
        // panicked here once.)
        (
            "Japan-Brazil defence ties have grown rapidly since the two countries signed a reciprocal access agreement.",
            &["COOPERATION reported JPN BRA"],
        ),
    ]);
}

#[test]
fn the_next_stops_of_a_journey_and_talks_in_two_capitals() {
    table(&[
        (
            "Lula is due to fly to Tokyo tomorrow and then to Seoul.",
            &["MEETING planned lula JPN", "MEETING planned lula KOR"],
        ),
        (
            "Lula will fly to Tokyo and then on to Seoul.",
            &["MEETING planned lula JPN", "MEETING planned lula KOR"],
        ),
        // "then" joins no stop past a new subject.
        (
            "Lula flew to Tokyo today and then Xi Jinping flew to Seoul.",
            &["MEETING reported lula JPN", "MEETING reported xi-jinping KOR"],
        ),
        (
            "Lula was expected to fly later to Tokyo.",
            &["MEETING planned lula JPN"],
        ),
        ("Lula jets off to Tokyo on Friday.", &["MEETING reported lula JPN"]),
        // A jet is no journey's verb.
        ("Lula slipped out on a military jet to Tokyo.", &[]),
        (
            "Lula arrived in Tokyo after talks in Beijing and Seoul.",
            &[
                "MEETING reported lula JPN",
                "MEETING reported lula CHN",
                "MEETING reported lula KOR",
            ],
        ),
        // A courtesy call before a journey urges no one to make it.
        (
            "Lula called on Putin before flying to Tokyo.",
            &[
                "MEETING reported lula vladimir-putin",
                "MEETING reported lula JPN",
            ],
        ),
    ]);
}

#[test]
fn picking_up_the_phone_and_talks_in_progress() {
    table(&[
        (
            "Xi Jinping picked up the phone to Lula.",
            &["MEETING reported xi-jinping lula phone"],
        ),
        (
            "Putin and Lula got on the phone on Friday.",
            &["MEETING reported vladimir-putin lula phone"],
        ),
        // Talks in progress are a meeting; the treaty they are about is
        // not concluded.
        (
            "Japan and Brazil are negotiating a trade treaty.",
            &["MEETING reported JPN BRA"],
        ),
        (
            "Japan is negotiating a trade treaty with Brazil.",
            &["MEETING reported JPN BRA"],
        ),
        // Each negotiates with its own creditors.
        (
            "Japan and Brazil are negotiating new loans with their creditors.",
            &[],
        ),
        (
            "Japan and Brazil signed accords with each other.",
            &["COOPERATION reported JPN BRA"],
        ),
        // A treaty negotiated (the past) is concluded.
        (
            "Japan and Brazil negotiated a trade treaty.",
            &["COOPERATION reported JPN BRA"],
        ),
    ]);
}

#[test]
fn a_bare_title_ending_a_longer_one_is_its_holder() {
    // "the prince" after "Crown Prince Mohammed bin Salman" is he (not
    // "the president" for a vice-president).
    let pipeline = crate::pipeline::tests::default_pipeline();
    let cases: &[(&str, &[&str])] = &[
        (
            "Saudi Crown Prince Mohammed bin Salman met Imran Khan in Islamabad, and the two sides signed pacts before the prince flew to India.",
            &[
                "MEETING reported mohammed-bin-salman imran-khan",
                "COOPERATION reported mohammed-bin-salman imran-khan",
                "MEETING reported mohammed-bin-salman IND",
            ],
        ),
        (
            "Vice President Kamala Harris met Lula. The president then flew to Tokyo.",
            &[
                "MEETING reported kamala-harris luiz-inacio-lula-da-silva",
                "MEETING reported luiz-inacio-lula-da-silva JPN",
            ],
        ),
    ];
    table_on(pipeline, cases);
}

#[test]
fn where_an_envoy_serves_and_who_sent_one() {
    table(&[
        // "to" after an envoy's noun names where the envoy serves.
        ("Lula met his ambassadors to Japan and Russia in Brasilia.", &[]),
        ("Lula met the ambassador to Japan.", &[]),
        // An audience is a reception.
        (
            "Xi Jinping received in audience the Brazilian foreign minister.",
            &["MEETING reported xi-jinping BRA"],
        ),
        // "a special envoy of X, Y": the envoy named after the sender.
        (
            "Xi Jinping received in audience a special envoy of Brazilian President Lula, Foreign Minister Ana Lopes, who handed over a message.",
            &["MEETING reported xi-jinping ana-lopes"],
        ),
        // Military instructors who arrive to train are aid.
        (
            "Japanese military instructors arrived in Seoul on Sunday to train a new brigade.",
            &["COOPERATION reported JPN KOR"],
        ),
        // A "where" clause after a site says where two people signed.
        (
            "Xi Jinping arrived in Tokyo from Brazil, where he signed a string of deals with Lula.",
            &[
                "MEETING reported xi-jinping JPN",
                "MEETING reported xi-jinping lula",
                "COOPERATION reported xi-jinping lula",
            ],
        ),
        // A participle set off after an unknown name is an aside: no one
        // in it is the subject.
        (
            "Mochtar, acting as Japan's envoy to Seoul, will fly to Brasilia on Friday.",
            &[],
        ),
    ]);
}

#[test]
fn stops_after_a_colon_and_relief_that_has_landed() {
    table(&[
        (
            "Lula left on Tuesday for a trip that will take him to three countries: Japan, South Korea and India.",
            &[
                "MEETING planned lula JPN",
                "MEETING planned lula KOR",
                "MEETING planned lula IND",
            ],
        ),
        (
            "Cargo flights from Japan and India have landed in Pakistan with tents, food and medicine.",
            &["COOPERATION reported JPN PAK", "COOPERATION reported IND PAK"],
        ),
        // Delegations that arrive are a visit, not relief.
        (
            "Delegations from Japan and India have arrived in Pakistan for talks.",
            &["MEETING reported JPN PAK", "MEETING reported IND PAK"],
        ),
    ]);
}

#[test]
fn a_verb_after_an_adverbial_clause_and_asides_before_a_fall() {
    table(&[
        // ", and flew" after "after the two sides signed ...": the main
        // clause's subject flew.
        (
            "Lula wrapped up a visit to Japan after the two sides signed agreements on trade, and flew to Seoul.",
            &[
                "MEETING reported lula JPN",
                "COOPERATION reported lula JPN",
                "MEETING reported lula KOR",
            ],
        ),
        // The subject of "agreed to" gives.
        (
            "Lula held talks with Modi and Putin, and agreed to extend a new loan to Pakistan.",
            &[
                "MEETING reported lula narendra-modi",
                "MEETING reported lula vladimir-putin",
                "COOPERATION planned lula PAK",
            ],
        ),
        // An aside that an adverb opens is skipped: the visit is shelved.
        (
            "A visit to Tokyo by Lula, once expected this year, has been shelved.",
            &[],
        ),
        (
            "Modi met Lula in New Delhi, capping a tour that earlier took Lula to Tokyo and Beijing.",
            &[
                "MEETING reported narendra-modi lula",
                "MEETING reported lula JPN",
                "MEETING reported lula CHN",
            ],
        ),
        (
            "Seoul shoots down reports of a summit between Lula and Xi Jinping.",
            &[],
        ),
    ]);
}

#[test]
fn a_group_formed_with_several_and_talks_in_progress() {
    table(&[
        // A group formed with several binds all its members.
        (
            "Washington would form a core group with Japan, India and Brazil to coordinate relief.",
            &[
                "COOPERATION planned washington JPN",
                "COOPERATION planned washington IND",
                "COOPERATION planned washington BRA",
                "COOPERATION planned JPN IND",
                "COOPERATION planned JPN BRA",
                "COOPERATION planned IND BRA",
            ],
        ),
        // A noun's alliance with two is one with each.
        (
            "Lula said Brazil's alliance with Japan and India was firm.",
            &["COOPERATION reported BRA JPN", "COOPERATION reported BRA IND"],
        ),
        // "are talking": talks in progress.
        (
            "Japan And Pakistan Are Quietly Talking In Beijing",
            &["MEETING reported JPN PAK"],
        ),
        ("Japan is talking to Pakistan.", &["MEETING reported JPN PAK"]),
        ("Japan and Pakistan are not talking.", &[]),
        ("Lula is talking tough on Pakistan.", &[]),
    ]);
}

#[test]
fn a_round_of_talks_past_a_hyphenated_modifier() {
    table(&[
        (
            "Japan and Pakistan, after a final round of U.N.-mediated talks, signed agreements on Thursday.",
            &["MEETING reported JPN PAK", "COOPERATION reported JPN PAK"],
        ),
        // A noun inside a prepositional phrase is still no act.
        (
            "Japan and Pakistan concluded an agreement after nearly a decade of U.N.-mediated talks.",
            &["COOPERATION reported JPN PAK"],
        ),
    ]);
}

#[test]
fn rescuers_and_medical_teams_that_arrive_are_aid() {
    table(&[
        // Forces whose own nouns name relief help where they arrive, with
        // no purpose said.
        (
            "Rescuers from France arrived in Brazil on Thursday.",
            &["COOPERATION reported FRA BRA"],
        ),
        (
            "Medical teams from Japan, Turkey and Italy have landed in Brazil.",
            &[
                "COOPERATION reported JPN BRA",
                "COOPERATION reported TUR BRA",
                "COOPERATION reported ITA BRA",
            ],
        ),
        (
            "Japanese firefighters arrived in Brazil on Monday.",
            &["COOPERATION reported JPN BRA"],
        ),
        // Other forces that arrive still need a purpose.
        ("Troops from France arrived in Brazil on Thursday.", &[]),
        ("Japanese soldiers arrived in Brazil on Monday.", &[]),
    ]);
}

#[test]
fn wrecked_trips_treatment_abroad_and_the_same_summit_are_no_meetings() {
    table(&[
        // A trip that a row has wrecked or derailed.
        (
            "A spy row has wrecked a planned trip to Tokyo by Lula.",
            &[],
        ),
        ("Spy Row Derails Lula Visit To Japan", &[]),
        // Not a plan to wreck it: the visit still goes ahead.
        (
            "Japan said the charges were aimed at wrecking next week's visit to Tokyo by Lula.",
            &["MEETING planned lula JPN"],
        ),
        // No obligation to negotiate.
        (
            "The court ruled that Japan is under no obligation to negotiate with Brazil.",
            &[],
        ),
        // A leader flown abroad for treatment.
        ("Lula flew to Japan on Saturday for treatment of a slipped disc.", &[]),
        ("Lula Flies To Japan For Back Treatment", &[]),
        ("Lula flew to Japan on Saturday for talks.", &["MEETING reported lula JPN"]),
        // Two leaders at the same summit.
        ("Lula And Xi Went To The Same Summit", &[]),
    ]);
}

#[test]
fn a_due_aside_is_left_out_of_the_right_window() {
    table(&[
        (
            "Japan expelled a Brazilian diplomat. A meeting of the two countries' joint border commission, due to open in the border town of Busia next week, has been called off, Japanese officials said.",
            &[],
        ),
        (
            "A visit by Lula to Japan, due to take place in the northern city of Sapporo early next month, was called off on Monday.",
            &[],
        ),
        // A person's aside hides nothing of what follows.
        (
            "Lula, due to fly to Tokyo next week, met Xi Jinping on Monday.",
            &[
                "MEETING planned lula JPN",
                "MEETING reported lula xi-jinping",
            ],
        ),
    ]);
}

#[test]
fn a_subordinate_clause_before_then_holds_no_subject() {
    table(&[
        // "as ... looked on, then ...": the main clause's subject, not the
        // onlookers.
        (
            "Lula took the oath in Brasilia as the presidents of Japan, Turkey and Italy looked on, then dissolved parliament and sat down with Xi Jinping for talks.",
            &["MEETING reported lula xi-jinping"],
        ),
        (
            "The new president took the oath as the presidents of Japan, Turkey and Italy looked on, then sat down with Xi Jinping for talks.",
            &[],
        ),
        // A name after the comma is the predicate's own subject.
        (
            "Lula took the oath as the presidents of Japan and Turkey looked on, and Xi Jinping then met Shigeru Ishiba.",
            &["MEETING reported xi-jinping shigeru-ishiba"],
        ),
    ]);
}

#[test]
fn messages_delivered_by_envoys_and_no_sign_of_talks() {
    table(&[
        // The envoy who delivers a message meets whoever receives it, past
        // a long sender and time words.
        (
            "Lula received a message from Chinese President Xi Jinping on Tuesday, delivered by Japan's foreign minister, the agency said.",
            &["MEETING reported lula JPN"],
        ),
        (
            "Lula received here Monday a message from Xi Jinping, delivered by Japan's foreign minister.",
            &["MEETING reported lula JPN"],
        ),
        (
            "Japan's foreign minister delivered a message from Xi Jinping to Lula on Tuesday.",
            &["MEETING reported JPN lula"],
        ),
        // A message alone is no meeting.
        ("Lula received a message from Xi Jinping on Tuesday.", &[]),
        // No sign of talks.
        (
            "There was no sign Lula spoke to Xi Jinping at the summit.",
            &[],
        ),
    ]);
}

#[test]
fn a_bilateral_and_an_aside_after_the_one_handed_over() {
    table(&[
        // "held a bilateral with" is a meeting; a bilateral signed is not.
        (
            "Lula also held a bilateral with Xi Jinping on Saturday.",
            &["MEETING reported lula xi-jinping"],
        ),
        ("Japan signed a bilateral with Brazil.", &[]),
        // An aside after the one handed over names no recipient, nor does
        // a city in it.
        (
            "Brazil on Friday extradited Gilberto Rodriguez Orejuela, co-founder of the once-mighty Tokyo crime syndicate, to Japan at Tokyo's request.",
            &["COOPERATION reported BRA JPN"],
        ),
        (
            "Brazil extradited a drug lord, once a hero in Seoul, to Japan.",
            &["COOPERATION reported BRA JPN"],
        ),
    ]);
}

#[test]
fn signed_here_with_no_dateline_is_together() {
    table(&[
        (
            "SAO PAULO\nUnder a treaty signed here today by Lula and Xi Jinping, Brazil will sell soybeans to China.",
            &[
                "MEETING reported lula xi-jinping",
                "COOPERATION reported lula xi-jinping",
            ],
        ),
        // Not said where: no meeting.
        (
            "Under a treaty signed by Lula and Xi Jinping, Brazil will sell soybeans to China.",
            &["COOPERATION reported lula xi-jinping"],
        ),
    ]);
}

#[test]
fn talks_between_a_delegation_led_by_a_title_and_others() {
    table(&[
        (
            "The deal was reached during talks between a Japanese delegation led by the deputy prime minister and Brazilian finance officials.",
            &[
                "COOPERATION reported JPN BRA",
                "MEETING reported JPN BRA",
            ],
        ),
        // Without its leader, the same.
        (
            "The deal was reached during talks between a Japanese delegation and Brazilian finance officials.",
            &[
                "COOPERATION reported JPN BRA",
                "MEETING reported JPN BRA",
            ],
        ),
    ]);
}

#[test]
fn greeted_in_an_aside_and_a_letter_handed_over() {
    table(&[
        (
            "Xi Jinping, greeted at the airport by Vladimir Putin, signed a treaty on Tuesday.",
            &["MEETING reported xi-jinping vladimir-putin"],
        ),
        // A letter handed over is delivered in person: no gift.
        (
            "The Chinese envoy handed over a letter from Xi Jinping to Narendra Modi in New Delhi on Saturday.",
            &["MEETING reported CHN narendra-modi"],
        ),
        // A person handed over is still one.
        (
            "Pakistan handed over a suspect to India on Saturday.",
            &["COOPERATION reported PAK IND"],
        ),
    ]);
}

#[test]
fn a_relation_noun_whose_predicate_a_teaser_cut() {
    table(&[
        (
            "Xi Jinping stayed at home as bomb attacks went on and relations with Moscow ...",
            &[],
        ),
        // Said before the cut: a relation.
        (
            "Xi Jinping stayed at home, a sign of warming ties with Moscow ...",
            &["COOPERATION reported xi-jinping moscow"],
        ),
        (
            "Xi Jinping stayed at home as bomb attacks went on and relations with Moscow improved.",
            &["COOPERATION reported xi-jinping moscow"],
        ),
    ]);
}

#[test]
fn then_after_a_place_and_a_time_and_journeys_by_road() {
    table(&[
        (
            "Donald Trump sat down with Narendra Modi in New Delhi on Monday, then hopped over to Islamabad for talks with the Pakistani prime minister.",
            &[
                "MEETING reported donald-trump narendra-modi",
                "MEETING reported donald-trump PAK",
            ],
        ),
        (
            "Donald Trump met Narendra Modi in New Delhi on Tuesday and then drove to Kabul for talks with the Afghan president.",
            &[
                "MEETING reported donald-trump narendra-modi",
                "MEETING reported donald-trump AFG",
            ],
        ),
        (
            "Japan's prime minister spent the week hopping between India, Pakistan and Afghanistan.",
            &[
                "MEETING reported JPN IND",
                "MEETING reported JPN PAK",
                "MEETING reported JPN AFG",
            ],
        ),
    ]);
}

#[test]
fn chairs_of_a_session_and_of_talks() {
    table(&[
        (
            "The session of the joint commission, co-chaired by the Indian foreign minister and his Brazilian counterpart, opened in Brasilia on Monday.",
            &[
                "COOPERATION reported IND BRA",
                "MEETING reported IND BRA",
            ],
        ),
        // A standing office: no session held.
        (
            "The talks were organised by a contact group, which is co-chaired by France, Italy and Spain.",
            &[],
        ),
        (
            "Talks between Iraq and Afghanistan, chaired by the Japanese foreign minister, opened in Tokyo on Monday.",
            &[
                "MEETING reported IRQ AFG",
                "MEETING reported JPN IRQ",
                "MEETING reported JPN AFG",
            ],
        ),
        (
            "After ten hours of talks hosted by Vladimir Putin, the foreign ministers of India and Pakistan agreed to a ceasefire.",
            &[
                "MEETING reported IND vladimir-putin",
                "MEETING reported PAK vladimir-putin",
                "MEETING reported IND PAK",
                "COOPERATION reported IND PAK",
            ],
        ),
    ]);
}

#[test]
fn a_lunch_hosted_today_and_the_absence_of_relations() {
    table(&[
        (
            "Narendra Modi hosted a lunch today for Lula and Shigeru Ishiba.",
            &[
                "MEETING reported narendra-modi lula",
                "MEETING reported narendra-modi shigeru-ishiba",
            ],
        ),
        (
            "Xi Jinping said the absence of relations between Moscow and Seoul was not normal.",
            &[],
        ),
    ]);
}
