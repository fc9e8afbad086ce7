//! The translation layer: every user-facing string of the app's own (bank content stays in the
//! bank's language). Each language is one exhaustive `match` over [`Key`], so a key missing in
//! either language is a compile error; a test checks none is empty.

/// A word set written with both languages side by side (Sunting Bank's, the trainers'): the
/// enum `$set` of its keys, `$set::ALL`, and `$text(lang, key)`.
macro_rules! word_set {
    ($(#[$doc:meta])* $set:ident, $text:ident { $($k:ident => $id:literal, $en:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $set { $($k),* }
        impl $set {
            /// Every key, for tests.
            pub const ALL: &'static [$set] = &[$($set::$k),*];
        }
        /// The text of `key` in `lang`.
        pub fn $text(lang: Lang, key: $set) -> &'static str {
            match (lang, key) {
                $( (Lang::Id, $set::$k) => $id, (Lang::En, $set::$k) => $en, )*
            }
        }
    };
}

mod cues;
pub mod editor;
mod en;
pub mod handover;
mod id;
pub mod learning;
mod messages;
mod problems;
pub mod trainer;

pub use cues::{absolute_counts, cue_text, key_counts, kind_label, strategy_name, telling_words};
pub use handover::{HKey, SKey};
pub use learning::LKey;
pub use trainer::TKey;

pub use messages::{
    answered_of, clock_text, cohort_summary, count_note, flagged_note, imported_note, item_of,
    lost_note, mode_name, percent, problem_counts, room_mean, room_result, short_attempts_note,
    signed_points, simulation_length, unanswered_note, unknown_bank_note,
};
pub use problems::{problem_line, problem_line_in, problem_text};

/// The app's languages: Bahasa Indonesia first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

macro_rules! keys {
    ($($k:ident),* $(,)?) => {
        /// A user-facing string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key { $($k),* }
        impl Key {
            /// Every key, for tests.
            pub const ALL: &'static [Key] = &[$(Key::$k),*];
        }
    };
}

keys! {
    CrashTitle, CrashText, CrashDownload, CrashReload, SetAsideText, SetAsideDiscard,
    AppName, Tagline, FooterNote, Loading, BankLoadFailed, Retry, PageNotLoaded, PageNotLoadedTitle, LoadingPage,
    SwitchLanguage,
    HomeIntro, HomeAsks, PrivacyTitle, PrivacyText, DisclaimerDefault, StartPractice,
    ResumeTitle, ResumeContinue, ResumeDiscard, ResumeDiscardConfirm, LastResults, BankLabel,
    ItemsWord, CompetenciesWord,
    ProfileTitle, ProfileIntro, NameLabel, NameHint, NameRequired, RoleLabel, RoleRequired,
    RegionLabel, RegionRequired, RegionPlaceholder, StartAttempt,
    Previous, Next,
    SavedOnDevice, StorageFailed, StorageFull, StorageBlocked, DownloadAnswersNow, Measures, TrueLabel, FalseLabel,
    ChooseAll, ChooseOne, LikertHint, OpenWriteLabel, OpenGuidance, OpenShowModel,
    OpenModelAnswer, OpenRateTitle, OpenRateHint, ProgressLabel,
    ResultsTitle, ResultsIntro, EvidenceTested, EvidenceSelf, LevelBasisTested,
    LevelBasisSelf, Recommendation, NotScored, DownloadResults, PracticeAgain, Home, NoAttempt,
    Participant, Role, Region, Date,
    NotFoundTitle, NotFoundText,
    ProblemError, ProblemWarning, ProblemAt,
    ShareHeading, SharePracticeGuide, ShareTitle, Share, DownloadXapi, ShareTextLabel, CopyText, Copied, CopyFailed, Competency, Level, Basis, Change,
    PracticeCode, PracticeCodeHint, PracticeCodeInvalid, PracticeCodeShort,
    RemoveBank, BankFromAddress, ChooseBank, BundledBank, TrainerTools, UseBundledBank,
    PickFiles, BankNotKept,
    CuesTooFew,
    ChooseBest, TrueOrFalse, SpeakingTimer, SpeakingHint, SpeakingDone, TimerStart, TimerPause, TimerReset, Source, SelfRecorded, Correct, Incorrect, PartlyCorrect, RightAnswer, OneMinuteLeft, FiveMinutesLeft, TimeLeft, RadarTitle, SincePrevious, NotAnswered, YourAnswer, ItemReviewTitle, Flag, Unflag, ReviewLink, QuizNavigation, ToReview, Check, ShortcutsTitle, ShortcutsText, ReviewTitle, Submit, BackToItems, SubmitNote, Flagged, NoResults, OtherBankReport, Mode, TimedOutNote, Print, HistoryTitle, ProfileSummary, ComparedWithPrevious, Open, HistoryIntro, HistoryEmpty, ImportResults, ExportHistory, ClearHistory, ClearHistoryTitle, ClearHistoryText, ClearHistoryConfirm, Cancel, ModePracticeText, ResumeLoading, ModeSimulationText, ModeInterviewText, StartSimulation, StartInterview, StartReview,
    PickSomeItems, SetSaved, ItemsChosen, AnswerShown, TimeUp, UpdateReady, UpdateNow,
}

/// A key of one of the app's word sets: the shared [`Key`], the trainers' [`trainer::TKey`],
/// Sunting Bank's [`editor::EKey`]; each set is linked only where it is used.
pub trait Words: Copy + Send + Sync + 'static {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

impl Words for Key {
    fn text(self, lang: Lang) -> &'static str {
        key_text(lang, self)
    }
}

impl Words for trainer::TKey {
    fn text(self, lang: Lang) -> &'static str {
        trainer::tt(lang, self)
    }
}

impl Words for learning::LKey {
    fn text(self, lang: Lang) -> &'static str {
        learning::lt(lang, self)
    }
}

impl Words for handover::HKey {
    fn text(self, lang: Lang) -> &'static str {
        handover::ht(lang, self)
    }
}

impl Words for handover::SKey {
    fn text(self, lang: Lang) -> &'static str {
        handover::st(lang, self)
    }
}

impl Words for editor::EKey {
    fn text(self, lang: Lang) -> &'static str {
        editor::et(lang, self)
    }
}

/// The text of `key` (of any word set) in `lang`.
pub fn t<K: Words>(lang: Lang, key: K) -> &'static str {
    key.text(lang)
}

fn key_text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Id => id::text(key),
        Lang::En => en::text(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages() {
        for &k in Key::ALL {
            for lang in [Lang::Id, Lang::En] {
                assert!(!t(lang, k).trim().is_empty(), "{k:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn languages_differ_where_they_should() {
        let same: Vec<_> = Key::ALL
            .iter()
            .filter(|&&k| t(Lang::Id, k) == t(Lang::En, k))
            .collect();
        assert_eq!(same, vec![&Key::AppName, &Key::Mode], "untranslated keys");
    }
}
