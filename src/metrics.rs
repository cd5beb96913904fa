//! Node metrics of the exported graph: weighted PageRank.
//!
//! petgraph's `page_rank` ignores edge weights, so gazette has its own. On
//! an undirected multigraph with `N` nodes, where `w(i, j)` is the summed
//! weight of the edges between `i` and `j` and `s(j) = Σ_i w(i, j)` is the
//! weighted degree of `j`:
//!
//! ```text
//! PR(i) = (1 - d) / N
//!       + d · Σ_{j: s(j) > 0} PR(j) · w(i, j) / s(j)
//!       + d · Σ_{j: s(j) = 0} PR(j) / N
//! ```
//!
//! with damping `d = 0.85`, starting from `PR = 1/N`: a node without edges
//! (dangling) spreads its rank evenly over all nodes. Iteration stops when
//! the L1 change falls below [`TOLERANCE`] or after [`MAX_ITERATIONS`].
//! This is the definition NetworkX's `pagerank(G, alpha=0.85,
//! weight="weight")` uses. Every sum runs in a fixed order (nodes by
//! index, edges in the order given), so the result is bit-for-bit the same
//! on every run.

/// Damping factor.
pub const DAMPING: f64 = 0.85;

/// Upper bound on power iterations.
pub const MAX_ITERATIONS: usize = 1000;

/// Iteration stops once the L1 change of the rank vector is below this.
pub const TOLERANCE: f64 = 1e-12;

/// Weighted PageRank of an undirected multigraph with `n` nodes and the
/// given edges `(a, b, weight)` (node indices below `n`; parallel edges
/// add up, self-loops are ignored). The ranks sum to 1; an empty graph
/// gives an empty vector.
pub fn pagerank(n: usize, edges: &[(usize, usize, u64)]) -> Vec<f64> {
    if n == 0 {
        return vec![];
    }
    let mut strength = vec![0.0_f64; n];
    for &(a, b, w) in edges {
        if a != b {
            strength[a] += w as f64;
            strength[b] += w as f64;
        }
    }
    let nf = n as f64;
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0_f64; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = rank
            .iter()
            .zip(&strength)
            .filter(|(_, s)| **s == 0.0)
            .map(|(r, _)| r)
            .sum();
        let base = (1.0 - DAMPING) / nf + DAMPING * dangling / nf;
        next.iter_mut().for_each(|x| *x = base);
        for &(a, b, w) in edges {
            if a == b {
                continue;
            }
            let w = w as f64;
            next[b] += DAMPING * rank[a] * w / strength[a];
            next[a] += DAMPING * rank[b] * w / strength[b];
        }
        let change: f64 =
            rank.iter().zip(&next).map(|(r, x)| (r - x).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: &[f64], expected: &[f64]) {
        assert_eq!(actual.len(), expected.len());
        for (a, e) in actual.iter().zip(expected) {
            assert!((a - e).abs() < 1e-9, "{actual:?} != {expected:?}");
        }
        let total: f64 = actual.iter().sum();
        assert!((total - 1.0).abs() < 1e-9, "sum {total}");
    }

    /// By hand: a path a -3- b -1- c. By symmetry of the centre, with
    /// x = PR(a), z = PR(c), y = PR(b):
    /// x = 0.05 + 0.85 · 3/4 · y, z = 0.05 + 0.85 · 1/4 · y,
    /// y = 0.05 + 0.85 (x + z) = 0.05 + 0.85 (0.1 + 0.85 y),
    /// so y = 0.135 / 0.2775 = 0.486486..., x = 0.05 + 0.6375 y,
    /// z = 0.05 + 0.2125 y.
    #[test]
    fn weighted_path_by_hand() {
        let y = 0.135 / 0.2775;
        let expected = [0.05 + 0.6375 * y, y, 0.05 + 0.2125 * y];
        close(&pagerank(3, &[(0, 1, 3), (1, 2, 1)]), &expected);
        // Parallel edges add up: 3 = 2 + 1.
        close(&pagerank(3, &[(0, 1, 2), (1, 2, 1), (1, 0, 1)]), &expected);
    }

    /// By hand: an edge a -1- b and an isolated (dangling) node c. With
    /// x = PR(a) = PR(b) and z = PR(c): z = 0.15/3 + 0.85 z/3, so
    /// z = 0.05 / (1 - 0.85/3) = 0.069767..., and x = (1 - z) / 2.
    #[test]
    fn dangling_node_spreads_evenly() {
        let z = 0.05 / (1.0 - 0.85 / 3.0);
        let x = (1.0 - z) / 2.0;
        close(&pagerank(3, &[(0, 1, 1)]), &[x, x, z]);
        // Weights do not matter on a single edge; a self-loop is ignored.
        close(&pagerank(3, &[(0, 1, 7), (2, 2, 5)]), &[x, x, z]);
    }

    #[test]
    fn degenerate_graphs() {
        assert!(pagerank(0, &[]).is_empty());
        close(&pagerank(1, &[]), &[1.0]);
        close(&pagerank(4, &[]), &[0.25; 4]);
    }
}
