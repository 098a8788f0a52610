//! Guidance screens on the bundled knowledge: the procedure stepper, the
//! referral flow runner and presentation slides, driven like a user would
//! and drawn on ratatui's TestBackend.

mod common;
use fieldref::app::flow_run::{Effect, FlowRun, Row, Screen, flow};
use fieldref::app::slides::{Presentation, SlideTheme, build};
use fieldref::app::stepper::Stepper;
use fieldref::knowledge::{Body, Date, Item, Kind, Knowledge, Lang, LoadOptions, NodeKind};
use fieldref::ui::flow::FlowView;
use fieldref::ui::present::PresentView;
use fieldref::ui::stepper::StepperView;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;
use std::sync::OnceLock;

fn k() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(|| {
        let loaded = Knowledge::load(&LoadOptions {
            bundled: true,
            extra_dirs: vec![],
            trusted_keys_dir: None,
        });
        assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
        loaded.knowledge
    })
}

/// A fixed day, so snapshots never depend on the clock.
fn today() -> Date {
    Date::new(2027, 3, 1).expect("a real date")
}

/// The screen as text, one line per row, trailing spaces trimmed.
fn screen(widget: impl Widget, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|f| f.render_widget(widget, f.area()))
        .expect("draw");
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// Feeds a key string to a flow run: letters and digits answer, `<up>`,
/// `<down>`, `<enter>`, `<back>`, `<restart>`, `<continue>` are named keys.
fn drive(run: &mut FlowRun, keys: &str, lang: Lang) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').expect("closing >");
            match &rest[1..end] {
                "up" => run.select_prev(),
                "down" => run.select_next(k(), lang),
                "enter" => effects.push(run.confirm(k(), lang)),
                "back" => assert!(run.back(), "nothing to go back to"),
                "restart" => run.restart(),
                "continue" => assert!(run.continue_parent(k()), "no continuation"),
                other => panic!("unknown key <{other}>"),
            }
            rest = &rest[end + 1..];
        } else {
            if !c.is_whitespace() {
                assert!(
                    run.choose_key(k(), c),
                    "key {c} did not answer at {}",
                    run.node_id()
                );
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    effects
}

fn start(id: &str) -> FlowRun {
    FlowRun::start(k(), id, Some("Bujumbura")).expect("flow loads")
}

// ---------------------------------------------------------------- stepper

#[test]
fn stepper_moves_jumps_and_marks_done_for_the_session() {
    let mut s = Stepper::open(k(), "proc.identification").expect("a procedure");
    assert_eq!(s.progress(), (1, 9));
    assert!(!s.prev_step(), "nothing before the first step");
    assert!(s.next_step() && s.next_step());
    assert_eq!(s.progress(), (3, 9));
    s.toggle_done();
    assert!(s.is_done(2));
    assert!(s.last_step());
    assert_eq!(s.progress(), (9, 9));
    assert!(!s.next_step(), "nothing after the last step");
    assert!(s.first_step());
    assert!(s.go_to(5) && s.current() == 4);
    assert!(!s.go_to(0) && !s.go_to(10));
    assert!(s.push_jump_digit('7') && !s.push_jump_digit('x'));
    assert_eq!(s.jump_input(), Some("7"));
    assert!(s.commit_jump());
    assert_eq!((s.progress(), s.jump_input()), ((7, 9), None));
    s.push_jump_digit('4');
    s.push_jump_digit('2');
    assert!(!s.commit_jump(), "step 42 does not exist");
    assert_eq!(s.progress(), (7, 9));
    s.toggle_done();
    assert_eq!(s.done_count(), 2);
    s.go_to(3);
    s.toggle_done();
    assert_eq!(s.done_count(), 1, "toggling again clears the mark");
    assert!(
        Stepper::open(k(), "flow.refer").is_none(),
        "not a procedure"
    );
}

#[test]
fn stepper_opens_a_related_provision_and_keeps_its_place() {
    let mut s = Stepper::open(k(), "proc.first-contact").expect("a procedure");
    let step = (0..s.len())
        .find(|&i| {
            s.go_to(i + 1);
            !s.related().is_empty()
        })
        .expect("some step rests on a provision");
    assert_eq!(s.open_selected(), None, "nothing selected yet");
    assert!(s.select_next_related());
    let id = s.open_selected().expect("an id to open");
    assert!(k().get(&id).is_some());
    assert_eq!(s.current(), step, "opening does not move the stepper");
    assert!(s.select_prev_related());
    assert_eq!(s.selected_related(), None);
}

#[test]
fn snapshot_stepper_en_80x24() {
    let mut s = Stepper::open(k(), "proc.identification").expect("a procedure");
    s.toggle_done();
    s.go_to(5);
    s.select_next_related();
    let view = StepperView {
        knowledge: k(),
        stepper: &s,
        lang: Lang::En,
    };
    insta::assert_snapshot!(screen(view, 80, 24));
}

#[test]
fn snapshot_stepper_fr_80x24_typing_a_step_number() {
    let mut s = Stepper::open(k(), "proc.first-contact").expect("a procedure");
    s.go_to(2);
    s.push_jump_digit('4');
    let view = StepperView {
        knowledge: k(),
        stepper: &s,
        lang: Lang::Fr,
    };
    insta::assert_snapshot!(screen(view, 80, 24));
}

// ---------------------------------------------------------------- flows

#[test]
fn answers_by_letter_by_arrows_and_by_digit_lead_to_the_same_place() {
    let mut by_letter = start("flow.refer");
    drive(&mut by_letter, "b b", Lang::En);
    let mut by_arrows = start("flow.refer");
    drive(&mut by_arrows, "<down><enter><down><enter>", Lang::En);
    let mut by_digit = start("flow.refer");
    drive(&mut by_digit, "22", Lang::En);
    assert_eq!(by_letter.node_id(), "child");
    assert_eq!(by_letter.path(), by_arrows.path());
    assert_eq!(by_letter.path(), by_digit.path());
    assert_eq!(
        by_letter.path(),
        vec![
            ("flow.refer".to_string(), "danger".to_string(), 1),
            ("flow.refer".to_string(), "medical".to_string(), 1),
        ]
    );
    assert!(!by_letter.choose_key(k(), 'z'), "no option z");
    assert!(!by_letter.choose_key(k(), '0'));
    assert_eq!(by_letter.node_id(), "child");
}

#[test]
fn back_undoes_the_last_answer_and_highlights_it_restart_forgets_all() {
    let mut run = start("flow.refer");
    drive(&mut run, "bc", Lang::En);
    assert_eq!(run.node_id(), "medical-now");
    drive(&mut run, "<back>", Lang::En);
    assert_eq!((run.node_id(), run.selected()), ("medical", 2));
    assert_eq!(run.path().len(), 1);
    drive(&mut run, "<enter>", Lang::En);
    assert_eq!(
        run.node_id(),
        "medical-now",
        "Enter takes the highlighted answer again"
    );
    drive(&mut run, "<restart>", Lang::En);
    assert_eq!(
        (run.node_id(), run.path().len(), run.selected()),
        ("danger", 0, 0)
    );
    assert!(!run.back(), "nothing to undo at the start");
}

#[test]
fn hand_over_runs_the_other_flow_then_continues_and_back_crosses_it() {
    let mut run = start("flow.refer");
    // No danger, no medical need, a child, alone: hand over.
    drive(&mut run, "bbaa", Lang::En);
    assert_eq!(
        (run.flow_id(), run.depth()),
        ("flow.unaccompanied-child", 2)
    );
    assert_eq!(run.continuation(), Some(("flow.refer", "after-child-flow")));
    while !run.at_outcome(k()) {
        drive(&mut run, "a", Lang::En);
    }
    let Screen::Outcome(o) = run.screen(k(), Lang::En) else {
        panic!("an outcome")
    };
    assert!(
        matches!(o.rows.first(), Some(Row::Continue { .. })),
        "continue comes first"
    );
    assert_eq!(drive(&mut run, "<enter>", Lang::En), vec![Effect::Moved]);
    assert_eq!(
        (run.flow_id(), run.node_id(), run.depth()),
        ("flow.refer", "after-child-flow", 1)
    );
    assert!(run.continuation().is_none());
    // Handed over to child protection: the follow-up outcome.
    drive(&mut run, "a", Lang::En);
    assert_eq!(run.node_id(), "child-follow-up");
    assert!(run.at_outcome(k()));
    let answers = run.path().len();
    drive(&mut run, "<back><back>", Lang::En);
    assert_eq!(
        run.flow_id(),
        "flow.unaccompanied-child",
        "back undoes the continue"
    );
    while run.flow_id() != "flow.refer" {
        drive(&mut run, "<back>", Lang::En);
    }
    assert_eq!(
        (run.node_id(), run.depth(), run.path().len()),
        ("child-alone", 1, 3)
    );
    assert!(answers > 4);
}

#[test]
fn outcome_rows_open_provisions_and_contacts() {
    let mut run = start("flow.refer");
    drive(&mut run, "bbbba", Lang::En);
    let Screen::Outcome(o) = run.screen(k(), Lang::En) else {
        panic!("an outcome at {}", run.node_id())
    };
    let law = o
        .rows
        .iter()
        .position(|r| matches!(r, Row::Law { .. }))
        .expect("legal basis");
    let contact = o
        .rows
        .iter()
        .position(|r| matches!(r, Row::Contact(_)))
        .expect("contacts");
    for _ in 0..law {
        run.select_next(k(), Lang::En);
    }
    let Effect::Open(id) = run.confirm(k(), Lang::En) else {
        panic!("a provision to open")
    };
    assert_eq!(k().get(&id).map(|i| i.kind), Some(Kind::Law));
    for _ in law..contact {
        run.select_next(k(), Lang::En);
    }
    let Effect::Open(id) = run.confirm(k(), Lang::En) else {
        panic!("a contact to open")
    };
    assert_eq!(k().get(&id).map(|i| i.kind), Some(Kind::Contact));
    run.select_first();
    assert_eq!(
        run.confirm(k(), Lang::En),
        Effect::None,
        "an action line opens nothing"
    );
    run.select_last(k(), Lang::En);
    assert_eq!(run.selected(), o.rows.len() - 1);
}

#[test]
fn contacts_for_the_configured_region_come_first() {
    let services = vec!["child_protection".to_string(), "hotline".to_string()];
    let here = fieldref::app::flow_run::matching_contacts(k(), &services, Some("bujumbura"));
    assert!(here[0].in_region, "{:?}", here[0].item.id);
    assert!(here[0].contact.regions.iter().any(|r| r == "Bujumbura"));
    let elsewhere = fieldref::app::flow_run::matching_contacts(k(), &services, Some("Gitega"));
    assert!(elsewhere.iter().all(|c| !c.in_region));
    assert!(elsewhere[0].contact.regions.iter().any(|r| r == "national"));
    assert_eq!(here.len(), elsewhere.len(), "order changes, not the set");
}

/// Walks every answer of every question, following hand-overs and
/// continuing back, and checks each outcome reached.
fn walk(run: FlowRun, depth: usize, reached: &mut Vec<(String, String)>, paths: &mut usize) {
    assert!(depth < 60, "a path does not end: {:?}", run.path());
    match run.screen(k(), Lang::En) {
        Screen::Question(q) => {
            assert!(q.options.len() >= 2);
            for i in 0..q.options.len() {
                let mut next = run.clone();
                assert!(next.choose(k(), i), "option {i} at {}", run.node_id());
                walk(next, depth + 1, reached, paths);
            }
        }
        Screen::Outcome(o) => {
            reached.push((run.flow_id().to_string(), run.node_id().to_string()));
            let actions = o
                .rows
                .iter()
                .filter(|r| matches!(r, Row::Action { .. }))
                .count();
            assert!(actions > 0, "no actions at {}", run.node_id());
            let contacts = o
                .rows
                .iter()
                .filter(|r| matches!(r, Row::Contact(_)))
                .count();
            let none = o.rows.iter().any(|r| matches!(r, Row::NoContact));
            assert!(contacts > 0 || none, "no contact line at {}", run.node_id());
            assert!(contacts == 0 || !none);
            let text = screen(
                FlowView {
                    knowledge: k(),
                    run: &run,
                    lang: Lang::En,
                    today: today(),
                },
                80,
                24,
            );
            assert!(text.starts_with("Outcome"), "{text}");
            let mut next = run.clone();
            if next.continue_parent(k()) {
                walk(next, depth + 1, reached, paths);
            } else {
                *paths += 1;
            }
        }
        Screen::Missing => panic!("missing node on path {:?}", run.path()),
    }
}

#[test]
fn every_path_of_every_bundled_flow_reaches_an_outcome() {
    let flows: Vec<&Item> = k().of_kind(Kind::Flow).collect();
    assert_eq!(flows.len(), 4);
    for item in flows {
        let mut reached = Vec::new();
        let mut paths = 0;
        walk(start(&item.id), 0, &mut reached, &mut paths);
        assert!(paths > 0);
        let f = flow(k(), &item.id).expect("a flow");
        for node in &f.nodes {
            if matches!(node.kind, NodeKind::Outcome { .. }) {
                let hit = reached
                    .iter()
                    .any(|(fl, n)| fl == &item.id && n == &node.id);
                assert!(hit, "{} outcome {} never reached", item.id, node.id);
            }
        }
    }
}

fn refer_outcome() -> FlowRun {
    let mut run = start("flow.refer");
    drive(&mut run, "bbbba", Lang::En);
    run
}

#[test]
fn snapshot_flow_question_en_80x24() {
    let mut run = start("flow.refer");
    drive(&mut run, "bb<down>", Lang::En);
    let view = FlowView {
        knowledge: k(),
        run: &run,
        lang: Lang::En,
        today: today(),
    };
    insta::assert_snapshot!(screen(view, 80, 24));
}

#[test]
fn snapshot_flow_question_fr_80x24() {
    let mut run = start("flow.is-trafficking");
    drive(&mut run, "ab", Lang::Fr);
    let view = FlowView {
        knowledge: k(),
        run: &run,
        lang: Lang::Fr,
        today: today(),
    };
    insta::assert_snapshot!(screen(view, 80, 24));
}

#[test]
fn snapshot_flow_outcome_with_contacts_en_80x24() {
    let mut run = refer_outcome();
    let view = FlowView {
        knowledge: k(),
        run: &run,
        lang: Lang::En,
        today: today(),
    };
    insta::assert_snapshot!("outcome_top", screen(view, 80, 24));
    run.select_last(k(), Lang::En);
    let view = FlowView {
        knowledge: k(),
        run: &run,
        lang: Lang::En,
        today: today(),
    };
    insta::assert_snapshot!("outcome_scrolled_to_contacts", screen(view, 80, 24));
}

#[test]
fn snapshot_flow_outcome_after_hand_over_fr_80x24() {
    let mut run = start("flow.refer");
    drive(&mut run, "bbaa", Lang::Fr);
    while !run.at_outcome(k()) {
        drive(&mut run, "a", Lang::Fr);
    }
    let view = FlowView {
        knowledge: k(),
        run: &run,
        lang: Lang::Fr,
        today: today(),
    };
    insta::assert_snapshot!(screen(view, 80, 24));
}

// ---------------------------------------------------------------- slides

fn steps(id: &str) -> usize {
    match &k().get(id).expect("loaded").body {
        Body::Procedure(p) => p.steps.len(),
        _ => panic!("{id} is not a procedure"),
    }
}

fn nodes(id: &str) -> usize {
    flow(k(), id).expect("a flow").nodes.len()
}

#[test]
fn slide_counts_for_a_procedure_a_flow_and_the_deck() {
    assert_eq!(
        build(k(), "proc.identification", Lang::En).len(),
        1 + steps("proc.identification")
    );
    assert_eq!(
        build(k(), "flow.refer", Lang::En).len(),
        nodes("flow.refer")
    );
    let deck = k().get("deck.burundi-training").expect("the deck");
    let Body::Deck(d) = &deck.body else {
        panic!("a deck")
    };
    let paragraphs = |i: &Item| {
        i.body_text(Lang::En)
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .count()
    };
    let mut expected = 1 + paragraphs(deck);
    for id in &d.items {
        let item = k().get(id).expect("deck items load");
        expected += match &item.body {
            Body::Procedure(p) => 1 + p.steps.len(),
            Body::Flow(f) => 1 + f.nodes.len(),
            Body::Indicator(ind) => 1 + paragraphs(item) + ind.groups.len(),
            _ => 1 + paragraphs(item),
        };
    }
    let slides = build(k(), "deck.burundi-training", Lang::En);
    assert_eq!(slides.len(), expected);
    assert_eq!(slides[0].title, deck.title(Lang::En));
    for id in &d.items {
        let title = k().get(id).map(|i| i.title(Lang::En)).unwrap_or_default();
        assert!(
            slides.iter().any(|s| s.item == *id && s.title == title),
            "{id} has its title slide"
        );
    }
}

#[test]
fn navigation_stops_at_the_ends_and_language_switch_keeps_the_place() {
    let mut p = Presentation::open(k(), "proc.identification", Lang::En, SlideTheme::default())
        .expect("opens");
    assert_eq!((p.position(), p.theme()), ((1, 10), SlideTheme::Light));
    assert!(!p.prev_slide());
    assert!(p.next_slide() && p.next_slide());
    assert_eq!(p.position(), (3, 10));
    assert!(p.last_slide() && !p.next_slide());
    assert!(p.first_slide() && p.go_to(4));
    p.relocalize(k(), Lang::Fr);
    assert_eq!((p.position(), p.lang()), ((4, 10), Lang::Fr));
    assert!(
        p.slide()
            .is_some_and(|s| s.kicker.contains("Étape 3 sur 9"))
    );
    p.toggle_theme();
    assert_eq!(p.theme(), SlideTheme::Dark);
    assert!(Presentation::open(k(), "no.such-item", Lang::En, SlideTheme::Light).is_none());
}

fn slide_screen(id: &str, lang: Lang, slide: usize, width: u16, height: u16) -> String {
    let mut p = Presentation::open(k(), id, lang, SlideTheme::Light).expect("opens");
    p.go_to(slide);
    screen(PresentView { presentation: &p }, width, height)
}

#[test]
fn snapshot_present_title_slide_en_80x24() {
    insta::assert_snapshot!(slide_screen("proc.identification", Lang::En, 1, 80, 24));
}

#[test]
fn snapshot_present_step_slide_en_80x24() {
    insta::assert_snapshot!(slide_screen("proc.identification", Lang::En, 6, 80, 24));
}

#[test]
fn snapshot_present_title_slide_en_160x45() {
    insta::assert_snapshot!(slide_screen("proc.identification", Lang::En, 1, 160, 45));
}

#[test]
fn snapshot_present_step_slide_en_160x45() {
    insta::assert_snapshot!(slide_screen("proc.identification", Lang::En, 3, 160, 45));
}

#[test]
fn snapshot_present_question_slide_fr_160x45() {
    insta::assert_snapshot!(slide_screen("flow.is-trafficking", Lang::Fr, 1, 160, 45));
}

#[test]
fn snapshot_present_deck_title_fr_160x45() {
    insta::assert_snapshot!(slide_screen("deck.burundi-training", Lang::Fr, 1, 160, 45));
}

#[test]
fn the_counter_sits_in_the_bottom_right_corner() {
    let text = slide_screen("flow.refer", Lang::En, 2, 120, 40);
    let last = text.lines().last().unwrap_or_default();
    assert!(
        last.ends_with(&format!("2/{}", nodes("flow.refer"))),
        "{last:?}"
    );
}

#[test]
fn the_light_theme_is_black_on_white_and_dark_is_white_on_black() {
    use ratatui::style::Color;
    for (theme, fg, bg) in [
        (SlideTheme::Light, Color::Black, Color::White),
        (SlideTheme::Dark, Color::White, Color::Black),
    ] {
        let p = Presentation::open(k(), "palermo.art3a", Lang::En, theme).expect("opens");
        let mut terminal = Terminal::new(TestBackend::new(40, 12)).expect("terminal");
        terminal
            .draw(|f| f.render_widget(PresentView { presentation: &p }, f.area()))
            .expect("draw");
        let cell = &terminal.backend().buffer()[(0, 0)];
        assert_eq!((cell.fg, cell.bg), (fg, bg));
    }
}

// ---------------------------------------------------------------- any size

proptest! {
    #![proptest_config(common::proptest_config(64))]

    #[test]
    fn every_screen_draws_at_any_size(w in 1u16..300, h in 1u16..100, pick in 0usize..1000, fr in any::<bool>()) {
        let lang = if fr { Lang::Fr } else { Lang::En };
        let procs: Vec<&Item> = k().of_kind(Kind::Procedure).collect();
        let mut s = Stepper::open(k(), &procs[pick % procs.len()].id).expect("procedure");
        s.go_to(1 + pick % s.len().max(1));
        s.select_next_related();
        screen(StepperView { knowledge: k(), stepper: &s, lang }, w, h);

        let flows: Vec<&Item> = k().of_kind(Kind::Flow).collect();
        let mut run = start(&flows[pick % flows.len()].id);
        for step in 0..(pick % 7) {
            if !run.choose(k(), (pick + step) % 2) {
                break;
            }
        }
        for _ in 0..pick % 9 {
            run.select_next(k(), lang);
        }
        screen(FlowView { knowledge: k(), run: &run, lang, today: today() }, w, h);

        let mut p = Presentation::open(k(), "deck.burundi-training", lang, SlideTheme::Dark).expect("deck");
        p.go_to(1 + pick % p.slides().len());
        screen(PresentView { presentation: &p }, w, h);
    }
}

// ---------------------------------------------------------------- languages

/// A local pack written only in English, to see the fallback marker.
fn english_only() -> (tempfile::TempDir, Knowledge) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = r#"
id = "local"
jurisdiction = "bi"
version = "1"
reviewed = 2026-01-10
languages = ["en"]
sources = ["Local office"]
title = { en = "Local office" }
description = { en = "Local notes." }
"#;
    let items = r#"
[[procedure]]
id = "local.proc"
source = "Local office"
[procedure.en]
title = "Call the duty officer"
body = "Local practice."
[[procedure.steps]]
[procedure.steps.title]
en = "Phone the duty officer"
[procedure.steps.detail]
en = "Before anything else."

[[contact]]
id = "local.clinic"
organisation = "Gitega clinic"
services = ["medical"]
regions = ["Gitega"]
phones = [{ number = "+257 22 40 00 00", label = { en = "Front desk" } }]
verified = true
verified_on = 2025-06-01
source = "Local office"
[contact.en]
title = "Gitega clinic"
body = "Open every day."

[[flow]]
id = "local.flow"
start = "q"
source = "Local office"
[flow.en]
title = "Local triage"
body = "Two questions."
[[flow.nodes]]
id = "q"
question = { en = "Is the person hurt?" }
options = [
  { label = { en = "Yes" }, next = "hurt" },
  { label = { en = "No" }, next = "fine" },
]
[[flow.nodes]]
id = "hurt"
outcome = { en = "Get care" }
actions = { en = ["Call an ambulance."] }
services = ["medical"]
[[flow.nodes]]
id = "fine"
outcome = { en = "Carry on" }
actions = { en = ["Continue the interview."] }
services = ["witness_protection"]
"#;
    std::fs::write(dir.path().join("pack.toml"), pack).expect("write pack");
    std::fs::write(dir.path().join("items.toml"), items).expect("write items");
    let loaded = Knowledge::load(&LoadOptions {
        bundled: false,
        extra_dirs: vec![dir.path().to_path_buf()],
        trusted_keys_dir: None,
    });
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    (dir, loaded.knowledge)
}

#[test]
fn content_in_another_language_is_marked_on_every_screen() {
    let (_dir, k) = english_only();
    let marker = "affiché dans une autre langue: en";
    let s = Stepper::open(&k, "local.proc").expect("procedure");
    let text = screen(
        StepperView {
            knowledge: &k,
            stepper: &s,
            lang: Lang::Fr,
        },
        80,
        24,
    );
    assert!(text.contains(marker), "{text}");
    let mut run = FlowRun::start(&k, "local.flow", None).expect("flow");
    let text = screen(
        FlowView {
            knowledge: &k,
            run: &run,
            lang: Lang::Fr,
            today: today(),
        },
        80,
        24,
    );
    assert!(text.contains(marker), "{text}");
    run.choose_key(&k, 'a');
    let text = screen(
        FlowView {
            knowledge: &k,
            run: &run,
            lang: Lang::Fr,
            today: today(),
        },
        80,
        24,
    );
    assert!(
        text.contains(marker) && text.starts_with("Conduite à tenir"),
        "{text}"
    );
    let p = Presentation::open(&k, "local.proc", Lang::Fr, SlideTheme::Light).expect("slides");
    let text = screen(PresentView { presentation: &p }, 80, 24);
    assert!(text.contains(marker), "{text}");
}

#[test]
fn an_outcome_no_contact_offers_says_so() {
    let (_dir, k) = english_only();
    let mut run = FlowRun::start(&k, "local.flow", None).expect("flow");
    assert!(run.choose_key(&k, 'b'));
    let text = screen(
        FlowView {
            knowledge: &k,
            run: &run,
            lang: Lang::En,
            today: today(),
        },
        80,
        24,
    );
    assert!(
        text.contains("no matching contact in the loaded packs"),
        "{text}"
    );
}

#[test]
fn every_screen_draws_at_the_edge_sizes() {
    let s = Stepper::open(k(), "proc.identification").expect("procedure");
    let question = start("flow.refer");
    let outcome = refer_outcome();
    let p = Presentation::open(k(), "proc.identification", Lang::Fr, SlideTheme::Light)
        .expect("slides");
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (10, 2),
        (80, 24),
        (300, 100),
    ] {
        for lang in [Lang::En, Lang::Fr] {
            screen(
                StepperView {
                    knowledge: k(),
                    stepper: &s,
                    lang,
                },
                w,
                h,
            );
            screen(
                FlowView {
                    knowledge: k(),
                    run: &question,
                    lang,
                    today: today(),
                },
                w,
                h,
            );
            screen(
                FlowView {
                    knowledge: k(),
                    run: &outcome,
                    lang,
                    today: today(),
                },
                w,
                h,
            );
        }
        let text = screen(PresentView { presentation: &p }, w, h);
        assert!(w < 4 || text.contains("1/10"), "{w}x{h}: {text}");
    }
}

#[test]
fn contacts_show_their_numbers_and_how_fresh_they_are() {
    let (_dir, k) = english_only();
    let mut run = FlowRun::start(&k, "local.flow", Some("Gitega")).expect("flow");
    assert!(run.choose_key(&k, 'a'));
    let at = |y, m, d| Date::new(y, m, d).expect("a date");
    let draw = |today| {
        screen(
            FlowView {
                knowledge: &k,
                run: &run,
                lang: Lang::En,
                today,
            },
            80,
            24,
        )
    };
    let fresh = draw(at(2026, 1, 1));
    assert!(
        // The pack here is a local one nobody signed: its numbers say so.
        fresh.contains("Phone: +257 22 40 00 00 [local, unsigned] - Front desk"),
        "{fresh}"
    );
    assert!(fresh.contains("Number verified on 2025-06-01"), "{fresh}");
    assert!(!fresh.contains("⚠"), "{fresh}");
    let stale = draw(at(2026, 6, 2));
    assert!(stale.contains("⚠ verified over a year ago"), "{stale}");
    assert!(stale.contains("(2025-06-01)"), "{stale}");
}
