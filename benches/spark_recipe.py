import os
import sys

from pyspark import SparkContext

corpus, parts = sys.argv[1], sys.argv[2]  # e.g. hdfs:///news/*.jsonl, hdfs:///gazette/parts
sc = SparkContext.getOrCreate()
# pipe() starts gazette with an empty environment: pass a PATH where every
# worker finds it. checkCode=True fails the task (and the job, after
# Spark's retries) when gazette exits non-zero, instead of losing the
# partition silently.
env = {"PATH": os.environ["PATH"]}
(
    sc.textFile(corpus)
    .pipe("gazette graph - -q --input-format jsonl --partial -", env=env, checkCode=True)
    .saveAsTextFile(parts)
)
