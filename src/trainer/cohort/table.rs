//! The participants table: sortable by any column, 50 rows a page, a row opens the report.

use crate::domain::bank::CheckedBank;
use crate::i18n::trainer::TKey;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::cohort::stats::Row;
use crate::i18n::{mode_name, percent, t, Key};
use crate::ui::tr;
use crate::view::regions::region_name;

const PAGE: usize = 50;

/// What the table is sorted by, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Column {
    #[default]
    Name,
    Role,
    Region,
    Date,
    Overall,
    Competency(usize),
}

impl Sort {
    pub fn apply(self, rows: &mut [Row]) {
        let score = |r: &Row, i: usize| r.competencies.get(i).cloned().flatten().map(|c| c.0);
        rows.sort_by(|a, b| {
            let o = match self.column {
                Column::Name => a.name.cmp(&b.name),
                Column::Role => a.role.cmp(&b.role),
                Column::Region => a.region.cmp(&b.region),
                Column::Date => a.finished_at.cmp(&b.finished_at),
                Column::Overall => a.overall_bp.cmp(&b.overall_bp),
                Column::Competency(i) => score(a, i).cmp(&score(b, i)),
            };
            if self.descending {
                o.reverse()
            } else {
                o
            }
        });
    }

    fn toggle(self, column: Column) -> Sort {
        Sort {
            column,
            descending: self.column == column && !self.descending,
        }
    }

    fn aria(self, column: Column) -> &'static str {
        match (self.column == column, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }
}

#[component]
pub fn ParticipantsTable(
    bank: Arc<CheckedBank>,
    rows: Memo<Vec<Row>>,
    sort: RwSignal<Sort>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let page = RwSignal::new(0usize);
    Effect::new(move |_| {
        rows.track();
        page.set(0);
    });
    let pages = move || rows.with(|r| r.len().div_ceil(PAGE)).max(1);
    let header = move |column: Column, label: String| {
        view! {
            <th scope="col" aria-sort=move || sort.get().aria(column)>
                <button type="button" class="sort" on:click=move |_| sort.update(|s| *s = s.toggle(column))>{label}</button>
            </th>
        }
    };
    let levels = bank.clone();
    let labels = move |c: usize, level: &str| {
        levels
            .bank
            .competencies
            .get(c)
            .and_then(|k| k.rubric.iter().find(|l| l.id == level))
            .map(|l| l.label.clone())
            .unwrap_or_default()
    };
    let body = move || {
        let p = page.get();
        rows.with(|rows| {
            rows.iter()
                .skip(p * PAGE)
                .take(PAGE)
                .map(|r| {
                    let index = r.index;
                    let cells = r
                        .competencies
                        .iter()
                        .enumerate()
                        .map(|(c, s)| match s {
                            Some((bp, level, _)) => view! {
                                <td class=format!("cell level-cell-{level}")>{percent(*bp)} " " <span class="muted">{labels(c, level)}</span></td>
                            }
                            .into_any(),
                            None => view! { <td>"–"</td> }.into_any(),
                        })
                        .collect_view();
                    let mode = r.mode;
                    view! {
                        <tr class:selected=move || selected.get() == Some(index)>
                            <th scope="row">
                                <button type="button" class="link-button" on:click=move |_| selected.set(Some(index))>{r.name.clone()}</button>
                            </th>
                            <td>{r.role.clone()}</td>
                            <td>{region_name(&r.region).unwrap_or(&r.region).to_owned()}</td>
                            <td>{move || mode_name(lang.get(), mode)}</td>
                            <td>{r.finished_at.get(..10).unwrap_or("").to_owned()}</td>
                            <td>{r.overall_bp.map_or_else(|| "–".to_owned(), percent)}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let l = lang.get_untracked();
    // Each bank's group has its own pager: the label names the bank, so landmarks stay unique.
    let which = format!("{} {}", bank.bank.title, bank.bank.version);
    let pager_label = move || format!("{} · {which}", t(lang.get(), TKey::Pages));
    let comp_headers = bank
        .bank
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| header(Column::Competency(i), format!("{}. {}", i + 1, c.id)))
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="participants">
                <thead>
                    <tr>
                        {header(Column::Name, t(l, Key::NameLabel).to_owned())}
                        {header(Column::Role, t(l, Key::Role).to_owned())}
                        {header(Column::Region, t(l, Key::Region).to_owned())}
                        <th scope="col">{tr(Key::Mode)}</th>
                        {header(Column::Date, t(l, Key::Date).to_owned())}
                        {header(Column::Overall, t(l, TKey::Overall).to_owned())}
                        {comp_headers}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <nav class="pager" aria-label=pager_label>
            <button type="button" class="btn secondary" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                {tr(Key::Previous)}
            </button>
            <span>{move || format!("{} / {}", page.get() + 1, pages())}</span>
            <button type="button" class="btn secondary" disabled=move || page.get() + 1 >= pages() on:click=move |_| page.update(|p| *p += 1)>
                {tr(Key::Next)}
            </button>
        </nav>
    }
}
