use super::*;

/// Renders each relation as `KIND status source target`.
fn check(text: &str, expected: &[&str]) {
    let pipeline = crate::pipeline::tests::default_pipeline();
    let doc = pipeline.analyze(text, None);
    let got: Vec<String> = doc
        .relations
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {}",
                r.kind.as_str(),
                r.status.as_str(),
                doc.actor_id(&r.source),
                doc.actor_id(&r.target)
            )
        })
        .collect();
    assert_eq!(got, expected, "{text:?}");
}

#[test]
fn meeting_verbs() {
    check(
        "Xi Jinping met Vladimir Putin in Moscow.",
        &["MEETING reported xi-jinping vladimir-putin"],
    );
    check(
        "Xi Jinping and Vladimir Putin held talks.",
        &["MEETING reported xi-jinping vladimir-putin"],
    );
    check(
        "Xi Jinping held talks with Vladimir Putin.",
        &["MEETING reported xi-jinping vladimir-putin"],
    );
    check(
        "Vladimir Putin was received by Xi Jinping.",
        &["MEETING reported vladimir-putin xi-jinping"],
    );
    check(
        "Xi Jinping hosted Russian Prime Minister Mikhail Mishustin.",
        &["MEETING reported xi-jinping mikhail-mishustin"],
    );
}

#[test]
fn meeting_nouns() {
    check(
        "Talks between Xi Jinping and Vladimir Putin ended.",
        &["MEETING reported xi-jinping vladimir-putin"],
    );
    check("The China-Russia summit opened.", &["MEETING reported CHN RUS"]);
    check(
        "Xi Jinping's meeting with Vladimir Putin ran long.",
        &["MEETING reported xi-jinping vladimir-putin"],
    );
}

#[test]
fn cooperation() {
    check(
        "China and Russia vowed to deepen cooperation.",
        &["COOPERATION reported CHN RUS"],
    );
    check(
        "China-Russia relations remain strong.",
        &["COOPERATION reported CHN RUS"],
    );
    check(
        "The partnership between Beijing and Moscow grew.",
        &["COOPERATION reported beijing moscow"],
    );
    check(
        "India signed an agreement with Russia.",
        &["COOPERATION reported IND RUS"],
    );
    check(
        "China's cooperation with Russia grew.",
        &["COOPERATION reported CHN RUS"],
    );
}

#[test]
fn negation_and_modality() {
    check("Xi Jinping did not meet Vladimir Putin.", &[]);
    check("Xi Jinping refused to meet Vladimir Putin.", &[]);
    check("Talks between Xi Jinping and Vladimir Putin were cancelled.", &[]);
    check(
        "Xi Jinping will meet Vladimir Putin.",
        &["MEETING planned xi-jinping vladimir-putin"],
    );
    check(
        "Xi Jinping is expected to meet Vladimir Putin.",
        &["MEETING planned xi-jinping vladimir-putin"],
    );
}

#[test]
fn no_relation_from_co_occurrence() {
    check(
            "Prime Minister Mikhail Mishustin conveyed greetings from President Vladimir Putin.",
            &[],
        );
    check("China welcomed Russia's proposal.", &[]);
    check(
        "Chinese President Xi Jinping spoke by phone with Vladimir Putin.",
        &[],
    );
}

#[test]
fn sentence_initial_pronoun() {
    check(
            "Narendra Modi arrived in Moscow on Monday. He met Vladimir Putin on Tuesday.",
            &["MEETING reported narendra-modi vladimir-putin"],
        );
    check("It rained in Moscow. He met Vladimir Putin.", &[]);
}

#[test]
fn collectives_take_the_latest_meeting() {
    check(
            "Xi Jinping met Vladimir Putin. Narendra Modi met Li Qiang. Both sides vowed to deepen cooperation.",
            &[
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported narendra-modi li-qiang",
                "COOPERATION reported narendra-modi li-qiang",
            ],
        );
    check(
            "Both sides vowed to deepen cooperation, officials said. Xi Jinping met Vladimir Putin.",
            &[
                "COOPERATION reported xi-jinping vladimir-putin",
                "MEETING reported xi-jinping vladimir-putin",
            ],
        );
}

#[test]
fn unnamed_officials_and_collectives() {
    check(
        "Xi Jinping met the Russian minister.",
        &["MEETING reported xi-jinping RUS"],
    );
    check(
        "Chinese officials met a Russian delegation.",
        &["MEETING reported CHN RUS"],
    );
    check(
            "Xi Jinping met Vladimir Putin. Both sides vowed to deepen cooperation.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported xi-jinping vladimir-putin"],
        );
    check(
        "Xi Jinping met Vladimir Putin. Both nations seek closer ties.",
        &[
            "MEETING reported xi-jinping vladimir-putin",
            "COOPERATION reported CHN RUS",
        ],
    );
    check(
            "Xi Jinping met Vladimir Putin. President Xi called for deepening cooperation.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported xi-jinping vladimir-putin"],
        );
}
