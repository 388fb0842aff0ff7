# Types of the maintext module (python/maintext_module.c), for type checkers
# and editors. tests/python/test_stubs.sh checks them against the module.
import os
from types import TracebackType
from typing import IO, Any, Dict, Iterator, Optional, Type, Union, final

__version__: str

# A page as served (bytes, any charset) or already decoded (str).
_Html = Union[bytes, bytearray, memoryview, str]
_Url = Union[str, bytes]
# A document: the metadata fields, "text", "blocks", "encoding", "fingerprint",
# "sources" ...
_Document = Dict[str, Any]


class Error(Exception):
    """A library error other than running out of memory."""

    status: int


class PageWarning(UserWarning):
    """What the command tells on stderr of a page it extracts."""


def extract(
    html: _Html,
    url: Optional[_Url] = None,
    *,
    output_format: str = "txt",
    favor_precision: bool = False,
    favor_recall: bool = False,
    whole_page: bool = False,
    include_tables: bool = True,
    include_links: bool = False,
    include_images: bool = False,
    include_formatting: bool = False,
    include_comments: bool = False,
    min_length: int = 0,
    target_language: Optional[str] = None,
    basic_metadata: bool = False,
    charset: Optional[str] = None,
    with_metadata: bool = False,
    max_page: Optional[int] = None,
) -> Optional[str]: ...


def extract_document(
    html: _Html,
    url: Optional[_Url] = None,
    *,
    favor_precision: bool = False,
    favor_recall: bool = False,
    whole_page: bool = False,
    include_tables: bool = True,
    include_links: bool = False,
    include_images: bool = False,
    include_formatting: bool = False,
    include_comments: bool = False,
    min_length: int = 0,
    target_language: Optional[str] = None,
    basic_metadata: bool = False,
    charset: Optional[str] = None,
    max_page: Optional[int] = None,
) -> Optional[_Document]: ...


def extract_metadata(
    html: _Html,
    url: Optional[_Url] = None,
    *,
    charset: Optional[str] = None,
    max_page: Optional[int] = None,
) -> _Document: ...


@final
class Extractor:
    def __init__(
        self,
        *,
        output_format: str = "txt",
        favor_precision: bool = False,
        favor_recall: bool = False,
        whole_page: bool = False,
        include_tables: bool = True,
        include_links: bool = False,
        include_images: bool = False,
        include_formatting: bool = False,
        include_comments: bool = False,
        min_length: int = 0,
        target_language: Optional[str] = None,
        basic_metadata: bool = False,
        max_page: Optional[int] = None,
    ) -> None: ...

    def extract(
        self,
        html: _Html,
        url: Optional[_Url] = None,
        *,
        charset: Optional[str] = None,
        output_format: Optional[str] = None,
        with_metadata: bool = False,
    ) -> Optional[str]: ...

    def extract_document(
        self, html: _Html, url: Optional[_Url] = None, *, charset: Optional[str] = None
    ) -> Optional[_Document]: ...


@final
class ArchiveIterator(Iterator[Dict[str, Any]]):
    """Pages and bad records of a web archive (iter_archive)."""

    @property
    def counts(self) -> Dict[str, int]: ...

    def close(self) -> None: ...

    def __iter__(self) -> "ArchiveIterator": ...

    def __next__(self) -> Dict[str, Any]: ...

    def __enter__(self) -> "ArchiveIterator": ...

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> Optional[bool]: ...


def iter_archive(
    source: Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]", IO[bytes]],
    *,
    favor_precision: bool = False,
    favor_recall: bool = False,
    whole_page: bool = False,
    include_tables: bool = True,
    include_links: bool = False,
    include_images: bool = False,
    include_formatting: bool = False,
    include_comments: bool = False,
    min_length: int = 0,
    target_language: Optional[str] = None,
    basic_metadata: bool = False,
    max_page: Optional[int] = None,
) -> ArchiveIterator: ...
