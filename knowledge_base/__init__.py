"""The knowledge base of Proposal Builder: records, storage, import/export, search (no Flask)."""
from .database import DatabaseBusy, open_db, write_transaction
from .embeddings import Embedder, EmbeddingModelError, get_embedder
from .index import IndexStatus, RefreshReport, index_status, refresh_index
from .records import (
    EVIDENCE_LEVELS,
    RECORD_TYPES,
    BusyError,
    ConflictError,
    RecordError,
    count_records,
    delete_record,
    facets,
    get_record,
    history,
    list_records,
    projects_using_method,
    restore_record,
    restore_version,
    results_of_project,
    save_record,
)
from .search import Hit, match_goals, search
from .transfer import ImportFormatError, ImportReport, export_json, import_file, import_records

__all__ = [
    "EVIDENCE_LEVELS", "RECORD_TYPES", "BusyError", "ConflictError", "DatabaseBusy", "write_transaction", "ImportFormatError", "ImportReport",
    "RecordError", "count_records", "delete_record", "export_json", "facets", "get_record",
    "history", "import_file", "import_records", "list_records", "open_db",
    "projects_using_method", "restore_record", "restore_version", "results_of_project",
    "save_record",
    # search
    "Embedder", "EmbeddingModelError", "Hit", "IndexStatus", "RefreshReport", "get_embedder",
    "index_status", "match_goals", "refresh_index", "search",
]
