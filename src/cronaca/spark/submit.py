"""spark-submit entry script: `spark-submit --py-files cronaca.zip src/cronaca/spark/submit.py INPUT... --out DIR`.

spark-submit runs a file, not a module; this file only calls `cronaca.spark.job.main` (the package comes
from the cluster's Python environment or from --py-files / --archives, see docs/scale.md).
"""

import sys

from cronaca.spark.job import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
