import pandas as pd

# dtype=str and keep_default_na=False: ids and labels such as "NA" or
# "null" stay strings; then each column gets its type.
nodes = pd.read_csv("output/nodes.csv", dtype=str, keep_default_na=False)
edges = pd.read_csv("output/edges.csv", dtype=str, keep_default_na=False)
nodes = nodes.astype(
    {"mentions": "int64", "degree": "int64", "weighted_degree": "int64",
     "pagerank": "float64"}
)
nodes["country"] = nodes["country"].replace("", None)
edges["weight"] = edges["weight"].astype("int64")
edges["mentions"] = pd.to_numeric(edges["mentions"].replace("", None)).astype("Int64")
for column in ["first_date", "last_date"]:
    edges[column] = pd.to_datetime(edges[column].replace("", None))

# The key actors, one sort away:
top = nodes.sort_values("pagerank", ascending=False).head(10)
