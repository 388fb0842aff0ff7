# A program that uses the module as its documentation says; test_stubs.sh
# type-checks it with python/maintext.pyi, strictly, and a copy with one
# wrong use must fail.
from typing import Any, Dict, List, Optional

import maintext


def texts(pages: List[bytes]) -> List[str]:
    ex = maintext.Extractor(output_format="markdown", include_links=True,
                            target_language="en", basic_metadata=True)
    out: List[str] = []
    for html in pages:
        text: Optional[str] = ex.extract(html, "https://example.org/", charset="utf-8")
        if text is not None:
            out.append(text)
    return out


def titles(path: str) -> Dict[str, Optional[str]]:
    found: Dict[str, Optional[str]] = {}
    with maintext.iter_archive(path, max_page=1 << 20) as pages:
        for record in pages:
            document: Optional[Dict[str, Any]] = record.get("document")
            if document is not None:
                found[str(record["uri"])] = document.get("title")
        counts: Dict[str, int] = pages.counts
        assert counts["records"] >= 0
    return found


def one(html: str) -> Optional[str]:
    try:
        doc = maintext.extract_document(html, favor_precision=True, min_length=10)
    except maintext.Error as err:
        return f"status {err.status}"
    return None if doc is None else str(doc["text"])


version: str = maintext.__version__
