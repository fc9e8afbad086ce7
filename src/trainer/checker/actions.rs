//! What to do with a checked bank — keep it on this device, download it as JSON, CSV, GIFT or
//! Moodle XML —
//! and the templates a trainer starts from.

use crate::i18n::trainer::TKey;
use crate::ui::shared::use_device;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::authoring::csv_bank::{
    export_csv, CsvBank, COMPETENCIES_FILE, INFO_FILE, ITEMS_FILE,
};
use crate::domain::bank::authoring::gift::{self, export_gift};
use crate::domain::bank::authoring::moodle_xml::{self, export_moodle_xml};
use crate::domain::bank::authoring::Lost;
use crate::domain::bank::library::KeptBank;
use crate::domain::bank::{canonical_json, parse_bank, Bank, CheckedBank};
use crate::domain::format::json::{parse_value, to_pretty};
use crate::i18n::{lost_note, t, Key};
use crate::platform::download::download_text;
use crate::ui::tr;

const EXAMPLE: &str = include_str!("../../../public/banks/examples/contoh-mini.json");
const EXAMPLE_GIFT: &str = include_str!("../../../public/banks/examples/contoh-moodle.gift");
const EXAMPLE_XML: &str = include_str!("../../../public/banks/examples/contoh-moodle.xml");
const EXAMPLE_AIKEN: &str = include_str!("../../../public/banks/examples/contoh-aiken.txt");

fn download_json(bank: &Bank) {
    let text = parse_value(&canonical_json(bank))
        .map(|v| to_pretty(&v))
        .unwrap_or_default();
    let _ = download_text(&format!("{}.json", bank.id), "application/json", &text);
}

fn download_csv(files: &CsvBank, prefix: &str) {
    let _ = download_text(&format!("{prefix}{ITEMS_FILE}"), "text/csv", &files.items);
    if let Some(c) = &files.competencies {
        let _ = download_text(&format!("{prefix}{COMPETENCIES_FILE}"), "text/csv", c);
    }
    if let Some(i) = &files.info {
        let _ = download_text(&format!("{prefix}{INFO_FILE}"), "text/csv", i);
    }
}

#[component]
pub fn BankActions(bank: Arc<CheckedBank>) -> impl IntoView {
    let device = use_device();
    let lang = use_lang();
    let kept_note = RwSignal::new(None::<bool>);
    let b1 = bank.clone();
    let keep = move |_| {
        let ok = device.store_kept(
            KeptBank::of(&b1.bank, &b1.reference.sha256),
            &canonical_json(&b1.bank),
        );
        kept_note.set(Some(ok));
    };
    let bank = Callback::new(move |()| Some(bank.bank.clone()));
    view! {
        <div class="actions">
            <button type="button" class="btn" on:click=keep>{tr(TKey::UseThisBank)}</button>
            <Downloads bank/>
        </div>
        {move || kept_note.get().map(|ok| {
            let class = if ok { "banner ok" } else { "banner error" };
            let text = move || if ok { t(lang.get(), TKey::BankKept) } else { t(lang.get(), Key::BankNotKept) };
            view! { <p class=class role="status">{text} " " <a href="../">{tr(TKey::BackToCandidateApp)}</a></p> }
        })}
    }
}

/// What an export left out, and of which format (`None`: nothing to say).
type LostNote = Option<(&'static str, Vec<Lost>)>;

/// Buttons that download the bank `bank` gives when clicked (nothing when it gives none) as
/// JSON, CSV, GIFT or Moodle XML, saying what a format left out.
#[component]
pub fn Downloads(bank: Callback<(), Option<Bank>>) -> impl IntoView {
    let lang = use_lang();
    let lost = RwSignal::new(LostNote::None);
    let with = move |f: fn(&Bank) -> LostNote| {
        move |_| {
            if let Some(b) = bank.run(()) {
                lost.set(f(&b));
            }
        }
    };
    view! {
        <button type="button" class="btn secondary" on:click=with(|b| { download_json(b); None })>
            {tr(TKey::DownloadJson)}
        </button>
        <button type="button" class="btn secondary" on:click=with(|b| { download_csv(&export_csv(b), &format!("{}-", b.id)); None })>
            {tr(TKey::DownloadCsv)}
        </button>
        <button type="button" class="btn secondary" on:click=with(|b| {
            let (text, lost_now) = export_gift(b);
            let _ = download_text(&format!("{}.gift", b.id), "text/plain", &text);
            Some((gift::NAME, lost_now))
        })>{tr(TKey::DownloadGift)}</button>
        <button type="button" class="btn secondary" on:click=with(|b| {
            let (text, lost_now) = export_moodle_xml(b);
            let _ = download_text(&format!("{}.xml", b.id), "application/xml", &text);
            Some((moodle_xml::NAME, lost_now))
        })>{tr(TKey::DownloadMoodleXml)}</button>
        {move || lost.get().map(|(format, l)| {
            view! { <p class="note" role="status">{move || lost_note(lang.get(), format, &l)}</p> }
        })}
    }
}

/// Downloads to start from: the example bank as CSV files, GIFT and JSON.
#[component]
pub fn Templates() -> impl IntoView {
    let example = move || parse_bank(EXAMPLE).bank;
    view! {
        <section class="card templates">
            <h2>{tr(TKey::TemplatesTitle)}</h2>
            <p>{tr(TKey::TemplatesText)}</p>
            <div class="actions">
                <button type="button" class="btn secondary" on:click=move |_| {
                    if let Some(b) = example() {
                        download_csv(&export_csv(&b), "templat-");
                    }
                }>{tr(TKey::TemplateCsv)}</button>
                <button type="button" class="btn secondary" on:click=move |_| {
                    let _ = download_text("contoh-moodle.gift", "text/plain", EXAMPLE_GIFT);
                }>{tr(TKey::TemplateGift)}</button>
                <button type="button" class="btn secondary" on:click=move |_| {
                    let _ = download_text("contoh-moodle.xml", "application/xml", EXAMPLE_XML);
                }>{tr(TKey::TemplateMoodleXml)}</button>
                <button type="button" class="btn secondary" on:click=move |_| {
                    let _ = download_text("contoh-aiken.txt", "text/plain", EXAMPLE_AIKEN);
                }>{tr(TKey::TemplateAiken)}</button>
                <button type="button" class="btn secondary" on:click=move |_| {
                    let _ = download_text("templat.json", "application/json", EXAMPLE);
                }>{tr(TKey::TemplateJson)}</button>
            </div>
        </section>
    }
}
