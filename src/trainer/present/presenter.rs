//! The presenting screen: the bar, the slide at projector scale, the help panel and the blank
//! screen, in the chosen look. Its state and what drives it are in `presenting`.

use crate::i18n::trainer::TKey;
use std::sync::Arc;

use leptos::prelude::*;

use super::help::HelpPanel;
use super::present_bar::PresentBar;
use super::presenting::Presenting;
use super::stage::Stage;
use crate::domain::bank::CheckedBank;
use crate::domain::present::session::Session;
use crate::platform::clock;
use crate::ui::tr;
use crate::view::present_show::{idle, scale_style};

#[component]
pub fn Presenter(bank: Arc<CheckedBank>, session: Session) -> impl IntoView {
    let state = Presenting::new(&bank, session);
    state.keep_saved();
    state.tick();
    state.listen();
    state.fit_to_screen();
    let Presenting {
        session,
        deck,
        look,
        blank,
        help,
        fit,
        now,
        moved,
        ..
    } = state;
    let slide = move || {
        let at = session.with(Session::place);
        let (item, s) = deck.with_value(|d| d.at(at).map(|(i, s)| (i.clone(), s.clone())))?;
        Some(view! { <Stage bank=bank.clone() item slide=s session/> })
    };
    view! {
        <div
            class="present"
            class:dark=move || look.dark.get()
            class:light=move || !look.dark.get()
            class:idle=move || idle(now.get(), moved.get())
            style=move || scale_style(look.scale.get(), fit.get())
            on:mousemove=move |_| moved.set(clock::now_ms())
        >
            <h1 class="sr-only">{tr(TKey::PresentTitle)} ": " {move || session.with(|s| s.name.clone())}</h1>
            <PresentBar state/>
            <div id="slide" class="slide">{slide}</div>
            <Show when=move || help.get()>
                <HelpPanel look help timer_on=state.seconds.is_some() on_timer=Callback::new(move |_| state.toggle_timer())/>
            </Show>
            <div class="blank" class:on=move || blank.get() aria-hidden="true" on:click=move |_| blank.set(false)></div>
        </div>
    }
}
