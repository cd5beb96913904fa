import igraph as ig

g = ig.Graph.Read_GraphML("output/graph.graphml")
# igraph keeps every number as a float: cast the counts back.
for attribute in ["mentions", "degree", "weighted_degree"]:
    g.vs[attribute] = [int(x) for x in g.vs[attribute]]
g.es["weight"] = [int(w) for w in g.es["weight"]]

# PageRank over the relation edges only (MEETING, COOPERATION):
relations = g.subgraph_edges(
    g.es.select(kind_in=["MEETING", "COOPERATION"]), delete_vertices=False
)
rank = relations.pagerank(weights="weight")
