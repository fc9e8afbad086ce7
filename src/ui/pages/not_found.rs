use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::components::PageTitle;
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::NotFoundTitle)/>
        <p>{tr(Key::NotFoundText)}</p>
        <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
    }
}
