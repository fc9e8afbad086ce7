//! A page from a chunk fetched when first opened: a loading note while it comes (it is usually
//! here already, see `pages::split::preload`, and then shows at once), and if it cannot be
//! fetched, a page that says so with a retry.

use std::future::Future;

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;

use super::PageTitle;
use crate::i18n::Key;
use crate::ui::pages::split::Page;
use crate::ui::tr;

#[component]
pub fn Later<F, Fut>(page: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Page> + 'static,
{
    let tries = RwSignal::new(0u32);
    let shown = move || {
        tries.track();
        let page = SendWrapper::new(page());
        Suspend::new(async move {
            page.await.unwrap_or_else(|_| {
                view! {
                    <PageTitle text=tr(Key::PageNotLoadedTitle)/>
                    <div class="banner error" role="alert">
                        <p>{tr(Key::PageNotLoaded)}</p>
                        <button type="button" class="btn" on:click=move |_| tries.update(|n| *n += 1)>
                            {tr(Key::Retry)}
                        </button>
                    </div>
                }
                .into_any()
            })
        })
    };
    let loading = || view! { <p class="loading" role="status">{tr(Key::LoadingPage)}</p> };
    view! { <Suspense fallback=loading>{shown}</Suspense> }
}
