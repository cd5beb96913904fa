gazette graph corpus/ --format csv --profile neo4j --out-dir import/
neo4j-admin database import full neo4j \
  --nodes=import/nodes.csv --relationships=import/relationships.csv \
  --array-delimiter=';' --ignore-empty-strings=true --overwrite-destination
