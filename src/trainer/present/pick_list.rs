//! The items a new session can show, each with a box to pick it (picked ones show in the order
//! picked).

use leptos::prelude::*;

use super::setup_form::SetupForm;
use crate::view::present_setup::toggle_pick;

#[component]
pub fn PickList(form: SetupForm) -> impl IntoView {
    let picked = form.picked;
    let items = move || {
        form.pool()
            .into_iter()
            .map(|item| {
                let (check_id, pick_id) = (item.id.clone(), item.id.clone());
                let on = move || picked.with(|p| p.contains(&check_id));
                let flip = move |_| picked.update(|p| toggle_pick(p, &pick_id));
                view! {
                    <li><label class="check">
                        <input type="checkbox" prop:checked=on on:change=flip/>
                        <span><code>{item.id}</code> " · " {item.kind} " · " {item.prompt}</span>
                    </label></li>
                }
            })
            .collect_view()
    };
    view! { <ol class="pick-list">{items}</ol> }
}
