//! The participant's kabupaten/kota.

use leptos::prelude::*;

use super::field_error::field_error;
use crate::i18n::Key;
use crate::ui::tr;
use crate::view::regions::REGIONS;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn region_field(region: RwSignal<String>, invalid: Signal<bool>) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{tr(Key::RegionLabel)}</span>
            <select
                name="region"
                aria-invalid=move || invalid.get().to_string()
                on:change=move |ev| region.set(event_target_value(&ev))
            >
                <option value="">{tr(Key::RegionPlaceholder)}</option>
                {REGIONS
                    .iter()
                    .map(|&(id, label)| {
                        view! {
                            <option value=id selected=move || region.with(|r| r == id)>
                                {label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {field_error(invalid, Key::RegionRequired)}
        </label>
    }
}
