//! Cycles in a module graph.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// A module graph: each module, the modules it imports, and the line it first imports each on.
pub type Graph = BTreeMap<String, BTreeMap<String, usize>>;

/// Cycles of the graph: one through each module not already on a cycle found, the shortest
/// from it, so that each knot of modules is reported once.
pub fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for start in graph.keys() {
        if seen.contains(start) {
            continue;
        }
        if let Some(path) = path_back(graph, start) {
            seen.extend(path.iter().cloned());
            out.push(path);
        }
    }
    out
}

/// A path from `start` back to itself, if there is one (breadth first, so the shortest).
fn path_back(graph: &Graph, start: &str) -> Option<Vec<String>> {
    let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if next == start {
                // Walk back to `start` (every module found has its `previous`, but `start`).
                let mut path = vec![node.to_owned()];
                let mut at = node;
                while let Some(before) = previous.get(at) {
                    path.push((*before).to_owned());
                    at = before;
                }
                path.reverse();
                path.push(start.to_owned());
                return Some(path);
            }
            if next != start && !previous.contains_key(next.as_str()) {
                previous.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two knots, each reported once, from its first module.
    #[test]
    fn finds_each_cycle_once() {
        let edges = |targets: &[&str]| targets.iter().map(|t| ((*t).to_owned(), 1)).collect();
        let graph: Graph = [
            ("a", edges(&["b"])),
            ("b", edges(&["c"])),
            ("c", edges(&["a"])),
            ("d", edges(&["a", "e"])),
            ("e", edges(&["d"])),
            ("f", edges(&[])),
        ]
        .into_iter()
        .map(|(module, edges)| (module.to_owned(), edges))
        .collect();
        assert_eq!(cycles(&graph), [vec!["a", "b", "c", "a"], vec!["d", "e", "d"]]);
    }
}
