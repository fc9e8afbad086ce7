//! How one item is laid out as projector slides: what the room reads first (the question, with a
//! count of raised cards per answer), then what the trainer reveals (the answer, the room's
//! result, the explanation, the source). Text never shrinks below the projector floor, so an item
//! too long for one screen is split into several slides instead; this decides where, from the
//! length of the text, so it is the same on every device and testable here.

use crate::domain::bank::{Bank, Item, ItemBody};
use crate::domain::present::session::Session;

/// One piece of a slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Scenario,
    Prompt,
    /// An answer the room can give (option, true/false, or a point of the 1–5 scale), with its
    /// count of raised cards.
    Answer(usize),
    /// A line of guidance for an open answer.
    Guidance(usize),
    /// The right answer(s) or, for situational items, the best one.
    Key,
    /// What the room answered, in one line.
    RoomResult,
    Explanation,
    Source,
    ModelAnswer,
    /// A rubric criterion with what its highest level looks like.
    Criterion(usize),
}

/// One screen of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    pub blocks: Vec<Block>,
    /// A slide after the question: showing it reveals the answer.
    pub reveal: bool,
}

/// Lines of body text one screen holds at the floor size (16:9, 32 px at 1280×720), counting
/// the space between blocks; kept below what fits so wrapping and wide letters have room.
pub const LINES_PER_SLIDE: f64 = 15.0;
/// Characters per line of full-width text at the floor size (about 75 fit; fewer are assumed).
const WIDE: usize = 62;
/// Characters per line beside an answer's letter and count.
const NARROW: usize = 50;
/// Space between blocks, in lines.
const GAP: f64 = 0.45;

fn lines(chars: usize, width: usize) -> f64 {
    chars.div_ceil(width).max(1) as f64
}

/// Texts an item shows, by block, as the planner needs them.
pub struct Texts<'a> {
    pub item: &'a Item,
    /// The bank's five can-do labels (used when the item has none of its own).
    pub likert: &'a [String],
    /// How many characters the source line has (title and locator).
    pub source_chars: usize,
}

impl Texts<'_> {
    fn cost(&self, block: Block) -> f64 {
        let item = self.item;
        let len = |s: &str| s.chars().count();
        let body = &item.body;
        let c = match block {
            Block::Scenario => match body {
                ItemBody::Situational { scenario, .. } => lines(len(scenario), WIDE),
                _ => 0.0,
            },
            Block::Prompt => lines(len(&item.common.prompt), WIDE),
            Block::Answer(i) => lines(answer_text(item, self.likert, i).map_or(1, len), NARROW),
            Block::Guidance(i) => match body {
                ItemBody::OpenAnswer { guidance, .. } => {
                    lines(guidance.get(i).map_or(1, |g| len(g) + 2), WIDE)
                }
                _ => 0.0,
            },
            Block::Key => {
                key_answers(item)
                    .iter()
                    .map(|i| lines(answer_text(item, self.likert, *i).map_or(1, len) + 4, WIDE))
                    .sum::<f64>()
                    + 1.0
            }
            Block::RoomResult => 2.0,
            Block::Explanation => lines(len(&item.common.explanation), WIDE),
            Block::Source => lines(self.source_chars + 8, WIDE),
            Block::ModelAnswer => match body {
                ItemBody::OpenAnswer { model_answer, .. } => lines(len(model_answer), WIDE) + 1.0,
                _ => 0.0,
            },
            Block::Criterion(i) => match body {
                ItemBody::OpenAnswer { criteria, .. } => criteria.get(i).map_or(1.0, |c| {
                    lines(
                        len(&c.name) + c.levels.last().map_or(0, |l| len(l)) + 3,
                        WIDE,
                    )
                }),
                _ => 0.0,
            },
        };
        c + GAP
    }

    fn cost_all(&self, blocks: &[Block]) -> f64 {
        blocks.iter().map(|b| self.cost(*b)).sum()
    }

    /// Packs `blocks` in order into slides, each starting with `head` (repeated so a
    /// continuation still shows what is asked).
    fn pack(&self, head: Option<Block>, blocks: &[Block], reveal: bool) -> Vec<Slide> {
        let start = || Vec::from_iter(head);
        let mut slides = Vec::new();
        let mut now = start();
        for b in blocks {
            let mut with = now.clone();
            with.push(*b);
            if self.cost_all(&with) > LINES_PER_SLIDE && now.len() > usize::from(head.is_some()) {
                slides.push(Slide {
                    blocks: std::mem::replace(&mut now, start()),
                    reveal,
                });
                now.push(*b);
            } else {
                now = with;
            }
        }
        if now.len() > usize::from(head.is_some()) || slides.is_empty() {
            slides.push(Slide {
                blocks: now,
                reveal,
            });
        }
        slides
    }
}

/// The text of answer `i` of `item` as the room sees it (true/false and the 1–5 scale have no
/// text of their own in the bank: `None` there, the page supplies the words).
pub fn answer_text<'a>(item: &'a Item, likert: &'a [String], i: usize) -> Option<&'a str> {
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            options.get(i).map(|o| o.text.as_str())
        }
        ItemBody::Situational { options, .. } => options.get(i).map(|o| o.text.as_str()),
        ItemBody::Likert { anchors } => {
            let labels = if anchors.len() == 5 {
                anchors.as_slice()
            } else {
                likert
            };
            labels.get(i).map(String::as_str)
        }
        _ => None,
    }
}

/// The answers a reveal shows as right: the correct options, the true/false answer, or the
/// situational options with full credit.
pub fn key_answers(item: &Item) -> Vec<usize> {
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.correct)
            .map(|(i, _)| i)
            .collect(),
        ItemBody::Situational { options, .. } => options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.credit >= 1.0)
            .map(|(i, _)| i)
            .collect(),
        ItemBody::TrueFalse { answer } => vec![if *answer { 0 } else { 1 }],
        _ => Vec::new(),
    }
}

/// The slides of one item: the question (split if long), then the reveal.
pub fn plan(texts: &Texts) -> Vec<Slide> {
    let item = texts.item;
    let answers: Vec<Block> = (0..crate::domain::present::session::answer_count(item))
        .map(Block::Answer)
        .collect();
    let mut slides = match &item.body {
        ItemBody::OpenAnswer { guidance, .. } => {
            let g: Vec<Block> = (0..guidance.len()).map(Block::Guidance).collect();
            texts.pack(Some(Block::Prompt), &g, false)
        }
        ItemBody::Situational { .. } => {
            let mut all = vec![Block::Scenario, Block::Prompt];
            all.extend(&answers);
            if texts.cost_all(&all) <= LINES_PER_SLIDE {
                vec![Slide {
                    blocks: all,
                    reveal: false,
                }]
            } else {
                let mut s = vec![Slide {
                    blocks: vec![Block::Scenario, Block::Prompt],
                    reveal: false,
                }];
                s.extend(texts.pack(Some(Block::Prompt), &answers, false));
                s
            }
        }
        _ => texts.pack(Some(Block::Prompt), &answers, false),
    };
    let reveal: Vec<Block> = match &item.body {
        ItemBody::OpenAnswer { criteria, .. } => {
            let mut r = vec![Block::ModelAnswer];
            r.extend((0..criteria.len()).map(Block::Criterion));
            r.extend([Block::Explanation, Block::Source]);
            r
        }
        ItemBody::Likert { .. } => vec![Block::RoomResult, Block::Explanation, Block::Source],
        _ => vec![
            Block::Key,
            Block::RoomResult,
            Block::Explanation,
            Block::Source,
        ],
    };
    slides.extend(texts.pack(None, &reveal, true));
    slides
}

/// Where the presenter is: an item and one of its slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    pub item: usize,
    pub slide: usize,
}

/// The next place, given how many slides each item has; `None` after the last slide.
pub fn next(at: Place, slides: impl Fn(usize) -> usize, items: usize) -> Option<Place> {
    if at.slide + 1 < slides(at.item) {
        Some(Place {
            item: at.item,
            slide: at.slide + 1,
        })
    } else if at.item + 1 < items {
        Some(Place {
            item: at.item + 1,
            slide: 0,
        })
    } else {
        None
    }
}

/// The place before: the previous slide, or the last slide of the previous item.
pub fn back(at: Place, slides: impl Fn(usize) -> usize) -> Place {
    if at.slide > 0 {
        Place {
            item: at.item,
            slide: at.slide - 1,
        }
    } else if at.item > 0 {
        Place {
            item: at.item - 1,
            slide: slides(at.item - 1).saturating_sub(1),
        }
    } else {
        at
    }
}

/// Reveal: from a question slide to the first reveal slide; from a reveal slide back to the
/// question.
pub fn toggle_reveal(plan: &[Slide], slide: usize) -> usize {
    let first_reveal = plan.iter().position(|s| s.reveal).unwrap_or(0);
    if plan.get(slide).is_some_and(|s| s.reveal) {
        0
    } else {
        first_reveal
    }
}

/// The slides of every item of a session, in order: what the presenter moves through.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deck {
    items: Vec<(Item, Vec<Slide>)>,
}

/// What a move did: whether it reached another item, and whether its slide shows the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub other_item: bool,
    pub reveals: bool,
}

/// How long the item's source line is: the source's title and the place in it.
pub fn source_chars(bank: &Bank, item: &Item) -> usize {
    item.common.source.as_ref().map_or(0, |s| {
        bank.source(&s.source)
            .map_or(0, |x| x.title.chars().count())
            + s.locator.chars().count()
    })
}

impl Deck {
    /// The slides of the items `ids` of `bank`, in order (ids the bank lacks are left out).
    pub fn plan(bank: &Bank, ids: &[String]) -> Deck {
        let items = ids
            .iter()
            .filter_map(|id| bank.item(id))
            .map(|item| {
                let source_chars = source_chars(bank, item);
                let slides = plan(&Texts {
                    item,
                    likert: &bank.likert_anchors,
                    source_chars,
                });
                (item.clone(), slides)
            })
            .collect();
        Deck { items }
    }

    /// Opens `session` on `bank`: items the bank lacks are dropped, and a place past the end (a
    /// hand-edited record, a bank with fewer slides) comes back to the last item and slide.
    pub fn open(bank: &Bank, session: &mut Session) -> Deck {
        session.items.retain(|id| bank.item(id).is_some());
        let deck = Deck::plan(bank, &session.items);
        session.position = session.position.min(deck.len().saturating_sub(1));
        session.slide = session
            .slide
            .min(deck.slides_of(session.position).saturating_sub(1));
        deck
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many slides item `i` has (one, for an item past the end).
    pub fn slides_of(&self, i: usize) -> usize {
        self.items.get(i).map_or(1, |p| p.1.len())
    }

    /// The item and the slide at `at`.
    pub fn at(&self, at: Place) -> Option<(&Item, &Slide)> {
        let (item, slides) = self.items.get(at.item)?;
        Some((item, slides.get(at.slide)?))
    }

    /// `at` is a question slide (not the answer, and not past the end).
    pub fn on_question(&self, at: Place) -> bool {
        self.at(at).is_some_and(|(_, s)| !s.reveal)
    }

    /// `at` shows the answer.
    pub fn shows_answer(&self, at: Place) -> bool {
        self.at(at).is_some_and(|(_, s)| s.reveal)
    }

    /// The next place; `None` after the last slide (the summary comes next).
    pub fn next(&self, at: Place) -> Option<Place> {
        next(at, |i| self.slides_of(i), self.len())
    }

    /// The place before (the first slide stays).
    pub fn back(&self, at: Place) -> Place {
        back(at, |i| self.slides_of(i))
    }

    /// The place R goes to: the item's answer from its question, its question from its answer.
    pub fn reveal(&self, at: Place) -> Option<Place> {
        let (_, slides) = self.items.get(at.item)?;
        Some(Place {
            item: at.item,
            slide: toggle_reveal(slides, at.slide),
        })
    }

    /// Moves `session` to `to`; any place that is not a question slide counts the item as
    /// revealed.
    pub fn go(&self, session: &mut Session, to: Place) -> Move {
        let from = session.place();
        let reveals = !self.on_question(to);
        session.go(to, reveals);
        Move {
            other_item: to.item != from.item,
            reveals,
        }
    }
}
