import dagster as dg

# One partition per document; the key is the file name without `.txt` (the doc_id).
documents_partitions = dg.DynamicPartitionsDefinition(name="documents")
