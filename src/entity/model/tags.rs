//! The tag set: BIO over the four CoNLL classes.

use crate::entity::EntityLabel;

/// Number of tags: O, then B- and I- for each of the four labels.
pub(crate) const TAGS: usize = 9;

/// A BIO tag, as an index below [`TAGS`]: 0 is O, `1 + 2 * label` is B-,
/// `2 + 2 * label` is I-.
pub(crate) type Tag = u8;

pub(crate) const O: Tag = 0;

const LABELS: [EntityLabel; 4] = [
    EntityLabel::Person,
    EntityLabel::Org,
    EntityLabel::Loc,
    EntityLabel::Misc,
];

pub(crate) fn begin(label: EntityLabel) -> Tag {
    1 + 2 * label_index(label)
}

pub(crate) fn inside(label: EntityLabel) -> Tag {
    2 + 2 * label_index(label)
}

fn label_index(label: EntityLabel) -> u8 {
    LABELS.iter().position(|l| *l == label).unwrap_or(3) as u8
}

/// The label a tag belongs to; `None` for O.
#[inline]
pub(crate) fn label(tag: Tag) -> Option<EntityLabel> {
    (tag != O).then(|| LABELS[usize::from((tag - 1) / 2)])
}

pub(crate) fn is_inside(tag: Tag) -> bool {
    tag != O && (tag - 1) % 2 == 1
}

/// Whether `next` may follow `previous` (`None`: the sentence start): an
/// I- tag only continues its own label.
pub(crate) fn allowed(previous: Option<Tag>, next: Tag) -> bool {
    !is_inside(next) || previous.is_some_and(|p| p != O && label(p) == label(next))
}

/// Spans `(start, end, label)` of a tag sequence, in token indices.
pub(crate) fn spans(tags: &[Tag]) -> Vec<(usize, usize, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = is_inside(tag) && open.is_some_and(|(_, l)| Some(l) == label(tag));
        if continues {
            continue;
        }
        if let Some((start, l)) = open.take() {
            out.push((start, i, l));
        }
        if let Some(l) = label(tag) {
            open = Some((i, l));
        }
    }
    if let Some((start, l)) = open {
        out.push((start, tags.len(), l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_labels() {
        for label in LABELS {
            assert_eq!(super::label(begin(label)), Some(label));
            assert_eq!(super::label(inside(label)), Some(label));
            assert!(is_inside(inside(label)) && !is_inside(begin(label)));
        }
        assert_eq!(super::label(O), None);
    }

    #[test]
    fn spans_from_bio() {
        let per = EntityLabel::Person;
        let loc = EntityLabel::Loc;
        let tags = [
            begin(per),
            inside(per),
            O,
            begin(loc),
            begin(loc),
            inside(loc),
        ];
        assert_eq!(spans(&tags), [(0, 2, per), (3, 4, loc), (4, 6, loc)]);
        assert!(!allowed(None, inside(per)) && !allowed(Some(begin(loc)), inside(per)));
        assert!(allowed(Some(begin(per)), inside(per)));
    }
}
