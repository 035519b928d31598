"""Scale out: the ingest pipeline as an Apache Spark job (JSON Lines / WARC in, Parquet out).

`cronaca.spark.job.run_job` is the job; `cronaca.spark.job.main` the spark-submit entry point
(`spark-submit ... src/cronaca/spark/submit.py INPUT... --out DIR`). See docs/scale.md.
"""
