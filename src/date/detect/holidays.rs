//! Holidays that news dates events by: "Thanksgiving Day", "last
//! Christmas", "New Year's Eve".

use super::Scanner;
use crate::date::expr::{Expr, Holiday};

/// Each holiday with its name as tokens; "’s" matches either apostrophe.
/// Longer names come before their prefixes; each opens with a capital.
#[rustfmt::skip]
const NAMES: &[(&[&str], Holiday)] = &[
    (&["Christmas", "Eve"], Holiday::Fixed { month: 12, day: 24 }),
    (&["Christmas", "Day"], Holiday::Fixed { month: 12, day: 25 }),
    (&["Christmas"], Holiday::Fixed { month: 12, day: 25 }),
    (&["New", "Year", "’s", "Eve"], Holiday::Fixed { month: 12, day: 31 }),
    (&["New", "Year", "’s", "Day"], Holiday::Fixed { month: 1, day: 1 }),
    (&["Valentine", "’s", "Day"], Holiday::Fixed { month: 2, day: 14 }),
    (&["Independence", "Day"], Holiday::Fixed { month: 7, day: 4 }),
    (&["Fourth", "of", "July"], Holiday::Fixed { month: 7, day: 4 }),
    (&["Halloween"], Holiday::Fixed { month: 10, day: 31 }),
    (&["Veterans", "Day"], Holiday::Fixed { month: 11, day: 11 }),
    // The fourth Thursday of November, the first Monday of September, the
    // last Monday of May.
    (&["Thanksgiving", "Day"], Holiday::NthWeekday { month: 11, weekday: 4, nth: 4 }),
    (&["Thanksgiving"], Holiday::NthWeekday { month: 11, weekday: 4, nth: 4 }),
    (&["Labor", "Day"], Holiday::NthWeekday { month: 9, weekday: 1, nth: 1 }),
    (&["Memorial", "Day"], Holiday::NthWeekday { month: 5, weekday: 1, nth: -1 }),
];

impl Scanner<'_> {
    /// A holiday's name, with "last" or "next" before it.
    pub(super) fn holiday(&self, i: usize, end: usize) -> Option<(usize, Expr)> {
        let direction = match self.lower(i) {
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        };
        let start = if direction.is_some() { i + 1 } else { i };
        // Every name opens with a capital: most words need no comparing.
        if !self
            .text(start)
            .starts_with(|c: char| c.is_ascii_uppercase())
        {
            return None;
        }
        NAMES.iter().find_map(|(name, holiday)| {
            let stop = start + name.len();
            let matches = stop <= end
                && name.iter().enumerate().all(|(k, word)| {
                    let token = self.text(start + k);
                    token == *word || (*word == "’s" && token == "'s")
                });
            matches.then_some((stop, Expr::Holiday(*holiday, direction)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::NAMES;

    #[test]
    fn every_name_opens_with_a_capital() {
        // `holiday` skips words without one before comparing names.
        for (name, _) in NAMES {
            assert!(
                name[0].starts_with(|c: char| c.is_ascii_uppercase()),
                "{name:?}"
            );
        }
    }
}
