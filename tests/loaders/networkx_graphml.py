import networkx as nx

g = nx.read_graphml("output/graph.graphml", force_multigraph=True)
# Typed as declared: weight, mentions, degree are int, pagerank float.
