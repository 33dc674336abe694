"""Knowledge base: product facts in a Chroma vector store, embedded offline, cited by id."""
