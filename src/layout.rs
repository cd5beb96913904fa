//! A deterministic force-directed layout: node indices and weighted edges
//! -> one point per node inside a canvas.
//!
//! Fruchterman-Reingold with ForceAtlas2's degree-weighted repulsion:
//! every pair of nodes repels with force `mᵢ mⱼ k²/d`, where a node's mass
//! `m` is 1 + its number of edges (so a hub keeps its neighbours apart
//! instead of drawing them into a clump); every edge pulls its ends
//! together with force `d²/k` times `1 + ln(weight)`; a pull towards the
//! centre, `gravity · m · r`, keeps disconnected components near each
//! other; and each node moves at most a "temperature" that cools linearly
//! to zero. The all-pairs repulsion is approximated
//! with a Barnes-Hut quadtree (a cell of nodes far enough away acts as one
//! node at its centre of mass), so an iteration costs O(n log n + e)
//! instead of O(n² + e); [`layout`] runs a fixed number of iterations.
//!
//! Invariants: the result is a pure function of the input (initial
//! positions come from a seeded generator, the arithmetic is sequential,
//! so the same input gives the same coordinates bit for bit); no
//! coordinate is NaN or infinite, whatever the edges (out-of-range
//! indices and self-loops are ignored, bad weights count as 1); every
//! point lies inside the canvas minus its margin. Never panics.

/// Default number of iterations.
pub const DEFAULT_ITERATIONS: usize = 300;

/// A position on the canvas.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// From the left edge.
    pub x: f64,
    /// From the top edge.
    pub y: f64,
}

/// Parameters of [`layout`].
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Seed of the initial positions.
    pub seed: u64,
    /// Iterations of the force simulation.
    pub iterations: usize,
    /// Canvas width.
    pub width: f64,
    /// Canvas height.
    pub height: f64,
    /// Space kept free along every side of the canvas.
    pub margin: f64,
    /// Barnes-Hut opening criterion: a cell of side `s` at distance `d`
    /// acts as one body when `s / d < theta` (0 gives exact repulsion).
    pub theta: f64,
    /// Strength of the pull towards the centre.
    pub gravity: f64,
    /// The most canvas units one ideal edge length is scaled to: a small
    /// graph stays compact in the middle instead of spreading over the
    /// whole canvas.
    pub max_edge_length: f64,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            seed: 0x0067_617a_6574_7465, // "gazette"
            iterations: DEFAULT_ITERATIONS,
            width: 1200.0,
            height: 800.0,
            margin: 40.0,
            theta: 0.9,
            gravity: 2.0,
            max_edge_length: 90.0,
        }
    }
}

/// Lays out `n_nodes` nodes linked by `edges` (`(a, b, weight)`, indices
/// below `n_nodes`); returns one point per node, in index order.
pub fn layout(
    n_nodes: usize,
    edges: &[(usize, usize, f64)],
    options: &LayoutOptions,
) -> Vec<Point> {
    let mut sim = Simulation::new(n_nodes, edges, options);
    let iterations = options.iterations;
    for it in 0..iterations {
        let temperature =
            sim.start_temperature * (1.0 - it as f64 / iterations as f64);
        sim.step(temperature);
    }
    fit(&sim.pos, options)
}

/// Ideal edge length of the simulation's own units.
const K: f64 = 1.0;

/// Quadtree depth limit: below it, bodies at (nearly) the same point
/// share a leaf instead of splitting forever.
const MAX_DEPTH: u32 = 40;

const NONE: u32 = u32::MAX;

struct Simulation {
    pos: Vec<Point>,
    /// 1 + the number of edges of each node.
    mass: Vec<f64>,
    disp: Vec<Point>,
    /// Edges as (a, b, attraction factor), valid indices only.
    springs: Vec<(usize, usize, f64)>,
    tree: QuadTree,
    theta: f64,
    gravity: f64,
    start_temperature: f64,
}

impl Simulation {
    fn new(
        n_nodes: usize,
        edges: &[(usize, usize, f64)],
        options: &LayoutOptions,
    ) -> Simulation {
        // The nodes start spread over a square whose area gives each one
        // about K² of room.
        let side = (n_nodes as f64).sqrt() * K;
        let mut rng = SplitMix64(options.seed);
        let pos = (0..n_nodes)
            .map(|_| Point {
                x: (rng.next_f64() - 0.5) * side,
                y: (rng.next_f64() - 0.5) * side,
            })
            .collect();
        let springs: Vec<(usize, usize, f64)> = edges
            .iter()
            .filter(|(a, b, _)| a != b && *a < n_nodes && *b < n_nodes)
            .map(|&(a, b, w)| {
                let w = if w.is_finite() && w > 1.0 { w } else { 1.0 };
                (a, b, 1.0 + w.ln())
            })
            .collect();
        let mut mass = vec![1.0; n_nodes];
        for &(a, b, _) in &springs {
            mass[a] += 1.0;
            mass[b] += 1.0;
        }
        let finite_or = |v: f64, default: f64| {
            if v.is_finite() && v >= 0.0 {
                v
            } else {
                default
            }
        };
        Simulation {
            pos,
            mass,
            disp: vec![Point::default(); n_nodes],
            springs,
            tree: QuadTree::default(),
            theta: finite_or(options.theta, 0.9),
            gravity: finite_or(options.gravity, 0.5),
            start_temperature: (side * 0.1).max(K),
        }
    }

    fn step(&mut self, temperature: f64) {
        self.tree.build(&self.pos, &self.mass);
        for (i, d) in self.disp.iter_mut().enumerate() {
            *d = self.tree.repulsion(i, &self.pos, &self.mass, self.theta);
        }
        for &(a, b, factor) in &self.springs {
            let dx = self.pos[a].x - self.pos[b].x;
            let dy = self.pos[a].y - self.pos[b].y;
            let dist = (dx * dx + dy * dy).sqrt();
            // The force d²/k along the unit vector (dx, dy) / d.
            let pull = dist / K * factor;
            self.disp[a].x -= dx * pull;
            self.disp[a].y -= dy * pull;
            self.disp[b].x += dx * pull;
            self.disp[b].y += dy * pull;
        }
        for ((p, d), m) in
            self.pos.iter_mut().zip(&mut self.disp).zip(&self.mass)
        {
            d.x -= p.x * self.gravity * m;
            d.y -= p.y * self.gravity * m;
            let len = (d.x * d.x + d.y * d.y).sqrt();
            if len > 0.0 && len.is_finite() {
                let step = len.min(temperature) / len;
                p.x += d.x * step;
                p.y += d.y * step;
            }
        }
    }
}

/// Scales and centres `pos` into the canvas, keeping the aspect ratio.
fn fit(pos: &[Point], options: &LayoutOptions) -> Vec<Point> {
    let width = options.width.max(0.0);
    let height = options.height.max(0.0);
    let margin = options.margin.clamp(0.0, width.min(height) / 2.0);
    let (inner_w, inner_h) = (width - 2.0 * margin, height - 2.0 * margin);
    let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
    let (mut max_x, mut max_y) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for p in pos.iter().filter(|p| p.x.is_finite() && p.y.is_finite()) {
        min_x = min_x.min(p.x);
        max_x = max_x.max(p.x);
        min_y = min_y.min(p.y);
        max_y = max_y.max(p.y);
    }
    let span_x = (max_x - min_x).max(f64::MIN_POSITIVE);
    let span_y = (max_y - min_y).max(f64::MIN_POSITIVE);
    let scale = (inner_w / span_x)
        .min(inner_h / span_y)
        .min(options.max_edge_length / K);
    let scale = if scale.is_finite() && scale > 0.0 { scale } else { 0.0 };
    let (mid_x, mid_y) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    let centre = |v: f64, mid: f64, size: f64| {
        let out = if v.is_finite() && mid.is_finite() {
            size / 2.0 + (v - mid) * scale
        } else {
            size / 2.0
        };
        out.clamp(margin, size - margin)
    };
    pos.iter()
        .map(|p| Point {
            x: centre(p.x, mid_x, width),
            y: centre(p.y, mid_y, height),
        })
        .collect()
}

/// A Barnes-Hut quadtree over the current positions, rebuilt every step
/// (its vectors are reused).
#[derive(Default)]
struct QuadTree {
    cells: Vec<Cell>,
    /// Next body in the same leaf (bodies at one point below MAX_DEPTH).
    next: Vec<u32>,
    stack: Vec<u32>,
}

#[derive(Clone, Copy)]
struct Cell {
    centre: Point,
    half: f64,
    mass: f64,
    /// Sum of the positions of the bodies inside (centre of mass × mass).
    sum: Point,
    /// Children by quadrant, `NONE` where empty; all `NONE` in a leaf.
    children: [u32; 4],
    /// First body of a leaf, `NONE` in an internal cell.
    first: u32,
    depth: u32,
    internal: bool,
}

impl Cell {
    fn new(centre: Point, half: f64, depth: u32) -> Cell {
        Cell {
            centre,
            half,
            mass: 0.0,
            sum: Point::default(),
            children: [NONE; 4],
            first: NONE,
            depth,
            internal: false,
        }
    }

    fn quadrant(&self, p: Point) -> usize {
        usize::from(p.x >= self.centre.x)
            + 2 * usize::from(p.y >= self.centre.y)
    }

    fn contains(&self, p: Point) -> bool {
        (p.x - self.centre.x).abs() <= self.half
            && (p.y - self.centre.y).abs() <= self.half
    }
}

impl QuadTree {
    fn build(&mut self, pos: &[Point], mass: &[f64]) {
        self.cells.clear();
        self.next.clear();
        self.next.resize(pos.len(), NONE);
        let (mut min, mut max) = (
            Point { x: f64::INFINITY, y: f64::INFINITY },
            Point { x: f64::NEG_INFINITY, y: f64::NEG_INFINITY },
        );
        for p in pos {
            min.x = min.x.min(p.x);
            min.y = min.y.min(p.y);
            max.x = max.x.max(p.x);
            max.y = max.y.max(p.y);
        }
        if pos.is_empty() {
            return;
        }
        let centre =
            Point { x: (min.x + max.x) / 2.0, y: (min.y + max.y) / 2.0 };
        let half = ((max.x - min.x).max(max.y - min.y) / 2.0).max(K) * 1.01;
        self.cells.push(Cell::new(centre, half, 0));
        for body in 0..pos.len() {
            self.insert(body as u32, pos, mass);
        }
    }

    fn child(&mut self, parent: usize, quadrant: usize) -> usize {
        let existing = self.cells[parent].children[quadrant];
        if existing != NONE {
            return existing as usize;
        }
        let cell = self.cells[parent];
        let half = cell.half / 2.0;
        let centre = Point {
            x: cell.centre.x + if quadrant & 1 == 1 { half } else { -half },
            y: cell.centre.y + if quadrant & 2 == 2 { half } else { -half },
        };
        let idx = self.cells.len();
        self.cells.push(Cell::new(centre, half, cell.depth + 1));
        self.cells[parent].children[quadrant] = idx as u32;
        idx
    }

    fn add_mass(&mut self, cell: usize, p: Point, m: f64) {
        let c = &mut self.cells[cell];
        c.mass += m;
        c.sum.x += p.x * m;
        c.sum.y += p.y * m;
    }

    fn insert(&mut self, body: u32, pos: &[Point], mass: &[f64]) {
        let (p, m) = (pos[body as usize], mass[body as usize]);
        let mut cell = 0;
        self.add_mass(cell, p, m);
        loop {
            let c = self.cells[cell];
            if c.internal {
                cell = self.child(cell, c.quadrant(p));
                self.add_mass(cell, p, m);
                continue;
            }
            if c.first == NONE || c.depth >= MAX_DEPTH {
                self.next[body as usize] = c.first;
                self.cells[cell].first = body;
                return;
            }
            // A leaf with one body: move that body one level down, then
            // place the new one from here.
            let old = c.first;
            let old_p = pos[old as usize];
            self.cells[cell].first = NONE;
            self.cells[cell].internal = true;
            let child = self.child(cell, c.quadrant(old_p));
            self.add_mass(child, old_p, mass[old as usize]);
            self.cells[child].first = old;
        }
    }

    /// The repulsion all other bodies exert on `body`.
    fn repulsion(
        &mut self,
        body: usize,
        pos: &[Point],
        mass: &[f64],
        theta: f64,
    ) -> Point {
        let mut force = Point::default();
        if self.cells.is_empty() {
            return force;
        }
        let p = pos[body];
        let theta2 = theta * theta;
        self.stack.clear();
        self.stack.push(0);
        while let Some(idx) = self.stack.pop() {
            let cell = &self.cells[idx as usize];
            if !cell.internal {
                let mut other = cell.first;
                while other != NONE {
                    if other as usize != body {
                        let o = other as usize;
                        let (fx, fy) = push(p, pos[o], body, o);
                        force.x += fx * mass[o];
                        force.y += fy * mass[o];
                    }
                    other = self.next[other as usize];
                }
                continue;
            }
            let com =
                Point { x: cell.sum.x / cell.mass, y: cell.sum.y / cell.mass };
            let (dx, dy) = (p.x - com.x, p.y - com.y);
            let d2 = dx * dx + dy * dy;
            let size = 2.0 * cell.half;
            if !cell.contains(p) && size * size < theta2 * d2 {
                // Far enough: the cell's bodies act as one at their
                // centre of mass: force m k²/d along (dx, dy) / d.
                let f = cell.mass * K * K / d2;
                force.x += dx * f;
                force.y += dy * f;
            } else {
                self.stack
                    .extend(cell.children.iter().filter(|&&c| c != NONE));
            }
        }
        Point { x: force.x * mass[body], y: force.y * mass[body] }
    }
}

/// The repulsion of the body at `q` (index `j`) on the body at `p` (index
/// `i`). Two bodies at the same point push apart along x, in opposite
/// directions (by index), so they separate deterministically.
fn push(p: Point, q: Point, i: usize, j: usize) -> (f64, f64) {
    let (mut dx, mut dy) = (p.x - q.x, p.y - q.y);
    let mut d2 = dx * dx + dy * dy;
    if d2 < 1e-18 {
        dx = if i < j { -1e-3 } else { 1e-3 };
        dy = 0.0;
        d2 = dx * dx;
    }
    let f = K * K / d2;
    (dx * f, dy * f)
}

/// SplitMix64 (Steele, Lea and Flood): a small, fast, seedable generator
/// whose output is the same on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic test graph: `clusters` groups of `size` nodes, each
    /// a ring with chords, and one edge between consecutive groups.
    fn clustered(
        clusters: usize,
        size: usize,
    ) -> (usize, Vec<(usize, usize, f64)>) {
        let mut edges = vec![];
        for c in 0..clusters {
            let base = c * size;
            for i in 0..size {
                edges.push((base + i, base + (i + 1) % size, 1.0));
                edges.push((base + i, base + (i + 3) % size, 2.0));
            }
            if c > 0 {
                edges.push((base, base - size, 1.0));
            }
        }
        (clusters * size, edges)
    }

    fn dist(a: Point, b: Point) -> f64 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    fn assert_inside(points: &[Point], o: &LayoutOptions) {
        for p in points {
            assert!(p.x.is_finite() && p.y.is_finite(), "{p:?}");
            assert!(
                p.x >= o.margin
                    && p.x <= o.width - o.margin
                    && p.y >= o.margin
                    && p.y <= o.height - o.margin,
                "{p:?} outside the canvas"
            );
        }
    }

    #[test]
    fn deterministic_bit_for_bit() {
        let (n, edges) = clustered(6, 12);
        let o = LayoutOptions::default();
        let a = layout(n, &edges, &o);
        let b = layout(n, &edges, &o);
        let bits = |p: &[Point]| -> Vec<(u64, u64)> {
            p.iter().map(|p| (p.x.to_bits(), p.y.to_bits())).collect()
        };
        assert_eq!(bits(&a), bits(&b));
        // Another seed gives another layout.
        let c = layout(n, &edges, &LayoutOptions { seed: 7, ..o });
        assert_ne!(bits(&a), bits(&c));
    }

    #[test]
    fn connected_nodes_are_closer_than_unconnected() {
        let (n, edges) = clustered(8, 10);
        let points = layout(n, &edges, &LayoutOptions::default());
        let linked: std::collections::HashSet<(usize, usize)> =
            edges.iter().flat_map(|&(a, b, _)| [(a, b), (b, a)]).collect();
        let (mut near, mut n_near, mut far, mut n_far) = (0.0, 0, 0.0, 0);
        for a in 0..n {
            for b in a + 1..n {
                let d = dist(points[a], points[b]);
                if linked.contains(&(a, b)) {
                    near += d;
                    n_near += 1;
                } else {
                    far += d;
                    n_far += 1;
                }
            }
        }
        let (near, far) = (near / n_near as f64, far / n_far as f64);
        // A random placement gives a ratio near 1.
        assert!(near < 0.4 * far, "linked {near:.1}, unlinked {far:.1}");
    }

    #[test]
    fn inside_the_canvas_and_never_nan() {
        let o = LayoutOptions::default();
        type Edges = Vec<(usize, usize, f64)>;
        let cases: Vec<(usize, Edges)> = vec![
            (0, vec![]),
            (1, vec![]),
            (2, vec![(0, 1, 1.0)]),
            // Self-loops, out-of-range ends, bad weights.
            (3, vec![(0, 0, 1.0), (0, 9, 1.0), (1, 2, f64::NAN)]),
            (4, vec![(0, 1, f64::INFINITY), (2, 3, -5.0), (1, 2, 1e300)]),
            // No edges at all, and a star.
            (50, vec![]),
            (40, (1..40).map(|i| (0, i, i as f64)).collect()),
        ];
        for (n, edges) in cases {
            let points = layout(n, &edges, &o);
            assert_eq!(points.len(), n);
            assert_inside(&points, &o);
        }
        // A degenerate canvas and options.
        let tiny = LayoutOptions {
            width: 10.0,
            height: 0.0,
            margin: 50.0,
            theta: f64::NAN,
            gravity: -1.0,
            ..o
        };
        let points = layout(5, &[(0, 1, 1.0)], &tiny);
        for p in points {
            assert!(p.x.is_finite() && p.y.is_finite(), "{p:?}");
        }
    }

    #[test]
    fn coincident_nodes_separate() {
        // Two identical twins: same neighbours, so equal attraction; the
        // repulsion must still set them apart.
        let edges = [(0, 2, 1.0), (1, 2, 1.0), (0, 3, 1.0), (1, 3, 1.0)];
        let points = layout(4, &edges, &LayoutOptions::default());
        assert!(dist(points[0], points[1]) > 10.0, "{points:?}");
    }

    #[test]
    fn barnes_hut_is_close_to_exact_repulsion() {
        let mut rng = SplitMix64(3);
        let pos: Vec<Point> = (0..500)
            .map(|_| Point {
                x: rng.next_f64() * 30.0,
                y: rng.next_f64() * 20.0,
            })
            .collect();
        let mass: Vec<f64> = (0..500).map(|i| 1.0 + (i % 7) as f64).collect();
        let mut tree = QuadTree::default();
        tree.build(&pos, &mass);
        let (mut err, mut norm) = (0.0, 0.0);
        for i in 0..pos.len() {
            let exact = tree.repulsion(i, &pos, &mass, 0.0);
            let approx = tree.repulsion(i, &pos, &mass, 0.9);
            err += ((exact.x - approx.x).powi(2)
                + (exact.y - approx.y).powi(2))
            .sqrt();
            norm += (exact.x.powi(2) + exact.y.powi(2)).sqrt();
        }
        assert!(err / norm < 0.05, "relative error {}", err / norm);
        // theta 0 opens every cell: the sum of all pairwise pushes.
        let mut direct = Point::default();
        for j in 1..pos.len() {
            let (fx, fy) = push(pos[0], pos[j], 0, j);
            direct.x += fx * mass[0] * mass[j];
            direct.y += fy * mass[0] * mass[j];
        }
        let exact = tree.repulsion(0, &pos, &mass, 0.0);
        assert!((exact.x - direct.x).abs() < 1e-9 * direct.x.abs().max(1.0));
        assert!((exact.y - direct.y).abs() < 1e-9 * direct.y.abs().max(1.0));
    }
}
