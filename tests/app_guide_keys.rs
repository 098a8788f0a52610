//! The stepper, the flow runner and presentation mode inside the app,
//! driven by key strings as a user types them, over the bundled packs.

mod apptest;

use apptest::{Data, Harness, Options};
use fieldref::app::{ExportTarget, Screen, Start};

fn bundled() -> Harness {
    Harness::with(Options {
        data: Data::Bundled,
        ..Options::default()
    })
}

/// Searches `query` and opens the hit with `id` with arrows and Enter.
fn open_from_search(h: &mut Harness, query: &str, id: &str) {
    h.keys(query);
    let pos = h
        .app()
        .search
        .hits()
        .iter()
        .position(|hit| hit.id == id)
        .unwrap_or_else(|| panic!("{id} among the hits for {query}"));
    for _ in 0..pos {
        h.keys("<down>");
    }
    h.keys("<enter>");
}

fn in_flow(h: &mut Harness, id: &str) {
    h.driver.app.start(&Start::Flow(id.into())).expect("a flow");
    h.draw();
}

fn step(h: &Harness) -> Option<(usize, usize)> {
    match h.app().screen() {
        Screen::Stepper(s) => Some(s.progress()),
        _ => None,
    }
}

fn node(h: &Harness) -> Option<(String, String)> {
    match h.app().screen() {
        Screen::Flow(r) => Some((r.flow_id().to_string(), r.node_id().to_string())),
        _ => None,
    }
}

fn node_is(h: &Harness, flow: &str, id: &str) -> bool {
    node(h) == Some((flow.to_string(), id.to_string()))
}

#[test]
fn a_procedure_from_search_opens_as_steps_and_steps_through() {
    let mut h = bundled();
    open_from_search(&mut h, "first contact", "proc.first-contact");
    let (n, m) = step(&h).expect("the stepper");
    assert_eq!(n, 1);
    assert!(m >= 3);
    assert!(h.shows(&format!("Step 1 of {m}")));
    h.keys("<right>");
    assert_eq!(step(&h), Some((2, m)));
    h.keys("<space><down>");
    assert_eq!(step(&h), Some((4.min(m), m)));
    h.keys("<left><up>");
    assert_eq!(step(&h), Some((2, m)));
    h.keys("<end>");
    assert_eq!(step(&h), Some((m, m)));
    h.keys("<home>");
    assert_eq!(step(&h), Some((1, m)));
    // Digits are optional: typed, then Enter, they jump.
    h.keys("3");
    assert!(h.shows("Go to step: 3"));
    h.keys("<enter>");
    assert_eq!(step(&h), Some((3, m)));
    h.keys("d");
    assert!(h.shows("1 done"));
    // The hint bar and the help come from the keymap.
    assert!(h.shows("d done") && h.shows("Tab related"), "{}", h.text());
    h.keys("<f1>");
    assert!(h.shows("Procedure steps") && h.shows("Stepper: go to the next step"));
    h.keys("<esc>");
    // The item page stays reachable.
    h.keys("i");
    assert!(matches!(h.app().screen(), Screen::Item(v) if v.id == "proc.first-contact"));
    h.keys("<esc>");
    assert_eq!(step(&h), Some((3, m)), "back on the same step");
}

#[test]
fn a_related_provision_opens_from_a_step_and_esc_comes_back_to_it() {
    let mut h = bundled();
    open_from_search(&mut h, "first contact", "proc.first-contact");
    let m = step(&h).expect("stepper").1;
    let mut found = None;
    for n in 1..=m {
        if let Screen::Stepper(s) = h.app().screen()
            && !s.related().is_empty()
        {
            found = Some((n, s.related()[0].clone()));
            break;
        }
        h.keys("<right>");
    }
    let (n, id) = found.expect("a step with a related provision");
    h.keys("<tab><enter>");
    assert!(matches!(h.app().screen(), Screen::Item(v) if v.id == id));
    h.keys("<esc>");
    assert_eq!(step(&h), Some((n, m)));
}

#[test]
fn flow_refer_by_letters_reaches_an_outcome_with_contacts() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    assert!(h.shows("Is the person, or anyone else, in immediate danger?"));
    assert!(h.shows("a) Yes") && h.shows("b) No"));
    h.keys("bbbba");
    assert!(node_is(&h, "flow.refer", "refer"), "{:?}", node(&h));
    assert!(h.shows("Outcome"));
    assert!(h.shows("Services to contact"));
    h.keys("<end>");
    assert!(h.shows("Phone"), "{}", h.text());
}

#[test]
fn flow_by_arrows_and_enter_then_back_and_restart() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    h.keys("<down><enter>");
    assert!(node_is(&h, "flow.refer", "medical"));
    h.keys("<enter>");
    assert!(node_is(&h, "flow.refer", "medical-now"));
    h.keys("<backspace>");
    assert!(
        node_is(&h, "flow.refer", "medical"),
        "back undoes one answer"
    );
    h.keys("2");
    assert!(node_is(&h, "flow.refer", "child"), "digits answer too");
    h.keys("z");
    assert!(h.shows("No answer z here"));
    h.keys("<ctrl-r>");
    assert!(node_is(&h, "flow.refer", "danger"), "restart");
    h.keys("<backspace>");
    assert!(h.shows("This is the first question."));
    h.keys("a");
    assert!(h.shows("Yes"), "the breadcrumb shows the answer");
}

#[test]
fn hand_over_to_the_child_flow_and_continue() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    h.keys("bbaa");
    assert!(node_is(&h, "flow.unaccompanied-child", "age"));
    h.keys("aabb");
    assert!(node_is(&h, "flow.unaccompanied-child", "national-child"));
    assert!(h.shows("Outcome") && h.shows("Continue with"));
    h.keys("<tab>");
    // Back in the flow that handed over, which asks how the child flow
    // ended: the next steps differ for a child and for an adult.
    assert!(node_is(&h, "flow.refer", "after-child-flow"));
    h.keys("a");
    assert!(node_is(&h, "flow.refer", "child-follow-up"));
    assert!(h.shows("Child handed over"));
    h.keys("<backspace><backspace>");
    assert!(node_is(&h, "flow.unaccompanied-child", "national-child"));
}

#[test]
fn a_person_found_to_be_an_adult_continues_on_the_adult_path() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    h.keys("bbaa");
    assert!(node_is(&h, "flow.unaccompanied-child", "age"));
    h.keys("b");
    assert!(node_is(&h, "flow.unaccompanied-child", "adult"));
    h.keys("<tab>c");
    assert!(node_is(&h, "flow.refer", "foreign"), "{}", h.text());
}

#[test]
fn a_provision_opens_from_an_outcome_and_esc_comes_back() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    h.keys("ab");
    assert!(node_is(&h, "flow.refer", "emergency"));
    let rows = 5; // five actions, then the legal basis
    for _ in 0..rows {
        h.keys("<down>");
    }
    h.keys("<enter>");
    assert!(
        matches!(h.app().screen(), Screen::Item(v) if v.id == "palermo.art6"),
        "the legal basis opens"
    );
    h.keys("<esc>");
    assert!(node_is(&h, "flow.refer", "emergency"));
    assert!(h.shows("Outcome"));
}

#[test]
fn present_a_procedure_counts_slides() {
    let mut h = bundled();
    open_from_search(&mut h, "first contact", "proc.first-contact");
    h.keys("p");
    let Screen::Present(p) = h.app().screen() else {
        panic!("presentation mode");
    };
    let m = p.position().1;
    assert!(h.shows(&format!("1/{m}")));
    assert!(!h.shows("fieldref ›"), "no chrome");
    h.keys("<right>");
    assert!(h.shows(&format!("2/{m}")));
    h.keys("<pagedown><pageup><left>");
    assert!(h.shows(&format!("1/{m}")));
    h.keys("<end>");
    assert!(h.shows(&format!("{m}/{m}")));
    h.keys("t<esc>");
    assert!(matches!(h.app().screen(), Screen::Stepper(_)));
}

#[test]
fn a_deck_opens_as_slides_and_start_presents_directly() {
    let mut h = bundled();
    h.driver
        .app
        .start(&Start::Present("deck.burundi-training".into()))
        .expect("the deck");
    h.draw();
    assert!(matches!(h.app().screen(), Screen::Present(_)));
    assert!(h.shows("1/"));
    assert!(
        h.driver
            .app
            .start(&Start::Flow("proc.first-contact".into()))
            .is_err(),
        "a procedure is not a flow"
    );
}

#[test]
fn export_from_an_outcome_writes_the_answers_through_the_store() {
    let mut h = bundled();
    in_flow(&mut h, "flow.refer");
    h.keys("ab<ctrl-s>");
    let prompt = h.app().prompt.clone().expect("the prompt");
    assert_eq!(prompt.input, "fieldref-flow.refer-outcome.md");
    assert!(
        matches!(prompt.target, ExportTarget::Outcome { ref answers, .. } if answers.len() == 2)
    );
    assert!(h.shows("Export to file: fieldref-flow.refer-outcome.md"));
    h.keys("<enter>");
    let exports = h.store.exports();
    assert_eq!(exports.len(), 1);
    let md = &exports[0].contents;
    assert!(md.contains("Answers given"), "{md}");
    assert!(md.contains("Is the person, or anyone else, in immediate danger?"));
    assert!(md.contains("**Yes**") && md.contains("**No**"), "{md}");
    assert!(md.contains("Emergency: protect first"));
    assert!(h.shows("Exported flow.refer"), "{}", h.text());
    assert!(h.app().prompt.is_none());
}

#[test]
fn export_never_overwrites_without_a_second_enter() {
    let mut h = bundled();
    open_from_search(&mut h, "first contact", "proc.first-contact");
    h.store.add_existing("fieldref-proc.first-contact.md");
    h.keys("e<enter>");
    assert!(h.store.exports().is_empty());
    assert!(h.shows("already exists"), "{}", h.text());
    // Typing another name clears the confirmation.
    h.keys("<backspace><backspace>txt<enter>");
    let exports = h.store.exports();
    assert_eq!(exports.len(), 1);
    assert_eq!(
        exports[0].path.to_str(),
        Some("fieldref-proc.first-contact.txt")
    );
    assert!(!exports[0].overwrite);
}

#[test]
fn export_replaces_on_the_second_enter_and_esc_cancels() {
    let mut h = bundled();
    open_from_search(&mut h, "first contact", "proc.first-contact");
    h.store.add_existing("fieldref-proc.first-contact.md");
    h.keys("e<enter><enter>");
    let exports = h.store.exports();
    assert_eq!(exports.len(), 1);
    assert!(exports[0].overwrite);
    assert!(exports[0].contents.contains("# "));
    h.keys("e<esc>");
    assert!(h.app().prompt.is_none());
    assert!(h.shows("Export cancelled"));
    assert!(matches!(h.app().screen(), Screen::Stepper(_)));
}
