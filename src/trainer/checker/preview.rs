//! Every item as a candidate will see it, with its key, explanation and source.

use crate::i18n::trainer::TKey;
use crate::ui::shared::use_lang;
use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::scoring::key_answer;
use crate::i18n::{t, Key, Lang};
use crate::ui::components::{ItemView, SourceLine};
use crate::ui::tr;
use crate::view::describe::{key_text, source_of};

#[component]
pub fn BankPreview(bank: Arc<CheckedBank>) -> impl IntoView {
    let lang = use_lang();
    let b = &bank.bank;
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for i in &b.items {
        *kinds.entry(i.body.kind_name()).or_default() += 1;
    }
    let kinds = kinds
        .into_iter()
        .map(|(k, n)| format!("{k}: {n}"))
        .collect::<Vec<_>>()
        .join(" · ");
    let per_competency = b
        .competencies
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c.id,
                b.items
                    .iter()
                    .filter(|i| i.weight_for(&c.id).is_some())
                    .count()
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let items = b
        .items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let key = key_text(item, lang.get_untracked());
            let answer = Signal::stored(key_answer(&item.body));
            let source = source_of(b, item);
            let roles = if item.common.roles.is_empty() { t(Lang::Id, TKey::AllRoles).to_owned() } else { item.common.roles.join(", ") };
            let tags = item.common.competencies.iter().map(|w| format!("{} ({})", w.id, w.weight)).collect::<Vec<_>>().join(", ");
            view! {
                <li class="card preview-item">
                    <p class="muted">
                        {(n + 1).to_string()} " · " <code>{item.common.id.clone()}</code> " · "
                        {item.body.kind_name()} " · " {tags} " · " {roles}
                    </p>
                    <ItemView item=item.clone() anchors=b.likert_anchors.clone() answer locked=true on_answer=Callback::new(|_| {})/>
                    {(!key.is_empty()).then(|| view! {
                        <p><strong>{tr(Key::RightAnswer)} ": "</strong>{key.clone()}</p>
                    })}
                    <p>{item.common.explanation.clone()}</p>
                    {source.map(|(title, url)| view! { <SourceLine title url/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="preview">
            <h2>{tr(TKey::PreviewTitle)} ": " {b.title.clone()}</h2>
            <p class="muted">
                <code>{b.id.clone()}</code> " · " {tr(TKey::Version)} " " {b.version.clone()} " · "
                {b.items.len()} " " {tr(Key::ItemsWord)} " · sha256 " <code>{bank.reference.sha256.get(..16).unwrap_or("").to_owned()}</code>
            </p>
            <p class="muted">{kinds}</p>
            <p class="muted">{per_competency}</p>
            <ol class="preview-items">{items}</ol>
        </section>
    }
}
