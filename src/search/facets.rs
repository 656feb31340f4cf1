//! Facet counts over a whole result set, fast enough to run with every query.
//!
//! tantivy's `FacetCollector` rebuilds, for every query and every segment, a map of the facet
//! dictionary, which costs more than the search itself on a 36,000-article index. Here each
//! segment's dictionary is read once per [`Engine`](super::Engine) into a table of names by
//! ordinal ([`FacetNames`]); collecting is then one array increment per facet value of each
//! matching document, and names are looked up only for the values that were seen.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;

use super::Count64;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

type NameTables = HashMap<(SegmentId, &'static str), Arc<Vec<String>>>;

/// Facet names by ordinal, per segment and field, read once and shared by every query.
#[derive(Clone, Default)]
pub struct FacetNames {
    tables: Arc<Mutex<NameTables>>,
}

impl FacetNames {
    fn table(
        &self,
        segment: &SegmentReader,
        field: &'static str,
        facets: &FacetReader,
    ) -> tantivy::Result<Arc<Vec<String>>> {
        let key = (segment.segment_id(), field);
        if let Some(table) = self.tables.lock().ok().and_then(|t| t.get(&key).cloned()) {
            return Ok(table);
        }
        let mut names = Vec::with_capacity(facets.num_facets());
        let mut stream = facets.facet_dict().stream()?;
        while stream.advance() {
            names.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        let table = Arc::new(names);
        if let Ok(mut tables) = self.tables.lock() {
            tables.insert(key, table.clone());
        }
        Ok(table)
    }
}

/// Counts the values of one facet field among the matching documents. The fruit maps each
/// value (the facet's path, levels separated by NUL) to its number of documents.
pub struct FacetCounter {
    pub field: &'static str,
    pub names: FacetNames,
}

pub struct SegmentFacetCounter {
    facets: FacetReader,
    names: Arc<Vec<String>>,
    counts: Vec<u32>,
}

impl Collector for FacetCounter {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _ordinal: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let facets = segment.facet_reader(self.field)?;
        let names = self.names.table(segment, self.field, &facets)?;
        Ok(SegmentFacetCounter {
            counts: vec![0; names.len()],
            facets,
            names,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<HashMap<String, u64>>,
    ) -> tantivy::Result<HashMap<String, u64>> {
        let mut merged = HashMap::new();
        for fruit in fruits {
            for (name, count) in fruit {
                *merged.entry(name).or_insert(0) += count;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for ord in self.facets.facet_ords(doc) {
            if let Some(count) = self.counts.get_mut(ord as usize) {
                *count += 1;
            }
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        self.counts
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0)
            .filter_map(|(ord, &count)| Some((self.names.get(ord)?.clone(), count as u64)))
            .collect()
    }
}

/// Values by decreasing count, then by name.
pub fn ranked(counts: HashMap<String, u64>) -> Vec<(String, u64)> {
    let mut ranked: Vec<(String, u64)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

/// Year and month counts from date facet paths (`2020\0` `04\0` `21`), in date order.
pub fn years_and_months(counts: &HashMap<String, u64>) -> (Vec<Count64>, Vec<Count64>) {
    let mut years: HashMap<&str, u64> = HashMap::new();
    let mut months: HashMap<String, u64> = HashMap::new();
    for (path, &count) in counts {
        let mut steps = path.split('\0');
        let Some(year) = steps.next() else { continue };
        *years.entry(year).or_insert(0) += count;
        if let Some(month) = steps.next() {
            *months.entry(format!("{year}-{month}")).or_insert(0) += count;
        }
    }
    let mut years: Vec<(String, u64)> =
        years.into_iter().map(|(y, c)| (y.to_string(), c)).collect();
    years.sort();
    let mut months: Vec<(String, u64)> = months.into_iter().collect();
    months.sort();
    (years, months)
}
