"""Knowledge base: product facts in a Chroma vector store, embedded offline, cited by id.

Modules (import them directly; nothing heavy is imported here):

* ``schemas``    -- FactQuery, Fact, FactResults, ClaimCheck, ClaimReport (pydantic in/out).
* ``retrieval``  -- ``search_product_facts(deps, FactQuery) -> FactResults`` (the tool), ``get_facts``.
* ``claims``     -- ``check_claims(deps, text, product_ids=None) -> ClaimReport``.
* ``guides``     -- ``load_brand_voice()``, ``load_compliance()`` (typed rules for the planner).
* ``ingest``     -- ``ingest_paths(...)``, ``ingest_demo_knowledge(deps, progress=None)``.
* ``store``      -- ``KnowledgeBase.open(settings, workspace)`` (embedded or ``chroma run`` server).
* ``embeddings`` -- the offline int8 MiniLM model as a Chroma embedding function + LangChain adapter.
* ``reviews``    -- review insights (ratings, VADER sentiment, NMF themes) as citable facts.
* ``chunking``, ``keyword``, ``build_sources``, ``evaluation`` -- internals, the source generator and
  the retrieval / claim evaluation sets.
"""
