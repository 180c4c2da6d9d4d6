//! Entity clusters: the mentions of one entity, gathered.
//!
//! The document pass in `canonical` gives every mention the fullest name
//! the article uses for its entity ("McCallum" → "Ken McCallum", "NCSC" →
//! "National Cyber Security Centre"), so a cluster is simply the mentions
//! sharing a canonical name and a label.

use rustc_hash::FxHashMap;

use super::{Entity, EntityLabel};

/// One entity and all its mentions, for an "who and what is named" view.
///
/// ```
/// use article_analyzer::{Analyzer, EntityLabel};
///
/// let text = "Ada Quinlan arrived late. Quinlan apologized to Tom Reyes.";
/// let analysis = Analyzer::new().analyze(text);
/// let quinlan = &analysis.clusters()[0];
/// assert_eq!(quinlan.canonical(), "Ada Quinlan");
/// assert_eq!(quinlan.label(), EntityLabel::Person);
/// assert_eq!(quinlan.mentions(), &[0, 1]);
/// assert_eq!(analysis.entities()[1].cluster(), 0);
/// assert_eq!(analysis.clusters()[1].canonical(), "Tom Reyes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityCluster {
    pub(crate) canonical: String,
    pub(crate) label: EntityLabel,
    pub(crate) mentions: Vec<usize>,
}

impl EntityCluster {
    /// The entity's canonical name, as in [`Entity::canonical`].
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// What kind of entity it is.
    pub fn label(&self) -> EntityLabel {
        self.label
    }

    /// Indices into [`Analysis::entities`](crate::Analysis::entities), in
    /// text order; never empty.
    pub fn mentions(&self) -> &[usize] {
        &self.mentions
    }

    /// The index of the first mention.
    pub fn first_mention(&self) -> usize {
        self.mentions[0]
    }
}

/// Groups mentions into clusters, in order of each cluster's first
/// mention, and tells each mention its cluster.
pub(crate) fn cluster(entities: &mut [Entity]) -> Vec<EntityCluster> {
    let mut clusters: Vec<EntityCluster> = Vec::new();
    let mut index: FxHashMap<(String, EntityLabel), usize> = FxHashMap::default();
    for (i, entity) in entities.iter_mut().enumerate() {
        let key = (entity.canonical.clone(), entity.label);
        let c = *index.entry(key).or_insert_with(|| {
            clusters.push(EntityCluster {
                canonical: entity.canonical.clone(),
                label: entity.label,
                mentions: Vec::new(),
            });
            clusters.len() - 1
        });
        clusters[c].mentions.push(i);
        entity.cluster = c;
    }
    clusters
}
