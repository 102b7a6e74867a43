"""The reader's feed side: refresh in a worker, read/starred marks, open and copy URLs."""
