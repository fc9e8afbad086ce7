//! What a trainer takes away: the participants table and the item analysis as CSV, and a
//! summary of the group as JSON.

use super::intake::Summary;
use super::stats::{Distribution, ItemFlag, ItemStats, Row};
use crate::domain::attempt::Mode;
use crate::domain::bank::{Bank, BankRef, Evidence};
use crate::domain::format::csv_table::{row, table};
use crate::domain::format::envelope::Format;
use crate::domain::format::json::{to_pretty, Enc, Value};
use crate::domain::format::number::fixed;
use crate::domain::format::record::Json;

fn pct(bp: Option<u32>) -> String {
    bp.map(|b| fixed(f64::from(b) / 100.0, 1))
        .unwrap_or_default()
}

fn decimal(x: Option<f64>) -> String {
    x.map(|v| fixed(v, 3)).unwrap_or_default()
}

pub fn mode_id(m: Mode) -> &'static str {
    m.name()
}

/// One row per participant, with every competency's percentage, level and evidence.
pub fn participants_csv(bank: &Bank, rows: &[Row]) -> String {
    let mut header: Vec<String> = [
        "nama",
        "peran",
        "kabupaten_kota",
        "mode",
        "selesai",
        "keseluruhan_persen",
        "tingkat_keseluruhan",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for c in &bank.competencies {
        header.push(format!("{}_persen", c.id));
        header.push(format!("{}_tingkat", c.id));
        header.push(format!("{}_dasar", c.id));
    }
    let body = rows
        .iter()
        .map(|r| {
            let mut row = vec![
                r.name.clone(),
                r.role.clone(),
                r.region.clone(),
                mode_id(r.mode).to_owned(),
                r.finished_at.clone(),
                pct(r.overall_bp),
                r.overall_level.clone().unwrap_or_default(),
            ];
            for c in &r.competencies {
                match c {
                    Some((bp, level, e)) => {
                        row.push(pct(Some(*bp)));
                        row.push(level.clone());
                        row.push(
                            if *e == Evidence::Tested {
                                "diuji"
                            } else {
                                "penilaian_diri"
                            }
                            .to_owned(),
                        );
                    }
                    None => row.extend([String::new(), String::new(), String::new()]),
                }
            }
            row
        })
        .collect();
    // The last row says what levels are, as the candidate's report does; `#` marks it as a note
    // for tools that skip comment lines.
    let mut csv = table(&header, body);
    csv.push_str(&row(&[format!("# {}", bank.practice_guide())]));
    csv
}

pub fn flag_id(f: ItemFlag) -> &'static str {
    match f {
        ItemFlag::TooEasy => "terlalu_mudah",
        ItemFlag::TooHard => "terlalu_sulit",
        ItemFlag::Negative => "daya_beda_negatif",
    }
}

/// The item analysis, one row per tested item.
pub fn items_csv(items: &[ItemStats]) -> String {
    let header: Vec<String> = [
        "id",
        "jenis",
        "disajikan",
        "dijawab",
        "tingkat_kesukaran_p",
        "daya_beda_r",
        "indeks_atas_bawah",
        "pilihan",
        "tanda",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let body = items
        .iter()
        .map(|i| {
            vec![
                i.id.clone(),
                i.kind.name().to_owned(),
                i.presented.to_string(),
                i.answered.to_string(),
                decimal(i.difficulty),
                decimal(i.discrimination),
                decimal(i.upper_lower),
                i.options
                    .iter()
                    .map(|(o, n)| format!("{o}:{n}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                i.flags
                    .iter()
                    .map(|f| flag_id(*f))
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    table(&header, body)
}

/// The group in one JSON document.
pub fn summary_json(
    bank: &Bank,
    reference: &BankRef,
    summary: &Summary,
    dists: &[Distribution],
    items: &[ItemStats],
    generated_at: &str,
) -> String {
    let competencies = bank
        .competencies
        .iter()
        .zip(dists)
        .map(|(c, d)| {
            let levels = d
                .levels
                .iter()
                .map(|(l, n)| {
                    Enc::new()
                        .str("level", l)
                        .int("count", u64::from(*n))
                        .done()
                })
                .collect();
            Enc::new()
                .str("id", &c.id)
                .int("participants", u64::from(d.n))
                .opt_int("mean_bp", d.mean_bp.map(u64::from))
                .val("levels", Value::Array(levels))
                .val(
                    "bins",
                    Value::Array(d.bins.iter().map(|b| Value::from(*b)).collect()),
                )
                .done()
        })
        .collect();
    let flagged = items
        .iter()
        .filter(|i| !i.flags.is_empty())
        .map(|i| {
            Enc::new()
                .str("id", &i.id)
                .val(
                    "flags",
                    Value::Array(i.flags.iter().map(|f| Value::from(flag_id(*f))).collect()),
                )
                .done()
        })
        .collect();
    let files = Enc::new()
        .int("files", summary.files as u64)
        .int("accepted", summary.accepted as u64)
        .int("migrated", summary.migrated as u64)
        .int("edited", summary.edited as u64)
        .int("duplicates", summary.duplicates as u64)
        .int("unknown_bank", summary.unknown_bank as u64)
        .int("rejected", summary.rejected as u64)
        .done();
    to_pretty(
        &SUMMARY_FORMAT
            .start()
            .str("generated_at", generated_at)
            .val("bank", reference.write())
            .str("practice_guide", bank.practice_guide())
            .val("files", files)
            .val("competencies", Value::Array(competencies))
            .val("flagged_items", Value::Array(flagged))
            .done(),
    )
}

/// The `format` and `format_version` of the group summary (written only: nothing reads it back).
pub const SUMMARY_FORMAT: Format = Format::first("pilar-siap/cohort-summary");
