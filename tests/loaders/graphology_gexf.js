const fs = require("fs");
const Graph = require("graphology");
const { parse } = require("graphology-gexf");

// A multigraph: MEETING and COOPERATION between one pair are two edges.
const graph = parse(Graph, fs.readFileSync("output/graph.gexf", "utf8"));
