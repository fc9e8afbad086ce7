//! The interface language, remembered on the device.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::platform::storage;
use crate::view::storage_keys;

/// The language every text is shown in; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct Language(RwSignal<Lang>);

impl Language {
    /// The language last chosen on this device (Bahasa Indonesia at first).
    pub fn restore() -> Self {
        let lang = storage::get(storage_keys::LANG)
            .ok()
            .flatten()
            .and_then(|t| Lang::from_tag(&t))
            .unwrap_or_default();
        Language(RwSignal::new(lang))
    }

    /// The language, tracked: what reads it is shown again when it changes.
    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    /// Switches the language and remembers the choice.
    pub fn set(self, lang: Lang) {
        self.0.set(lang);
        let _ = storage::set(storage_keys::LANG, lang.tag());
    }
}

/// Provides the language remembered on the device to the components below.
pub fn provide_language() -> Language {
    let lang = Language::restore();
    provide_context(lang);
    lang
}

/// The language from context.
pub fn use_lang() -> Language {
    expect_context::<Language>()
}
